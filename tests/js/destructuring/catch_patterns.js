// catch clauses bind object and array patterns
try { throw {code: 42, detail: {msg: 'bad'}}; } catch ({code, detail: {msg}}) { console.log(code, msg); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
try { throw new Error('boom'); } catch ({message, name}) { console.log(name, message); }
try { throw {}; } catch ({missing = 'default'}) { console.log(missing); }
