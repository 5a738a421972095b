// Flags: --allow-natives-syntax
// Objects start with fast properties; deleting a property that is not the last
// one added, or adding very many, switches to dictionary mode.
const o = { a: 1, b: 2, c: 3 };
console.log('literal:', %HasFastProperties(o));
delete o.c;
console.log('after deleting the last property:', %HasFastProperties(o));
delete o.a;
console.log('after deleting a middle property:', %HasFastProperties(o));
console.log('values kept:', o.b, Object.keys(o));
const many = {};
for (let i = 0; i < 2000; i++) many['p' + i] = i;
console.log('2000 named properties:', %HasFastProperties(many), many.p1999);
