// Every numeric literal form.
console.log(0x1f, 0XFF, 0o17, 0O7, 0b1010, 0B11);
console.log(1_000_000, 0xff_ff, 0b1_0);
console.log(.5, 5., 1e3, 1E-3, 2e+2);
console.log(017 === undefined ? '' : 'legacy octal sloppy', 017, 019, 08);
console.log(0.0, -0.0, 00);
console.log(1.7976931348623157e308, 1.7976931348623159e308);
console.log(5e-324, 2e-324, 3e-324);
