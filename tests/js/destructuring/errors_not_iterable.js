// array destructuring of non-iterables
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
t(() => { const [a] = null; });
t(() => { const [a] = 5; });
t(() => { const [a] = {[Symbol.iterator]() { return 1; }}; });
t(() => { const [a] = {[Symbol.iterator]() { return {}; }}; });
t(() => { const [a] = {[Symbol.iterator]() { return {next() { return 1; }}; }}; });
