// split by string separators, empty separator, limit, and no separator.
console.log('a,b,c'.split(','));
console.log('a,b,,c,'.split(','));
console.log('abc'.split(''));
console.log('abc'.split());
console.log('a--b--c'.split('--'));
console.log('a,b,c'.split(',', 2), 'a,b,c'.split(',', 0));
console.log(''.split(','), ''.split(''));
console.log('one two'.split(' ').length, 'x'.split('x'));
console.log('a1b1c'.split(1), 'aundefinedb'.split(undefined));
