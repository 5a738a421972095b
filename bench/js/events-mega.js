// events-mega.js: an event bus with twelve kinds of event. Each kind has its
// own constructor, with its own fields in its own order, and all of them
// carry the common fields type, time, size and seen. One dispatch loop
// handles every event: it loads time and size, stores seen (a megamorphic
// store) and calls the event's own weight() method (a megamorphic method
// load), so those sites see twelve shapes, more than a polymorphic inline
// cache holds. Listeners, small objects of one shape, keep per-kind tallies.
// Covers: megamorphic named loads and stores, a megamorphic method call
// site, a stub-cache-sized working set of (shape, name) pairs.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var KINDS = 12;
var MOD = 1000000007;

function Click(t, a, b) { this.type = 0; this.x = a; this.y = b; this.button = a & 1; this.time = t; this.size = 16; this.seen = 0; }
Click.prototype.weight = function () { return this.x + this.y + this.button; };
function Key(t, a, b) { this.code = a & 127; this.type = 1; this.time = t; this.shift = b & 1; this.size = 8; this.seen = 0; }
Key.prototype.weight = function () { return this.code * 2 + this.shift; };
function Scroll(t, a, b) { this.time = t; this.type = 2; this.dx = a & 15; this.dy = b & 15; this.seen = 0; this.size = 12; }
Scroll.prototype.weight = function () { return this.dx * this.dy; };
function Resize(t, a, b) { this.width = a; this.height = b; this.time = t; this.size = 24; this.type = 3; this.seen = 0; }
Resize.prototype.weight = function () { return (this.width ^ this.height) & 1023; };
function Focus(t, a) { this.seen = 0; this.type = 4; this.target = a & 63; this.time = t; this.size = 4; }
Focus.prototype.weight = function () { return this.target; };
function Blur(t, a) { this.target = a & 63; this.previous = (a >> 6) & 63; this.size = 4; this.seen = 0; this.time = t; this.type = 5; }
Blur.prototype.weight = function () { return this.target + this.previous; };
function Load(t, a, b) { this.type = 6; this.url = a; this.bytes = b; this.status = 200; this.time = t; this.seen = 0; this.size = 64; }
Load.prototype.weight = function () { return (this.bytes >> 4) + this.status; };
function Fault(t, a) { this.type = 7; this.time = t; this.level = a & 3; this.seen = 0; this.code = a & 255; this.size = 32; this.fatal = false; }
Fault.prototype.weight = function () { return this.level * 100 + this.code; };
function Timer(t, a) { this.id = a; this.delay = a & 511; this.repeat = true; this.type = 8; this.size = 8; this.time = t; this.seen = 0; }
Timer.prototype.weight = function () { return this.delay; };
function Network(t, a, b) { this.time = t; this.seen = 0; this.type = 9; this.sent = a & 4095; this.received = b & 4095; this.size = 48; }
Network.prototype.weight = function () { return this.sent - this.received; };
function Storage(t, a, b) { this.key = a & 255; this.oldValue = b & 255; this.newValue = a & 255; this.size = 40; this.time = t; this.seen = 0; this.type = 10; }
Storage.prototype.weight = function () { return this.newValue - this.oldValue + this.key; };
function Message(t, a, b) { this.size = 20 + (a & 7); this.port = b & 15; this.type = 11; this.data = a; this.time = t; this.origin = 3; this.seen = 0; }
Message.prototype.weight = function () { return this.port * 16 + (this.data & 15) + this.origin; };

function make(kind, t, a, b) {
  switch (kind) {
    case 0: return new Click(t, a, b);
    case 1: return new Key(t, a, b);
    case 2: return new Scroll(t, a, b);
    case 3: return new Resize(t, a, b);
    case 4: return new Focus(t, a);
    case 5: return new Blur(t, a);
    case 6: return new Load(t, a, b);
    case 7: return new Fault(t, a);
    case 8: return new Timer(t, a);
    case 9: return new Network(t, a, b);
    case 10: return new Storage(t, a, b);
    default: return new Message(t, a, b);
  }
}

function Listener(kind) {
  this.kind = kind;
  this.count = 0;
  this.weight = 0;
  this.bytes = 0;
  this.last = -1;
}

// The megamorphic sites: ev.time, ev.size, ev.seen, ev.type, ev.weight().
function dispatch(ev, listeners, now) {
  var l = listeners[ev.type];
  var age = now - ev.time;
  ev.seen = ev.seen + 1;
  l.count++;
  l.bytes += ev.size;
  l.weight = (l.weight + ev.weight() + (age & 7)) % MOD;
  l.last = ev.time;
  return ev.size;
}

function run(p) {
  var seed = 987654321;
  function rnd() {
    seed = (seed * 48271) % 2147483647;   // Park-Miller: exact in doubles
    return seed;
  }
  var listeners = [], k, i;
  for (k = 0; k < KINDS; k++) listeners.push(new Listener(k));

  // A ring of live events; each tick replaces some and dispatches all of them.
  var ring = [];
  for (i = 0; i < p.ring; i++) ring.push(make(rnd() % KINDS, 0, rnd(), rnd()));
  var bytes = 0, replaced = 0;
  for (var tick = 1; tick <= p.ticks; tick++) {
    for (i = 0; i < p.fresh; i++) {
      var at = rnd() % p.ring;
      ring[at] = make(rnd() % KINDS, tick, rnd(), rnd());
      replaced++;
    }
    for (i = 0; i < ring.length; i++) bytes = (bytes + dispatch(ring[i], listeners, tick)) % MOD;
  }

  var check = bytes, seen = 0;
  for (k = 0; k < KINDS; k++) {
    var l = listeners[k];
    check = (check * 31 + l.count + l.weight + l.bytes + l.last) % MOD;
  }
  for (i = 0; i < ring.length; i++) seen = (seen + ring[i].seen) % MOD;
  return check + ',' + seen + ',' + replaced;
}

var SIZES = {
  quick: { ring: 4096, ticks: 30, fresh: 200, expect: '910187119,65535,6000' },
  full: { ring: 4096, ticks: 600, fresh: 200, expect: '258019889,86148,120000' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'events-mega: OK ' + got : 'events-mega: FAIL expected ' + p.expect + ' got ' + got);
})();
