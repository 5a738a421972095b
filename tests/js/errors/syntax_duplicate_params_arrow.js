// Exit: 1
// Duplicate parameter names are always an error in arrow functions.
const f = (a, a) => a;
