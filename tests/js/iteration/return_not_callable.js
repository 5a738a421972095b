// a non-callable return property is a TypeError on break
const it = { [Symbol.iterator]() { return { next() { return {value: 1, done: false}; }, return: 5 }; } };
try { for (const x of it) break; } catch (e) { console.log(e.name); }
const nullish = { [Symbol.iterator]() { return { next() { return {value: 1, done: false}; }, return: null }; } };
for (const x of nullish) break;
console.log('null return is skipped');
