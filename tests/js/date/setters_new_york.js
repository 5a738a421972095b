// Env: TZ=America/New_York
// Local setters work in local time: across the spring-forward gap (02:30
// does not exist, becomes 03:30 EDT) and the fall-back overlap (01:30 is
// the earlier, EDT instant); setUTC* ignore the zone.
const d = new Date(2024, 2, 10, 0, 0);
d.setHours(2, 30);
console.log(d.toString(), d.toISOString());
d.setHours(1, 59, 59);
console.log(d.toString());
d.setMinutes(d.getMinutes() + 1);
console.log(d.toString());
const f = new Date(2024, 10, 3, 0, 0);
f.setHours(1, 30);
console.log(f.toString(), f.toISOString());
f.setTime(f.getTime() + 3600000);
console.log(f.toString(), f.getHours());
const u = new Date(2024, 0, 1);
u.setUTCHours(12);
console.log(u.toString(), u.getHours());
u.setMonth(6);
console.log(u.toString(), u.getTimezoneOffset());
u.setDate(u.getDate() + 200);
console.log(u.toString());
