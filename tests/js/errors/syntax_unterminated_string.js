// Exit: 1
// An unterminated string literal is a SyntaxError reported before anything runs.
console.log('this line never runs');
const s = 'no closing quote;
