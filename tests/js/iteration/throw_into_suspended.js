// throw() into a generator suspended in a for-of caller
function* g() {
  try { yield 1; yield 2; } catch (e) { console.log('caught', e); yield 'recovered'; } finally { console.log('finally'); }
}
const it = g();
for (const x of it) {
  console.log(x);
  if (x === 1) console.log(it.throw('boom'));
}
