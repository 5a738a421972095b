// Env: TZ=America/New_York
// toLocaleString / toLocaleDateString / toLocaleTimeString in node's default
// en-US form: M/D/YYYY, h:mm:ss AM/PM (midnight is 12 AM, noon 12 PM).
for (const d of [new Date(2024, 0, 2, 3, 4, 5), new Date(2024, 11, 31, 0, 0, 0), new Date(2024, 6, 4, 12, 30),
                 new Date(2024, 6, 4, 23, 59, 59), new Date(1999, 9, 10, 13, 1, 2)]) {
  console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
}
const bad = new Date(NaN);
console.log(bad.toLocaleString(), bad.toLocaleDateString(), bad.toLocaleTimeString());
// Years up to 0 show the era year (ICU): 0 is 1, -1 is 2.
for (const y of [-1, 0, 1, -12345, 99999]) { const d = new Date(Date.UTC(2000,0,1)); d.setUTCFullYear(y); console.log(d.toLocaleDateString(), d.toLocaleString()); }
