// Copyright 2024 the Lucid authors. MIT license.
// The value table: tags, canonical int32, -0, NaN, boundaries.

#include "vm/value.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>

namespace lucid {
namespace {

uint64_t Bits(double d) { return std::bit_cast<uint64_t>(d); }

TEST(Value, TableTags) {
  EXPECT_EQ(Value::FromInt32(0).raw_bits(), 0xFFF9'0000'0000'0000u);
  EXPECT_EQ(Value::FromInt32(-1).raw_bits(), 0xFFF9'0000'FFFF'FFFFu);
  EXPECT_EQ(Value::FromInt32(7).raw_bits(), 0xFFF9'0000'0000'0007u);
  EXPECT_EQ(Value::Undefined().raw_bits(), 0xFFFB'0000'0000'0000u);
  EXPECT_EQ(Value::Null().raw_bits(), 0xFFFB'0000'0000'0001u);
  EXPECT_EQ(Value::False().raw_bits(), 0xFFFB'0000'0000'0002u);
  EXPECT_EQ(Value::True().raw_bits(), 0xFFFB'0000'0000'0003u);
  EXPECT_EQ(Value::TheHole().raw_bits(), 0xFFFB'0000'0000'0004u);
  EXPECT_EQ(Value::Exception().raw_bits(), 0xFFFB'0000'0000'0005u);
  // A pointer keeps its 48-bit address under the 0xFFFA tag.
  alignas(8) static uint64_t cell[2];
  Value p = Value::FromHeapObject(reinterpret_cast<HeapObject*>(cell));
  EXPECT_TRUE(p.IsHeapObject());
  EXPECT_EQ(p.tag(), Value::kPointerTag);
  EXPECT_EQ(p.heap_address(), reinterpret_cast<Address>(cell));
  EXPECT_FALSE(p.IsNumber());
  EXPECT_TRUE(p.IsValid());
}

TEST(Value, DoublesKeepTheirBits) {
  for (double d : {0.5, -0.5, 1e300, -1e-300, 4294967296.0, 2147483648.0,
                   -2147483649.0, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::denorm_min()}) {
    Value v = Value::FromDouble(d);
    EXPECT_TRUE(v.IsDouble()) << d;
    EXPECT_FALSE(v.IsInt32()) << d;
    EXPECT_EQ(v.raw_bits(), Bits(d)) << d;
    EXPECT_EQ(v.Number(), d);
  }
}

TEST(Value, CanonicalInt32) {
  EXPECT_TRUE(Value::FromDouble(0.0).IsInt32());
  EXPECT_TRUE(Value::FromDouble(1.0).IsInt32());
  EXPECT_EQ(Value::FromDouble(42.0), Value::FromInt32(42));
  EXPECT_EQ(Value::FromDouble(2147483647.0), Value::FromInt32(INT32_MAX));
  EXPECT_EQ(Value::FromDouble(-2147483648.0), Value::FromInt32(INT32_MIN));
  EXPECT_TRUE(Value::FromDouble(2147483648.0).IsDouble());
  EXPECT_TRUE(Value::FromDouble(-2147483649.0).IsDouble());
  EXPECT_TRUE(Value::FromDouble(0.1).IsDouble());
  EXPECT_EQ(Value::FromUint32(0x7FFFFFFFu), Value::FromInt32(INT32_MAX));
  EXPECT_TRUE(Value::FromUint32(0x80000000u).IsDouble());
  EXPECT_EQ(Value::FromUint32(0x80000000u).Number(), 2147483648.0);
  EXPECT_EQ(Value::FromInt64(-5), Value::FromInt32(-5));
  EXPECT_TRUE(Value::FromInt64(int64_t{1} << 40).IsDouble());
  EXPECT_EQ(Value::FromInt32(-7).AsInt32(), -7);
  EXPECT_EQ(Value::FromInt32(-7).Number(), -7.0);
}

TEST(Value, MinusZeroIsADouble) {
  Value v = Value::FromDouble(-0.0);
  EXPECT_TRUE(v.IsDouble());
  EXPECT_EQ(v.raw_bits(), 0x8000'0000'0000'0000u);
  EXPECT_TRUE(std::signbit(v.Number()));
  EXPECT_NE(v, Value::FromInt32(0));
}

TEST(Value, NaNs) {
  // Both hardware default NaNs are doubles as they are.
  Value x86 = Value::FromRawBits(0xFFF8'0000'0000'0000);
  Value arm = Value::FromRawBits(0x7FF8'0000'0000'0000);
  EXPECT_TRUE(x86.IsDouble());
  EXPECT_TRUE(arm.IsDouble());
  EXPECT_TRUE(x86.IsNumber());
  EXPECT_TRUE(std::isnan(x86.Number()));
  EXPECT_TRUE(std::isnan(arm.Number()));
  // A NaN made from raw bits is canonicalized, whatever its sign/payload.
  for (uint64_t bits : {0xFFFF'FFFF'FFFF'FFFFull, 0xFFF9'0000'0000'0001ull,
                        0x7FF0'0000'0000'0001ull, 0xFFFA'1234'0000'0000ull,
                        0xFFF8'0000'0000'0000ull}) {
    Value v = Value::FromDouble(std::bit_cast<double>(bits));
    EXPECT_EQ(v.raw_bits(), Value::kCanonicalNaNBits) << std::hex << bits;
    EXPECT_TRUE(v.IsDouble());
  }
}

TEST(Value, Boundaries) {
  EXPECT_TRUE(Value::FromRawBits(Value::kMaxDoubleBits).IsDouble());
  EXPECT_FALSE(Value::FromRawBits(Value::kMaxDoubleBits + 1).IsDouble());
  EXPECT_FALSE(Value::FromRawBits(Value::kMaxDoubleBits + 1).IsValid());
  EXPECT_TRUE(Value::FromRawBits(0).IsDouble());  // +0.0 bits (raw).
  EXPECT_FALSE(Value::FromRawBits(0xFFFC'0000'0000'0000).IsValid());
  EXPECT_FALSE(Value::FromRawBits(0xFFFF'FFFF'FFFF'FFFF).IsValid());
  EXPECT_FALSE(Value::FromRawBits(0xFFFB'0000'0000'0006).IsValid());
  EXPECT_TRUE(Value::FromRawBits(0xFFFB'0000'0000'0005).IsValid());
  // Raw words the GC may meet on the JS stack decode as doubles.
  EXPECT_TRUE(Value::FromRawBits(0x0000'7FFF'FFFF'F000).IsDouble());
  EXPECT_TRUE(Value::FromRawBits(0xFFFF'FFFF).IsDouble());
  // Predicates.
  EXPECT_TRUE(Value::Undefined().IsNullOrUndefined());
  EXPECT_TRUE(Value::Null().IsNullOrUndefined());
  EXPECT_FALSE(Value::False().IsNullOrUndefined());
  EXPECT_TRUE(Value::True().IsBoolean());
  EXPECT_TRUE(Value::False().IsBoolean());
  EXPECT_FALSE(Value::Null().IsBoolean());
  EXPECT_FALSE(Value::TheHole().IsBoolean());
  EXPECT_TRUE(Value::FromBool(true).AsBool());
  EXPECT_TRUE(Value().IsUndefined());
  EXPECT_FALSE(Value::Undefined().IsNumber());
  EXPECT_TRUE(Value::FromInt32(1).IsNumber());
}

TEST(Value, SameValueHelpers) {
  double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(NumberSameValue(nan, nan));
  EXPECT_FALSE(NumberSameValue(0.0, -0.0));
  EXPECT_TRUE(NumberSameValue(1.5, 1.5));
  EXPECT_TRUE(NumberSameValueZero(nan, nan));
  EXPECT_TRUE(NumberSameValueZero(0.0, -0.0));
  EXPECT_FALSE(NumberStrictEquals(nan, nan));
  EXPECT_TRUE(NumberStrictEquals(0.0, -0.0));
  Value zero = Value::FromInt32(0);
  Value minus_zero = Value::FromDouble(-0.0);
  Value vnan = Value::FromDouble(nan);
  EXPECT_FALSE(NumberValuesSameValue(zero, minus_zero));
  EXPECT_TRUE(NumberValuesSameValue(vnan, Value::FromRawBits(0xFFF8'0000'0000'0000)));
  EXPECT_TRUE(NumberValuesStrictEquals(zero, minus_zero));
  EXPECT_FALSE(NumberValuesStrictEquals(vnan, vnan));
  EXPECT_TRUE(NumberValuesStrictEquals(Value::FromInt32(3), Value::FromInt32(3)));
  int32_t out = 0;
  EXPECT_TRUE(DoubleIsInt32(-3.0, &out));
  EXPECT_EQ(out, -3);
  EXPECT_FALSE(DoubleIsInt32(-0.0, &out));
  EXPECT_FALSE(DoubleIsInt32(nan, &out));
  EXPECT_FALSE(DoubleIsInt32(3.5, &out));
}

}  // namespace
}  // namespace lucid
