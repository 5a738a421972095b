// if / else if / else chains, with and without braces, and dangling else.
function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) { return 'small'; }
  else return 'large';
}
console.log(classify(-5), classify(0), classify(5), classify(50));
let r = '';
if (true) if (false) r = 'inner'; else r = 'dangling else binds inner';
console.log(r);
if (0) console.log('never'); else console.log('else branch');
if ('') {} else if (null) {} else { console.log('all falsy'); }
