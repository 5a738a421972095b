// Boolean() as a function and Boolean objects.
console.log(Boolean(), Boolean(0), Boolean('0'), Boolean([]), Boolean(null));
const b = new Boolean(false);
console.log(typeof b, b ? 'object is truthy' : 'falsy', b == false);
console.log(String(true), true.toString(), (false).toString());
