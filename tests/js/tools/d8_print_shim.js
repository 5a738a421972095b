// Preload for node that defines a d8-style global `print`: each argument is
// converted with String(), the results are joined by single spaces and written
// as one line. Used only to produce the expected output of tests that call
// print, which node lacks (they are listed in node_differs.txt):
//   node -r ./tests/js/tools/d8_print_shim.js tests/js/builtins/print_global.js
'use strict';
globalThis.print = function print(...args) {
  process.stdout.write(args.map(String).join(' ') + '\n');
};
