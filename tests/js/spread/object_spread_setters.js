// object spread defines properties; it does not call setters on the target
const log = [];
const target = { set x(v) { log.push(v); } };
const res = { ...target, ...{x: 1} };
console.log(res.x, log.length);
Object.defineProperty(Object.prototype, 'trap', { set(v) { log.push('trap'); }, configurable: true });
const r2 = { ...{trap: 5} };
console.log(r2.trap, log);
delete Object.prototype.trap;
