// strings.js: string building and scanning. Generates sentences from a
// vocabulary by concatenation, splits them into words, counts word frequencies
// in an object used as a map, builds capitalized and reversed copies
// character by character, joins and searches with indexOf, and hashes all
// the text.
// Covers: string concatenation (+=), split, join, indexOf, substring,
// charCodeAt, String.fromCharCode, string-keyed property lookups.
// Lines stay short (under 200 characters): MuJS indexes strings in linear
// time.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var SYLLABLES = ['ka', 'lu', 'mi', 'ro', 'sen', 'ta', 'vi', 'zo', 'qua', 'ne', 'po', 'dri'];

function Random(seed) { this.seed = seed; }
Random.prototype.next = function () {
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};

function makeVocabulary(rng, n) {
  var words = [];
  for (var i = 0; i < n; i++) {
    var w = '', k = 1 + rng.next() % 3;
    for (var j = 0; j < k; j++) w += SYLLABLES[rng.next() % SYLLABLES.length];
    words.push(w);
  }
  return words;
}

function makeSentence(rng, vocab) {
  var n = 5 + rng.next() % 15, s = '';
  for (var i = 0; i < n; i++) {
    if (i > 0) s += ' ';
    s += vocab[rng.next() % vocab.length];
  }
  return s + '.';
}

function capitalize(word) {
  var c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + word.substring(1);
  return word;
}

function reverse(s) {
  var out = '';
  for (var i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  return h;
}

function run(p) {
  var rng = new Random(12345);
  var vocab = makeVocabulary(rng, 300);
  var counts = {}, distinct = 0, h = 0, hits = 0, chars = 0;
  for (var k = 0; k < p.sentences; k++) {
    var sentence = makeSentence(rng, vocab);
    var words = sentence.substring(0, sentence.length - 1).split(' ');
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if (counts.hasOwnProperty(w)) counts[w]++;
      else { counts[w] = 1; distinct++; }
      words[i] = capitalize(w);
    }
    var title = words.join(' ');
    var back = reverse(title);
    if (title.indexOf('Sen') >= 0) hits++;
    if (back.indexOf('ak') >= 0) hits++;
    chars += title.length + back.length;
    h = hash(h, title);
    h = hash(h, back);
  }
  var best = '', bestCount = 0;
  for (i = 0; i < vocab.length; i++) {
    var c = counts[vocab[i]];
    if (c > bestCount || (c === bestCount && vocab[i] < best)) { best = vocab[i]; bestCount = c; }
  }
  return distinct + ',' + hits + ',' + chars + ',' + h + ',' + best + ':' + bestCount;
}

var SIZES = {
  quick: { sentences: 4000, expect: '181,4809,515720,837186721,dri:2218' },
  full: { sentences: 50000, expect: '181,60211,6415632,325799996,dri:28188' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'strings: OK ' + got : 'strings: FAIL expected ' + p.expect + ' got ' + got);
})();
