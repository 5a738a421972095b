// Functions print as [Function: name], anonymous ones as [Function (anonymous)],
// classes as [class Name] with "extends".
function named() {}
const anon = [function () {}][0];
const arrow = () => {};
class Base {}
class Derived extends Base {}
console.log(named, anon, arrow);
console.log(Base, Derived, class {});
console.log([named, arrow], { fn: named, method() {} });
console.log({ f: function () {}, g: () => {} });
console.log(Math.max, parseInt, console.log);
named.prop = 1;
console.log(named);
