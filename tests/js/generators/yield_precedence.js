// yield binds like assignment: it takes a whole AssignmentExpression, is
// allowed as an operand only in parentheses, and `yield` alone yields undefined.
function* g() {
  const a = yield 1 + 2;
  const b = (yield) || 'default';
  const c = [yield, yield 'x'];
  const d = { k: yield 'in object' };
  yield a, yield b;
  yield yield 'nested';
  console.log(a, b, c, d);
  yield (yield 'paren') + 1;
  const e = yield
  ;
  yield e === undefined;
  return `template ${yield 'in template'}`;
}
const it = g();
let r = it.next();
let i = 0;
while (!r.done) {
  console.log(r.value);
  r = it.next('s' + i++);
}
console.log('returned', r.value);
