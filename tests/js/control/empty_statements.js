// Empty statements, empty blocks and automatic semicolon insertion.
;;;
{}
if (true);
for (let i = 0; i < 2; i++);
let a = 1
let b = 2
const c = a
+ b
console.log(c)
function f() {
  return
  42
}
console.log(f())
let x = 5
x
++b
console.log(x, b)
