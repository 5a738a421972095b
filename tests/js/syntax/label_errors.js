// break to an unknown label is a SyntaxError
// Exit: 1
for (;;) { break nowhere; }
