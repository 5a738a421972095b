// computed method, accessor and field names are evaluated once at definition
let i = 0;
const key = () => 'k' + (i++);
class C { [key()]() { return 'method'; } get [key()]() { return 'getter'; } static [key()] = 'static'; [key()] = 'field'; }
const c = new C();
console.log(c.k0(), c.k1, C.k2, c.k3, i, new C().k3, i);
