// Env: TZ=UTC
// new Date(y, m, d, h, mi, s, ms): defaults, month/day/time overflow into
// the next unit, two-digit years meaning 19xx, negative and huge values.
const show = d => console.log(d.toISOString());
show(new Date(2024, 0));
show(new Date(2024, 0, 2, 3, 4, 5, 6));
show(new Date(2024, 12, 1));
show(new Date(2024, -1, 1));
show(new Date(2024, 1, 30));
show(new Date(2024, 0, 0));
show(new Date(2024, 0, 1, 25, 61, 61, 1001));
show(new Date(2024, 0, 1, -1));
show(new Date(99, 0));
show(new Date(0, 0));
show(new Date(100, 0));
show(new Date(-1, 0));
show(new Date(1.9, 0.9, 1.9));
console.log(String(new Date(NaN, 0)), String(new Date(2024, NaN)), String(new Date(2024, 0, Infinity)));
console.log(new Date(275760, 8, 13).getTime(), new Date(275760, 8, 13, 0, 0, 0, 1).getTime());
console.log(new Date(-271821, 3, 20).getTime(), new Date(-271821, 3, 19, 23).getTime());
console.log(new Date('2024', '1').getMonth(), new Date(2024, 0, 1, 0, 0, 0, '5').getMilliseconds());
