// Date methods on non-dates: the getters and valueOf say "this is not a Date
// object.", the other methods "Method Date.prototype.x called on
// incompatible receiver".
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
attempt(() => Date.prototype.getTime.call({}));
attempt(() => Date.prototype.getFullYear.call(1));
attempt(() => Date.prototype.getUTCHours.call('x'));
attempt(() => Date.prototype.valueOf.call(Date.prototype));
attempt(() => Date.prototype.getTimezoneOffset.call(null));
attempt(() => Date.prototype.setTime.call({}, 1));
attempt(() => Date.prototype.setHours.call([], 1));
attempt(() => Date.prototype.toString.call(1));
attempt(() => Date.prototype.toISOString.call({}));
attempt(() => Date.prototype.toUTCString.call(new Map()));
attempt(() => Date.prototype.toLocaleString.call({}));
attempt(() => Date.prototype.getYear.call({}));
attempt(() => new Date(NaN).toISOString());
attempt(() => new Date(8.64e15).toISOString());
console.log(Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call(Date.prototype));
