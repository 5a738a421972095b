// elisions still step the iterator
function* gen() { for (let i = 0; i < 5; i++) { console.log('yield', i); yield i; } }
const [, , third] = gen();
console.log('third', third);
