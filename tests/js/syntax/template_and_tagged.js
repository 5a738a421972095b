// tagged templates receive frozen strings arrays with raw
function tag(strings, ...vals) { return [Object.isFrozen(strings), strings.raw, vals]; }
console.log(tag`a${1}b${2}c`, tag`\n${'x'}`);
function same(s) { return s; }
const f = () => same`x`;
console.log(f() === f());
