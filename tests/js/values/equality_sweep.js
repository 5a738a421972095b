// == and === over a grid of values; one row per left operand.
const vals = [0, -0, 1, '1', '', '0', null, undefined, NaN, true, false, [], [0], 'a'];
const names = ['0', '-0', '1', "'1'", "''", "'0'", 'null', 'undef', 'NaN', 'true', 'false',
  '[]', '[0]', "'a'"];
for (let i = 0; i < vals.length; i++) {
  let loose = '';
  let strict = '';
  for (let j = 0; j < vals.length; j++) {
    loose += vals[i] == vals[j] ? '1' : '.';
    strict += vals[i] === vals[j] ? '1' : '.';
  }
  console.log(names[i], loose, strict);
}
