// string iteration honours a replaced String.prototype[Symbol.iterator]
console.log([...'abc']);
const saved = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function* () { yield 'X'; };
const seen = [[...'abc']];
for (const c of 'abc') seen.push(c);
String.prototype[Symbol.iterator] = saved;
console.log(seen);
console.log([...'abc']);
