// Symbol.toStringTag changes Object.prototype.toString
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
console.log(Object.prototype.toString.call({[Symbol.toStringTag]: 'Lit'}));
console.log(Object.prototype.toString.call(Symbol()), Symbol.prototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call([][Symbol.iterator]()));
console.log(Object.prototype.toString.call(function* () {}()));
