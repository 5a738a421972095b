// The module wrapper is a function, so arguments exists at the top level:
// (exports, require, module, __filename, __dirname).
console.log(typeof arguments, arguments.length);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname);
