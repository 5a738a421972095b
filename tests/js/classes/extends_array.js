// extending Array: length tracking, methods, Array.isArray
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack, s instanceof Array);
s.length = 1;
console.log(s, s.length);
const t = new Stack(5);
console.log(t.length);
