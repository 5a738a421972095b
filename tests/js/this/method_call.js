// this is the receiver of a method call, whatever object the function came from.
function who() { return this.name; }
const a = { name: 'a', who };
const b = { name: 'b', who: a.who };
console.log(a.who(), b.who(), a['who']());
const nested = { inner: { name: 'inner', who } };
console.log(nested.inner.who());
// Parenthesized member expressions keep the receiver.
console.log((a.who)(), (a['who'])());
// The comma operator and assignment lose it.
try {
  console.log((0, a.who)());
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
