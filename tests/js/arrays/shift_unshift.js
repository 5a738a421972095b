// shift removes from the front, unshift inserts at the front (in argument order).
const a = [1, 2, 3];
console.log(a.shift(), a, a.length);
console.log(a.unshift(-1, 0), a);
console.log(a.unshift(), a);
console.log([].shift(), [].unshift('x'));
const q = [];
for (let i = 0; i < 5; i++) q.push(i);
const order = [];
while (q.length) order.push(q.shift());
console.log(order.join(' '));
const holey = [, 'b'];
console.log(holey.shift(), holey);
