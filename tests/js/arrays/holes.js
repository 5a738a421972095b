// Holes are missing elements: reads give undefined, `in` says false, and
// iteration methods skip them while for-of and join do not.
const a = [1, , 3, , 5];
console.log(a[1], 1 in a, a.length, a.hasOwnProperty(1));
const visited = [];
a.forEach((v, i) => visited.push(i));
console.log(visited.join(','));
console.log(a.map(x => x * 2));
console.log(a.filter(() => true));
console.log(a.join('-'), String(a));
const ofValues = [];
for (const v of a) ofValues.push(v);
console.log(ofValues);
console.log(a.indexOf(undefined), [1, undefined].indexOf(undefined));
console.log(a.reduce((s, x) => s + x, 0));
const explicit = [undefined, undefined];
console.log(explicit, 0 in explicit);
