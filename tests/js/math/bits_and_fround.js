// clz32, imul, fround.
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(3.9), Math.clz32('8'));
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(2.9, 3.9));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(-0), Math.fround(1e-50));
