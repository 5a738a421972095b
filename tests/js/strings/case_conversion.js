// toUpperCase and toLowerCase, ASCII and beyond.
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('123 abc!'.toUpperCase(), ''.toUpperCase() === '');
console.log('\u00e9\u00e8'.toUpperCase(), '\u00c9'.toLowerCase());
console.log('stra\u00dfe'.toUpperCase());
const s = 'MiXeD';
console.log(s.toLowerCase(), s, s.toUpperCase() === 'MIXED');
