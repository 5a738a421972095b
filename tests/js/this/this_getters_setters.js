// Accessors receive the object the property was looked up on, even when the
// accessor is inherited.
const proto = {
  get full() { return this.first + ' ' + this.last; },
  set full(v) { const parts = v.split(' '); this.first = parts[0]; this.last = parts[1]; },
};
const p = Object.create(proto);
p.full = 'Ada Lovelace';
console.log(p.full, Object.keys(p), Object.keys(proto));
