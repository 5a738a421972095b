// Env: TZ=America/New_York
// Date.parse of the formats Date itself prints (toString, toUTCString) and
// the common legacy forms node accepts: month names, M/D/Y, Y/M/D, AM/PM,
// GMT offsets and US zone names; round trips through the printed forms.
const inputs = ['Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)',
  'Tue Jan 02 2024 03:04:05 GMT-0500 (Eastern Standard Time)', 'Tue, 02 Jan 2024 03:04:05 GMT',
  'Jan 2, 2024', 'January 2, 2024 10:00:00 PM', 'Jan 2 2024 10:00 GMT-0500', '2 Jan 2024',
  '1/2/2024', '12/31/99', '2024/01/02', '2024/01/02 13:14:15', 'Jan 2 2024 12:00 AM',
  'Jan 2 2024 12:30 PM', 'Thu, 01 Jan 1970 00:00:00 GMT+0100', 'Mon Jul 01 2024 EDT',
  'July 4 1976 12:00 PST', 'foo', 'Jan', '13/45/2024'];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
const d = new Date(2024, 6, 4, 15, 16, 17);
console.log(Date.parse(d.toString()) === d.getTime() - d.getMilliseconds());
console.log(Date.parse(d.toUTCString()) === d.getTime() - d.getMilliseconds());
console.log(Date.parse(d.toISOString()) === d.getTime());
console.log(new Date(d.toString()).getTime() === Date.parse(d.toString()));
// V8's DayComposer defaults (a lone month, a missing year is 2001), comments
// between fields, numeric offsets, am/pm spellings, ISO with a +hhmm offset.
for (const s of ['5', '12', '13', '32', '99', '5 10', '2024 5', 'May 5', '10:00',
                 '2 January 2024 (comment) 10:00 UTC', 'Sat, 1 Jan 2000 00:00:00 +0000',
                 '1 Jan 2000 13:00 pm', 'Jan 1 2000 12:00 am', '2000-01-01T00:00:00.000+0530',
                 '2000-01-01 00:00:00Z', 'Tue Jan 02 2024 03:04:05 GMT+0530 (India Standard Time)']) {
  console.log(JSON.stringify(s), Date.parse(s));
}
