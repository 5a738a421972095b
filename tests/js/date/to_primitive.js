// Env: TZ=UTC
// Dates as primitives: +date and date1 - date2 use valueOf (number hint),
// date + '' and template literals use toString (default hint is string),
// Symbol.toPrimitive checks its hint, comparisons compare times.
const a = new Date(Date.UTC(2024, 0, 1)), b = new Date(Date.UTC(2024, 0, 2));
console.log(+a, b - a, a < b, a > b, a == a.getTime(), a + 1);
console.log(`${a}`, a + '', String(b));
console.log(a[Symbol.toPrimitive]('number'), a[Symbol.toPrimitive]('default'), a[Symbol.toPrimitive]('string'));
for (const hint of ['bogus', undefined, 1]) {
  try { a[Symbol.toPrimitive](hint); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Date.prototype[Symbol.toPrimitive].call(1, 'number'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Date.prototype[Symbol.toPrimitive].call({ valueOf() { return 42; } }, 'number'));
const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable, desc.value.name, desc.value.length);
const custom = new Date(0);
custom.valueOf = () => 7;
console.log(+custom, custom - 0, custom + '');
console.log(Math.max(a, b) === b.getTime(), isNaN(new Date(NaN)), [a, b].sort((x, y) => y - x)[0] === b);
