// parseInt: leading whitespace, sign, radix prefixes, stopping at garbage.
const cases = [['42'], ['  42abc'], ['-42'], ['+7'], ['0x1F'], ['0X1f'], ['-0x10'], ['1e3'], ['3.99'],
  [''], ['abc'], ['0b101'], ['0o17'], ['077'], ['ff', 16], ['FF', 16], ['0x1F', 16], ['0x1F', 10],
  ['101', 2], ['777', 8], ['zz', 36], ['10', 37], ['10', 1], ['10', 0], ['9', 8], ['  -0'],
  ['123456789012345678901234567890'], ['\n\t 12'], [null], [undefined], ['Infinity'], ['10', '16']];
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  console.log(JSON.stringify(c), parseInt(c[0], c[1]));
}
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(-0), 1 / parseInt('-0'));
