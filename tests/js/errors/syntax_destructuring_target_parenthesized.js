// Exit: 1
// A parenthesized non-target inside an array pattern: the range includes the
// parentheses.
let x, y;
[x, (y + 1)] = [];
