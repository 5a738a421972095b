// array patterns take any iterable: Set, Map, generators, strings with surrogates
const [s1, s2] = new Set(['a', 'b', 'c']);
const [[k, v]] = new Map([['key', 'value']]);
function* gen() { yield 1; yield 2; yield 3; }
const [g1, ...gr] = gen();
const [e1, e2] = 'a\u{1F600}b';
console.log(s1, s2, k, v, g1, gr, e2.length);
