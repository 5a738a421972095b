// Guards the console methods besides log: info/debug, dir with depth,
// count/countReset, group indentation (nested, and of multi-line values),
// and console.table for arrays of objects, arrays of arrays, primitives and
// a properties filter.
console.info('info', 1);
console.debug('debug', { a: 1 });
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.count(); console.count(); console.count('x'); console.count('default');
console.countReset(); console.count();
console.group('Group A');
console.log('inside');
console.group();
console.log({ multi: 'line', object: 'that is long enough', to: 'break over', several: 'lines!' });
console.groupEnd();
console.groupCollapsed('collapsed');
console.log('deeper');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('out');
console.table([{ a: 1, b: 'two' }, { a: 3, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table(['x', 'y']);
console.table({ r1: { c: 1 }, r2: 5 });
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table([{ nested: { p: 1, q: 2, r: 3 }, arr: [1, 2, 3, 4, 5], s: 'str' }]);
console.table(5);
console.table('text');
