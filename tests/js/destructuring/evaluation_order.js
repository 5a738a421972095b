// targets are evaluated before the value is read, left to right
const log = [];
const obj = { set a(v) { log.push('set a ' + v); }, set b(v) { log.push('set b ' + v); } };
function target() { log.push('target'); return obj; }
const src = { get x() { log.push('get x'); return 1; }, get y() { log.push('get y'); return 2; } };
({x: target().a, y: target().b} = src);
console.log(log.join('; '));
