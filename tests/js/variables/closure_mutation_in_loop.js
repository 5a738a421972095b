// Closures created in one iteration share that iteration's binding, and a
// closure that mutates it is seen by its siblings.
const getters = [];
const setters = [];
for (let i = 0; i < 3; i++) {
  getters.push(() => i);
  setters.push(v => { i = v; });
}
setters[1](100);
console.log(getters.map(g => g()));
