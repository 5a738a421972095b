// Guards the raw-argument path of forEach/map/filter/some/every/find*:
// arguments (value, index, array), results kept across the call (filter's
// value, map's result), mutation by the callback, holes, array-likes and
// generic receivers, exceptions out of the callback, and process.exit
// inside a callback (no further callbacks run).
'use strict';
const a = [1, 2, 3, , 5];
a.forEach((v, i, arr) => console.log('each', v, i, arr === a));
console.log(a.map((v, i) => v * 10 + i));
console.log(a.filter((v) => { a[4] = 50; return v > 1; }), a);
console.log(a.some((v) => v === 3), a.every((v) => v > 0), a.every((v) => v > 1));
console.log(a.find((v) => v > 2), a.findIndex((v) => v > 2), a.findLast((v) => v < 3), a.findLastIndex((v) => v === 99));
console.log([, , 7].find((v) => v === undefined), [, , 7].findIndex((v) => v === undefined));
const grow = [1, 2];
grow.forEach((v) => { if (grow.length < 5) grow.push(v + 10); });
console.log(grow);
const shrink = [1, 2, 3, 4];
console.log(shrink.map((v) => { shrink.length = 2; return v; }));
const like = {length: 3, 0: 'x', 2: 'z'};
Array.prototype.forEach.call(like, (v, i) => console.log('like', v, i));
console.log(Array.prototype.map.call('abc', (c) => c.toUpperCase()));
const objs = [{n: 1}, {n: 2}];
console.log(objs.filter((o) => { const keep = o.n > 1; return keep; }), objs.map((o) => ({m: o.n * 2})));
try { [1, 2].forEach((v) => { if (v === 2) throw new Error('boom ' + v); }); } catch (e) { console.log(e.message); }
const big = [];
for (let i = 0; i < 3000; i++) big.push({i});
console.log(big.map((o) => o.i).filter((i) => i % 1000 === 0));
[1, 2, 3].forEach((v) => { console.log('exit at', v); if (v === 2) process.exit(0); });
console.log('not reached');
