// Copyright the Lucid authors. MIT license.
//
// Regular-expression literals: the lexer finds them, the parser validates
// pattern and flags as V8 does (messages checked against node 20).

#include <gtest/gtest.h>

#include <string>

#include "parser/regexp_validator.h"
#include "tests/unit/parser/parser_test_util.h"

namespace lucid {
namespace {

using testing::MessageOf;

// The reason ValidateRegExpPattern gives for `pattern`, or "ok".
std::string Reason(const char16_t* pattern, bool unicode) {
  const char* reason = ValidateRegExpPattern(pattern, unicode);
  return reason == nullptr ? "ok" : reason;
}

TEST(RegExp, ParserReportsV8Messages) {
  EXPECT_EQ(MessageOf("/(/"), "Invalid regular expression: /(/: Unterminated group");
  EXPECT_EQ(MessageOf("x = /a{2,1}/g"),
            "Invalid regular expression: /a{2,1}/g: numbers out of order in {} quantifier");
  EXPECT_EQ(MessageOf("/\\p{Foo}/u"), "Invalid regular expression: /\\p{Foo}/u: Invalid property name");
  EXPECT_EQ(MessageOf("/a/gg"), "Invalid regular expression flags");
  EXPECT_EQ(MessageOf("/a/x"), "Invalid regular expression flags");
  EXPECT_EQ(MessageOf("/a/dgimsuy"), "ok");
  EXPECT_EQ(MessageOf("/a"), "Invalid regular expression: missing /");
  EXPECT_EQ(MessageOf("function f() { return /[/]/.test(x) }"), "ok");
}

TEST(RegExp, AnnexBGrammarWithoutUnicodeFlag) {
  const char16_t* valid[] = {
      u"]", u"{", u"}", u"a{", u"a{1", u"a{,5}", u"\\8", u"\\1", u"\\c", u"[\\c_]", u"\\x1",
      u"\\u12", u"\\u{110000}", u"(?=x)+", u"(?!x){2}", u"[\\d-a]", u"[a-\\d]", u"\\k",
      u"\\k<a>", u"[\\B]", u"\\p{L}", u"\\a", u"[]", u"[^]", u"a|b|", u"()", u"(?:)",
      u"(?<a>.)\\k<a>", u"\\k<a>(?<a>x)", u"[\\01-\\07]", u"\\-",
  };
  for (const char16_t* pattern : valid) {
    EXPECT_EQ(Reason(pattern, false), "ok") << std::string(pattern, pattern + 1);
  }
  EXPECT_EQ(Reason(u"{1}", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"x{2}{3}", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"a**", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"^*", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"\\b+", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"a|*", false), "Nothing to repeat");
  EXPECT_EQ(Reason(u"(?<=x){2}", false), "Invalid quantifier");
  EXPECT_EQ(Reason(u")", false), "Unmatched ')'");
  EXPECT_EQ(Reason(u"(?:a", false), "Unterminated group");
  EXPECT_EQ(Reason(u"[a", false), "Unterminated character class");
  EXPECT_EQ(Reason(u"[z-a]", false), "Range out of order in character class");
  EXPECT_EQ(Reason(u"[\U0001f601-\U0001f600]", false), "Range out of order in character class");
  EXPECT_EQ(Reason(u"(?i:a)", false), "Invalid group");
  EXPECT_EQ(Reason(u"(?<1a>x)", false), "Invalid capture group name");
  EXPECT_EQ(Reason(u"(?<a>a)|(?<a>b)", false), "Duplicate capture group name");
  EXPECT_EQ(Reason(u"\\k<b>(?<a>x)", false), "Invalid named capture referenced");
  EXPECT_EQ(Reason(u"\\k(?<a>x)", false), "Invalid named reference");
  EXPECT_EQ(Reason(u"\\", false), "\\ at end of pattern");
}

TEST(RegExp, StrictGrammarWithUnicodeFlag) {
  const char16_t* valid[] = {
      u"\\u{10FFFF}", u"[\\uD83D\\uDE00-\\uD83D\\uDE01]", u"[\\u{1F600}-\\u{1F601}]",
      u"\\ud800\\u{dc00}", u"[\\-]", u"\\/", u"\\0", u"[\\b]", u"\\p{L}", u"\\P{Lu}",
      u"\\p{Script=Greek}", u"\\p{sc=Grek}", u"\\p{scx=Latin}", u"\\p{gc=L}",
      u"\\p{General_Category=Lu}", u"\\p{ASCII}", u"\\p{Any}", u"\\p{Emoji_Presentation}",
      u"\\p{punct}", u"(?<a>)\\k<a>", u"(a)\\1", u"\\cA\\cz", u"(?<\\u{1d49c}>.)",
  };
  for (const char16_t* pattern : valid) {
    EXPECT_EQ(Reason(pattern, true), "ok") << std::string(pattern, pattern + 1);
  }
  EXPECT_EQ(Reason(u"\\1", true), "Invalid escape");
  EXPECT_EQ(Reason(u"\\8", true), "Invalid escape");
  EXPECT_EQ(Reason(u"\\a", true), "Invalid escape");
  EXPECT_EQ(Reason(u"\\x1", true), "Invalid escape");
  EXPECT_EQ(Reason(u"\\c", true), "Invalid Unicode escape");
  EXPECT_EQ(Reason(u"\\u12", true), "Invalid Unicode escape");
  EXPECT_EQ(Reason(u"\\u{110000}", true), "Invalid Unicode escape");
  EXPECT_EQ(Reason(u"\\00", true), "Invalid decimal escape");
  EXPECT_EQ(Reason(u"[\\1]", true), "Invalid class escape");
  EXPECT_EQ(Reason(u"[\\B]", true), "Invalid escape");
  EXPECT_EQ(Reason(u"[\\d-a]", true), "Invalid character class");
  EXPECT_EQ(Reason(u"[\\p{L}-z]", true), "Invalid character class");
  EXPECT_EQ(Reason(u"[\\uD83D\\uDE01-\\uD83D\\uDE00]", true),
            "Range out of order in character class");
  EXPECT_EQ(Reason(u"\\k", true), "Invalid named reference");
  EXPECT_EQ(Reason(u"]", true), "Lone quantifier brackets");
  EXPECT_EQ(Reason(u"{", true), "Lone quantifier brackets");
  EXPECT_EQ(Reason(u"x{1", true), "Incomplete quantifier");
  EXPECT_EQ(Reason(u"a{,5}", true), "Incomplete quantifier");
  EXPECT_EQ(Reason(u"(?=a)*", true), "Invalid quantifier");
  EXPECT_EQ(Reason(u"\\p{Foo}", true), "Invalid property name");
  EXPECT_EQ(Reason(u"\\p{Script=Foo}", true), "Invalid property name");
  EXPECT_EQ(Reason(u"\\p{Hrkt}", true), "Invalid property name");
  EXPECT_EQ(Reason(u"\\p{RGI_Emoji}", true), "Invalid property name");
  EXPECT_EQ(Reason(u"\\p", true), "Invalid property name");
}

TEST(RegExp, DeepNestingNeedsNoNativeStack) {
  std::u16string deep(200000, u'(');
  deep += u"a";
  deep += std::u16string(200000, u')');
  EXPECT_EQ(Reason(deep.c_str(), true), "ok");
  deep.pop_back();
  EXPECT_EQ(Reason(deep.c_str(), false), "Unterminated group");
}

}  // namespace
}  // namespace lucid
