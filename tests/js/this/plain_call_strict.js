'use strict';
// A plain call of a strict function gets undefined as this.
function strict() { return this; }
console.log(strict());
const o = { m: strict };
const m = o.m;
console.log(m(), o.m() === o);
function readName() { return this.name; }
try {
  readName();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
