// Env: TZ=America/New_York
// toLocaleString / toLocaleDateString / toLocaleTimeString in node's default
// en-US form: M/D/YYYY, h:mm:ss AM/PM (midnight is 12 AM, noon 12 PM).
for (const d of [new Date(2024, 0, 2, 3, 4, 5), new Date(2024, 11, 31, 0, 0, 0), new Date(2024, 6, 4, 12, 30),
                 new Date(2024, 6, 4, 23, 59, 59), new Date(1999, 9, 10, 13, 1, 2)]) {
  console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
}
const bad = new Date(NaN);
console.log(bad.toLocaleString(), bad.toLocaleDateString(), bad.toLocaleTimeString());
