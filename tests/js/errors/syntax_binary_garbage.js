// Exit: 1
// Binary garbage in the source is an invalid token.
const a = 1;
const b = ;
