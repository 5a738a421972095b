// The Date API's shape: constructor length 7, statics, the prototype's
// methods with their lengths, Date.prototype being an ordinary object.
console.log(Date.name, Date.length, Date.now.length, Date.parse.length, Date.UTC.length);
console.log(Object.getOwnPropertyNames(Date).sort().join());
const names = Object.getOwnPropertyNames(Date.prototype).sort();
console.log(names.length, names.join());
console.log(names.filter(n => n !== 'constructor').map(n => n + ':' + Date.prototype[n].length).join(' '));
console.log(typeof Date.prototype, Object.getPrototypeOf(Date.prototype) === Object.prototype);
console.log(Date.prototype.constructor === Date, Object.keys(Date.prototype).length);
console.log(Object.getOwnPropertyNames(Date.prototype).join());
