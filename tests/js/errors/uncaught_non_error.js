// Exit: 1
// Throwing a non-Error value prints the value after the caret.
console.log('about to throw a number');
throw 42;
