// join: default separator ",", null and undefined become "", nested arrays join with ",".
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' + '));
console.log([null, undefined, 1].join('-'), [[1, 2], [3]].join(';'));
console.log([].join(), [undefined].join(), [1].join(undefined), [1, 2].join(null));
console.log(['a'].join('x'), [true, {}, 'str', 1.5].join('|'));
const big = [];
for (let i = 0; i < 20; i++) big.push(i);
console.log(big.join(''));
// Cyclic arrays: the inner reference joins as empty.
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join('/'), String(cyc));
