// == coercion rules, one case per line of the Abstract Equality algorithm.
console.log(1 == '1', 0 == '', 0 == '0', '' == '0');
console.log(true == '1', false == '0', true == 'true');
console.log(null == undefined, null == 0, undefined == false);
console.log([1] == 1, [1] == '1', [1, 2] == '1,2', [] == false, [] == '');
console.log({} == '[object Object]', {} == {});
const o = { valueOf() { return 42; } };
console.log(o == 42, o == '42', o === 42);
const s = Symbol('s');
console.log(s == s, s == 's', Object(s) == s);
console.log(NaN == NaN, 'NaN' == NaN);
console.log(-0 == 0, '-0' == 0, ' \n' == 0);
