// Env: TZ=Europe/London
// GMT in winter, BST in summer: offsets and the zone names node prints.
for (const d of [new Date(2024, 0, 15, 12), new Date(2024, 6, 15, 12), new Date(2024, 2, 31, 1, 30),
                 new Date(2024, 9, 27, 1, 30)]) {
  console.log(d.toString(), d.getTimezoneOffset(), d.toISOString());
}
