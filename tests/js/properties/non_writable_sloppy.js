// writes to non-writable properties are silently ignored in sloppy code
const o = {};
Object.defineProperty(o, 'x', {value: 1, enumerable: true});
o.x = 2;
o['x'] = 3;
console.log(o.x, delete o.x, o.x);
const child = Object.create(o);
child.x = 10;
console.log(child.x, Object.keys(child));
