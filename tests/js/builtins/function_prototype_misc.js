// Function.prototype is callable and returns undefined; functions are objects.
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.length);
function f() {}
f.custom = 'property on a function';
console.log(f.custom, Object.keys(f), typeof f.call, typeof f.apply, typeof f.bind);
console.log(f.prototype.constructor === f, Object.keys(f.prototype));
