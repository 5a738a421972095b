// Exit: 1
// There are no generator getters.
var o = { *get x() {} };
