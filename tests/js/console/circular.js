// Circular references print as [Circular *1] with a <ref *1> marker.
const o = { name: 'o' };
o.self = o;
console.log(o);
const a = [1];
a.push(a);
console.log(a);
const x = { y: {} };
x.y.back = x;
console.log(x);
