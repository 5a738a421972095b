// Inner declarations shadow outer ones; parameters can be shadowed by var only
// in a way that keeps the parameter's value.
const x = 'module';
function f(x) {
  console.log('param', x);
  {
    const x = 'block';
    console.log(x);
  }
  var x;
  console.log('after var', x);
  return function () { const x = 'closure'; return x; };
}
console.log(f('arg')(), x);
function g(a) {
  var a = a + 1;
  return a;
}
console.log(g(1));
