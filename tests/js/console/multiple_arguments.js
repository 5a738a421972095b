// Arguments are separated by single spaces; objects are inspected in place.
console.log('a', 'b', 'c');
console.log('number', 1, 'object', { k: 'v' }, 'array', [1, 'x']);
console.log('', '', 'two leading empty strings');
console.log(null, undefined, '|');
console.log('x', function f() {}, class K {}, () => {});
