// A regular-expression literal parses (and is validated) but evaluating it is a
// TypeError naming RegExp; code that never reaches it runs.
function never() { return /a+b/g; }
console.log('before');
try { never(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.replace(/b/, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('after');
