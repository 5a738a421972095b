// spread in new expressions, including builtin constructors and subclasses
class P { constructor(...a) { this.a = a; } }
class Q extends P { constructor(...a) { super(...a, 'q'); } }
console.log(new P(...[1, 2]).a, new Q(...'xy').a);
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
console.log(new Array(...[3]).length, new Array(...[1, 2, 3]));
