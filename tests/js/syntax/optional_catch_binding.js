// catch without a binding
function parse(s) { try { return JSON.parse(s); } catch { return 'invalid'; } }
console.log(parse('{"a":1}'), parse('{'));
try { throw 1; } catch { console.log('caught'); } finally { console.log('finally'); }
