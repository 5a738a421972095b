// a throw while assigning a destructured element closes the iterator
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

try { const [{p}] = counter(3, 'nested null'); } catch (e) { console.log(e.constructor.name); }
try { const [a = (() => { throw new Error('default threw'); })()] = counter(0, 'exhausted default'); } catch (e) { console.log(e.message); }
const obj = { set bad(v) { throw new Error('setter threw'); } };
try { [obj.bad] = counter(3, 'setter'); } catch (e) { console.log(e.message); }
