// patterns initialize in order; a default reading a later binding hits the TDZ
try { const {a = b, b} = {}; } catch (e) { console.log(e.name + ': ' + e.message); }
try { let [x = y, y] = []; } catch (e) { console.log(e.name + ': ' + e.message); }
const {p, q = p} = {p: 'ok'};
console.log(q);
