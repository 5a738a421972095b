// Extra arguments reach the callbacks; `this` is the Timeout / Immediate
// object; the returned objects have node's methods.
// The timers start from the immediate, so nothing races.
setImmediate(function (a) {
  console.log('immediate args', a, this.constructor.name, typeof this.hasRef);
  setTimeout(function (a, b, c) {
    console.log('timeout args', a, b, c, this.constructor.name, typeof this.refresh);
  }, 1, 'x', 2, [3]);
  const iv = setInterval((a) => { console.log('interval arg', a); clearInterval(iv); }, 1, 'z');
}, 'y');
const t = setTimeout(() => {}, 1);
console.log(['ref', 'unref', 'hasRef', 'refresh', 'close'].map((k) => typeof t[k]).join(' '));
console.log(typeof t[Symbol.toPrimitive], t.close() === t);
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, typeof timers.clearImmediate, require('node:timers') === timers);
