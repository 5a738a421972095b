// nbody.js: a symplectic-Euler simulation of the Sun and the four giant
// planets (our own code; public orbital data). Covers: double arithmetic on
// object fields, Math.sqrt, nested loops over a small array of objects.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var PI = 3.141592653589793;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x; this.y = y; this.z = z;
  this.vx = vx * DAYS_PER_YEAR; this.vy = vy * DAYS_PER_YEAR; this.vz = vz * DAYS_PER_YEAR;
  this.mass = mass * SOLAR_MASS;
}

function makeSystem() {
  var bodies = [
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
    new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
    new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
    new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05)
  ];
  // Cancel the system's momentum by moving the Sun.
  var px = 0, py = 0, pz = 0;
  for (var i = 0; i < bodies.length; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
  return bodies;
}

function advance(bodies, dt) {
  var n = bodies.length, i, j, a, b;
  for (i = 0; i < n; i++) {
    a = bodies[i];
    for (j = i + 1; j < n; j++) {
      b = bodies[j];
      var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      var bm = b.mass * mag, am = a.mass * mag;
      a.vx -= dx * bm; a.vy -= dy * bm; a.vz -= dz * bm;
      b.vx += dx * am; b.vy += dy * am; b.vz += dz * am;
    }
  }
  for (i = 0; i < n; i++) {
    a = bodies[i];
    a.x += dt * a.vx; a.y += dt * a.vy; a.z += dt * a.vz;
  }
}

function energy(bodies) {
  var e = 0, n = bodies.length;
  for (var i = 0; i < n; i++) {
    var a = bodies[i];
    e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
    for (var j = i + 1; j < n; j++) {
      var b = bodies[j];
      var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
      e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function run(p) {
  var bodies = makeSystem();
  var before = energy(bodies);
  for (var s = 0; s < p.steps; s++) advance(bodies, 0.01);
  var after = energy(bodies);
  // Energies rounded to 1e-9, printed as integers so no engine's
  // number-to-string conversion is involved.
  return Math.round(before * 1e9) + ',' + Math.round(after * 1e9);
}

var SIZES = {
  quick: { steps: 15000, expect: '-169075164,-169057007' },
  full: { steps: 300000, expect: '-169075164,-169087840' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'nbody: OK ' + got : 'nbody: FAIL expected ' + p.expect + ' got ' + got);
})();
