// Exit: 1
// A reserved word as a variable name.
var class = 1;
