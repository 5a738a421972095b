// return inside finally overrides the completion of a for-of body
function* g() { try { yield 1; yield 2; } finally { console.log('gen finally'); } }
function f() {
  try {
    for (const x of g()) { return 'from loop ' + x; }
  } finally {
    return 'from finally';
  }
}
console.log(f());
function h() {
  for (const x of g()) {
    try { return 'try'; } finally { console.log('inner finally'); }
  }
}
console.log(h());
