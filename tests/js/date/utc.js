// Date.UTC: the component form without local time; missing month is 0,
// NaN anywhere gives NaN, two-digit years are 19xx, results are TimeClip'd.
console.log(Date.UTC(2024), Date.UTC(2024, 0), Date.UTC(2024, 1, 29, 12, 30, 15, 250));
console.log(Date.UTC(), Date.UTC(NaN), Date.UTC(2024, NaN), Date.UTC(2024, 0, 1, 0, 0, 0, NaN));
console.log(Date.UTC(99, 11, 31), Date.UTC(49), Date.UTC(-1, 0));
console.log(Date.UTC(1970, 0, 1), Date.UTC(1969, 11, 31, 23, 59, 59, 999));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(Date.UTC(2024, 0, 1.7, 1.5), Date.UTC('2024', '2'));
console.log(Date.UTC(1e9), Date.UTC(2024, 1e10));
