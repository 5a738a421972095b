// spread and destructuring read getters in property order exactly once
const log = [];
const src = {};
for (const k of ['b', 'a', '1']) Object.defineProperty(src, k, { get() { log.push(k); return k; }, enumerable: true });
const copy = {...src};
const {a, ...rest} = src;
console.log(copy, rest, log.join(''));
