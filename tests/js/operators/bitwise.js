// & | ^ ~ with ToInt32 on doubles, negative numbers and large values.
console.log(5 & 3, 5 | 3, 5 ^ 3);
console.log(-1 & 255, -1 | 0, -1 ^ 1);
console.log(4294967295 | 0, 4294967296 | 0, 2147483648 | 0, -2147483649 | 0);
console.log(1.9 | 0, -1.9 | 0, 1e21 | 0, NaN | 0, Infinity | 0, -0 | 0);
console.log('12' & '10', '0xF' | 0, true | false, null | 1, undefined | 1);
console.log(0x7fffffff & 0xffffffff, 0x80000000 ^ 0);
console.log(2 ** 32 + 5 | 0, 2 ** 31 + 5 | 0);
