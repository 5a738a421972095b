// Copyright the Lucid authors. MIT license.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/unit/parser/parser_test_util.h"

namespace lucid {
namespace {

using testing::Parsed;

// Collects every VariableProxy named `name` in the tree, in source order.
class ProxyFinder final : public AstVisitor<ProxyFinder> {
 public:
  explicit ProxyFinder(const char* name) : name_(name) {}
  std::vector<VariableProxy*> found;

  void Walk(AstNode* node) {
    if (node != nullptr) Visit(node);
  }
  void Statements(StatementList& list) {
    for (Statement* statement : list) Walk(statement);
  }
  void VisitBlock(Block* n) { Statements(n->statements()); }
  void VisitVariableDeclaration(VariableDeclaration* n) {
    for (Declarator& d : n->declarators()) {
      Walk(d.target);
      Walk(d.initializer);
    }
  }
  void VisitFunctionDeclaration(FunctionDeclaration* n) { Walk(n->function()); }
  void VisitClassDeclaration(ClassDeclaration* n) { Walk(n->class_literal()); }
  void VisitExpressionStatement(ExpressionStatement* n) { Walk(n->expression()); }
  void VisitEmptyStatement(EmptyStatement*) {}
  void VisitIfStatement(IfStatement* n) {
    Walk(n->condition());
    Walk(n->then_statement());
    Walk(n->else_statement());
  }
  void VisitDoWhileStatement(DoWhileStatement* n) {
    Walk(n->body());
    Walk(n->condition());
  }
  void VisitWhileStatement(WhileStatement* n) {
    Walk(n->condition());
    Walk(n->body());
  }
  void VisitForStatement(ForStatement* n) {
    Walk(n->init());
    Walk(n->condition());
    Walk(n->next());
    Walk(n->body());
  }
  void VisitForInStatement(ForInStatement* n) {
    Walk(n->each());
    Walk(n->subject());
    Walk(n->body());
  }
  void VisitForOfStatement(ForOfStatement* n) {
    Walk(n->each());
    Walk(n->subject());
    Walk(n->body());
  }
  void VisitContinueStatement(ContinueStatement*) {}
  void VisitBreakStatement(BreakStatement*) {}
  void VisitReturnStatement(ReturnStatement* n) { Walk(n->expression()); }
  void VisitSwitchStatement(SwitchStatement* n) {
    Walk(n->tag());
    for (CaseClause& c : n->cases()) {
      Walk(c.label);
      Statements(*c.statements);
    }
  }
  void VisitLabeledStatement(LabeledStatement* n) { Walk(n->body()); }
  void VisitThrowStatement(ThrowStatement* n) { Walk(n->exception()); }
  void VisitTryStatement(TryStatement* n) {
    Walk(n->try_block());
    Walk(n->catch_parameter());
    Walk(n->catch_block());
    Walk(n->finally_block());
  }
  void VisitDebuggerStatement(DebuggerStatement*) {}
  void VisitInitializeClassMembersStatement(InitializeClassMembersStatement* n) {
    for (ClassLiteralProperty* p : n->members()) Walk(p->value);
  }
  void VisitInitializeClassStaticElementsStatement(InitializeClassStaticElementsStatement* n) {
    for (ClassLiteralProperty* p : n->elements()) {
      Walk(p->value);
      Walk(p->static_block);
    }
  }
  void VisitLiteral(Literal*) {}
  void VisitRegExpLiteral(RegExpLiteral*) {}
  void VisitTemplateLiteral(TemplateLiteral* n) {
    for (Expression* e : n->substitutions()) Walk(e);
  }
  void VisitTaggedTemplate(TaggedTemplate* n) {
    Walk(n->tag());
    Walk(n->template_literal());
  }
  void VisitObjectLiteral(ObjectLiteral* n) {
    for (ObjectLiteralProperty& p : n->properties()) {
      if (p.is_computed_name) Walk(p.key);
      Walk(p.value);
    }
  }
  void VisitArrayLiteral(ArrayLiteral* n) {
    for (Expression* e : n->values()) Walk(e);
  }
  void VisitFunctionLiteral(FunctionLiteral* n) {
    for (Parameter& p : n->parameters()) {
      Walk(p.target);
      Walk(p.initializer);
    }
    Statements(n->body());
  }
  void VisitClassLiteral(ClassLiteral* n) {
    Walk(n->extends());
    Walk(n->constructor());
    for (ClassLiteralProperty* p : n->properties()) {
      if (p->kind != ClassLiteralProperty::Kind::kField) Walk(p->value);
    }
    Walk(n->instance_members_initializer());
    Walk(n->static_initializer());
  }
  void VisitVariableProxy(VariableProxy* n) {
    if (n->name()->Equals(name_)) found.push_back(n);
  }
  void VisitProperty(Property* n) {
    Walk(n->object());
    Walk(n->key());
  }
  void VisitOptionalChain(OptionalChain* n) { Walk(n->expression()); }
  void VisitCall(Call* n) {
    Walk(n->callee());
    for (Expression* e : n->arguments()) Walk(e);
  }
  void VisitCallNew(CallNew* n) {
    Walk(n->callee());
    for (Expression* e : n->arguments()) Walk(e);
  }
  void VisitSuperCall(SuperCall* n) {
    for (Expression* e : n->arguments()) Walk(e);
    Walk(n->this_proxy());
  }
  void VisitSuperPropertyReference(SuperPropertyReference* n) { Walk(n->this_proxy()); }
  void VisitSpread(Spread* n) { Walk(n->expression()); }
  void VisitUnaryOperation(UnaryOperation* n) { Walk(n->expression()); }
  void VisitCountOperation(CountOperation* n) { Walk(n->expression()); }
  void VisitBinaryOperation(BinaryOperation* n) {
    Walk(n->left());
    Walk(n->right());
  }
  void VisitCompareOperation(CompareOperation* n) {
    Walk(n->left());
    Walk(n->right());
  }
  void VisitConditional(Conditional* n) {
    Walk(n->condition());
    Walk(n->then_expression());
    Walk(n->else_expression());
  }
  void VisitAssignment(Assignment* n) {
    Walk(n->target());
    Walk(n->value());
  }
  void VisitYield(Yield* n) { Walk(n->expression()); }
  void VisitYieldStar(YieldStar* n) { Walk(n->expression()); }
  void VisitAwait(Await* n) { Walk(n->expression()); }

 private:
  const char* name_;
};

std::vector<VariableProxy*> Find(Parsed& parsed, const char* name) {
  EXPECT_TRUE(parsed.result.ok()) << parsed.result.error().message;
  ProxyFinder finder(name);
  if (parsed.result.ok()) finder.Walk(parsed.result.literal());
  return finder.found;
}

FunctionLiteral* FirstFunction(Parsed& parsed) {
  return parsed.result.literal()->body()[0]->AsFunctionDeclaration()->function();
}

TEST(Scope, CapturedVariablesLiveInContextOthersOnStack) {
  Parsed parsed("function f(a, b) { var c = 1, d = 2; return () => a + c; }");
  FunctionLiteral* f = FirstFunction(parsed);
  Scope* scope = f->scope();
  EXPECT_EQ(scope->parameter(0)->location(), VariableLocation::kContext);
  EXPECT_EQ(scope->parameter(1)->location(), VariableLocation::kParameter);
  EXPECT_EQ(scope->parameter(1)->index(), 1);
  EXPECT_EQ(scope->LookupLocal(parsed.result.strings()->InternAscii("c"))->location(),
            VariableLocation::kContext);
  Variable* d = scope->LookupLocal(parsed.result.strings()->InternAscii("d"));
  EXPECT_EQ(d->location(), VariableLocation::kLocal);
  EXPECT_EQ(scope->num_context_slots(), 2);
  EXPECT_TRUE(scope->needs_context());
  EXPECT_EQ(scope->num_stack_locals(), 1);
  std::vector<VariableProxy*> a_refs = Find(parsed, "a");
  ASSERT_EQ(a_refs.size(), 2u);
  EXPECT_EQ(a_refs[1]->location(), VariableLocation::kContext);
  EXPECT_EQ(a_refs[1]->context_depth(), 0);  // the arrow has no context of its own
}

TEST(Scope, ContextDepthCountsOnlyScopesWithContexts) {
  Parsed parsed(
      "function f() { let x = 1; return function g() { let y = 2;"
      " { let z = 3; return () => x + y + z; } }; }");
  std::vector<VariableProxy*> x = Find(parsed, "x");
  std::vector<VariableProxy*> y = Find(parsed, "y");
  std::vector<VariableProxy*> z = Find(parsed, "z");
  EXPECT_EQ(z.back()->location(), VariableLocation::kContext);
  EXPECT_EQ(z.back()->context_depth(), 0);  // block context
  EXPECT_EQ(y.back()->context_depth(), 1);  // g's context
  EXPECT_EQ(x.back()->context_depth(), 2);  // f's context
}

TEST(Scope, GlobalsInClassicScripts) {
  Parsed parsed("var v; function f() {} let l = 1; const c = 2; class K {} u; l;");
  Scope* script = parsed.result.literal()->scope();
  auto var = [&](const char* name) {
    return script->LookupLocal(parsed.result.strings()->InternAscii(name));
  };
  EXPECT_EQ(var("v")->location(), VariableLocation::kGlobal);
  EXPECT_EQ(var("f")->location(), VariableLocation::kGlobal);
  EXPECT_EQ(var("l")->location(), VariableLocation::kScriptContext);
  EXPECT_EQ(var("c")->location(), VariableLocation::kScriptContext);
  EXPECT_EQ(var("K")->location(), VariableLocation::kScriptContext);
  EXPECT_TRUE(script->needs_context());
  EXPECT_EQ(Find(parsed, "u")[0]->location(), VariableLocation::kUnresolvedGlobal);
  EXPECT_EQ(Find(parsed, "l").back()->needs_hole_check(), false);
}

TEST(Scope, CommonJSTopLevelVarIsFunctionLocal) {
  Parsed parsed("var v = 1; let w = 2; v + w + exports + g;", ParseMode::kCommonJSModule);
  EXPECT_EQ(Find(parsed, "v").back()->location(), VariableLocation::kLocal);
  EXPECT_EQ(Find(parsed, "w").back()->location(), VariableLocation::kLocal);
  EXPECT_EQ(Find(parsed, "exports").back()->location(), VariableLocation::kParameter);
  EXPECT_EQ(Find(parsed, "exports").back()->index(), 0);
  EXPECT_EQ(Find(parsed, "g").back()->location(), VariableLocation::kUnresolvedGlobal);
}

TEST(Scope, HoleChecks) {
  Parsed parsed(
      "function f() { x; let x = 1; x; function g() { x; } for (;;) { let y; y; }"
      " switch (1) { case 0: let z; z; } }");
  std::vector<VariableProxy*> x = Find(parsed, "x");
  ASSERT_EQ(x.size(), 4u);
  EXPECT_TRUE(x[0]->needs_hole_check());   // before the declaration
  EXPECT_FALSE(x[2]->needs_hole_check());  // after it, same closure
  EXPECT_TRUE(x[3]->needs_hole_check());   // from a closure
  EXPECT_FALSE(Find(parsed, "y").back()->needs_hole_check());
  EXPECT_TRUE(Find(parsed, "z").back()->needs_hole_check());  // switch cases
  Parsed self("let a = a;");
  EXPECT_TRUE(Find(self, "a").back()->needs_hole_check());
  Parsed var_decl("function f() { v; var v; }");
  EXPECT_FALSE(Find(var_decl, "v")[0]->needs_hole_check());
}

TEST(Scope, PerIterationLetNeedsFreshContext) {
  Parsed captured("for (let i = 0; i < 3; i++) fns.push(() => i);");
  ForStatement* loop = captured.result.literal()->body()[0]->AsForStatement();
  EXPECT_TRUE(loop->per_iteration_context());
  EXPECT_TRUE(loop->scope()->is_loop_head_scope());
  Parsed plain("for (let i = 0; i < 3; i++) sum += i;");
  EXPECT_FALSE(plain.result.literal()->body()[0]->AsForStatement()->per_iteration_context());
  Parsed for_of("for (const x of xs) fns.push(() => x);");
  ForOfStatement* each = for_of.result.literal()->body()[0]->AsForOfStatement();
  ASSERT_NE(each->scope(), nullptr);
  EXPECT_TRUE(each->scope()->needs_context());
}

TEST(Scope, ArrowThisComesFromEnclosingFunction) {
  Parsed parsed("function f() { return () => () => this.x; }");
  FunctionLiteral* f = FirstFunction(parsed);
  Variable* receiver = f->scope()->receiver();
  ASSERT_NE(receiver, nullptr);
  EXPECT_EQ(receiver->location(), VariableLocation::kContext);
  std::vector<VariableProxy*> this_refs = Find(parsed, "this");
  ASSERT_EQ(this_refs.size(), 1u);
  EXPECT_EQ(this_refs[0]->var(), receiver);
  EXPECT_EQ(this_refs[0]->context_depth(), 0);
  Parsed direct("function f() { return this; }");
  FunctionLiteral* g = FirstFunction(direct);
  EXPECT_EQ(g->scope()->receiver()->location(), VariableLocation::kParameter);
  EXPECT_EQ(g->scope()->receiver()->index(), Variable::kReceiverIndex);
}

TEST(Scope, ArgumentsMappedOnlyInSloppySimpleFunctions) {
  Parsed sloppy("function f(a) { return arguments[0] + a; }");
  Scope* scope = FirstFunction(sloppy)->scope();
  ASSERT_NE(scope->arguments_var(), nullptr);
  EXPECT_TRUE(scope->arguments_is_mapped());
  EXPECT_EQ(scope->parameter(0)->location(), VariableLocation::kContext);
  Parsed strict("function f(a) { 'use strict'; return arguments; }");
  EXPECT_FALSE(FirstFunction(strict)->scope()->arguments_is_mapped());
  Parsed defaults("function f(a = 1) { return arguments; }");
  EXPECT_FALSE(FirstFunction(defaults)->scope()->arguments_is_mapped());
  Parsed unused("function f(a) { return a; }");
  EXPECT_EQ(FirstFunction(unused)->scope()->arguments_var(), nullptr);
  Parsed arrow("function f() { return () => arguments; }");
  EXPECT_EQ(FirstFunction(arrow)->scope()->arguments_var()->location(),
            VariableLocation::kContext);
}

TEST(Scope, NamedFunctionExpressionBindsItsName) {
  Parsed parsed("var g = function fact(n) { return n ? fact(n - 1) : 1; };");
  std::vector<VariableProxy*> refs = Find(parsed, "fact");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0]->var()->kind(), VariableKind::kFunctionName);
  EXPECT_EQ(refs[0]->location(), VariableLocation::kLocal);
}

TEST(Scope, ClassNameAndPrivateNames) {
  Parsed parsed("class A { #x = 1; m() { return A && this.#x; } }");
  std::vector<VariableProxy*> refs = Find(parsed, "A");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0]->var()->kind(), VariableKind::kClassName);
  EXPECT_EQ(refs[0]->location(), VariableLocation::kContext);
  EXPECT_TRUE(refs[0]->needs_hole_check());
  std::vector<VariableProxy*> x = Find(parsed, "#x");
  ASSERT_FALSE(x.empty());
  EXPECT_EQ(x.back()->var()->kind(), VariableKind::kPrivateName);
  EXPECT_EQ(x.back()->location(), VariableLocation::kContext);
}

TEST(Scope, DerivedConstructorThisNeedsHoleCheck) {
  Parsed parsed("class A extends B { constructor() { super(); this.x = 1; } }");
  std::vector<VariableProxy*> this_refs = Find(parsed, "this");
  ASSERT_GE(this_refs.size(), 2u);
  EXPECT_TRUE(this_refs.back()->needs_hole_check());
  EXPECT_NE(this_refs.back()->location(), VariableLocation::kParameter);
}

TEST(Scope, SuperPropertyUsesHomeObject) {
  Parsed parsed("({ m() { return () => super.x; } })");
  ASSERT_TRUE(parsed.result.ok());
  ObjectLiteral* object =
      parsed.result.literal()->body()[0]->AsExpressionStatement()->expression()->AsObjectLiteral();
  FunctionLiteral* m = object->properties()[0].value->AsFunctionLiteral();
  EXPECT_TRUE(m->uses_super_property());
  ASSERT_NE(m->scope()->home_object_var(), nullptr);
  EXPECT_EQ(m->scope()->home_object_var()->location(), VariableLocation::kContext);
}

TEST(Scope, BlockScopesAndShadowing) {
  Parsed parsed("function f() { let x = 1; { let x = 2; x; } x; }");
  std::vector<VariableProxy*> x = Find(parsed, "x");
  ASSERT_EQ(x.size(), 4u);
  EXPECT_NE(x[2]->var(), x[3]->var());
  EXPECT_EQ(x[0]->var(), x[3]->var());
  EXPECT_EQ(x[2]->location(), VariableLocation::kLocal);
  EXPECT_NE(x[2]->index(), x[3]->index());
}

TEST(Scope, SloppyBlockFunctionAlsoVarDeclared) {
  Parsed parsed("function f() { { function g() {} } return g; }");
  std::vector<VariableProxy*> g = Find(parsed, "g");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0]->var()->scope(), FirstFunction(parsed)->scope());
}

TEST(Scope, CatchParameter) {
  Parsed parsed("try {} catch (e) { (() => e)(); }");
  std::vector<VariableProxy*> e = Find(parsed, "e");
  ASSERT_EQ(e.size(), 2u);  // the binding and the use
  EXPECT_EQ(e[1]->var()->mode(), VariableMode::kCatch);
  EXPECT_EQ(e[1]->location(), VariableLocation::kContext);
}


// --- Gaps closed after the first version (docs/parser.md) ------------------

TEST(Scope, DeclarationTargetsAreNeverHoleChecked) {
  Parsed parsed(
      "function f(o) { let x = 1; const [a, {b = a}] = o; class C {} try {} catch ({e}) {}"
      " for (let i of o) {} return x + a + b + C + e + i; }");
  for (const char* name : {"x", "a", "b", "C", "e", "i"}) {
    std::vector<VariableProxy*> proxies = Find(parsed, name);
    ASSERT_FALSE(proxies.empty()) << name;
    EXPECT_FALSE(proxies[0]->needs_hole_check()) << name << " (declaration)";
  }
  // A read inside the declarator stays checked (conservatively for `b = a`,
  // necessarily for `let [y = y] = o`).
  EXPECT_TRUE(Find(parsed, "a")[1]->needs_hole_check());
  Parsed tdz("function f(o) { let [y = y] = o; }");
  std::vector<VariableProxy*> ys = Find(tdz, "y");
  ASSERT_EQ(ys.size(), 2u);
  EXPECT_FALSE(ys[0]->needs_hole_check());
  EXPECT_TRUE(ys[1]->needs_hole_check());
}

TEST(Scope, ForOfSubjectSeesTheHeadBindingsInTheirTdz) {
  Parsed parsed("function f() { for (let x of x) {} }");
  ForOfStatement* loop = FirstFunction(parsed)->body()[0]->AsForOfStatement();
  ASSERT_NE(loop, nullptr);
  ASSERT_NE(loop->subject_scope(), nullptr);
  VariableProxy* subject = loop->subject()->AsVariableProxy();
  EXPECT_EQ(subject->var()->scope(), loop->subject_scope());
  EXPECT_NE(subject->var(), loop->each()->AsVariableProxy()->var());
  EXPECT_TRUE(subject->needs_hole_check());
  EXPECT_FALSE(loop->each()->AsVariableProxy()->needs_hole_check());

  // Also from a closure, and for for-in and const; a subject that does not
  // mention the names gets no TDZ scope.
  Parsed closure("let x = [1]; for (const x in (() => x)()) {}");
  ForInStatement* in = closure.result.literal()->body()[1]->AsForInStatement();
  ASSERT_NE(in->subject_scope(), nullptr);
  EXPECT_EQ(in->subject_scope()->variables()[0]->mode(), VariableMode::kConst);
  std::vector<VariableProxy*> xs = Find(closure, "x");
  EXPECT_EQ(xs.back()->var()->scope(), in->subject_scope());
  EXPECT_TRUE(xs.back()->needs_hole_check());
  Parsed plain("let y = [1]; for (let x of y) {} for (var x of x) {}");
  EXPECT_EQ(plain.result.literal()->body()[1]->AsForOfStatement()->subject_scope(), nullptr);
  EXPECT_EQ(plain.result.literal()->body()[2]->AsForOfStatement()->subject_scope(), nullptr);
}

TEST(Scope, VarArgumentsIsTheArgumentsObject) {
  Parsed parsed("function f() { var arguments; arguments = 1; return arguments; }");
  FunctionLiteral* f = FirstFunction(parsed);
  ASSERT_NE(f->scope()->arguments_var(), nullptr);
  for (VariableProxy* proxy : Find(parsed, "arguments")) {
    EXPECT_EQ(proxy->var(), f->scope()->arguments_var());
  }
  // An arrow has no arguments object: its var is an ordinary local; a
  // parameter or function named `arguments` still shadows the object.
  Parsed arrow("var g = () => { var arguments = 1; return arguments; };");
  for (VariableProxy* proxy : Find(arrow, "arguments")) {
    EXPECT_EQ(proxy->var()->kind(), VariableKind::kNormal);
    EXPECT_EQ(proxy->var()->mode(), VariableMode::kVar);
  }
  Parsed parameter("function f(arguments) { var arguments; return arguments; }");
  for (VariableProxy* proxy : Find(parameter, "arguments")) {
    EXPECT_EQ(proxy->var()->mode(), VariableMode::kParameter);
  }
  EXPECT_EQ(testing::MessageOf("function f() { let arguments; var arguments; }"),
            "Identifier 'arguments' has already been declared");
}

TEST(Scope, ParameterExpressionsGetASeparateBodyVarScope) {
  // The closure in the default cannot see the body's `b`.
  Parsed parsed("function f(a = () => b) { var b = 1; return a(); }");
  FunctionLiteral* f = FirstFunction(parsed);
  ASSERT_EQ(f->body().size(), 1);
  Block* body = f->body()[0]->AsBlock();
  ASSERT_NE(body, nullptr);
  ASSERT_NE(body->scope(), nullptr);
  EXPECT_TRUE(body->scope()->is_function_body_scope());
  EXPECT_TRUE(body->scope()->is_declaration_scope());
  std::vector<VariableProxy*> bs = Find(parsed, "b");
  ASSERT_EQ(bs.size(), 2u);
  EXPECT_EQ(bs[0]->location(), VariableLocation::kUnresolvedGlobal);
  EXPECT_EQ(bs[1]->var()->scope(), body->scope());

  // A body var named like a parameter starts with its value: `a = a` first.
  Parsed copy("function f(a = 1) { var a; return a; }");
  Block* block = FirstFunction(copy)->body()[0]->AsBlock();
  ASSERT_GE(block->statements().size(), 2);
  Assignment* assignment = block->statements()[0]->AsExpressionStatement()->expression()
                               ->AsAssignment();
  ASSERT_NE(assignment, nullptr);
  EXPECT_EQ(assignment->target()->AsVariableProxy()->var()->scope(), block->scope());
  EXPECT_EQ(assignment->value()->AsVariableProxy()->var()->mode(), VariableMode::kParameter);

  // Simple parameter lists keep one scope; a function declaration of a
  // parameter's name gets no copy; lexical redeclaration stays an error.
  Parsed simple("function f(a) { var b; }");
  EXPECT_EQ(FirstFunction(simple)->body()[0]->AsVariableDeclaration() != nullptr, true);
  Parsed function("function f(a = 1) { var a; function a() {} }");
  EXPECT_EQ(FirstFunction(function)->body()[0]->AsBlock()->statements().size(), 2);
  EXPECT_EQ(testing::MessageOf("function f(a = 1) { let a; }"),
            "Identifier 'a' has already been declared");
  EXPECT_EQ(testing::MessageOf("(a = 1) => { const a = 2; }"),
            "Identifier 'a' has already been declared");
  EXPECT_EQ(testing::MessageOf("function f(...a) { { let a; } }"), "ok");
}

}  // namespace
}  // namespace lucid
