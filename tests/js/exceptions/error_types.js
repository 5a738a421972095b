// The error constructors: name, message, prototype chain, called with and without new.
const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError];
for (let i = 0; i < types.length; i++) {
  const T = types[i];
  const e = new T('msg');
  const f = T('no new');
  console.log(e.name, e.message, e instanceof T, e instanceof Error, f instanceof T, f.message,
              Object.getPrototypeOf(T.prototype) === (T === Error ? Object.prototype : Error.prototype));
}
const empty = new Error();
console.log(JSON.stringify(empty.message), empty.hasOwnProperty('message'));
console.log(new Error(undefined).hasOwnProperty('message'), new Error(42).message, new Error(null).message);
console.log(TypeError.prototype.name, Error.prototype.message === '', TypeError.name);
