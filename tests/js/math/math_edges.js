// Guards Math: every function and constant name, signs of zero, rounding
// ties, max/min/hypot with no or NaN arguments, clz32/imul/fround, the
// lengths and names, and argument coercion through valueOf.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
const names=Object.getOwnPropertyNames(Math).sort(); console.log(names.join(' '));
t(()=>[Math.abs(-0), Math.sign(-3), Math.sign(-0), Math.trunc(-4.7), Math.round(-2.5), Math.round(2.5), Math.round(-0.4), Math.ceil(-0.5), Math.floor(-0.5)]);
t(()=>[Math.max(), Math.min(), Math.max(1,NaN), Math.max(-0,0), Math.min(-0,0), Math.hypot(), Math.hypot(3,4), Math.hypot(NaN,Infinity)]);
t(()=>[Math.clz32(1), Math.imul(0xffffffff,5), Math.fround(5.5), Math.fround(5.05), Math.cbrt(-27), Math.expm1(1e-10), Math.log1p(1e-10), Math.log2(8), Math.log10(1000), Math.atan2(1,1), Math.asinh(1), Math.acosh(2), Math.atanh(0.5), Math.sinh(1), Math.cosh(1), Math.tanh(1)]);
t(()=>[Math.pow(NaN,0), Math.pow(1,Infinity), 2**-1074, Math.sqrt(-1), Math.exp(1), Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2, Math.SQRT2, Math.PI]);
t(()=>{const r=Math.random(); return r>=0 && r<1;});
t(()=>Math[Symbol.toStringTag]);
t(()=>[Math.max.length, Math.hypot.length, Math.atan2.length, Math.random.length, Math.abs.name]);
t(()=>Math.max({valueOf(){return 7}}, '3'));
t(()=>[Math.round(0.49999999999999994), Math.round(-0.5000000000000001), Math.round(2**52+0.5), Math.sign('x')]);
t(()=>[Math.sin(Math.PI), Math.cos(Math.PI), Math.tan(Math.PI/4), Math.asin(1), Math.acos(-1), Math.atan(Infinity)]);
