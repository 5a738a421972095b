// An Error rejection nobody handles: after the microtask checkpoint node
// raises it as an uncaught exception (source line of the error's creation,
// then its stack) and exits with status 1. Output printed before stays.
// Exit: 1
function fail() {
  return Promise.reject(new Error('nobody catches this'));
}
fail();
console.log('script still finishes');
Promise.resolve().then(() => console.log('microtasks still run first'));
