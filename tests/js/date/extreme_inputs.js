// Env: TZ=America/New_York
// Absurd inputs give NaN, never undefined behaviour: setters and components
// of ±1e300, 400-digit fractions and numbers in date strings, huge offsets.
const d = new Date(0);
console.log(d.setHours(1e300), new Date(2024, 0, 1, 1e300).getTime(), new Date(0).setMinutes(-1e308), new Date(0).setUTCHours(1e300));
console.log(Date.parse('Jan 1 2000 99999999999999999999:00'), Date.parse('Jan 1 2000 10:00:00.' + '9'.repeat(400)), Date.parse('1e400'), Date.parse('Jan 1 2000 10:00 GMT+99999999999999999999'));
console.log(Date.parse('Jan 1 2000 10:00:00.5'), Date.parse('Jan 1 2000 10:00:00.123456'), new Date(8.64e15).setMilliseconds(1), new Date(-8.64e15).setHours(-1));
console.log(Date.parse('9'.repeat(500) + '/1/1'), new Date(1e81, 0).getTime(), Date.UTC(2024, 0, 1, 0, 0, 0, 1e308));
