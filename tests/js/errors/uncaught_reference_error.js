// Exit: 1
// A misspelled name is a ReferenceError.
const value = 1;
console.log(valeu);
