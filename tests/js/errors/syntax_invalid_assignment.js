// Exit: 1
// Assigning to something that is not a reference.
let x = 1;
x + 1 = 2;
