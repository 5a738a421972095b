// Env: TZ=America/New_York
// Local getters follow the C library's rules for the zone: EST/EDT offsets
// (getTimezoneOffset 300/240), the DST switch instants, and local midnight
// falling on the previous UTC day.
const instants = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12), Date.UTC(2024, 2, 10, 6, 59, 59),
  Date.UTC(2024, 2, 10, 7), Date.UTC(2024, 10, 3, 5, 59, 59), Date.UTC(2024, 10, 3, 6),
  Date.UTC(2024, 0, 1, 3), Date.UTC(1970, 0, 1), Date.UTC(1960, 5, 1), Date.UTC(2050, 6, 1)];
for (const t of instants) {
  const d = new Date(t);
  console.log(d.toISOString(), d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(),
              d.getMinutes(), d.getSeconds(), d.getTimezoneOffset());
}
console.log(new Date(2024, 0, 1).getTime(), new Date(2024, 6, 1).getTime());
