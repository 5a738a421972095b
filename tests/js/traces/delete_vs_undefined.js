// delete of a property that is not the last one added sends the object to
// dictionary mode; assigning undefined keeps the shape; deleting the last
// property steps back to the parent shape.
function make() {
  return { a: 1, b: 2, c: 3 };
}
const d = make();
delete d.a;                 // not last: dictionary mode
const u = make();
u.a = undefined;            // smi -> tagged, in place: same shape
const l = make();
delete l.c;                 // last: back to the parent shape
console.log(Object.keys(d).join(','), Object.keys(u).join(','), Object.keys(l).join(','));
