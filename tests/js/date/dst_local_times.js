// Env: TZ=America/New_York
// Local date-times that fall into DST transitions, through the constructor
// and through Date.parse of local ISO times: gap times move forward,
// repeated times take the earlier (daylight) instant.
for (const args of [[2024, 2, 10, 1, 59], [2024, 2, 10, 2, 0], [2024, 2, 10, 2, 30], [2024, 2, 10, 3, 0],
                    [2024, 10, 3, 0, 59], [2024, 10, 3, 1, 0], [2024, 10, 3, 1, 30], [2024, 10, 3, 2, 0]]) {
  const d = new Date(...args);
  console.log(args.join(','), d.toISOString(), d.getHours(), d.getTimezoneOffset());
}
console.log(new Date('2024-03-10T02:30').toISOString(), new Date('2024-11-03T01:30').toISOString());
