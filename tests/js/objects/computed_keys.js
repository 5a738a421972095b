// Computed property keys are evaluated in order and converted with ToPropertyKey.
let i = 0;
const prefix = 'key';
const sym = Symbol('computed');
const o = {
  [prefix + (++i)]: i,
  [prefix + (++i)]: i,
  [1 + 1]: 'two',
  [sym]: 'symbol value',
  [`tmpl${i}`]: 'template',
  ['m' + 'ethod']() { return 'computed method'; },
};
console.log(o);
console.log(o.key1, o.key2, o[2], o[sym], o.tmpl2, o.method());
const order = [];
const p = { [(order.push('a'), 'a')]: order.push('va'), [(order.push('b'), 'b')]: order.push('vb') };
console.log(order.join(' '), p);
