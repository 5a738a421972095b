// Error constructors called without new
const e = Error('plain');
const t = TypeError('type');
const r = RangeError('range');
console.log(e instanceof Error, e.message, t instanceof TypeError, t.name, r instanceof RangeError);
console.log(String(SyntaxError('s')), ReferenceError().message === '', Object.getPrototypeOf(e) === Error.prototype);
console.log(Error('with cause', {cause: 'why'}).cause);
