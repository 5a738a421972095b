// let/const in blocks, loop closures, function declarations in blocks (strict)
'use strict';
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
{ function inner() { return 'inner'; } console.log(inner()); }
console.log(typeof inner);
