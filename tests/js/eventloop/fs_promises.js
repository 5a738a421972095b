// fs.promises (also require('fs/promises')): readFile/writeFile/unlink on
// the thread pool, settled on the loop thread; errors and bad arguments
// reject (never throw), as node's async functions do; awaited in order.
const fs = require('fs');
const fsp = require('fs/promises');
const file = 'fs_promises.' + process.pid + '.tmp.txt';
const named = (text) => String(text).split(file).join('FILE');
console.log(fs.promises === fsp, typeof fsp.readFile, typeof fsp.writeFile, typeof fsp.unlink);
async function main() {
  console.log('write', await fsp.writeFile(file, 'promised text'));
  console.log('read', await fsp.readFile(file, 'utf8'));
  const bytes = await fsp.readFile(file);
  console.log('bytes', bytes.length, bytes.toString('latin1'));
  console.log('unlink', await fsp.unlink(file), fs.existsSync(file));
  try { await fsp.readFile(file); } catch (e) { console.log(named(e.message), e.code, e.syscall); }
  const p = fsp.readFile();
  console.log('bad argument gives a promise:', p instanceof Promise);
  try { await p; } catch (e) { console.log(e.name, e.code); }
  const [a, b] = await Promise.allSettled([fsp.unlink(file), Promise.resolve('other')]);
  console.log(a.status, a.reason.code, b.status, b.value);
}
main().then(() => console.log('done'));
console.log('sync part done');
