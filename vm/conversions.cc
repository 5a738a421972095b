// Copyright 2025 the Lucid authors. MIT license.
// Number <-> string conversions with ECMAScript semantics (see conversions.h).
#include "vm/conversions.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cstring>
#include <vector>

namespace lucid {

namespace {

constexpr char kRadixDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

inline bool IsDecimalDigit(uint32_t c) { return c - '0' < 10; }

// Value of {c} as a digit in {radix}, or -1.
inline int DigitValue(uint32_t c, int radix) {
  int value;
  if (c - '0' < 10) {
    value = static_cast<int>(c - '0');
  } else if ((c | 0x20) - 'a' < 26) {
    value = static_cast<int>((c | 0x20) - 'a') + 10;
  } else {
    return -1;
  }
  return value < radix ? value : -1;
}

template <typename Char>
const Char* SkipLeadingWhiteSpace(const Char* p, const Char* end) {
  while (p < end && IsWhiteSpaceOrLineTerminator(*p)) ++p;
  return p;
}

template <typename Char>
const Char* SkipTrailingWhiteSpace(const Char* begin, const Char* end) {
  while (end > begin && IsWhiteSpaceOrLineTerminator(end[-1])) --end;
  return end;
}

// True iff [p, end) starts with the ASCII word {word}.
template <typename Char>
bool StartsWith(const Char* p, const Char* end, std::string_view word) {
  if (static_cast<size_t>(end - p) < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (p[i] != static_cast<unsigned char>(word[i])) return false;
  }
  return true;
}

// -- Decimal literals -------------------------------------------------------

// Scans the longest StrUnsignedDecimalLiteral without "Infinity" at {p}:
//   digits [ "." digits? ] [ ("e"|"E") [+-] digits ]  |  "." digits [exp]
// Returns {p} itself if there is none. A dangling exponent ("1e", "1e+") is
// not part of the literal, so parseFloat("1e") stops before the "e".
template <typename Char>
const Char* ScanUnsignedDecimal(const Char* p, const Char* end) {
  const Char* start = p;
  int digits = 0;
  while (p < end && IsDecimalDigit(*p)) ++p, ++digits;
  if (p < end && *p == '.') {
    const Char* q = p + 1;
    while (q < end && IsDecimalDigit(*q)) ++q, ++digits;
    if (digits > 0) p = q;
  }
  if (digits == 0) return start;
  if (p < end && (*p == 'e' || *p == 'E')) {
    const Char* q = p + 1;
    if (q < end && (*q == '+' || *q == '-')) ++q;
    const Char* exponent_digits = q;
    while (q < end && IsDecimalDigit(*q)) ++q;
    if (q > exponent_digits) p = q;
  }
  return p;
}

// When std::from_chars reports result_out_of_range it leaves the value
// untouched; decide between +Infinity and +0 from the decimal exponent of
// the first significant digit. {text} is a validated unsigned literal.
double OutOfRangeResult(std::string_view text) {
  int64_t leading_position = 0;  // decimal exponent of the first nonzero digit
  bool seen_nonzero = false, after_point = false;
  size_t i = 0;
  for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
    char c = text[i];
    if (c == '.') {
      after_point = true;
      continue;
    }
    if (!seen_nonzero) {
      if (c != '0') {
        seen_nonzero = true;
        if (after_point) --leading_position;
      } else if (after_point) {
        --leading_position;
      }
    } else if (!after_point) {
      ++leading_position;
    }
  }
  if (!seen_nonzero) return 0.0;
  int64_t exponent = 0;
  if (i < text.size()) {
    ++i;
    bool negative = false;
    if (text[i] == '+' || text[i] == '-') negative = text[i++] == '-';
    for (; i < text.size(); ++i) {
      // Saturate: any exponent this large is out of range either way.
      exponent = std::min<int64_t>(exponent * 10 + (text[i] - '0'), int64_t{1} << 40);
    }
    if (negative) exponent = -exponent;
  }
  return leading_position + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

// Converts a validated unsigned decimal literal in [p, end) with from_chars.
template <typename Char>
double DecimalToDouble(const Char* p, const Char* end) {
  // from_chars reads chars; a Latin-1 or UTF-16 literal that passed the
  // scanner is pure ASCII, so narrowing copies are exact.
  std::string narrow(static_cast<size_t>(end - p), '\0');
  for (size_t i = 0; p + i < end; ++i) narrow[i] = static_cast<char>(p[i]);
  double result = 0;
  auto [ptr, ec] = std::from_chars(narrow.data(), narrow.data() + narrow.size(), result,
                                   std::chars_format::general);
  if (ec == std::errc::result_out_of_range) return OutOfRangeResult(narrow);
  assert(ec == std::errc() && ptr == narrow.data() + narrow.size());
  (void)ptr;
  return result;
}

// -- Power-of-two radices ---------------------------------------------------

// Exact, round-half-even conversion of digits in radix 2^{bits_per_digit}.
// All of [p, end) must be digits. Used for 0x/0o/0b literals and for
// parseInt with radix 2, 4, 8, 16 or 32, where the spec requires exactness.
template <typename Char>
double PowerOfTwoDigitsToDouble(const Char* p, const Char* end, int bits_per_digit) {
  const int radix = 1 << bits_per_digit;
  uint64_t mantissa = 0;
  int exponent = 0;
  bool sticky = false;  // some nonzero digit did not fit in {mantissa}
  for (; p < end; ++p) {
    int digit = DigitValue(*p, radix);
    if ((mantissa >> (64 - bits_per_digit)) != 0) {
      exponent += bits_per_digit;
      sticky |= digit != 0;
    } else {
      mantissa = (mantissa << bits_per_digit) | static_cast<uint64_t>(digit);
    }
  }
  int bit_length = 64 - std::countl_zero(mantissa);
  if (bit_length > 53) {
    int shift = bit_length - 53;
    uint64_t dropped = mantissa & ((uint64_t{1} << shift) - 1);
    uint64_t half = uint64_t{1} << (shift - 1);
    mantissa >>= shift;
    exponent += shift;
    if (dropped > half || (dropped == half && (sticky || (mantissa & 1) != 0))) {
      ++mantissa;  // may become 2^53: still exact, and ldexp rounds nothing
    }
  }
  // ldexp overflows to Infinity exactly when the rounded value exceeds the
  // largest double, which is IEEE round-to-nearest behaviour.
  return std::ldexp(static_cast<double>(mantissa), exponent);
}

// -- parseInt for other radices ---------------------------------------------

// Radices other than 2^k and 10 may be approximated (Spec: parseInt step
// 13's note). We accumulate the digits in chunks whose place value fits in
// 32 bits, then fold each chunk into the double: result * multiplier + part.
// V8 chunks the same way, so the approximations agree with node's digits.
template <typename Char>
double ChunkedDigitsToDouble(const Char* p, const Char* end, int radix) {
  constexpr uint32_t kMaximumMultiplier = 0xFFFFFFFFu / 36;
  double result = 0;
  while (p < end) {
    uint32_t part = 0;
    uint32_t multiplier = 1;
    while (p < end) {
      uint32_t next_multiplier = multiplier * static_cast<uint32_t>(radix);
      if (next_multiplier > kMaximumMultiplier) break;
      part = part * static_cast<uint32_t>(radix) + static_cast<uint32_t>(DigitValue(*p, radix));
      multiplier = next_multiplier;
      ++p;
    }
    result = result * multiplier + part;
  }
  return result;
}

// -- StringToNumber ---------------------------------------------------------

template <typename Char>
double StringToNumberImpl(const Char* p, const Char* end) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  p = SkipLeadingWhiteSpace(p, end);
  end = SkipTrailingWhiteSpace(p, end);
  // Spec: "StringNumericLiteral ::: StrWhiteSpace_opt" has MV 0.
  if (p == end) return 0;

  // Spec: NonDecimalIntegerLiteral (0x / 0o / 0b), unsigned only.
  if (end - p > 2 && p[0] == '0') {
    int bits = 0;
    switch (p[1] | 0x20) {
      case 'x': bits = 4; break;
      case 'o': bits = 3; break;
      case 'b': bits = 1; break;
      default: break;
    }
    if (bits != 0) {
      for (const Char* q = p + 2; q < end; ++q) {
        if (DigitValue(*q, 1 << bits) < 0) return kNaN;
      }
      return PowerOfTwoDigitsToDouble(p + 2, end, bits);
    }
  }

  // Spec: StrDecimalLiteral ::: [+-] StrUnsignedDecimalLiteral.
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  double magnitude;
  if (StartsWith(p, end, "Infinity")) {
    if (end - p != 8) return kNaN;
    magnitude = std::numeric_limits<double>::infinity();
  } else {
    const Char* literal_end = ScanUnsignedDecimal(p, end);
    if (literal_end == p || literal_end != end) return kNaN;
    magnitude = DecimalToDouble(p, end);
  }
  return negative ? -magnitude : magnitude;
}

template <typename Char>
double ParseFloatImpl(const Char* p, const Char* end) {
  p = SkipLeadingWhiteSpace(p, end);
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  double magnitude;
  if (StartsWith(p, end, "Infinity")) {
    magnitude = std::numeric_limits<double>::infinity();
  } else {
    const Char* literal_end = ScanUnsignedDecimal(p, end);
    if (literal_end == p) return std::numeric_limits<double>::quiet_NaN();
    magnitude = DecimalToDouble(p, literal_end);
  }
  return negative ? -magnitude : magnitude;
}

template <typename Char>
double ParseIntImpl(const Char* p, const Char* end, int32_t radix) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  // Spec: parseInt(string, radix)
  // 2-3. Let S be ! TrimString(inputString, start).
  p = SkipLeadingWhiteSpace(p, end);
  // 4-6. Sign.
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  // 7-10. Radix 0 means 10 unless the string has a 0x prefix.
  bool strip_prefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return kNaN;
    if (radix != 16) strip_prefix = false;
  } else {
    radix = 10;
  }
  if (strip_prefix && end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
    p += 2;
    radix = 16;
  }
  // 11. Let end be the index of the first non-radix-R digit.
  const Char* digits_end = p;
  while (digits_end < end && DigitValue(*digits_end, radix) >= 0) ++digits_end;
  // 12. If Z is empty, return NaN.
  if (digits_end == p) return kNaN;
  // 13-16. Mathematical value, exact for 2^k and 10.
  double magnitude;
  if (std::has_single_bit(static_cast<uint32_t>(radix))) {
    magnitude = PowerOfTwoDigitsToDouble(p, digits_end, std::countr_zero(static_cast<uint32_t>(radix)));
  } else if (radix == 10) {
    magnitude = DecimalToDouble(p, digits_end);
  } else {
    magnitude = ChunkedDigitsToDouble(p, digits_end, radix);
  }
  // NOTE: parseInt("-0") is -0, so the sign applies to zero as well.
  return negative ? -magnitude : magnitude;
}

template <typename Char>
bool StringToArrayIndexImpl(const Char* p, const Char* end, uint32_t* index) {
  size_t length = static_cast<size_t>(end - p);
  // "4294967294" is the longest index: 10 digits.
  if (length == 0 || length > 10) return false;
  if (!IsDecimalDigit(p[0])) return false;
  if (p[0] == '0') {
    if (length != 1) return false;  // "07" is a name, not index 7
    *index = 0;
    return true;
  }
  uint64_t value = 0;
  for (; p < end; ++p) {
    if (!IsDecimalDigit(*p)) return false;
    value = value * 10 + (*p - '0');
  }
  if (value > kMaxArrayIndex) return false;
  *index = static_cast<uint32_t>(value);
  return true;
}

// Parses "d.ddde[+-]x" from std::to_chars(scientific) into the digit string
// and the decimal exponent n of the spec's (s, k, n) triple.
struct ShortestDigits {
  char digits[20];
  int length;  // k
  int point;   // n: value = 0.digits * 10^n
};

ShortestDigits ShortestDecimal(double positive) {
  char scratch[40];
  auto [ptr, ec] = std::to_chars(scratch, scratch + sizeof(scratch), positive,
                                 std::chars_format::scientific);
  assert(ec == std::errc());
  (void)ec;
  ShortestDigits result{};
  const char* p = scratch;
  for (; p < ptr && *p != 'e'; ++p) {
    if (*p != '.') result.digits[result.length++] = *p;
  }
  int exponent = 0;
  std::from_chars(p + 1 + (p[1] == '+'), ptr, exponent);
  result.point = exponent + 1;
  return result;
}

}  // namespace

// -- Number -> string -------------------------------------------------------

std::string_view DoubleToCString(double value,
                                 std::span<char, kDoubleToCStringBufferSize> buffer) {
  if (std::isnan(value)) return "NaN";
  if (value == 0) return "0";  // both zeros
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";

  // Spec: Number::toString(x), steps 5-12, with n, k, s as in step 5.
  ShortestDigits shortest = ShortestDecimal(std::fabs(value));
  const int k = shortest.length;
  const int n = shortest.point;
  char* out = buffer.data();
  if (value < 0) *out++ = '-';
  if (k <= n && n <= 21) {
    // 6. The k digits followed by n-k zeros.
    out = std::copy_n(shortest.digits, k, out);
    out = std::fill_n(out, n - k, '0');
  } else if (0 < n && n <= 21) {
    // 7. The first n digits, a point, the remaining k-n digits.
    out = std::copy_n(shortest.digits, n, out);
    *out++ = '.';
    out = std::copy_n(shortest.digits + n, k - n, out);
  } else if (-6 < n && n <= 0) {
    // 8. "0.", -n zeros, the k digits.
    *out++ = '0';
    *out++ = '.';
    out = std::fill_n(out, -n, '0');
    out = std::copy_n(shortest.digits, k, out);
  } else {
    // 9-12. Exponential: d[.ddd]e(+|-)(n-1).
    *out++ = shortest.digits[0];
    if (k > 1) {
      *out++ = '.';
      out = std::copy_n(shortest.digits + 1, k - 1, out);
    }
    *out++ = 'e';
    *out++ = n - 1 >= 0 ? '+' : '-';
    out = std::to_chars(out, buffer.data() + buffer.size(), std::abs(n - 1)).ptr;
  }
  return std::string_view(buffer.data(), static_cast<size_t>(out - buffer.data()));
}

std::string_view IntToCString(int32_t value,
                              std::span<char, kDoubleToCStringBufferSize> buffer) {
  auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  (void)ec;
  return std::string_view(buffer.data(), static_cast<size_t>(ptr - buffer.data()));
}

std::string_view DoubleToRadixCString(double value, int radix,
                                      std::span<char, kDoubleToRadixBufferSize> buffer) {
  assert(radix >= 2 && radix <= 36);
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";

  // Integer digits are written leftward from the middle of {buffer}, the
  // point and fraction digits rightward from it.
  char* const data = buffer.data();
  const int point = kDoubleToRadixBufferSize / 2;
  int integer_cursor = point;
  int fraction_cursor = point;

  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  // Digits stop once the remaining fraction is below half an ulp of
  // {value}: past that, more digits cannot distinguish it from its
  // neighbours. The denormal minimum keeps delta nonzero for tiny values.
  double delta = 0.5 * (std::nextafter(value, std::numeric_limits<double>::infinity()) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  if (fraction >= delta) {
    data[fraction_cursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      data[fraction_cursor++] = kRadixDigits[digit];
      fraction -= digit;
      // Round half to even once the tail is indistinguishable from the
      // next digit string; propagate the carry leftward, into the integer
      // part if every fraction digit was the largest one.
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
        if (fraction + delta > 1) {
          while (true) {
            --fraction_cursor;
            if (fraction_cursor == point) {
              integer += 1;  // the point itself is dropped from the output
              break;
            }
            int last = DigitValue(static_cast<unsigned char>(data[fraction_cursor]), radix);
            if (last + 1 < radix) {
              data[fraction_cursor++] = kRadixDigits[last + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }

  // Above 2^53 the low digits are not represented, so print them as zeros
  // and divide them away (V8 does the same, so big values agree with node).
  constexpr double k2Pow53 = 9007199254740992.0;
  while (integer / radix >= k2Pow53) {
    integer /= radix;
    data[--integer_cursor] = '0';
  }
  do {
    double remainder = std::fmod(integer, radix);
    data[--integer_cursor] = kRadixDigits[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) data[--integer_cursor] = '-';
  return std::string_view(data + integer_cursor, static_cast<size_t>(fraction_cursor - integer_cursor));
}

std::string NumberToStdString(double value) {
  char buffer[kDoubleToCStringBufferSize];
  return std::string(DoubleToCString(value, buffer));
}

std::string NumberToStdString(double value, int radix) {
  if (radix == 10) return NumberToStdString(value);
  std::vector<char> buffer(kDoubleToRadixBufferSize);
  return std::string(DoubleToRadixCString(
      value, radix, std::span<char, kDoubleToRadixBufferSize>(buffer.data(), buffer.size())));
}

// -- String -> number -------------------------------------------------------

double StringToNumber(std::span<const uint8_t> chars) {
  return StringToNumberImpl(chars.data(), chars.data() + chars.size());
}
double StringToNumber(std::span<const uint16_t> chars) {
  return StringToNumberImpl(chars.data(), chars.data() + chars.size());
}
double StringToNumber(std::string_view chars) {
  const auto* p = reinterpret_cast<const uint8_t*>(chars.data());
  return StringToNumberImpl(p, p + chars.size());
}

double ParseFloatPrefix(std::span<const uint8_t> chars) {
  return ParseFloatImpl(chars.data(), chars.data() + chars.size());
}
double ParseFloatPrefix(std::span<const uint16_t> chars) {
  return ParseFloatImpl(chars.data(), chars.data() + chars.size());
}

double ParseIntCore(std::span<const uint8_t> chars, int32_t radix) {
  return ParseIntImpl(chars.data(), chars.data() + chars.size(), radix);
}
double ParseIntCore(std::span<const uint16_t> chars, int32_t radix) {
  return ParseIntImpl(chars.data(), chars.data() + chars.size(), radix);
}

// -- Number -> integer ------------------------------------------------------

uint32_t DoubleToUint32(double value) {
  // OPTIMIZATION: values already in int32/uint32 range convert directly.
  if (value >= 0 && value <= 4294967295.0) return static_cast<uint32_t>(value);
  if (value < 0 && value >= -2147483648.0) {
    return static_cast<uint32_t>(static_cast<int32_t>(value));
  }
  if (!std::isfinite(value)) return 0;
  // Spec: int = truncate(number); int32bit = int modulo 2^32.
  double modulo = std::fmod(std::trunc(value), 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  return static_cast<uint32_t>(modulo);
}

int32_t DoubleToInt32(double value) {
  // Two's-complement reinterpretation of the uint32 is the spec's
  // "if int32bit >= 2^31, return int32bit - 2^32".
  return static_cast<int32_t>(DoubleToUint32(value));
}

uint16_t DoubleToUint16(double value) { return static_cast<uint16_t>(DoubleToUint32(value)); }

double DoubleToIntegerOrInfinity(double value) {
  if (std::isnan(value)) return 0;
  // Adding +0 turns the -0 that trunc(-0.5) yields into the spec's +0.
  return std::trunc(value) + 0.0;
}

// -- Array indices ----------------------------------------------------------

bool StringToArrayIndex(std::span<const uint8_t> chars, uint32_t* index) {
  return StringToArrayIndexImpl(chars.data(), chars.data() + chars.size(), index);
}
bool StringToArrayIndex(std::span<const uint16_t> chars, uint32_t* index) {
  return StringToArrayIndexImpl(chars.data(), chars.data() + chars.size(), index);
}
bool StringToArrayIndex(std::string_view chars, uint32_t* index) {
  const auto* p = reinterpret_cast<const uint8_t*>(chars.data());
  return StringToArrayIndexImpl(p, p + chars.size(), index);
}

// -- Characters -------------------------------------------------------------

bool IsWhiteSpaceOrLineTerminator(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  switch (c) {
    case 0x00A0:  // NO-BREAK SPACE
    case 0x1680:  // OGHAM SPACE MARK
    case 0x2028:  // LINE SEPARATOR
    case 0x2029:  // PARAGRAPH SEPARATOR
    case 0x202F:  // NARROW NO-BREAK SPACE
    case 0x205F:  // MEDIUM MATHEMATICAL SPACE
    case 0x3000:  // IDEOGRAPHIC SPACE
    case 0xFEFF:  // ZERO WIDTH NO-BREAK SPACE (BOM)
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;  // EN QUAD .. HAIR SPACE
  }
}

}  // namespace lucid
