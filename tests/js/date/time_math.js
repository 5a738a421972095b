// The spec's day and year arithmetic far from 1970: leap years (2000 yes,
// 1900 and 2100 no), negative time values, weekdays, the ±8.64e15 limit.
const cases = [0, -1, -86400000, -62198755200000, -62135596800000, 951782400000, 951868800000,
               -2203891200000, 4107542400000, 8.64e15, -8.64e15, 1e12, -1e14, 253402300799999];
for (const t of cases) {
  const d = new Date(t);
  console.log(t, d.toISOString(), d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
console.log(String(new Date(8.64e15 + 1)), String(new Date(-8.64e15 - 1)));
console.log(new Date(1.9).getTime(), new Date(-1.9).getTime(), Object.is(new Date(-0).getTime(), 0));
console.log(new Date(2000, 1, 29).getDate(), new Date(1900, 1, 29).getDate(), new Date(2100, 1, 29).getMonth());
console.log(new Date(Date.UTC(1600, 1, 29)).toISOString(), new Date(Date.UTC(-400, 1, 29)).toISOString());
console.log(new Date(Date.UTC(-1, 11, 31, 23, 59, 59, 999)).getUTCFullYear(), new Date(Date.UTC(0, 0)).getUTCFullYear());
