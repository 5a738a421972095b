// Substitutions use ToString (toString before valueOf), unlike +.
const o = { toString() { return 'S'; }, valueOf() { return 'V'; } };
console.log(`${o}`, '' + o, String(o));
const order = [];
const t = `${order.push('a')}-${order.push('b')}-${order.push('c')}`;
console.log(t, order.join(''));
try {
  `${{ toString() { throw new Error('toString threw'); } }}`;
} catch (e) {
  console.log(e.message);
}
