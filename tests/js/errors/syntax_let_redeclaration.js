// Exit: 1
// Redeclaring a let binding in the same scope.
let x = 1;
let x = 2;
