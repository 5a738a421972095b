// a unary operand on the left of ** is a SyntaxError
// Exit: 1
console.log(-2 ** 2);
