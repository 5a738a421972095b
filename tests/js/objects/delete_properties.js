// Deleting properties: the last added, one in the middle, then re-adding.
const o = { a: 1, b: 2, c: 3 };
delete o.c;
console.log(o, Object.keys(o));
delete o.a;
console.log(o);
o.a = 'new a';
o.c = 'new c';
console.log(o, Object.keys(o));
// Many objects built the same way still behave the same after a delete on one.
const list = [];
for (let i = 0; i < 3; i++) list.push({ x: i, y: i * 2 });
delete list[1].x;
console.log(list);
for (const k in list[1]) console.log('key', k);
