// Peak RSS with a ~100 MB live set: 1M records of about 100 bytes each
// (an object, a 4-element array of numbers and a short string), all alive
// at the end. Prints a checksum.
const n = (Number(ARGS[0]) || 1) * 1e6;
const live = new Array(n);
for (let i = 0; i < n; i++) live[i] = { id: i, data: [i, i + 1, i + 2, i + 3], name: 'r' + (i % 1000) };
let sum = 0;
for (let i = 0; i < n; i += 1000) sum += live[i].data[3] + live[i].name.length;
console.log(n, sum);
