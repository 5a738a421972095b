// A pipeline of array methods.
const words = 'the quick brown fox jumps over the lazy dog'.split(' ');
const result = words
  .filter(w => w.length > 3)
  .map(w => w.toUpperCase())
  .concat(['END'])
  .slice(1)
  .join(' ');
console.log(result);
const counts = words.reduce((acc, w) => { acc[w] = (acc[w] || 0) + 1; return acc; }, {});
console.log(counts);
console.log(words.map(w => w.length).filter(n => n % 2).reduce((a, b) => a * b));
