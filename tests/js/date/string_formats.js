// Env: TZ=Asia/Kolkata
// toString, toDateString, toTimeString, toUTCString (and toGMTString, the
// same function) for ordinary, negative and five-digit years; Invalid Date.
const dates = [new Date(2024, 0, 2, 3, 4, 5), new Date(Date.UTC(1969, 11, 31, 23, 59, 59)),
               new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(12345, 0, 1)), new Date(0)];
for (const d of dates) {
  console.log(d.toString());
  console.log(d.toDateString(), '|', d.toTimeString());
  console.log(d.toUTCString(), '|', d.toGMTString());
}
const bad = new Date(NaN);
console.log(bad.toString(), bad.toDateString(), bad.toTimeString(), bad.toUTCString(), String(bad));
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);
