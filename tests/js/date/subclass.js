// Env: TZ=UTC
// class X extends Date: instances are dates with X.prototype; super() takes
// every constructor form; methods work through the subclass.
class Day extends Date {
  constructor(...args) { super(...args); this.kind = 'day'; }
  next() { return new Day(this.getTime() + 86400000); }
  toString() { return 'Day<' + this.toISOString().slice(0, 10) + '>'; }
}
const d = new Day(2024, 1, 28);
console.log(String(d), String(d.next()), String(d.next().next()), d.kind);
console.log(d instanceof Day, d instanceof Date, Object.getPrototypeOf(d) === Day.prototype);
console.log(new Day('2024-05-06').getUTCDate(), new Day(0).getTime(), typeof new Day().getTime());
console.log(Object.prototype.toString.call(d), d.getDay(), JSON.stringify({ d }));
