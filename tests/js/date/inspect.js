// console.log of dates as node prints them: ISO strings (UTC) in objects and
// arrays, Invalid Date, extra properties after the date, subclasses prefixed.
console.log(new Date(0));
console.log([new Date(0), new Date(NaN)], { d: new Date(86400000) });
const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
d.note = 'x';
console.log(d);
class Stamp extends Date {}
console.log(new Stamp(0), [new Stamp(NaN)]);
console.log(new Date(-1e14), new Date(8.64e15));
console.log(Date.prototype, Object.create(Date.prototype));
console.log(Date, Date.now, [Date.UTC]);
