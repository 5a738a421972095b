// for-of over non-iterables names the value
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
const obj = {};
t(() => { for (const x of obj) {} });
t(() => { for (const x of 5) {} });
t(() => { for (const x of undefined) {} });
t(() => { for (const x of {[Symbol.iterator]() { return 1; }}) {} });
t(() => { for (const x of {[Symbol.iterator]() { return {next() { return 5; }}; }}) {} });
