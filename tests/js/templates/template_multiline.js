// Multi-line templates keep newlines and indentation; CRLF becomes LF.
const t = `line one
  line two
line three`;
console.log(t);
console.log(t.split('\n').length, t.indexOf('  line'));
const f = (a, b) => `
  a=${a}
  b=${b}
`;
console.log(JSON.stringify(f(1, 2)));
