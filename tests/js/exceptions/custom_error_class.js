// Subclassing Error.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
try {
  throw new ValidationError('age', 'must be positive');
} catch (e) {
  console.log(e instanceof ValidationError, e instanceof Error, e.name, e.field, e.message);
  console.log(String(e), e.stack.split('\n')[0]);
}
function LegacyError(msg) { this.message = msg; }
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.name = 'LegacyError';
try {
  throw new LegacyError('old style');
} catch (e) {
  console.log(e instanceof Error, String(e));
}
