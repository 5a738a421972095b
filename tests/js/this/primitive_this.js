// Primitive receivers are boxed for sloppy functions, kept as is for strict ones.
function sloppyType() { return typeof this; }
function strictType() { 'use strict'; return typeof this; }
console.log(sloppyType.call(1), sloppyType.call('s'), sloppyType.call(true));
console.log(strictType.call(1), strictType.call('s'), strictType.call(true));
console.log(strictType.call(null), strictType.call(undefined));
console.log(sloppyType.call(null) === 'object', sloppyType.call(undefined));
String.prototype.selfType = strictType;
console.log('abc'.selfType());
delete String.prototype.selfType;
