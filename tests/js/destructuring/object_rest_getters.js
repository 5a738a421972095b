// object rest calls getters once and copies values, not accessors
let n = 0;
const src = { get g() { n++; return 'got'; }, plain: 1 };
const {plain, ...rest} = src;
console.log(rest, n, Object.getOwnPropertyDescriptor(rest, 'g').value);
