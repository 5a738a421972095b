// V8's TooManyFastProperties: properties added with computed keys turn `{}`
// into dictionary mode at the 20th; properties added by name stay fast.
const keyed = {};
for (let i = 0; i < 20; i++) {
  keyed['k' + i] = i;
}
const named = {};
named.p0 = 0; named.p1 = 1; named.p2 = 2; named.p3 = 3; named.p4 = 4;
named.p5 = 5; named.p6 = 6; named.p7 = 7; named.p8 = 8; named.p9 = 9;
named.p10 = 10; named.p11 = 11; named.p12 = 12; named.p13 = 13; named.p14 = 14;
named.p15 = 15; named.p16 = 16; named.p17 = 17; named.p18 = 18; named.p19 = 19;
named.p20 = 20;
console.log(Object.keys(keyed).length, Object.keys(named).length);
