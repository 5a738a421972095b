// console.log of class instances with fields, accessors and statics
class P { x = 1; #hidden = 2; get y() { return 3; } static s = 4; }
console.log(new P(), P.s);
class Q extends P { z = [1, 2]; }
console.log(new Q(), [new P()]);
