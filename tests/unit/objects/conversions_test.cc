// Copyright 2025 the Lucid authors. MIT license.
// Number <-> string conversions against the values node 20 prints.
//
// Every expected value below was produced by node (`String(x)`,
// `x.toString(r)`, `Number(s)`, `parseFloat(s)`, `parseInt(s, r)`, `x|0`,
// `x>>>0`); doubles are written with 17 significant digits so they
// round-trip exactly.
#include "vm/conversions.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace lucid {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Bitwise identity, except that every NaN matches every NaN: tells -0 from +0.
::testing::AssertionResult SameNumber(double expected, double actual) {
  if (std::isnan(expected) && std::isnan(actual)) return ::testing::AssertionSuccess();
  if (std::bit_cast<uint64_t>(expected) == std::bit_cast<uint64_t>(actual)) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "expected " << expected << " (signbit "
                                       << std::signbit(expected) << "), got " << actual
                                       << " (signbit " << std::signbit(actual) << ")";
}

std::span<const uint16_t> TwoByte(std::u16string_view s) {
  return {reinterpret_cast<const uint16_t*>(s.data()), s.size()};
}

// Narrows to Latin-1 when every unit fits, so both string widths are tested.
bool ToOneByte(std::u16string_view s, std::vector<uint8_t>* out) {
  out->clear();
  for (char16_t c : s) {
    if (c > 0xFF) return false;
    out->push_back(static_cast<uint8_t>(c));
  }
  return true;
}

struct ToStringCase {
  double value;
  const char* expected;
};
const ToStringCase kToStringCases[] = {
  {0.0000000000000000, "0"},
  {-0.0, "0"},
  {1.0000000000000000, "1"},
  {-1.0000000000000000, "-1"},
  {1.5000000000000000, "1.5"},
  {-1.5000000000000000, "-1.5"},
  {0.10000000000000001, "0.1"},
  {0.30000000000000004, "0.30000000000000004"},
  {0.33333333333333331, "0.3333333333333333"},
  {0.66666666666666663, "0.6666666666666666"},
  {123456789.00000000, "123456789"},
  {1.0000000000000000e+21, "1e+21"},
  {1.0000000000000000e+20, "100000000000000000000"},
  {1.2300000000000000e+20, "123000000000000000000"},
  {1.0000000000000000e+21, "1e+21"},
  {9.9999999999999995e-7, "0.000001"},
  {9.9999999999999995e-8, "1e-7"},
  {1.4999999999999999e-7, "1.5e-7"},
  {0.0000012340000000000000, "0.000001234"},
  {1.7976931348623157e+308, "1.7976931348623157e+308"},
  {4.9406564584124654e-324, "5e-324"},
  {2.2250738585072014e-308, "2.2250738585072014e-308"},
  {4294967295.0000000, "4294967295"},
  {4294967296.0000000, "4294967296"},
  {9007199254740992.0, "9007199254740992"},
  {9007199254740994.0, "9007199254740994"},
  {1.0000000000000000e+100, "1e+100"},
  {1.2345678901234568e-300, "1.2345678901234568e-300"},
  {100.00000000000000, "100"},
  {1000000.0000000000, "1000000"},
  {123.45600000000000, "123.456"},
  {-1.2345600000000000e-8, "-1.23456e-8"},
  {0.50000000000000000, "0.5"},
  {25.000000000000000, "25"},
  {1000000000000000.0, "1000000000000000"},
  {10000000000000000, "10000000000000000"},
  {1.0000000000000000e+17, "100000000000000000"},
  {1.2345678901234567e+19, "12345678901234567000"},
  {kNaN, "NaN"},
  {kInf, "Infinity"},
  {-kInf, "-Infinity"},
  {9.9999999999999995e-7, "0.000001"},
  {1.0000000000000002, "1.0000000000000002"},
  {9007199254740992.0, "9007199254740992"},
  {3.1415899999999999, "3.14159"},
  {0.000010000000000000001, "0.00001"},
  {1.4821969375237396e-323, "1.5e-323"},
  {2147483648.0000000, "2147483648"},
  {-2147483648.0000000, "-2147483648"},
  {2147483647.0000000, "2147483647"},
};

TEST(Conversions, NumberToStringMatchesNode) {
  for (const ToStringCase& c : kToStringCases) {
    EXPECT_EQ(NumberToStdString(c.value), c.expected) << "value " << c.value;
  }
}

TEST(Conversions, ExponentThresholds) {
  // Spec: decimal notation up to n = 21 digits, exponential from 1e21 on;
  // down to 1e-6 decimal, 1e-7 exponential.
  EXPECT_EQ(NumberToStdString(999999999999999900000.0), "999999999999999900000");
  EXPECT_EQ(NumberToStdString(1e21), "1e+21");
  EXPECT_EQ(NumberToStdString(-1e21), "-1e+21");
  EXPECT_EQ(NumberToStdString(0.000001), "0.000001");
  EXPECT_EQ(NumberToStdString(0.0000001), "1e-7");
  EXPECT_EQ(NumberToStdString(1.25e-7), "1.25e-7");
}

TEST(Conversions, IntToCString) {
  char buffer[kDoubleToCStringBufferSize];
  EXPECT_EQ(IntToCString(0, buffer), "0");
  EXPECT_EQ(IntToCString(-2147483647 - 1, buffer), "-2147483648");
  EXPECT_EQ(IntToCString(2147483647, buffer), "2147483647");
  // Every int32 prints the same through the double path.
  for (int32_t i : {1, -1, 7, 100, 65535, -99999, 123456789}) {
    EXPECT_EQ(IntToCString(i, buffer), NumberToStdString(i));
  }
}

struct RadixCase {
  double value;
  int radix;
  const char* expected;
};
const RadixCase kRadixCases[] = {
  {255.00000000000000, 16, "ff"},
  {255.00000000000000, 2, "11111111"},
  {-255.00000000000000, 36, "-73"},
  {0.50000000000000000, 2, "0.1"},
  {0.10000000000000001, 2, "0.0001100110011001100110011001100110011001100110011001101"},
  {0.10000000000000001, 3, "0.0022002200220022002200220022002201"},
  {0.10000000000000001, 16, "0.1999999999999a"},
  {0.33333333333333331, 3, "0.1"},
  {3.1415899999999999, 16, "3.243f3e0370cdc"},
  {3.1415899999999999, 7, "3.066364631133534554"},
  {1.0000000000000000e+21, 36, "5v1j4f4ds7c000"},
  {1.0000000000000000e+21, 2, "1101100011010111001001101011011100010111011110101000000000000000000000"},
  {-0.0, 2, "0"},
  {9007199254740994.0, 3, "1121202011211211122211100012101111"},
  {1.7976931348623157e+308, 36, "1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
  {4.9406564584124654e-324, 2, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"},
  {123.45600000000000, 36, "3f.gez4w97ry"},
  {9.9999999999999995e-7, 5, "0.0000000014340322421131001434033"},
  {9.9999999999999995e-8, 16, "0.000001ad7f29abcaf48"},
  {kNaN, 2, "NaN"},
  {kInf, 16, "Infinity"},
  {-kInf, 8, "-Infinity"},
  {4294967295.0000000, 16, "ffffffff"},
  {-2147483648.0000000, 2, "-10000000000000000000000000000000"},
  {0.99999999999999989, 2, "0.11111111111111111111111111111111111111111111111111111"},
  {0.99999999999999989, 36, "0.zzzzzzzzzza"},
  {99.989999999999995, 11, "90.a987654320a986"},
  {1.0000000000000001e+300, 7, "6562255533065302131000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
};

TEST(Conversions, RadixToStringMatchesNode) {
  for (const RadixCase& c : kRadixCases) {
    EXPECT_EQ(NumberToStdString(c.value, c.radix), c.expected)
        << "value " << c.value << " radix " << c.radix;
  }
}

TEST(Conversions, RadixIntegersRoundTripThroughParseInt) {
  for (int radix = 2; radix <= 36; ++radix) {
    for (double value : {0.0, 1.0, 35.0, 36.0, 1295.0, 4294967295.0, 9007199254740991.0}) {
      std::string text = NumberToStdString(value, radix);
      std::vector<uint8_t> bytes(text.begin(), text.end());
      EXPECT_TRUE(SameNumber(value, ParseIntCore(bytes, radix)))
          << text << " radix " << radix;
    }
  }
}

struct StringToNumberCase {
  std::u16string_view text;
  double expected;
};
const StringToNumberCase kStringToNumberCases[] = {
  {u"", 0.0000000000000000},
  {u" ", 0.0000000000000000},
  {u"  12  ", 12.000000000000000},
  {u"\x09""\x0a""\x0b""\x0c""\x0d"" 12", 12.000000000000000},
  {u"\xa0""\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff7", 7.0000000000000000},
  {u"\u180e1", kNaN},
  {u"0x10", 16.000000000000000},
  {u"0X1f", 31.000000000000000},
  {u"0o17", 15.000000000000000},
  {u"0O17", 15.000000000000000},
  {u"0b101", 5.0000000000000000},
  {u"0B2", kNaN},
  {u"-0x10", kNaN},
  {u"+0x10", kNaN},
  {u"0x", kNaN},
  {u"0b", kNaN},
  {u"0o", kNaN},
  {u"Infinity", kInf},
  {u"-Infinity", -kInf},
  {u"+Infinity", kInf},
  {u"infinity", kNaN},
  {u"Infinityx", kNaN},
  {u"1e", kNaN},
  {u"1e+", kNaN},
  {u"1e5", 100000.00000000000},
  {u"1E-5", 0.000010000000000000001},
  {u".5", 0.50000000000000000},
  {u"5.", 5.0000000000000000},
  {u".", kNaN},
  {u"+.5", 0.50000000000000000},
  {u"-.5e1", -5.0000000000000000},
  {u"1_000", kNaN},
  {u"12abc", kNaN},
  {u"00012", 12.000000000000000},
  {u"-0", -0.0},
  {u"+0", 0.0000000000000000},
  {u"1e1000", kInf},
  {u"-1e1000", -kInf},
  {u"1e-1000", 0.0000000000000000},
  {u"0.0000001", 9.9999999999999995e-8},
  {u"123456789012345678901234567890", 1.2345678901234568e+29},
  {u"0x1fffffffffffff", 9007199254740991.0},
  {u"0x20000000000001", 9007199254740992.0},
  {u"0x20000000000003", 9007199254740996.0},
  {u"0x1fffffffffffff8", 1.4411518807585587e+17},
  {u"0xfffffffffffffc00", 1.8446744073709552e+19},
  {u"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", kInf},
  {u"0b111111111111111111111111111111111111111111111111111111111111", 1.1529215046068470e+18},
  {u"0o777777777777777777777", 9.2233720368547758e+18},
  {u"2.4703282292062328e-324", 4.9406564584124654e-324},
  {u"2.4703282292062327e-324", 0.0000000000000000},
  {u"1.7976931348623158e308", 1.7976931348623157e+308},
  {u"1.7976931348623159e308", kInf},
  {u"0.1e-400", 0.0000000000000000},
  {u"00.5", 0.50000000000000000},
  {u"1..2", kNaN},
  {u"1e5.5", kNaN},
  {u"--1", kNaN},
  {u"NaN", kNaN},
  {u"4294967295", 4294967295.0000000},
  {u"9007199254740993", 9007199254740992.0},
  {u"1.2.3", kNaN},
  {u"0.00000000000000000000000000000000000000001e40", 0.10000000000000001},
};

TEST(Conversions, StringToNumberMatchesNode) {
  std::vector<uint8_t> bytes;
  for (const StringToNumberCase& c : kStringToNumberCases) {
    EXPECT_TRUE(SameNumber(c.expected, StringToNumber(TwoByte(c.text))))
        << "two-byte input #" << (&c - kStringToNumberCases);
    if (ToOneByte(c.text, &bytes)) {
      EXPECT_TRUE(SameNumber(c.expected, StringToNumber(std::span<const uint8_t>(bytes))))
          << "one-byte input #" << (&c - kStringToNumberCases);
    }
  }
}

TEST(Conversions, StringToNumberLongInputs) {
  // 1000 digits are still correctly rounded (from_chars has no digit limit).
  std::string digits = "1" + std::string(999, '0');
  EXPECT_TRUE(SameNumber(kInf, StringToNumber(digits)));
  std::string small = "0." + std::string(330, '0') + "5";
  EXPECT_TRUE(SameNumber(0.0, StringToNumber(small)));
  std::string fraction = "0." + std::string(300, '0') + "1";
  EXPECT_TRUE(SameNumber(1e-301, StringToNumber(fraction)));
  EXPECT_TRUE(SameNumber(0.0, StringToNumber("0e99999999999999999999999")));
  EXPECT_TRUE(SameNumber(kInf, StringToNumber("1e99999999999999999999999")));
  EXPECT_TRUE(SameNumber(0.0, StringToNumber("1e-99999999999999999999999")));
  EXPECT_TRUE(SameNumber(-0.0, StringToNumber("-1e-99999999999999999999999")));
}

struct ParseFloatCase {
  std::u16string_view text;
  double expected;
};
const ParseFloatCase kParseFloatCases[] = {
  {u"3.14abc", 3.1400000000000001},
  {u"  -0", -0.0},
  {u"-0", -0.0},
  {u".5e-3x", 0.00050000000000000001},
  {u"1e", 1.0000000000000000},
  {u"1e+", 1.0000000000000000},
  {u"Infinityx", kInf},
  {u"-Infinityy", -kInf},
  {u"0x10", 0.0000000000000000},
  {u"abc", kNaN},
  {u"", kNaN},
  {u"  +1.5e3e4", 1500.0000000000000},
  {u"1.e2", 100.00000000000000},
  {u"1.", 1.0000000000000000},
  {u"-.e1", kNaN},
  {u"\u20001", 1.0000000000000000},
  {u"1e1000", kInf},
  {u"5e-400", 0.0000000000000000},
};

TEST(Conversions, ParseFloatMatchesNode) {
  std::vector<uint8_t> bytes;
  for (const ParseFloatCase& c : kParseFloatCases) {
    EXPECT_TRUE(SameNumber(c.expected, ParseFloatPrefix(TwoByte(c.text))))
        << "input #" << (&c - kParseFloatCases);
    if (ToOneByte(c.text, &bytes)) {
      EXPECT_TRUE(SameNumber(c.expected, ParseFloatPrefix(std::span<const uint8_t>(bytes))))
          << "one-byte input #" << (&c - kParseFloatCases);
    }
  }
}

struct ParseIntCase {
  std::u16string_view text;
  int32_t radix;
  double expected;
};
const ParseIntCase kParseIntCases[] = {
  {u"123", 0, 123.00000000000000},
  {u"  -123abc", 0, -123.00000000000000},
  {u"0x1F", 0, 31.000000000000000},
  {u"0x1F", 16, 31.000000000000000},
  {u"0x1F", 10, 0.0000000000000000},
  {u"-0", 0, -0.0},
  {u"-0x10", 0, -16.000000000000000},
  {u"z", 36, 35.000000000000000},
  {u"ZZ", 36, 1295.0000000000000},
  {u"11", 2, 3.0000000000000000},
  {u"12", 2, 1.0000000000000000},
  {u"", 10, kNaN},
  {u"  ", 10, kNaN},
  {u"1", 1, kNaN},
  {u"1", 37, kNaN},
  {u"10", 0, 10.000000000000000},
  {u"777", 8, 511.00000000000000},
  {u"123456789012345678901234567890", 10, 1.2345678901234568e+29},
  {u"123456789012345678901234567890", 36, 1.4362876794323633e+45},
  {u"zzzzzzzzzzzzzzzzzzzzzzzzz", 36, 8.0828127746476405e+38},
  {u"1111111111111111111111111111111111111111111111111111111111111", 2, 2.3058430092136940e+18},
  {u"0x", 0, kNaN},
  {u"0x", 16, kNaN},
  {u"0xg", 16, kNaN},
  {u"9007199254740993", 10, 9007199254740992.0},
  {u"abcdefghijklmnop", 25, 3.8966795222626789e+20},
  {u"ffffffffffffffffffff", 16, 1.2089258196146292e+24},
  {u"1e3", 10, 1.0000000000000000},
  {u"0b11", 0, 0.0000000000000000},
};

TEST(Conversions, ParseIntMatchesNode) {
  std::vector<uint8_t> bytes;
  for (const ParseIntCase& c : kParseIntCases) {
    EXPECT_TRUE(SameNumber(c.expected, ParseIntCore(TwoByte(c.text), c.radix)))
        << "input #" << (&c - kParseIntCases);
    if (ToOneByte(c.text, &bytes)) {
      EXPECT_TRUE(SameNumber(c.expected, ParseIntCore(std::span<const uint8_t>(bytes), c.radix)))
          << "one-byte input #" << (&c - kParseIntCases);
    }
  }
}

struct IntCase {
  double value;
  int32_t int32;
  uint32_t uint32;
};
const IntCase kIntCases[] = {
  {0.0000000000000000, 0, 0u},
  {-0.0, 0, 0u},
  {1.8999999999999999, 1, 1u},
  {-1.8999999999999999, -1, 4294967295u},
  {2147483648.0000000, -2147483648, 2147483648u},
  {4294967296.0000000, 0, 0u},
  {4294967297.5000000, 1, 1u},
  {-2147483649.0000000, 2147483647, 2147483647u},
  {1.0000000000000000e+20, 1661992960, 1661992960u},
  {-1.0000000000000000e+20, -1661992960, 2632974336u},
  {kNaN, 0, 0u},
  {kInf, 0, 0u},
  {9007199254740992.0, 0, 0u},
  {9.2233720368547758e+18, 0, 0u},
  {3000000000.0000000, -1294967296, 3000000000u},
  {-3000000000.0000000, 1294967296, 1294967296u},
  {1.7976931348623157e+308, 0, 0u},
};

TEST(Conversions, ToInt32AndToUint32MatchNode) {
  for (const IntCase& c : kIntCases) {
    EXPECT_EQ(DoubleToInt32(c.value), c.int32) << "value " << c.value;
    EXPECT_EQ(DoubleToUint32(c.value), c.uint32) << "value " << c.value;
  }
  EXPECT_EQ(DoubleToUint16(65537.0), 1);
  EXPECT_EQ(DoubleToUint16(-1.0), 65535);
}

TEST(Conversions, ToIntegerOrInfinity) {
  EXPECT_TRUE(SameNumber(0.0, DoubleToIntegerOrInfinity(kNaN)));
  EXPECT_TRUE(SameNumber(0.0, DoubleToIntegerOrInfinity(-0.0)));
  EXPECT_TRUE(SameNumber(0.0, DoubleToIntegerOrInfinity(0.5)));
  // Mathematical values have no -0: truncating -0.5 gives +0.
  EXPECT_TRUE(SameNumber(0.0, DoubleToIntegerOrInfinity(-0.5)));
  EXPECT_TRUE(SameNumber(-3.0, DoubleToIntegerOrInfinity(-3.7)));
  EXPECT_TRUE(SameNumber(kInf, DoubleToIntegerOrInfinity(kInf)));
}

TEST(Conversions, CanonicalArrayIndexStrings) {
  uint32_t index = 12345;
  EXPECT_TRUE(StringToArrayIndex("7", &index));
  EXPECT_EQ(index, 7u);
  EXPECT_TRUE(StringToArrayIndex("0", &index));
  EXPECT_EQ(index, 0u);
  EXPECT_TRUE(StringToArrayIndex("4294967294", &index));
  EXPECT_EQ(index, 4294967294u);
  for (const char* not_index : {"", "07", "00", "-1", "+1", "1.0", " 1", "1 ", "4294967295",
                                "4294967296", "99999999999", "1e3", "0x1", "a"}) {
    EXPECT_FALSE(StringToArrayIndex(not_index, &index)) << not_index;
  }
  const uint16_t two_byte[] = {'4', '2'};
  EXPECT_TRUE(StringToArrayIndex(std::span<const uint16_t>(two_byte), &index));
  EXPECT_EQ(index, 42u);
  const uint16_t arabic_digit[] = {0x0661};
  EXPECT_FALSE(StringToArrayIndex(std::span<const uint16_t>(arabic_digit), &index));
}

TEST(Conversions, DoubleArrayIndices) {
  uint32_t index = 0;
  EXPECT_TRUE(DoubleToArrayIndex(0.0, &index));
  EXPECT_FALSE(DoubleToArrayIndex(-0.0, &index));
  EXPECT_FALSE(DoubleToArrayIndex(1.5, &index));
  EXPECT_FALSE(DoubleToArrayIndex(kNaN, &index));
  EXPECT_FALSE(DoubleToArrayIndex(-1.0, &index));
  EXPECT_TRUE(DoubleToArrayIndex(4294967294.0, &index));
  EXPECT_EQ(index, 4294967294u);
  EXPECT_FALSE(DoubleToArrayIndex(4294967295.0, &index));
}

TEST(Conversions, WhiteSpace) {
  for (uint32_t c : {0x09u, 0x0Au, 0x0Bu, 0x0Cu, 0x0Du, 0x20u, 0xA0u, 0x1680u, 0x2000u, 0x2005u,
                     0x200Au, 0x2028u, 0x2029u, 0x202Fu, 0x205Fu, 0x3000u, 0xFEFFu}) {
    EXPECT_TRUE(IsWhiteSpaceOrLineTerminator(c)) << std::hex << c;
  }
  for (uint32_t c : {0x00u, 0x08u, 0x0Eu, 0x1Fu, 0x41u, 0x85u, 0x180Eu, 0x200Bu, 0xFFFEu}) {
    EXPECT_FALSE(IsWhiteSpaceOrLineTerminator(c)) << std::hex << c;
  }
}

}  // namespace
}  // namespace lucid
