// push returns the new length; pop returns the removed element.
const a = [];
console.log(a.push(1), a.push(2, 3), a.push(), a);
console.log(a.pop(), a.pop(), a, a.length);
console.log(a.pop(), a.pop(), a.length, [].pop());
const stack = [];
for (let i = 0; i < 100; i++) stack.push(i * 2);
let total = 0;
while (stack.length) total += stack.pop();
console.log(total, stack.length);
// On array-like objects.
const like = { length: 1, 0: 'a' };
Array.prototype.push.call(like, 'b');
console.log(like, Array.prototype.pop.call(like), like.length);
const holey = [1, , 3];
console.log(holey.pop(), holey.pop(), holey.length);
