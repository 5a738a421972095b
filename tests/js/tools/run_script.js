// Runs a test file as a classic global script under node, the way
// `lucid --script file.js` runs it: top-level `var` and function declarations
// become properties of the global object and top-level `this` is globalThis.
// node has no classic-script mode for files, so run.py's --check-node and
// --update-from-node (and a run with `--lucid $(which node)`) start
//   node [Flags] tests/js/tools/run_script.js file.js [Args]
// for tests whose header has `// Script`. `module`, `exports` and `require` are
// not defined inside the script, as in lucid --script.
'use strict';
const vm = require('vm');
const fs = require('fs');
const path = require('path');

const file = path.resolve(process.argv[2]);
process.argv.splice(1, 1);  // the script sees [node, file, args...]
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
