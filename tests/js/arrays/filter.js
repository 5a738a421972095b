// filter keeps elements whose callback result is truthy.
const nums = [1, 2, 3, 4, 5, 6];
console.log(nums.filter(n => n % 2 === 0), nums.filter(() => false), nums.filter(() => 1));
console.log([0, 1, '', 'a', null, {}, NaN].filter(x => x));
console.log([1, , 3].filter(() => true).length);
console.log([3, 1, 2].filter((v, i, arr) => arr.indexOf(v) === i && i > 0));
try {
  [1].filter();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
