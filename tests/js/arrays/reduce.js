// reduce with and without an initial value, and its errors.
console.log([1, 2, 3, 4].reduce((a, b) => a + b), [1, 2, 3, 4].reduce((a, b) => a + b, 10));
console.log(['a', 'b', 'c'].reduce((acc, v, i) => acc + v + i, ''));
console.log([[1, 2], [3], []].reduce((acc, x) => acc.concat(x), []));
console.log([5].reduce(() => 'not called'), [].reduce(() => 'not called', 'init'));
console.log([, , 7, ,].reduce((a, b) => a + b));
const trace = [];
[10, 20].reduce((acc, v, i, arr) => { trace.push(acc + ':' + v + ':' + i + ':' + arr.length); return v; }, 'start');
console.log(trace);
const errors = [() => [].reduce((a, b) => a + b), () => [, ,].reduce((a, b) => a), () => [1].reduce('no')];
for (let i = 0; i < errors.length; i++) {
  try {
    errors[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
