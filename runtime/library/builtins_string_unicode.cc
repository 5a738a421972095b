// Copyright the Lucid authors. MIT license.
// The String builtins that need Unicode data or ICU-like behaviour:
// normalize (NFC/NFD/NFKC/NFKD from the Latin/Greek/Cyrillic table in
// unicode_normalization_table.h, Hangul algorithmically), localeCompare (a
// three-level collation close to ICU's root order for Latin text),
// isWellFormed/toWellFormed, and String.raw.

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/library/library_util.h"
#include "runtime/library/unicode_normalization_table.h"
#include "vm/isolate.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

using u16 = std::u16string;

// -- Code points ----------------------------------------------------------------------

std::vector<uint32_t> ToCodePoints(const u16& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size(); i++) {
    uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      i++;
    }
    out.push_back(c);
  }
  return out;
}

u16 FromCodePoints(const std::vector<uint32_t>& cps) {
  u16 out;
  for (uint32_t c : cps) {
    if (c >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

// -- Normalization --------------------------------------------------------------------

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount;
constexpr uint32_t kSCount = kLCount * kNCount;

const Decomposition* FindDecomposition(uint32_t c) {
  if (c > 0xFFFF) return nullptr;
  auto it = std::lower_bound(std::begin(kDecompositions), std::end(kDecompositions), c,
                             [](const Decomposition& d, uint32_t v) { return d.code_point < v; });
  return it != std::end(kDecompositions) && it->code_point == c ? &*it : nullptr;
}

int CombiningClassOf(uint32_t c) {
  if (c > 0xFFFF) return 0;
  auto it = std::lower_bound(std::begin(kCombiningClasses), std::end(kCombiningClasses), c,
                             [](const CombiningClass& d, uint32_t v) { return d.code_point < v; });
  return it != std::end(kCombiningClasses) && it->code_point == c ? it->value : 0;
}

void Decompose(uint32_t c, bool compatibility, std::vector<uint32_t>* out) {
  if (c >= kSBase && c < kSBase + kSCount) {
    uint32_t s = c - kSBase;
    out->push_back(kLBase + s / kNCount);
    out->push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount != 0) out->push_back(kTBase + s % kTCount);
    return;
  }
  const Decomposition* d = FindDecomposition(c);
  if (d == nullptr || (d->compatibility && !compatibility)) {
    out->push_back(c);
    return;
  }
  for (uint16_t part : d->parts) {
    if (part != 0) Decompose(part, compatibility, out);
  }
}

// NFD / NFKD: full decomposition, then the canonical ordering of marks
// (a stable sort of each run of non-starters by combining class).
std::vector<uint32_t> DecomposeAll(const std::vector<uint32_t>& cps, bool compatibility) {
  std::vector<uint32_t> out;
  for (uint32_t c : cps) Decompose(c, compatibility, &out);
  for (size_t i = 0; i < out.size();) {
    if (CombiningClassOf(out[i]) == 0) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < out.size() && CombiningClassOf(out[j]) != 0) j++;
    std::stable_sort(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(j),
                     [](uint32_t a, uint32_t b) { return CombiningClassOf(a) < CombiningClassOf(b); });
    i = j;
  }
  return out;
}

// The primary composite of {a, b}, or 0.
uint32_t ComposePair(uint32_t a, uint32_t b) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount) {
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  }
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
      b < kTBase + kTCount) {
    return a + (b - kTBase);
  }
  for (const Decomposition& d : kDecompositions) {
    if (d.composable && d.parts[0] == a && d.parts[1] == b) return d.code_point;
  }
  return 0;
}

// NFC / NFKC: the canonical composition algorithm over the decomposition.
std::vector<uint32_t> Compose(std::vector<uint32_t> cps) {
  if (cps.empty()) return cps;
  size_t starter = 0;
  bool have_starter = CombiningClassOf(cps[0]) == 0;
  int last_class = have_starter ? 0 : 256;
  std::vector<uint32_t> out = {cps[0]};
  for (size_t i = 1; i < cps.size(); i++) {
    uint32_t c = cps[i];
    int cc = CombiningClassOf(c);
    bool blocked = last_class != 0 && last_class >= cc;
    if (have_starter && !blocked) {
      uint32_t composite = ComposePair(out[starter], c);
      if (composite != 0 && (last_class < cc || last_class == 0)) {
        out[starter] = composite;
        continue;
      }
    }
    if (cc == 0) {
      starter = out.size();
      have_starter = true;
    }
    last_class = cc;
    out.push_back(c);
  }
  return out;
}

// -- Collation --------------------------------------------------------------------------

struct CollationElement {
  uint32_t primary;
  uint32_t secondary;  // accents on the letter (0 = none)
  uint32_t tertiary;   // 0 lower, 1 upper
};

uint32_t PrimaryWeight(uint32_t c) {
  if (c >= '0' && c <= '9') return 0x20000 + c;
  if (c >= 'a' && c <= 'z') return 0x30000 + c;
  if (c < 0x80) return 0x10000 + c;  // spaces, punctuation, symbols first
  return 0x40000 + c;
}

uint32_t ToLowerAscii(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// The collation elements of {s}: letters with their accents and case
// split off (NFD), ß/æ/œ expanded, as ICU's root collation orders Latin
// text at three levels.
std::vector<CollationElement> CollationElements(const u16& s) {
  std::vector<uint32_t> cps = DecomposeAll(ToCodePoints(s), true);
  std::vector<CollationElement> out;
  for (uint32_t c : cps) {
    if (CombiningClassOf(c) != 0 || (c >= 0x300 && c <= 0x36F)) {
      if (!out.empty()) out.back().secondary = out.back().secondary * 64 + (c - 0x2FF);
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;  // ignorable controls
    const char* expansion = c == 0xDF ? "ss" : (c == 0xE6 || c == 0xC6) ? "ae"
                                      : (c == 0x153 || c == 0x152) ? "oe" : nullptr;
    uint32_t upper = (c == 0xC6 || c == 0x152) ? 1 : 0;
    if (expansion != nullptr) {
      // ICU tells an expansion from its letters at the secondary level
      // (strasse < Strasse < straße).
      for (const char* p = expansion; *p; p++) {
        out.push_back({PrimaryWeight(static_cast<uint32_t>(*p)), p == expansion ? 0x3FFu : 0u, upper});
      }
      continue;
    }
    uint32_t lower = ToLowerAscii(c);
    out.push_back({PrimaryWeight(lower), 0, lower != c ? 1u : 0u});
  }
  return out;
}

int Sign(long long d) { return d < 0 ? -1 : d > 0 ? 1 : 0; }

int Collate(const u16& a, const u16& b) {
  std::vector<CollationElement> x = CollationElements(a), y = CollationElements(b);
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; i++) {
    if (x[i].primary != y[i].primary) return Sign(static_cast<long long>(x[i].primary) - y[i].primary);
  }
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  for (size_t i = 0; i < n; i++) {
    if (x[i].secondary != y[i].secondary) {
      return Sign(static_cast<long long>(x[i].secondary) - y[i].secondary);
    }
  }
  for (size_t i = 0; i < n; i++) {
    if (x[i].tertiary != y[i].tertiary) return Sign(static_cast<long long>(x[i].tertiary) - y[i].tertiary);
  }
  return 0;
}

bool ThisUnits(Isolate* isolate, BuiltinArguments args, const char* method, u16* out) {
  Handle<String> s;
  if (!ThisToString(isolate, args.receiver(), method).ToHandle(&s)) return false;
  *out = ToU16(s);
  return true;
}

}  // namespace

// Spec: String.prototype.normalize([form]).
Value Builtin_LibStringPrototypeNormalize(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisUnits(isolate, args, "normalize", &s)) return Value::Exception();
  u16 form = u"NFC";
  if (!args.at(0)->IsUndefined()) {
    Handle<String> f;
    if (!ToString(isolate, args.at(0)).ToHandle(&f)) return Value::Exception();
    form = ToU16(f);
  }
  bool compose = form == u"NFC" || form == u"NFKC";
  bool compatibility = form == u"NFKC" || form == u"NFKD";
  if (!compose && form != u"NFD" && !compatibility) {
    return ThrowRangeError(isolate, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
  }
  std::vector<uint32_t> cps = DecomposeAll(ToCodePoints(s), compatibility);
  if (compose) cps = Compose(std::move(cps));
  return NewString(isolate, FromCodePoints(cps)).value();
}

// String.prototype.localeCompare(that): ICU root-like order for Latin
// text (locales and options are ignored).
Value Builtin_LibStringPrototypeLocaleCompare(Isolate* isolate, BuiltinArguments args) {
  u16 s, that;
  if (!ThisUnits(isolate, args, "localeCompare", &s)) return Value::Exception();
  Handle<String> t;
  if (!ToString(isolate, args.at(0)).ToHandle(&t)) return Value::Exception();
  that = ToU16(t);
  return Value::FromInt32(Collate(s, that));
}

// Spec: String.prototype.isWellFormed(): no lone surrogates.
Value Builtin_LibStringPrototypeIsWellFormed(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisUnits(isolate, args, "isWellFormed", &s)) return Value::Exception();
  for (size_t i = 0; i < s.size(); i++) {
    char16_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      return Value::False();
    }
  }
  return Value::True();
}

// Spec: String.prototype.toWellFormed(): lone surrogates become U+FFFD.
Value Builtin_LibStringPrototypeToWellFormed(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisUnits(isolate, args, "toWellFormed", &s)) return Value::Exception();
  for (size_t i = 0; i < s.size(); i++) {
    char16_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      s[i] = 0xFFFD;
    }
  }
  return NewString(isolate, s).value();
}

// Spec: String.raw(template, ...substitutions).
Value Builtin_LibStringRaw(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> cooked;
  if (!ToObject(isolate, args.at(0)).ToHandle(&cooked)) return Value::Exception();
  Handle<Value> raw_value;
  if (!GetProperty(isolate, cooked, "raw").ToHandle(&raw_value)) return Value::Exception();
  Handle<JSReceiver> raw;
  if (!ToObject(isolate, raw_value).ToHandle(&raw)) return Value::Exception();
  double length;
  if (!LengthOfArrayLike(isolate, raw, &length)) return Value::Exception();
  u16 out;
  for (double i = 0; i < length; i++) {
    HandleScope scope(isolate);
    Handle<Value> segment;
    Handle<String> text;
    if (!GetElement(isolate, raw, i).ToHandle(&segment)) return Value::Exception();
    if (!ToString(isolate, segment).ToHandle(&text)) return Value::Exception();
    out += ToU16(text);
    if (i + 1 < length && i + 1 < args.length()) {
      Handle<String> sub;
      if (!ToString(isolate, args.at(static_cast<int>(i) + 1)).ToHandle(&sub)) return Value::Exception();
      out += ToU16(sub);
    }
    if (out.size() > static_cast<size_t>(String::kMaxLength)) {
      return ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
    }
  }
  return NewString(isolate, out).value();
}

}  // namespace lucid
