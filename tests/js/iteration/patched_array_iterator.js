// Guards that replacing Array.prototype[Symbol.iterator] is honoured by
// spread and for-of after the fast path ran (the protector invalidates).
const a = [1, 2, 3];
console.log([...a], Math.max(...a));
for (const x of a) console.log("before", x);
const orig = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { for (let i = this.length - 1; i >= 0; i--) yield this[i] * 2; };
console.log([...a], Math.max(...a));
for (const x of a) console.log("after", x);
Array.prototype[Symbol.iterator] = orig;
console.log([...a]);
