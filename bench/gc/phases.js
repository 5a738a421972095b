// GC pause per phase against its own quantity (bench/gc/run reads the
// --trace-gc-nvp lines). Arguments: <kind> <size>:
//   scavenge N   N thousand young objects alive at gc({type:'minor'}) beside
//                a fixed amount of garbage
//   mark N       N thousand old objects alive at gc(), fixed garbage
//   evacuate N   N thousand objects kept on pages that are 90% garbage, so
//                the compactor moves them
//   sweep N      N thousand dead old objects (about N/16 pages) to sweep
const kind = ARGS[0];
const size = Number(ARGS[1]) * 1000;
function garbage(count) {
  let g = null;
  for (let i = 0; i < count; i++) g = { i, g: i & 7 ? null : g };
  return g ? 1 : 0;
}
function objects(count) {
  const list = new Array(count);
  for (let i = 0; i < count; i++) list[i] = { a: i, b: null, c: null };
  return list;
}
let keep;
switch (kind) {
  case 'scavenge':
    gc();
    keep = objects(size);
    garbage(20000);
    gc({ type: 'minor' });
    break;
  case 'mark':
    keep = objects(size);
    gc(); gc();  // promoted: the measured full GC marks them in old space
    garbage(20000);
    gc();
    break;
  case 'evacuate': {
    const all = objects(size * 10);
    gc(); gc();
    keep = all.filter((_, i) => i % 10 === 0);
    all.length = 0;
    gc();  // the sparse pages are evacuation candidates
    break;
  }
  case 'sweep': {
    let dead = objects(size);
    gc(); gc();
    dead = null;
    gc();
    break;
  }
  default:
    throw new Error('kind: scavenge|mark|evacuate|sweep');
}
console.log(kind, size, keep ? keep.length : 0);
