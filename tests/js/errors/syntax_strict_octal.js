// Exit: 1
// Legacy octal literals are not allowed in strict code.
'use strict';
const n = 0755;
