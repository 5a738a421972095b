// Guards require's resolution of directories as node does it: index.js,
// package.json "main" (a file, or a directory with an index), index.json,
// a trailing slash, and the same module object for every spelling.
const a = require('./fixtures/dir_index');
console.log(a);
console.log(require('./fixtures/dir_index/') === a, require('./fixtures/dir_index/index') === a,
            require('./fixtures/dir_index/index.js') === a);
console.log(require('./fixtures/dir_main'));
console.log(require('./fixtures/dir_main_dir'));
console.log(require('./fixtures/dir_json_index'));
console.log(require.resolve('./fixtures/dir_main').slice(__dirname.length));
console.log(require.resolve('./fixtures/dir_index/').slice(__dirname.length));
try { require('./fixtures/dir_bad_package'); } catch (e) {
  console.log(e.name, e.message.slice(e.message.indexOf('fixtures')));
}
