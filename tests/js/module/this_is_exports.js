// Top-level this is module.exports, which starts as the same object as exports.
console.log(this === module.exports, exports === module.exports);
console.log(this, Object.keys(module.exports));
exports.a = 1;
this.b = 2;
console.log(module.exports);
module.exports = { replaced: true };
console.log(this === module.exports, exports === module.exports, this);
