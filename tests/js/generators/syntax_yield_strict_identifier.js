// Exit: 1
// `yield` is a reserved word in strict code: it cannot name a variable.
'use strict';
var yield = 1;
