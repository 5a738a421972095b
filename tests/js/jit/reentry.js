// Flags: --allow-natives-syntax
// Builtins call back into compiled code, which throws or returns: the
// exception crosses the builtin's frame and is caught in compiled code.
function cb(x) { if (x === 3) throw new Error('three'); return x * 2; }
function useMap(a) { try { return a.map(cb); } catch (e) { return 'map threw ' + e.message; } }
%CompileBaseline(cb);
%CompileBaseline(useMap);
console.log(useMap([1, 2]), useMap([1, 2, 3, 4]));
function cmp(a, b) { return a - b; }
%CompileBaseline(cmp);
console.log([5, 3, 9, 1, 7].sort(cmp).join());
function badCmp(a, b) { if (a === 9 || b === 9) throw new RangeError('nine'); return a - b; }
%CompileBaseline(badCmp);
try { [5, 3, 9, 1].sort(badCmp); } catch (e) { console.log(e.name, e.message); }
// Getters and setters compiled, called from compiled and interpreted code.
const o = {
  v: 1,
  get double() { return this.v * 2; },
  set double(x) { if (x < 0) throw new Error('negative'); this.v = x / 2; },
};
function readWrite(obj, x) { obj.double = x; return obj.double; }
%CompileBaseline(readWrite);
console.log(readWrite(o, 10), o.v);
try { readWrite(o, -1); } catch (e) { console.log('setter threw', e.message, o.v); }
// JSON.stringify calling toJSON, reduce and forEach with compiled callbacks.
function toJSON() { return { kind: 'point', sum: this.x + this.y }; }
%CompileBaseline(toJSON);
console.log(JSON.stringify({ p: { x: 1, y: 2, toJSON } }));
function add(acc, x) { return acc + x; }
%CompileBaseline(add);
console.log([1, 2, 3, 4].reduce(add, 10));
let seen = 0;
[1, 2, 3].forEach(function (x) { seen += x; });
console.log(seen);
