// Global loads in compiled code: the cached PropertyCell inline; a deleted
// binding (the hole), an accessor, typeof of an undeclared name and script
// lets go through the LoadGlobalIC helper. Same answers as node.
var counter = 0;
function bump() { counter = counter + 1; return counter; }
function readG() { return typeof someUndeclared + ':' + counter + ':' + Math.max(1, 2); }
for (let i = 0; i < 10; i++) bump();
console.log(readG());
globalThis.someUndeclared = 5;
console.log(readG());
delete globalThis.someUndeclared;
console.log(readG());
Object.defineProperty(globalThis, 'acc', { get() { return 'getter'; }, configurable: true });
function readAcc() { return acc; }
console.log(readAcc(), readAcc());
let lexical = 1;
function readLex() { return lexical; }
console.log(readLex()); lexical = 2; console.log(readLex());
