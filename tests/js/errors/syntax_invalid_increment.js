// Exit: 1
// ++ needs a reference.
let n = 0;
(n + 1)++;
