// Arrows take `this` from the enclosing function, even when called as methods
// or through call/apply/bind.
const counter = {
  count: 0,
  start() {
    const inc = () => { this.count++; return this; };
    inc();
    inc.call({ count: 100 });
    inc.apply(null);
    inc.bind({})();
    return inc() === this;
  },
};
console.log(counter.start(), counter.count);
const detached = { name: 'obj', regular() { return () => this.name; } };
const f = detached.regular();
const other = { name: 'other', f };
console.log(f(), other.f());
function Timer() {
  this.ticks = 0;
  [1, 2, 3].forEach(() => { this.ticks++; });
}
console.log(new Timer().ticks);
