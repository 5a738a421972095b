// Exit: 1
// A call as a target inside a pattern (not a plain assignment, where V8
// defers to run time): the call is underlined.
let x = {};
[x.y(), z] = [];
