// Copyright the Lucid authors. MIT license.

#include "parser/lexer.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "parser/unicode_id_tables.h"

namespace lucid {

namespace {

constexpr const char* kInvalidToken = "Invalid or unexpected token";
constexpr const char* kInvalidHexEscape = "Invalid hexadecimal escape sequence";
constexpr const char* kInvalidUnicodeEscape = "Invalid Unicode escape sequence";

struct KeywordEntry {
  const char* text;
  Token::Value token;
};

// The keyword table comes from TOKEN_LIST's Keyword rows, so it cannot drift.
constexpr KeywordEntry kKeywords[] = {
#define LUCID_KEYWORD_ROW_Keyword(name, string) {string, Token::k##name},
#define LUCID_KEYWORD_ROW_Punct(name, string)
#define LUCID_KEYWORD_ROW_Value(name, string)
#define LUCID_KEYWORD_ROW_Special(name, string)
#define LUCID_KEYWORD_ROW(name, string, precedence, category) \
  LUCID_KEYWORD_ROW_##category(name, string)
    TOKEN_LIST(LUCID_KEYWORD_ROW)
#undef LUCID_KEYWORD_ROW
#undef LUCID_KEYWORD_ROW_Keyword
#undef LUCID_KEYWORD_ROW_Punct
#undef LUCID_KEYWORD_ROW_Value
#undef LUCID_KEYWORD_ROW_Special
};

bool IsAsciiDigit(int32_t c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(int32_t c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(int32_t c) {
  if (IsAsciiDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

void AppendCodePoint(std::u16string* out, uint32_t code_point) {
  if (code_point < 0x10000) {
    out->push_back(static_cast<char16_t>(code_point));
  } else {
    code_point -= 0x10000;
    out->push_back(static_cast<char16_t>(0xD800 + (code_point >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + (code_point & 0x3FF)));
  }
}

// Converts a digit string in base 2, 8 or 16 to a double through
// std::from_chars' hexadecimal format (correctly rounded), by regrouping the
// bits into hex digits.
double RadixDigitsToDouble(const std::string& digits, int bits_per_digit) {
  std::string hex;
  if (bits_per_digit == 4) {
    hex = digits;
  } else {
    std::string bits;
    bits.reserve(digits.size() * bits_per_digit);
    for (char c : digits) {
      int value = c - '0';
      for (int b = bits_per_digit - 1; b >= 0; b--) bits.push_back(((value >> b) & 1) ? '1' : '0');
    }
    while (bits.size() % 4 != 0) bits.insert(bits.begin(), '0');
    for (size_t i = 0; i < bits.size(); i += 4) {
      int value = (bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 + (bits[i + 2] - '0') * 2 +
                  (bits[i + 3] - '0');
      hex.push_back("0123456789abcdef"[value]);
    }
  }
  double value = 0;
  auto result = std::from_chars(hex.data(), hex.data() + hex.size(), value,
                                std::chars_format::hex);
  if (result.ec == std::errc::result_out_of_range) {
    return std::numeric_limits<double>::infinity();
  }
  return value;
}

// Decimal digits (no separators) to a double via std::from_chars. The text is
// normalized to what from_chars accepts ("1." -> "1", ".5" -> "0.5").
double DecimalToDouble(std::string text) {
  size_t dot = text.find('.');
  if (dot != std::string::npos) {
    if (dot + 1 == text.size() || text[dot + 1] == 'e' || text[dot + 1] == 'E') {
      text.erase(dot, 1);
    }
    if (dot == 0) text.insert(text.begin(), '0');
  }
  double value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value,
                                std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    // Overflow or underflow: estimate the decimal exponent to tell them apart.
    long exponent = 0;
    size_t e = text.find_first_of("eE");
    std::string mantissa = text.substr(0, e);
    if (e != std::string::npos) {
      std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(),
                      exponent);
    }
    size_t point = mantissa.find('.');
    std::string integer = mantissa.substr(0, point);
    size_t first_nonzero = integer.find_first_not_of('0');
    long magnitude;
    if (first_nonzero != std::string::npos) {
      magnitude = static_cast<long>(integer.size() - first_nonzero);
    } else {
      std::string fraction = point == std::string::npos ? "" : mantissa.substr(point + 1);
      size_t nz = fraction.find_first_not_of('0');
      magnitude = nz == std::string::npos ? -100000 : -static_cast<long>(nz);
    }
    return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return value;
}

}  // namespace

Lexer::Lexer(std::u16string_view source, AstStringTable* strings)
    : source_(source), strings_(strings) {}

Token::Value Lexer::KeywordToken(std::u16string_view name) {
  if (name.size() < 2 || name.size() > 10) return Token::kIdentifier;
  for (const KeywordEntry& entry : kKeywords) {
    size_t length = std::strlen(entry.text);
    if (length != name.size()) continue;
    bool match = true;
    for (size_t i = 0; i < length; i++) {
      if (name[i] != static_cast<char16_t>(entry.text[i])) {
        match = false;
        break;
      }
    }
    if (match) return entry.token;
  }
  return Token::kIdentifier;
}

bool Lexer::IsWhiteSpace(uint32_t c) {
  switch (c) {
    case '\t':
    case 0x0B:
    case 0x0C:
    case ' ':
    case 0xA0:
    case 0xFEFF:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// Binary search in a sorted table of inclusive ranges.
template <size_t N>
static bool InRanges(const unicode::CodePointRange (&ranges)[N], uint32_t c) {
  size_t low = 0;
  size_t high = N;
  while (low < high) {
    size_t middle = (low + high) / 2;
    if (c < ranges[middle].first) {
      high = middle;
    } else if (c > ranges[middle].last) {
      low = middle + 1;
    } else {
      return true;
    }
  }
  return false;
}

// ID_Start / ID_Continue come from the generated tables (unicode_id_tables.h);
// ECMAScript adds $ and _ to both and ZWNJ/ZWJ to IdentifierPart.
bool Lexer::IsIdentifierStart(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
  return InRanges(unicode::kIdStartRanges, c);
}

bool Lexer::IsIdentifierPart(uint32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' ||
           IsAsciiDigit(static_cast<int32_t>(c));
  }
  if (c == 0x200C || c == 0x200D) return true;
  return InRanges(unicode::kIdStartRanges, c) || InRanges(unicode::kIdContinueOnlyRanges, c);
}

int32_t Lexer::CodePointAt(int position, int* width) const {
  int32_t c = CharAt(position);
  *width = 1;
  if (c >= 0xD800 && c <= 0xDBFF) {
    int32_t next = CharAt(position + 1);
    if (next >= 0xDC00 && next <= 0xDFFF) {
      *width = 2;
      return 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
    }
  }
  return c;
}

void Lexer::Initialize() {
  pos_ = 0;
  // A hashbang line is a comment (only at the very start of the source).
  if (CharAt(0) == '#' && CharAt(1) == '!') {
    while (c0() != kEndOfInput && !IsLineTerminator(c0())) pos_++;
  }
  Scan(&next_);
}

Token::Value Lexer::Next() {
  current_ = next_;
  if (has_next_next_) {
    next_ = next_next_;
    has_next_next_ = false;
  } else {
    Scan(&next_);
  }
  return current_.token;
}

Token::Value Lexer::PeekAhead() {
  if (!has_next_next_) {
    Scan(&next_next_);
    has_next_next_ = true;
  }
  return next_next_.token;
}

void Lexer::RescanRegExp() {
  // Discard any further lookahead: it was scanned with the wrong goal.
  has_next_next_ = false;
  TokenDesc* desc = &next_;
  pos_ = desc->beg_pos + 1;
  buffer_.clear();
  bool in_class = false;
  for (;;) {
    int32_t c = c0();
    if (c == kEndOfInput || IsLineTerminator(c)) {
      Illegal(desc, "Invalid regular expression: missing /", desc->beg_pos, desc->beg_pos + 1);
      return;
    }
    pos_++;
    if (c == '\\') {
      buffer_.push_back(static_cast<char16_t>(c));
      int32_t escaped = c0();
      if (escaped == kEndOfInput || IsLineTerminator(escaped)) {
        Illegal(desc, "Invalid regular expression: missing /", desc->beg_pos, desc->beg_pos + 1);
        return;
      }
      buffer_.push_back(static_cast<char16_t>(escaped));
      pos_++;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c == '/' && !in_class) break;
    buffer_.push_back(static_cast<char16_t>(c));
  }
  const AstString* body = strings_->Intern(buffer_);
  buffer_.clear();
  uint32_t seen = 0;
  for (;;) {
    int width;
    int32_t c = CodePointAt(pos_, &width);
    if (c == kEndOfInput || !IsIdentifierPart(static_cast<uint32_t>(c)) || c == '\\') {
      if (c == '\\') {
        Illegal(desc, "Invalid regular expression flags", desc->beg_pos, pos_);
        return;
      }
      break;
    }
    const char* flags = "dgimsuy";
    const char* found = c < 0x80 ? std::strchr(flags, static_cast<char>(c)) : nullptr;
    if (found == nullptr || c == 0 || (seen & (1u << (found - flags)))) {
      Illegal(desc, "Invalid regular expression flags", desc->beg_pos, pos_ + width);
      return;
    }
    seen |= 1u << (found - flags);
    buffer_.push_back(static_cast<char16_t>(c));
    pos_ += width;
  }
  desc->token = Token::kRegExp;
  desc->literal = body;
  desc->raw = strings_->Intern(buffer_);
  desc->end_pos = pos_;
}

void Lexer::RescanTemplateContinuation() {
  has_next_next_ = false;
  TokenDesc* desc = &next_;
  pos_ = desc->beg_pos + 1;
  desc->token = ScanTemplate(desc);
  desc->end_pos = pos_;
}

Token::Value Lexer::Illegal(TokenDesc* desc, const char* message, int position,
                            int end_position) {
  desc->token = Token::kIllegal;
  desc->error_message = message;
  desc->error_position = position;
  desc->error_end_position = end_position;
  // Resynchronize nowhere: the parser stops at the first error.
  desc->end_pos = end_position;
  return Token::kIllegal;
}

void Lexer::Scan(TokenDesc* desc) {
  *desc = TokenDesc();
  SkipWhiteSpaceAndComments(desc);
  if (desc->token == Token::kIllegal) return;
  desc->beg_pos = pos_;
  scanned_token_ = true;
  Token::Value token = ScanToken(desc);
  desc->token = token;
  if (token != Token::kIllegal) desc->end_pos = pos_;
}

void Lexer::SkipWhiteSpaceAndComments(TokenDesc* desc) {
  for (;;) {
    int32_t c = c0();
    if (c == kEndOfInput) return;
    if (IsLineTerminator(c)) {
      desc->after_line_terminator = true;
      pos_++;
    } else if (IsWhiteSpace(c)) {
      pos_++;
    } else if ((c == '/' && CharAt(pos_ + 1) == '/') ||
               (c == '<' && CharAt(pos_ + 1) == '!' && CharAt(pos_ + 2) == '-' &&
                CharAt(pos_ + 3) == '-') ||
               (c == '-' && CharAt(pos_ + 1) == '-' && CharAt(pos_ + 2) == '>' &&
                (desc->after_line_terminator || !scanned_token_))) {
      // A single-line comment: `//`, or Annex B.1.1's HTML-like comments
      // (scripts only; Lucid has no module goal): `<!--` anywhere and `-->`
      // first on a line (after white space and comments only).
      while (c0() != kEndOfInput && !IsLineTerminator(c0())) pos_++;
    } else if (c == '/' && CharAt(pos_ + 1) == '*') {
      int start = pos_;
      if (!SkipMultiLineComment(desc)) {
        desc->beg_pos = start;
        Illegal(desc, kInvalidToken, start, pos_);
        return;
      }
    } else {
      return;
    }
  }
}

bool Lexer::SkipMultiLineComment(TokenDesc* desc) {
  pos_ += 2;
  for (;;) {
    int32_t c = c0();
    if (c == kEndOfInput) return false;
    if (c == '*' && CharAt(pos_ + 1) == '/') {
      pos_ += 2;
      return true;
    }
    if (IsLineTerminator(c)) desc->after_line_terminator = true;
    pos_++;
  }
}

Token::Value Lexer::ScanToken(TokenDesc* desc) {
  int32_t c = c0();
  if (c == kEndOfInput) return Token::kEos;
  switch (c) {
    case '(':
      pos_++;
      return Token::kLeftParen;
    case ')':
      pos_++;
      return Token::kRightParen;
    case '[':
      pos_++;
      return Token::kLeftBracket;
    case ']':
      pos_++;
      return Token::kRightBracket;
    case '{':
      pos_++;
      return Token::kLeftBrace;
    case '}':
      pos_++;
      return Token::kRightBrace;
    case ':':
      pos_++;
      return Token::kColon;
    case ';':
      pos_++;
      return Token::kSemicolon;
    case ',':
      pos_++;
      return Token::kComma;
    case '~':
      pos_++;
      return Token::kBitNot;
    case '.':
      if (IsAsciiDigit(CharAt(pos_ + 1))) return ScanNumber(desc);
      if (CharAt(pos_ + 1) == '.' && CharAt(pos_ + 2) == '.') {
        pos_ += 3;
        return Token::kEllipsis;
      }
      pos_++;
      return Token::kPeriod;
    case '?':
      // `a?.5:b` is a conditional, not optional chaining.
      if (CharAt(pos_ + 1) == '.' && !IsAsciiDigit(CharAt(pos_ + 2))) {
        pos_ += 2;
        return Token::kQuestionPeriod;
      }
      if (CharAt(pos_ + 1) == '?') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignNullish;
        }
        pos_ += 2;
        return Token::kNullish;
      }
      pos_++;
      return Token::kConditional;
    case '=':
      if (CharAt(pos_ + 1) == '>') {
        pos_ += 2;
        return Token::kArrow;
      }
      if (CharAt(pos_ + 1) == '=') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kEqStrict;
        }
        pos_ += 2;
        return Token::kEq;
      }
      pos_++;
      return Token::kAssign;
    case '!':
      if (CharAt(pos_ + 1) == '=') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kNeStrict;
        }
        pos_ += 2;
        return Token::kNe;
      }
      pos_++;
      return Token::kNot;
    case '+':
      if (CharAt(pos_ + 1) == '+') {
        pos_ += 2;
        return Token::kIncrement;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignAdd;
      }
      pos_++;
      return Token::kAdd;
    case '-':
      if (CharAt(pos_ + 1) == '-') {
        pos_ += 2;
        return Token::kDecrement;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignSub;
      }
      pos_++;
      return Token::kSub;
    case '*':
      if (CharAt(pos_ + 1) == '*') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignExp;
        }
        pos_ += 2;
        return Token::kExp;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignMul;
      }
      pos_++;
      return Token::kMul;
    case '/':
      // Comments were skipped; the parser rescans as a regexp if needed.
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignDiv;
      }
      pos_++;
      return Token::kDiv;
    case '%':
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignMod;
      }
      pos_++;
      return Token::kMod;
    case '&':
      if (CharAt(pos_ + 1) == '&') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignAnd;
        }
        pos_ += 2;
        return Token::kAnd;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignBitAnd;
      }
      pos_++;
      return Token::kBitAnd;
    case '|':
      if (CharAt(pos_ + 1) == '|') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignOr;
        }
        pos_ += 2;
        return Token::kOr;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignBitOr;
      }
      pos_++;
      return Token::kBitOr;
    case '^':
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kAssignBitXor;
      }
      pos_++;
      return Token::kBitXor;
    case '<':
      if (CharAt(pos_ + 1) == '<') {
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignShl;
        }
        pos_ += 2;
        return Token::kShl;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kLessThanEq;
      }
      pos_++;
      return Token::kLessThan;
    case '>':
      if (CharAt(pos_ + 1) == '>') {
        if (CharAt(pos_ + 2) == '>') {
          if (CharAt(pos_ + 3) == '=') {
            pos_ += 4;
            return Token::kAssignShr;
          }
          pos_ += 3;
          return Token::kShr;
        }
        if (CharAt(pos_ + 2) == '=') {
          pos_ += 3;
          return Token::kAssignSar;
        }
        pos_ += 2;
        return Token::kSar;
      }
      if (CharAt(pos_ + 1) == '=') {
        pos_ += 2;
        return Token::kGreaterThanEq;
      }
      pos_++;
      return Token::kGreaterThan;
    case '"':
    case '\'':
      return ScanString(desc);
    case '`':
      pos_++;
      return ScanTemplate(desc);
    case '#': {
      int width;
      int32_t next = CodePointAt(pos_ + 1, &width);
      if (next == '\\' || (next != kEndOfInput && IsIdentifierStart(static_cast<uint32_t>(next)))) {
        pos_++;
        return ScanIdentifierOrKeyword(desc, true);
      }
      return Illegal(desc, kInvalidToken, pos_, pos_ + 1);
    }
    default:
      break;
  }
  if (IsAsciiDigit(c)) return ScanNumber(desc);
  int width;
  int32_t code_point = CodePointAt(pos_, &width);
  if (c == '\\' || IsIdentifierStart(static_cast<uint32_t>(code_point))) {
    return ScanIdentifierOrKeyword(desc, false);
  }
  return Illegal(desc, kInvalidToken, pos_, pos_ + width);
}

// Returns the code point, or -1 (malformed) / -2 (above U+10FFFF) with the
// range V8 underlines in [*error_begin, *error_end): the offending character
// of a braced escape, `\u{` through the overflowing digit, or six characters
// from the backslash for `\uXXXX`.
int32_t Lexer::ScanUnicodeEscape(int escape_start, int* error_begin, int* error_end) {
  // pos_ is just after "\u".
  if (c0() == '{') {
    pos_++;
    uint32_t value = 0;
    int digits = 0;
    while (IsHexDigit(c0())) {
      value = value * 16 + HexValue(c0());
      if (value > 0x10FFFF) {
        *error_begin = escape_start;
        *error_end = pos_ + 1;
        return -2;
      }
      digits++;
      pos_++;
    }
    if (digits == 0 || c0() != '}') {
      *error_begin = pos_;
      *error_end = pos_ + 1;
      return -1;
    }
    pos_++;
    return static_cast<int32_t>(value);
  }
  uint32_t value = 0;
  for (int i = 0; i < 4; i++) {
    if (!IsHexDigit(c0())) {
      *error_begin = escape_start;
      *error_end = escape_start + 6;
      return -1;
    }
    value = value * 16 + HexValue(c0());
    pos_++;
  }
  return static_cast<int32_t>(value);
}

Token::Value Lexer::ScanIdentifierOrKeyword(TokenDesc* desc, bool is_private) {
  buffer_.clear();
  if (is_private) buffer_.push_back('#');
  bool first = true;
  for (;;) {
    int width;
    int32_t c = CodePointAt(pos_, &width);
    if (c == '\\') {
      int escape_start = pos_;
      if (CharAt(pos_ + 1) != 'u') return Illegal(desc, kInvalidToken, escape_start, pos_ + 1);
      pos_ += 2;
      int error_begin, error_end;
      int32_t value = ScanUnicodeEscape(escape_start, &error_begin, &error_end);
      if (value < 0) {
        return Illegal(desc, value == -2 ? "Undefined Unicode code-point" : kInvalidUnicodeEscape,
                       error_begin, error_end);
      }
      bool ok = first ? IsIdentifierStart(static_cast<uint32_t>(value))
                      : IsIdentifierPart(static_cast<uint32_t>(value));
      if (!ok) {
        return Illegal(desc, first ? kInvalidToken : kInvalidUnicodeEscape,
                       first ? desc->beg_pos : escape_start, pos_);
      }
      AppendCodePoint(&buffer_, static_cast<uint32_t>(value));
      desc->contains_escapes = true;
      first = false;
      continue;
    }
    if (c == kEndOfInput) break;
    if (!(first ? IsIdentifierStart(static_cast<uint32_t>(c))
                : IsIdentifierPart(static_cast<uint32_t>(c)))) {
      break;
    }
    AppendCodePoint(&buffer_, static_cast<uint32_t>(c));
    pos_ += width;
    first = false;
  }
  desc->literal = strings_->Intern(buffer_);
  if (is_private) return Token::kPrivateName;
  if (!desc->contains_escapes) {
    Token::Value keyword = KeywordToken(buffer_);
    if (keyword != Token::kIdentifier) return keyword;
  }
  return Token::kIdentifier;
}

Token::Value Lexer::ScanNumber(TokenDesc* desc) {
  int start = pos_;
  std::string digits;
  // Scans digits accepted by `is_digit`, allowing single `_` separators
  // between two digits. Returns false (after reporting) on a misplaced `_`.
  auto scan_digits = [&](auto is_digit, bool allow_separators) -> bool {
    bool last_was_separator = false;
    bool any = false;
    for (;;) {
      int32_t c = c0();
      if (c == '_') {
        if (!allow_separators) {
          Illegal(desc, "Numeric separator can not be used after leading 0.", pos_, pos_ + 1);
          return false;
        }
        if (last_was_separator) {
          Illegal(desc, "Only one underscore is allowed as numeric separator", pos_, pos_ + 1);
          return false;
        }
        if (!any) {
          Illegal(desc, kInvalidToken, pos_, pos_ + 1);
          return false;
        }
        last_was_separator = true;
        pos_++;
        continue;
      }
      if (!is_digit(c)) break;
      digits.push_back(static_cast<char>(c));
      any = true;
      last_was_separator = false;
      pos_++;
    }
    if (last_was_separator) {
      // V8 points just past the `_` (at the end of input: at the `_`).
      int at = c0() == kEndOfInput ? pos_ - 1 : pos_;
      Illegal(desc, "Numeric separators are not allowed at the end of numeric literals", at, at + 1);
      return false;
    }
    return true;
  };
  auto decimal = [](int32_t c) { return IsAsciiDigit(c); };
  bool is_bigint = false;
  int32_t c = c0();
  if (c == '0' && (CharAt(pos_ + 1) == 'x' || CharAt(pos_ + 1) == 'X' || CharAt(pos_ + 1) == 'o' ||
                   CharAt(pos_ + 1) == 'O' || CharAt(pos_ + 1) == 'b' || CharAt(pos_ + 1) == 'B')) {
    int32_t radix_char = CharAt(pos_ + 1) | 0x20;
    pos_ += 2;
    int bits = radix_char == 'x' ? 4 : radix_char == 'o' ? 3 : 1;
    bool ok;
    if (bits == 4) {
      ok = scan_digits([](int32_t d) { return IsHexDigit(d); }, true);
    } else if (bits == 3) {
      ok = scan_digits([](int32_t d) { return d >= '0' && d <= '7'; }, true);
    } else {
      ok = scan_digits([](int32_t d) { return d == '0' || d == '1'; }, true);
    }
    if (!ok) return Token::kIllegal;
    if (digits.empty()) return Illegal(desc, kInvalidToken, start, pos_);
    if (c0() == 'n') {
      pos_++;
      is_bigint = true;
    } else {
      desc->number = RadixDigitsToDouble(digits, bits);
    }
  } else if (c == '0' && IsAsciiDigit(CharAt(pos_ + 1))) {
    // Legacy octal (017) or a decimal with a leading zero (089): both are
    // errors in strict code, which the parser checks through legacy_octal.
    desc->legacy_octal = true;
    pos_++;
    if (!scan_digits(decimal, false)) return Token::kIllegal;
    bool octal = digits.find_first_of("89") == std::string::npos;
    if (octal) {
      desc->number = RadixDigitsToDouble(digits, 3);
    } else {
      if (c0() == '.') {
        digits.push_back('.');
        pos_++;
        if (!scan_digits(decimal, false)) return Token::kIllegal;
      }
      if ((c0() | 0x20) == 'e') {
        digits.push_back('e');
        pos_++;
        if (c0() == '+' || c0() == '-') digits.push_back(static_cast<char>(c0())), pos_++;
        size_t before = digits.size();
        if (!scan_digits(decimal, false)) return Token::kIllegal;
        if (digits.size() == before) return Illegal(desc, kInvalidToken, start, pos_);
      }
      desc->number = DecimalToDouble(digits);
    }
    if (c0() == 'n') {
      return Illegal(desc, kInvalidToken, start, pos_ + 1);
    }
  } else {
    bool has_fraction_or_exponent = false;
    if (c != '.') {
      if (c == '0' && CharAt(pos_ + 1) == '_') {
        return Illegal(desc, "Numeric separator can not be used after leading 0.", pos_ + 1,
                       pos_ + 2);
      }
      if (!scan_digits(decimal, true)) return Token::kIllegal;
    }
    if (c0() == '.') {
      has_fraction_or_exponent = true;
      digits.push_back('.');
      pos_++;
      if (c0() == '_') return Illegal(desc, kInvalidToken, pos_, pos_ + 1);
      if (!scan_digits(decimal, true)) return Token::kIllegal;
    }
    if ((c0() | 0x20) == 'e') {
      has_fraction_or_exponent = true;
      digits.push_back('e');
      pos_++;
      if (c0() == '+' || c0() == '-') {
        digits.push_back(static_cast<char>(c0()));
        pos_++;
      }
      if (!IsAsciiDigit(c0())) return Illegal(desc, kInvalidToken, start, pos_);
      if (!scan_digits(decimal, true)) return Token::kIllegal;
    }
    if (c0() == 'n' && !has_fraction_or_exponent) {
      pos_++;
      is_bigint = true;
    } else {
      desc->number = DecimalToDouble(digits);
    }
  }
  // A number must not run into an identifier or another digit: `3in`, `1n2`.
  int width;
  int32_t next = CodePointAt(pos_, &width);
  if (next != kEndOfInput &&
      (IsAsciiDigit(next) || next == '\\' || IsIdentifierStart(static_cast<uint32_t>(next)))) {
    return Illegal(desc, kInvalidToken, start, pos_ + width);
  }
  if (is_bigint) {
    std::u16string text(digits.begin(), digits.end());
    desc->literal = strings_->Intern(text);
    return Token::kBigInt;
  }
  return Token::kNumber;
}

bool Lexer::ScanEscape(std::u16string* out, bool in_template, TokenDesc* desc,
                       const char** error, int* error_position, int* error_end) {
  // pos_ is at the character after the backslash.
  int escape_start = pos_ - 1;
  *error_end = -1;  // unless set: up to pos_
  int32_t c = c0();
  if (c == kEndOfInput) {
    *error = kInvalidToken;
    *error_position = escape_start;
    return false;
  }
  pos_++;
  switch (c) {
    case 'n':
      out->push_back('\n');
      return true;
    case 't':
      out->push_back('\t');
      return true;
    case 'r':
      out->push_back('\r');
      return true;
    case 'b':
      out->push_back('\b');
      return true;
    case 'f':
      out->push_back('\f');
      return true;
    case 'v':
      out->push_back('\v');
      return true;
    case '\r':
      // Line continuation; CRLF counts as one terminator.
      if (c0() == '\n') pos_++;
      return true;
    case '\n':
    case 0x2028:
    case 0x2029:
      return true;
    case 'x': {
      if (!IsHexDigit(c0()) || !IsHexDigit(CharAt(pos_ + 1))) {
        *error = kInvalidHexEscape;
        *error_position = escape_start;
        *error_end = escape_start + 4;
        return false;
      }
      out->push_back(static_cast<char16_t>(HexValue(c0()) * 16 + HexValue(CharAt(pos_ + 1))));
      pos_ += 2;
      return true;
    }
    case 'u': {
      int32_t value = ScanUnicodeEscape(escape_start, error_position, error_end);
      if (value < 0) {
        *error = value == -2 ? "Undefined Unicode code-point" : kInvalidUnicodeEscape;
        return false;
      }
      AppendCodePoint(out, static_cast<uint32_t>(value));
      return true;
    }
    case '0':
      if (!IsAsciiDigit(c0())) {
        out->push_back(0);
        return true;
      }
      [[fallthrough]];
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      if (in_template) {
        *error = "Octal escape sequences are not allowed in template strings.";
        *error_position = escape_start;
        return false;
      }
      // Legacy octal escape: up to three digits, value <= 0377.
      int value = c - '0';
      if (c0() >= '0' && c0() <= '7') {
        value = value * 8 + (c0() - '0');
        pos_++;
        if (c <= '3' && c0() >= '0' && c0() <= '7') {
          value = value * 8 + (c0() - '0');
          pos_++;
        }
      }
      out->push_back(static_cast<char16_t>(value));
      if (desc->octal_position < 0) {
        desc->octal_position = escape_start;
        desc->legacy_octal = true;
      }
      return true;
    }
    case '8':
    case '9':
      if (in_template) {
        *error = "\\8 and \\9 are not allowed in template strings.";
        *error_position = escape_start;
        return false;
      }
      out->push_back(static_cast<char16_t>(c));
      if (desc->octal_position < 0) {
        desc->octal_position = escape_start;
        desc->legacy_octal = true;
        desc->non_octal_decimal_escape = true;
      }
      return true;
    default:
      out->push_back(static_cast<char16_t>(c));
      return true;
  }
}

Token::Value Lexer::ScanString(TokenDesc* desc) {
  int32_t quote = c0();
  int start = pos_;
  pos_++;
  buffer_.clear();
  for (;;) {
    int32_t c = c0();
    if (c == kEndOfInput || c == '\n' || c == '\r') {
      return Illegal(desc, kInvalidToken, start, pos_);
    }
    pos_++;
    if (c == quote) break;
    if (c == '\\') {
      const char* error = nullptr;
      int error_position = 0, error_end = -1;
      if (!ScanEscape(&buffer_, false, desc, &error, &error_position, &error_end)) {
        return Illegal(desc, error, error_position, error_end >= 0 ? error_end : pos_);
      }
      desc->contains_escapes = true;
      continue;
    }
    buffer_.push_back(static_cast<char16_t>(c));
  }
  desc->literal = strings_->Intern(buffer_);
  return Token::kString;
}

Token::Value Lexer::ScanTemplate(TokenDesc* desc) {
  // pos_ is just after ` or }. Cooked and raw values are built together;
  // CR and CRLF read as LF in both (spec: TRV/TV normalize line endings).
  std::u16string cooked;
  std::u16string raw;
  bool cooked_valid = true;
  for (;;) {
    int32_t c = c0();
    if (c == kEndOfInput) {
      // NOTE: node reports an unterminated template as the end of input.
      return Illegal(desc, "Unexpected end of input", pos_, pos_);
    }
    pos_++;
    if (c == '`') {
      desc->literal = cooked_valid ? strings_->Intern(cooked) : nullptr;
      desc->raw = strings_->Intern(raw);
      return Token::kTemplateTail;
    }
    if (c == '$' && c0() == '{') {
      pos_++;
      desc->literal = cooked_valid ? strings_->Intern(cooked) : nullptr;
      desc->raw = strings_->Intern(raw);
      return Token::kTemplateSpan;
    }
    if (c == '\r') {
      if (c0() == '\n') pos_++;
      cooked.push_back('\n');
      raw.push_back('\n');
      continue;
    }
    if (c == '\\') {
      int escape_start = pos_ - 1;
      const char* error = nullptr;
      int error_position = 0, error_end = -1;
      if (!ScanEscape(&cooked, true, desc, &error, &error_position, &error_end)) {
        // The cooked value is undefined; tagged templates allow this.
        if (cooked_valid) {
          cooked_valid = false;
          desc->invalid_escape_message = error;
          desc->invalid_escape_position = error_position;
          desc->invalid_escape_end = error_end >= 0 ? error_end : error_position + 2;
        }
        // Skip the rest of the malformed escape conservatively: stop at the
        // next character that can end the template or start a substitution.
      }
      for (int i = escape_start; i < pos_; i++) {
        char16_t r = source_[i];
        if (r == '\r') {
          raw.push_back('\n');
          if (i + 1 < pos_ && source_[i + 1] == '\n') i++;
        } else {
          raw.push_back(r);
        }
      }
      continue;
    }
    cooked.push_back(static_cast<char16_t>(c));
    raw.push_back(static_cast<char16_t>(c));
  }
}

}  // namespace lucid
