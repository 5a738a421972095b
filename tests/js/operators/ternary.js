// Conditional operator: only the chosen branch is evaluated; nesting is right-associative.
function side(tag, v) { console.log('eval', tag); return v; }
console.log(true ? side('a', 1) : side('b', 2));
console.log(0 ? side('c', 3) : side('d', 4));
function grade(n) { return n > 90 ? 'A' : n > 80 ? 'B' : n > 70 ? 'C' : 'F'; }
console.log(grade(95), grade(85), grade(75), grade(10));
const x = 1;
const y = x ? x > 0 ? 'pos' : 'nonpos' : 'zero';
console.log(y);
