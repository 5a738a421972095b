// Exit: 1
// Without --allow-natives-syntax, %Name() is not JavaScript.
const o = {};
%DebugPrint(o);
