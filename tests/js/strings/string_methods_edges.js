// Guards every String.prototype method on edge inputs: negative and
// out-of-range indices, empty strings, surrogate pairs, replace/replaceAll
// with $ patterns and functions, split limits, padding, case mapping of
// special letters, trimming of Unicode spaces, fromCodePoint errors.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
const s='Hello, World';
t(()=>[s.at(0),s.at(-1),s.at(100),s.charAt(1),s.charAt(-1),s.charCodeAt(0),s.charCodeAt(99),'😀'.codePointAt(0),'😀'.codePointAt(1),'a'.codePointAt(5)]);
t(()=>['a'.concat(1,null,[2,3]), s.endsWith('World'), s.endsWith('Hello',5), s.includes('lo,'), s.includes('x'), s.indexOf('o'), s.indexOf('o',5), s.indexOf(''), s.indexOf('',99), s.lastIndexOf('o'), s.lastIndexOf('o',5), s.lastIndexOf('')]);
t(()=>['a'.localeCompare('b'),'b'.localeCompare('a'),'a'.localeCompare('a'),'a'.localeCompare('B'),'B'.localeCompare('a'), ['b','A','a','B'].sort((x,y)=>x.localeCompare(y))]);
t(()=>['\u00e9'.normalize('NFD').length,'e\u0301'.normalize().length,'e\u0301'.normalize('NFC')==='\u00e9','\u00c5'.normalize('NFD').split('').map(c=>c.charCodeAt(0)), 'Ä'.normalize('NFKD').length]);
t(()=>'a'.normalize('bad'));
t(()=>['abc'.padEnd(6,'12'),'abc'.padStart(6),'abc'.padStart(2),'abc'.padStart(6,''),'x'.padEnd(4,'ab')]);
t(()=>['ab'.repeat(3),'x'.repeat(0)]);
t(()=>'x'.repeat(-1));
t(()=>'x'.repeat(Infinity));
t(()=>['aXbXc'.replace('X','-'), 'aXbXc'.replaceAll('X','-'), 'abc'.replace('b',(m,o,str)=>`[${m}${o}${str}]`), 'abc'.replace('b','$&$&'), 'abc'.replace('b',"$`|$'"), 'abc'.replace('b','$$'), 'abc'.replace('b','$1'), 'abc'.replace('', '_'), 'abc'.replaceAll('', '_'), 'aaa'.replaceAll('aa','b'), 'abc'.replace('b','$<n>')]);
t(()=>['abc'.slice(1),'abc'.slice(-2),'abc'.slice(2,1),'abc'.slice(0,-1)]);
t(()=>['a,b,c'.split(','),'a,b,c'.split(',',2),'abc'.split(''),'abc'.split(),'abc'.split(undefined,0),''.split(','),''.split(''),'a,b,'.split(','),'a,,b'.split(',',-1),'😀a'.split('')]);
t(()=>[s.startsWith('Hell'), s.startsWith('World',7), s.substring(3,1), s.substring(-3,2), s.substring(5), s.substr(-5,3)]);
t(()=>['İ'.toLowerCase().length,'ß'.toUpperCase(),'ΑΣ'.toLowerCase(),'ÿ'.toUpperCase(),'abc'.toUpperCase(),'ÀÉ'.toLowerCase()]);
t(()=>['  x \n'.trim()+'|', '  x '.trimStart()+'|', '  x '.trimEnd()+'|', '\u00a0\ufeffx\u2028'.trim().length]);
t(()=>[String.fromCharCode(72,105,0x1F600), String.fromCodePoint(0x1F600,65), String.fromCharCode()]);
t(()=>String.fromCodePoint(-1));
t(()=>String.fromCodePoint(1.5));
t(()=>String.fromCodePoint(0x110000));
t(()=>[String.raw`a\n${1}b\t`, String.raw({raw:['x','y','z']},1,2,3), String.raw({raw:'abc'},'-','+')]);
t(()=>String.prototype.trim.call(null));
t(()=>['abc'.indexOf('c',-5),'abc'.includes('a',1),'abc'.at('1'),'abc'[1],'abc'.length]);
t(()=>[String(Symbol('x')), String(null), String([1,[2]]), String({}),`${[1,2]}`]);
t(()=>`${Symbol('x')}`);
t(()=>['a-b_c'.split('-').join('+'), 'x'.concat(), 'abc'.split('b',1), 'test'.split('t')]);
t(()=>['abc'.localeCompare('abd'), 'a'.localeCompare('á'), 'résumé'.localeCompare('resume')]);
t(()=>['\u1E9B\u0323'.normalize('NFC').length, '\u1E9B\u0323'.normalize('NFD').length, 'Å'.normalize('NFD').normalize('NFC')==='Å', 'ﬁ'.normalize('NFKC')]);
t(()=>['abc'.replace('c', () => '$&'), 'a.b.c'.replaceAll('.', '$&$&'), 'abcabc'.replaceAll('b', (m, i) => i)]);
t(()=>'x'.padStart(2**30));
t(()=>['a'.codePointAt(-1), '\ud83d'.codePointAt(0), 'abc'.charAt(NaN)]);
t(()=>String.prototype.at.length+' '+String.prototype.padStart.length+' '+String.fromCharCode.length+' '+String.raw.length+' '+String.prototype.replace.length);
t(()=>[..."a😀b"]);
t(()=>'ab'.split('', 1));
t(()=>'abcabc'.lastIndexOf('c', -Infinity));
t(()=>'Straße'.toLocaleUpperCase()+' '+'ABC'.toLocaleLowerCase());
t(()=>['a\tb'.trim(), ' a'.trimLeft(), 'a '.trimRight()+'|', String.prototype.trimLeft.name]);
t(()=>['abc'.isWellFormed?.(), 'ab\ud800'.isWellFormed?.(), 'ab\ud800'.toWellFormed?.().charCodeAt(2)]);
t(()=>'aaa'.lastIndexOf('a', 1.5));
