// ToNumber of strings: whitespace, signs, hex/octal/binary prefixes, empty.
const inputs = ['', ' ', '42', ' 42 ', '\t\n42\n', '-42', '+42', '4.2e1', '.5', '5.',
  '0x1A', '0o17', '0b101', '-0x1A', '1e1000', '-Infinity', 'Infinity', 'infinity',
  '12px', '1 2', '0', '-0', '00012', '1_000', '\u00a042'];
for (let i = 0; i < inputs.length; i++) {
  console.log(JSON.stringify(inputs[i]), Number(inputs[i]), +inputs[i]);
}
