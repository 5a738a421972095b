// Arrays convert to strings through join.
console.log(String([1, [2, [3, [4]]]]), [] + '', [null] + '', [undefined, null] + '');
console.log('' + [1, 2], `${[3, 4]}`, [1] == 1, [1, 2] == '1,2');
const a = [1, 2];
a.join = function () { return 'custom join'; };
console.log(String(a));
