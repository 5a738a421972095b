// A rejection that gets its handler later in the same microtask
// checkpoint is not reported (the tracker's "handle" operation removes it);
// nor is one handled through a derived promise.
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('handled late:', e.message));
});
const q = Promise.reject(new Error('derived'));
q.then(() => {}).catch((e) => console.log('handled via derived promise:', e.message));
async function f() { throw new Error('async'); }
f().catch((e) => console.log('async rejection handled:', e.message));
