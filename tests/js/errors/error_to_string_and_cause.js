// Guards Error.prototype.toString on errors and plain objects (missing or
// empty name/message), the `cause` option (own, non-enumerable, only when
// given), the message conversion, and the error constructors' names and
// prototypes.
const e = new Error('msg', { cause: 'why' });
console.log(e.cause, Object.keys(e), Object.getOwnPropertyNames(e).sort(), 'cause' in new Error('x'));
console.log(new Error('x', { cause: undefined }).hasOwnProperty('cause'), new Error('x', {}).hasOwnProperty('cause'),
            new Error('x', 5).hasOwnProperty('cause'));
const d = Object.getOwnPropertyDescriptor(e, 'cause');
console.log(d.writable, d.enumerable, d.configurable);
console.log(String(new Error('m')), String(new TypeError()), String(new RangeError('r')));
const t = Error.prototype.toString;
console.log(t.call({ name: 'N', message: 'M' }), t.call({}), t.call({ name: '', message: 'M' }),
            t.call({ name: 'N', message: '' }), t.call({ name: undefined, message: undefined }),
            t.call({ name: 42, message: { toString() { return 'obj'; } } }));
try { t.call(1); } catch (err) { console.log(err.name + ': ' + err.message); }
console.log(new Error(undefined).hasOwnProperty('message'), new Error({ toString() { return 'conv'; } }).message,
            Error('no new').message, Error('no new') instanceof Error);
for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  console.log(C.name, C.length, C.prototype.name, C.prototype.message === '', Object.getPrototypeOf(C.prototype) === (C === Error ? Object.prototype : Error.prototype));
}
class MyError extends Error {
  constructor(m) { super(m, { cause: 'sub' }); this.name = 'MyError'; }
}
const m = new MyError('custom');
console.log(String(m), m.cause, m instanceof Error, m.stack.split('\n')[0]);
