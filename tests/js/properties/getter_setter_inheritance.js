// accessors on the prototype chain run with the receiver
const proto = { get name() { return 'I am ' + this.id; }, set name(v) { this.id = v.toUpperCase(); } };
const o = Object.create(proto);
o.name = 'obj';
console.log(o.name, Object.keys(o), o.hasOwnProperty('name'));
