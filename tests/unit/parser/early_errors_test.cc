// Copyright the Lucid authors. MIT license.
//
// Early errors added for the test262 parser corpus (tests/parser262), each
// checked against node 20's message, and V8's run-time treatment of call
// expressions used as assignment targets.

#include <gtest/gtest.h>

#include <string>

#include "tests/unit/parser/parser_test_util.h"

namespace lucid {
namespace {

using testing::MessageOf;
using testing::Parsed;

constexpr const char* kSloppyFunctionBody =
    "In non-strict mode code, functions can only be declared at top level, inside a block, or as "
    "the body of an if statement.";
constexpr const char* kGeneratorBody =
    "Generators can only be declared at the top level or inside a block.";

TEST(EarlyErrors, FunctionDeclarationsOnlyAsIfBodiesAndInStatementLists) {
  EXPECT_EQ(MessageOf("while (1) function foo(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("for (;;) function a(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("for (a in b) function c(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("for (a of b) function c(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("do function a(){} while (0)"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("if (1) function* g(){}"), kGeneratorBody);
  EXPECT_EQ(MessageOf("if (1) function f(){} else function g(){}"), "ok");
}

TEST(EarlyErrors, LabelledFunctionsOnlyInStatementLists) {
  EXPECT_EQ(MessageOf("a: function f(){}"), "ok");
  EXPECT_EQ(MessageOf("a: b: function f(){}"), "ok");
  EXPECT_EQ(MessageOf("{ a: function f(){} }"), "ok");
  EXPECT_EQ(MessageOf("if (1) b: function a(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("if (1) ; else b: function a(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("for (;;) d: c: b: function a(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("while (1) b: function a(){}"), kSloppyFunctionBody);
  EXPECT_EQ(MessageOf("a: function* a(){}"), kGeneratorBody);
  EXPECT_EQ(MessageOf("a: async function a(){}"),
            "Async functions can only be declared at the top level or inside a block.");
  EXPECT_EQ(MessageOf("'use strict'; a: function f(){}"),
            "In strict mode code, functions can only be declared at top level or inside a block.");
}

TEST(EarlyErrors, DuplicateBlockFunctionsMustBePlainSloppyFunctions) {
  EXPECT_EQ(MessageOf("{ function f(){} function f(){} }"), "ok");
  EXPECT_EQ(MessageOf("{ function* f(){} function f(){} }"),
            "Identifier 'f' has already been declared");
  EXPECT_EQ(MessageOf("{ function f(){} function* f(){} }"),
            "Identifier 'f' has already been declared");
  EXPECT_EQ(MessageOf("{ async function f(){} function f(){} }"),
            "Identifier 'f' has already been declared");
  EXPECT_EQ(MessageOf("'use strict'; { function f(){} function f(){} }"),
            "Identifier 'f' has already been declared");
}

TEST(EarlyErrors, YieldDelegateNeedsTheStarOnTheSameLine) {
  EXPECT_EQ(MessageOf("function* g(){ yield\n* a }"), "Unexpected token '*'");
  EXPECT_EQ(MessageOf("function* g(){ yield* a }"), "ok");
  EXPECT_EQ(MessageOf("function* g(){ yield\na }"), "ok");
}

TEST(EarlyErrors, YieldAndAwaitAreNotAllowedInParameters) {
  const char* yield = "Yield expression not allowed in formal parameter";
  const char* await = "Illegal await-expression in formal parameters of async function";
  EXPECT_EQ(MessageOf("function* g(a = yield){}"), yield);
  EXPECT_EQ(MessageOf("function* g(){ function* h({[yield]: c}){} }"), yield);
  EXPECT_EQ(MessageOf("function* g(){ ({ *m(c = yield){} }); }"), yield);
  EXPECT_EQ(MessageOf("function* g(){ (b = yield) => 1; }"), yield);
  EXPECT_EQ(MessageOf("function* g(){ ({b = yield}) => 1; }"), yield);
  EXPECT_EQ(MessageOf("function* g(){ (b = c + d(yield)) => 1; }"), yield);
  EXPECT_EQ(MessageOf("function* g(){ ({[yield]: b}) => 1; }"), yield);
  EXPECT_EQ(MessageOf("async function f(a = await 1){}"), await);
  EXPECT_EQ(MessageOf("async function f(){ (b = await 1) => 1; }"), await);
  EXPECT_EQ(MessageOf("async function f(){ async (b = await 1) => 1; }"), await);
  // Not a parameter of the generator itself, or not a yield expression.
  EXPECT_EQ(MessageOf("function* g(){ function h(a = yield){} }"), "ok");
  EXPECT_EQ(MessageOf("function* g(){ (yield); (b = 1) => yield; }"), "ok");
  EXPECT_EQ(MessageOf("function* g(){ (a = function*(){ yield }) => 1; }"), "ok");
  EXPECT_EQ(MessageOf("function* g(){ f(yield) }"), "ok");
}

TEST(EarlyErrors, ArrowParametersAreNotParenthesizedTwice) {
  const char* invalid = "Invalid destructuring assignment target";
  EXPECT_EQ(MessageOf("((a)) => 0"), invalid);
  EXPECT_EQ(MessageOf("((a, b)) => 0"), invalid);
  EXPECT_EQ(MessageOf("(a, (b)) => 0"), invalid);
  EXPECT_EQ(MessageOf("(a) => 0"), "ok");
  EXPECT_EQ(MessageOf("((a)); ((a, b))"), "ok");
}

TEST(EarlyErrors, ForOfVarMayNotRebindACatchParameter) {
  // B.3.4 lets `var e` redeclare a simple catch parameter, but not in a
  // for-of head. (Node 20 accepts this one; the spec and the corpus do not.)
  EXPECT_EQ(MessageOf("try {} catch (a) { for (var a of b); }"),
            "Identifier 'a' has already been declared");
  EXPECT_EQ(MessageOf("try {} catch (a) { { for (var [a] of b); } }"),
            "Identifier 'a' has already been declared");
  EXPECT_EQ(MessageOf("try {} catch (a) { for (var a in b); var a; for (var a;;) break; }"), "ok");
  EXPECT_EQ(MessageOf("try {} catch (a) { function f() { for (var a of b); } }"), "ok");
}

TEST(EarlyErrors, HtmlLikeCommentsInScripts) {
  EXPECT_EQ(MessageOf("x = 1 <!-- this is a comment"), "ok");
  EXPECT_EQ(MessageOf("--> a comment on the first line\nx = 1"), "ok");
  EXPECT_EQ(MessageOf("x = 1\n   --> a comment at the start of a line"), "ok");
  EXPECT_EQ(MessageOf("x = 1 /*\n*/ --> after a multi-line comment with a line break"), "ok");
  // Not first on its line: x-- > y.
  EXPECT_EQ(MessageOf("x --> y"), "ok");
  EXPECT_EQ(MessageOf("x = 1 /* */ --> y"),  // 1-- > y
            "Invalid left-hand side expression in postfix operation");
  EXPECT_EQ(MessageOf("x = 1 <!-- comment\nx = 2", ParseMode::kCommonJSModule), "ok");
}

TEST(EarlyErrors, UnicodeIdentifiersFollowIdStartAndIdContinue) {
  // Other_ID_Start (U+2118, U+309B, U+1885), Other_ID_Continue (U+00B7), astral letters.
  EXPECT_EQ(MessageOf("var \u2118 = 1, a\u00b7 = 2, \u309b = 3, \U0001d49c = 4, \u1885 = 5;"),
            "ok");
  EXPECT_EQ(MessageOf("var a\u203fb = 1, \\u{1D49C} = 2, a\\u200C = 3;"), "ok");
  EXPECT_EQ(MessageOf("var \u2e2f = 1;"), "Invalid or unexpected token");     // Pattern_Syntax
  EXPECT_EQ(MessageOf("var \U0001f600 = 1;"), "Invalid or unexpected token");  // emoji: So
  EXPECT_EQ(MessageOf("var _\U00016af5 = 1;"), "Invalid or unexpected token"); // Po
  EXPECT_EQ(MessageOf("var \U0002b81e_ = 12;"), "Invalid or unexpected token"); // unassigned
  EXPECT_EQ(MessageOf("\u203f = 10"), "Invalid or unexpected token");  // Pc: continue only
  EXPECT_EQ(MessageOf("var \u0300a = 1;"), "Invalid or unexpected token");  // Mn: continue only
  EXPECT_EQ(MessageOf("var a\u0300 = 1;"), "ok");
}

// --- f() = 1: a run-time ReferenceError (Call::invalid_target()) ----------

Call* TargetCall(Parsed& parsed) {
  EXPECT_TRUE(parsed.result.ok()) << parsed.result.error().message;
  if (!parsed.result.ok()) return nullptr;
  const StatementList& body = parsed.result.literal()->body();
  Statement* last = body[body.size() - 1];
  if (ExpressionStatement* statement = last->AsExpressionStatement()) {
    Expression* expression = statement->expression();
    if (Assignment* assignment = expression->AsAssignment()) return assignment->target()->AsCall();
    if (CountOperation* count = expression->AsCountOperation()) {
      return count->expression()->AsCall();
    }
  }
  if (ForOfStatement* loop = last->AsForOfStatement()) return loop->each()->AsCall();
  if (ForInStatement* loop = last->AsForInStatement()) return loop->each()->AsCall();
  return nullptr;
}

TEST(EarlyErrors, CallAsAssignmentTargetThrowsAtRunTime) {
  struct Case {
    const char* source;
    Call::InvalidTarget kind;
    const char* message;
  };
  const Case cases[] = {
      {"f() = 1", Call::InvalidTarget::kAssignment, "Invalid left-hand side in assignment"},
      {"a.b(1) += 1", Call::InvalidTarget::kAssignment, "Invalid left-hand side in assignment"},
      {"(f()) = 1", Call::InvalidTarget::kAssignment, "Invalid left-hand side in assignment"},
      {"'use strict'; f() = 1", Call::InvalidTarget::kAssignment,
       "Invalid left-hand side in assignment"},
      {"++f()", Call::InvalidTarget::kPrefix,
       "Invalid left-hand side expression in prefix operation"},
      {"f()--", Call::InvalidTarget::kPostfix,
       "Invalid left-hand side expression in postfix operation"},
      {"for (f() of a);", Call::InvalidTarget::kForInOf, "Invalid left-hand side in for-loop"},
      {"for (f() in o);", Call::InvalidTarget::kForInOf, "Invalid left-hand side in for-loop"},
  };
  for (const Case& c : cases) {
    Parsed parsed(c.source);
    Call* call = TargetCall(parsed);
    ASSERT_NE(call, nullptr) << c.source;
    EXPECT_EQ(call->invalid_target(), c.kind) << c.source;
    EXPECT_STREQ(call->InvalidTargetMessage(), c.message) << c.source;
  }
  Parsed plain("f()");
  EXPECT_EQ(plain.result.literal()->body()[0]->AsExpressionStatement()->expression()->AsCall()
                ->invalid_target(),
            Call::InvalidTarget::kNone);
}

TEST(EarlyErrors, OtherInvalidTargetsStayEarlyErrors) {
  EXPECT_EQ(MessageOf("f() &&= 1"), "Invalid left-hand side in assignment");
  EXPECT_EQ(MessageOf("f() ?" "?= 1"), "Invalid left-hand side in assignment");
  EXPECT_EQ(MessageOf("new f() = 1"), "Invalid left-hand side in assignment");
  EXPECT_EQ(MessageOf("f?.() = 1"), "Invalid left-hand side in assignment");
  EXPECT_EQ(MessageOf("[f()] = []"), "Invalid destructuring assignment target");
  EXPECT_EQ(MessageOf("({a: f()} = {})"), "Invalid destructuring assignment target");
  EXPECT_EQ(MessageOf("for ([f()] of a);"), "Invalid destructuring assignment target");
  EXPECT_EQ(MessageOf("(a + 1)++"), "Invalid left-hand side expression in postfix operation");
  EXPECT_EQ(MessageOf("f`x` = 1"), "Invalid left-hand side in assignment");
}

}  // namespace
}  // namespace lucid
