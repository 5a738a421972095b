// Env: TZ=America/New_York
// Date.parse of the ES date-time format: date-only forms are UTC, date-time
// forms without an offset are local time, Z and ±hh:mm offsets, extended
// years, and malformed strings are NaN.
const inputs = ['2024', '2024-03', '2024-03-04', '2024-03-04T05:06', '2024-03-04T05:06:07',
  '2024-03-04T05:06:07.8', '2024-03-04T05:06:07.891Z', '2024-03-04T05:06:07.891234Z',
  '2024-03-04T05:06:07+05:30', '2024-03-04T05:06:07-08:00', '2024-07-04T12:00',
  '+002024-03-04T00:00:00Z', '-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z', '2024-03-04T24:00:00Z', '2024-03-04T24:01:00Z',
  '2024-13-01', '2024-00-10', '2024-01-32', '2024-02-30', '2024-1-1', '20240304', '2024-03-04T5:06',
  '2024-03-04T05:60', '2024-03-04Z', '2024-03-04t05:06z', ''];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
console.log(new Date('2024-03-04').getTime() === Date.parse('2024-03-04'));
