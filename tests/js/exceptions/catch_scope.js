// The catch parameter shadows outer names and is a fresh binding per catch.
const e = 'outer e';
try {
  throw 'inner e';
} catch (e) {
  console.log(e);
  const f = () => e;
  console.log(f());
}
console.log(e);
const fns = [];
for (let i = 0; i < 3; i++) {
  try { throw i; } catch (err) { fns.push(() => err); }
}
console.log(fns.map(f => f()));
try { throw { code: 7 }; } catch (x) { x.code++; console.log(x.code); }
