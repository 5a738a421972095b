// Closures over var in loops share one binding; an IIFE gives each its own.
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns.map(function (f) { return f(); }));
var fixed = [];
for (var j = 0; j < 3; j++) fixed.push((function (k) { return function () { return k; }; })(j));
console.log(fixed.map(function (f) { return f(); }));
