// Flags: --expose-gc
// Strings built in loops (concatenation, slices, joins) while the young
// generation is collected: their contents are intact afterwards.
let s = '';
for (let i = 0; i < 500; i++) s += String.fromCharCode(97 + (i % 26));
gc({ type: 'minor' });
const parts = [];
for (let i = 0; i < 500; i++) parts.push(s.slice(i, i + 5) + i);
gc();
const joined = parts.join('|');
console.log(s.length, s.slice(0, 30), parts[499], joined.length);
let numbers = '';
for (let i = 0; i < 600; i++) numbers = numbers + i + ',';
gc({ type: 'minor' });
console.log(numbers.length, numbers.slice(-20), numbers.split(',').length);
