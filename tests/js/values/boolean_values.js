// Booleans in arithmetic, comparison and string contexts.
console.log(true + true, true + 1, false - 1, true * 10);
console.log(true == 1, true === 1, false == 0, true == 2, true == '1');
console.log(String(true), false + '', 'x' + true);
console.log(true > false, true < 2);
console.log(!true, !false, !!true);
console.log([true, false]);
