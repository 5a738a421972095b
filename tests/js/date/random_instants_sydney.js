// Env: TZ=Australia/Sydney
// The same random walk in a southern-hemisphere zone (DST from October to
// April, a half-hour of local mean time in the past).
let seed = 4242;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const out = [];
for (let i = 0; i < 200; i++) {
  const r = rnd();
  let t;
  if (r < 0.3) t = Math.floor((rnd() - 0.5) * 2 * 8.64e15);
  else if (r < 0.7) t = Math.floor((rnd() * 200 - 100) * 365.25 * 86400000);
  else t = Math.floor(rnd() * 80 * 365.25 * 86400000);
  const d = new Date(t);
  out.push([t, d.toString(), d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.toUTCString(), d.toISOString(), d.toLocaleTimeString()].join('|'));
  const y = Math.floor(rnd() * 400) + 1800, mo = Math.floor(rnd() * 14) - 1, da = Math.floor(rnd() * 33), h = Math.floor(rnd() * 26), mi = Math.floor(rnd() * 62);
  const e = new Date(y, mo, da, h, mi);
  out.push([y, mo, da, h, mi, e.getTime(), Date.parse(e.toString()), Date.parse(e.toUTCString())].join('|'));
  const f = new Date(t); f.setHours(h, mi); f.setMonth(mo, da);
  out.push(f.getTime());
}
console.log(out.join('\n'));
