// numeric separators in every radix and in fractions/exponents
console.log(1_000_000, 0xFF_FF, 0b1010_0101, 0o7_7_7, 1_0.5_5, 1e1_0, .0_1);
console.log(Number('1_000'), parseInt('1_000'));
