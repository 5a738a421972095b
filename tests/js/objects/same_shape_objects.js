// Objects built in the same order and in different orders all read correctly
// (shapes shared or split must not mix up field offsets).
function xy(x, y) { return { x, y }; }
function yx(x, y) { const o = {}; o.y = y; o.x = x; return o; }
const list = [xy(1, 2), yx(3, 4), xy(5, 6), yx(7, 8)];
let out = '';
for (let i = 0; i < list.length; i++) out += list[i].x + ':' + list[i].y + ' ';
console.log(out);
console.log(Object.keys(list[0]), Object.keys(list[1]));
list[2].z = 'extra';
console.log(list[0], list[2]);
