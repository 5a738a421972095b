// Guards Number: isInteger/isSafeInteger/isFinite/isNaN, parseFloat and
// parseInt edge cases, the constants, toFixed/toPrecision/toExponential/
// toString(radix) exactly as V8 prints them with their RangeErrors, Number()
// conversions of strings, Boolean's methods, and toLocaleString's en-US form.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>[Number.isInteger(5),Number.isInteger(5.0),Number.isInteger(5.5),Number.isInteger('5'),Number.isInteger(Infinity),Number.isInteger(-0)]);
t(()=>[Number.isSafeInteger(2**53-1),Number.isSafeInteger(2**53),Number.isSafeInteger(1.5),Number.isSafeInteger(-(2**53-1))]);
t(()=>[Number.isFinite('5'),isFinite('5'),Number.isNaN('x'),isNaN('x')]);
t(()=>[parseFloat('3.14abc'),parseFloat('.5'),parseFloat('-.5e3x'),parseFloat('Infinityx'),parseFloat('  -Infinity'),parseFloat('e5'),parseFloat('0x10'),parseFloat('1e1000'),parseFloat('-0'),parseFloat('1.e2'),parseFloat(''),Number.parseFloat===parseFloat]);
t(()=>[parseInt('0x1F'),parseInt('1F',16),parseInt('z',36),parseInt('10',37),parseInt('10',1),parseInt('  -42px'),parseInt(''),parseInt('0b11'),parseInt('123',0),parseInt('-0'),parseInt(1e21),parseInt(0.0000005),parseInt('9007199254740993'),parseInt('ff',16.9),Number.parseInt===parseInt]);
t(()=>[Number.MAX_SAFE_INTEGER,Number.MIN_SAFE_INTEGER,Number.EPSILON,Number.MAX_VALUE,Number.MIN_VALUE,Number.POSITIVE_INFINITY,Number.NEGATIVE_INFINITY,Number.NaN]);
t(()=>[(1.005).toFixed(2),(1.45).toFixed(1),(0).toFixed(2),(-1.5).toFixed(0),(1e21).toFixed(2),(123.456).toFixed(10),(0.000001).toFixed(7),(-0).toFixed(1),(2.5).toFixed(),(1.23e-10).toFixed(2),(-1e-7).toFixed(2)]);
t(()=>(1).toFixed(101));
t(()=>(1).toFixed(100).length);
t(()=>[(123.456).toPrecision(4),(0.00001234).toPrecision(2),(1e21).toPrecision(3),(123456).toPrecision(2),(1.5).toPrecision(),(0).toPrecision(3),(-1.25).toPrecision(2),(99.99).toPrecision(3),(1e-7).toPrecision(1),(123).toPrecision(3)]);
t(()=>(1).toPrecision(0));
t(()=>(1).toPrecision(101));
t(()=>[(255).toString(16),(255).toString(2),(-255).toString(36),(0.5).toString(2),(3.75).toString(16),(1e21).toString(36),(NaN).toString(2),(-0).toString(2),(1/3).toString(3),(0.1).toString(3), Math.PI.toString(7), (2**60).toString(2)]);
t(()=>(1).toString(1));
t(()=>(1).toString(37));
t(()=>[(123.456).toExponential(2),(0).toExponential(),(1e-7).toExponential(3),(-1.5e300).toExponential(1),(1.25).toExponential(1),(12345).toExponential(),(Infinity).toExponential(2),(5e-324).toExponential()]);
t(()=>(1).toExponential(-1));
t(()=>[1e21,1e-7,123e-20,0.1+0.2,-1e-7,2**53,1/3,5e-324,1.7976931348623157e308,100,1e20,123456789012345680000]);
t(()=>[Number('  12  '),Number('0x10'),Number('0b101'),Number('0o17'),Number(''),Number('1e3'),Number('-0x10'),Number('1_000'),Number(null),Number(undefined),Number([5]),Number('Infinity'),Number('infinity'),Number(true),Number('.5'),Number('5.'),Number('+.5e-1')]);
t(()=>Number.prototype.toFixed.call('1'));
t(()=>Number.prototype.toString.call(new Number(5)));
t(()=>[new Number(5)+1, typeof new Number(5)]);
t(()=>[(25).toString(undefined), Number.prototype.toString.length, Number.prototype.toFixed.length]);
t(()=>[Boolean(''),Boolean('0'),Boolean([]),new Boolean(false)?1:2,true.toString(),Boolean.prototype.valueOf.call(new Boolean(true)),Boolean.prototype.toString.call(false)]);
t(()=>Boolean.prototype.toString.call(1));
t(()=>Boolean.prototype.valueOf.call('x'));
t(()=>[(0.1).toFixed(20),(1.1).toPrecision(21),(1234.5678).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (-0.5).toFixed(0)]);
t(()=>[(1e21).toLocaleString === undefined, (1234567.891).toLocaleString()]);
t(()=>[Number.parseFloat('1.7976931348623159e308'), parseFloat('4.9e-324'), parseFloat('2.4703282292062328e-324')]);
t(()=>[(-1.5).toString(2), (1e-7).toString(2).slice(0,20), (255.5).toString(16), (0.000001).toString(16)]);
console.log([0, -0, 1234567.891, 1234.5678, 0.0005, 0.0015, 1.0005, -1234.5, 1e21, 123456789012, 999.9996, NaN, Infinity, -Infinity, 0.1, 12, 1000, 100, 5e-7, 0.9995, 9.9995, 99999.99951, 1.7976931348623157e308, 2.5e-3, 1.2345e-5, 0.00049999].map(x => x.toLocaleString()).join(' '));
