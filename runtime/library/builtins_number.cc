// Copyright the Lucid authors. MIT license.
// Number, Boolean, and the global parseInt / parseFloat / isNaN / isFinite
// (ECMA-262 21.1, 20.3, 19.2). Number formatting takes its digits from
// std::to_chars (the exact decimal expansion of the double) and rounds them
// as the spec says: ties go to the larger magnitude.

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/library/library_util.h"
#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// Spec: thisNumberValue(value).
bool ThisNumberValue(Isolate* isolate, Handle<Value> receiver, const char* method, double* out) {
  if (receiver->IsNumber()) {
    *out = receiver->Number();
    return true;
  }
  if (lucid::IsJSPrimitiveWrapper(*receiver) &&
      JSPrimitiveWrapper::cast(*receiver)->value().IsNumber()) {
    *out = JSPrimitiveWrapper::cast(*receiver)->value().Number();
    return true;
  }
  std::string name = std::string("Number.prototype.") + method;
  ThrowTemplate(isolate, MessageTemplate::kNotGeneric, {name, "Number"});
  return false;
}

// The exact decimal value of |x| (finite) as significant digits and a
// decimal exponent: |x| = 0.d1 d2 d3 ... x 10^point. digits has no leading
// zeros ("" for 0).
struct ExactDecimal {
  std::string digits;
  int point = 0;
};

ExactDecimal Exact(double x) {
  // 309 integer digits, a point, 1074 fraction digits.
  char buffer[1500];
  auto result = std::to_chars(buffer, buffer + sizeof(buffer), std::fabs(x),
                              std::chars_format::fixed, 1074);
  std::string text(buffer, result.ptr);
  size_t dot = text.find('.');
  std::string integer = text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  std::string all = integer + fraction;
  int point = static_cast<int>(integer.size());
  size_t first = all.find_first_not_of('0');
  ExactDecimal out;
  if (first == std::string::npos) return out;
  size_t last = all.find_last_not_of('0');
  out.digits = all.substr(first, last - first + 1);
  out.point = point - static_cast<int>(first);
  return out;
}

// Rounds to {count} significant digits, half up (count >= 0). May carry into
// a new leading digit (point grows). Pads with zeros to exactly {count}.
void RoundSignificant(ExactDecimal* d, int count) {
  if (count < 0) count = 0;
  if (static_cast<int>(d->digits.size()) > count) {
    bool up = d->digits[static_cast<size_t>(count)] >= '5';
    d->digits.resize(static_cast<size_t>(count));
    if (up) {
      int i = count - 1;
      while (i >= 0 && d->digits[static_cast<size_t>(i)] == '9') {
        d->digits[static_cast<size_t>(i)] = '0';
        i--;
      }
      if (i < 0) {
        d->digits.insert(d->digits.begin(), '1');
        d->point++;
        d->digits.resize(static_cast<size_t>(std::max(count, 1)));
      } else {
        d->digits[static_cast<size_t>(i)]++;
      }
    }
  }
  while (static_cast<int>(d->digits.size()) < count) d->digits.push_back('0');
}

// Spec: Number.prototype.toFixed's digits for finite |x| < 1e21.
std::string ToFixedString(double x, int f) {
  ExactDecimal d = Exact(x);
  std::string sign = x < 0 ? "-" : "";
  int keep = d.point + f;  // significant digits up to 10^-f
  std::string int_part, frac_part;
  if (d.digits.empty() || keep < 0) {
    int_part = "0";
    frac_part = std::string(static_cast<size_t>(f), '0');
  } else {
    if (keep == 0) {
      // Only a possible round-up into the 10^-f digit.
      bool up = !d.digits.empty() && d.digits[0] >= '5';
      d.digits = up ? "1" : "";
      d.point = up ? d.point + 1 : d.point;
      keep = up ? 1 : 0;
      if (!up) {
        return sign + "0" + (f > 0 ? "." + std::string(static_cast<size_t>(f), '0') : "");
      }
    } else {
      RoundSignificant(&d, keep);
    }
    // d.digits now has d.point integer digits (maybe <= 0) and f fraction digits.
    std::string all = d.digits;
    int int_digits = d.point;
    if (int_digits <= 0) {
      all = std::string(static_cast<size_t>(-int_digits), '0') + all;
      int_digits = 0;
    }
    size_t needed = static_cast<size_t>(int_digits + f);
    while (all.size() < needed) all.push_back('0');
    all.resize(needed);
    int_part = int_digits == 0 ? "0" : all.substr(0, static_cast<size_t>(int_digits));
    frac_part = all.substr(static_cast<size_t>(int_digits));
  }
  bool zero = int_part.find_first_not_of('0') == std::string::npos &&
              frac_part.find_first_not_of('0') == std::string::npos;
  if (zero) sign = (x < 0 && !zero) ? "-" : sign;
  // NOTE: (-0.0000001).toFixed(2) is "-0.00" in V8: the sign follows x < 0.
  return sign + int_part + (f > 0 ? "." + frac_part : "");
}

std::string ExponentSuffix(int e) {
  return std::string("e") + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

// Spec: Number.prototype.toExponential for finite x; {fraction_digits} < 0
// means "as many as needed" (shortest round-trip digits).
std::string ToExponentialString(double x, int fraction_digits) {
  std::string sign = x < 0 ? "-" : "";
  ExactDecimal d;
  if (x == 0) {
    d.digits = std::string(static_cast<size_t>(std::max(fraction_digits, 0) + 1), '0');
    d.point = 1;
  } else if (fraction_digits < 0) {
    char buffer[64];
    auto result =
        std::to_chars(buffer, buffer + sizeof(buffer), std::fabs(x), std::chars_format::scientific);
    std::string text(buffer, result.ptr);
    size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    int exponent = std::stoi(text.substr(e + 1));
    mantissa.erase(std::remove(mantissa.begin(), mantissa.end(), '.'), mantissa.end());
    d.digits = mantissa;
    d.point = exponent + 1;
  } else {
    d = Exact(x);
    RoundSignificant(&d, fraction_digits + 1);
  }
  std::string out = sign + d.digits.substr(0, 1);
  if (d.digits.size() > 1) out += "." + d.digits.substr(1);
  return out + ExponentSuffix(x == 0 ? 0 : d.point - 1);
}

// Spec: Number.prototype.toPrecision for finite nonzero x.
std::string ToPrecisionString(double x, int p) {
  std::string sign = x < 0 ? "-" : "";
  ExactDecimal d;
  if (x == 0) {
    d.digits = std::string(static_cast<size_t>(p), '0');
    d.point = 1;
  } else {
    d = Exact(x);
    RoundSignificant(&d, p);
  }
  int e = d.point - 1;
  if (e < -6 || e >= p) {
    std::string out = sign + d.digits.substr(0, 1);
    if (p > 1) out += "." + d.digits.substr(1);
    return out + ExponentSuffix(e);
  }
  if (e == p - 1) return sign + d.digits;
  if (e >= 0) {
    return sign + d.digits.substr(0, static_cast<size_t>(e + 1)) + "." +
           d.digits.substr(static_cast<size_t>(e + 1));
  }
  return sign + "0." + std::string(static_cast<size_t>(-(e + 1)), '0') + d.digits;
}

Value Ascii(Isolate* isolate, const std::string& text) { return NewAscii(isolate, text).value(); }

bool NumberFromArg(Isolate* isolate, Handle<Value> value, double* out) {
  return ToNumber(isolate, value, out);
}

}  // namespace

// -- Number ---------------------------------------------------------------------------

// Spec: Number(value) (21.1.1.1).
Value Builtin_LibNumberConstructor(Isolate* isolate, BuiltinArguments args) {
  double n = 0;
  if (args.length() > 0 && !NumberFromArg(isolate, args.at(0), &n)) return Value::Exception();
  Value number = Value::FromDouble(n);
  if (!args.is_construct_call()) return number;
  Handle<Value> primitive = handle(number, isolate);
  Handle<JSReceiver> wrapper = F(isolate)->NewJSPrimitiveWrapper(primitive);
  Handle<Value> new_target = args.new_target();
  if (lucid::IsJSReceiver(*new_target) && *new_target != *args.target()) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return Value::Exception();
    if (lucid::IsJSReceiver(*proto)) JSReceiver::SetPrototype(isolate, wrapper, proto);
  }
  return wrapper->ToValue();
}

Value Builtin_LibNumberIsInteger(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  if (!args[0].IsNumber()) return Value::False();
  double d = args[0].Number();
  return Value::FromBool(std::isfinite(d) && std::trunc(d) == d);
}

Value Builtin_LibNumberIsSafeInteger(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  if (!args[0].IsNumber()) return Value::False();
  double d = args[0].Number();
  return Value::FromBool(std::isfinite(d) && std::trunc(d) == d &&
                         std::fabs(d) <= 9007199254740991.0);
}

Value Builtin_LibNumberIsFinite(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  return Value::FromBool(args[0].IsNumber() && std::isfinite(args[0].Number()));
}

Value Builtin_LibNumberIsNaN(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  return Value::FromBool(args[0].IsNumber() && std::isnan(args[0].Number()));
}

// Spec: Number.prototype.toString(radix).
Value Builtin_LibNumberPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "toString", &x)) return Value::Exception();
  double radix = 10;
  if (!args.at(0)->IsUndefined() && !ToIntegerOrInfinity(isolate, args.at(0), &radix)) {
    return Value::Exception();
  }
  if (radix < 2 || radix > 36) {
    return ThrowRangeError(isolate, "toString() radix argument must be between 2 and 36");
  }
  if (radix == 10) return Ascii(isolate, NumberToAscii(x));
  char buffer[kDoubleToRadixBufferSize];
  return Ascii(isolate, std::string(DoubleToRadixCString(x, static_cast<int>(radix), buffer)));
}

Value Builtin_LibNumberPrototypeToLocaleString(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "toLocaleString", &x)) return Value::Exception();
  // node's default (ICU en-US): at most 3 fraction digits, thousands
  // separators, "∞" for infinities; locales and options are ignored.
  if (std::isnan(x)) return Ascii(isolate, "NaN");
  if (std::isinf(x)) return NewString(isolate, x > 0 ? u"∞" : u"-∞").value();
  // ICU rounds the shortest decimal form half away from zero (halfExpand).
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), std::fabs(x),
                                 std::chars_format::scientific);
  (void)ec;
  std::string sci(buffer, end);
  size_t e = sci.find('e');
  std::string mantissa;
  for (char c : sci.substr(0, e)) {
    if (c != '.') mantissa.push_back(c);
  }
  int exponent = std::stoi(sci.substr(e + 1));
  // digits = mantissa with the decimal point after position exponent + 1.
  int point = exponent + 1;
  if (point <= 0) {
    mantissa = std::string(static_cast<size_t>(-point) + 1, '0') + mantissa;
    point = 1;
  }
  if (static_cast<int>(mantissa.size()) < point + 4) mantissa.resize(static_cast<size_t>(point) + 4, '0');
  std::string kept = mantissa.substr(0, static_cast<size_t>(point) + 3);
  if (mantissa[static_cast<size_t>(point) + 3] >= '5') {
    int i = static_cast<int>(kept.size()) - 1;
    while (i >= 0 && kept[static_cast<size_t>(i)] == '9') kept[static_cast<size_t>(i--)] = '0';
    if (i >= 0) {
      kept[static_cast<size_t>(i)]++;
    } else {
      kept.insert(kept.begin(), '1');
      point++;
    }
  }
  std::string integer = kept.substr(0, static_cast<size_t>(point));
  std::string fraction = kept.substr(static_cast<size_t>(point));
  while (integer.size() > 1 && integer[0] == '0') integer.erase(integer.begin());
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string grouped;
  for (size_t i = 0; i < integer.size(); i++) {
    if (i > 0 && (integer.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(integer[i]);
  }
  bool negative = std::signbit(x);
  std::string result = (negative ? "-" : "") + grouped + (fraction.empty() ? "" : "." + fraction);
  return Ascii(isolate, result);
}

// Spec: Number.prototype.toFixed(fractionDigits).
Value Builtin_LibNumberPrototypeToFixed(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "toFixed", &x)) return Value::Exception();
  double f;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &f)) return Value::Exception();
  if (!(f >= 0 && f <= 100)) {
    return ThrowRangeError(isolate, "toFixed() digits argument must be between 0 and 100");
  }
  if (!std::isfinite(x) || std::fabs(x) >= 1e21) return Ascii(isolate, NumberToAscii(x));
  return Ascii(isolate, ToFixedString(x, static_cast<int>(f)));
}

// Spec: Number.prototype.toPrecision(precision).
Value Builtin_LibNumberPrototypeToPrecision(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "toPrecision", &x)) return Value::Exception();
  if (args.at(0)->IsUndefined()) return Ascii(isolate, NumberToAscii(x));
  double p;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &p)) return Value::Exception();
  if (!std::isfinite(x)) return Ascii(isolate, NumberToAscii(x));
  if (!(p >= 1 && p <= 100)) {
    return ThrowRangeError(isolate, "toPrecision() argument must be between 1 and 100");
  }
  return Ascii(isolate, ToPrecisionString(x, static_cast<int>(p)));
}

// Spec: Number.prototype.toExponential(fractionDigits).
Value Builtin_LibNumberPrototypeToExponential(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "toExponential", &x)) return Value::Exception();
  double f;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &f)) return Value::Exception();
  if (!std::isfinite(x)) return Ascii(isolate, NumberToAscii(x));
  if (!(f >= 0 && f <= 100)) {
    return ThrowRangeError(isolate, "toExponential() argument must be between 0 and 100");
  }
  int digits = args.at(0)->IsUndefined() ? -1 : static_cast<int>(f);
  return Ascii(isolate, ToExponentialString(x, digits));
}

Value Builtin_LibNumberPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  double x;
  if (!ThisNumberValue(isolate, args.receiver(), "valueOf", &x)) return Value::Exception();
  return Value::FromDouble(x);
}

// -- Boolean ---------------------------------------------------------------------------

// Spec: Boolean(value) (20.3.1.1).
Value Builtin_LibBooleanConstructor(Isolate* isolate, BuiltinArguments args) {
  Value b = Value::FromBool(ToBooleanValue(args[0]));
  if (!args.is_construct_call()) return b;
  Handle<Value> primitive = handle(b, isolate);
  Handle<JSReceiver> wrapper = F(isolate)->NewJSPrimitiveWrapper(primitive);
  Handle<Value> new_target = args.new_target();
  if (lucid::IsJSReceiver(*new_target) && *new_target != *args.target()) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return Value::Exception();
    if (lucid::IsJSReceiver(*proto)) JSReceiver::SetPrototype(isolate, wrapper, proto);
  }
  return wrapper->ToValue();
}

namespace {
bool ThisBooleanValue(Isolate* isolate, Handle<Value> receiver, const char* method, bool* out) {
  if (receiver->IsBoolean()) {
    *out = receiver->IsTrue();
    return true;
  }
  if (lucid::IsJSPrimitiveWrapper(*receiver) &&
      JSPrimitiveWrapper::cast(*receiver)->value().IsBoolean()) {
    *out = JSPrimitiveWrapper::cast(*receiver)->value().IsTrue();
    return true;
  }
  std::string name = std::string("Boolean.prototype.") + method;
  ThrowTemplate(isolate, MessageTemplate::kNotGeneric, {name, "Boolean"});
  return false;
}
}  // namespace

Value Builtin_LibBooleanPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  bool b;
  if (!ThisBooleanValue(isolate, args.receiver(), "toString", &b)) return Value::Exception();
  return b ? isolate->roots().true_string() : isolate->roots().false_string();
}

Value Builtin_LibBooleanPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  bool b;
  if (!ThisBooleanValue(isolate, args.receiver(), "valueOf", &b)) return Value::Exception();
  return Value::FromBool(b);
}

// -- Global functions -------------------------------------------------------------------

// Spec: parseInt(string, radix) (19.2.5).
Value Builtin_LibGlobalParseInt(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ToString(isolate, args.at(0)).ToHandle(&s)) return Value::Exception();
  int32_t radix;
  if (!ToInt32(isolate, args.at(1), &radix)) return Value::Exception();
  std::u16string text = ToU16(s);
  std::span<const uint16_t> chars(reinterpret_cast<const uint16_t*>(text.data()), text.size());
  return Value::FromDouble(ParseIntCore(chars, radix));
}

// Spec: parseFloat(string) (19.2.4).
Value Builtin_LibGlobalParseFloat(Isolate* isolate, BuiltinArguments args) {
  Handle<String> s;
  if (!ToString(isolate, args.at(0)).ToHandle(&s)) return Value::Exception();
  std::u16string text = ToU16(s);
  std::span<const uint16_t> chars(reinterpret_cast<const uint16_t*>(text.data()), text.size());
  return Value::FromDouble(ParseFloatPrefix(chars));
}

// Spec: isNaN(number) / isFinite(number): ToNumber, then test.
Value Builtin_LibGlobalIsNaN(Isolate* isolate, BuiltinArguments args) {
  double d;
  if (!ToNumber(isolate, args.at(0), &d)) return Value::Exception();
  return Value::FromBool(std::isnan(d));
}

Value Builtin_LibGlobalIsFinite(Isolate* isolate, BuiltinArguments args) {
  double d;
  if (!ToNumber(isolate, args.at(0), &d)) return Value::Exception();
  return Value::FromBool(std::isfinite(d));
}

}  // namespace lucid
