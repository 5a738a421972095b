// Own properties of error objects: message is own and non-enumerable; name is inherited.
const e = new TypeError('m');
console.log(Object.keys(e), e.hasOwnProperty('message'), e.hasOwnProperty('name'));
console.log(e.hasOwnProperty('stack'), typeof e.stack);
e.extra = 'x';
console.log(Object.keys(e));
console.log(JSON.stringify(e), JSON.stringify(new Error('plain')));
