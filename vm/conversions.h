// Copyright 2025 the Lucid authors. MIT license.
// Number <-> string conversions with ECMAScript semantics, heap-free.
//
// Everything here works on plain code-unit spans so the parser, the runtime
// and the string code share one implementation. Strings are sequences of
// UTF-16 code units stored one-byte (Latin-1, uint8_t) or two-byte
// (uint16_t); every reader is a template instantiated for both.
//
// Number -> string goes through std::to_chars (shortest round-trip digits)
// and is then laid out by the rules of Number::toString; string -> number
// validates the StringNumericLiteral grammar by hand and hands the decimal
// digits to std::from_chars (correctly rounded). There is no hand-written
// dtoa/strtod in Lucid (DESIGN.md "Property keys and strings").
#ifndef LUCID_VM_CONVERSIONS_H_
#define LUCID_VM_CONVERSIONS_H_

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>

namespace lucid {

// -- Number -> string -------------------------------------------------------

// Large enough for every radix-10 result: the longest is a 17-digit
// mantissa with sign, point and "e-308" ("-1.2345678901234567e-308", 24).
inline constexpr int kDoubleToCStringBufferSize = 32;

// The largest radix-2 rendering of a double: 1024 integer digits and up to
// 1074 + 52 fraction digits, a sign and a point (V8 sizes the same buffer).
inline constexpr int kDoubleToRadixBufferSize = 2200;

// Spec: Number::toString(x), radix 10 (ECMA-262 6.1.6.1.20).
// NaN -> "NaN", +-0 -> "0", +-Infinity -> "Infinity"/"-Infinity"; decimal
// notation for 1e-7 < |x| < 1e21, exponential ("1.5e+21", "1e-7") outside.
// Returns a view into {buffer}.
std::string_view DoubleToCString(double value,
                                 std::span<char, kDoubleToCStringBufferSize> buffer);

// Same for an int32 (the Value fast path: no floating point involved).
std::string_view IntToCString(int32_t value,
                              std::span<char, kDoubleToCStringBufferSize> buffer);

// Number.prototype.toString(radix) for 2 <= radix <= 36, radix != 10 (the
// caller routes 10 to DoubleToCString). Produces exactly V8's digits: the
// fraction is emitted until it is below half the distance to the next
// double, then rounded half-to-even; integer digits beyond 2^53 print as 0.
std::string_view DoubleToRadixCString(double value, int radix,
                                      std::span<char, kDoubleToRadixBufferSize> buffer);

// Convenience wrappers for tests and non-hot callers.
std::string NumberToStdString(double value);
std::string NumberToStdString(double value, int radix);

// -- String -> number -------------------------------------------------------

// Spec: StringToNumber(str) (7.1.4.1.1). Trims StrWhiteSpaceChar (incl. the
// Unicode Zs spaces, U+FEFF and line terminators) from both ends; "" -> 0;
// "0x"/"0o"/"0b" prefixes (unsigned only); [+-]Infinity; decimal literals
// with optional sign, fraction and exponent. Anything else -> NaN.
double StringToNumber(std::span<const uint8_t> chars);
double StringToNumber(std::span<const uint16_t> chars);
double StringToNumber(std::string_view chars);  // Latin-1 bytes

// The core of global parseFloat(string): skips leading whitespace, then the
// longest prefix that is a StrDecimalLiteral (so "Infinityx" -> Infinity,
// "1e" -> 1, "0x10" -> 0). NaN if no prefix parses.
double ParseFloatPrefix(std::span<const uint8_t> chars);
double ParseFloatPrefix(std::span<const uint16_t> chars);

// The core of global parseInt(string, radix) after step 6's ToInt32(radix):
// {radix} is 0 (auto: 16 on a 0x prefix, else 10) or 2..36; other values
// return NaN. Digits beyond the first non-digit are ignored.
double ParseIntCore(std::span<const uint8_t> chars, int32_t radix);
double ParseIntCore(std::span<const uint16_t> chars, int32_t radix);

// -- Number -> integer ------------------------------------------------------

// Spec: ToInt32 / ToUint32 / ToUint16 on a Number (7.1.6-7.1.8): NaN and
// +-Infinity -> 0, otherwise truncate and wrap modulo 2^32.
int32_t DoubleToInt32(double value);
uint32_t DoubleToUint32(double value);
uint16_t DoubleToUint16(double value);

// Spec: ToIntegerOrInfinity (7.1.5) on a Number: NaN -> 0, truncation
// toward zero, infinities preserved, -0 -> +0.
double DoubleToIntegerOrInfinity(double value);

// -- Array indices ----------------------------------------------------------

// An array index is a uint32 < 2^32 - 1 (the max uint32 is reserved so that
// length = index + 1 fits in a uint32).
inline constexpr uint32_t kMaxArrayIndex = 0xFFFFFFFEu;

// True iff {chars} is the canonical decimal spelling of an array index:
// "0", or a nonzero digit followed by digits, value <= kMaxArrayIndex.
// "07", "-1", "+1", "1.0", " 1" and "4294967295" are not indices.
bool StringToArrayIndex(std::span<const uint8_t> chars, uint32_t* index);
bool StringToArrayIndex(std::span<const uint16_t> chars, uint32_t* index);
bool StringToArrayIndex(std::string_view chars, uint32_t* index);

// True iff {value} is integral, not -0, and <= kMaxArrayIndex.
inline bool DoubleToArrayIndex(double value, uint32_t* index) {
  // NOTE: the range test also rejects NaN (every comparison is false).
  if (!(value >= 0 && value <= static_cast<double>(kMaxArrayIndex))) return false;
  uint32_t as_int = static_cast<uint32_t>(value);
  if (static_cast<double>(as_int) != value) return false;
  if (as_int == 0 && std::signbit(value)) return false;
  *index = as_int;
  return true;
}

// -- Characters -------------------------------------------------------------

// Spec: WhiteSpace or LineTerminator code points (12.2, 12.3), which is
// exactly StrWhiteSpaceChar: TAB VT FF SP NBSP ZWNBSP, the Zs category, LF
// CR LS PS.
bool IsWhiteSpaceOrLineTerminator(uint32_t c);

}  // namespace lucid

#endif  // LUCID_VM_CONVERSIONS_H_
