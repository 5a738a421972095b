// non-configurable properties cannot be deleted or redefined
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = {};
Object.defineProperty(o, 'fixed', {value: 1, writable: true});
t(() => { delete o.fixed; });
t(() => Object.defineProperty(o, 'fixed', {enumerable: true}));
t(() => Object.defineProperty(o, 'fixed', {get() {}}));
Object.defineProperty(o, 'fixed', {value: 2});
console.log(o.fixed);
Object.defineProperty(o, 'fixed', {writable: false});
t(() => Object.defineProperty(o, 'fixed', {writable: true}));
t(() => Object.defineProperty(o, 'fixed', {value: 3}));
Object.defineProperty(o, 'fixed', {value: 2});
console.log(Object.getOwnPropertyDescriptor(o, 'fixed'));
