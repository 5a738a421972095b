// Closures at several depths share and mutate the same captured variables
// (context-allocated), and each call of the outer function gets new ones.
function counterFactory(start) {
  let count = start;
  let history = [];
  function level1() {
    function level2() {
      function level3(step) {
        count += step;
        history.push(count);
        return count;
      }
      return level3;
    }
    return level2();
  }
  const add = level1();
  const read = () => count;
  const reset = () => { count = start; history = []; };
  const log = () => history.join(',');
  return { add, read, reset, log };
}
const a = counterFactory(0);
const b = counterFactory(100);
a.add(1); a.add(2); b.add(5);
console.log(a.read(), b.read(), a.log(), b.log());
a.reset();
a.add(10);
console.log(a.read(), a.log(), b.read());
