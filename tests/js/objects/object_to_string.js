// Object.prototype.toString and conversion of objects to strings.
console.log(String({}), {} + '', `${{ a: 1 }}`);
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null));
console.log(Object.prototype.toString.call(undefined), Object.prototype.toString.call(1));
console.log(Object.prototype.toString.call('s'), Object.prototype.toString.call(() => 1));
console.log(Object.prototype.toString.call(new Error('x')), Object.prototype.toString.call(true));
const custom = { toString() { return 'custom!'; } };
console.log(String(custom), custom + '', [custom, custom].join('|'));
