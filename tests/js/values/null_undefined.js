// null and undefined: equality, arithmetic and conversion.
console.log(null == undefined, null === undefined);
console.log(null == 0, undefined == 0, null == false, undefined == '');
console.log(null + 1, undefined + 1, null * 5, undefined * 5);
console.log(String(null), String(undefined), null + '', undefined + '');
console.log(null >= 0, null > 0, null <= 0, undefined >= 0);
console.log(void 0 === undefined, typeof void 0);
let u;
console.log(u, [u], [null]);
function f() {}
console.log(f(), (function () { return; })());
