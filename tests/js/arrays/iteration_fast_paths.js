// forEach/map/filter/some/every/find/reduce read plain arrays' elements
// directly; holes, elements on the prototype chain, and callbacks that
// change the array still follow the spec.
const log = [];
const a = [1, 2, , 4, 5];
a.forEach((x, i) => log.push(i + ':' + x));
log.push(a.map((x) => x * 2).join());
log.push(a.filter((x) => x % 2).join());
log.push(a.reduce((s, x) => s + x, 0), a.reduceRight((s, x) => s + '' + x, ''));
log.push(a.find((x) => x === undefined), a.findIndex((x) => x === undefined));
const b = [1, 2, 3, 4];
b.forEach((x, i) => { if (i === 0) { b.pop(); b.push(9, 10); } log.push(x); });
const c = [1, 2, 3];
c.map((x, i) => { if (i === 0) c.length = 1; log.push('m' + x); return x; });
Array.prototype[2] = 'proto';
const d = [0, 1, , 3];
log.push(d.map((x) => x).join(), d.some((x) => x === 'proto'), d.reduce((s, x) => s + x, ''));
delete Array.prototype[2];
log.push(d.every((x) => x !== 'proto'), [, , ,].some(() => true), [].reduce((s) => s, 'init'));
const e = [3, 1, 2];
log.push(e.reduce((m, x) => Math.max(m, x)), [[1, 2], [3]].map((p) => p.length).join());
console.log(log.join(' | '));
