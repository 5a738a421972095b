// Number-to-string conversion: shortest round-trip digits, exponent forms at
// the same thresholds as JS (1e21 and 1e-7).
const values = [
  0, 1, -1, 10, 100, 123456789, 0.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3,
  1e20, 1e21, 1.5e21, 123456789012345680000, 1e-6, 1e-7, 1.5e-7, 0.000001234,
  1e100, 1e-100, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 2 ** 64,
  -1e21, -1e-7, 4.35, 0.000001, 1234.5678, 100e-2, 9007199254740993,
];
for (let i = 0; i < values.length; i++) {
  console.log(String(values[i]));
}
