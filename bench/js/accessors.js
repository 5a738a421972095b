// accessors.js: classes whose state is read and written through getters and
// setters. A thermostat model (Temperature with celsius/fahrenheit/kelvin
// accessors, converting in tenths of a degree), bank accounts whose
// balance setter validates and records history, and rectangles with
// computed area/perimeter getters and a setter that resizes in place. A
// subclass inherits accessors from two prototype levels up and overrides
// one of them.
// Covers: getter and setter calls at named-property sites (accessor pairs
// found on the prototype), accessors inherited through the prototype
// chain, plain data fields behind them.
// Duktape and MuJS, ES5 engines, cannot parse this one.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

const MOD = 1000000007;

// Temperatures in tenths of a degree, so every conversion stays integral.
class Temperature {
  constructor(tenthsC) { this._c = tenthsC; }
  get celsius() { return this._c; }
  set celsius(v) { this._c = v; }
  get fahrenheit() { return ((this._c * 9) / 5 | 0) + 320; }
  set fahrenheit(v) { this._c = ((v - 320) * 5) / 9 | 0; }
  get kelvin() { return this._c + 2732; }
}

class Thermostat {
  constructor(target) {
    this.room = new Temperature(150);
    this.target = new Temperature(target);
    this._heating = false;
    this.switches = 0;
  }
  get heating() { return this._heating; }
  set heating(on) {
    if (on !== this._heating) this.switches++;
    this._heating = on;
  }
  tick(outside) {
    const room = this.room;
    this.heating = room.celsius < this.target.celsius - 5 ? true
                 : room.celsius > this.target.celsius + 5 ? false : this.heating;
    room.celsius = room.celsius + (this.heating ? 4 : 0) + ((outside.celsius - room.celsius) >> 5);
    return room.fahrenheit;
  }
}

class Account {
  constructor(id, opening) {
    this.id = id;
    this._balance = opening;
    this.rejected = 0;
    this.changes = 0;
  }
  get balance() { return this._balance; }
  set balance(v) {
    if (v < 0) {
      this.rejected++;
      return;
    }
    this.changes++;
    this._balance = v;
  }
  get overdrawn() { return this._balance < 100; }
}

class Rect {
  constructor(w, h) {
    this._w = w;
    this._h = h;
  }
  get width() { return this._w; }
  set width(v) { this._w = v; }
  get height() { return this._h; }
  set height(v) { this._h = v; }
  get area() { return this.width * this.height; }
  get perimeter() { return 2 * (this.width + this.height); }
  set size(s) {
    this.width = s;
    this.height = s;
  }
}

class Tile extends Rect {
  constructor(w, h, layer) {
    super(w, h);
    this.layer = layer;
  }
}

class Square extends Tile {
  constructor(s) { super(s, s, 0); }
  // Overrides the getter found two levels up.
  get area() { return this.width * this.width; }
}

function run(p) {
  const outside = new Temperature(-40);
  const stats = [];
  for (let i = 0; i < 16; i++) stats.push(new Thermostat(180 + i * 5));
  const accounts = [];
  for (let i = 0; i < p.accounts; i++) accounts.push(new Account(i, 500 + (i * 37) % 1000));
  const rects = [];
  for (let i = 0; i < p.rects; i++) {
    rects.push(i % 3 === 0 ? new Square(1 + (i & 31)) : i % 3 === 1 ? new Tile(1 + (i & 15), 2 + (i & 7), i & 3)
             : new Rect(3 + (i & 7), 1 + (i & 15)));
  }

  let temps = 0, money = 0, geometry = 0, seed = 17;
  for (let r = 0; r < p.rounds; r++) {
    outside.fahrenheit = 200 + ((r * 7) % 400);
    for (let i = 0; i < stats.length; i++) temps = (temps + stats[i].tick(outside)) % MOD;

    for (let i = 0; i < accounts.length; i++) {
      seed = (seed * 48271) % 2147483647;
      const a = accounts[i], amount = (seed % 301) - 160;
      a.balance = a.balance + amount;
      if (a.overdrawn) a.balance = a.balance + 50;
    }

    for (let i = 0; i < rects.length; i++) {
      const q = rects[i];
      geometry = (geometry + q.area + q.perimeter) % MOD;
      if ((i & 7) === (r & 7)) q.width = q.width + 1;
      if ((i & 63) === (r & 63)) q.size = 1 + (r & 15);
    }
  }

  let k = 0, switches = 0;
  for (let i = 0; i < stats.length; i++) {
    switches += stats[i].switches;
    k = (k + stats[i].room.kelvin) % MOD;
  }
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i];
    money = (money * 31 + a.balance + a.rejected * 3 + a.changes) % MOD;
  }
  return temps + ',' + switches + ',' + k + ',' + money + ',' + geometry;
}

const SIZES = {
  quick: { accounts: 1000, rects: 1000, rounds: 80, expect: '738816,16,45952,819488987,16680030' },
  full: { accounts: 1000, rects: 1000, rounds: 1600, expect: '15346620,62,46687,391749011,289082488' }
};
(function () {
  const p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'accessors: OK ' + got : 'accessors: FAIL expected ' + p.expect + ' got ' + got);
})();
