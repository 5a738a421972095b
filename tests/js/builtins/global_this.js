// globalThis is the global object and holds the builtins.
console.log(typeof globalThis, globalThis === globalThis.globalThis);
console.log(globalThis.Math === Math, globalThis.JSON === JSON, globalThis.console === console);
console.log(globalThis.parseInt === parseInt, globalThis.Object === Object, globalThis.Array === Array);
globalThis.viaGlobalThis = 'defined';
console.log(viaGlobalThis);
console.log(delete globalThis.viaGlobalThis, typeof viaGlobalThis);
console.log(typeof globalThis.undefined, globalThis.NaN, globalThis.Infinity);
const keys = Object.keys(globalThis);
console.log(keys.indexOf('Math'), keys.indexOf('Object'));
