// Exit: 1
// An uncaught Error ends the program with status 1 and node's report on stderr;
// output printed before the throw is kept.
console.log('before the throw');
throw new Error('uncaught at top level');
