// typeof on undeclared names does not throw; on a TDZ binding it does.
console.log(typeof notDeclared);
console.log(typeof notDeclared === 'undefined');
try {
  console.log(typeof later);
  let later = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const o = { a: 1 };
console.log(typeof o.a, typeof o.missing, typeof o['a']);
console.log(typeof (1, 'x'), typeof !1, typeof -'1');
