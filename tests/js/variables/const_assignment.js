// Assigning to a const binding throws a TypeError at run time.
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  c++;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  c += 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(c);
// const objects stay mutable.
const o = { n: 1 };
o.n = 2;
console.log(o.n);
function inner() {
  try {
    c = 5;
  } catch (e) {
    console.log('from closure', e.name + ': ' + e.message);
  }
}
inner();
for (const k of [1, 2]) console.log('const per iteration', k);
try {
  for (const i = 0; i < 2; i++) console.log('body', i);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
