// Infinity arithmetic and printing.
console.log(Infinity, -Infinity, 1 / 0, -1 / 0);
console.log(Infinity + 1, Infinity - 1e308, -Infinity * -1);
console.log(1e308 * 10, -1e308 * 10);
console.log(Infinity > 1e308, -Infinity < -1e308);
console.log(Infinity === Infinity, Infinity == -Infinity);
console.log(1 / Infinity, -1 / Infinity);
console.log(String(Infinity), Infinity + '', [Infinity, -Infinity]);
console.log(Number('Infinity'), Number('-Infinity'), Number('infinity'));
console.log(isFinite(Infinity), isFinite(-Infinity), isFinite(1e308));
