// particles.js: a 2-D particle simulation written with ES2015 classes. A Vec
// class with small methods (add, sub, scale, addTo, dot) that are called
// through the prototype on every step, a Body base class with two subclasses
// that override drag() and call super, and a World that steps them, pulls
// them toward an attractor that moves every 32 steps, springs neighbours together and bounces them off
// the walls. Fixed-point integer arithmetic (8 fractional bits), so every
// engine computes the same bits.
// Covers: class instances, prototype method calls (mostly monomorphic),
// super calls, short-lived Vec allocations, loads and stores of x/y fields.
// Duktape and MuJS, ES5 engines, cannot parse this one.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

const WORLD_SIZE = 1 << 20;        // positions are in [0, WORLD_SIZE)
const MOD = 1000000007;

class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y); }
  // k is a fraction of 256; >> floors, the same in every engine.
  scale(k) { return new Vec((this.x * k) >> 8, (this.y * k) >> 8); }
  addTo(o) {
    this.x += o.x;
    this.y += o.y;
    return this;
  }
  dot(o) { return this.x * o.x + this.y * o.y; }
  lengthSq() { return this.dot(this); }
  clampTo(limit) {
    if (this.x > limit) this.x = limit;
    else if (this.x < -limit) this.x = -limit;
    if (this.y > limit) this.y = limit;
    else if (this.y < -limit) this.y = -limit;
    return this;
  }
}

class Body {
  constructor(id, pos, vel) {
    this.id = id;
    this.pos = pos;
    this.vel = vel;
    this.bounces = 0;
  }
  drag() { return 250; }
  // One step: pull toward {centre}, add {extra}, apply drag, move, bounce.
  step(centre, extra) {
    const pull = centre.sub(this.pos).scale(1);
    this.vel.addTo(pull).addTo(extra);
    this.vel = this.vel.scale(this.drag()).clampTo(65536);
    this.pos.addTo(this.vel);
    this.bounce();
  }
  bounce() {
    const p = this.pos, v = this.vel;
    if (p.x < 0) { p.x = -p.x; v.x = -v.x; this.bounces++; }
    else if (p.x >= WORLD_SIZE) { p.x = 2 * WORLD_SIZE - 1 - p.x; v.x = -v.x; this.bounces++; }
    if (p.y < 0) { p.y = -p.y; v.y = -v.y; this.bounces++; }
    else if (p.y >= WORLD_SIZE) { p.y = 2 * WORLD_SIZE - 1 - p.y; v.y = -v.y; this.bounces++; }
  }
  energy() { return this.vel.lengthSq(); }
}

class Particle extends Body {
  constructor(id, pos, vel) {
    super(id, pos, vel);
    this.charge = id & 1 ? 1 : -1;
  }
}

class Heavy extends Body {
  constructor(id, pos, vel) {
    super(id, pos, vel);
    this.mass = 4;
  }
  drag() { return super.drag() + 4; }
  energy() { return super.energy() * this.mass; }
}

class World {
  constructor(n, seed) {
    this.seed = seed;
    this.bodies = [];
    this.centre = new Vec(WORLD_SIZE >> 1, WORLD_SIZE >> 1);
    this.gravity = new Vec(0, -24);
    for (let i = 0; i < n; i++) {
      const pos = new Vec(this.random() & (WORLD_SIZE - 1), this.random() & (WORLD_SIZE - 1));
      const vel = new Vec((this.random() & 2047) - 1024, (this.random() & 2047) - 1024);
      this.bodies.push(i % 5 === 0 ? new Heavy(i, pos, vel) : new Particle(i, pos, vel));
    }
  }
  random() {
    // xorshift32, kept non-negative
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x;
    return x >>> 1;
  }
  // A weak spring between each body and the next one in the array.
  spring(a, b) { return b.pos.sub(a.pos).scale(2); }
  // Every 32 steps the attractor jumps somewhere else; bodies overshoot it
  // and bounce off the walls.
  step(s) {
    if ((s & 31) === 0) {
      this.centre = new Vec(this.random() & (WORLD_SIZE - 1), this.random() & (WORLD_SIZE - 1));
    }
    const bodies = this.bodies, n = bodies.length;
    for (let i = 0; i < n; i++) {
      const b = bodies[i];
      const next = bodies[i + 1 < n ? i + 1 : 0];
      b.step(this.centre, this.spring(b, next).add(this.gravity));
    }
  }
  checksum() {
    let e = 0, pos = 0, bounces = 0;
    for (let i = 0; i < this.bodies.length; i++) {
      const b = this.bodies[i];
      e = (e + b.energy()) % MOD;
      pos = (pos * 31 + b.pos.x + 3 * b.pos.y) % MOD;
      bounces += b.bounces;
    }
    return e + ',' + pos + ',' + bounces;
  }
}

function run(p) {
  const world = new World(p.n, 2463534242);
  for (let s = 0; s < p.steps; s++) world.step(s);
  return world.checksum();
}

const SIZES = {
  quick: { n: 1000, steps: 50, expect: '438354687,898017154,1003' },
  full: { n: 1000, steps: 1000, expect: '435696684,99517228,41571' }
};
(function () {
  const p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'particles: OK ' + got : 'particles: FAIL expected ' + p.expect + ' got ' + got);
})();
