// Guards require of .json files: parsed once and cached (the same object
// every time, with or without the extension), malformed JSON as a
// SyntaxError naming the file.
const data = require('./fixtures/data.json');
console.log(data);
console.log(require('./fixtures/data') === data);
data.added = true;
console.log(require('./fixtures/data.json').added);
try { require('./fixtures/bad.json'); } catch (e) {
  console.log(e.name + ': ' + e.message.slice(e.message.indexOf('fixtures')));
}
