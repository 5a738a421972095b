// process: hrtime (and its difference form), memoryUsage (heapUsed and
// heapTotal from Lucid's heap, rss from /proc), argv, env, stdout.write,
// nextTick arguments, listener bookkeeping.
const hr = process.hrtime();
const diff = process.hrtime(hr);
console.log(hr.length, Number.isInteger(hr[0]), diff[0] === 0, diff[1] >= 0 && diff[1] < 1e9);
try { process.hrtime([1]); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.hrtime(5); } catch (e) { console.log(e.name, e.code, e.message); }
const m = process.memoryUsage();
console.log(Object.keys(m), m.heapUsed > 0 && m.heapUsed <= m.heapTotal, m.rss > 0);
const before = process.memoryUsage().heapUsed;
const keep = [];
for (let i = 0; i < 2000; i++) keep.push({ i });
console.log('heapUsed grew:', process.memoryUsage().heapUsed > before, keep.length);
console.log(process.argv.length, process.argv[1].endsWith('process_basics.js'), typeof process.env.PATH);
console.log(typeof process.pid, process.platform, typeof process.cwd(), process.uptime() >= 0);
console.log(process.stdout.write('written\n'));
process.nextTick((a, b, c) => console.log('tick args', a, b, c), 1, 'two', [3]);
const f = () => console.log('never');
process.on('exit', f);
console.log(process.listenerCount('exit'));
process.removeListener('exit', f);
console.log(process.listenerCount('exit'), process.emit('nothing'), typeof process.exit);
try { process.nextTick(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.exit('x'); } catch (e) { console.log(e.name, e.code, e.message); }
