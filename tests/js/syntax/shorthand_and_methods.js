// shorthand properties, methods, computed keys, __proto__ in literals
const a = 1, b = 'two';
const proto = {inherited: true};
const o = { a, b, __proto__: proto, ['c' + 1]: 3, m() { return this.a; }, *gen() { yield 1; }, 'quoted-key': 4, 5: 'five' };
console.log(o, o.inherited, o.m(), [...o.gen()], o.m.name);
