// Exit: 1
// Assigning to a call result is also an early error in V8.
function f() {}
f() = 1;
