// An async function that throws with nobody awaiting or catching it: the
// rejection is reported as node reports an uncaught exception, exit 1.
// Exit: 1
async function load(name) {
  await null;
  throw new TypeError(`cannot load ${name}`);
}
load('config');
console.log('before the checkpoint');
