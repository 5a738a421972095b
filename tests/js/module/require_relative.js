// require loads a relative module once and returns its module.exports.
const a = require('./fixtures/counter_module.js');
const b = require('./fixtures/counter_module.js');
console.log(a === b, a.next(), b.next(), a.loads);
const helper = require('./fixtures/helper_module');
console.log(helper.double(21), helper.name, typeof helper.privateValue);
