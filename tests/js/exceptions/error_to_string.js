// Error.prototype.toString combines name and message.
console.log(String(new Error('boom')), String(new TypeError('bad type')));
console.log(String(new Error()), String(new RangeError('')));
const e = new Error('custom name');
e.name = 'MyError';
console.log(String(e), e + '');
const noName = new Error('m');
noName.name = '';
console.log(String(noName));
console.log(Error.prototype.toString.call({ name: 'Fake', message: 'object' }));
console.log(Error.prototype.toString.call({}));
try {
  Error.prototype.toString.call(1);
} catch (err) {
  console.log(err.name + ': ' + err.message);
}
