// for (let/const x of/in <subject>): the subject is evaluated with the
// head's names already in their TDZ, so naming them throws, even from a
// closure called during the subject.
let x = [1, 2];
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('for-of self', () => { for (let x of x) console.log(x); });
attempt('for-in self', () => { for (const x in x) console.log(x); });
attempt('closure', () => { for (let x of (() => x)()) console.log(x); });
attempt('pattern', () => { for (const [x] of [x]) console.log(x); });
// A subject not naming the head sees the outer binding.
attempt('other name', () => { for (let y of x) console.log(y); });
// var heads have no TDZ: the subject sees the (hoisted) var.
attempt('var head', () => { for (var z of [z]) console.log(z); });
