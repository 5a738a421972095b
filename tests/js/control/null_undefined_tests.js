// Tests against null and undefined in conditions (if, loops, ternaries,
// logical operators, negation): the generator jumps on the value itself.
const vals = [null, undefined, 0, '', false, {}, NaN];
const out = [];
for (const v of vals) {
  let r = '';
  if (v === null) r += 'a'; else r += 'A';
  if (v !== null) r += 'b'; else r += 'B';
  if (v === undefined) r += 'c'; else r += 'C';
  if (v !== undefined) r += 'd'; else r += 'D';
  if (v == null) r += 'e'; else r += 'E';
  if (v != null) r += 'f'; else r += 'F';
  if (v == undefined) r += 'g'; else r += 'G';
  if (v != undefined) r += 'h'; else r += 'H';
  r += (v === null && v !== undefined) ? 'i' : 'I';
  r += (v !== null || v == undefined) ? 'j' : 'J';
  r += !(v != null) ? 'k' : 'K';
  let n = 0; while (n < 3 && v !== null) n++; r += n;
  let m = 0; do { m++; } while (m < 2 && v == null); r += m;
  r += [1,2].filter(() => v === undefined).length;
  out.push(r);
}
console.log(out.join('\n'));
