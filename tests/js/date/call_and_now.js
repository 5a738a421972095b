// Date() called without new returns the current time as a string (it
// ignores its arguments); Date.now() and new Date() read the same clock.
const s = Date(0);
console.log(typeof s, Math.abs(Date.parse(s) - Date.now()) < 5000, s === String(new Date(Date.parse(s))));
const before = Date.now();
const d = new Date();
const after = Date.now();
console.log(typeof before, Number.isInteger(before), before <= d.getTime() && d.getTime() <= after);
console.log(before > 1.7e12, new Date(new Date(5)).getTime(), new Date(d).getTime() === d.getTime());
console.log(new Date(undefined).getTime(), new Date(null).getTime(), new Date(true).getTime(), new Date('5').getFullYear() > 0);
console.log(new Date({ valueOf() { return 1000; } }).getTime(), new Date({ toString() { return '1970-01-02'; }, valueOf: undefined }).getTime());
