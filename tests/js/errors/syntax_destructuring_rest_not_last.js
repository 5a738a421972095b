// Exit: 1
// A rest element followed by another element in an assignment pattern.
let a, b;
[...a, b] = [];
