// clearTimeout inside callbacks: a timer clears a later one, a timer
// clears another of the same list that is already due (it must not run),
// clearing oneself or an already-fired timer is harmless, and an
// immediate cleared by an earlier immediate of the same phase is skipped.
// The timers start from the last immediate, so the two parts never race.
let im2;
setImmediate(() => { console.log('immediate 1 clears immediate 2'); clearImmediate(im2); });
im2 = setImmediate(() => console.log('never: immediate 2'));
setImmediate(() => {
  console.log('immediate 3 starts the timers');
  const later = setTimeout(() => console.log('never: later'), 40);
  setTimeout(() => {
    console.log('clearing later');
    clearTimeout(later);
  }, 5);
  let second;
  const first = setTimeout(() => {
    console.log('first clears second (same list, both due)');
    clearTimeout(second);
    clearTimeout(first);
  }, 20);
  second = setTimeout(() => console.log('never: second'), 20);
  const fired = setTimeout(() => {
    console.log('fired');
    setTimeout(() => { clearTimeout(fired); console.log('cleared a fired timer: fine'); }, 1);
  }, 30);
});
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout('nothing');
clearImmediate(undefined);
clearImmediate({});
