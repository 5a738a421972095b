// logical assignment does not call the setter when it short-circuits
const log = [];
const o = { get v() { log.push('get'); return 1; }, set v(x) { log.push('set ' + x); } };
o.v ||= 5; o.v &&= 6; o.v ??= 7;
console.log(log.join(', '));
const frozen = Object.freeze({k: 1});
frozen.k ||= 2;
console.log(frozen.k);
