// defineProperty argument errors with V8's messages
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

t(() => Object.defineProperty(1, 'x', {}));
t(() => Object.defineProperty({}, 'x', 1));
t(() => Object.defineProperty({}, 'x', {get: 1}));
t(() => Object.defineProperty({}, 'x', {set: {}}));
t(() => Object.defineProperty({}, 'x', {get() {}, value: 1}));
t(() => Object.defineProperty({}, 'x', {set() {}, writable: true}));
t(() => Object.defineProperty(Object.preventExtensions({}), 'x', {value: 1}));
