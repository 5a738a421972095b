// Symbol.for returns one symbol per key; keyFor finds only registered symbols
const a = Symbol.for('app.key');
console.log(a === Symbol.for('app.key'), a.description, a.toString());
console.log(Symbol.keyFor(a), Symbol.keyFor(Symbol('app.key')), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for() === Symbol.for('undefined'), Symbol.for(12) === Symbol.for('12'));
console.log(Symbol.for('x') !== Symbol('x'), typeof Symbol.for, Symbol.for.length, Symbol.keyFor.length);
