// Object.create with a prototype, with null, and with property descriptors.
const proto = { hello() { return 'hello ' + this.name; } };
const o = Object.create(proto);
o.name = 'o';
console.log(o.hello(), Object.getPrototypeOf(o) === proto, Object.keys(o));
const bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), 'toString' in bare, Object.keys(bare));
const withProps = Object.create(proto, {
  name: { value: 'described', enumerable: true },
  secret: { value: 's', enumerable: false },
});
console.log(withProps.hello(), Object.keys(withProps), withProps.secret);
const cases = [() => Object.create(1), () => Object.create(undefined), () => Object.create('p')];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
