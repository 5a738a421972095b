// defineProperty defaults every missing attribute to false
const o = {};
Object.defineProperty(o, 'x', {value: 1});
console.log(Object.getOwnPropertyDescriptor(o, 'x'), Object.keys(o), o.x);
Object.defineProperty(o, 'acc', {get() { return 'g'; }});
console.log(Object.getOwnPropertyDescriptor(o, 'acc'));
console.log(Object.defineProperty(o, 'r', {value: 0}) === o);
