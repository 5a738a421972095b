// yield inside a destructuring default; return() during it closes the inner iterator
function* inner() { try { yield 1; yield 2; } finally { console.log('inner closed'); } }
function* g() { const [a = yield 'need a', b] = [undefined, 'b']; return a + b; }
const it = g();
console.log(it.next(), it.next('A'));
function* h() { for (const x of inner()) { yield x; } }
const hi = h();
console.log(hi.next(), hi.return('early'), hi.next());
