// let and const are scoped to their block.
let x = 'outer';
{
  let x = 'block';
  const y = 'const in block';
  console.log(x, y);
  {
    let x = 'inner';
    console.log(x);
  }
  console.log(x);
}
console.log(x, typeof y);
if (true) {
  let z = 1;
  console.log(z);
}
console.log(typeof z);
for (let i = 0; i < 1; i++) {
  let i = 'shadow';
  console.log(i);
}
