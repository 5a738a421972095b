// Flags: --allow-natives-syntax --expose-gc
// A GC inside a chain of compiled calls moves the objects every frame
// references (registers, arguments, the accumulator, context slots): each
// frame checks its objects after the collection.
function leaf(depth, obj) {
  gc();
  const fresh = { depth, tag: 'leaf' + depth };
  return fresh.tag + ':' + obj.name + ':' + obj.items.length;
}
function middle(depth, obj) {
  const local = { name: 'middle' + depth, items: [depth, depth + 1] };
  const r = depth === 0 ? leaf(depth, local) : middle(depth - 1, local);
  return r + '|' + obj.name + '=' + obj.items.join('+') + ',' + local.name;
}
%CompileBaseline(leaf);
%CompileBaseline(middle);
console.log(middle(4, { name: 'root', items: [1, 2, 3] }));
// Allocation-heavy compiled loop: many scavenges while values live in
// registers and the accumulator.
function churn(n) {
  let keep = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const o = { i, s: 'x' + i, arr: [i, i * 2] };
    if (i % 100 === 0) keep.push(o);
    total += o.arr[1] - o.i;
  }
  return total + ':' + keep.length + ':' + keep[keep.length - 1].s;
}
%CompileBaseline(churn);
console.log(churn(6000));
