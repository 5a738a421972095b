// A return, throw, break or continue in finally replaces the completion of try/catch.
function returnOverridesReturn() { try { return 'try'; } finally { return 'finally'; } }
function returnOverridesThrow() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
function throwOverridesReturn() { try { return 'lost'; } finally { throw new Error('finally throw'); } }
function catchReturnOverridden() { try { throw 1; } catch (e) { return 'catch'; } finally { return 'finally'; } }
function finallyWithoutReturn() { try { return 'try value'; } finally { 'no return here'; } }
console.log(returnOverridesReturn(), returnOverridesThrow(), catchReturnOverridden(), finallyWithoutReturn());
try {
  throwOverridesReturn();
} catch (e) {
  console.log(e.message);
}
function breakOverrides() {
  for (;;) {
    try { return 'try'; } finally { break; }
  }
  return 'after loop';
}
console.log(breakOverrides());
function continueOverrides() {
  let i = 0;
  while (i < 3) {
    i++;
    try { throw new Error('swallowed'); } finally { continue; }
  }
  return 'done ' + i;
}
console.log(continueOverrides());
// The returned value is computed before finally runs.
function valueCapturedBeforeFinally() {
  let x = 'before';
  try { return x; } finally { x = 'after'; }
}
console.log(valueCapturedBeforeFinally());
