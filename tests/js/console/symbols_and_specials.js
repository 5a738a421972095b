// Symbols, null/undefined and special numbers inside containers.
console.log([Symbol('a'), Symbol()], { s: Symbol('in object') });
console.log([null, undefined, NaN, Infinity, -Infinity]);
console.log({ u: undefined, n: null });
