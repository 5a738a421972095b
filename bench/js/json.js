// json.js: a JSON-like serializer and a recursive-descent parser written in
// JavaScript (neither uses the engine's JSON object). Builds nested records,
// serializes each, parses the text back, serializes again and checks the two
// texts are equal.
// Covers: string building, charCodeAt scanning, substring, for-in over
// objects, objects created with computed keys, arrays grown by push.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var HEX = '0123456789abcdef';

function quote(s) {
  var out = '"', start = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i), esc = null;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = '\\\\';
    else if (c === 10) esc = '\\n';
    else if (c === 9) esc = '\\t';
    else if (c < 32) esc = '\\u00' + HEX.charAt(c >> 4) + HEX.charAt(c & 15);
    if (esc !== null) {
      out += s.substring(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.substring(start) + '"';
}

function serialize(v) {
  if (v === null) return 'null';
  var t = typeof v;
  if (t === 'number') return String(v);
  if (t === 'boolean') return v ? 'true' : 'false';
  if (t === 'string') return quote(v);
  var parts = [], i;
  if (v instanceof Array) {
    for (i = 0; i < v.length; i++) parts.push(serialize(v[i]));
    return '[' + parts.join(',') + ']';
  }
  for (var k in v) {
    if (v.hasOwnProperty(k)) parts.push(quote(k) + ':' + serialize(v[k]));
  }
  return '{' + parts.join(',') + '}';
}

function Parser(text) {
  this.text = text;
  this.pos = 0;
}

Parser.prototype.fail = function (what) {
  throw new Error('parse error at ' + this.pos + ': ' + what);
};

Parser.prototype.skip = function () {
  var t = this.text;
  while (this.pos < t.length) {
    var c = t.charCodeAt(this.pos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    this.pos++;
  }
};

Parser.prototype.value = function () {
  this.skip();
  var c = this.text.charCodeAt(this.pos);
  if (c === 123) return this.object();
  if (c === 91) return this.array();
  if (c === 34) return this.string();
  if (c === 45 || (c >= 48 && c <= 57)) return this.number();
  if (this.text.substring(this.pos, this.pos + 4) === 'true') { this.pos += 4; return true; }
  if (this.text.substring(this.pos, this.pos + 5) === 'false') { this.pos += 5; return false; }
  if (this.text.substring(this.pos, this.pos + 4) === 'null') { this.pos += 4; return null; }
  return this.fail('unexpected character');
};

Parser.prototype.number = function () {
  var t = this.text, neg = false, n = 0;
  if (t.charCodeAt(this.pos) === 45) { neg = true; this.pos++; }
  while (this.pos < t.length) {
    var c = t.charCodeAt(this.pos);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    this.pos++;
  }
  return neg ? -n : n;
};

Parser.prototype.string = function () {
  var t = this.text, out = '';
  var start = ++this.pos;
  for (;;) {
    var c = t.charCodeAt(this.pos);
    if (c === 34) break;
    if (c === 92) {
      out += t.substring(start, this.pos);
      var e = t.charAt(this.pos + 1);
      if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else if (e === 'u') {
        out += String.fromCharCode(parseInt(t.substring(this.pos + 2, this.pos + 6), 16));
        this.pos += 4;
      } else out += e;
      this.pos += 2;
      start = this.pos;
    } else {
      if (this.pos >= t.length) this.fail('unterminated string');
      this.pos++;
    }
  }
  out += t.substring(start, this.pos);
  this.pos++;
  return out;
};

Parser.prototype.array = function () {
  var a = [];
  this.pos++;
  this.skip();
  if (this.text.charCodeAt(this.pos) === 93) { this.pos++; return a; }
  for (;;) {
    a.push(this.value());
    this.skip();
    var c = this.text.charCodeAt(this.pos++);
    if (c === 93) return a;
    if (c !== 44) this.fail('expected , or ]');
  }
};

Parser.prototype.object = function () {
  var o = {};
  this.pos++;
  this.skip();
  if (this.text.charCodeAt(this.pos) === 125) { this.pos++; return o; }
  for (;;) {
    this.skip();
    var key = this.string();
    this.skip();
    if (this.text.charCodeAt(this.pos++) !== 58) this.fail('expected :');
    o[key] = this.value();
    this.skip();
    var c = this.text.charCodeAt(this.pos++);
    if (c === 125) return o;
    if (c !== 44) this.fail('expected , or }');
  }
};

function Random(seed) { this.seed = seed; }
Random.prototype.next = function () {
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};

var NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

function makeText(rng) {
  var len = 2 + rng.next() % 14, s = '';
  for (var i = 0; i < len; i++) {
    var r = rng.next() % 40;
    if (r === 0) s += '"';
    else if (r === 1) s += '\\';
    else if (r === 2) s += '\n';
    else if (r === 3) s += String.fromCharCode(1 + rng.next() % 8);
    else if (r < 8) s += ' ';
    else s += String.fromCharCode(97 + r - 8);
  }
  return s;
}

function makeRecord(rng, depth) {
  var rec = {
    id: rng.next() % 100000,
    name: NAMES[rng.next() % NAMES.length] + '-' + (rng.next() % 1000),
    active: rng.next() % 2 === 0,
    score: (rng.next() % 20001) - 10000,
    note: makeText(rng),
    tags: [],
    parent: null
  };
  var ntags = rng.next() % 5;
  for (var i = 0; i < ntags; i++) rec.tags.push(NAMES[rng.next() % NAMES.length]);
  var extra = rng.next() % 3;
  for (i = 0; i < extra; i++) rec['x' + (rng.next() % 50)] = rng.next() % 100;
  if (depth > 0) {
    rec.children = [];
    var n = 1 + rng.next() % 4;
    for (i = 0; i < n; i++) rec.children.push(makeRecord(rng, depth - 1));
  }
  return rec;
}

// Insensitive to the order of characters: ES5 leaves for-in order to the
// engine (MuJS enumerates keys sorted), so texts may differ in key order.
function hashString(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    h = (h + c * (c + 7)) % 1000000007;
  }
  return h;
}

function run(p) {
  var rng = new Random(7), totalLen = 0, h = 0, records = 0;
  for (var r = 0; r < p.rounds; r++) {
    // One text per record, as a server handling messages would; this also
    // keeps the texts short (about 1 KB), which MuJS, whose strings are UTF-8
    // and index in linear time, needs.
    for (var i = 0; i < p.records; i++) {
      var text = serialize(makeRecord(rng, 2));
      var back = new Parser(text).value();
      var again = serialize(back);
      if (again !== text) return 'mismatch in record ' + records;
      records++;
      totalLen += text.length;
      h = (h + hashString(again)) % 1000000007;
    }
  }
  return records + ',' + totalLen + ',' + h;
}

var SIZES = {
  quick: { rounds: 1, records: 200, expect: '200,268695,65339180' },
  full: { rounds: 4, records: 500, expect: '2000,2550670,649828947' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'json: OK ' + got : 'json: FAIL expected ' + p.expect + ' got ' + got);
})();
