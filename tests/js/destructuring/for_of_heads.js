// for-of heads with declarations and assignment patterns
for (const [k, v] of Object.entries({a: 1, b: 2})) console.log(k, v);
for (let {x, y = 0} of [{x: 1}, {x: 2, y: 3}]) console.log(x, y);
let p, q;
for ([p, q] of [[1, 2], [3, 4]]) console.log(p * q);
const o = {};
for ({v: o.last} of [{v: 1}, {v: 2}]) {}
console.log(o.last);
const fns = [];
for (const [i] of [[0], [1]]) fns.push(() => i);
console.log(fns.map(f => f()));
