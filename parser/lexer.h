// Copyright the Lucid authors. MIT license.
//
// The lexer turns UTF-16 source into tokens with one token of lookahead (two
// on request). It never fails hard: bad input becomes Token::kIllegal with a
// V8-worded message the parser reports.
//
// Two things the lexer cannot decide alone, the parser asks for explicitly:
//  - `/` starts a regular expression only where an expression may start, so
//    the parser calls RescanRegExp() when it sees kDiv/kAssignDiv there;
//  - `}` resumes a template literal after a substitution, so the parser calls
//    RescanTemplateContinuation() when the substitution's `}` is next.

#ifndef LUCID_PARSER_LEXER_H_
#define LUCID_PARSER_LEXER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parser/ast_string.h"
#include "parser/token.h"

namespace lucid {

struct TokenDesc {
  Token::Value token = Token::kEos;
  int beg_pos = 0;
  int end_pos = 0;
  // A line terminator (or a multi-line comment containing one) precedes the
  // token: the ASI and restricted-production rules use it.
  bool after_line_terminator = false;
  // Identifiers, strings: \u escapes were used (an escaped keyword is no
  // keyword; "use strict" with escapes is no directive).
  bool contains_escapes = false;
  // Numbers: 017/08-style legacy octal or decimal-with-leading-zero (an error
  // in strict code). Strings/templates: a legacy octal escape \1 or \08 at
  // octal_position (an error in strict code and in templates).
  bool legacy_octal = false;
  int octal_position = -1;
  // Strings: the first such escape was \8 or \9 (a different strict error).
  bool non_octal_decimal_escape = false;
  // kNumber value.
  double number = 0;
  // kIdentifier: the name. kPrivateName: "#name". kString: the value.
  // kTemplateSpan/kTemplateTail: the cooked value, null when it contains an
  // invalid escape (allowed only in tagged templates; see invalid_escape_*).
  // kRegExp: the body. kBigInt: the digits.
  const AstString* literal = nullptr;
  // kTemplateSpan/kTemplateTail: the raw value. kRegExp: the flags.
  const AstString* raw = nullptr;
  // kTemplateSpan/kTemplateTail with literal == null: the error to report if
  // the template is not tagged.
  const char* invalid_escape_message = nullptr;
  int invalid_escape_position = -1;
  int invalid_escape_end = -1;
  // kIllegal: what went wrong and where.
  const char* error_message = nullptr;
  int error_position = -1;
  int error_end_position = -1;
};

class Lexer {
 public:
  Lexer(std::u16string_view source, AstStringTable* strings);

  // Scans the first token; call once before anything else.
  void Initialize();

  // Advances: the peeked token becomes current. Returns it.
  Token::Value Next();
  // The next token (not consumed).
  Token::Value peek() const { return next_.token; }
  const TokenDesc& peek_desc() const { return next_; }
  // The token after the next one.
  Token::Value PeekAhead();
  const TokenDesc& peek_ahead_desc() const { return next_next_; }
  // The most recently consumed token.
  const TokenDesc& current() const { return current_; }

  // The next token is kDiv or kAssignDiv in a position where an expression
  // starts: rescan it as /body/flags (kRegExp, or kIllegal if unterminated).
  void RescanRegExp();
  // The next token is kRightBrace closing a template substitution: rescan
  // from after the brace as a template continuation (kTemplateSpan/Tail).
  void RescanTemplateContinuation();

  // Source text of [start, end), for directive checks and error messages.
  std::u16string_view Slice(int start, int end) const {
    return source_.substr(start, end - start);
  }
  int source_length() const { return static_cast<int>(source_.size()); }

  // Identifier-character classes (ES2022 ID_Start / ID_Continue, Unicode
  // approximated by ranges; see lexer.cc).
  static bool IsIdentifierStart(uint32_t c);
  static bool IsIdentifierPart(uint32_t c);
  static bool IsLineTerminator(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }
  static bool IsWhiteSpace(uint32_t c);
  // The keyword token `name` spells (Token::kIdentifier if none).
  static Token::Value KeywordToken(std::u16string_view name);

 private:
  static constexpr int32_t kEndOfInput = -1;

  int32_t CharAt(int position) const {
    return position < static_cast<int>(source_.size()) ? source_[position] : kEndOfInput;
  }
  int32_t c0() const { return CharAt(pos_); }
  // Code point at pos_ (combines a surrogate pair); sets *width to 1 or 2.
  int32_t CodePointAt(int position, int* width) const;

  void Scan(TokenDesc* desc);
  Token::Value ScanToken(TokenDesc* desc);
  void SkipWhiteSpaceAndComments(TokenDesc* desc);
  bool SkipMultiLineComment(TokenDesc* desc);  // false: unterminated
  Token::Value ScanIdentifierOrKeyword(TokenDesc* desc, bool is_private);
  Token::Value ScanNumber(TokenDesc* desc);
  Token::Value ScanString(TokenDesc* desc);
  Token::Value ScanTemplate(TokenDesc* desc);  // pos_ just after ` or }
  // Scans an escape after the backslash into *out. Returns false with an
  // error message on a bad escape, underlining [*error_position, *error_end)
  // (*error_end -1: up to the scan position).
  bool ScanEscape(std::u16string* out, bool in_template, TokenDesc* desc,
                  const char** error, int* error_position, int* error_end);
  // \uXXXX or \u{X...} after "\u"; -1 (malformed) or -2 (too big) on error.
  int32_t ScanUnicodeEscape(int escape_start, int* error_begin, int* error_end);
  Token::Value Illegal(TokenDesc* desc, const char* message, int position, int end_position);

  std::u16string_view source_;
  AstStringTable* strings_;
  int pos_ = 0;
  TokenDesc current_;
  TokenDesc next_;
  TokenDesc next_next_;
  bool has_next_next_ = false;
  // A token has been scanned: `-->` no longer starts the first line.
  bool scanned_token_ = false;
  std::u16string buffer_;
};

}  // namespace lucid

#endif  // LUCID_PARSER_LEXER_H_
