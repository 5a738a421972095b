// records.js: a small in-memory order book. Constructors add their fields
// one by one (`this.x = ...`), as most JS code does: customers with eight
// fields, an address object each, orders with seven fields and line items
// with five. Each round builds a fresh batch of orders and line items
// (thousands of short-lived objects), links them to the long-lived
// customers, then runs read-only reports over the fields: totals per
// region, the best customer, late orders, a price histogram.
// Covers: transitioning stores in constructors (the same few shape
// transitions, over and over), monomorphic loads of fields at many sites,
// many small objects.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var REGIONS = 8;
var MOD = 1000000007;

function Random(seed) {
  this.state = seed;
}
Random.prototype.next = function () {
  // Park-Miller minimal standard generator; exact in doubles.
  this.state = (this.state * 48271) % 2147483647;
  return this.state;
};
Random.prototype.below = function (n) {
  return this.next() % n;
};

function Address(street, zip, region) {
  this.street = street;
  this.zip = zip;
  this.region = region;
}

function Customer(id, rng) {
  this.id = id;
  this.name = 'c' + id;
  this.address = new Address(rng.below(500), 10000 + rng.below(90000), rng.below(REGIONS));
  this.tier = rng.below(4);
  this.credit = 1000 + rng.below(9000);
  this.orders = 0;
  this.spent = 0;
  this.lastOrder = -1;
}

function LineItem(sku, quantity, price, discount) {
  this.sku = sku;
  this.quantity = quantity;
  this.price = price;
  this.discount = discount;
  this.total = quantity * price - discount;
}

function Order(id, customer, day, rng) {
  this.id = id;
  this.customer = customer;
  this.day = day;
  this.items = [];
  this.shipped = -1;
  this.total = 0;
  this.priority = customer.tier === 3;
  var n = 1 + rng.below(5);
  for (var i = 0; i < n; i++) {
    var qty = 1 + rng.below(9), price = 5 + rng.below(400);
    var item = new LineItem(rng.below(2000), qty, price, this.priority ? (qty * price) >> 4 : 0);
    this.items.push(item);
    this.total += item.total;
  }
}

function makeCustomers(n, rng) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(new Customer(i, rng));
  return a;
}

// One round: a batch of orders, shipping, and the reports.
function round(r, customers, p, rng) {
  var orders = [], i, o, c;
  for (i = 0; i < p.orders; i++) {
    c = customers[rng.below(customers.length)];
    o = new Order(r * p.orders + i, c, r * 7 + rng.below(7), rng);
    o.shipped = o.day + 1 + rng.below(o.priority ? 2 : 6);
    c.orders++;
    c.spent += o.total;
    c.lastOrder = o.id;
    orders.push(o);
  }

  // Totals per region and late orders.
  var perRegion = [], late = 0, units = 0;
  for (i = 0; i < REGIONS; i++) perRegion.push(0);
  for (i = 0; i < orders.length; i++) {
    o = orders[i];
    perRegion[o.customer.address.region] += o.total;
    if (o.shipped - o.day > (o.priority ? 1 : 4)) late++;
    for (var k = 0; k < o.items.length; k++) units += o.items[k].quantity;
  }

  // A price histogram over the line items.
  var hist = [0, 0, 0, 0];
  for (i = 0; i < orders.length; i++) {
    var items = orders[i].items;
    for (var j = 0; j < items.length; j++) {
      var it = items[j];
      hist[it.price < 100 ? 0 : it.price < 200 ? 1 : it.price < 300 ? 2 : 3] += it.quantity;
    }
  }

  var sum = late * 7 + units;
  for (i = 0; i < REGIONS; i++) sum = (sum * 31 + perRegion[i]) % MOD;
  for (i = 0; i < 4; i++) sum = (sum * 31 + hist[i]) % MOD;
  return sum;
}

function run(p) {
  var rng = new Random(20261126);
  var customers = makeCustomers(p.customers, rng);
  var check = 0;
  for (var r = 0; r < p.rounds; r++) check = (check * 17 + round(r, customers, p, rng)) % MOD;

  // The best customer, and a digest of every customer's fields.
  var best = customers[0], digest = 0;
  for (var i = 0; i < customers.length; i++) {
    var c = customers[i];
    if (c.spent > best.spent) best = c;
    digest = (digest * 7 + c.orders + c.tier + c.address.zip + (c.lastOrder & 1023)) % MOD;
  }
  return check + ',' + best.name + ':' + best.spent + ',' + digest;
}

var SIZES = {
  quick: { customers: 2000, orders: 2000, rounds: 8, expect: '989751455,c1900:71315,585248209' },
  full: { customers: 2000, orders: 2000, rounds: 120, expect: '751060419,c1148:507129,436747065' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'records: OK ' + got : 'records: FAIL expected ' + p.expect + ' got ' + got);
})();
