// Copyright the Lucid authors. MIT license.
//
// The Parser class behind ParseScript (parser.h). Private to parser/:
// parser.cc holds statements, functions, classes and declarations;
// parser_expressions.cc holds expressions, literals and patterns.
//
// Error handling without exceptions: the first error is recorded, after
// which peek() answers kEos so every loop unwinds; parse functions keep
// returning valid (dummy) nodes so no caller needs a null check.

#ifndef LUCID_PARSER_PARSER_IMPL_H_
#define LUCID_PARSER_PARSER_IMPL_H_

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parser/ast.h"
#include "parser/lexer.h"
#include "parser/parser.h"
#include "parser/scope.h"

namespace lucid {

class Parser {
 public:
  Parser(const SourceFile& source, ParseMode mode, const ParseOptions& options);
  ParseResult Parse();

 private:
  // --- Per-function state. ---
  struct Target {
    Target* outer;
    const AstString* label;  // null for unlabeled loops/switches
    Statement* node;         // loop, switch or LabeledStatement
  };
  struct FunctionState {
    FunctionState* outer = nullptr;
    FunctionLiteral* literal = nullptr;
    Scope* scope = nullptr;
    FunctionKind kind = FunctionKind::kNormalFunction;
    Target* targets = nullptr;
    // Labels of the LabeledStatements wrapping the statement being parsed
    // (they re-target to a loop/switch that directly follows).
    std::vector<Target*> pending_labels;
    bool is_class_field_initializer = false;
    // Parsing this function's formal parameters (yield/await expressions
    // are errors there).
    bool in_formal_parameters = false;
    // Yield and await expressions parsed so far directly in this function,
    // and where the last one was: an arrow head that contains one is an
    // error, found when `=>` turns the parenthesized expression into
    // parameters.
    int yield_await_count = 0;
    int last_yield_await_position = -1;
    bool last_was_await = false;
  };
  // Per class body being parsed (private names, super() sites).
  struct ClassState {
    ClassState* outer = nullptr;
    Scope* scope = nullptr;
    ClassLiteral* literal = nullptr;
    // Each #name used, with where V8's caret goes when no class declares it
    // (the `.` or `?.` of `o.#x`, one character).
    struct PrivateReference {
      VariableProxy* proxy;
      int report_position;
    };
    std::vector<PrivateReference> private_references;
    std::vector<SuperCall*> super_calls;
    bool has_extends = false;
  };

  // --- Tokens ---
  Token::Value peek() const { return has_error_ ? Token::kEos : lexer_.peek(); }
  Token::Value Next();
  Token::Value PeekAhead() { return has_error_ ? Token::kEos : lexer_.PeekAhead(); }
  int peek_position() const { return lexer_.peek_desc().beg_pos; }
  int peek_end_position() const { return lexer_.peek_desc().end_pos; }
  int position() const { return lexer_.current().beg_pos; }
  int end_position() const { return lexer_.current().end_pos; }
  bool Check(Token::Value token);
  void Expect(Token::Value token);
  void ExpectSemicolon();
  bool PeekIsLineTerminated() const { return lexer_.peek_desc().after_line_terminator; }
  bool PeekContextual(const AstString* name) const;
  bool CheckContextual(const AstString* name);
  const AstString* PeekLiteral() const { return lexer_.peek_desc().literal; }

  // --- Errors ---
  bool has_error() const { return has_error_; }
  void ReportError(const std::string& message, int position, int end_position);
  void ReportError(const char* message, int position, int end_position) {
    ReportError(std::string(message), position, end_position);
  }
  void ReportRangeError(const char* message, int position);
  void ReportUnexpectedToken(Token::Value token, const TokenDesc& desc);
  void ReportUnexpectedPeek() { ReportUnexpectedToken(lexer_.peek(), lexer_.peek_desc()); }
  bool CheckStackOverflow();
  Expression* FailureExpression();
  Statement* FailureStatement();

  // --- Context queries ---
  bool is_strict() const { return scope_->is_strict(); }
  FunctionState* receiver_function_state() const;
  bool is_generator() const { return IsGeneratorFunction(function_state_->kind); }
  bool is_async() const { return IsAsyncFunction(function_state_->kind); }
  bool IsStrictReserved(const AstString* name) const;
  bool IsEvalOrArguments(const AstString* name) const {
    return name == strings_->eval_string() || name == strings_->arguments_string();
  }
  // Checks an identifier used as a reference or binding; reports and returns
  // false if it may not be used here.
  bool ValidateIdentifier(const TokenDesc& desc, bool is_binding);

  // --- Scopes and declarations ---
  Scope* NewScope(ScopeType type);
  void EnterScope(Scope* scope) { scope_ = scope; }
  // is_plain_function: a sloppy `function f(){}` (not generator or async),
  // which Annex B lets a block declare twice.
  Variable* DeclareVariable(const AstString* name, VariableMode mode, int position,
                            int end_position, bool is_plain_function = false);
  void DeclareBoundNames(Expression* pattern, VariableMode mode, int initializer_end);
  void CollectBoundNames(Expression* pattern, std::vector<VariableProxy*>* names);
  bool BlockScopeIsEmpty(Scope* scope) const;

  // --- Statements (parser.cc) ---
  void ParseStatementList(StatementList* list, Token::Value end, bool directives);
  Statement* ParseStatementListItem();
  Statement* ParseStatement(bool allow_labelled_function);
  // The body of an if statement (sloppy code: a function declaration, in a
  // block scope of its own, Annex B.3.4).
  Statement* ParseScopedStatement();
  Block* ParseBlock();
  Statement* ParseVariableStatement(DeclarationKind kind);
  VariableDeclaration* ParseVariableDeclarations(DeclarationKind kind, bool in_for_head,
                                                 bool* single_without_init);
  Statement* ParseFunctionDeclaration();
  Statement* ParseAsyncFunctionDeclaration();
  Statement* ParseClassDeclaration();
  Statement* ParseIfStatement();
  Statement* ParseDoWhileStatement();
  Statement* ParseWhileStatement();
  Statement* ParseForStatement();
  Statement* ParseContinueStatement();
  Statement* ParseBreakStatement();
  Statement* ParseReturnStatement();
  Statement* ParseSwitchStatement();
  Statement* ParseThrowStatement();
  Statement* ParseTryStatement();
  // allow_labelled_function: a sloppy `l: function f() {}` may appear here
  // (statement lists, not the bodies of if/loops).
  Statement* ParseExpressionOrLabelledStatement(bool allow_labelled_function);
  // A `var` of a for-of head may not rebind a catch parameter (B.3.4).
  void CheckForOfVarAgainstCatch(Expression* each);
  static int ParameterEnd(const ArenaVector<Parameter>& parameters, int index, int list_end);
  bool IsLetDeclarationStart();
  void TakePendingLabels(Statement* node);
  Target* LookupLabel(const AstString* label);

  // --- Functions and classes (parser.cc) ---
  FunctionLiteral* ParseFunctionLiteral(const AstString* name, int name_position,
                                        FunctionKind kind, FunctionLiteral::SyntaxKind syntax,
                                        int start_position);
  void ParseFormalParameters(FunctionLiteral* literal, Scope* scope);
  void ParseFunctionBody(FunctionLiteral* literal, Scope* scope);
  // The statements of a `{ ... }` function body (the `{` consumed) into
  // literal->body(); with a non-simple parameter list, inside a Block with
  // its own var scope (Scope::is_function_body_scope()).
  void ParseFunctionBodyStatements(FunctionLiteral* literal, Scope* scope);
  // `arguments` declared by `var` in the function of declaration scope
  // `scope` is the arguments object itself (FunctionDeclarationInstantiation
  // creates no second binding).
  bool IsArgumentsObjectVar(const AstString* name, Scope* scope) const;
  void ValidateParameters(FunctionLiteral* literal, Scope* scope, bool strict_required,
                          int duplicate_position);
  FunctionLiteral* NewFunctionLiteral(FunctionKind kind, FunctionLiteral::SyntaxKind syntax,
                                      Scope* scope, int position);
  ClassLiteral* ParseClassLiteral(const AstString* name, int name_position, int class_position);
  void ParseClassElement(ClassState* state, bool* has_constructor);
  FunctionLiteral* SynthesizeDefaultConstructor(ClassLiteral* literal, bool derived,
                                                int position);
  FunctionLiteral* EnsureClassInitializer(ClassState* state, bool is_static);
  void FinishClass(ClassState* state);

  // --- Expressions (parser_expressions.cc) ---
  Expression* ParseExpression();
  Expression* ParseExpressionCoverGrammar();
  Expression* ParseAssignmentExpression();
  // ParseAssignmentExpression where the result cannot become a pattern:
  // a pending `{a = 1}` is reported.
  Expression* ParseAssignmentExpressionChecked();
  Expression* ParseYieldExpression();
  Expression* ParseConditionalExpression();
  Expression* ParseConditionalContinuation(Expression* condition, int position);
  Expression* ParseBinaryExpression(int precedence);
  Expression* ParseUnaryExpression();
  Expression* ParsePostfixExpression();
  Expression* ParseLeftHandSideExpression();
  Expression* ParseLeftHandSideContinuation(Expression* expression, int start);
  Expression* ParseMemberWithPresentNewPrefixesExpression();
  Expression* ParseMemberExpression();
  Expression* ParseMemberExpressionContinuation(Expression* expression, int start);
  Expression* ParsePrimaryExpression();
  Expression* ParseSuperExpression(bool is_new);
  Expression* ParseNewTargetOrImportMeta(int position);
  Expression* ParseArrayLiteral();
  Expression* ParseObjectLiteral();
  Expression* ParsePropertyName(bool* is_computed, const AstString** literal_name,
                                bool allow_private);
  Expression* ParseTemplateLiteral(Expression* tag, int start);
  void ParseArguments(ExpressionList* arguments, bool* has_spread);
  Expression* ParseArrowFunction(int start, Expression* formals, bool is_async);
  Expression* ParseArrowFunctionFromParams(int start, ArenaVector<Parameter>* params,
                                           bool is_async, Scope* scope, bool has_duplicate,
                                           int duplicate_position);
  Expression* ParsePrivateInExpression();
  Expression* ParseClassExpression();
  Expression* ParseNativeCall();
  Expression* ParseFunctionExpression();
  Expression* ParseAsyncFunctionExpressionOrArrow();

  // Patterns.
  Expression* ParseBindingTarget();
  Expression* ParseBindingElement();
  Expression* ParseBindingPattern();
  // Turns an expression parsed as a literal into an assignment pattern (or a
  // binding pattern when `binding` is set); reports and returns false on an
  // invalid target.
  bool RewriteAsPattern(Expression* expression, bool binding);
  bool ValidateAssignmentTarget(Expression* expression, bool binding, const char* message);
  bool IsValidSimpleAssignmentTarget(Expression* expression) const;
  // `f() = 1` and friends: a plain call accepted as a target that throws at
  // run time (see Call::invalid_target()). Marks it and returns true.
  bool AcceptCallAsTarget(Expression* expression, Call::InvalidTarget kind);
  void RecordYieldOrAwait(int position, bool is_await);
  Expression* CheckSimpleTargetForUpdate(Expression* expression, int position);
  void MarkAssigned(Expression* target);
  // NamedEvaluation: gives an anonymous function/class its name.
  void InferName(Expression* value, const AstString* name);

  VariableProxy* NewProxy(const AstString* name, int position);
  VariableProxy* NewUnresolvedThis(int position);
  Literal* NewStringLiteral(const AstString* string, int position);

  // --- State ---
  const SourceFile& source_;
  ParseMode mode_;
  uintptr_t stack_limit_;
  bool allow_natives_syntax_;
  std::unique_ptr<AstArena> arena_owner_;
  AstArena* arena_;
  AstStringTable* strings_;
  Lexer lexer_;
  bool has_error_ = false;
  ParseError error_;
  Scope* scope_ = nullptr;
  Scope* script_scope_ = nullptr;
  FunctionState* function_state_ = nullptr;
  ClassState* class_state_ = nullptr;
  int next_function_literal_id_ = 0;
  // `in` is a binary operator here (false inside a for-statement head).
  bool accept_in_ = true;
  // Position of the first `{a = 1}` (CoverInitializedName) not yet accepted
  // as a pattern, or -1.
  int cover_initialized_name_position_ = -1;
  // The last `async(...)` call parsed (a possible async arrow head).
  Expression* last_async_call_ = nullptr;
  // The `()` of a possible arrow head, and a `(a, ...b)` rest head.
  Expression* empty_parentheses_ = nullptr;
  Expression* failure_expression_ = nullptr;
  // Names declared by the let/const heads of the for-in/of loops whose
  // subjects are being parsed, and whether a proxy of one of those names was
  // created meanwhile (then the loop gets a TDZ scope for its subject).
  std::vector<const AstString*> tdz_names_;
  // Source range (parentheses and `...` included) of each element of an
  // array or object literal, for V8's caret under an invalid destructuring
  // target found when the literal is rewritten as a pattern.
  std::unordered_map<const Expression*, std::pair<int, int>> literal_element_ranges_;
  void RecordElementRange(const Expression* element, int start) {
    literal_element_ranges_[element] = {start, end_position()};
  }
  void ReportInvalidTarget(const char* message, const Expression* expression, int fallback_start);
  bool tdz_hit_ = false;
};

}  // namespace lucid

#endif  // LUCID_PARSER_PARSER_IMPL_H_
