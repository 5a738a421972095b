// Exit: 1
// A member expression as a declaration's object rest.
let {...a.b} = {};
