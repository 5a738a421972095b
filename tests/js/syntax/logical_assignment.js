// ??= ||= &&= assign only when needed and short-circuit the right side
let a = null, b = 0, c = 1, d = 'x';
a ??= 'a'; b ||= 'b'; c &&= 'c'; d ??= 'never';
console.log(a, b, c, d);
let calls = 0;
const f = () => { calls++; return 'called'; };
let e = 'set';
e ??= f(); e &&= e; e ||= f();
console.log(e, calls);
const o = {n: null, z: 0, t: true};
o.n ??= 1; o.z ||= 2; o.t &&= 3; o['m'] ??= 4;
console.log(o);
