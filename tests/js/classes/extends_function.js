// A class can extend an old-style constructor function, and builtins like Array and Error.
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor(v) { super(v * 2); }
  get() { return 'modern ' + super.get(); }
}
console.log(new Modern(21).get());
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Array, s instanceof Stack);
class HttpError extends Error {
  constructor(status) { super('HTTP ' + status); this.status = status; }
}
const e = new HttpError(404);
console.log(e.message, e.status, e instanceof Error, e.name);
