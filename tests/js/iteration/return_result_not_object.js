// return() must give an object on break; ignored on throw
const it = { [Symbol.iterator]() { return { next() { return {value: 1, done: false}; }, return() { return 42; } }; } };
try { for (const x of it) break; } catch (e) { console.log(e.name + ': ' + e.message); }
try { for (const x of it) throw new Error('body'); } catch (e) { console.log(e.message); }
