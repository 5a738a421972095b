// node's argument errors: a non-function callback is a TypeError with code
// ERR_INVALID_ARG_TYPE; odd delays (NaN, negative, strings, huge) become
// 1 ms and the timer still runs.
for (const bad of [undefined, 5, 'x', {}, null, [1]]) {
  try { setTimeout(bad); } catch (e) { console.log('setTimeout', e.name, e.code, e.message); }
}
try { setInterval(); } catch (e) { console.log('setInterval', e.name, e.code, e.message); }
try { setImmediate('f'); } catch (e) { console.log('setImmediate', e.name, e.code, e.message); }
try { setTimeout(function named() {}, Symbol()); } catch (e) { console.log(e.name, e.message); }
const order = [];
for (const delay of [NaN, -5, '2', undefined, 0.5, '']) {
  setTimeout(() => order.push(String(delay)), delay);
}
setTimeout(() => console.log('odd delays all ran:', order.length), 30);
