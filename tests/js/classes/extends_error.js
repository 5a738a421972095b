// extending Error: name, message, stack, instanceof, toString
class AppError extends Error {
  constructor(msg, code) { super(msg); this.name = 'AppError'; this.code = code; }
}
class NotFound extends AppError { constructor(what) { super(what + ' not found', 404); } }
const e = new NotFound('page');
console.log(e instanceof NotFound, e instanceof AppError, e instanceof Error, e.message, e.code, String(e));
console.log(e.stack.split('\n')[0], Object.prototype.toString.call(e));
try { throw new NotFound('x'); } catch (err) { console.log(err.name, err.constructor.name); }
class Plain extends Error {}
console.log(new Plain('p').name, String(new Plain('p')));
