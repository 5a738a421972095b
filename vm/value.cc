// Copyright 2024 the Lucid authors. MIT license.
// Number comparison helpers for Value (the spec's Number::sameValue family).

#include "vm/value.h"

#include <cmath>

namespace lucid {

static_assert(std::bit_cast<uint64_t>(1.0) <= Value::kMaxDoubleBits);

bool NumberSameValue(double a, double b) {
  if (std::isnan(a)) return std::isnan(b);
  if (a == 0 && b == 0) return std::signbit(a) == std::signbit(b);
  return a == b;
}

bool NumberSameValueZero(double a, double b) {
  if (std::isnan(a)) return std::isnan(b);
  return a == b;
}

bool NumberValuesSameValue(Value a, Value b) {
  DCHECK(a.IsNumber() && b.IsNumber());
  // Canonical form: equal bits are the same value, and an int32 never equals
  // a double of the same value (except -0 vs 0, which SameValue separates).
  if (a == b) return true;
  if (a.IsInt32() || b.IsInt32()) return false;
  return NumberSameValue(a.AsDouble(), b.AsDouble());
}

bool NumberValuesStrictEquals(Value a, Value b) {
  DCHECK(a.IsNumber() && b.IsNumber());
  if (a.IsInt32() && b.IsInt32()) return a == b;
  return a.Number() == b.Number();
}

bool DoubleIsInt32(double d, int32_t* out) {
  if (!(d >= -2147483648.0 && d <= 2147483647.0)) return false;
  int32_t i = static_cast<int32_t>(d);
  if (static_cast<double>(i) != d) return false;
  if (i == 0 && std::signbit(d)) return false;
  *out = i;
  return true;
}

}  // namespace lucid
