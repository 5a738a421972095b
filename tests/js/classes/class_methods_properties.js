// Class methods are non-enumerable, and the prototype property is not writable.
class K { a() {} static b() {} }
console.log(Object.keys(K.prototype), Object.keys(K), K.prototype.hasOwnProperty('a'));
const desc = [];
for (const k in new K()) desc.push(k);
console.log(desc.length);
K.prototype = null;
console.log(K.prototype === null);
console.log(typeof K.prototype.constructor, K.prototype.constructor === K);
