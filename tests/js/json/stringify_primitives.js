// JSON.stringify of primitives and top-level non-serializable values.
console.log(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(1.5e300), JSON.stringify(1e21));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity));
console.log(JSON.stringify('str'), JSON.stringify(''), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol('s')));
console.log(typeof JSON.stringify(undefined), JSON.stringify());
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String('boxed')));
