// Env: TZ=Asia/Kolkata
// A half-hour zone (UTC+05:30, no DST): local fields, a negative
// getTimezoneOffset, and local dates one day ahead of UTC in the evening.
const d = new Date(Date.UTC(2024, 0, 1, 20, 45));
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getTimezoneOffset());
console.log(d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
console.log(d.toString());
console.log(new Date(2024, 0, 1).toISOString(), new Date(2024, 0, 1, 5, 30).getTime());
console.log(new Date(1950, 0, 1).getTimezoneOffset(), new Date(1950, 0, 1).toString());
