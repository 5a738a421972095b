// Copyright the Lucid authors. MIT license.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "tests/unit/parser/parser_test_util.h"

namespace lucid {
namespace {

using testing::ErrorOf;
using testing::Expr;
using testing::MessageOf;
using testing::Parsed;

TEST(Parser, Precedence) {
  EXPECT_EQ(Expr("a + b * c"), "(a + (b * c))");
  EXPECT_EQ(Expr("a * b + c"), "((a * b) + c)");
  EXPECT_EQ(Expr("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(Expr("a ** b ** c"), "(a ** (b ** c))");
  EXPECT_EQ(Expr("(-a) ** b"), "((-a) ** b)");
  EXPECT_EQ(Expr("a || b && c"), "(a || (b && c))");
  EXPECT_EQ(Expr("a ?? b ?? c"), "((a ?? b) ?? c)");
  EXPECT_EQ(Expr("(a || b) ?? c"), "((a || b) ?? c)");
  EXPECT_EQ(Expr("a | b ^ c & d"), "(a | (b ^ (c & d)))");
  EXPECT_EQ(Expr("a == b < c"), "(a == (b < c))");
  EXPECT_EQ(Expr("a << b + c"), "(a << (b + c))");
  EXPECT_EQ(Expr("a in b instanceof c"), "((a in b) instanceof c)");
  EXPECT_EQ(Expr("a ? b : c ? d : e"), "(a ? b : (c ? d : e))");
  EXPECT_EQ(Expr("a = b = c"), "(a = (b = c))");
  EXPECT_EQ(Expr("a += b || c"), "(a += (b || c))");
  EXPECT_EQ(Expr("a ||= b, c &&= d, e ?" "?= f"), "(((a ||= b) , (c &&= d)) , (e ?" "?= f))");
  EXPECT_EQ(Expr("!a++"), "(!(a++))");
  EXPECT_EQ(Expr("typeof void delete a.b"), "(typeof (void (delete a.b)))");
  EXPECT_EQ(Expr("-~+x"), "(-(~(+x)))");
  EXPECT_EQ(Expr("++a.b"), "(++a.b)");
  EXPECT_EQ(Expr("new a.b(c).d"), "new a.b(c).d");
  EXPECT_EQ(Expr("new new a()()"), "new new a()()");
  EXPECT_EQ(Expr("new a"), "new a()");
  EXPECT_EQ(Expr("a.b[c](d)"), "a.b[c](d)");
  EXPECT_EQ(Expr("f(...a, b)"), "f(...a, b)");
  EXPECT_EQ(Expr("a.if.class"), "a.if.class");
}

TEST(Parser, OptionalChainExtent) {
  EXPECT_EQ(Expr("a?.b.c"), "chain(a?.b.c)");
  EXPECT_EQ(Expr("a?.[k]?.(x)"), "chain(a?.[k]?.(x))");
  EXPECT_EQ(Expr("(a?.b).c"), "chain(a?.b).c");
  EXPECT_EQ(Expr("a?.b + 1"), "(chain(a?.b) + 1)");
  EXPECT_EQ(Expr("x = a?.b()"), "(x = chain(a?.b()))");
}

TEST(Parser, Literals) {
  EXPECT_EQ(Expr("[1, , ...a, 'x']"), "[1, , ...a, \"x\"]");
  EXPECT_EQ(Expr("({a: 1, b, [c]: 2, ...d, get e() {}, set e(v) {}, f() {}})"),
            "{\"a\": 1, \"b\": b, [c]: 2, ...d, get \"e\", set \"e\", \"f\"()}");
  EXPECT_EQ(Expr("`a${b}c`"), "`a${b}c`");
  EXPECT_EQ(Expr("tag`x${1}`"), "tag`x${1}`");
  EXPECT_EQ(Expr("/ab+c/gi"), "/ab+c/gi");
  EXPECT_EQ(Expr("x = /=/"), "(x = /=/)");
  EXPECT_EQ(Expr("a / b / c"), "((a / b) / c)");
  EXPECT_EQ(Expr("0x10 + 1e3 + .5"), "((16 + 1000) + 0.5)");
  EXPECT_EQ(Expr("null, true, false, this"), "(((null , true) , false) , this)");
}

TEST(Parser, ArrowsAndFunctions) {
  EXPECT_EQ(Expr("x => x"), "<arrow>");
  EXPECT_EQ(Expr("(a, b = 1, [c], {d}, ...e) => 0"), "<arrow>");
  EXPECT_EQ(Expr("async x => x"), "<arrow>");
  EXPECT_EQ(Expr("async (a) => a"), "<arrow>");
  EXPECT_EQ(Expr("async(a)"), "async(a)");
  EXPECT_EQ(Expr("() => {}"), "<arrow>");
  EXPECT_EQ(Expr("(function f() {})"), "<function f>");
  EXPECT_EQ(Expr("(a, b,) => 1"), "<arrow>");
  EXPECT_EQ(Expr("(a) => a"), "<arrow>");
  EXPECT_EQ(Expr("({a}) => a"), "<arrow>");
  EXPECT_EQ(Expr("([a]) => a"), "<arrow>");
  EXPECT_EQ(Expr("(a = 1) => a"), "<arrow>");
  Parsed parsed("var f = function() {}; let g = () => 1; var o = {m: function() {}};");
  ASSERT_TRUE(parsed.result.ok());
  const StatementList& body = parsed.result.literal()->body();
  auto init = [&](int i) {
    return body[i]->AsVariableDeclaration()->declarators()[0].initializer->AsFunctionLiteral();
  };
  EXPECT_TRUE(init(0)->inferred_name()->Equals("f"));
  EXPECT_TRUE(init(1)->inferred_name()->Equals("g"));
  EXPECT_EQ(init(0)->name(), nullptr);
}

TEST(Parser, FunctionSourceRangesAndCalleeRanges) {
  std::string code = "x; function f(a) { return a; }\no.f(1);";
  Parsed parsed(code);
  ASSERT_TRUE(parsed.result.ok());
  FunctionLiteral* f = parsed.result.literal()->body()[1]->AsFunctionDeclaration()->function();
  EXPECT_EQ(code.substr(f->start_position(), f->end_position() - f->start_position()),
            "function f(a) { return a; }");
  EXPECT_EQ(f->expected_length(), 1);
  Call* call = parsed.result.literal()->body()[2]->AsExpressionStatement()->expression()->AsCall();
  EXPECT_EQ(code.substr(call->callee_start(), call->callee_end() - call->callee_start()), "o.f");
  std::string arrow_code = "let g = (a, b = 2) => a + b;";
  Parsed arrow(arrow_code);
  FunctionLiteral* g = arrow.result.literal()
                           ->body()[0]
                           ->AsVariableDeclaration()
                           ->declarators()[0]
                           .initializer->AsFunctionLiteral();
  EXPECT_EQ(arrow_code.substr(g->start_position(), g->end_position() - g->start_position()),
            "(a, b = 2) => a + b");
  EXPECT_EQ(g->expected_length(), 1);
}

TEST(Parser, EveryStatementKind) {
  Parsed parsed(R"(
    var a = 1, b; let c; const d = 2;
    function f() { return; }
    class C {}
    ;
    if (a) b; else { c; }
    do a++; while (a < 3)
    while (a) break;
    for (let i = 0; i < 2; i++) continue;
    for (var k in o) ;
    for (const v of arr) ;
    outer: for (;;) { inner: while (1) { break outer; continue inner; } }
    switch (a) { case 1: let z; break; default: }
    try { throw 1 } catch (e) { } finally { }
    try { } catch { }
    debugger;
    block: { break block; }
  )");
  ASSERT_TRUE(parsed.result.ok()) << parsed.result.error().message;
  std::string tree = PrintAst(parsed.result.literal(), false);
  for (const char* kind :
       {"VariableDeclaration var", "VariableDeclaration let", "VariableDeclaration const",
        "FunctionDeclaration", "ClassDeclaration", "EmptyStatement", "IfStatement",
        "DoWhileStatement", "WhileStatement", "BreakStatement", "ForStatement",
        "ContinueStatement", "ForInStatement var", "ForOfStatement const",
        "LabeledStatement outer", "BreakStatement outer", "ContinueStatement inner",
        "SwitchStatement", "TryStatement", "ThrowStatement", "DebuggerStatement",
        "LabeledStatement block", "BreakStatement block"}) {
    EXPECT_NE(tree.find(kind), std::string::npos) << kind;
  }
}

TEST(Parser, BreakAndContinueTargets) {
  Parsed parsed("a: b: for (;;) { continue a; } c: { break c; } d: while (1) break d;");
  ASSERT_TRUE(parsed.result.ok());
  const StatementList& body = parsed.result.literal()->body();
  LabeledStatement* a = body[0]->AsLabeledStatement();
  ForStatement* loop = a->body()->AsLabeledStatement()->body()->AsForStatement();
  ContinueStatement* cont = loop->body()->AsBlock()->statements()[0]->AsContinueStatement();
  EXPECT_EQ(cont->target(), loop);
  LabeledStatement* c = body[1]->AsLabeledStatement();
  EXPECT_EQ(c->body()->AsBlock()->statements()[0]->AsBreakStatement()->target(), c);
  WhileStatement* d = body[2]->AsLabeledStatement()->body()->AsWhileStatement();
  EXPECT_EQ(d->body()->AsBreakStatement()->target(), d);
}

TEST(Parser, AutomaticSemicolonInsertion) {
  EXPECT_EQ(ErrorOf("a\nb"), "ok");
  EXPECT_EQ(ErrorOf("a b"), "SyntaxError: Unexpected identifier 'b' (1:3)");
  Parsed ret("function f() { return\n1 }");
  ASSERT_TRUE(ret.result.ok());
  FunctionLiteral* f = ret.result.literal()->body()[0]->AsFunctionDeclaration()->function();
  EXPECT_EQ(f->body()[0]->AsReturnStatement()->expression(), nullptr);
  Parsed postfix("a\n++b");
  ASSERT_TRUE(postfix.result.ok());
  EXPECT_EQ(postfix.result.literal()->body().size(), 2);
  EXPECT_EQ(ErrorOf("throw\n1"), "SyntaxError: Illegal newline after throw (1:1)");
  EXPECT_EQ(ErrorOf("do x; while (0) y"), "ok");
  EXPECT_EQ(ErrorOf("x: while (1) { break\nx; }"), "ok");
}

TEST(Parser, LetAsIdentifierInSloppyCode) {
  EXPECT_EQ(ErrorOf("var let = 1; let + 1;"), "ok");
  EXPECT_EQ(ErrorOf("let\nx = 1"), "ok");
  EXPECT_EQ(MessageOf("'use strict'; var let = 1"), "Unexpected strict mode reserved word");
  EXPECT_EQ(MessageOf("let let = 1"), "let is disallowed as a lexically bound name");
  EXPECT_EQ(ErrorOf("var yield = 1; var await = 2;"), "ok");
  EXPECT_EQ(MessageOf("'use strict'; var yield"), "Unexpected strict mode reserved word");
}

TEST(Parser, Classes) {
  Parsed parsed(R"(
    class A extends B {
      #x = 1; static s = 2; [k] = 3; y;
      constructor(a) { super(a); this.#x; }
      m() { return super.m(); }
      static sm() {}
      get g() { return 1; } set g(v) {}
      #pm() {} get #pa() {} set #pa(v) {}
      static { this.t = 1; }
      has(o) { return #x in o; }
      async am() {} *gm() {} async *agm() {}
    }
    let E = class {};
  )");
  ASSERT_TRUE(parsed.result.ok()) << parsed.result.error().message;
  ClassLiteral* a =
      parsed.result.literal()->body()[0]->AsClassDeclaration()->class_literal();
  EXPECT_TRUE(a->name()->Equals("A"));
  EXPECT_NE(a->extends(), nullptr);
  EXPECT_EQ(a->constructor()->function_kind(), FunctionKind::kDerivedConstructor);
  EXPECT_NE(a->instance_members_initializer(), nullptr);
  EXPECT_NE(a->static_initializer(), nullptr);
  EXPECT_EQ(a->properties().size(), 16);
  ClassLiteral* e = parsed.result.literal()
                        ->body()[1]
                        ->AsVariableDeclaration()
                        ->declarators()[0]
                        .initializer->AsClassLiteral();
  EXPECT_EQ(e->constructor()->function_kind(), FunctionKind::kDefaultBaseConstructor);
  EXPECT_TRUE(e->inferred_name()->Equals("E"));
}

TEST(Parser, DestructuringEverywhere) {
  EXPECT_EQ(ErrorOf("var {a, b: [c, d = 1], ...e} = o;"), "ok");
  EXPECT_EQ(ErrorOf("let [x, , y = 2, ...z] = arr;"), "ok");
  EXPECT_EQ(ErrorOf("function f({a}, [b], c = 1, ...d) {}"), "ok");
  EXPECT_EQ(ErrorOf("try {} catch ({message}) {}"), "ok");
  EXPECT_EQ(ErrorOf("for (const [k, v] of m) ;"), "ok");
  EXPECT_EQ(ErrorOf("for ({a} of m) ;"), "ok");
  EXPECT_EQ(ErrorOf("[a, b] = [b, a];"), "ok");
  EXPECT_EQ(ErrorOf("({a, b: {c = 1}, ...d} = o);"), "ok");
  EXPECT_EQ(ErrorOf("[o.a, o[b], ...o.c] = x;"), "ok");
  EXPECT_EQ(Expr("[a, b] = c"), "([a, b] = c)");
}

TEST(Parser, ErrorMessagesMatchNode) {
  struct Case {
    const char* code;
    const char* error;
  } cases[] = {
      {"var if", "SyntaxError: Unexpected token 'if' (1:5)"},
      {"var enum", "SyntaxError: Unexpected reserved word (1:5)"},
      {"foo(", "SyntaxError: Unexpected end of input (1:5)"},
      {"foo(a b", "SyntaxError: missing ) after argument list (1:7)"},
      {"1 2", "SyntaxError: Unexpected number (1:3)"},
      {"'a' 'b'", "SyntaxError: Unexpected string (1:5)"},
      {"}", "SyntaxError: Unexpected token '}' (1:1)"},
      {"@", "SyntaxError: Invalid or unexpected token (1:1)"},
      {"\"abc", "SyntaxError: Invalid or unexpected token (1:1)"},
      {"x = `abc", "SyntaxError: Unexpected end of input (1:9)"},
      {"/* abc", "SyntaxError: Invalid or unexpected token (1:1)"},
      {"1 = 2", "SyntaxError: Invalid left-hand side in assignment (1:1)"},
      {"a++ = 1", "SyntaxError: Invalid left-hand side in assignment (1:1)"},
      {"[a+1] = []", "SyntaxError: Invalid destructuring assignment target (1:2)"},
      {"({a = 1})", "SyntaxError: Invalid shorthand property initializer (1:5)"},
      {"a ?? b || c", "SyntaxError: Unexpected token '||' (1:8)"},
      {"a || b ?? c", "SyntaxError: Unexpected token '?" "?' (1:8)"},
      {"new.target", "SyntaxError: new.target expression is not allowed here (1:1)"},
      {"function f(){ super.x }", "SyntaxError: 'super' keyword unexpected here (1:15)"},
      {"class A { constructor(){ super() } }",
       "SyntaxError: 'super' keyword unexpected here (1:26)"},
      {"'use strict'; function f(a, a){}",
       "SyntaxError: Duplicate parameter name not allowed in this context (1:29)"},
      {"function f(a, a){ 'use strict' }",
       "SyntaxError: Duplicate parameter name not allowed in this context (1:15)"},
      {"(a, a) => 1", "SyntaxError: Duplicate parameter name not allowed in this context (1:5)"},
      {"let x; let x;", "SyntaxError: Identifier 'x' has already been declared (1:12)"},
      {"var x; let x;", "SyntaxError: Identifier 'x' has already been declared (1:12)"},
      {"{ let x; var x; }", "SyntaxError: Identifier 'x' has already been declared (1:14)"},
      {"const x;", "SyntaxError: Missing initializer in const declaration (1:7)"},
      {"break", "SyntaxError: Illegal break statement (1:1)"},
      {"continue", "SyntaxError: Illegal continue statement: no surrounding iteration statement (1:1)"},
      {"x: while(1) continue y", "SyntaxError: Undefined label 'y' (1:22)"},
      {"return", "SyntaxError: Illegal return statement (1:1)"},
      {"'use strict'; delete x",
       "SyntaxError: Delete of an unqualified identifier in strict mode. (1:22)"},
      {"'use strict'; eval = 1", "SyntaxError: Unexpected eval or arguments in strict mode (1:15)"},
      {"'use strict'; arguments++",
       "SyntaxError: Unexpected eval or arguments in strict mode (1:15)"},
      {"'use strict'; 010", "SyntaxError: Octal literals are not allowed in strict mode. (1:15)"},
      {"'use strict'; 09",
       "SyntaxError: Decimals with leading zeros are not allowed in strict mode. (1:15)"},
      {"class A { static prototype(){} }",
       "SyntaxError: Classes may not have a static property named 'prototype' (1:18)"},
      {"class A { #x; m(){ this.#y } }",
       "SyntaxError: Private field '#y' must be declared in an enclosing class (1:24)"},
      {"#x in y", "SyntaxError: Private field '#x' must be declared in an enclosing class (1:1)"},
      {"with (a) {}", "SyntaxError: 'with' is not supported by Lucid (1:1)"},
      {"eval('1')", "SyntaxError: direct eval is not supported by Lucid (1:1)"},
      {"[...a, b] = c", "SyntaxError: Rest element must be last element (1:2)"},
      {"let [...a, b] = c", "SyntaxError: Rest element must be last element (1:6)"},
      {"function f(...a, b){}", "SyntaxError: Rest parameter must be last formal parameter (1:12)"},
      {"a: a: ;", "SyntaxError: Label 'a' has already been declared (1:4)"},
      {"x: { continue x; }",
       "SyntaxError: Illegal continue statement: 'x' does not denote an iteration statement (1:6)"},
      {"x = {get a(b){}}", "SyntaxError: Getter must not have any formal parameters. (1:11)"},
      {"class A { constructor(){} constructor(){} }",
       "SyntaxError: A class may only have one constructor (1:27)"},
      {"class A { get constructor(){} }",
       "SyntaxError: Class constructor may not be an accessor (1:15)"},
      {"class A { constructor = 1 }",
       "SyntaxError: Classes may not have a field named 'constructor' (1:11)"},
      {"a.b?.c = 1", "SyntaxError: Invalid left-hand side in assignment (1:1)"},
      {"new a?.b", "SyntaxError: Invalid optional chain from new expression (1:6)"},
      {"a?.b`x`", "SyntaxError: Invalid tagged template on optional chain (1:5)"},
      {"class A { #x; #x; }", "SyntaxError: Identifier '#x' has already been declared (1:15)"},
      {"let [a];", "SyntaxError: Missing initializer in destructuring declaration (1:5)"},
      {"for (let x = 1 of y);",
       "SyntaxError: for-of loop variable declaration may not have an initializer. (1:10)"},
      {"'use strict'; if (1) function f(){}",
       "SyntaxError: In strict mode code, functions can only be declared at top level or inside a block. (1:22)"},
      {"if (1) let x = 1",
       "SyntaxError: Lexical declaration cannot appear in a single-statement context (1:8)"},
      {"try {}", "SyntaxError: Missing catch or finally after try (1:1)"},
      {"function f(a = 1){ 'use strict' }",
       "SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list (1:20)"},
      {"1n", "SyntaxError: BigInt literals are not supported yet (1:1)"},
      {"x = 1_", "SyntaxError: Numeric separators are not allowed at the end of numeric literals (1:6)"},
      {"\\u0069f (1);", "SyntaxError: Keyword must not contain escaped characters (1:1)"},
      {"`\\01`", "SyntaxError: Octal escape sequences are not allowed in template strings. (1:2)"},
      {"({a: 1} = x)", "SyntaxError: Invalid destructuring assignment target (1:6)"},
      {"({a}) = 1", "SyntaxError: Invalid left-hand side in assignment (1:1)"},
      {"x = {__proto__: 1, __proto__: 2}",
       "SyntaxError: Duplicate __proto__ fields are not allowed in object literals (1:20)"},
      {"for (a+1 in b);", "SyntaxError: Invalid left-hand side in for-loop (1:6)"},
      {"++a++", "SyntaxError: Invalid left-hand side expression in prefix operation (1:3)"},
      {"x = `${a b}`", "SyntaxError: Missing } in template expression (1:10)"},
      {"'use strict'; with (a) {}",
       "SyntaxError: Strict mode code may not include a with statement (1:15)"},
  };
  for (const Case& c : cases) EXPECT_EQ(ErrorOf(c.code), c.error) << c.code;
}

TEST(Parser, ErrorLineAndColumn) {
  EXPECT_EQ(ErrorOf("var a = 1;\nvar b = ;\n"), "SyntaxError: Unexpected token ';' (2:9)");
  EXPECT_EQ(ErrorOf("function f() {\n  return 1 +;\n}"), "SyntaxError: Unexpected token ';' (2:13)");
}

TEST(Parser, UnterminatedAndUnbalanced) {
  EXPECT_EQ(MessageOf("'abc"), "Invalid or unexpected token");
  EXPECT_EQ(MessageOf("`abc${1}"), "Unexpected end of input");
  EXPECT_EQ(MessageOf("/* abc"), "Invalid or unexpected token");
  EXPECT_EQ(MessageOf("{ a;"), "Unexpected end of input");
  EXPECT_EQ(MessageOf("(1 + 2"), "Unexpected end of input");
  EXPECT_EQ(MessageOf("[1, 2"), "Unexpected end of input");
  EXPECT_EQ(MessageOf("f(1))"), "Unexpected token ')'");
  EXPECT_EQ(MessageOf("x = /abc"), "Invalid regular expression: missing /");
}

TEST(Parser, StrictModeDirective) {
  Parsed parsed("'use strict'; function f() { return this; }");
  ASSERT_TRUE(parsed.result.ok());
  EXPECT_TRUE(parsed.result.literal()->is_strict());
  EXPECT_TRUE(parsed.result.literal()->body()[1]->AsFunctionDeclaration()->function()->is_strict());
  Parsed sloppy("'use\\x20strict'; function f() { 'use strict'; } function g() {}");
  ASSERT_TRUE(sloppy.result.ok());
  EXPECT_FALSE(sloppy.result.literal()->is_strict());
  EXPECT_TRUE(sloppy.result.literal()->body()[1]->AsFunctionDeclaration()->function()->is_strict());
  EXPECT_FALSE(sloppy.result.literal()->body()[2]->AsFunctionDeclaration()->function()->is_strict());
  EXPECT_EQ(MessageOf("function f() { '\\01'; 'use strict'; }"),
            "Octal escape sequences are not allowed in strict mode.");
  EXPECT_EQ(MessageOf("class A { m() { var static; } }"), "Unexpected strict mode reserved word");
}

TEST(Parser, CommonJSModule) {
  Parsed parsed("var x = 1; return module.exports;", ParseMode::kCommonJSModule);
  ASSERT_TRUE(parsed.result.ok()) << parsed.result.error().message;
  FunctionLiteral* wrapper = parsed.result.literal();
  EXPECT_EQ(wrapper->function_kind(), FunctionKind::kCommonJSModule);
  EXPECT_EQ(wrapper->parameters().size(), 5);
  EXPECT_EQ(ErrorOf("function f() { return new.target }", ParseMode::kCommonJSModule), "ok");
}

TEST(Parser, DeepNestingIsRangeErrorNotCrash) {
  for (const char* open_close : {"()", "[]", "{}"}) {
    std::string code;
    int depth = 100000;
    if (open_close[0] == '{') code = "x = ";
    for (int i = 0; i < depth; i++) code += open_close[0] == '{' ? "{a:" : std::string(1, open_close[0]);
    code += "1";
    for (int i = 0; i < depth; i++) code += open_close[1];
    Parsed parsed(code);
    ASSERT_FALSE(parsed.result.ok());
    EXPECT_EQ(parsed.result.error().type, ParseError::Type::kRangeError) << open_close;
    EXPECT_EQ(parsed.result.error().message, "Maximum call stack size exceeded");
  }
  std::string blocks(1000000, '{');
  EXPECT_EQ(MessageOf(blocks), "Maximum call stack size exceeded");
  std::string unary(1000000, '!');
  EXPECT_EQ(MessageOf(unary + "x"), "Maximum call stack size exceeded");
}

TEST(Parser, ModerateNestingParses) {
  std::string code;
  for (int i = 0; i < 500; i++) code += "(";
  code += "1";
  for (int i = 0; i < 500; i++) code += ")";
  EXPECT_EQ(ErrorOf(code), "ok");
}

TEST(Parser, BinaryGarbageIsSyntaxErrorNotCrash) {
  std::mt19937 random(12345);
  for (int round = 0; round < 300; round++) {
    std::string code;
    int length = 1 + random() % 200;
    for (int i = 0; i < length; i++) code += static_cast<char>(random() % 256);
    Parsed parsed(code);
    if (!parsed.result.ok()) {
      EXPECT_EQ(parsed.result.error().type, ParseError::Type::kSyntaxError);
    }
  }
  // Token soup from JS punctuation and keywords.
  const char* pieces[] = {"(", ")", "{", "}", "[", "]", "=>", "a", "class", "function", ",",
                          "...", "`", "${", "/", "?.", "=", "let", "async", "yield", "#x",
                          ";", "\n", "1", "'s'", "new", "super", "."};
  for (int round = 0; round < 2000; round++) {
    std::string code;
    int length = 1 + random() % 30;
    for (int i = 0; i < length; i++) {
      code += pieces[random() % (sizeof(pieces) / sizeof(pieces[0]))];
      code += " ";
    }
    Parsed parsed(code);
    (void)parsed;
  }
}

TEST(Parser, NativesSyntaxOnlyWhenAllowed) {
  SourceFile source = SourceFile::FromUtf8("n.js", "%HaveSameMap(a, b);");
  ParseOptions options;
  options.allow_natives_syntax = true;
  ParseResult allowed = ParseScript(source, ParseMode::kClassicScript, options);
  ASSERT_TRUE(allowed.ok());
  Call* call = allowed.literal()->body()[0]->AsExpressionStatement()->expression()->AsCall();
  ASSERT_NE(call, nullptr);
  EXPECT_TRUE(call->runtime_function_name()->Equals("HaveSameMap"));
  EXPECT_EQ(PrintExpression(call), "%HaveSameMap(a, b)");
  EXPECT_EQ(MessageOf("%HaveSameMap(a, b);"), "Unexpected token '%'");
}

TEST(Parser, PrintAstShowsTree) {
  Parsed parsed("let x = 1 + 2;");
  ASSERT_TRUE(parsed.result.ok());
  std::string tree = PrintAst(parsed.result.literal());
  EXPECT_NE(tree.find("FunctionLiteral \"\" Script"), std::string::npos) << tree;
  EXPECT_NE(tree.find("BinaryOperation +"), std::string::npos) << tree;
  EXPECT_NE(tree.find("Literal 2"), std::string::npos) << tree;
}

TEST(AstNode, KindNamesCoverTheList) {
  int count = 0;
#define COUNT_KIND(Name)                                                  \
  EXPECT_STREQ(AstNode::KindName(AstNode::Kind::k##Name), #Name);         \
  count++;
  AST_NODE_LIST(COUNT_KIND)
#undef COUNT_KIND
  EXPECT_EQ(count, 47);
}

}  // namespace
}  // namespace lucid
