// Exit: 1
// A literal as an object-pattern value: the caret covers the literal.
let a;
({a: 10} = {});
