// patterns in parameters, with defaults for the whole parameter and per property
function f({a, b = 2} = {}, [c, d = 4] = [], ...[e, f2]) { return [a, b, c, d, e, f2]; }
console.log(f());
console.log(f({a: 1}, [3], 5, 6));
const arrow = ({name}, [first]) => name + first;
console.log(arrow({name: 'n'}, 'xyz'));
console.log(f.length, arrow.length);
