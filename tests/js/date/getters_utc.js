// Env: TZ=UTC
// Every getter on one date in UTC (local and UTC getters agree), and NaN
// from every getter of an invalid date.
const d = new Date(Date.UTC(2024, 1, 29, 13, 14, 15, 167));
const names = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds',
  'getMilliseconds', 'getTime', 'valueOf', 'getTimezoneOffset', 'getYear'];
for (const n of names) console.log(n, d[n](), n.startsWith('get') && n !== 'getTime' && n !== 'getTimezoneOffset' && n !== 'getYear' ? d[n.replace('get', 'getUTC')]() : '');
const bad = new Date(NaN);
console.log(names.map(n => bad[n]()).join());
console.log(new Date(-1).getUTCMilliseconds(), new Date(-1).getUTCFullYear(), new Date(-1).getUTCDay());
