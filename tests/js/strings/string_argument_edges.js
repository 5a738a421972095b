// Guards String methods on odd arguments: $ patterns in replace, split
// limits (0, negative, above 2^32), padding fills, repeat's RangeErrors,
// NaN positions, one-to-many case mappings, Unicode whitespace in trim.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>['abc'.replace('b','$0|$1|$10|$<x>|$'), 'abc'.replace('b','$'), 'abcb'.replaceAll('b','[$`|$\'|$&]'), 'aaa'.replace('a', (...args)=>JSON.stringify(args))]);
t(()=>['a,b,c'.split(',', 0), 'a,b,c'.split(',', -1), 'a,b,c'.split(',', 2**32+1), 'a,b'.split(',', 1.5), 'abc'.split('', 2), 'abc'.split('abc'), 'abc'.split('abcd'), 'aXXbXXc'.split('XX')]);
t(()=>['abc'.padStart(10, '123456789'), 'abc'.padEnd(5, 'xyz'), ''.padStart(3, 'ab'), 'a'.padStart(NaN), 'a'.padStart(3, undefined)]);
t(()=>['x'.repeat(2.9), ''.repeat(1e9), 'ab'.repeat('2')]);
t(()=>''.repeat(2**40));
t(()=>'ab'.repeat(2**29));
t(()=>['abc'.substring(NaN, 2), 'abc'.substring(2, NaN), 'abc'.slice(NaN), 'abc'.substr(1), 'abc'.substr(-2, 1), 'abc'.substr(1, -1)]);
t(()=>['Ǆ'.toLowerCase(), 'ǆ'.toUpperCase(), 'ﬀ'.toUpperCase(), 'ΐ'.toUpperCase().length, 'ᾳ'.toUpperCase(), 'Σ'.toLowerCase(), 'ΑΣ Σ'.toLowerCase(), 'İstanbul'.toLowerCase().length]);
t(()=>[String.fromCharCode(65.9, -1, 65536+66), String.fromCodePoint(), String.fromCodePoint('65')]);
t(()=>['a'.at(-0), 'abc'.at(Infinity), 'abc'.charAt(1.9), 'abc'.charCodeAt(-1), 'abc'.codePointAt(3)]);
t(()=>['abc'.includes(''), 'abc'.includes('', 10), 'abc'.startsWith('', 3), 'abc'.endsWith('c', 10), 'abc'.endsWith('a', -1), 'abc'.indexOf('b', -10), 'abc'.lastIndexOf('b', -10), 'abcb'.lastIndexOf('b', NaN)]);
t(()=>String.prototype.includes.call(null, 'a'));
t(()=>'a'.localeCompare.call(undefined));
t(()=>['abc'.concat(undefined, {}, Symbol.iterator.description), '\t\n\v\f\r \u1680\u2000\u200a\u2029\u202f\u205f\u3000x'.trim()]);
t(()=>'a'.concat(Symbol()));
