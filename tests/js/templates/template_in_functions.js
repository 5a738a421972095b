// Templates built in loops and closures.
const rows = [];
for (let i = 1; i <= 3; i++) rows.push(`row ${i}: ${i > 1 ? '**' : '*'}`);
console.log(rows.join('\n'));
const fmt = (label, value) => `${label}=${value}`;
console.log(fmt('x', 1), fmt('long label', [1, 2]));
