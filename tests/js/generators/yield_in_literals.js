// yield in the middle of larger expressions: class computed keys, object
// literal keys and values, template substitutions, conditionals, the comma
// operator and optional calls; each keeps its pending operands across the suspension.
function* g() { class A { [yield 'key']() { return 'm'; } } yield Object.getOwnPropertyNames(A.prototype); }
const it = g(); console.log(it.next()); console.log(it.next('dyn'));
function* h() { const o = { [yield 'k']: yield 'v' }; yield o; }
const hi = h(); hi.next(); hi.next('key'); console.log(hi.next('val'));
function* tpl() { const s = `${yield 1}-${yield 2}`; return s; }
const ti = tpl(); ti.next(); ti.next('a'); console.log(ti.next('b'));
function* cond() { return (yield 'q') ? yield 'yes' : yield 'no'; }
const ci = cond(); ci.next(); console.log(ci.next(true)); console.log(ci.next('final'));
function* comma() { yield (1, 2); }
console.log([...comma()]);
function* optional() { const o = yield; return o?.x?.(yield 'arg'); }
const oi = optional(); oi.next(); console.log(oi.next({ x: (a) => 'called ' + a })); console.log(oi.next('A'));
