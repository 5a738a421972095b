// for-of over the builtin iterables
for (const x of [1, 2]) console.log('array', x);
for (const c of 'a\u{1F600}') console.log('string', c.length);
for (const [k, v] of new Map([['k', 'v']])) console.log('map', k, v);
for (const v of new Set(['s'])) console.log('set', v);
(function () { for (const a of arguments) console.log('arguments', a); })('x', 'y');
for (const k of new Map([[1, 2]]).keys()) console.log('keys', k);
