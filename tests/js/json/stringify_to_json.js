// toJSON is called with the key and its result is serialized.
const o = { when: { toJSON(key) { return 'toJSON for ' + key; } }, n: 1 };
console.log(JSON.stringify(o));
console.log(JSON.stringify({ toJSON() { return [1, 2]; } }));
console.log(JSON.stringify([{ toJSON(k) { return 'index ' + k; } }]));
