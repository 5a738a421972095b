// sin, cos, tan and their inverses.
console.log(Math.sin(0), Math.sin(-0), Math.sin(Math.PI / 2), Math.sin(Math.PI));
console.log(Math.cos(0), Math.cos(Math.PI), Math.cos(Math.PI / 3));
console.log(Math.tan(0), Math.tan(Math.PI / 4), Math.tan(-0));
console.log(Math.asin(1), Math.asin(2), Math.acos(1), Math.acos(-1), Math.atan(1), Math.atan(Infinity));
console.log(Math.atan2(1, 1), Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(0, 0), Math.atan2(-1, 0));
console.log(Math.sin(Infinity), Math.cos(NaN), Math.sin(1e10));
