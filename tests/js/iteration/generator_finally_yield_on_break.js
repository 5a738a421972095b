// a generator yielding inside finally during return() keeps the loop closed
function* g() {
  try { yield 1; } finally { yield 'from finally'; console.log('after finally yield'); }
}
for (const x of g()) { console.log(x); break; }
const it = g();
it.next();
console.log(it.return('r'));
console.log(it.next());
console.log(it.next());
