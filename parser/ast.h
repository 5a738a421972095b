// Copyright the Lucid authors. MIT license.
//
// The abstract syntax tree. Every node lives in the parse's AstArena and is
// never freed on its own; child lists are ArenaVectors. Every node has a
// source position (UTF-16 offset into SourceFile::text()). AST_NODE_LIST
// generates the AstNode::Kind enum, the Is/As helpers and the AstVisitor
// dispatch; the printer (--print-ast) is in ast.cc.
//
// Conventions the bytecode generator relies on (docs/parser.md has more):
//  - `this` and `new.target` are VariableProxy nodes resolved to the implicit
//    variables of the enclosing non-arrow function, so arrows capture them
//    like any other variable.
//  - Destructuring patterns are ObjectLiteral/ArrayLiteral nodes with
//    is_pattern() set; inside a pattern, `target = default` is an Assignment
//    with op kAssign and `...rest` is a Spread.
//  - Array holes are Literal nodes of type kTheHole.
//  - An optional chain `a?.b.c()` is an OptionalChain node around the whole
//    chain; each Property/Call link written with `?.` has optional() set and,
//    when its object is null/undefined, jumps to the end of the nearest
//    enclosing OptionalChain, whose value is then undefined.

#ifndef LUCID_PARSER_AST_H_
#define LUCID_PARSER_AST_H_

#include <cstdint>
#include <string>

#include "parser/arena.h"
#include "parser/ast_string.h"
#include "parser/scope.h"
#include "parser/token.h"

namespace lucid {

// Format: V(Name) — one per concrete node class.
#define STATEMENT_NODE_LIST(V)          \
  V(Block)                              \
  V(VariableDeclaration)                \
  V(FunctionDeclaration)                \
  V(ClassDeclaration)                   \
  V(ExpressionStatement)                \
  V(EmptyStatement)                     \
  V(IfStatement)                        \
  V(DoWhileStatement)                   \
  V(WhileStatement)                     \
  V(ForStatement)                       \
  V(ForInStatement)                     \
  V(ForOfStatement)                     \
  V(ContinueStatement)                  \
  V(BreakStatement)                     \
  V(ReturnStatement)                    \
  V(SwitchStatement)                    \
  V(LabeledStatement)                   \
  V(ThrowStatement)                     \
  V(TryStatement)                       \
  V(DebuggerStatement)                  \
  V(InitializeClassMembersStatement)    \
  V(InitializeClassStaticElementsStatement)

#define EXPRESSION_NODE_LIST(V) \
  V(Literal)                    \
  V(RegExpLiteral)              \
  V(TemplateLiteral)            \
  V(TaggedTemplate)             \
  V(ObjectLiteral)              \
  V(ArrayLiteral)               \
  V(FunctionLiteral)            \
  V(ClassLiteral)               \
  V(VariableProxy)              \
  V(Property)                   \
  V(OptionalChain)              \
  V(Call)                       \
  V(CallNew)                    \
  V(SuperCall)                  \
  V(SuperPropertyReference)     \
  V(Spread)                     \
  V(UnaryOperation)             \
  V(CountOperation)             \
  V(BinaryOperation)            \
  V(CompareOperation)           \
  V(Conditional)                \
  V(Assignment)                 \
  V(Yield)                      \
  V(YieldStar)                  \
  V(Await)

#define AST_NODE_LIST(V) \
  STATEMENT_NODE_LIST(V) \
  EXPRESSION_NODE_LIST(V)

#define LUCID_AST_FORWARD(Name) class Name;
AST_NODE_LIST(LUCID_AST_FORWARD)
#undef LUCID_AST_FORWARD

class AstNode {
 public:
  enum class Kind : uint8_t {
#define LUCID_AST_KIND(Name) k##Name,
    AST_NODE_LIST(LUCID_AST_KIND)
#undef LUCID_AST_KIND
  };

  Kind kind() const { return kind_; }
  int position() const { return position_; }
  static const char* KindName(Kind kind);

#define LUCID_AST_IS_AS(Name)                                                  \
  bool Is##Name() const { return kind_ == Kind::k##Name; }                     \
  Name* As##Name() { return Is##Name() ? reinterpret_cast<Name*>(this) : nullptr; } \
  const Name* As##Name() const {                                               \
    return Is##Name() ? reinterpret_cast<const Name*>(this) : nullptr;         \
  }
  AST_NODE_LIST(LUCID_AST_IS_AS)
#undef LUCID_AST_IS_AS

  bool IsStatement() const { return kind_ <= Kind::kInitializeClassStaticElementsStatement; }
  bool IsExpression() const { return !IsStatement(); }
  // Loops: the targets of `continue`.
  bool IsIterationStatement() const {
    return kind_ >= Kind::kDoWhileStatement && kind_ <= Kind::kForOfStatement;
  }

 protected:
  AstNode(Kind kind, int position) : position_(position), kind_(kind) {}

 private:
  int position_;
  Kind kind_;
};

class Statement : public AstNode {
 protected:
  using AstNode::AstNode;
};

class Expression : public AstNode {
 public:
  // True for `(x)`: a parenthesized expression is never a pattern and
  // `(a, b) => ...` cover grammar bookkeeping needs it.
  bool is_parenthesized() const { return is_parenthesized_; }
  // `((x))`: parenthesized more than once (never an arrow parameter).
  bool is_parenthesized_twice() const { return is_parenthesized_twice_; }
  void set_is_parenthesized() {
    if (is_parenthesized_) is_parenthesized_twice_ = true;
    is_parenthesized_ = true;
  }

 protected:
  using AstNode::AstNode;

 private:
  bool is_parenthesized_ = false;
  bool is_parenthesized_twice_ = false;
};

using StatementList = ArenaVector<Statement*>;
using ExpressionList = ArenaVector<Expression*>;

// ---------------------------------------------------------------------------
// Statements

// { statements }. scope() is null when the block declares nothing lexical.
class Block final : public Statement {
 public:
  Block(int position, Scope* scope) : Statement(Kind::kBlock, position), scope_(scope) {}
  StatementList& statements() { return statements_; }
  const StatementList& statements() const { return statements_; }
  Scope* scope() const { return scope_; }
  void set_scope(Scope* scope) { scope_ = scope; }

 private:
  StatementList statements_;
  Scope* scope_;
};

enum class DeclarationKind : uint8_t { kVar, kLet, kConst };
const char* DeclarationKindName(DeclarationKind kind);

// One `target = initializer` of a var/let/const statement. target is a
// VariableProxy or a pattern; initializer is null when absent (then a var does
// nothing and a let stores undefined).
struct Declarator {
  Expression* target;
  Expression* initializer;
  int position;
};

class VariableDeclaration final : public Statement {
 public:
  VariableDeclaration(int position, DeclarationKind kind)
      : Statement(Kind::kVariableDeclaration, position), declaration_kind_(kind) {}
  DeclarationKind declaration_kind() const { return declaration_kind_; }
  ArenaVector<Declarator>& declarators() { return declarators_; }
  const ArenaVector<Declarator>& declarators() const { return declarators_; }

 private:
  DeclarationKind declaration_kind_;
  ArenaVector<Declarator> declarators_;
};

// function f() {}. The closure is created at scope entry (hoisting, see
// Variable::function()); the statement itself only matters for the sloppy
// block-function rule: when annexb_var() is set, executing the statement
// copies the block binding var() into the function-level annexb_var().
class FunctionDeclaration final : public Statement {
 public:
  FunctionDeclaration(int position, FunctionLiteral* function, Variable* var)
      : Statement(Kind::kFunctionDeclaration, position), function_(function), var_(var) {}
  FunctionLiteral* function() const { return function_; }
  Variable* var() const { return var_; }
  Variable* annexb_var() const { return annexb_var_; }
  void set_annexb_var(Variable* var) { annexb_var_ = var; }
  // Set by ScopeAnalysis for annexb_var: {var_proxy, annexb_proxy} resolutions.
  VariableProxy* var_proxy() const { return var_proxy_; }
  VariableProxy* annexb_proxy() const { return annexb_proxy_; }
  void set_proxies(VariableProxy* var_proxy, VariableProxy* annexb_proxy) {
    var_proxy_ = var_proxy;
    annexb_proxy_ = annexb_proxy;
  }

 private:
  FunctionLiteral* function_;
  Variable* var_;
  Variable* annexb_var_ = nullptr;
  VariableProxy* var_proxy_ = nullptr;
  VariableProxy* annexb_proxy_ = nullptr;
};

// class C {}: evaluates the class and initializes the (let-like) binding
// through proxy() (initialization: no hole check, no const check).
class ClassDeclaration final : public Statement {
 public:
  ClassDeclaration(int position, ClassLiteral* literal, VariableProxy* proxy)
      : Statement(Kind::kClassDeclaration, position), class_literal_(literal), proxy_(proxy) {}
  ClassLiteral* class_literal() const { return class_literal_; }
  VariableProxy* proxy() const { return proxy_; }

 private:
  ClassLiteral* class_literal_;
  VariableProxy* proxy_;
};

class ExpressionStatement final : public Statement {
 public:
  ExpressionStatement(int position, Expression* expression)
      : Statement(Kind::kExpressionStatement, position), expression_(expression) {}
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

class EmptyStatement final : public Statement {
 public:
  explicit EmptyStatement(int position) : Statement(Kind::kEmptyStatement, position) {}
};

class IfStatement final : public Statement {
 public:
  IfStatement(int position, Expression* condition, Statement* then_statement,
              Statement* else_statement)
      : Statement(Kind::kIfStatement, position),
        condition_(condition),
        then_statement_(then_statement),
        else_statement_(else_statement) {}
  Expression* condition() const { return condition_; }
  Statement* then_statement() const { return then_statement_; }
  // Null when there is no else.
  Statement* else_statement() const { return else_statement_; }

 private:
  Expression* condition_;
  Statement* then_statement_;
  Statement* else_statement_;
};

// Base of the loops. Set by the parser: body; the loop is the target of the
// break/continue statements that name it (directly or through labels).
class IterationStatement : public Statement {
 public:
  Statement* body() const { return body_; }
  void set_body(Statement* body) { body_ = body; }

 protected:
  IterationStatement(Kind kind, int position) : Statement(kind, position) {}

 private:
  Statement* body_ = nullptr;
};

class DoWhileStatement final : public IterationStatement {
 public:
  explicit DoWhileStatement(int position) : IterationStatement(Kind::kDoWhileStatement, position) {}
  Expression* condition() const { return condition_; }
  void set_condition(Expression* condition) { condition_ = condition; }

 private:
  Expression* condition_ = nullptr;
};

class WhileStatement final : public IterationStatement {
 public:
  explicit WhileStatement(int position) : IterationStatement(Kind::kWhileStatement, position) {}
  Expression* condition() const { return condition_; }
  void set_condition(Expression* condition) { condition_ = condition; }

 private:
  Expression* condition_ = nullptr;
};

// for (init; condition; next) body. init is a VariableDeclaration, an
// ExpressionStatement or null; condition and next may be null.
// scope() is the head scope of `for (let/const ...)` (else null). When
// per_iteration_context() is set, some head binding is captured by a
// closure: the generator must copy the head scope's context at the end of
// each iteration (before `next`), V8's CreatePerIterationEnvironment.
class ForStatement final : public IterationStatement {
 public:
  explicit ForStatement(int position) : IterationStatement(Kind::kForStatement, position) {}
  Statement* init() const { return init_; }
  Expression* condition() const { return condition_; }
  Expression* next() const { return next_; }
  Scope* scope() const { return scope_; }
  bool per_iteration_context() const {
    return scope_ != nullptr && scope_->needs_context();
  }
  void Initialize(Statement* init, Expression* condition, Expression* next, Scope* scope) {
    init_ = init;
    condition_ = condition;
    next_ = next;
    scope_ = scope;
  }

 private:
  Statement* init_ = nullptr;
  Expression* condition_ = nullptr;
  Expression* next_ = nullptr;
  Scope* scope_ = nullptr;
};

// Shared shape of for-in and for-of. each() is the assignment target of each
// iteration: a VariableProxy, a pattern, or (no declaration) any simple
// assignment target like a Property. declaration_kind() says whether it was
// declared (var/let/const) or is a plain assignment (has_declaration false).
// For let/const, scope() is the per-iteration scope holding the bindings: a
// fresh one per iteration (push its context, if it needs one, inside the loop).
// subject_scope() is non-null only when the subject mentions a name the head
// declares (`for (let x of x)`): a Block scope holding TDZ copies of those
// bindings (the spec's TDZ environment). Enter it like a block around the
// evaluation of subject() -- hole-initialize its variables, push a context if
// it needs one -- and leave it before the loop; every reference to a copy
// has needs_hole_check(), so `for (let x of x)` throws ReferenceError.
class ForEachStatement : public IterationStatement {
 public:
  Expression* each() const { return each_; }
  Expression* subject() const { return subject_; }
  Scope* scope() const { return scope_; }
  Scope* subject_scope() const { return subject_scope_; }
  void set_subject_scope(Scope* scope) { subject_scope_ = scope; }
  // The subject's source text, for "obj is not iterable" (V8's CallPrinter).
  int subject_start() const { return subject_start_; }
  int subject_end() const { return subject_end_; }
  void set_subject_range(int start, int end) {
    subject_start_ = start;
    subject_end_ = end;
  }
  bool has_declaration() const { return has_declaration_; }
  DeclarationKind declaration_kind() const { return declaration_kind_; }
  void Initialize(Expression* each, Expression* subject, Scope* scope, bool has_declaration,
                  DeclarationKind kind) {
    each_ = each;
    subject_ = subject;
    scope_ = scope;
    has_declaration_ = has_declaration;
    declaration_kind_ = kind;
  }

 protected:
  ForEachStatement(Kind kind, int position) : IterationStatement(kind, position) {}

 private:
  Expression* each_ = nullptr;
  Expression* subject_ = nullptr;
  Scope* scope_ = nullptr;
  Scope* subject_scope_ = nullptr;
  int subject_start_ = -1;
  int subject_end_ = -1;
  bool has_declaration_ = false;
  DeclarationKind declaration_kind_ = DeclarationKind::kVar;
};

class ForInStatement final : public ForEachStatement {
 public:
  explicit ForInStatement(int position) : ForEachStatement(Kind::kForInStatement, position) {}
};

class ForOfStatement final : public ForEachStatement {
 public:
  ForOfStatement(int position, bool is_await)
      : ForEachStatement(Kind::kForOfStatement, position), is_await_(is_await) {}
  bool is_await() const { return is_await_; }

 private:
  bool is_await_;
};

// target() is the loop continued (labels already resolved).
class ContinueStatement final : public Statement {
 public:
  ContinueStatement(int position, IterationStatement* target, const AstString* label)
      : Statement(Kind::kContinueStatement, position), target_(target), label_(label) {}
  IterationStatement* target() const { return target_; }
  const AstString* label() const { return label_; }

 private:
  IterationStatement* target_;
  const AstString* label_;
};

// target() is the statement exited: a loop, a SwitchStatement, or a
// LabeledStatement whose body is neither (`l: { break l; }`). Labels on a loop
// or switch resolve to the loop/switch itself.
class BreakStatement final : public Statement {
 public:
  BreakStatement(int position, Statement* target, const AstString* label)
      : Statement(Kind::kBreakStatement, position), target_(target), label_(label) {}
  Statement* target() const { return target_; }
  const AstString* label() const { return label_; }

 private:
  Statement* target_;
  const AstString* label_;
};

class ReturnStatement final : public Statement {
 public:
  ReturnStatement(int position, Expression* expression)
      : Statement(Kind::kReturnStatement, position), expression_(expression) {}
  // Null for `return;`.
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

// `case label:` or `default:` (label null).
struct CaseClause {
  Expression* label;
  StatementList* statements;
  int position;
};

// switch (tag) { cases }. scope() holds the lexical declarations of the
// case blocks (null when none).
class SwitchStatement final : public Statement {
 public:
  SwitchStatement(int position, Expression* tag)
      : Statement(Kind::kSwitchStatement, position), tag_(tag) {}
  Expression* tag() const { return tag_; }
  ArenaVector<CaseClause>& cases() { return cases_; }
  const ArenaVector<CaseClause>& cases() const { return cases_; }
  Scope* scope() const { return scope_; }
  void set_scope(Scope* scope) { scope_ = scope; }

 private:
  Expression* tag_;
  ArenaVector<CaseClause> cases_;
  Scope* scope_ = nullptr;
};

// label: body. Nested labels nest LabeledStatements.
class LabeledStatement final : public Statement {
 public:
  LabeledStatement(int position, const AstString* label)
      : Statement(Kind::kLabeledStatement, position), label_(label) {}
  const AstString* label() const { return label_; }
  Statement* body() const { return body_; }
  void set_body(Statement* body) { body_ = body; }

 private:
  const AstString* label_;
  Statement* body_ = nullptr;
};

class ThrowStatement final : public Statement {
 public:
  ThrowStatement(int position, Expression* exception)
      : Statement(Kind::kThrowStatement, position), exception_(exception) {}
  Expression* exception() const { return exception_; }

 private:
  Expression* exception_;
};

// try { } catch (param) { } finally { }. catch_block() and finally_block()
// are each optional (not both). catch_scope() is the scope of the catch
// parameter (non-null iff there is a catch clause); catch_parameter() is a
// VariableProxy, a pattern, or null for `catch { }`. The catch block's own
// declarations are in catch_block()->scope().
class TryStatement final : public Statement {
 public:
  TryStatement(int position, Block* try_block)
      : Statement(Kind::kTryStatement, position), try_block_(try_block) {}
  Block* try_block() const { return try_block_; }
  Scope* catch_scope() const { return catch_scope_; }
  Expression* catch_parameter() const { return catch_parameter_; }
  Block* catch_block() const { return catch_block_; }
  Block* finally_block() const { return finally_block_; }
  void set_catch(Scope* scope, Expression* parameter, Block* block) {
    catch_scope_ = scope;
    catch_parameter_ = parameter;
    catch_block_ = block;
  }
  void set_finally_block(Block* block) { finally_block_ = block; }

 private:
  Block* try_block_;
  Scope* catch_scope_ = nullptr;
  Expression* catch_parameter_ = nullptr;
  Block* catch_block_ = nullptr;
  Block* finally_block_ = nullptr;
};

class DebuggerStatement final : public Statement {
 public:
  explicit DebuggerStatement(int position) : Statement(Kind::kDebuggerStatement, position) {}
};

struct ClassLiteralProperty;

// The only statement of a class's instance-members initializer function:
// defines, on `this`, each instance field (value evaluated now) and each
// private instance method/accessor, in order.
class InitializeClassMembersStatement final : public Statement {
 public:
  explicit InitializeClassMembersStatement(int position)
      : Statement(Kind::kInitializeClassMembersStatement, position) {}
  ArenaVector<ClassLiteralProperty*>& members() { return members_; }
  const ArenaVector<ClassLiteralProperty*>& members() const { return members_; }

 private:
  ArenaVector<ClassLiteralProperty*> members_;
};

// The only statement of a class's static initializer function (called with
// this = the class right after the class is defined): static fields and
// static blocks, in source order.
class InitializeClassStaticElementsStatement final : public Statement {
 public:
  explicit InitializeClassStaticElementsStatement(int position)
      : Statement(Kind::kInitializeClassStaticElementsStatement, position) {}
  ArenaVector<ClassLiteralProperty*>& elements() { return elements_; }
  const ArenaVector<ClassLiteralProperty*>& elements() const { return elements_; }

 private:
  ArenaVector<ClassLiteralProperty*> elements_;
};

// ---------------------------------------------------------------------------
// Expressions

class Literal final : public Expression {
 public:
  enum class Type : uint8_t { kUndefined, kNull, kTrue, kFalse, kNumber, kString, kTheHole };

  Literal(int position, Type type) : Expression(Kind::kLiteral, position), type_(type) {}
  Literal(int position, double number)
      : Expression(Kind::kLiteral, position), type_(Type::kNumber), number_(number) {}
  Literal(int position, const AstString* string)
      : Expression(Kind::kLiteral, position), type_(Type::kString), string_(string) {}

  Type type() const { return type_; }
  double number() const { return number_; }
  const AstString* string() const { return string_; }
  bool IsNumber() const { return type_ == Type::kNumber; }
  bool IsString() const { return type_ == Type::kString; }
  bool IsTheHole() const { return type_ == Type::kTheHole; }
  bool IsNullOrUndefined() const { return type_ == Type::kNull || type_ == Type::kUndefined; }

 private:
  Type type_;
  double number_ = 0;
  const AstString* string_ = nullptr;
};

// /pattern/flags, both kept as written (the VM compiles the pattern).
class RegExpLiteral final : public Expression {
 public:
  RegExpLiteral(int position, const AstString* pattern, const AstString* flags)
      : Expression(Kind::kRegExpLiteral, position), pattern_(pattern), flags_(flags) {}
  const AstString* pattern() const { return pattern_; }
  const AstString* flags() const { return flags_; }

 private:
  const AstString* pattern_;
  const AstString* flags_;
};

// `a${x}b${y}c`: cooked strings ("a","b","c"; null for a piece with an
// invalid escape, allowed only in tagged templates), raw strings and
// substitutions; cooked.size() == raw.size() == substitutions.size() + 1.
class TemplateLiteral final : public Expression {
 public:
  explicit TemplateLiteral(int position) : Expression(Kind::kTemplateLiteral, position) {}
  ArenaVector<const AstString*>& cooked_strings() { return cooked_strings_; }
  const ArenaVector<const AstString*>& cooked_strings() const { return cooked_strings_; }
  ArenaVector<const AstString*>& raw_strings() { return raw_strings_; }
  const ArenaVector<const AstString*>& raw_strings() const { return raw_strings_; }
  ExpressionList& substitutions() { return substitutions_; }
  const ExpressionList& substitutions() const { return substitutions_; }

 private:
  ArenaVector<const AstString*> cooked_strings_;
  ArenaVector<const AstString*> raw_strings_;
  ExpressionList substitutions_;
};

// tag`...`: calls tag with the (per-site, cached) template object and the
// substitutions. callee range as for Call.
class TaggedTemplate final : public Expression {
 public:
  TaggedTemplate(int position, Expression* tag, TemplateLiteral* literal)
      : Expression(Kind::kTaggedTemplate, position), tag_(tag), template_(literal) {}
  Expression* tag() const { return tag_; }
  TemplateLiteral* template_literal() const { return template_; }
  int callee_start() const { return tag_->position(); }
  int callee_end() const { return template_->position(); }

 private:
  Expression* tag_;
  TemplateLiteral* template_;
};

struct ObjectLiteralProperty {
  enum class Kind : uint8_t {
    kValue,   // key: value (also shorthand `x`, is_shorthand)
    kMethod,  // key() {} (value is a FunctionLiteral; home object = the literal)
    kGetter,  // get key() {}
    kSetter,  // set key(v) {}
    kSpread,  // ...value (key null)
    kProto,   // __proto__: value (non-computed, non-shorthand): sets the prototype
  };
  Kind kind;
  bool is_computed_name;
  bool is_shorthand;
  // A Literal (string or number) for literal keys, any expression for computed
  // keys, null for spread.
  Expression* key;
  // In a pattern: the target, or an Assignment(target, default).
  Expression* value;
};
const char* ObjectLiteralPropertyKindName(ObjectLiteralProperty::Kind kind);

// { properties } — also an object destructuring pattern (is_pattern()).
class ObjectLiteral final : public Expression {
 public:
  explicit ObjectLiteral(int position) : Expression(Kind::kObjectLiteral, position) {}
  ArenaVector<ObjectLiteralProperty>& properties() { return properties_; }
  const ArenaVector<ObjectLiteralProperty>& properties() const { return properties_; }
  bool is_pattern() const { return is_pattern_; }
  void set_is_pattern() { is_pattern_ = true; }
  // Number of properties before the first computed key or spread (the
  // literal's boilerplate shape can be built for these).
  int FastPropertyCount() const;

 private:
  ArenaVector<ObjectLiteralProperty> properties_;
  bool is_pattern_ = false;
};

// [values] with Literal kTheHole for holes and Spread for ...x — also an
// array destructuring pattern (is_pattern(); holes are skipped elements).
class ArrayLiteral final : public Expression {
 public:
  explicit ArrayLiteral(int position) : Expression(Kind::kArrayLiteral, position) {}
  ExpressionList& values() { return values_; }
  const ExpressionList& values() const { return values_; }
  bool is_pattern() const { return is_pattern_; }
  void set_is_pattern() { is_pattern_ = true; }
  // Parser bookkeeping: position of a spread followed by a comma (`[...a, ]`
  // cannot become a pattern), or -1.
  int rest_trailing_comma_position() const { return rest_trailing_comma_position_; }
  void set_rest_trailing_comma_position(int position) { rest_trailing_comma_position_ = position; }

 private:
  ExpressionList values_;
  int rest_trailing_comma_position_ = -1;
  bool is_pattern_ = false;
};

// Format: V(Name)
#define FUNCTION_KIND_LIST(V)                                                   \
  V(NormalFunction)           /* function f() {} */                             \
  V(GeneratorFunction)        /* function* f() {} */                            \
  V(AsyncFunction)            /* async function f() {} */                       \
  V(AsyncGeneratorFunction)   /* async function* f() {} */                      \
  V(ArrowFunction)            /* () => {} */                                    \
  V(AsyncArrowFunction)       /* async () => {} */                              \
  V(ConciseMethod)            /* { m() {} } and class methods */                \
  V(ConciseGeneratorMethod)   /* { *m() {} } */                                 \
  V(AsyncConciseMethod)       /* { async m() {} } */                            \
  V(AsyncConciseGeneratorMethod) /* { async *m() {} } */                        \
  V(GetterFunction)           /* get x() {} */                                  \
  V(SetterFunction)           /* set x(v) {} */                                 \
  V(BaseConstructor)          /* class { constructor() {} } */                  \
  V(DerivedConstructor)       /* class extends B { constructor() {} } */        \
  V(DefaultBaseConstructor)   /* synthesized: constructor() {} */               \
  V(DefaultDerivedConstructor) /* synthesized: constructor(...a) { super(...a) } */ \
  V(ClassMembersInitializer)  /* synthetic: instance fields, private methods */ \
  V(ClassStaticInitializer)   /* synthetic: static fields and static blocks */  \
  V(Script)                   /* the top level of a classic script */           \
  V(CommonJSModule)           /* the wrapper (exports, require, module,         \
                                 __filename, __dirname) of a node-style file */

enum class FunctionKind : uint8_t {
#define LUCID_FUNCTION_KIND_ENUM(name) k##name,
  FUNCTION_KIND_LIST(LUCID_FUNCTION_KIND_ENUM)
#undef LUCID_FUNCTION_KIND_ENUM
};
const char* FunctionKindName(FunctionKind kind);

inline bool IsArrowFunction(FunctionKind kind) {
  return kind == FunctionKind::kArrowFunction || kind == FunctionKind::kAsyncArrowFunction;
}
inline bool IsGeneratorFunction(FunctionKind kind) {
  return kind == FunctionKind::kGeneratorFunction ||
         kind == FunctionKind::kAsyncGeneratorFunction ||
         kind == FunctionKind::kConciseGeneratorMethod ||
         kind == FunctionKind::kAsyncConciseGeneratorMethod;
}
inline bool IsAsyncFunction(FunctionKind kind) {
  return kind == FunctionKind::kAsyncFunction || kind == FunctionKind::kAsyncGeneratorFunction ||
         kind == FunctionKind::kAsyncArrowFunction || kind == FunctionKind::kAsyncConciseMethod ||
         kind == FunctionKind::kAsyncConciseGeneratorMethod;
}
inline bool IsClassConstructor(FunctionKind kind) {
  return kind >= FunctionKind::kBaseConstructor &&
         kind <= FunctionKind::kDefaultDerivedConstructor;
}
inline bool IsDerivedConstructor(FunctionKind kind) {
  return kind == FunctionKind::kDerivedConstructor ||
         kind == FunctionKind::kDefaultDerivedConstructor;
}
inline bool IsDefaultConstructor(FunctionKind kind) {
  return kind == FunctionKind::kDefaultBaseConstructor ||
         kind == FunctionKind::kDefaultDerivedConstructor;
}
inline bool IsAccessorFunction(FunctionKind kind) {
  return kind == FunctionKind::kGetterFunction || kind == FunctionKind::kSetterFunction;
}
// Functions with a [[HomeObject]] (super.x allowed): methods, accessors,
// class constructors and the synthetic class initializers.
inline bool IsMethodLike(FunctionKind kind) {
  return kind >= FunctionKind::kConciseMethod && kind <= FunctionKind::kClassStaticInitializer;
}
// Can be called with `new`: plain functions and class constructors.
inline bool IsConstructable(FunctionKind kind) {
  return kind == FunctionKind::kNormalFunction || IsClassConstructor(kind);
}

// One formal parameter: target is a VariableProxy or a pattern; initializer
// is the default value (null if none); is_rest for `...target` (last only).
struct Parameter {
  Expression* target;
  Expression* initializer;
  bool is_rest;
  int position;
};

class FunctionLiteral final : public Expression {
 public:
  enum class SyntaxKind : uint8_t {
    kDeclaration,          // function f() {} statement
    kNamedExpression,      // (function f() {}) — f is bound inside
    kAnonymousExpression,  // function () {}, arrows
    kMethod,               // methods, accessors, constructors, initializers
    kTopLevel,             // the script / CommonJS wrapper
  };

  FunctionLiteral(int position, FunctionKind kind, SyntaxKind syntax_kind, Scope* scope)
      : Expression(Kind::kFunctionLiteral, position),
        function_kind_(kind),
        syntax_kind_(syntax_kind),
        scope_(scope) {}

  FunctionKind function_kind() const { return function_kind_; }
  SyntaxKind syntax_kind() const { return syntax_kind_; }
  Scope* scope() const { return scope_; }
  bool is_strict() const { return scope_->is_strict(); }
  bool is_arrow() const { return IsArrowFunction(function_kind_); }

  // The binding name (declarations, named expressions, method keys that are
  // literals); null for anonymous functions.
  const AstString* name() const { return name_; }
  // The `name` property for anonymous functions given one by NamedEvaluation
  // (`var f = function(){}`, `{ m: () => 1 }`, class fields); null when none
  // is known statically (computed keys: the generator sets it at runtime).
  const AstString* inferred_name() const { return inferred_name_; }
  // name() ?: inferred_name() ?: "" — what `f.name` should start as (getters
  // and setters get "get "/"set " prepended by the VM).
  const AstString* DisplayName(const AstStringTable* strings) const;

  ArenaVector<Parameter>& parameters() { return parameters_; }
  const ArenaVector<Parameter>& parameters() const { return parameters_; }
  StatementList& body() { return body_; }
  const StatementList& body() const { return body_; }
  // Arrow `x => expr`: body() is one ReturnStatement.
  bool is_concise_arrow() const { return is_concise_arrow_; }

  // Value of the `length` property: parameters before the first default or rest.
  int expected_length() const { return expected_length_; }
  bool has_simple_parameters() const { return scope_->has_simple_parameters(); }

  // Source range [start, end) of the whole function text, for
  // Function.prototype.toString (from `function`/`async`/the key/the first
  // parameter to the closing brace or the end of a concise body).
  int start_position() const { return start_position_; }
  int end_position() const { return end_position_; }

  // Preorder index of this literal in its script (top level is 0).
  int function_literal_id() const { return function_literal_id_; }

  // Uses super.x / super[x] (here or in an inner arrow): the VM must give the
  // closure a home object (and scope()->home_object_var() is declared).
  bool uses_super_property() const { return uses_super_property_; }
  // Class constructors of classes with instance fields or private methods:
  // base constructors run instance_members_initializer_proxy()'s function on
  // `this` at entry; derived ones do it after each super() (see SuperCall).
  bool requires_instance_members_initializer() const {
    return instance_members_initializer_proxy_ != nullptr;
  }
  VariableProxy* instance_members_initializer_proxy() const {
    return instance_members_initializer_proxy_;
  }
  // The class this constructor/method/initializer belongs to, if any.
  ClassLiteral* class_literal() const { return class_literal_; }

  // --- Set by the parser. ---
  void set_name(const AstString* name) { name_ = name; }
  void set_inferred_name(const AstString* name) { inferred_name_ = name; }
  void set_positions(int start, int end) {
    start_position_ = start;
    end_position_ = end;
  }
  void set_end_position(int end) { end_position_ = end; }
  void set_expected_length(int length) { expected_length_ = length; }
  void set_function_literal_id(int id) { function_literal_id_ = id; }
  void set_uses_super_property() { uses_super_property_ = true; }
  void set_instance_members_initializer_proxy(VariableProxy* proxy) {
    instance_members_initializer_proxy_ = proxy;
  }
  void set_class_literal(ClassLiteral* literal) { class_literal_ = literal; }
  void set_is_concise_arrow() { is_concise_arrow_ = true; }
  void set_function_kind(FunctionKind kind) { function_kind_ = kind; }

 private:
  FunctionKind function_kind_;
  SyntaxKind syntax_kind_;
  bool uses_super_property_ = false;
  bool is_concise_arrow_ = false;
  Scope* scope_;
  const AstString* name_ = nullptr;
  const AstString* inferred_name_ = nullptr;
  ArenaVector<Parameter> parameters_;
  StatementList body_;
  VariableProxy* instance_members_initializer_proxy_ = nullptr;
  ClassLiteral* class_literal_ = nullptr;
  int expected_length_ = 0;
  int start_position_ = 0;
  int end_position_ = 0;
  int function_literal_id_ = 0;
};

struct ClassLiteralProperty {
  enum class Kind : uint8_t { kMethod, kGetter, kSetter, kField, kStaticBlock };
  Kind kind;
  bool is_static;
  bool is_computed_name;
  bool is_private;
  int position;
  // Literal (string/number) for literal keys, the key expression for
  // computed keys, a VariableProxy (is_private_name()) for #names, null for
  // static blocks.
  Expression* key;
  // Methods/accessors: the FunctionLiteral. Fields: the initializer or null
  // (it is evaluated inside the initializer function, this = the instance
  // or the class). Static blocks: null.
  Expression* value;
  // Static blocks: the block; its scope() is a kStaticBlock scope.
  Block* static_block;
  // Fields with a computed key: the class-scope variable holding the key
  // evaluated at class definition time (the generator stores into it while
  // defining the class and reads it through this proxy in the initializer:
  // computed_key_store is resolved in the class scope, computed_key_load in
  // the initializer function).
  VariableProxy* computed_key_store;
  VariableProxy* computed_key_load;
  // Private instance fields/methods/accessors: the private name resolved
  // from inside the instance-members initializer (key is resolved in the
  // class scope, where the generator creates the private symbol).
  VariableProxy* private_name_load = nullptr;
  // Private instance methods/accessors: a class-scope variable holding the
  // closure (stored while defining the class, loaded by the initializer to
  // install it on the instance under the private symbol).
  VariableProxy* method_store = nullptr;
  VariableProxy* method_load = nullptr;
};
const char* ClassLiteralPropertyKindName(ClassLiteralProperty::Kind kind);

// class [name] [extends heritage] { body }. Evaluation order for the
// generator: enter scope() (push its context if needed), evaluate extends(),
// create the constructor from constructor(), define methods/accessors and
// evaluate computed keys in order (storing field keys into their
// computed_key_store), create private names (one symbol per kPrivateName
// variable of scope()) and private methods, store
// instance_members_initializer() into its variable, initialize
// scope()->class_variable(), then call static_initializer() with this = class.
class ClassLiteral final : public Expression {
 public:
  ClassLiteral(int position, Scope* scope) : Expression(Kind::kClassLiteral, position), scope_(scope) {}

  Scope* scope() const { return scope_; }
  const AstString* name() const { return name_; }
  const AstString* inferred_name() const { return inferred_name_; }
  // Null when there is no extends clause.
  Expression* extends() const { return extends_; }
  FunctionLiteral* constructor() const { return constructor_; }
  // Methods, accessors, fields and static blocks in source order (not the
  // constructor).
  ArenaVector<ClassLiteralProperty*>& properties() { return properties_; }
  const ArenaVector<ClassLiteralProperty*>& properties() const { return properties_; }
  // Synthetic kClassMembersInitializer function (null when the class has no
  // instance fields and no private instance methods/accessors), and the class
  // scope variable the constructor finds it through.
  FunctionLiteral* instance_members_initializer() const { return instance_members_initializer_; }
  Variable* instance_members_initializer_var() const { return instance_members_initializer_var_; }
  // Proxy resolving instance_members_initializer_var() from the class scope
  // (where the generator stores the closure).
  VariableProxy* instance_members_initializer_store() const {
    return instance_members_initializer_store_;
  }
  // Synthetic kClassStaticInitializer (null when no static fields/blocks).
  FunctionLiteral* static_initializer() const { return static_initializer_; }
  // Source range for Function.prototype.toString of the class.
  int start_position() const { return start_position_; }
  int end_position() const { return end_position_; }
  // Proxy initializing the inner name binding (null for anonymous classes).
  VariableProxy* class_variable_proxy() const { return class_variable_proxy_; }

  void set_name(const AstString* name) { name_ = name; }
  void set_inferred_name(const AstString* name) { inferred_name_ = name; }
  void set_extends(Expression* extends) { extends_ = extends; }
  void set_constructor(FunctionLiteral* constructor) { constructor_ = constructor; }
  void set_instance_members_initializer(FunctionLiteral* function, Variable* var,
                                        VariableProxy* store) {
    instance_members_initializer_ = function;
    instance_members_initializer_var_ = var;
    instance_members_initializer_store_ = store;
  }
  void set_static_initializer(FunctionLiteral* function) { static_initializer_ = function; }
  void set_positions(int start, int end) {
    start_position_ = start;
    end_position_ = end;
  }
  void set_class_variable_proxy(VariableProxy* proxy) { class_variable_proxy_ = proxy; }

 private:
  Scope* scope_;
  const AstString* name_ = nullptr;
  const AstString* inferred_name_ = nullptr;
  Expression* extends_ = nullptr;
  FunctionLiteral* constructor_ = nullptr;
  ArenaVector<ClassLiteralProperty*> properties_;
  FunctionLiteral* instance_members_initializer_ = nullptr;
  Variable* instance_members_initializer_var_ = nullptr;
  VariableProxy* instance_members_initializer_store_ = nullptr;
  FunctionLiteral* static_initializer_ = nullptr;
  VariableProxy* class_variable_proxy_ = nullptr;
  int start_position_ = 0;
  int end_position_ = 0;
};

// A reference to a name: identifiers, `this` (name "this"), `new.target`
// (name "new.target"), private names `#x` (is_private_name()), and the
// synthetic references the parser creates for implicit variables.
// ScopeAnalysis fills in the resolution:
//   location()       kParameter / kLocal / kContext / kScriptContext /
//                    kGlobal / kUnresolvedGlobal
//   index()          parameter index (Variable::kReceiverIndex for the
//                    receiver), register, or context slot
//   context_depth()  for context slots: how many contexts to walk up from the
//                    context current at the reference (0 = current context)
//   needs_hole_check() TDZ: the value may be the hole — throw ReferenceError
//                    "Cannot access 'x' before initialization" (for `this`:
//                    "Must call super constructor in derived class before
//                    accessing 'this' or returning from derived constructor")
class VariableProxy final : public Expression {
 public:
  VariableProxy(int position, const AstString* name)
      : Expression(Kind::kVariableProxy, position), name_(name) {}

  const AstString* name() const { return name_; }
  // Null for kUnresolvedGlobal.
  Variable* var() const { return var_; }
  VariableLocation location() const { return location_; }
  int index() const { return index_; }
  int context_depth() const { return context_depth_; }
  bool needs_hole_check() const { return needs_hole_check_; }

  bool is_this() const { return is_this_; }
  bool is_new_target() const { return is_new_target_; }
  bool is_private_name() const { return is_private_name_; }
  // A write (assignment target, ++/--, for-in/of target, not a declaration's
  // initialization).
  bool is_assigned() const { return is_assigned_; }
  // The end position of this identifier (for error ranges).
  int end_position() const { return end_position_; }

  void set_is_this() { is_this_ = true; }
  void set_is_new_target() { is_new_target_ = true; }
  void set_is_private_name() { is_private_name_ = true; }
  void set_is_assigned() { is_assigned_ = true; }
  void set_end_position(int end) { end_position_ = end; }
  // Pre-binds the proxy to a known variable (declarations, synthetic
  // references); ScopeAnalysis then only computes depth and hole check.
  void BindTo(Variable* var) { var_ = var; }
  void SetResolution(Variable* var, VariableLocation location, int index, int depth,
                     bool hole_check) {
    var_ = var;
    location_ = location;
    index_ = index;
    context_depth_ = depth;
    needs_hole_check_ = hole_check;
  }

 private:
  const AstString* name_;
  Variable* var_ = nullptr;
  int index_ = -1;
  int context_depth_ = 0;
  int end_position_ = -1;
  VariableLocation location_ = VariableLocation::kUnallocated;
  bool needs_hole_check_ = false;
  bool is_this_ = false;
  bool is_new_target_ = false;
  bool is_private_name_ = false;
  bool is_assigned_ = false;
};

// obj.name, obj[key], obj.#name, super.name, super[key].
class Property final : public Expression {
 public:
  enum class Type : uint8_t {
    kNamed,    // key() is a string Literal
    kKeyed,    // key() is any expression
    kPrivate,  // key() is a VariableProxy with is_private_name()
  };
  Property(int position, Expression* object, Expression* key, Type type, bool optional)
      : Expression(Kind::kProperty, position),
        object_(object),
        key_(key),
        type_(type),
        optional_(optional) {}
  Expression* object() const { return object_; }
  Expression* key() const { return key_; }
  Type type() const { return type_; }
  // Written `obj?.name` / `obj?.[key]`.
  bool optional() const { return optional_; }
  // The object is a SuperPropertyReference.
  bool IsSuperAccess() const { return object_->IsSuperPropertyReference(); }
  const AstString* name() const;  // kNamed only

 private:
  Expression* object_;
  Expression* key_;
  Type type_;
  bool optional_;
};

// Marks the extent of an optional chain: `a?.b.c` is
// OptionalChain(Property(Property(a, b, optional), c)).
class OptionalChain final : public Expression {
 public:
  OptionalChain(int position, Expression* expression)
      : Expression(Kind::kOptionalChain, position), expression_(expression) {}
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

// callee(arguments). arguments may contain Spread. callee_start/end is the
// callee's source range, for "o.f is not a function".
class Call final : public Expression {
 public:
  Call(int position, Expression* callee, bool optional)
      : Expression(Kind::kCall, position), callee_(callee), optional_(optional) {}
  Expression* callee() const { return callee_; }
  ExpressionList& arguments() { return arguments_; }
  const ExpressionList& arguments() const { return arguments_; }
  // Written `f?.(args)`.
  bool optional() const { return optional_; }
  int callee_start() const { return callee_start_; }
  int callee_end() const { return callee_end_; }
  void set_callee_range(int start, int end) {
    callee_start_ = start;
    callee_end_ = end;
  }
  bool HasSpread() const;
  // `%Name(args)` under --allow-natives-syntax: "Name" (the callee is then a
  // VariableProxy of that name that is not resolved); null for normal calls.
  const AstString* runtime_function_name() const { return runtime_function_name_; }
  void set_runtime_function_name(const AstString* name) { runtime_function_name_ = name; }

  // V8 compatibility (crbug.com/v8/4480): a plain call written where a
  // reference is required -- `f() = 1`, `f() += 1`, `++f()`, `f()--`,
  // `for (f() in o)`, `for (f() of a)` -- parses, in strict code too. The
  // node is then the target of the Assignment/CountOperation/ForEach and
  // invalid_target() says which; evaluating the target calls the function
  // (callee and arguments as usual) and then throws a ReferenceError with
  // InvalidTargetMessage(), before any value is read or stored and before the
  // right-hand side is evaluated. Logical assignment (`f() ||= 1`),
  // destructuring targets, `new f() = 1` and optional calls stay early
  // SyntaxErrors, as in V8.
  enum class InvalidTarget : uint8_t { kNone, kAssignment, kPrefix, kPostfix, kForInOf };
  InvalidTarget invalid_target() const { return invalid_target_; }
  void set_invalid_target(InvalidTarget kind) { invalid_target_ = kind; }
  // "Invalid left-hand side in assignment", "Invalid left-hand side
  // expression in prefix operation", "... postfix operation", "Invalid
  // left-hand side in for-loop" (V8's texts); null for kNone.
  const char* InvalidTargetMessage() const;

 private:
  Expression* callee_;
  ExpressionList arguments_;
  const AstString* runtime_function_name_ = nullptr;
  bool optional_;
  InvalidTarget invalid_target_ = InvalidTarget::kNone;
  int callee_start_ = 0;
  int callee_end_ = 0;
};

// new callee(arguments); `new C` has no arguments.
class CallNew final : public Expression {
 public:
  CallNew(int position, Expression* callee) : Expression(Kind::kCallNew, position), callee_(callee) {}
  Expression* callee() const { return callee_; }
  ExpressionList& arguments() { return arguments_; }
  const ExpressionList& arguments() const { return arguments_; }
  int callee_start() const { return callee_start_; }
  int callee_end() const { return callee_end_; }
  void set_callee_range(int start, int end) {
    callee_start_ = start;
    callee_end_ = end;
  }
  bool HasSpread() const;

 private:
  Expression* callee_;
  ExpressionList arguments_;
  int callee_start_ = 0;
  int callee_end_ = 0;
};

// super(arguments) in a derived constructor (or an arrow inside one).
// The generator: parent = [[GetPrototypeOf]](this_function); construct it with
// new_target; if `this` is already initialized throw ReferenceError "Super
// constructor may only be called once"; store the result into this_proxy();
// then, if instance_members_initializer_proxy() is set, call that function
// with the new `this`. The value of the expression is `this`.
class SuperCall final : public Expression {
 public:
  explicit SuperCall(int position) : Expression(Kind::kSuperCall, position) {}
  ExpressionList& arguments() { return arguments_; }
  const ExpressionList& arguments() const { return arguments_; }
  VariableProxy* this_function_proxy() const { return this_function_proxy_; }
  VariableProxy* new_target_proxy() const { return new_target_proxy_; }
  VariableProxy* this_proxy() const { return this_proxy_; }
  VariableProxy* instance_members_initializer_proxy() const {
    return instance_members_initializer_proxy_;
  }
  void set_proxies(VariableProxy* this_function, VariableProxy* new_target,
                   VariableProxy* this_proxy, VariableProxy* initializer) {
    this_function_proxy_ = this_function;
    new_target_proxy_ = new_target;
    this_proxy_ = this_proxy;
    instance_members_initializer_proxy_ = initializer;
  }
  bool HasSpread() const;

 private:
  ExpressionList arguments_;
  VariableProxy* this_function_proxy_ = nullptr;
  VariableProxy* new_target_proxy_ = nullptr;
  VariableProxy* this_proxy_ = nullptr;
  VariableProxy* instance_members_initializer_proxy_ = nullptr;
};

// The `super` of super.x / super[x]: the object of a Property. A load reads
// home_object.[[Prototype]][key] with receiver `this`; a store writes with
// receiver `this`.
class SuperPropertyReference final : public Expression {
 public:
  SuperPropertyReference(int position, VariableProxy* home_object, VariableProxy* this_proxy)
      : Expression(Kind::kSuperPropertyReference, position),
        home_object_(home_object),
        this_proxy_(this_proxy) {}
  VariableProxy* home_object() const { return home_object_; }
  VariableProxy* this_proxy() const { return this_proxy_; }

 private:
  VariableProxy* home_object_;
  VariableProxy* this_proxy_;
};

// ...expression in array literals, calls, new, and (as rest) in patterns.
class Spread final : public Expression {
 public:
  Spread(int position, Expression* expression)
      : Expression(Kind::kSpread, position), expression_(expression) {}
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

// op expression, op in { ! ~ + - typeof void delete }.
class UnaryOperation final : public Expression {
 public:
  UnaryOperation(int position, Token::Value op, Expression* expression)
      : Expression(Kind::kUnaryOperation, position), op_(op), expression_(expression) {}
  Token::Value op() const { return op_; }
  Expression* expression() const { return expression_; }

 private:
  Token::Value op_;
  Expression* expression_;
};

// ++x, x--, ...; op is kIncrement or kDecrement.
class CountOperation final : public Expression {
 public:
  CountOperation(int position, Token::Value op, bool is_prefix, Expression* expression)
      : Expression(Kind::kCountOperation, position),
        op_(op),
        is_prefix_(is_prefix),
        expression_(expression) {}
  Token::Value op() const { return op_; }
  bool is_prefix() const { return is_prefix_; }
  bool is_postfix() const { return !is_prefix_; }
  Expression* expression() const { return expression_; }

 private:
  Token::Value op_;
  bool is_prefix_;
  Expression* expression_;
};

// left op right for arithmetic, bitwise, shifts, **, the short-circuit
// operators ?? || && and the comma operator.
class BinaryOperation final : public Expression {
 public:
  BinaryOperation(int position, Token::Value op, Expression* left, Expression* right)
      : Expression(Kind::kBinaryOperation, position), op_(op), left_(left), right_(right) {}
  Token::Value op() const { return op_; }
  Expression* left() const { return left_; }
  Expression* right() const { return right_; }

 private:
  Token::Value op_;
  Expression* left_;
  Expression* right_;
};

// left op right for == != === !== < > <= >= instanceof in. For `#x in obj`,
// left is a VariableProxy with is_private_name().
class CompareOperation final : public Expression {
 public:
  CompareOperation(int position, Token::Value op, Expression* left, Expression* right)
      : Expression(Kind::kCompareOperation, position), op_(op), left_(left), right_(right) {}
  Token::Value op() const { return op_; }
  Expression* left() const { return left_; }
  Expression* right() const { return right_; }

 private:
  Token::Value op_;
  Expression* left_;
  Expression* right_;
};

class Conditional final : public Expression {
 public:
  Conditional(int position, Expression* condition, Expression* then_expression,
              Expression* else_expression)
      : Expression(Kind::kConditional, position),
        condition_(condition),
        then_expression_(then_expression),
        else_expression_(else_expression) {}
  Expression* condition() const { return condition_; }
  Expression* then_expression() const { return then_expression_; }
  Expression* else_expression() const { return else_expression_; }

 private:
  Expression* condition_;
  Expression* then_expression_;
  Expression* else_expression_;
};

// target op value, op any assignment operator. target is a VariableProxy, a
// Property, or (op kAssign only) a pattern. Also used for defaults inside
// patterns.
class Assignment final : public Expression {
 public:
  Assignment(int position, Token::Value op, Expression* target, Expression* value)
      : Expression(Kind::kAssignment, position), op_(op), target_(target), value_(value) {}
  Token::Value op() const { return op_; }
  Expression* target() const { return target_; }
  Expression* value() const { return value_; }
  bool is_compound() const { return Token::IsCompoundAssignmentOp(op_); }
  // For compound ops: the binary operator (kAssignAdd -> kAdd, ...).
  Token::Value binary_op() const { return Token::BinaryOpForAssignment(op_); }

 private:
  Token::Value op_;
  Expression* target_;
  Expression* value_;
};

// yield [expression] (parse only in this issue).
class Yield final : public Expression {
 public:
  Yield(int position, Expression* expression)
      : Expression(Kind::kYield, position), expression_(expression) {}
  Expression* expression() const { return expression_; }  // null for `yield`

 private:
  Expression* expression_;
};

class YieldStar final : public Expression {
 public:
  YieldStar(int position, Expression* expression)
      : Expression(Kind::kYieldStar, position), expression_(expression) {}
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

class Await final : public Expression {
 public:
  Await(int position, Expression* expression)
      : Expression(Kind::kAwait, position), expression_(expression) {}
  Expression* expression() const { return expression_; }

 private:
  Expression* expression_;
};

// ---------------------------------------------------------------------------
// Visiting

// CRTP visitor: Subclass implements Visit##Name(Name*) for every node kind
// (the compiler says which are missing). Visit() dispatches on kind().
template <typename Subclass, typename Result = void>
class AstVisitor {
 public:
  Result Visit(AstNode* node) {
    switch (node->kind()) {
#define LUCID_AST_VISIT_CASE(Name) \
  case AstNode::Kind::k##Name:     \
    return static_cast<Subclass*>(this)->Visit##Name(static_cast<Name*>(node));
      AST_NODE_LIST(LUCID_AST_VISIT_CASE)
#undef LUCID_AST_VISIT_CASE
    }
    __builtin_unreachable();
  }
};

// Text tree of the AST, one node per line, indented by depth (--print-ast).
// With resolutions, VariableProxy lines show where the name lives
// ("x [local r0]", "y [context 1 slot 2, hole check]").
std::string PrintAst(const FunctionLiteral* top_level, bool with_resolutions = true);
// One expression, compactly and fully parenthesized: "(a + (b * c))" (tests).
std::string PrintExpression(const Expression* expression);

}  // namespace lucid

#endif  // LUCID_PARSER_AST_H_
