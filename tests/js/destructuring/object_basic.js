// object patterns in declarations: shorthand, renaming, missing keys
const {a, b: renamed, missing} = {a: 1, b: 2};
console.log(a, renamed, missing);
let {length} = 'hello';
console.log(length);
var {x: {y: deep}} = {x: {y: 'deep'}};
console.log(deep);
