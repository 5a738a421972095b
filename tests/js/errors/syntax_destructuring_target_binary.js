// Exit: 1
// An arithmetic expression as an array-pattern target: V8 underlines the
// whole element.
let a;
[a + 1] = [];
