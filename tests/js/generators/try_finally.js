// yield inside try/finally: return() runs the finally blocks, innermost first.
const log = [];
function* g() {
  try {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push('inner finally');
    }
  } finally {
    log.push('outer finally');
  }
  log.push('unreachable after return');
}
const it = g();
console.log(it.next());
console.log(it.return('R'));
console.log(log);
console.log(it.next());

const log2 = [];
function* h() {
  try {
    yield 'a';
  } finally {
    log2.push('finally ran');
  }
}
const run = h();
run.next();
run.next();
console.log(log2, run.next());
