// var can be redeclared; a var with the same name as a function keeps the
// function until assigned.
var a = 1;
var a;
console.log(a);
function h() { return 1; }
var h;
console.log(typeof h);
var h = 2;
console.log(typeof h);
function dup() { return 'first'; }
function dup() { return 'second'; }
console.log(dup());
