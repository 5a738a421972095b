// typeof of every kind of value.
console.log(typeof 1, typeof 1.5, typeof NaN, typeof -0);
console.log(typeof 'a', typeof '');
console.log(typeof true, typeof false);
console.log(typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof class {}, typeof Symbol(), typeof Symbol.iterator);
console.log(typeof Math, typeof JSON, typeof console.log, typeof Object);
console.log(typeof undeclaredVariable, typeof typeof 1);
console.log(typeof new Number(1), typeof Number(1));
