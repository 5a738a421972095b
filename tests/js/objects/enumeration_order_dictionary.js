// An object with many properties and deletions (dictionary mode in V8) keeps
// insertion order for strings and ascending order for indices.
const o = {};
for (let i = 0; i < 40; i++) o['k' + i] = i;
for (let i = 0; i < 40; i += 3) delete o['k' + i];
o.k0 = 'back';
o[7] = 'index';
o[3] = 'index';
console.log(Object.keys(o).join(','));
const seen = [];
for (const k in o) seen.push(k);
console.log(seen.length, seen[0], seen[1], seen[seen.length - 1]);
