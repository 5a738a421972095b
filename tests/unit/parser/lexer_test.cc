// Copyright the Lucid authors. MIT license.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "parser/lexer.h"
#include "parser/source.h"

namespace lucid {
namespace {

struct Lexed {
  explicit Lexed(const std::string& code)
      : source(SourceFile::FromUtf8("t.js", code)), strings(&arena), lexer(source.text(), &strings) {
    lexer.Initialize();
  }
  std::vector<Token::Value> Tokens() {
    std::vector<Token::Value> tokens;
    for (;;) {
      Token::Value token = lexer.Next();
      tokens.push_back(token);
      if (token == Token::kEos || token == Token::kIllegal) break;
    }
    return tokens;
  }
  SourceFile source;
  AstArena arena;
  AstStringTable strings;
  Lexer lexer;
};

double NumberOf(const std::string& code) {
  Lexed lexed(code);
  EXPECT_EQ(lexed.lexer.Next(), Token::kNumber) << code;
  return lexed.lexer.current().number;
}

std::u16string StringOf(const std::string& code) {
  Lexed lexed(code);
  EXPECT_EQ(lexed.lexer.Next(), Token::kString) << code;
  return std::u16string(lexed.lexer.current().literal->view());
}

const char* ErrorOf(const std::string& code) {
  Lexed lexed(code);
  for (;;) {
    Token::Value token = lexed.lexer.Next();
    if (token == Token::kIllegal) return lexed.lexer.current().error_message;
    if (token == Token::kEos) return "none";
  }
}

// Every punctuator and keyword in TOKEN_LIST scans back to itself.
TEST(Lexer, EveryPunctuatorAndKeywordRoundTrips) {
  int checked = 0;
  for (int i = 0; i < Token::kNumTokens; i++) {
    Token::Value token = static_cast<Token::Value>(i);
    Token::Category category = Token::CategoryOf(token);
    if (category != Token::Category::kPunct && category != Token::Category::kKeyword) continue;
    Lexed lexed(Token::String(token));
    EXPECT_EQ(lexed.lexer.Next(), token) << Token::Name(token);
    EXPECT_EQ(lexed.lexer.Next(), Token::kEos) << Token::Name(token);
    checked++;
  }
  EXPECT_GT(checked, 90);
}

TEST(Lexer, TokenTableHelpers) {
  EXPECT_EQ(Token::BinaryOpForAssignment(Token::kAssignAdd), Token::kAdd);
  EXPECT_EQ(Token::BinaryOpForAssignment(Token::kAssignNullish), Token::kNullish);
  EXPECT_EQ(Token::BinaryOpForAssignment(Token::kAssignExp), Token::kExp);
  EXPECT_EQ(Token::BinaryOpForAssignment(Token::kAssignShr), Token::kShr);
  EXPECT_TRUE(Token::IsLogicalAssignmentOp(Token::kAssignOr));
  EXPECT_FALSE(Token::IsLogicalAssignmentOp(Token::kAssignAdd));
  EXPECT_GT(Token::Precedence(Token::kExp), Token::Precedence(Token::kMul));
  EXPECT_GT(Token::Precedence(Token::kMul), Token::Precedence(Token::kAdd));
  EXPECT_GT(Token::Precedence(Token::kAnd), Token::Precedence(Token::kOr));
  EXPECT_STREQ(Token::Name(Token::kLeftParen), "LeftParen");
}

TEST(Lexer, PunctuatorSequences) {
  Lexed lexed("a?.b ?? c ?" "?= d ||= e &&= f ** g **= h ... => #x >>>= i");
  std::vector<Token::Value> expected = {
      Token::kIdentifier, Token::kQuestionPeriod, Token::kIdentifier, Token::kNullish,
      Token::kIdentifier, Token::kAssignNullish,  Token::kIdentifier, Token::kAssignOr,
      Token::kIdentifier, Token::kAssignAnd,      Token::kIdentifier, Token::kExp,
      Token::kIdentifier, Token::kAssignExp,      Token::kIdentifier, Token::kEllipsis,
      Token::kArrow,      Token::kPrivateName,    Token::kAssignShr,  Token::kIdentifier,
      Token::kEos};
  EXPECT_EQ(lexed.Tokens(), expected);
}

TEST(Lexer, QuestionDotBeforeDigitIsConditional) {
  Lexed lexed("a?.5:1");
  EXPECT_EQ(lexed.Tokens(), (std::vector<Token::Value>{Token::kIdentifier, Token::kConditional,
                                                       Token::kNumber, Token::kColon,
                                                       Token::kNumber, Token::kEos}));
}

TEST(Lexer, DecimalNumbers) {
  EXPECT_EQ(NumberOf("0"), 0);
  EXPECT_EQ(NumberOf("42"), 42);
  EXPECT_EQ(NumberOf(".5"), 0.5);
  EXPECT_EQ(NumberOf("5."), 5);
  EXPECT_EQ(NumberOf("1.5e3"), 1500);
  EXPECT_EQ(NumberOf("1E-2"), 0.01);
  EXPECT_EQ(NumberOf("1e+2"), 100);
  EXPECT_EQ(NumberOf("0.1"), 0.1);
  EXPECT_EQ(NumberOf("1_000_000"), 1000000);
  EXPECT_EQ(NumberOf("1_0.0_1e1_0"), 10.01e10);
  EXPECT_EQ(NumberOf("9007199254740993"), 9007199254740992.0);
  EXPECT_EQ(NumberOf("1.7976931348623157e308"), 1.7976931348623157e308);
  EXPECT_TRUE(std::isinf(NumberOf("1e400")));
  EXPECT_EQ(NumberOf("1e-400"), 0);
  EXPECT_EQ(NumberOf("5e-324"), 5e-324);
}

TEST(Lexer, RadixNumbers) {
  EXPECT_EQ(NumberOf("0x1F"), 31);
  EXPECT_EQ(NumberOf("0XfF"), 255);
  EXPECT_EQ(NumberOf("0o17"), 15);
  EXPECT_EQ(NumberOf("0b101"), 5);
  EXPECT_EQ(NumberOf("0xFFFF_FFFF"), 4294967295.0);
  EXPECT_EQ(NumberOf("0x20000000000001"), 9007199254740992.0);  // rounds to even
  EXPECT_EQ(NumberOf("0b11111111111111111111111111111111111111111111111111111"),
            9007199254740991.0);
  EXPECT_EQ(NumberOf("017"), 15);  // legacy octal
  EXPECT_EQ(NumberOf("019"), 19);  // leading-zero decimal
  EXPECT_EQ(NumberOf("08.5"), 8.5);
  Lexed legacy("017");
  legacy.lexer.Next();
  EXPECT_TRUE(legacy.lexer.current().legacy_octal);
}

TEST(Lexer, NumberErrors) {
  EXPECT_STREQ(ErrorOf("1_"), "Numeric separators are not allowed at the end of numeric literals");
  EXPECT_STREQ(ErrorOf("1__0"), "Only one underscore is allowed as numeric separator");
  EXPECT_STREQ(ErrorOf("0_1"), "Numeric separator can not be used after leading 0.");
  EXPECT_STREQ(ErrorOf("0x"), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf("0b12"), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf("3in x"), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf("1e"), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf("08n"), "Invalid or unexpected token");
}

TEST(Lexer, BigIntSuffixIsItsOwnToken) {
  Lexed lexed("123n 0x1Fn");
  EXPECT_EQ(lexed.lexer.Next(), Token::kBigInt);
  EXPECT_TRUE(lexed.lexer.current().literal->Equals("123"));
  EXPECT_EQ(lexed.lexer.Next(), Token::kBigInt);
  Lexed fraction("1.5n");
  EXPECT_EQ(fraction.lexer.Next(), Token::kIllegal);
}

TEST(Lexer, StringEscapes) {
  EXPECT_EQ(StringOf(R"("a\nb\tc\\d\"e")"), u"a\nb\tc\\d\"e");
  EXPECT_EQ(StringOf(R"('\b\f\v\0')"), std::u16string(u"\b\f\v") + char16_t(0));
  EXPECT_EQ(StringOf(R"("\x41\u0042\u{43}\u{1F600}")"), u"ABC\U0001F600");
  EXPECT_EQ(StringOf("\"a\\\nb\""), u"ab");        // line continuation
  EXPECT_EQ(StringOf("\"a\\\r\nb\""), u"ab");      // CRLF continuation
  EXPECT_EQ(StringOf(R"("\101\7\08")"), std::u16string(u"A\a\0" u"8", 4));  // legacy octal
  EXPECT_EQ(StringOf(R"("\q")"), u"q");              // identity escape
  EXPECT_EQ(StringOf("'\xE2\x80\xA8'"), u"\u2028");  // LS allowed in strings
  Lexed octal(R"("\01")");
  octal.lexer.Next();
  EXPECT_TRUE(octal.lexer.current().legacy_octal);
}

TEST(Lexer, StringErrors) {
  EXPECT_STREQ(ErrorOf("\"abc"), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf("\"a\nb\""), "Invalid or unexpected token");
  EXPECT_STREQ(ErrorOf(R"("\x4")"), "Invalid hexadecimal escape sequence");
  EXPECT_STREQ(ErrorOf(R"("\u12")"), "Invalid Unicode escape sequence");
  EXPECT_STREQ(ErrorOf(R"("\u{110000}")"), "Undefined Unicode code-point");
}

// The range V8 underlines for a bad escape (node's caret line).
std::pair<int, int> ErrorRangeOf(const std::string& code) {
  Lexed lexed(code);
  for (;;) {
    Token::Value token = lexed.lexer.Next();
    if (token == Token::kIllegal) {
      return {lexed.lexer.current().error_position, lexed.lexer.current().error_end_position};
    }
    if (token == Token::kEos) return {-1, -1};
  }
}

TEST(Lexer, BadEscapeRangesMatchV8) {
  using Range = std::pair<int, int>;
  EXPECT_EQ(ErrorRangeOf(R"('\u{zzzz}')"), Range(4, 5));     // the offending character
  EXPECT_EQ(ErrorRangeOf(R"('\u{12')"), Range(6, 7));        // the missing '}'
  EXPECT_EQ(ErrorRangeOf(R"('\u{}')"), Range(4, 5));
  EXPECT_EQ(ErrorRangeOf(R"('\u12x4')"), Range(1, 7));       // six characters from '\'
  EXPECT_EQ(ErrorRangeOf(R"('\u{110000}')"), Range(1, 10));  // through the overflowing digit
  EXPECT_EQ(ErrorRangeOf(R"('\xZ1')"), Range(1, 5));         // four characters from '\'
  EXPECT_EQ(ErrorRangeOf(R"(var \u{zz})"), Range(7, 8));     // in an identifier too
}

TEST(Lexer, IdentifiersAndEscapes) {
  Lexed lexed("café \\u0061b $_x1 \\u{62}c π\xF0\x9D\x91\x90");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"café");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"ab");
  EXPECT_TRUE(lexed.lexer.current().contains_escapes);
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"bc");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"π\U0001D450");
  // An escaped keyword is an identifier token (the parser rejects it).
  Lexed keyword("\\u0069f");
  EXPECT_EQ(keyword.lexer.Next(), Token::kIdentifier);
  Lexed plain("if");
  EXPECT_EQ(plain.lexer.Next(), Token::kIf);
}

TEST(Lexer, InternedStringsAreShared) {
  Lexed lexed("abc 'abc' abc");
  lexed.lexer.Next();
  const AstString* first = lexed.lexer.current().literal;
  lexed.lexer.Next();
  EXPECT_EQ(lexed.lexer.current().literal, first);
  lexed.lexer.Next();
  EXPECT_EQ(lexed.lexer.current().literal, first);
}

TEST(Lexer, Templates) {
  Lexed lexed("`a${x}b\\n${y}\r\nc`");
  EXPECT_EQ(lexed.lexer.Next(), Token::kTemplateSpan);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"a");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.peek(), Token::kRightBrace);
  lexed.lexer.RescanTemplateContinuation();
  EXPECT_EQ(lexed.lexer.Next(), Token::kTemplateSpan);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"b\n");
  EXPECT_EQ(lexed.lexer.current().raw->view(), u"b\\n");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  lexed.lexer.RescanTemplateContinuation();
  EXPECT_EQ(lexed.lexer.Next(), Token::kTemplateTail);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"\nc");  // CRLF reads as LF
  EXPECT_EQ(lexed.lexer.current().raw->view(), u"\nc");
}

TEST(Lexer, TemplateInvalidEscapeHasNoCookedValue) {
  Lexed lexed("`\\unicode`");
  EXPECT_EQ(lexed.lexer.Next(), Token::kTemplateTail);
  EXPECT_EQ(lexed.lexer.current().literal, nullptr);
  EXPECT_EQ(lexed.lexer.current().raw->view(), u"\\unicode");
  EXPECT_STREQ(lexed.lexer.current().invalid_escape_message, "Invalid Unicode escape sequence");
  Lexed octal("`\\01`");
  octal.lexer.Next();
  EXPECT_STREQ(octal.lexer.current().invalid_escape_message,
               "Octal escape sequences are not allowed in template strings.");
}

TEST(Lexer, RegExpOnlyWhenAsked) {
  Lexed lexed("/[/]\\/x/gi");
  EXPECT_EQ(lexed.lexer.peek(), Token::kDiv);
  lexed.lexer.RescanRegExp();
  EXPECT_EQ(lexed.lexer.Next(), Token::kRegExp);
  EXPECT_EQ(lexed.lexer.current().literal->view(), u"[/]\\/x");
  EXPECT_EQ(lexed.lexer.current().raw->view(), u"gi");
  EXPECT_EQ(lexed.lexer.Next(), Token::kEos);

  Lexed division("a / b / c");
  EXPECT_EQ(division.Tokens(), (std::vector<Token::Value>{Token::kIdentifier, Token::kDiv,
                                                         Token::kIdentifier, Token::kDiv,
                                                         Token::kIdentifier, Token::kEos}));
  Lexed bad_flags("/a/gg");
  bad_flags.lexer.RescanRegExp();
  EXPECT_EQ(bad_flags.lexer.Next(), Token::kIllegal);
  EXPECT_STREQ(bad_flags.lexer.current().error_message, "Invalid regular expression flags");
  Lexed unterminated("/abc");
  unterminated.lexer.RescanRegExp();
  EXPECT_EQ(unterminated.lexer.Next(), Token::kIllegal);
  EXPECT_STREQ(unterminated.lexer.current().error_message,
               "Invalid regular expression: missing /");
}

TEST(Lexer, CommentsAndLineTerminators) {
  Lexed lexed("a // c\n b /* x */ c /* \n */ d #!not");
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_FALSE(lexed.lexer.current().after_line_terminator);
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_TRUE(lexed.lexer.current().after_line_terminator);
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_FALSE(lexed.lexer.current().after_line_terminator);
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_TRUE(lexed.lexer.current().after_line_terminator);  // multi-line comment
  EXPECT_EQ(lexed.lexer.Next(), Token::kIllegal);            // # only starts a hashbang at 0
  EXPECT_STREQ(ErrorOf("/* never closed"), "Invalid or unexpected token");
}

TEST(Lexer, HashbangAndBom) {
  Lexed lexed("\xEF\xBB\xBF#!/usr/bin/env lucid\nx");
  EXPECT_EQ(lexed.source.text()[0], u'#');
  EXPECT_EQ(lexed.lexer.Next(), Token::kIdentifier);
  EXPECT_EQ(lexed.lexer.Next(), Token::kEos);
}

TEST(SourceFile, LinesAndColumns) {
  SourceFile source = SourceFile::FromUtf8("s.js", "ab\ncd\r\nef\rgh\xE2\x80\xA8ij");
  EXPECT_EQ(source.line_count(), 5);
  EXPECT_EQ(source.GetLocation(0).line, 1);
  EXPECT_EQ(source.GetLocation(4).line, 2);
  EXPECT_EQ(source.GetLocation(4).column, 2);
  EXPECT_EQ(source.LineTextUtf8(2), "cd");
  EXPECT_EQ(source.LineTextUtf8(3), "ef");
  EXPECT_EQ(source.LineTextUtf8(4), "gh");
  EXPECT_EQ(source.LineTextUtf8(5), "ij");
}

TEST(SourceFile, InvalidUtf8BecomesReplacementCharacters) {
  SourceFile source = SourceFile::FromUtf8("s.js", "a\xFF\xC3(\xE2\x82z\xF0\x9F\x98\x80");
  EXPECT_EQ(source.text(), u"a\uFFFD\uFFFD(\uFFFDz\U0001F600");
  EXPECT_EQ(Utf16ToUtf8(u"\xD800x"), "\xEF\xBF\xBDx");
}

}  // namespace
}  // namespace lucid
