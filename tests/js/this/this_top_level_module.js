// At the top level of a CommonJS module, this is module.exports; inside a
// plain sloppy function it is the global object.
console.log(this === module.exports, typeof this);
exports.answer = 42;
console.log(this.answer);
function sloppy() { return this === globalThis; }
console.log(sloppy());
const arrow = () => this === module.exports;
console.log(arrow());
