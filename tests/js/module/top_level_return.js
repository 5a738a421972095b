// A return statement at the top level of a module ends it early.
console.log('before return');
if (true) return;
console.log('never printed');
