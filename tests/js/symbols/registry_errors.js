// Symbol.keyFor of a non-symbol is a TypeError
for (const v of ['str', 1, {}, undefined]) {
  try { Symbol.keyFor(v); } catch (e) { console.log(e.name + ': ' + e.message); }
}
