// Unary + - ! ~ and their coercions.
console.log(+'3', +'', +' ', +'x', +true, +null, +undefined, +[], +[5], +{});
console.log(-'3', -'', -true, -null, -[], -'-0');
console.log(~0, ~-1, ~5, ~'7', ~2147483647, ~-2147483648, ~4294967295, ~1.9);
console.log(!0, !1, !'', !'a', !null, !{});
let x = '5';
console.log(+x + +x, -x - -x);
