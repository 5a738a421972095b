// getters and setters in object literals: computed, numeric and string keys
const k = 'dyn';
const o = {
  get [k]() { return 'computed'; },
  get 1() { return 'one'; },
  get 'quoted key'() { return 'q'; },
  set [k + 2](v) { this.stored = v; },
  get get() { return 'named get'; },
  set set(v) { this.s = v; },
};
o.dyn2 = 'x'; o.set = 'y';
console.log(o.dyn, o[1], o['quoted key'], o.stored, o.get, o.s);
console.log(Object.keys(o));
