// Env: TZ=UTC
// Every setter: optional trailing arguments, overflow, NaN arguments making
// the date invalid, setters on an invalid date (NaN, except setFullYear,
// which starts from +0), and the return value being the new time value.
const base = Date.UTC(2024, 0, 31, 10, 20, 30, 400);
const calls = [
  ['setMilliseconds', 999], ['setMilliseconds', 1000], ['setSeconds', 5], ['setSeconds', 5, 6],
  ['setMinutes', 1], ['setMinutes', 1, 2, 3], ['setHours', 23], ['setHours', 1, 2, 3, 4],
  ['setHours', 24], ['setDate', 1], ['setDate', 0], ['setDate', 32], ['setMonth', 1],
  ['setMonth', 1, 15], ['setMonth', -1], ['setFullYear', 2023], ['setFullYear', 2023, 1],
  ['setFullYear', 2023, 1, 28], ['setHours', NaN], ['setMinutes'], ['setTime', 0], ['setTime', '5'],
  ['setTime', 8.64e15 + 1], ['setUTCHours', 5], ['setUTCDate', 15], ['setUTCMonth', 6],
  ['setUTCFullYear', 1999], ['setUTCMinutes', 59, 59, 999], ['setUTCSeconds', 1, 2],
  ['setUTCMilliseconds', -1], ['setYear', 99], ['setYear', 2010], ['setYear', NaN]];
for (const [name, ...args] of calls) {
  const d = new Date(base);
  const r = d[name](...args);
  console.log(name, args.join(','), r, isNaN(d) ? 'Invalid Date' : d.toISOString());
}
const bad = new Date(NaN);
console.log(bad.setHours(1), bad.setDate(1), bad.setUTCMonth(1), bad.setMilliseconds(1));
console.log(bad.setFullYear(2020), bad.toISOString());
const bad2 = new Date(NaN);
console.log(bad2.setUTCFullYear(2021, 5), bad2.toISOString());
let order = [];
const spy = n => ({ valueOf() { order.push(n); return 1; } });
new Date(NaN).setHours(spy('h'), spy('m'), spy('s'));
console.log(order.join());
