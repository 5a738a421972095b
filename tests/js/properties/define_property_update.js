// redefining a configurable property changes only the given attributes
const o = {a: 1};
Object.defineProperty(o, 'a', {enumerable: false});
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
Object.defineProperty(o, 'a', {get() { return 'now accessor'; }});
console.log(Object.getOwnPropertyDescriptor(o, 'a').set, o.a);
Object.defineProperty(o, 'a', {value: 'data again', writable: true});
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
