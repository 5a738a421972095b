// Reflect is a namespace of stand-ins: each method throws a TypeError naming itself.
console.log(typeof Reflect, Object.prototype.toString.call(Reflect));
for (const m of ['ownKeys', 'get', 'apply', 'construct', 'has']) {
  try { Reflect[m]({}, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
