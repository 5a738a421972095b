// Array callback methods run as builtin continuations in the interpreter
// (runtime/builtins.h): every kind, every sort of callback, exceptions,
// stack traces, nesting, setters, Wide calls, mutation and array-likes.
var a = [1, 2, 3, , 5];
console.log(a.map(function (x, i, o) { return x * 2 + i + (o === a ? 0 : 100); }));
console.log(a.filter(function (x) { return x & 1; }), a.some(function (x) { return x > 4; }),
            a.every(function (x) { return x > 0; }));
console.log(a.find(function (x) { return x === undefined; }), a.findIndex(function (x) { return x === undefined; }),
            a.findLast(function (x) { return x < 3; }), a.findLastIndex(function (x) { return x < 3; }));
console.log(a.reduce(function (s, x) { return s + x; }), a.reduceRight(function (s, x) { return s + '' + x; }),
            [].reduce(function (s) { return s; }, 7));
try { [].reduce(function (s) { return s; }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [, ,].reduceRight(function (s) { return s; }); } catch (e) { console.log(e.name + ': ' + e.message); }

// thisArg, strict and sloppy.
var o = { n: 0 };
a.forEach(function (x) { this.n += x; }, o);
console.log(o.n);
console.log([1, 2].map(function () { return this; }, 'str'));
console.log([1].map(function () { 'use strict'; return typeof this; }), [1].map(function () { return typeof this; }));

// Callbacks of every kind: builtins, bound functions, arrows, generators,
// async functions, class constructors (a TypeError).
console.log([1, 4, 9].map(Math.sqrt), [1, 2, 3].map(String), [1, 2].map(function () { return this; }.bind(5)));
console.log(['1', '2', '3'].map(parseInt), [3, 1, 2].map(function (x) { return [x].concat([x]); }).length);
console.log([1, 2, 3].map(function* (x) { yield x * 10; }).map(function (g) { return g.next().value; }));
try { [1].map(class A {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { a.forEach(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.map.call(null, function () {}); } catch (e) { console.log(e.name + ': ' + e.message); }
Promise.all([1, 2].map(async function (x) { await null; return x * 3; })).then(function (v) { console.log('async', v); });

// Exceptions: out of a callback, through nested continuations, caught
// inside a callback, and the stack through the builtin.
try {
  a.forEach(function (x) { if (x === 3) throw new Error('boom ' + x); });
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n').slice(0, 4).map(function (l) { return l.split('/').pop(); }).join('\n'));
}
try {
  [[1, 2], [3, 4]].forEach(function (row) { row.map(function (x) { if (x === 4) throw x; return x; }); });
} catch (e) { console.log('caught', e); }
console.log([1, 2, 3].map(function (x) { try { if (x === 2) throw x; return x; } catch (e) { return -e; } }));

// Nested continuations, and recursion through them.
console.log([[1, 2], [3], []].map(function (r) { return r.reduce(function (s, x) { return s + x; }, 0); }));
function depth(n) { return n === 0 ? 0 : [n].map(function (x) { return depth(x - 1); })[0] + 1; }
console.log(depth(200));
try { (function r() { [1].forEach(r); })(); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log([1, 2, 3].map(function (x) { return x + 1; }));  // works on after the overflow

// A setter and a getter that are continuation builtins: the assignment's
// value is the value stored.
var arr = [10, 20];
Object.defineProperty(arr, 'each', { set: Array.prototype.forEach, get: Array.prototype.toString });
var seen = [];
var stored = (arr.each = function (x, i) { seen.push(x + i); return 'ignored'; });
console.log(seen, typeof stored, arr.each);

// A call with Wide operands (more than 128 registers in the caller).
function wide() {
  var v0 = 0; var v1 = 1; var v2 = 2; var v3 = 3; var v4 = 4; var v5 = 5; var v6 = 6; var v7 = 7; var v8 = 8; var v9 = 9; var v10 = 10; var v11 = 11; var v12 = 12; var v13 = 13; var v14 = 14; var v15 = 15; var v16 = 16; var v17 = 17; var v18 = 18; var v19 = 19; var v20 = 20; var v21 = 21; var v22 = 22; var v23 = 23; var v24 = 24; var v25 = 25; var v26 = 26; var v27 = 27; var v28 = 28; var v29 = 29; var v30 = 30; var v31 = 31; var v32 = 32; var v33 = 33; var v34 = 34; var v35 = 35; var v36 = 36; var v37 = 37; var v38 = 38; var v39 = 39; var v40 = 40; var v41 = 41; var v42 = 42; var v43 = 43; var v44 = 44; var v45 = 45; var v46 = 46; var v47 = 47; var v48 = 48; var v49 = 49; var v50 = 50; var v51 = 51; var v52 = 52; var v53 = 53; var v54 = 54; var v55 = 55; var v56 = 56; var v57 = 57; var v58 = 58; var v59 = 59; var v60 = 60; var v61 = 61; var v62 = 62; var v63 = 63; var v64 = 64; var v65 = 65; var v66 = 66; var v67 = 67; var v68 = 68; var v69 = 69; var v70 = 70; var v71 = 71; var v72 = 72; var v73 = 73; var v74 = 74; var v75 = 75; var v76 = 76; var v77 = 77; var v78 = 78; var v79 = 79; var v80 = 80; var v81 = 81; var v82 = 82; var v83 = 83; var v84 = 84; var v85 = 85; var v86 = 86; var v87 = 87; var v88 = 88; var v89 = 89; var v90 = 90; var v91 = 91; var v92 = 92; var v93 = 93; var v94 = 94; var v95 = 95; var v96 = 96; var v97 = 97; var v98 = 98; var v99 = 99; var v100 = 100; var v101 = 101; var v102 = 102; var v103 = 103; var v104 = 104; var v105 = 105; var v106 = 106; var v107 = 107; var v108 = 108; var v109 = 109; var v110 = 110; var v111 = 111; var v112 = 112; var v113 = 113; var v114 = 114; var v115 = 115; var v116 = 116; var v117 = 117; var v118 = 118; var v119 = 119; var v120 = 120; var v121 = 121; var v122 = 122; var v123 = 123; var v124 = 124; var v125 = 125; var v126 = 126; var v127 = 127; var v128 = 128; var v129 = 129; var v130 = 130; var v131 = 131; var v132 = 132; var v133 = 133; var v134 = 134; var v135 = 135; var v136 = 136; var v137 = 137; var v138 = 138; var v139 = 139;
  return [v1, v139].map(function (x) { return x * 2; }).concat(v138);
}
console.log(wide());

// The array changing under the loop: shrinking, growing, holes punched,
// elements on the prototype chain.
var b = [1, 2, 3, 4];
b.forEach(function (x, i) { if (i === 0) { b.push(9); b.length = 3; } console.log('visit', i, x); });
var c = [1, 2, 3, 4];
console.log(c.map(function (x, i) { if (i === 0) delete c[2]; return x; }));
var d = [1, , 3];
Array.prototype[1] = 'proto';
console.log(d.map(function (x) { return x; }), d.filter(function () { return true; }));
delete Array.prototype[1];
console.log(d.map(function (x) { return x; }));

// Array-likes: getters (one throws), a length past int32, strings.
var like = { length: 3, 0: 'a', get 1() { return 'g'; }, 2: 'c' };
console.log(Array.prototype.map.call(like, function (x) { return x + x; }));
var bad = { length: 2, get 0() { throw new TypeError('getter'); } };
try { Array.prototype.forEach.call(bad, function () {}); } catch (e) { console.log(e.message); }
var huge = { length: Math.pow(2, 32) + 5 };
huge[Math.pow(2, 32) + 4] = 'last';
console.log(Array.prototype.findLast.call(huge, function (x) { return x === 'last'; }),
            Array.prototype.findLastIndex.call(huge, function (x) { return x === 'last'; }));
console.log(Array.prototype.map.call('abc', function (ch) { return ch.toUpperCase(); }));

// A hot callback (tiers up, and OSRs in its own loop under the JIT).
var total = 0;
for (var round = 0; round < 30; round++) {
  [1, 2, 3].forEach(function (x) { var t = 0; for (var j = 0; j < 300; j++) t += x; total += t; });
}
console.log(total);
