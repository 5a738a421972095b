// A generator's return value is the value of its last result, and only that once.
function* withReturn() {
  yield 1;
  return 42;
}
const it = withReturn();
console.log(it.next(), it.next(), it.next());
console.log([...withReturn()]);
function* noReturn() { yield 'a'; }
const it2 = noReturn();
console.log(it2.next(), it2.next());
function* early(flag) {
  if (flag) return 'early';
  yield 'late';
}
console.log(early(true).next(), early(false).next());
function* returnsObject() { return { x: 1 }; }
console.log(returnsObject().next());
