// destructuring sparse arrays reads holes as undefined
const [a = 'A', b = 'B', c = 'C'] = [, 2, ,];
console.log(a, b, c);
const {0: zero, 2: two = 'def'} = [10, , ];
console.log(zero, two);
