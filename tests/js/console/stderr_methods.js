// Exit: 1
// Guards the console methods that write to stderr: error, warn, assert
// (with and without a format string; a true condition prints nothing), and
// that stdout output keeps its place. The final throw makes the runner
// compare stderr.
console.log('stdout first');
console.error('error', { a: 1 }, [1, 2]);
console.warn('warn %d%%', 50);
console.assert(true, 'not printed');
console.assert(false, 'assert %s', 'formatted', { extra: true });
console.assert(false);
console.assert(0, { obj: 1 }, 'second');
console.group('group');
console.error('indented error');
console.groupEnd();
console.log('stdout last');
throw new Error('end');
