// Copyright the Lucid authors. MIT license.
// The Math object's functions (ECMA-262 21.3): each coerces its arguments
// with ToNumber (in order, all of them) and applies the IEEE operation with
// JS's special cases.

#include <bit>
#include <cmath>
#include <vector>

#include "runtime/library/library_util.h"
#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// Unary Math functions: ToNumber(x), then {op}.
template <typename Op>
Value Unary(Isolate* isolate, BuiltinArguments args, Op op) {
  double x;
  if (!ToNumber(isolate, args.at(0), &x)) return Value::Exception();
  return Value::FromDouble(op(x));
}

// Spec: Number::exponentiate(base, exponent) (6.1.6.1.3).
double JSPow(double base, double exponent) {
  if (std::isnan(exponent)) return std::nan("");
  if (exponent == 0) return 1;
  if (std::isnan(base)) return std::nan("");
  if (std::fabs(base) == 1 && std::isinf(exponent)) return std::nan("");
  return std::pow(base, exponent);
}

double JSRound(double x) {
  if (!std::isfinite(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  double floor = std::floor(x);
  return x - floor >= 0.5 ? floor + 1 : floor;
}

// Collects ToNumber of every argument (all are coerced, even after a NaN).
bool AllNumbers(Isolate* isolate, BuiltinArguments args, std::vector<double>* out) {
  for (int i = 0; i < args.length(); i++) {
    double d;
    if (!ToNumber(isolate, args.at(i), &d)) return false;
    out->push_back(d);
  }
  return true;
}

}  // namespace

#define UNARY_MATH(Name, expression)                                        \
  Value Builtin_LibMath##Name(Isolate* isolate, BuiltinArguments args) {    \
    return Unary(isolate, args, [](double x) -> double { return expression; }); \
  }
UNARY_MATH(Abs, std::fabs(x))
UNARY_MATH(Acos, std::acos(x))
UNARY_MATH(Acosh, std::acosh(x))
UNARY_MATH(Asin, std::asin(x))
UNARY_MATH(Asinh, std::asinh(x))
UNARY_MATH(Atan, std::atan(x))
UNARY_MATH(Atanh, std::atanh(x))
// NOTE: through long double: glibc's double cbrt is off by an ulp where V8's is not (27 -> 3).
UNARY_MATH(Cbrt, static_cast<double>(cbrtl(static_cast<long double>(x))))
UNARY_MATH(Ceil, std::ceil(x))
UNARY_MATH(Cos, std::cos(x))
UNARY_MATH(Cosh, std::cosh(x))
UNARY_MATH(Exp, std::exp(x))
UNARY_MATH(Expm1, std::expm1(x))
UNARY_MATH(Floor, std::floor(x))
UNARY_MATH(Fround, static_cast<double>(static_cast<float>(x)))
UNARY_MATH(Log, std::log(x))
UNARY_MATH(Log1p, std::log1p(x))
UNARY_MATH(Log10, std::log10(x))
UNARY_MATH(Log2, std::log2(x))
UNARY_MATH(Round, JSRound(x))
UNARY_MATH(Sign, std::isnan(x) || x == 0 ? x : (x > 0 ? 1.0 : -1.0))
UNARY_MATH(Sin, std::sin(x))
UNARY_MATH(Sinh, std::sinh(x))
UNARY_MATH(Sqrt, std::sqrt(x))
UNARY_MATH(Tan, std::tan(x))
UNARY_MATH(Tanh, std::tanh(x))
UNARY_MATH(Trunc, std::trunc(x))
#undef UNARY_MATH

// Spec: Math.clz32(x): ToUint32, count leading zero bits.
Value Builtin_LibMathClz32(Isolate* isolate, BuiltinArguments args) {
  uint32_t n;
  if (!ToUint32(isolate, args.at(0), &n)) return Value::Exception();
  return Value::FromInt32(std::countl_zero(n));
}

// Spec: Math.atan2(y, x).
Value Builtin_LibMathAtan2(Isolate* isolate, BuiltinArguments args) {
  double y, x;
  if (!ToNumber(isolate, args.at(0), &y)) return Value::Exception();
  if (!ToNumber(isolate, args.at(1), &x)) return Value::Exception();
  return Value::FromDouble(std::atan2(y, x));
}

// Spec: Math.imul(x, y): ToUint32 both, multiply modulo 2^32.
Value Builtin_LibMathImul(Isolate* isolate, BuiltinArguments args) {
  uint32_t a, b;
  if (!ToUint32(isolate, args.at(0), &a)) return Value::Exception();
  if (!ToUint32(isolate, args.at(1), &b)) return Value::Exception();
  return Value::FromInt32(static_cast<int32_t>(a * b));
}

// Spec: Math.pow(base, exponent).
Value Builtin_LibMathPow(Isolate* isolate, BuiltinArguments args) {
  double base, exponent;
  if (!ToNumber(isolate, args.at(0), &base)) return Value::Exception();
  if (!ToNumber(isolate, args.at(1), &exponent)) return Value::Exception();
  return Value::FromDouble(JSPow(base, exponent));
}

// Spec: Math.max(...args): NaN wins, +0 beats -0.
Value Builtin_LibMathMax(Isolate* isolate, BuiltinArguments args) {
  std::vector<double> values;
  if (!AllNumbers(isolate, args, &values)) return Value::Exception();
  double result = -INFINITY;
  for (double v : values) {
    if (std::isnan(v)) return Value::FromDouble(std::nan(""));
    if (v > result || (v == 0 && result == 0 && !std::signbit(v))) result = v;
  }
  return Value::FromDouble(result);
}

// Spec: Math.min(...args): NaN wins, -0 beats +0.
Value Builtin_LibMathMin(Isolate* isolate, BuiltinArguments args) {
  std::vector<double> values;
  if (!AllNumbers(isolate, args, &values)) return Value::Exception();
  double result = INFINITY;
  for (double v : values) {
    if (std::isnan(v)) return Value::FromDouble(std::nan(""));
    if (v < result || (v == 0 && result == 0 && std::signbit(v))) result = v;
  }
  return Value::FromDouble(result);
}

// Spec: Math.hypot(...args): Infinity beats NaN; scaled to avoid overflow.
Value Builtin_LibMathHypot(Isolate* isolate, BuiltinArguments args) {
  std::vector<double> values;
  if (!AllNumbers(isolate, args, &values)) return Value::Exception();
  bool saw_nan = false;
  double max = 0;
  for (double v : values) {
    if (std::isinf(v)) return Value::FromDouble(INFINITY);
    if (std::isnan(v)) saw_nan = true;
    max = std::max(max, std::fabs(v));
  }
  if (saw_nan) return Value::FromDouble(std::nan(""));
  if (max == 0) return Value::FromInt32(0);
  // Kahan-compensated sum of the squares of the scaled values.
  double sum = 0, compensation = 0;
  for (double v : values) {
    double scaled = v / max;
    double term = scaled * scaled - compensation;
    double next = sum + term;
    compensation = (next - sum) - term;
    sum = next;
  }
  return Value::FromDouble(std::sqrt(sum) * max);
}

// Math.random(): 53 random bits from the isolate's generator (seeded per
// isolate; fixed under --predictable).
// FIXME(#2): V8 uses xorshift128+ with its state in the native context; the
// isolate has no slot for the library's state yet, so this draws from the
// factory's per-isolate generator instead.
Value Builtin_LibMathRandom(Isolate* isolate, BuiltinArguments args) {
  (void)args;
  uint64_t high = F(isolate)->NextHash();
  uint64_t low = F(isolate)->NextHash();
  uint64_t bits = ((high << 32) | low) >> 11;  // 53 bits
  return Value::FromDouble(static_cast<double>(bits) / 9007199254740992.0);
}

}  // namespace lucid
