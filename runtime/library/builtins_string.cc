// Copyright the Lucid authors. MIT license.
// String, String.fromCharCode/fromCodePoint and String.prototype's methods
// (ECMA-262 22.1), on UTF-16 code units.

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cwctype>
#include <locale.h>

#include "runtime/library/builtins_string.h"
#include "runtime/library/library_util.h"
#include "runtime/library/unicode_special_casing_table.h"
#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

using u16 = std::u16string;

Value Str(Isolate* isolate, const u16& units) { return NewString(isolate, units).value(); }

// Spec: thisStringValue(value) for toString / valueOf.
Value ThisStringValue(Isolate* isolate, Handle<Value> receiver, const char* method) {
  if (lucid::IsString(*receiver)) return *receiver;
  if (lucid::IsJSPrimitiveWrapper(*receiver) &&
      lucid::IsString(JSPrimitiveWrapper::cast(*receiver)->value())) {
    return JSPrimitiveWrapper::cast(*receiver)->value();
  }
  std::string name = std::string("String.prototype.") + method;
  return ThrowTemplate(isolate, MessageTemplate::kNotGeneric, {name, "String"});
}

bool ThisU16(Isolate* isolate, BuiltinArguments args, const char* method, u16* out) {
  Handle<String> s;
  if (!ThisToString(isolate, args.receiver(), method).ToHandle(&s)) return false;
  *out = ToU16(s);
  return true;
}

// OPTIMIZATION: the receiver as a flat String, for the per-character
// accessors: a rope is flattened once (and stays flat), so `s.charCodeAt(i)`
// in a loop is O(1) per call instead of copying all of `s` each time.
bool ThisFlatString(Isolate* isolate, BuiltinArguments args, const char* method,
                    Handle<String>* out) {
  Handle<String> s;
  if (!ThisToString(isolate, args.receiver(), method).ToHandle(&s)) return false;
  *out = String::Flatten(isolate, s);
  return true;
}

bool ArgU16(Isolate* isolate, Handle<Value> value, u16* out) {
  Handle<String> s;
  if (!ToString(isolate, value).ToHandle(&s)) return false;
  *out = ToU16(s);
  return true;
}

// The C library's wide-character case mapping under a UTF-8 locale: full
// BMP case mapping (one unit to one unit). The one-to-many uppercase
// mappings come from unicode_special_casing_table.h; İ and final sigma are
// special-cased for lowercase.
locale_t Utf8Locale() {
  // NOTE: immutable after first use and identical for every isolate, so a
  // process-wide constant rather than per-isolate state.
  static locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0));
  return locale;
}

u16 ConvertCase(const u16& s, bool upper) {
  u16 out;
  out.reserve(s.size());
  locale_t locale = Utf8Locale();
  for (size_t i = 0; i < s.size(); i++) {
    char16_t c = s[i];
    if (c < 0x80) {
      if (upper && c >= u'a' && c <= u'z') c = static_cast<char16_t>(c - 32);
      if (!upper && c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + 32);
      out.push_back(c);
      continue;
    }
    if (upper) {  // ß -> SS, ŉ -> ʼN, ﬀ -> FF, ᾳ -> ΑΙ ... (SpecialCasing.txt)
      auto it = std::lower_bound(std::begin(kSpecialUppercase), std::end(kSpecialUppercase), c,
                                 [](const SpecialUpper& e, char16_t v) { return e.code_point < v; });
      if (it != std::end(kSpecialUppercase) && it->code_point == c) {
        for (uint16_t unit : it->upper) {
          if (unit != 0) out.push_back(static_cast<char16_t>(unit));
        }
        continue;
      }
    }
    if (!upper && c == 0x0130) {  // İ -> i̇
      out += u"i\u0307";
      continue;
    }
    if (!upper && c == 0x03A3) {  // Σ: final sigma after a letter, not before one.
      bool after_letter = i > 0 && std::iswalpha(static_cast<wint_t>(s[i - 1]));
      bool before_letter = i + 1 < s.size() && std::iswalpha(static_cast<wint_t>(s[i + 1]));
      if (locale != static_cast<locale_t>(0)) {
        after_letter = i > 0 && iswalpha_l(static_cast<wint_t>(s[i - 1]), locale);
        before_letter = i + 1 < s.size() && iswalpha_l(static_cast<wint_t>(s[i + 1]), locale);
      }
      out.push_back(after_letter && !before_letter ? u'\u03C2' : u'\u03C3');
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      out.push_back(c);
      continue;
    }
    if (locale == static_cast<locale_t>(0)) {
      out.push_back(c);
      continue;
    }
    wint_t mapped = upper ? towupper_l(c, locale) : towlower_l(c, locale);
    out.push_back(mapped <= 0xFFFF ? static_cast<char16_t>(mapped) : c);
  }
  return out;
}

bool IsTrimmable(char16_t c) { return IsWhiteSpaceOrLineTerminator(c); }

enum class TrimWhere { kStart = 1, kEnd = 2, kBoth = 3 };

u16 Trim(const u16& s, TrimWhere where) {
  size_t start = 0, end = s.size();
  if (static_cast<int>(where) & 1) {
    while (start < end && IsTrimmable(s[start])) start++;
  }
  if (static_cast<int>(where) & 2) {
    while (end > start && IsTrimmable(s[end - 1])) end--;
  }
  return s.substr(start, end - start);
}

// Spec: StringPad(S, maxLength, fillString, placement).
Value Pad(Isolate* isolate, BuiltinArguments args, bool at_start) {
  u16 s;
  if (!ThisU16(isolate, args, at_start ? "padStart" : "padEnd", &s)) return Value::Exception();
  double max_length;
  if (!ToLength(isolate, args.at(0), &max_length)) return Value::Exception();
  if (max_length <= static_cast<double>(s.size())) return Str(isolate, s);
  u16 filler = u" ";
  if (!args.at(1)->IsUndefined() && !ArgU16(isolate, args.at(1), &filler)) {
    return Value::Exception();
  }
  if (filler.empty()) return Str(isolate, s);
  if (max_length > String::kMaxLength) {
    return ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
  }
  size_t fill_length = static_cast<size_t>(max_length) - s.size();
  u16 fill;
  while (fill.size() < fill_length) fill += filler;
  fill.resize(fill_length);
  return Str(isolate, at_start ? fill + s : s + fill);
}

// Spec: GetSubstitution(matched, str, position, captures=[], replacement).
u16 GetSubstitution(const u16& matched, const u16& str, size_t position,
                    const u16& replacement) {
  u16 result;
  for (size_t i = 0; i < replacement.size(); i++) {
    char16_t c = replacement[i];
    if (c != u'$' || i + 1 >= replacement.size()) {
      result.push_back(c);
      continue;
    }
    char16_t next = replacement[i + 1];
    if (next == u'$') {
      result.push_back(u'$');
      i++;
    } else if (next == u'&') {
      result += matched;
      i++;
    } else if (next == u'`') {
      result += str.substr(0, position);
      i++;
    } else if (next == u'\'') {
      size_t tail = position + matched.size();
      if (tail < str.size()) result += str.substr(tail);
      i++;
    } else {
      result.push_back(c);
    }
  }
  return result;
}

// Spec: String.prototype.replace / replaceAll with a string pattern.
Value Replace(Isolate* isolate, BuiltinArguments args, bool all) {
  const char* method = all ? "replaceAll" : "replace";
  if (args.receiver()->IsNullOrUndefined()) {
    std::string name = std::string("String.prototype.") + method;
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined, {name});
  }
  u16 s, search, replace_text;
  if (!ThisU16(isolate, args, method, &s)) return Value::Exception();
  if (!ArgU16(isolate, args.at(0), &search)) return Value::Exception();
  Handle<Value> replace_value = args.at(1);
  bool functional = IsCallableValue(*replace_value);
  if (!functional && !ArgU16(isolate, replace_value, &replace_text)) return Value::Exception();
  std::vector<size_t> positions;
  size_t advance = std::max<size_t>(search.size(), 1);
  size_t position = s.find(search, 0);
  while (position != u16::npos) {
    positions.push_back(position);
    if (!all) break;
    position = position + advance > s.size() ? u16::npos : s.find(search, position + advance);
  }
  if (positions.empty()) return Str(isolate, s);
  u16 result;
  size_t end_of_last = 0;
  Handle<Value> string_value = NewString(isolate, s);
  for (size_t p : positions) {
    HandleScope scope(isolate);
    u16 replacement;
    if (functional) {
      Handle<Value> matched = NewString(isolate, search);
      Handle<Value> pos = handle(Value::FromDouble(static_cast<double>(p)), isolate);
      Handle<Value> undefined = handle(Value::Undefined(), isolate);
      Handle<Value> out;
      if (!Call(isolate, replace_value, undefined, {matched, pos, string_value}).ToHandle(&out)) {
        return Value::Exception();
      }
      if (!ArgU16(isolate, out, &replacement)) return Value::Exception();
    } else {
      replacement = GetSubstitution(search, s, p, replace_text);
    }
    result += s.substr(end_of_last, p - end_of_last) + replacement;
    end_of_last = p + search.size();
  }
  if (end_of_last < s.size()) result += s.substr(end_of_last);
  return Str(isolate, result);
}

double ClampIndex(double d, double length) { return std::min(std::max(d, 0.0), length); }

}  // namespace

// -- Constructor and statics ------------------------------------------------------------

// Spec: String(value) (22.1.1.1).
Value Builtin_LibStringConstructor(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> s;
  if (args.length() == 0) {
    s = F(isolate)->empty_string();
  } else if (!args.is_construct_call() && lucid::IsSymbol(args[0])) {
    // Spec: 2.a. If NewTarget is undefined and value is a Symbol, return
    // SymbolDescriptiveString(value).
    s = F(isolate)->NewStringFromUtf8(Symbol::cast(args[0])->ToDescriptiveString());
  } else {
    Handle<String> str;
    if (!ToString(isolate, args.at(0)).ToHandle(&str)) return Value::Exception();
    s = str;
  }
  if (!args.is_construct_call()) return *s;
  Handle<JSReceiver> wrapper = F(isolate)->NewJSPrimitiveWrapper(s);
  Handle<Value> new_target = args.new_target();
  if (lucid::IsJSReceiver(*new_target) && *new_target != *args.target()) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return Value::Exception();
    if (lucid::IsJSReceiver(*proto)) JSReceiver::SetPrototype(isolate, wrapper, proto);
  }
  return wrapper->ToValue();
}

// Spec: String.fromCharCode(...codeUnits).
Value Builtin_LibStringFromCharCode(Isolate* isolate, BuiltinArguments args) {
  // OPTIMIZATION: one code unit is a one-character string from the root
  // cache (which the frameless path, TryFastStringFromCharCode, reads).
  if (args.length() == 1 && args[0].IsInt32()) {
    return F(isolate)->LookupSingleCharacterString(static_cast<uint16_t>(args[0].AsInt32() & 0xFFFF)).value();
  }
  u16 out;
  for (int i = 0; i < args.length(); i++) {
    double d;
    if (!ToNumber(isolate, args.at(i), &d)) return Value::Exception();
    out.push_back(static_cast<char16_t>(DoubleToUint16(d)));
  }
  return Str(isolate, out);
}

// Spec: String.fromCodePoint(...codePoints).
Value Builtin_LibStringFromCodePoint(Isolate* isolate, BuiltinArguments args) {
  u16 out;
  for (int i = 0; i < args.length(); i++) {
    double d;
    if (!ToNumber(isolate, args.at(i), &d)) return Value::Exception();
    if (d != std::floor(d) || d < 0 || d > 0x10FFFF || std::isnan(d)) {
      Handle<String> text;
      if (!ToString(isolate, args.at(i)).ToHandle(&text)) return Value::Exception();
      return ThrowRangeError(isolate, "Invalid code point " + text->ToUTF8());
    }
    uint32_t cp = static_cast<uint32_t>(d);
    if (cp < 0x10000) {
      out.push_back(static_cast<char16_t>(cp));
    } else {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    }
  }
  return Str(isolate, out);
}

// -- Character access --------------------------------------------------------------------

// Spec: String.prototype.charAt(pos).
Value Builtin_LibStringPrototypeCharAt(Isolate* isolate, BuiltinArguments args) {
  // OPTIMIZATION: as charCodeAt; a one-character string not cached yet is
  // made (and cached) below.
  Value fast, position = args[0];
  if (TryFastStringCharAt(isolate, *args.receiver(), 1, &position, 1, &fast)) return fast;
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "charAt", &s)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &pos)) return Value::Exception();
  if (pos < 0 || pos >= static_cast<double>(s->length())) return isolate->roots().empty_string();
  return F(isolate)->LookupSingleCharacterString(s->Get(static_cast<int>(pos))).value();
}

// Spec: String.prototype.charCodeAt(pos).
bool TryFastStringCharCodeAt(Value receiver, int argc, const Value* args, int stride, Value* out) {
  (void)stride;
  if (!lucid::IsString(receiver) || argc < 1 || !args[0].IsInt32() || !String::cast(receiver)->IsFlat()) {
    return false;
  }
  String* flat = String::cast(receiver);
  int32_t i = args[0].AsInt32();
  *out = i < 0 || i >= flat->length() ? Value::FromDouble(std::nan("")) : Value::FromInt32(flat->Get(i));
  return true;
}

namespace {
// The cached one-character string of {unit}, or undefined (not cached yet,
// or not below 256): Factory::LookupSingleCharacterString fills the cache.
Value CachedSingleCharacterString(Isolate* isolate, uint32_t unit) {
  Value cache = isolate->roots().single_character_string_cache();
  if (unit >= 256 || !IsFixedArray(cache)) return Value::Undefined();
  Value cached = FixedArray::cast(cache)->get(static_cast<int>(unit));
  return IsString(cached) ? cached : Value::Undefined();
}
}  // namespace

bool TryFastStringCharAt(Isolate* isolate, Value receiver, int argc, const Value* args, int stride, Value* out) {
  (void)stride;  // only argument 0 is read
  if (!lucid::IsString(receiver) || argc < 1 || !args[0].IsInt32() || !String::cast(receiver)->IsFlat()) {
    return false;
  }
  String* flat = String::cast(receiver);
  int32_t i = args[0].AsInt32();
  if (i < 0 || i >= flat->length()) {
    *out = isolate->roots().empty_string();
    return true;
  }
  Value cached = CachedSingleCharacterString(isolate, flat->Get(i));
  if (cached.IsUndefined()) return false;
  *out = cached;
  return true;
}

bool TryFastStringFromCharCode(Isolate* isolate, int argc, const Value* args, int stride, Value* out) {
  (void)stride;  // only argument 0 is read
  if (argc != 1 || !args[0].IsInt32()) return false;
  // Spec: ToUint16(code).
  Value cached = CachedSingleCharacterString(isolate, static_cast<uint32_t>(args[0].AsInt32()) & 0xFFFF);
  if (cached.IsUndefined()) return false;
  *out = cached;
  return true;
}

Value Builtin_LibStringPrototypeCharCodeAt(Isolate* isolate, BuiltinArguments args) {
  // OPTIMIZATION: a flat string receiver and an int32 position (the loop
  // `s.charCodeAt(i)`) need no handle, flattening or conversion; the
  // interpreter usually takes this path without a frame
  // (TryFastBuiltinCall).
  Value fast, position = args[0];
  if (TryFastStringCharCodeAt(*args.receiver(), 1, &position, 1, &fast)) return fast;
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "charCodeAt", &s)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &pos)) return Value::Exception();
  if (pos < 0 || pos >= static_cast<double>(s->length())) return Value::FromDouble(std::nan(""));
  return Value::FromInt32(s->Get(static_cast<int>(pos)));
}

// Spec: String.prototype.codePointAt(pos).
Value Builtin_LibStringPrototypeCodePointAt(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "codePointAt", &s)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &pos)) return Value::Exception();
  int length = s->length();
  if (pos < 0 || pos >= static_cast<double>(length)) return Value::Undefined();
  int i = static_cast<int>(pos);
  uint16_t c = s->Get(i);
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length) {
    uint16_t next = s->Get(i + 1);
    if (next >= 0xDC00 && next <= 0xDFFF) {
      return Value::FromInt32(0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00));
    }
  }
  return Value::FromInt32(c);
}

// Spec: String.prototype.at(index).
Value Builtin_LibStringPrototypeAt(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "at", &s)) return Value::Exception();
  double relative;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &relative)) return Value::Exception();
  double length = static_cast<double>(s->length());
  double k = relative >= 0 ? relative : length + relative;
  if (k < 0 || k >= length) return Value::Undefined();
  return F(isolate)->LookupSingleCharacterString(s->Get(static_cast<int>(k))).value();
}

// -- Searching ---------------------------------------------------------------------------

// OPTIMIZATION: the search and substring builtins read the flat receiver in
// place (as charAt does) instead of copying it into a std::u16string per
// call. FlatContent views die at the next allocation: every conversion runs
// first.

namespace {

// The receiver and the first argument as flat strings.
bool ThisAndSearch(Isolate* isolate, BuiltinArguments args, const char* method, Handle<String>* s,
                   Handle<String>* search) {
  if (!ThisFlatString(isolate, args, method, s)) return false;
  Handle<String> arg;
  if (!ToString(isolate, args.at(0)).ToHandle(&arg)) return false;
  *search = String::Flatten(isolate, arg);
  return true;
}

bool MatchesAt(const String::FlatContent& s, const String::FlatContent& pattern, int at) {
  for (int j = 0; j < pattern.length; j++) {
    if (s.Get(at + j) != pattern.Get(j)) return false;
  }
  return true;
}

// The first match of {pattern} in {s} at or after {start}, or -1.
int IndexOfFlat(const String* s, const String* pattern, int start) {
  DisallowGC no_gc;
  String::FlatContent a = s->GetFlatChars(), b = pattern->GetFlatChars();
  for (int i = start; i + b.length <= a.length; i++) {
    if (MatchesAt(a, b, i)) return i;
  }
  return -1;
}

// The last match of {pattern} in {s} at or before {start}, or -1.
int LastIndexOfFlat(const String* s, const String* pattern, int start) {
  DisallowGC no_gc;
  String::FlatContent a = s->GetFlatChars(), b = pattern->GetFlatChars();
  for (int i = std::min(start, a.length - b.length); i >= 0; i--) {
    if (MatchesAt(a, b, i)) return i;
  }
  return -1;
}

}  // namespace

// Spec: String.prototype.indexOf(searchString, position).
Value Builtin_LibStringPrototypeIndexOf(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s, search;
  if (!ThisAndSearch(isolate, args, "indexOf", &s, &search)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(1), &pos)) return Value::Exception();
  int start = static_cast<int>(ClampIndex(pos, static_cast<double>(s->length())));
  return Value::FromInt32(IndexOfFlat(*s, *search, start));
}

// Spec: String.prototype.lastIndexOf(searchString, position).
Value Builtin_LibStringPrototypeLastIndexOf(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s, search;
  if (!ThisAndSearch(isolate, args, "lastIndexOf", &s, &search)) return Value::Exception();
  double num;
  if (!ToNumber(isolate, args.at(1), &num)) return Value::Exception();
  double pos = std::isnan(num) ? INFINITY : DoubleToIntegerOrInfinity(num);
  int start = static_cast<int>(ClampIndex(pos, static_cast<double>(s->length())));
  return Value::FromInt32(LastIndexOfFlat(*s, *search, start));
}

// Spec: String.prototype.includes(searchString, position).
Value Builtin_LibStringPrototypeIncludes(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s, search;
  if (!ThisAndSearch(isolate, args, "includes", &s, &search)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(1), &pos)) return Value::Exception();
  int start = static_cast<int>(ClampIndex(pos, static_cast<double>(s->length())));
  return Value::FromBool(IndexOfFlat(*s, *search, start) >= 0);
}

// Spec: String.prototype.startsWith(searchString, position).
Value Builtin_LibStringPrototypeStartsWith(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s, search;
  if (!ThisAndSearch(isolate, args, "startsWith", &s, &search)) return Value::Exception();
  double pos;
  if (!ToIntegerOrInfinity(isolate, args.at(1), &pos)) return Value::Exception();
  int start = static_cast<int>(ClampIndex(pos, static_cast<double>(s->length())));
  if (start + search->length() > s->length()) return Value::False();
  DisallowGC no_gc;
  return Value::FromBool(MatchesAt(s->GetFlatChars(), search->GetFlatChars(), start));
}

// Spec: String.prototype.endsWith(searchString, endPosition).
Value Builtin_LibStringPrototypeEndsWith(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s, search;
  if (!ThisAndSearch(isolate, args, "endsWith", &s, &search)) return Value::Exception();
  double end = static_cast<double>(s->length());
  if (!args.at(1)->IsUndefined() && !ToIntegerOrInfinity(isolate, args.at(1), &end)) {
    return Value::Exception();
  }
  int stop = static_cast<int>(ClampIndex(end, static_cast<double>(s->length())));
  if (search->length() > stop) return Value::False();
  DisallowGC no_gc;
  return Value::FromBool(MatchesAt(s->GetFlatChars(), search->GetFlatChars(), stop - search->length()));
}

// -- Substrings ----------------------------------------------------------------------------

// Spec: String.prototype.slice(start, end).
Value Builtin_LibStringPrototypeSlice(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "slice", &s)) return Value::Exception();
  double length = static_cast<double>(s->length());
  double from, to;
  if (!RelativeIndex(isolate, args.at(0), length, 0, &from)) return Value::Exception();
  if (!RelativeIndex(isolate, args.at(1), length, length, &to)) return Value::Exception();
  if (from >= to) return isolate->roots().empty_string();
  return F(isolate)->NewSubString(s, static_cast<int>(from), static_cast<int>(to))->ToValue();
}

// Spec: String.prototype.substring(start, end).
Value Builtin_LibStringPrototypeSubstring(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "substring", &s)) return Value::Exception();
  double length = static_cast<double>(s->length());
  double start, end = length;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &start)) return Value::Exception();
  if (!args.at(1)->IsUndefined() && !ToIntegerOrInfinity(isolate, args.at(1), &end)) {
    return Value::Exception();
  }
  double a = ClampIndex(start, length), b = ClampIndex(end, length);
  double from = std::min(a, b), to = std::max(a, b);
  return F(isolate)->NewSubString(s, static_cast<int>(from), static_cast<int>(to))->ToValue();
}

// Spec: String.prototype.substr(start, length) (B.2.2.1).
Value Builtin_LibStringPrototypeSubstr(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ThisFlatString(isolate, args, "substr", &s)) return Value::Exception();
  double size = static_cast<double>(s->length());
  double start;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &start)) return Value::Exception();
  if (start == -INFINITY) start = 0;
  else if (start < 0) start = std::max(size + start, 0.0);
  else start = std::min(start, size);
  double length = size;
  if (!args.at(1)->IsUndefined() && !ToIntegerOrInfinity(isolate, args.at(1), &length)) {
    return Value::Exception();
  }
  double end = std::min(start + std::min(std::max(length, 0.0), size), size);
  if (start >= end) return isolate->roots().empty_string();
  return F(isolate)->NewSubString(s, static_cast<int>(start), static_cast<int>(end))->ToValue();
}

// Spec: String.prototype.split(separator, limit), string separators.
Value Builtin_LibStringPrototypeSplit(Isolate* isolate, BuiltinArguments args) {
  if (args.receiver()->IsNullOrUndefined()) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined,
                         {"String.prototype.split"});
  }
  u16 s;
  if (!ThisU16(isolate, args, "split", &s)) return Value::Exception();
  uint32_t limit = 0xFFFFFFFFu;
  if (!args.at(1)->IsUndefined() && !ToUint32(isolate, args.at(1), &limit)) {
    return Value::Exception();
  }
  u16 separator;
  bool has_separator = !args.at(0)->IsUndefined();
  if (has_separator && !ArgU16(isolate, args.at(0), &separator)) return Value::Exception();
  Handle<JSArray> result = F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  if (limit == 0) return result->ToValue();
  uint32_t count = 0;
  auto push = [&](const u16& part) -> bool {
    HandleScope scope(isolate);
    Handle<Value> value = NewString(isolate, part);
    return CreateDataPropertyOrThrow(isolate, result, PropertyKey::FromIndex(count++), value);
  };
  if (!has_separator) {
    if (!push(s)) return Value::Exception();
    return result->ToValue();
  }
  if (separator.empty()) {
    for (size_t i = 0; i < s.size() && count < limit; i++) {
      if (!push(s.substr(i, 1))) return Value::Exception();
    }
    return result->ToValue();
  }
  if (s.empty()) {
    if (!push(s)) return Value::Exception();
    return result->ToValue();
  }
  size_t start = 0;
  for (;;) {
    size_t found = s.find(separator, start);
    if (found == u16::npos) break;
    if (!push(s.substr(start, found - start))) return Value::Exception();
    if (count >= limit) return result->ToValue();
    start = found + separator.size();
  }
  if (!push(s.substr(start))) return Value::Exception();
  return result->ToValue();
}

// -- Transformations ---------------------------------------------------------------------

Value Builtin_LibStringPrototypeToUpperCase(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "toUpperCase", &s)) return Value::Exception();
  return Str(isolate, ConvertCase(s, true));
}
Value Builtin_LibStringPrototypeToLowerCase(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "toLowerCase", &s)) return Value::Exception();
  return Str(isolate, ConvertCase(s, false));
}
Value Builtin_LibStringPrototypeToLocaleUpperCase(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "toLocaleUpperCase", &s)) return Value::Exception();
  return Str(isolate, ConvertCase(s, true));
}
Value Builtin_LibStringPrototypeToLocaleLowerCase(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "toLocaleLowerCase", &s)) return Value::Exception();
  return Str(isolate, ConvertCase(s, false));
}

Value Builtin_LibStringPrototypeTrim(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "trim", &s)) return Value::Exception();
  return Str(isolate, Trim(s, TrimWhere::kBoth));
}
Value Builtin_LibStringPrototypeTrimStart(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "trimStart", &s)) return Value::Exception();
  return Str(isolate, Trim(s, TrimWhere::kStart));
}
Value Builtin_LibStringPrototypeTrimEnd(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "trimEnd", &s)) return Value::Exception();
  return Str(isolate, Trim(s, TrimWhere::kEnd));
}

Value Builtin_LibStringPrototypePadStart(Isolate* isolate, BuiltinArguments args) {
  return Pad(isolate, args, true);
}
Value Builtin_LibStringPrototypePadEnd(Isolate* isolate, BuiltinArguments args) {
  return Pad(isolate, args, false);
}

// Spec: String.prototype.repeat(count).
Value Builtin_LibStringPrototypeRepeat(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "repeat", &s)) return Value::Exception();
  double n;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &n)) return Value::Exception();
  if (n < 0 || n == INFINITY) {
    return ThrowRangeError(isolate, "Invalid count value: " + NumberToAscii(n));
  }
  if (n == 0 || s.empty()) return isolate->roots().empty_string();
  if (n * static_cast<double>(s.size()) > String::kMaxLength) {
    return ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
  }
  u16 out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (double i = 0; i < n; i++) out += s;
  return Str(isolate, out);
}

// Spec: String.prototype.concat(...args).
Value Builtin_LibStringPrototypeConcat(Isolate* isolate, BuiltinArguments args) {
  u16 s;
  if (!ThisU16(isolate, args, "concat", &s)) return Value::Exception();
  for (int i = 0; i < args.length(); i++) {
    u16 next;
    if (!ArgU16(isolate, args.at(i), &next)) return Value::Exception();
    s += next;
    if (s.size() > static_cast<size_t>(String::kMaxLength)) {
      return ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
    }
  }
  return Str(isolate, s);
}

Value Builtin_LibStringPrototypeReplace(Isolate* isolate, BuiltinArguments args) {
  return Replace(isolate, args, false);
}
Value Builtin_LibStringPrototypeReplaceAll(Isolate* isolate, BuiltinArguments args) {
  return Replace(isolate, args, true);
}

// Spec: String.prototype.localeCompare(that): Lucid compares code units.
Value Builtin_LibStringPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  return ThisStringValue(isolate, args.receiver(), "toString");
}
Value Builtin_LibStringPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  return ThisStringValue(isolate, args.receiver(), "valueOf");
}

}  // namespace lucid
