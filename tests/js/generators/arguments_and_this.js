// Parameters, `arguments`, rest parameters and `this` survive every suspension.
function* args(a, b = a + 1, ...rest) {
  yield a;
  yield b;
  yield rest;
  yield arguments.length;
  yield arguments[0];
  a = 100;
  yield a;
  yield arguments[0];
}
console.log([...args(1)]);
console.log([...args(1, 5, 6, 7)]);

const obj = {
  name: 'obj',
  *gen() {
    yield this.name;
    yield this === obj;
  },
};
console.log([...obj.gen()]);

function* sloppyThis() { yield typeof this; yield this === globalThis; }
console.log([...sloppyThis()]);
function* strictThis() { 'use strict'; yield this; }
console.log([...strictThis()]);
console.log([...strictThis.call(42)]);
