// << >> >>>: the shift count is taken mod 32; >>> produces uint32.
console.log(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 33);
console.log(-8 >> 1, -8 >>> 1, -1 >>> 0, -1 >>> 31, -1 >> 31);
console.log(8 >> 33, 8 >> -1, 8 << -31);
console.log(2147483647 << 1, 1073741824 << 1);
console.log(3.7 << 1, '4' >> 1, -9.5 >> 0);
console.log((-1 >>> 0) + 1, (1 << 31) >>> 0);
console.log(4294967296 >>> 0, 4294967297 >>> 0, -4294967297 >>> 0);
