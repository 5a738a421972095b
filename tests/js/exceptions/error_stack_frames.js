// Stack frames show function names, file, line and column (paths normalized by the runner).
function alpha() { throw new Error('trace me'); }
function beta() { alpha(); }
const obj = { method() { beta(); } };
try {
  obj.method();
} catch (e) {
  const lines = e.stack.split('\n');
  for (let i = 0; i < 4; i++) console.log(lines[i]);
}
