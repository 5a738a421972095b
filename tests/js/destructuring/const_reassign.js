// assigning to a const through a pattern throws
const c = 1;
try { [c] = [2]; } catch (e) { console.log(e.name + ': ' + e.message); }
try { ({c} = {c: 3}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(c);
