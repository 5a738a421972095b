// yield inside expressions keeps the temporaries of the expression around it
// live across the suspension: calls, arguments, arrays, conditionals, loops.
function* g() {
  const arr = [1, yield 'a', 3, yield 'b'];
  console.log(arr);
  console.log(Math.max(10, yield 'c', 30));
  const obj = { x: yield 'd', y: 'y' };
  console.log(obj);
  const t = (yield 'e') ? 'truthy' : 'falsy';
  console.log(t);
  let sum = 0;
  for (let i = 0; i < 3; i++) sum += yield 'loop ' + i;
  console.log('sum', sum);
  const s = 'pre-' + (yield 'f') + '-post';
  console.log(s);
  switch (yield 'g') {
    case 1: console.log('one'); break;
    default: console.log('other');
  }
}
const it = g();
const inputs = [undefined, 2, 4, 20, 'X', 0, 1, 2, 3, 'mid', 1];
for (const v of inputs) console.log(it.next(v));
