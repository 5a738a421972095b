// Generator functions through call/apply/bind and as callbacks: a bound
// generator function inherits from %GeneratorFunction.prototype% (so it
// sees its `prototype`), and is no constructor either.
function* g(a, b) { yield this.k; yield a + b; }
const bound = g.bind({ k: 'bound this' }, 1);
console.log([...bound(2)], [...g.call({ k: 'call' }, 3, 4)], [...g.apply({ k: 'apply' }, [5, 6])]);
console.log(bound.name, typeof bound.prototype);
try { new bound(); } catch (e) { console.log(e.message); }
console.log([1, 2, 3].map(function* (x) { yield x; }).map((it) => it.next().value));
const viaForEach = [];
['a', 'b'].forEach(function* (x) { viaForEach.push(x); });
console.log(viaForEach);
