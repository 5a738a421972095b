// Exit: 1
// Deleting a plain identifier in strict code.
'use strict';
let v = 1;
delete v;
