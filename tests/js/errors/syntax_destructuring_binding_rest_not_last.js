// Exit: 1
// A declaration's object rest followed by another property: the caret is
// under the rest target.
let {...abc, b} = {};
