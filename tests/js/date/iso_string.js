// toISOString: four-digit years, ±YYYYYY outside 0..9999, milliseconds, and
// a RangeError "Invalid time value" for invalid dates.
for (const t of [0, 1704164645006, -1, -62167219200000, -62167219200001, 253402300800000, 8.64e15, -8.64e15]) {
  console.log(new Date(t).toISOString());
}
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Date('nope').toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Date(Date.UTC(12345, 5, 6, 7, 8, 9, 10)).toISOString());
console.log(new Date(Date.UTC(-12345, 5, 6)).toISOString());
