// a throw from the loop body closes the iterator; the body error wins over return() errors
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

try { for (const x of counter(5, 'throw')) throw new Error('body'); } catch (e) { console.log(e.message); }
const bad = { [Symbol.iterator]() { return { next() { return {value: 1, done: false}; }, return() { throw new Error('from return'); } }; } };
try { for (const x of bad) throw new Error('body wins'); } catch (e) { console.log(e.message); }
try { for (const x of bad) break; } catch (e) { console.log(e.message); }
