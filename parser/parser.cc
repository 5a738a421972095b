// Copyright the Lucid authors. MIT license.
//
// Parser core: tokens, errors, declarations, statements, functions and
// classes. Expressions and patterns are in parser_expressions.cc.

#include "parser/parser.h"

#include <string>

#include "parser/parser_impl.h"
#include "parser/stack_limit.h"

namespace lucid {

ParseResult ParseScript(const SourceFile& source, ParseMode mode, uintptr_t stack_limit) {
  ParseOptions options;
  options.stack_limit = stack_limit;
  return ParseScript(source, mode, options);
}

ParseResult ParseScript(const SourceFile& source, ParseMode mode, const ParseOptions& options) {
  Parser parser(source, mode, options);
  return parser.Parse();
}

Parser::Parser(const SourceFile& source, ParseMode mode, const ParseOptions& options)
    : source_(source),
      mode_(mode),
      stack_limit_(options.stack_limit),
      allow_natives_syntax_(options.allow_natives_syntax),
      arena_owner_(std::make_unique<AstArena>()),
      arena_(arena_owner_.get()),
      strings_(arena_->New<AstStringTable>(arena_)),
      lexer_(source.text(), strings_) {}

// ---------------------------------------------------------------------------
// Top level

ParseResult Parser::Parse() {
  lexer_.Initialize();
  failure_expression_ = arena_->New<Literal>(0, Literal::Type::kUndefined);
  empty_parentheses_ = arena_->New<Literal>(0, Literal::Type::kUndefined);

  script_scope_ = arena_->New<Scope>(arena_, nullptr, ScopeType::kScript);
  script_scope_->set_positions(0, source_.length());
  scope_ = script_scope_;
  FunctionLiteral* top_level;
  FunctionState state;
  if (mode_ == ParseMode::kClassicScript) {
    top_level = NewFunctionLiteral(FunctionKind::kScript, FunctionLiteral::SyntaxKind::kTopLevel,
                                   script_scope_, 0);
    script_scope_->set_function(top_level);
  } else {
    Scope* scope = NewScope(ScopeType::kFunction);
    scope->set_positions(0, source_.length());
    top_level = NewFunctionLiteral(FunctionKind::kCommonJSModule,
                                   FunctionLiteral::SyntaxKind::kTopLevel, scope, 0);
    const AstString* names[] = {strings_->exports_string(), strings_->require_string(),
                                strings_->module_string(), strings_->filename_string(),
                                strings_->dirname_string()};
    for (const AstString* name : names) {
      Variable* var = scope->Declare(arena_, name, VariableMode::kParameter, VariableKind::kNormal, 0);
      scope->AddParameter(arena_, var);
      VariableProxy* proxy = NewProxy(name, 0);
      top_level->parameters().Add({proxy, nullptr, false, 0}, arena_);
    }
    top_level->set_expected_length(5);
    scope_ = scope;
  }
  state.literal = top_level;
  state.scope = scope_;
  state.kind = top_level->function_kind();
  function_state_ = &state;

  ParseStatementList(&top_level->body(), Token::kEos, true);
  if (!has_error_ && lexer_.peek() == Token::kIllegal) ReportUnexpectedPeek();
  if (!has_error_ && peek() != Token::kEos) ReportUnexpectedPeek();
  top_level->set_positions(0, source_.length());

  ParseResult result;
  result.arena_ = std::move(arena_owner_);
  result.strings_ = strings_;
  result.function_literal_count_ = next_function_literal_id_;
  if (has_error_) {
    result.error_ = error_;
    return result;
  }
  ScopeAnalysis::Analyze(arena_, strings_, top_level);
  result.literal_ = top_level;
  return result;
}

// ---------------------------------------------------------------------------
// Tokens and errors

Token::Value Parser::Next() {
  if (has_error_) return Token::kEos;
  Token::Value token = lexer_.Next();
  if (token == Token::kIllegal) {
    ReportUnexpectedToken(token, lexer_.current());
    return Token::kEos;
  }
  return token;
}

bool Parser::Check(Token::Value token) {
  if (peek() != token) return false;
  Next();
  return true;
}

void Parser::Expect(Token::Value token) {
  if (has_error_) return;
  if (lexer_.peek() != token) {
    ReportUnexpectedPeek();
    return;
  }
  Next();
}

void Parser::ExpectSemicolon() {
  if (has_error_) return;
  Token::Value token = peek();
  if (token == Token::kSemicolon) {
    Next();
    return;
  }
  // Automatic semicolon insertion.
  if (token == Token::kRightBrace || token == Token::kEos || PeekIsLineTerminated()) return;
  ReportUnexpectedPeek();
}

bool Parser::PeekContextual(const AstString* name) const {
  return peek() == Token::kIdentifier && PeekLiteral() == name &&
         !lexer_.peek_desc().contains_escapes;
}

bool Parser::CheckContextual(const AstString* name) {
  if (!PeekContextual(name)) return false;
  Next();
  return true;
}

void Parser::ReportError(const std::string& message, int position, int end_position) {
  if (has_error_) return;
  has_error_ = true;
  error_.type = ParseError::Type::kSyntaxError;
  error_.message = message;
  error_.position = position;
  error_.end_position = end_position < position ? position : end_position;
}

void Parser::ReportRangeError(const char* message, int position) {
  if (has_error_) return;
  ReportError(message, position, position);
  error_.type = ParseError::Type::kRangeError;
}

void Parser::ReportUnexpectedToken(Token::Value token, const TokenDesc& desc) {
  int pos = desc.beg_pos;
  int end = desc.end_pos;
  switch (token) {
    case Token::kEos:
      return ReportError("Unexpected end of input", pos, pos);
    case Token::kIllegal:
      if (desc.error_position >= source_.length() ||
          std::string(desc.error_message) == "Unexpected end of input") {
        return ReportError("Unexpected end of input", source_.length(), source_.length());
      }
      return ReportError(desc.error_message, desc.error_position, desc.error_end_position);
    case Token::kNumber:
    case Token::kBigInt:
      return ReportError("Unexpected number", pos, end);
    case Token::kString:
      return ReportError("Unexpected string", pos, end);
    case Token::kTemplateSpan:
    case Token::kTemplateTail:
      return ReportError("Unexpected template string", pos, end);
    case Token::kRegExp:
      return ReportError("Unexpected regular expression", pos, end);
    case Token::kIdentifier:
      if (is_strict() && IsStrictReserved(desc.literal)) {
        return ReportError("Unexpected strict mode reserved word", pos, end);
      }
      return ReportError("Unexpected identifier '" + desc.literal->ToUtf8() + "'", pos, end);
    case Token::kPrivateName:
      return ReportError("Unexpected identifier '" + desc.literal->ToUtf8() + "'", pos, end);
    case Token::kEnum:
      return ReportError("Unexpected reserved word", pos, end);
    default:
      return ReportError(std::string("Unexpected token '") + Token::String(token) + "'", pos, end);
  }
}

bool Parser::CheckStackOverflow() {
  if (StackLimit::HasOverflowed(stack_limit_)) {
    ReportRangeError("Maximum call stack size exceeded", peek_position());
    return true;
  }
  return has_error_;
}

Expression* Parser::FailureExpression() { return failure_expression_; }

Statement* Parser::FailureStatement() { return arena_->New<EmptyStatement>(peek_position()); }

bool Parser::IsStrictReserved(const AstString* name) const {
  return name == strings_->implements_string() || name == strings_->interface_string() ||
         name == strings_->let_string() || name == strings_->package_string() ||
         name == strings_->private_string() || name == strings_->protected_string() ||
         name == strings_->public_string() || name == strings_->static_string() ||
         name == strings_->yield_string();
}

Parser::FunctionState* Parser::receiver_function_state() const {
  FunctionState* state = function_state_;
  while (state != nullptr && IsArrowFunction(state->kind)) state = state->outer;
  return state;
}

bool Parser::ValidateIdentifier(const TokenDesc& desc, bool is_binding) {
  const AstString* name = desc.literal;
  if (desc.contains_escapes && Lexer::KeywordToken(name->view()) != Token::kIdentifier) {
    ReportError("Keyword must not contain escaped characters", desc.beg_pos, desc.end_pos);
    return false;
  }
  if (is_strict() && IsStrictReserved(name)) {
    ReportError("Unexpected strict mode reserved word", desc.beg_pos, desc.end_pos);
    return false;
  }
  if (name == strings_->yield_string() && is_generator()) {
    ReportError("Unexpected identifier 'yield'", desc.beg_pos, desc.end_pos);
    return false;
  }
  if (name == strings_->await_string() && is_async()) {
    ReportError("Unexpected reserved word", desc.beg_pos, desc.end_pos);
    return false;
  }
  if (is_binding && is_strict() && IsEvalOrArguments(name)) {
    ReportError("Unexpected eval or arguments in strict mode", desc.beg_pos, desc.end_pos);
    return false;
  }
  if (name == strings_->arguments_string() && !is_binding) {
    FunctionState* state = receiver_function_state();
    if (state != nullptr && state->is_class_field_initializer) {
      ReportError("'arguments' is not allowed in class field initializer or static initialization block",
                  desc.beg_pos, desc.end_pos);
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Scopes and declarations

Scope* Parser::NewScope(ScopeType type) {
  Scope* scope = arena_->New<Scope>(arena_, scope_, type);
  scope->set_strict(scope_ != nullptr && scope_->is_strict());
  if (scope_ != nullptr) scope_->AddInnerScope(arena_, scope);
  scope->set_start_position(peek_position());
  return scope;
}

FunctionLiteral* Parser::NewFunctionLiteral(FunctionKind kind, FunctionLiteral::SyntaxKind syntax,
                                            Scope* scope, int position) {
  FunctionLiteral* literal = arena_->New<FunctionLiteral>(position, kind, syntax, scope);
  literal->set_function_literal_id(next_function_literal_id_++);
  if (scope->is_function_scope()) {
    scope->set_function(literal);
    scope->set_is_arrow(IsArrowFunction(kind));
    scope->set_is_derived_constructor(IsDerivedConstructor(kind));
  }
  return literal;
}

VariableProxy* Parser::NewProxy(const AstString* name, int position) {
  for (const AstString* tdz_name : tdz_names_) {
    if (tdz_name == name) tdz_hit_ = true;
  }
  VariableProxy* proxy = arena_->New<VariableProxy>(position, name);
  proxy->set_end_position(position + name->length());
  return proxy;
}

VariableProxy* Parser::NewUnresolvedThis(int position) {
  VariableProxy* proxy = arena_->New<VariableProxy>(position, strings_->this_string());
  proxy->set_is_this();
  proxy->set_end_position(position + 4);
  return proxy;
}

Literal* Parser::NewStringLiteral(const AstString* string, int position) {
  return arena_->New<Literal>(position, string);
}

static bool IsLexicalMode(const Variable* var) {
  return var->mode() == VariableMode::kLet || var->mode() == VariableMode::kConst ||
         var->mode() == VariableMode::kClass ||
         (var->mode() == VariableMode::kFunction && !var->scope()->is_declaration_scope());
}

Variable* Parser::DeclareVariable(const AstString* name, VariableMode mode, int position,
                                  int end_position, bool is_plain_function) {
  std::string redeclared = "Identifier '" + name->ToUtf8() + "' has already been declared";
  if (mode == VariableMode::kVar) {
    Scope* scope = scope_;
    for (;;) {
      Variable* existing = scope->LookupLocal(name);
      if (existing != nullptr && IsLexicalMode(existing)) {
        ReportError(redeclared, position, end_position);
        return existing;
      }
      if (scope->is_declaration_scope()) break;
      scope->RecordVarName(arena_, name);
      scope = scope->outer_scope();
    }
    Variable* existing = scope->LookupLocal(name);
    if (existing != nullptr) return existing;
    if (IsArgumentsObjectVar(name, scope)) return nullptr;
    return scope->Declare(arena_, name, VariableMode::kVar, VariableKind::kNormal, position);
  }
  // Lexical (let, const, class, block-level function) and catch/parameters.
  Variable* existing = scope_->LookupLocal(name);
  bool conflict = existing != nullptr;
  if (existing != nullptr && mode == VariableMode::kFunction && !is_strict() &&
      existing->mode() == VariableMode::kFunction && is_plain_function &&
      existing->function() != nullptr &&
      existing->function()->function_kind() == FunctionKind::kNormalFunction) {
    // Sloppy duplicate block functions: the last one wins (B.3.2.4), when
    // both are plain functions.
    return existing;
  }
  if (!conflict && scope_->HasVarName(name)) conflict = true;
  // The body of a function with parameter expressions has its own scope,
  // but a lexical declaration there still may not redeclare a parameter.
  if (!conflict && scope_->is_function_body_scope() &&
      scope_->outer_scope()->LookupLocal(name) != nullptr) {
    conflict = true;
  }
  if (!conflict && scope_->is_block_scope() && scope_->outer_scope() != nullptr &&
      scope_->outer_scope()->is_catch_scope() &&
      scope_->outer_scope()->LookupLocal(name) != nullptr) {
    conflict = true;
  }
  if (conflict) {
    ReportError(redeclared, position, end_position);
    return existing != nullptr ? existing
                               : scope_->DeclareOrLookup(arena_, name, mode, VariableKind::kNormal,
                                                         position);
  }
  return scope_->Declare(arena_, name, mode, VariableKind::kNormal, position);
}

void Parser::CollectBoundNames(Expression* pattern, std::vector<VariableProxy*>* names) {
  if (pattern == nullptr) return;
  if (VariableProxy* proxy = pattern->AsVariableProxy()) {
    names->push_back(proxy);
  } else if (Assignment* assignment = pattern->AsAssignment()) {
    CollectBoundNames(assignment->target(), names);
  } else if (Spread* spread = pattern->AsSpread()) {
    CollectBoundNames(spread->expression(), names);
  } else if (ArrayLiteral* array = pattern->AsArrayLiteral()) {
    for (Expression* value : array->values()) CollectBoundNames(value, names);
  } else if (ObjectLiteral* object = pattern->AsObjectLiteral()) {
    for (ObjectLiteralProperty& property : object->properties()) {
      CollectBoundNames(property.value, names);
    }
  }
}

void Parser::DeclareBoundNames(Expression* pattern, VariableMode mode, int initializer_end) {
  std::vector<VariableProxy*> names;
  CollectBoundNames(pattern, &names);
  for (VariableProxy* proxy : names) {
    Variable* var = DeclareVariable(proxy->name(), mode, proxy->position(), proxy->end_position());
    if (var != nullptr && var->IsLexical()) var->set_initializer_end_position(initializer_end);
  }
}

bool Parser::BlockScopeIsEmpty(Scope* scope) const { return scope->variables().empty(); }

// ---------------------------------------------------------------------------
// Statements

void Parser::ParseStatementList(StatementList* list, Token::Value end, bool directives) {
  int first_octal_position = -1;
  while (directives && peek() == Token::kString) {
    const TokenDesc& desc = lexer_.peek_desc();
    int start = desc.beg_pos;
    bool is_use_strict = desc.literal == strings_->use_strict_string() && !desc.contains_escapes;
    if (desc.legacy_octal && first_octal_position < 0) first_octal_position = desc.octal_position;
    Statement* statement = ParseStatementListItem();
    list->Add(statement, arena_);
    ExpressionStatement* expression_statement = statement->AsExpressionStatement();
    if (expression_statement == nullptr || !expression_statement->expression()->IsLiteral() ||
        expression_statement->expression()->position() != start ||
        expression_statement->expression()->is_parenthesized()) {
      break;  // not a directive: the prologue ends
    }
    if (is_use_strict) {
      if (!scope_->GetClosureScope()->has_simple_parameters()) {
        ReportError("Illegal 'use strict' directive in function with non-simple parameter list",
                    start, start + 12);
        return;
      }
      if (first_octal_position >= 0) {
        ReportError("Octal escape sequences are not allowed in strict mode.", first_octal_position,
                    first_octal_position + 1);
        return;
      }
      scope_->set_strict(true);
      if (function_state_->scope != scope_) function_state_->scope->set_strict(true);
    }
  }
  while (peek() != end && peek() != Token::kEos) {
    list->Add(ParseStatementListItem(), arena_);
  }
}

bool Parser::IsLetDeclarationStart() {
  if (!PeekContextual(strings_->let_string())) return false;
  Token::Value next = PeekAhead();
  if (next == Token::kLeftBracket || next == Token::kLeftBrace) return true;
  if (next == Token::kIdentifier) return true;
  // `let yield`, `let await` etc. are keywords only in some contexts; every
  // other keyword after `let` makes `let` an identifier expression.
  return false;
}

Statement* Parser::ParseStatementListItem() {
  switch (peek()) {
    case Token::kFunction:
      return ParseFunctionDeclaration();
    case Token::kClass:
      return ParseClassDeclaration();
    case Token::kConst:
      return ParseVariableStatement(DeclarationKind::kConst);
    case Token::kIdentifier:
      if (IsLetDeclarationStart()) return ParseVariableStatement(DeclarationKind::kLet);
      if (PeekContextual(strings_->async_string()) && PeekAhead() == Token::kFunction &&
          !lexer_.peek_ahead_desc().after_line_terminator) {
        return ParseAsyncFunctionDeclaration();
      }
      break;
    default:
      break;
  }
  return ParseStatement(true);
}

Statement* Parser::ParseStatement(bool allow_labelled_function) {
  if (CheckStackOverflow()) return FailureStatement();
  Token::Value token = peek();
  bool keeps_labels = token == Token::kDo || token == Token::kWhile || token == Token::kFor ||
                      token == Token::kSwitch ||
                      (token == Token::kIdentifier && PeekAhead() == Token::kColon);
  if (!keeps_labels) function_state_->pending_labels.clear();
  switch (token) {
    case Token::kLeftBrace:
      return ParseBlock();
    case Token::kSemicolon:
      Next();
      return arena_->New<EmptyStatement>(position());
    case Token::kIf:
      return ParseIfStatement();
    case Token::kDo:
      return ParseDoWhileStatement();
    case Token::kWhile:
      return ParseWhileStatement();
    case Token::kFor:
      return ParseForStatement();
    case Token::kContinue:
      return ParseContinueStatement();
    case Token::kBreak:
      return ParseBreakStatement();
    case Token::kReturn:
      return ParseReturnStatement();
    case Token::kSwitch:
      return ParseSwitchStatement();
    case Token::kThrow:
      return ParseThrowStatement();
    case Token::kTry:
      return ParseTryStatement();
    case Token::kDebugger: {
      Next();
      int pos = position();
      ExpectSemicolon();
      return arena_->New<DebuggerStatement>(pos);
    }
    case Token::kVar:
      return ParseVariableStatement(DeclarationKind::kVar);
    case Token::kWith:
      if (is_strict()) {
        ReportError("Strict mode code may not include a with statement", peek_position(),
                    peek_end_position());
      } else {
        ReportError("'with' is not supported by Lucid", peek_position(), peek_end_position());
      }
      return FailureStatement();
    case Token::kFunction:
      // Declarations in statement lists are ParseStatementListItem's; here
      // the function would be the body of a loop, a label in one, ...
      ReportError(is_strict() ? "In strict mode code, functions can only be declared at top level or inside a block."
                              : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                  peek_position(), peek_end_position());
      return FailureStatement();
    case Token::kConst:
      ReportError("Lexical declaration cannot appear in a single-statement context",
                  peek_position(), peek_end_position());
      return FailureStatement();
    case Token::kIdentifier:
      if (PeekContextual(strings_->let_string()) && PeekAhead() == Token::kLeftBracket) {
        ReportError("Lexical declaration cannot appear in a single-statement context",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      if (PeekContextual(strings_->let_string()) && !lexer_.peek_ahead_desc().after_line_terminator &&
          (PeekAhead() == Token::kIdentifier || PeekAhead() == Token::kLeftBrace)) {
        ReportError("Lexical declaration cannot appear in a single-statement context",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      if (PeekContextual(strings_->async_string()) && PeekAhead() == Token::kFunction &&
          !lexer_.peek_ahead_desc().after_line_terminator) {
        ReportError("Async functions can only be declared at the top level or inside a block.",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      return ParseExpressionOrLabelledStatement(allow_labelled_function);
    default:
      return ParseExpressionOrLabelledStatement(allow_labelled_function);
  }
}

// The body of if/loops/labels: a statement with its own scope if it
// declares something (sloppy `if (x) function f() {}`).
Statement* Parser::ParseScopedStatement() {
  if (is_strict() || peek() != Token::kFunction) return ParseStatement(false);
  if (PeekAhead() == Token::kMul) {
    Next();  // function: V8 points at the `*`
    ReportError("Generators can only be declared at the top level or inside a block.",
                peek_position(), peek_end_position());
    return FailureStatement();
  }
  Scope* scope = NewScope(ScopeType::kBlock);
  Scope* outer = scope_;
  scope_ = scope;
  Block* block = arena_->New<Block>(peek_position(), scope);
  block->statements().Add(ParseFunctionDeclaration(), arena_);
  scope->set_end_position(end_position());
  scope_ = outer;
  return block;
}

Block* Parser::ParseBlock() {
  int pos = peek_position();
  Expect(Token::kLeftBrace);
  Scope* scope = NewScope(ScopeType::kBlock);
  Scope* outer = scope_;
  scope_ = scope;
  Block* block = arena_->New<Block>(pos, scope);
  while (peek() != Token::kRightBrace && peek() != Token::kEos) {
    block->statements().Add(ParseStatementListItem(), arena_);
  }
  Expect(Token::kRightBrace);
  scope->set_end_position(end_position());
  scope_ = outer;
  if (BlockScopeIsEmpty(scope)) block->set_scope(nullptr);
  return block;
}

Statement* Parser::ParseVariableStatement(DeclarationKind kind) {
  Next();  // var, let or const
  VariableDeclaration* declaration = ParseVariableDeclarations(kind, false, nullptr);
  ExpectSemicolon();
  return declaration;
}

VariableDeclaration* Parser::ParseVariableDeclarations(DeclarationKind kind, bool in_for_head,
                                                       bool* single_without_init) {
  VariableDeclaration* declaration = arena_->New<VariableDeclaration>(position(), kind);
  VariableMode mode = kind == DeclarationKind::kVar   ? VariableMode::kVar
                      : kind == DeclarationKind::kLet ? VariableMode::kLet
                                                      : VariableMode::kConst;
  int count = 0;
  bool any_initializer = false;
  do {
    int target_position = peek_position();
    Token::Value first = peek();
    if (kind != DeclarationKind::kVar && PeekContextual(strings_->let_string())) {
      ReportError("let is disallowed as a lexically bound name", peek_position(),
                  peek_end_position());
      return declaration;
    }
    Expression* target = ParseBindingTarget();
    Expression* initializer = nullptr;
    if (Check(Token::kAssign)) {
      bool saved_accept_in = accept_in_;
      accept_in_ = !in_for_head ? true : accept_in_;
      initializer = ParseAssignmentExpression();
      accept_in_ = saved_accept_in;
      if (VariableProxy* proxy = target->AsVariableProxy()) InferName(initializer, proxy->name());
      any_initializer = true;
    } else if (!in_for_head) {
      if (first != Token::kIdentifier) {
        ReportError("Missing initializer in destructuring declaration", target_position,
                    end_position());
      } else if (kind == DeclarationKind::kConst) {
        ReportError("Missing initializer in const declaration", target_position, end_position());
      }
    }
    DeclareBoundNames(target, mode, end_position());
    declaration->declarators().Add({target, initializer, target_position}, arena_);
    count++;
  } while (Check(Token::kComma));
  if (single_without_init != nullptr) *single_without_init = count == 1 && !any_initializer;
  return declaration;
}

Statement* Parser::ParseFunctionDeclaration() {
  int pos = peek_position();
  Next();  // function
  FunctionKind kind = Check(Token::kMul) ? FunctionKind::kGeneratorFunction
                                         : FunctionKind::kNormalFunction;
  if (peek() != Token::kIdentifier) {
    ReportUnexpectedPeek();
    return FailureStatement();
  }
  Next();
  const TokenDesc name_desc = lexer_.current();
  if (!ValidateIdentifier(name_desc, false)) return FailureStatement();
  const AstString* name = name_desc.literal;
  FunctionLiteral* literal = ParseFunctionLiteral(name, name_desc.beg_pos, kind,
                                                  FunctionLiteral::SyntaxKind::kDeclaration, pos);
  if (has_error_) return FailureStatement();
  Variable* var;
  Variable* annexb = nullptr;
  if (scope_->is_declaration_scope()) {
    Variable* existing = scope_->LookupLocal(name);
    if (existing != nullptr && IsLexicalMode(existing)) {
      ReportError("Identifier '" + name->ToUtf8() + "' has already been declared",
                  name_desc.beg_pos, name_desc.end_pos);
      return FailureStatement();
    }
    var = existing != nullptr ? existing
                              : scope_->Declare(arena_, name, VariableMode::kFunction,
                                                VariableKind::kNormal, name_desc.beg_pos);
  } else {
    var = DeclareVariable(name, VariableMode::kFunction, name_desc.beg_pos, name_desc.end_pos,
                          kind == FunctionKind::kNormalFunction);
    if (has_error_) return FailureStatement();
    // Annex B.3.3: a sloppy block function is also var-declared in the
    // enclosing function, unless a lexical binding would conflict.
    if (!is_strict() && kind == FunctionKind::kNormalFunction) {
      bool conflict = false;
      Scope* scope = scope_->outer_scope();
      for (; !scope->is_declaration_scope(); scope = scope->outer_scope()) {
        Variable* other = scope->LookupLocal(name);
        if (other != nullptr && other->mode() != VariableMode::kCatch) {
          conflict = true;
          break;
        }
      }
      Variable* other = scope->LookupLocal(name);
      if (other != nullptr && IsLexicalMode(other)) conflict = true;
      if (!conflict) {
        for (Scope* s = scope_->outer_scope(); !s->is_declaration_scope(); s = s->outer_scope()) {
          s->RecordVarName(arena_, name);
        }
        annexb = other != nullptr ? other
                                  : scope->Declare(arena_, name, VariableMode::kVar,
                                                   VariableKind::kNormal, name_desc.beg_pos);
      }
    }
  }
  var->set_function(literal);
  FunctionDeclaration* declaration = arena_->New<FunctionDeclaration>(pos, literal, var);
  if (annexb != nullptr) {
    declaration->set_annexb_var(annexb);
    VariableProxy* var_proxy = NewProxy(name, name_desc.beg_pos);
    var_proxy->BindTo(var);
    VariableProxy* annexb_proxy = NewProxy(name, name_desc.beg_pos);
    annexb_proxy->BindTo(annexb);
    annexb_proxy->set_is_assigned();
    declaration->set_proxies(var_proxy, annexb_proxy);
  }
  return declaration;
}

Statement* Parser::ParseAsyncFunctionDeclaration() {
  int pos = peek_position();
  Next();  // async
  Next();  // function
  FunctionKind kind = Check(Token::kMul) ? FunctionKind::kAsyncGeneratorFunction
                                         : FunctionKind::kAsyncFunction;
  if (peek() != Token::kIdentifier) {
    ReportUnexpectedPeek();
    return FailureStatement();
  }
  Next();
  const TokenDesc name_desc = lexer_.current();
  if (!ValidateIdentifier(name_desc, false)) return FailureStatement();
  FunctionLiteral* literal = ParseFunctionLiteral(name_desc.literal, name_desc.beg_pos, kind,
                                                  FunctionLiteral::SyntaxKind::kDeclaration, pos);
  Variable* var;
  if (scope_->is_declaration_scope()) {
    Variable* existing = scope_->LookupLocal(name_desc.literal);
    if (existing != nullptr && IsLexicalMode(existing)) {
      ReportError("Identifier '" + name_desc.literal->ToUtf8() + "' has already been declared",
                  name_desc.beg_pos, name_desc.end_pos);
      return FailureStatement();
    }
    var = existing != nullptr ? existing
                              : scope_->Declare(arena_, name_desc.literal, VariableMode::kFunction,
                                                VariableKind::kNormal, name_desc.beg_pos);
  } else {
    var = DeclareVariable(name_desc.literal, VariableMode::kFunction, name_desc.beg_pos,
                          name_desc.end_pos);
  }
  if (has_error_) return FailureStatement();
  var->set_function(literal);
  return arena_->New<FunctionDeclaration>(pos, literal, var);
}

Statement* Parser::ParseClassDeclaration() {
  int pos = peek_position();
  Next();  // class
  if (peek() != Token::kIdentifier) {
    ReportUnexpectedPeek();
    return FailureStatement();
  }
  Next();
  TokenDesc name_desc = lexer_.current();
  // Class code is strict, including its name.
  bool saved_strict = scope_->is_strict();
  scope_->set_strict(true);
  bool valid = ValidateIdentifier(name_desc, true);
  scope_->set_strict(saved_strict);
  if (!valid) return FailureStatement();
  if (name_desc.literal == strings_->let_string()) {
    ReportError("let is disallowed as a lexically bound name", name_desc.beg_pos,
                name_desc.end_pos);
    return FailureStatement();
  }
  ClassLiteral* literal = ParseClassLiteral(name_desc.literal, name_desc.beg_pos, pos);
  if (has_error_) return FailureStatement();
  Variable* var = DeclareVariable(name_desc.literal, VariableMode::kClass, name_desc.beg_pos,
                                  name_desc.end_pos);
  var->set_initializer_end_position(end_position());
  VariableProxy* proxy = NewProxy(name_desc.literal, name_desc.beg_pos);
  return arena_->New<ClassDeclaration>(pos, literal, proxy);
}

Statement* Parser::ParseIfStatement() {
  int pos = peek_position();
  Next();
  Expect(Token::kLeftParen);
  Expression* condition = ParseExpression();
  Expect(Token::kRightParen);
  Statement* then_statement = ParseScopedStatement();
  Statement* else_statement = nullptr;
  if (Check(Token::kElse)) else_statement = ParseScopedStatement();
  return arena_->New<IfStatement>(pos, condition, then_statement, else_statement);
}

void Parser::TakePendingLabels(Statement* node) {
  for (Target* target : function_state_->pending_labels) target->node = node;
  function_state_->pending_labels.clear();
}

Parser::Target* Parser::LookupLabel(const AstString* label) {
  for (Target* target = function_state_->targets; target != nullptr; target = target->outer) {
    if (target->label == label) return target;
  }
  return nullptr;
}

Statement* Parser::ParseDoWhileStatement() {
  DoWhileStatement* loop = arena_->New<DoWhileStatement>(peek_position());
  TakePendingLabels(loop);
  Next();
  Target target{function_state_->targets, nullptr, loop};
  function_state_->targets = &target;
  loop->set_body(ParseStatement(false));
  function_state_->targets = target.outer;
  Expect(Token::kWhile);
  Expect(Token::kLeftParen);
  loop->set_condition(ParseExpression());
  Expect(Token::kRightParen);
  // ASI: a semicolon after do-while is optional even on the same line.
  Check(Token::kSemicolon);
  return loop;
}

Statement* Parser::ParseWhileStatement() {
  WhileStatement* loop = arena_->New<WhileStatement>(peek_position());
  TakePendingLabels(loop);
  Next();
  Expect(Token::kLeftParen);
  loop->set_condition(ParseExpression());
  Expect(Token::kRightParen);
  Target target{function_state_->targets, nullptr, loop};
  function_state_->targets = &target;
  loop->set_body(ParseStatement(false));
  function_state_->targets = target.outer;
  return loop;
}

Statement* Parser::ParseForStatement() {
  int pos = peek_position();
  std::vector<Target*> labels;
  labels.swap(function_state_->pending_labels);
  Next();  // for
  bool is_await = false;
  if (PeekContextual(strings_->await_string()) && is_async()) {
    Next();
    is_await = true;
  }
  Expect(Token::kLeftParen);
  Scope* outer = scope_;
  Scope* head_scope = nullptr;
  Statement* init = nullptr;
  Expression* each = nullptr;
  bool has_declaration = false;
  DeclarationKind kind = DeclarationKind::kVar;
  bool for_each = false;
  bool is_of = false;
  Expression* subject = nullptr;

  bool is_let = IsLetDeclarationStart();
  if (peek() == Token::kVar || peek() == Token::kConst || is_let) {
    kind = peek() == Token::kVar     ? DeclarationKind::kVar
           : peek() == Token::kConst ? DeclarationKind::kConst
                                     : DeclarationKind::kLet;
    Next();
    if (kind != DeclarationKind::kVar) {
      head_scope = NewScope(ScopeType::kBlock);
      head_scope->set_is_loop_head_scope();
      scope_ = head_scope;
    }
    bool saved_accept_in = accept_in_;
    accept_in_ = false;
    bool single = false;
    int decl_position = peek_position();
    VariableDeclaration* declaration = ParseVariableDeclarations(kind, true, &single);
    accept_in_ = saved_accept_in;
    has_declaration = true;
    if (PeekContextual(strings_->of_string()) || peek() == Token::kIn) {
      is_of = peek() != Token::kIn;
      for_each = true;
      if (declaration->declarators().size() != 1) {
        ReportError(is_of ? "Invalid left-hand side in for-of loop: Must have a single binding."
                          : "Invalid left-hand side in for-in loop: Must have a single binding.",
                    decl_position, end_position());
        return FailureStatement();
      }
      if (declaration->declarators()[0].initializer != nullptr) {
        ReportError(is_of ? "for-of loop variable declaration may not have an initializer."
                          : "for-in loop variable declaration may not have an initializer.",
                    decl_position, end_position());
        return FailureStatement();
      }
      each = declaration->declarators()[0].target;
      if (is_of && kind == DeclarationKind::kVar) CheckForOfVarAgainstCatch(each);
    } else {
      // Classic for: the checks deferred in the head.
      for (const Declarator& declarator : declaration->declarators()) {
        if (declarator.initializer != nullptr) continue;
        if (!declarator.target->IsVariableProxy()) {
          ReportError("Missing initializer in destructuring declaration", declarator.position,
                      declarator.position + 1);
          return FailureStatement();
        }
        if (kind == DeclarationKind::kConst) {
          ReportError("Missing initializer in const declaration", declarator.position,
                      declarator.position + 1);
          return FailureStatement();
        }
      }
      init = declaration;
    }
  } else if (peek() != Token::kSemicolon) {
    int expression_position = peek_position();
    bool saved_accept_in = accept_in_;
    accept_in_ = false;
    bool starts_with_let = PeekContextual(strings_->let_string());
    bool starts_with_async = PeekContextual(strings_->async_string());
    int saved_cover = cover_initialized_name_position_;
    cover_initialized_name_position_ = -1;
    Expression* expression = ParseExpressionCoverGrammar();
    accept_in_ = saved_accept_in;
    if (PeekContextual(strings_->of_string()) || peek() == Token::kIn) {
      is_of = peek() != Token::kIn;
      if (is_of && starts_with_let) {
        ReportError("The left-hand side of a for-of loop may not be 'let'.", expression_position,
                    expression_position + 3);
        return FailureStatement();
      }
      if (is_of && starts_with_async && expression->IsVariableProxy() &&
          !expression->is_parenthesized()) {
        ReportError("The left-hand side of a for-of loop may not be 'async'.",
                    expression_position, expression_position + 5);
        return FailureStatement();
      }
      for_each = true;
      if ((expression->IsObjectLiteral() || expression->IsArrayLiteral()) &&
          !expression->is_parenthesized()) {
        if (!RewriteAsPattern(expression, false)) return FailureStatement();
      } else if (!IsValidSimpleAssignmentTarget(expression) &&
                 !AcceptCallAsTarget(expression, Call::InvalidTarget::kForInOf)) {
        ReportError("Invalid left-hand side in for-loop",
                    expression_position, end_position());
        return FailureStatement();
      } else if (is_strict() && expression->IsVariableProxy() &&
                 IsEvalOrArguments(expression->AsVariableProxy()->name())) {
        ReportError("Unexpected eval or arguments in strict mode", expression_position,
                    end_position());
        return FailureStatement();
      }
      MarkAssigned(expression);
      cover_initialized_name_position_ = saved_cover;
      each = expression;
    } else {
      if (cover_initialized_name_position_ >= 0) {
        ReportError("Invalid shorthand property initializer", cover_initialized_name_position_,
                    cover_initialized_name_position_ + 1);
        return FailureStatement();
      }
      cover_initialized_name_position_ = saved_cover;
      init = arena_->New<ExpressionStatement>(expression_position, expression);
    }
  }

  Statement* result;
  if (for_each) {
    Next();  // in / of
    ForEachStatement* loop;
    if (is_of) {
      loop = arena_->New<ForOfStatement>(pos, is_await);
    } else {
      if (is_await) {
        ReportUnexpectedToken(Token::kIn, lexer_.current());
        return FailureStatement();
      }
      loop = arena_->New<ForInStatement>(pos);
    }
    // The subject is evaluated outside the iteration scope, but with the
    // head's names in their TDZ: `for (let x of x)` throws. Only a subject
    // that mentions one of them gets the TDZ scope (ForEachStatement::
    // subject_scope()).
    scope_ = outer;
    std::vector<VariableProxy*> bound;
    if (head_scope != nullptr) CollectBoundNames(each, &bound);
    size_t saved_tdz_count = tdz_names_.size();
    bool saved_tdz_hit = tdz_hit_;
    for (VariableProxy* proxy : bound) tdz_names_.push_back(proxy->name());
    tdz_hit_ = false;
    int subject_position = peek_position();
    subject = is_of ? ParseAssignmentExpression() : ParseExpression();
    loop->set_subject_range(subject_position, end_position());
    bool subject_mentions_binding = tdz_hit_ && !bound.empty();
    tdz_names_.resize(saved_tdz_count);
    tdz_hit_ = saved_tdz_hit || tdz_hit_;
    if (subject_mentions_binding) {
      Scope* tdz_scope = arena_->New<Scope>(arena_, outer, ScopeType::kBlock);
      tdz_scope->set_strict(outer->is_strict());
      tdz_scope->set_positions(subject_position, end_position());
      VariableMode mode = kind == DeclarationKind::kConst ? VariableMode::kConst : VariableMode::kLet;
      for (VariableProxy* proxy : bound) {
        // initializer_end_position stays -1: never initialized, always checked.
        tdz_scope->DeclareOrLookup(arena_, proxy->name(), mode, VariableKind::kNormal,
                                   proxy->position());
      }
      loop->set_subject_scope(tdz_scope);
    }
    scope_ = head_scope != nullptr ? head_scope : outer;
    Expect(Token::kRightParen);
    loop->Initialize(each, subject, head_scope, has_declaration, kind);
    for (Target* label : labels) label->node = loop;
    Target target{function_state_->targets, nullptr, loop};
    function_state_->targets = &target;
    loop->set_body(ParseStatement(false));
    function_state_->targets = target.outer;
    result = loop;
  } else {
    if (is_await) {
      ReportUnexpectedPeek();
      return FailureStatement();
    }
    Expect(Token::kSemicolon);
    Expression* condition = nullptr;
    Expression* next = nullptr;
    if (peek() != Token::kSemicolon) condition = ParseExpression();
    Expect(Token::kSemicolon);
    if (peek() != Token::kRightParen) next = ParseExpression();
    Expect(Token::kRightParen);
    ForStatement* loop = arena_->New<ForStatement>(pos);
    loop->Initialize(init, condition, next, head_scope);
    for (Target* label : labels) label->node = loop;
    Target target{function_state_->targets, nullptr, loop};
    function_state_->targets = &target;
    loop->set_body(ParseStatement(false));
    function_state_->targets = target.outer;
    result = loop;
  }
  if (head_scope != nullptr) head_scope->set_end_position(end_position());
  scope_ = outer;
  return result;
}

void Parser::CheckForOfVarAgainstCatch(Expression* each) {
  std::vector<VariableProxy*> names;
  CollectBoundNames(each, &names);
  for (VariableProxy* proxy : names) {
    for (Scope* scope = scope_; !scope->is_declaration_scope(); scope = scope->outer_scope()) {
      if (scope->is_catch_scope() && scope->LookupLocal(proxy->name()) != nullptr) {
        ReportError("Identifier '" + proxy->name()->ToUtf8() + "' has already been declared",
                    proxy->position(), proxy->end_position());
        return;
      }
    }
  }
}

Statement* Parser::ParseContinueStatement() {
  int pos = peek_position();
  Next();
  const AstString* label = nullptr;
  IterationStatement* loop = nullptr;
  if (peek() == Token::kIdentifier && !PeekIsLineTerminated()) {
    Next();
    label = lexer_.current().literal;
    Target* target = LookupLabel(label);
    if (target == nullptr) {
      ReportError("Undefined label '" + label->ToUtf8() + "'", position(), end_position());
      return FailureStatement();
    }
    if (!target->node->IsIterationStatement()) {
      ReportError("Illegal continue statement: '" + label->ToUtf8() +
                      "' does not denote an iteration statement",
                  pos, end_position());
      return FailureStatement();
    }
    loop = static_cast<IterationStatement*>(target->node);
  } else {
    for (Target* target = function_state_->targets; target != nullptr; target = target->outer) {
      if (target->node->IsIterationStatement()) {
        loop = static_cast<IterationStatement*>(target->node);
        break;
      }
    }
    if (loop == nullptr) {
      ReportError("Illegal continue statement: no surrounding iteration statement", pos,
                  end_position());
      return FailureStatement();
    }
  }
  ExpectSemicolon();
  return arena_->New<ContinueStatement>(pos, loop, label);
}

Statement* Parser::ParseBreakStatement() {
  int pos = peek_position();
  Next();
  const AstString* label = nullptr;
  Statement* node = nullptr;
  if (peek() == Token::kIdentifier && !PeekIsLineTerminated()) {
    Next();
    label = lexer_.current().literal;
    Target* target = LookupLabel(label);
    if (target == nullptr) {
      ReportError("Undefined label '" + label->ToUtf8() + "'", position(), end_position());
      return FailureStatement();
    }
    node = target->node;
  } else {
    for (Target* target = function_state_->targets; target != nullptr; target = target->outer) {
      if (target->label == nullptr) {
        node = target->node;
        break;
      }
    }
    if (node == nullptr) {
      ReportError("Illegal break statement", pos, end_position());
      return FailureStatement();
    }
  }
  ExpectSemicolon();
  return arena_->New<BreakStatement>(pos, node, label);
}

Statement* Parser::ParseReturnStatement() {
  int pos = peek_position();
  Next();
  FunctionKind kind = function_state_->kind;
  if (kind == FunctionKind::kScript || kind == FunctionKind::kClassMembersInitializer ||
      kind == FunctionKind::kClassStaticInitializer) {
    ReportError("Illegal return statement", pos, end_position());
    return FailureStatement();
  }
  Expression* value = nullptr;
  Token::Value token = peek();
  if (token != Token::kSemicolon && token != Token::kRightBrace && token != Token::kEos &&
      !PeekIsLineTerminated()) {
    value = ParseExpression();
  }
  ExpectSemicolon();
  return arena_->New<ReturnStatement>(pos, value);
}

Statement* Parser::ParseSwitchStatement() {
  int pos = peek_position();
  std::vector<Target*> labels;
  labels.swap(function_state_->pending_labels);
  Next();
  Expect(Token::kLeftParen);
  Expression* tag = ParseExpression();
  Expect(Token::kRightParen);
  SwitchStatement* statement = arena_->New<SwitchStatement>(pos, tag);
  for (Target* label : labels) label->node = statement;
  Target target{function_state_->targets, nullptr, statement};
  function_state_->targets = &target;
  Scope* scope = NewScope(ScopeType::kBlock);
  scope->set_is_switch_scope();
  Scope* outer = scope_;
  scope_ = scope;
  Expect(Token::kLeftBrace);
  bool has_default = false;
  while (peek() != Token::kRightBrace && peek() != Token::kEos) {
    int case_position = peek_position();
    Expression* label = nullptr;
    if (Check(Token::kDefault)) {
      if (has_default) {
        ReportError("More than one default clause in switch statement", case_position,
                    end_position());
        break;
      }
      has_default = true;
    } else {
      Expect(Token::kCase);
      label = ParseExpression();
    }
    Expect(Token::kColon);
    StatementList* statements = arena_->New<StatementList>();
    while (peek() != Token::kCase && peek() != Token::kDefault && peek() != Token::kRightBrace &&
           peek() != Token::kEos) {
      statements->Add(ParseStatementListItem(), arena_);
    }
    statement->cases().Add({label, statements, case_position}, arena_);
  }
  Expect(Token::kRightBrace);
  scope->set_end_position(end_position());
  scope_ = outer;
  function_state_->targets = target.outer;
  if (!BlockScopeIsEmpty(scope)) statement->set_scope(scope);
  return statement;
}

Statement* Parser::ParseThrowStatement() {
  int pos = peek_position();
  Next();
  if (PeekIsLineTerminated()) {
    ReportError("Illegal newline after throw", pos, end_position());
    return FailureStatement();
  }
  Expression* exception = ParseExpression();
  ExpectSemicolon();
  return arena_->New<ThrowStatement>(pos, exception);
}

Statement* Parser::ParseTryStatement() {
  int pos = peek_position();
  Next();
  Block* try_block = ParseBlock();
  TryStatement* statement = arena_->New<TryStatement>(pos, try_block);
  if (peek() != Token::kCatch && peek() != Token::kFinally) {
    ReportError("Missing catch or finally after try", pos, end_position());
    return FailureStatement();
  }
  if (Check(Token::kCatch)) {
    Scope* catch_scope = NewScope(ScopeType::kCatch);
    Scope* outer = scope_;
    scope_ = catch_scope;
    Expression* parameter = nullptr;
    if (Check(Token::kLeftParen)) {
      parameter = ParseBindingTarget();
      if (VariableProxy* proxy = parameter->AsVariableProxy()) {
        catch_scope->Declare(arena_, proxy->name(), VariableMode::kCatch, VariableKind::kNormal,
                             proxy->position());
      } else {
        DeclareBoundNames(parameter, VariableMode::kLet, parameter->position());
      }
      Expect(Token::kRightParen);
    }
    Block* catch_block = ParseBlock();
    catch_scope->set_end_position(end_position());
    scope_ = outer;
    statement->set_catch(catch_scope, parameter, catch_block);
  }
  if (Check(Token::kFinally)) statement->set_finally_block(ParseBlock());
  return statement;
}

Statement* Parser::ParseExpressionOrLabelledStatement(bool allow_labelled_function) {
  int pos = peek_position();
  if (peek() == Token::kIdentifier && PeekAhead() == Token::kColon) {
    const TokenDesc desc = lexer_.peek_desc();
    Next();
    if (!ValidateIdentifier(desc, false)) return FailureStatement();
    const AstString* label = desc.literal;
    if (LookupLabel(label) != nullptr) {
      ReportError("Label '" + label->ToUtf8() + "' has already been declared", desc.beg_pos,
                  desc.end_pos);
      return FailureStatement();
    }
    Next();  // :
    LabeledStatement* statement = arena_->New<LabeledStatement>(pos, label);
    Target target{function_state_->targets, label, statement};
    function_state_->targets = &target;
    function_state_->pending_labels.push_back(&target);
    Statement* body;
    if (peek() == Token::kFunction) {
      function_state_->pending_labels.clear();
      if (is_strict()) {
        ReportError("In strict mode code, functions can only be declared at top level or inside a block.",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      if (!allow_labelled_function) {
        ReportError("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      if (PeekAhead() == Token::kMul) {
        Next();  // function: V8 points at the `*`
        ReportError("Generators can only be declared at the top level or inside a block.",
                    peek_position(), peek_end_position());
        return FailureStatement();
      }
      body = ParseFunctionDeclaration();
    } else {
      body = ParseStatement(allow_labelled_function);
    }
    function_state_->targets = target.outer;
    function_state_->pending_labels.clear();
    statement->set_body(body);
    return statement;
  }
  Expression* expression = ParseExpression();
  ExpectSemicolon();
  return arena_->New<ExpressionStatement>(pos, expression);
}

// ---------------------------------------------------------------------------
// Functions

FunctionLiteral* Parser::ParseFunctionLiteral(const AstString* name, int name_position,
                                              FunctionKind kind,
                                              FunctionLiteral::SyntaxKind syntax,
                                              int start_position) {
  Scope* outer_scope = scope_;
  Scope* scope = NewScope(ScopeType::kFunction);
  FunctionLiteral* literal = NewFunctionLiteral(kind, syntax, scope, start_position);
  literal->set_name(name);
  FunctionState state;
  state.outer = function_state_;
  state.literal = literal;
  state.scope = scope;
  state.kind = kind;
  function_state_ = &state;
  scope_ = scope;
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  int saved_cover = cover_initialized_name_position_;
  cover_initialized_name_position_ = -1;

  scope->set_start_position(peek_position());
  int parameters_position = peek_position();
  Expect(Token::kLeftParen);
  state.in_formal_parameters = true;
  ParseFormalParameters(literal, scope);
  state.in_formal_parameters = false;
  Expect(Token::kRightParen);
  if (!has_error_) {
    int parameter_count = literal->parameters().size();
    if (kind == FunctionKind::kGetterFunction && parameter_count != 0) {
      ReportError("Getter must not have any formal parameters.",
                  parameters_position, end_position());
    } else if (kind == FunctionKind::kSetterFunction) {
      if (parameter_count != 1) {
        ReportError("Setter must have exactly one formal parameter.", parameters_position,
                    end_position());
      } else if (literal->parameters()[0].is_rest) {
        ReportError("Setter function argument must not be a rest parameter",
                    literal->parameters()[0].position, end_position());
      }
    }
  }
  Expect(Token::kLeftBrace);
  ParseFunctionBodyStatements(literal, scope);
  Expect(Token::kRightBrace);
  literal->set_positions(start_position, end_position());
  scope->set_end_position(end_position());

  if (!has_error_) {
    if (scope->is_strict() && name != nullptr && syntax != FunctionLiteral::SyntaxKind::kMethod) {
      if (IsEvalOrArguments(name)) {
        ReportError("Unexpected eval or arguments in strict mode", name_position,
                    name_position + name->length());
      } else if (IsStrictReserved(name)) {
        ReportError("Unexpected strict mode reserved word", name_position,
                    name_position + name->length());
      }
    }
    ValidateParameters(literal, scope, false, -1);
  }
  if (syntax == FunctionLiteral::SyntaxKind::kNamedExpression && name != nullptr &&
      scope->LookupLocal(name) == nullptr) {
    Variable* var = scope->Declare(arena_, name, VariableMode::kInternal,
                                   VariableKind::kFunctionName, name_position);
    scope->set_function_var(var);
  }
  accept_in_ = saved_accept_in;
  cover_initialized_name_position_ = saved_cover;
  function_state_ = state.outer;
  scope_ = outer_scope;
  return literal;
}

bool Parser::IsArgumentsObjectVar(const AstString* name, Scope* scope) const {
  if (name != strings_->arguments_string()) return false;
  if (scope->is_function_body_scope()) scope = scope->outer_scope();
  if (!scope->is_function_scope() || scope->is_arrow_scope() || scope->function() == nullptr) {
    return false;
  }
  FunctionKind kind = scope->function()->function_kind();
  return kind != FunctionKind::kClassMembersInitializer &&
         kind != FunctionKind::kClassStaticInitializer;
}

void Parser::ParseFunctionBodyStatements(FunctionLiteral* literal, Scope* scope) {
  if (scope->has_simple_parameters()) {
    ParseStatementList(&literal->body(), Token::kRightBrace, true);
    return;
  }
  Scope* body_scope = NewScope(ScopeType::kBlock);
  body_scope->set_is_function_body_scope();
  Block* block = arena_->New<Block>(peek_position(), body_scope);
  scope_ = body_scope;
  ParseStatementList(&block->statements(), Token::kRightBrace, true);
  scope_ = scope;
  body_scope->set_end_position(peek_end_position());
  // A body var named like a parameter starts with the parameter's value
  // (FunctionDeclarationInstantiation step 28); a function declaration of
  // that name overwrites it at block entry instead.
  std::vector<Statement*> copies;
  for (Variable* var : body_scope->variables()) {
    if (var->mode() != VariableMode::kVar || var->function() != nullptr) continue;
    Variable* parameter = scope->LookupLocal(var->name());
    if (parameter == nullptr || parameter->mode() != VariableMode::kParameter) continue;
    VariableProxy* target = NewProxy(var->name(), block->position());
    target->BindTo(var);
    target->set_is_assigned();
    VariableProxy* value = NewProxy(var->name(), block->position());
    value->BindTo(parameter);
    Assignment* copy = arena_->New<Assignment>(block->position(), Token::kAssign, target, value);
    copies.push_back(arena_->New<ExpressionStatement>(block->position(), copy));
  }
  if (!copies.empty()) {
    std::vector<Statement*> statements(block->statements().begin(), block->statements().end());
    block->statements().Clear();
    for (Statement* statement : copies) block->statements().Add(statement, arena_);
    for (Statement* statement : statements) block->statements().Add(statement, arena_);
  }
  literal->body().Add(block, arena_);
}

void Parser::ParseFormalParameters(FunctionLiteral* literal, Scope* scope) {
  bool simple = true;
  int expected_length = -1;
  int count = 0;
  while (peek() != Token::kRightParen && peek() != Token::kEos) {
    int pos = peek_position();
    bool is_rest = Check(Token::kEllipsis);
    Expression* target = ParseBindingTarget();
    Expression* initializer = nullptr;
    if (!is_rest && Check(Token::kAssign)) {
      initializer = ParseAssignmentExpression();
      if (VariableProxy* proxy = target->AsVariableProxy()) InferName(initializer, proxy->name());
    }
    if (is_rest || initializer != nullptr || !target->IsVariableProxy()) simple = false;
    if ((is_rest || initializer != nullptr) && expected_length < 0) expected_length = count;
    literal->parameters().Add({target, initializer, is_rest, pos}, arena_);
    count++;
    if (is_rest) {
      if (peek() != Token::kRightParen) {
        ReportError("Rest parameter must be last formal parameter", pos, peek_end_position());
        return;
      }
      scope->set_has_rest_parameter(true);
      break;
    }
    if (peek() != Token::kRightParen) Expect(Token::kComma);
  }
  literal->set_expected_length(expected_length < 0 ? count : expected_length);
  scope->set_has_simple_parameters(simple);
  // Declare: simple lists keep one entry per formal (duplicates share one
  // Variable), others list every bound name.
  const ArenaVector<Parameter>& parameters = literal->parameters();
  for (int i = 0; i < parameters.size(); ++i) {
    std::vector<VariableProxy*> names;
    CollectBoundNames(parameters[i].target, &names);
    for (VariableProxy* proxy : names) {
      Variable* var = scope->LookupLocal(proxy->name());
      if (var == nullptr) {
        var = scope->Declare(arena_, proxy->name(), VariableMode::kParameter,
                             VariableKind::kNormal, proxy->position());
      }
      if (!simple) var->set_initializer_end_position(ParameterEnd(parameters, i, peek_position()));
      scope->AddParameter(arena_, var);
    }
  }
}

// Where parameter {index} of a non-simple list has been initialized: the
// start of the next parameter, or {list_end}. Parameters are then in a TDZ
// until that point (`function h(a = b, b)` throws), which
// ScopeAnalysis turns into hole checks. A later parameter whose node sits at
// its `=` only gets checks it does not need, never loses one.
int Parser::ParameterEnd(const ArenaVector<Parameter>& parameters, int index, int list_end) {
  return index + 1 < parameters.size() ? parameters[index + 1].position : list_end;
}

// Duplicate names and strict-mode names, checked once the body (and so the
// function's strictness) is known.
void Parser::ValidateParameters(FunctionLiteral* literal, Scope* scope, bool strict_required,
                                int duplicate_position) {
  FunctionKind kind = literal->function_kind();
  bool strict = scope->is_strict() || strict_required;
  bool duplicates_forbidden = strict || !scope->has_simple_parameters() ||
                              IsArrowFunction(kind) || IsMethodLike(kind);
  std::vector<VariableProxy*> seen;
  for (const Parameter& parameter : literal->parameters()) {
    std::vector<VariableProxy*> names;
    CollectBoundNames(parameter.target, &names);
    for (VariableProxy* proxy : names) {
      if (strict && IsEvalOrArguments(proxy->name())) {
        ReportError("Unexpected eval or arguments in strict mode", proxy->position(),
                    proxy->end_position());
        return;
      }
      if (strict && IsStrictReserved(proxy->name())) {
        ReportError("Unexpected strict mode reserved word", proxy->position(),
                    proxy->end_position());
        return;
      }
      for (VariableProxy* other : seen) {
        if (other->name() == proxy->name() && duplicates_forbidden) {
          ReportError("Duplicate parameter name not allowed in this context", proxy->position(),
                      proxy->end_position());
          return;
        }
      }
      seen.push_back(proxy);
    }
  }
  (void)duplicate_position;
}

// ---------------------------------------------------------------------------
// Classes

ClassLiteral* Parser::ParseClassLiteral(const AstString* name, int name_position,
                                        int class_position) {
  Scope* outer = scope_;
  Scope* class_scope = NewScope(ScopeType::kClass);
  class_scope->set_strict(true);
  ClassLiteral* literal = arena_->New<ClassLiteral>(class_position, class_scope);
  class_scope->set_class_literal(literal);
  literal->set_name(name);
  if (name != nullptr) {
    Variable* var = class_scope->Declare(arena_, name, VariableMode::kConst,
                                         VariableKind::kClassName, name_position);
    class_scope->set_class_variable(var);
    VariableProxy* proxy = NewProxy(name, name_position);
    proxy->BindTo(var);
    literal->set_class_variable_proxy(proxy);
  }
  scope_ = class_scope;
  ClassState state;
  state.outer = class_state_;
  state.scope = class_scope;
  state.literal = literal;
  if (Check(Token::kExtends)) {
    state.has_extends = true;
    literal->set_extends(ParseLeftHandSideExpression());
  }
  class_state_ = &state;
  Expect(Token::kLeftBrace);
  bool has_constructor = false;
  while (peek() != Token::kRightBrace && peek() != Token::kEos) {
    if (Check(Token::kSemicolon)) continue;
    ParseClassElement(&state, &has_constructor);
  }
  Expect(Token::kRightBrace);
  literal->set_positions(class_position, end_position());
  class_scope->set_end_position(end_position());
  if (!has_error_) {
    if (!has_constructor) {
      literal->set_constructor(
          SynthesizeDefaultConstructor(literal, state.has_extends, class_position));
    }
    FinishClass(&state);
  }
  class_state_ = state.outer;
  scope_ = outer;
  return literal;
}

FunctionLiteral* Parser::EnsureClassInitializer(ClassState* state, bool is_static) {
  ClassLiteral* literal = state->literal;
  FunctionLiteral* existing =
      is_static ? literal->static_initializer() : literal->instance_members_initializer();
  if (existing != nullptr) return existing;
  Scope* saved = scope_;
  scope_ = state->scope;
  Scope* scope = NewScope(ScopeType::kFunction);
  scope_ = saved;
  FunctionKind kind =
      is_static ? FunctionKind::kClassStaticInitializer : FunctionKind::kClassMembersInitializer;
  FunctionLiteral* function =
      NewFunctionLiteral(kind, FunctionLiteral::SyntaxKind::kMethod, scope, literal->position());
  function->set_class_literal(literal);
  function->set_positions(literal->position(), literal->position());
  if (is_static) {
    function->body().Add(arena_->New<InitializeClassStaticElementsStatement>(literal->position()),
                         arena_);
    literal->set_static_initializer(function);
  } else {
    function->body().Add(arena_->New<InitializeClassMembersStatement>(literal->position()),
                         arena_);
    Variable* var = state->scope->Declare(arena_, strings_->dot_instance_members_initializer_string(),
                                          VariableMode::kInternal,
                                          VariableKind::kInstanceMembersInitializer,
                                          literal->position());
    VariableProxy* store = NewProxy(strings_->dot_instance_members_initializer_string(),
                                    literal->position());
    store->BindTo(var);
    literal->set_instance_members_initializer(function, var, store);
  }
  return function;
}

void Parser::ParseClassElement(ClassState* state, bool* has_constructor) {
  ClassLiteral* literal = state->literal;
  int pos = peek_position();
  bool is_static = false;
  auto is_modifier_end = [](Token::Value next) {
    return next == Token::kLeftParen || next == Token::kAssign || next == Token::kSemicolon ||
           next == Token::kRightBrace;
  };
  if (PeekContextual(strings_->static_string()) && !is_modifier_end(PeekAhead())) {
    Next();
    is_static = true;
    if (peek() == Token::kLeftBrace) {
      // static { ... }: runs inside the static initializer, this = the class.
      FunctionLiteral* initializer = EnsureClassInitializer(state, true);
      FunctionState fs;
      fs.outer = function_state_;
      fs.literal = initializer;
      fs.scope = initializer->scope();
      fs.kind = FunctionKind::kClassStaticInitializer;
      fs.is_class_field_initializer = true;
      function_state_ = &fs;
      Scope* saved = scope_;
      scope_ = initializer->scope();
      int block_position = peek_position();
      Next();
      Scope* block_scope = NewScope(ScopeType::kStaticBlock);
      scope_ = block_scope;
      Block* block = arena_->New<Block>(block_position, block_scope);
      while (peek() != Token::kRightBrace && peek() != Token::kEos) {
        block->statements().Add(ParseStatementListItem(), arena_);
      }
      Expect(Token::kRightBrace);
      block_scope->set_end_position(end_position());
      scope_ = saved;
      function_state_ = fs.outer;
      ClassLiteralProperty* property = arena_->New<ClassLiteralProperty>(ClassLiteralProperty{
          ClassLiteralProperty::Kind::kStaticBlock, true, false, false, pos, nullptr, nullptr,
          block, nullptr, nullptr});
      literal->properties().Add(property, arena_);
      static_cast<InitializeClassStaticElementsStatement*>(initializer->body()[0])
          ->elements()
          .Add(property, arena_);
      return;
    }
  }
  // Function.prototype.toString of a method starts after `static`.
  int source_start = peek_position();
  bool is_async = false;
  bool is_generator = false;
  bool is_getter = false;
  bool is_setter = false;
  if (PeekContextual(strings_->async_string()) && !is_modifier_end(PeekAhead()) &&
      !lexer_.peek_ahead_desc().after_line_terminator) {
    Next();
    is_async = true;
  }
  if (Check(Token::kMul)) is_generator = true;
  if (!is_async && !is_generator &&
      (PeekContextual(strings_->get_string()) || PeekContextual(strings_->set_string())) &&
      !is_modifier_end(PeekAhead())) {
    is_getter = PeekLiteral() == strings_->get_string();
    is_setter = !is_getter;
    Next();
  }
  int key_position = peek_position();
  bool is_computed = false;
  const AstString* key_name = nullptr;
  bool is_private = peek() == Token::kPrivateName;
  Expression* key = ParsePropertyName(&is_computed, &key_name, true);
  if (has_error_) return;

  if (peek() == Token::kLeftParen) {
    bool is_constructor = !is_static && !is_computed && !is_private &&
                          key_name == strings_->constructor_string();
    if (is_private && key_name == strings_->private_constructor_string()) {
      ReportError("Class constructor may not be a private method", key_position, end_position());
      return;
    }
    if (is_constructor) {
      if (is_getter || is_setter) {
        ReportError("Class constructor may not be an accessor", key_position, end_position());
        return;
      }
      if (is_generator) {
        ReportError("Class constructor may not be a generator", key_position, end_position());
        return;
      }
      if (is_async) {
        ReportError("Class constructor may not be an async method", key_position, end_position());
        return;
      }
      if (*has_constructor) {
        ReportError("A class may only have one constructor", key_position, end_position());
        return;
      }
      *has_constructor = true;
      FunctionKind kind =
          state->has_extends ? FunctionKind::kDerivedConstructor : FunctionKind::kBaseConstructor;
      FunctionLiteral* constructor = ParseFunctionLiteral(
          literal->name(), key_position, kind, FunctionLiteral::SyntaxKind::kMethod, key_position);
      constructor->set_class_literal(literal);
      literal->set_constructor(constructor);
      return;
    }
    if (is_static && !is_computed && key_name == strings_->prototype_string()) {
      ReportError("Classes may not have a static property named 'prototype'", key_position,
                  end_position());
      return;
    }
    FunctionKind kind = FunctionKind::kConciseMethod;
    ClassLiteralProperty::Kind property_kind = ClassLiteralProperty::Kind::kMethod;
    if (is_getter) {
      kind = FunctionKind::kGetterFunction;
      property_kind = ClassLiteralProperty::Kind::kGetter;
    } else if (is_setter) {
      kind = FunctionKind::kSetterFunction;
      property_kind = ClassLiteralProperty::Kind::kSetter;
    } else if (is_async && is_generator) {
      kind = FunctionKind::kAsyncConciseGeneratorMethod;
    } else if (is_async) {
      kind = FunctionKind::kAsyncConciseMethod;
    } else if (is_generator) {
      kind = FunctionKind::kConciseGeneratorMethod;
    }
    FunctionLiteral* method = ParseFunctionLiteral(nullptr, key_position, kind,
                                                   FunctionLiteral::SyntaxKind::kMethod, source_start);
    method->set_inferred_name(key_name);
    method->set_class_literal(literal);
    ClassLiteralProperty* property = arena_->New<ClassLiteralProperty>(ClassLiteralProperty{
        property_kind, is_static, is_computed, is_private, pos, key, method, nullptr, nullptr,
        nullptr});
    literal->properties().Add(property, arena_);
    if (is_private) {
      PrivateNameKind private_kind = is_getter   ? PrivateNameKind::kGetter
                                     : is_setter ? PrivateNameKind::kSetter
                                                 : PrivateNameKind::kMethod;
      Variable* existing = state->scope->LookupLocal(key_name);
      if (existing != nullptr) {
        bool pair = existing->is_static_private() == is_static &&
                    ((existing->private_name_kind() == PrivateNameKind::kGetter && is_setter) ||
                     (existing->private_name_kind() == PrivateNameKind::kSetter && is_getter));
        if (!pair) {
          ReportError("Identifier '" + key_name->ToUtf8() + "' has already been declared",
                      key_position, key_position + key_name->length());
          return;
        }
        existing->set_private_name_kind(PrivateNameKind::kAccessor);
      } else {
        Variable* var = state->scope->Declare(arena_, key_name, VariableMode::kInternal,
                                              VariableKind::kPrivateName, key_position);
        var->set_private_name_kind(private_kind);
        var->set_is_static_private(is_static);
      }
      if (!is_static) {
        FunctionLiteral* initializer = EnsureClassInitializer(state, false);
        const AstString* var_name =
            strings_->InternAscii(".private_method_" + std::to_string(pos));
        Variable* var = state->scope->Declare(arena_, var_name, VariableMode::kInternal,
                                              VariableKind::kPrivateMethod, pos);
        property->method_store = NewProxy(var_name, pos);
        property->method_store->BindTo(var);
        property->method_load = NewProxy(var_name, pos);
        property->method_load->BindTo(var);
        property->private_name_load = NewProxy(key_name, key_position);
        property->private_name_load->set_is_private_name();
        static_cast<InitializeClassMembersStatement*>(initializer->body()[0])
            ->members()
            .Add(property, arena_);
      }
    }
    return;
  }

  // A field.
  if (is_async || is_generator || is_getter || is_setter) {
    ReportUnexpectedPeek();
    return;
  }
  if (!is_computed && !is_private && key_name == strings_->constructor_string()) {
    ReportError("Classes may not have a field named 'constructor'", key_position, end_position());
    return;
  }
  if (is_private && key_name == strings_->private_constructor_string()) {
    ReportError("Classes may not have a private field named '#constructor'", key_position,
                end_position());
    return;
  }
  if (is_static && !is_computed && key_name == strings_->prototype_string()) {
    ReportError("Classes may not have a static property named 'prototype'", key_position,
                end_position());
    return;
  }
  FunctionLiteral* initializer = EnsureClassInitializer(state, is_static);
  ClassLiteralProperty* property = arena_->New<ClassLiteralProperty>(ClassLiteralProperty{
      ClassLiteralProperty::Kind::kField, is_static, is_computed, is_private, pos, key, nullptr,
      nullptr, nullptr, nullptr});
  if (is_computed) {
    std::string key_var_name =
        ".computed_key" + std::to_string(literal->properties().size()) + "_" +
        std::to_string(pos);
    const AstString* var_name = strings_->InternAscii(key_var_name);
    Variable* var = state->scope->Declare(arena_, var_name, VariableMode::kInternal,
                                          VariableKind::kComputedFieldKey, pos);
    property->computed_key_store = NewProxy(var_name, pos);
    property->computed_key_store->BindTo(var);
    property->computed_key_load = NewProxy(var_name, pos);
    property->computed_key_load->BindTo(var);
  }
  if (Check(Token::kAssign)) {
    FunctionState fs;
    fs.outer = function_state_;
    fs.literal = initializer;
    fs.scope = initializer->scope();
    fs.kind = initializer->function_kind();
    fs.is_class_field_initializer = true;
    function_state_ = &fs;
    Scope* saved = scope_;
    scope_ = initializer->scope();
    bool saved_accept_in = accept_in_;
    accept_in_ = true;
    property->value = ParseAssignmentExpression();
    accept_in_ = saved_accept_in;
    if (!is_computed) InferName(property->value, key_name);
    scope_ = saved;
    function_state_ = fs.outer;
  }
  ExpectSemicolon();
  if (is_private) {
    if (state->scope->LookupLocal(key_name) != nullptr) {
      ReportError("Identifier '" + key_name->ToUtf8() + "' has already been declared",
                  key_position, key_position + key_name->length());
      return;
    }
    Variable* var = state->scope->Declare(arena_, key_name, VariableMode::kInternal,
                                          VariableKind::kPrivateName, key_position);
    var->set_private_name_kind(PrivateNameKind::kField);
    var->set_is_static_private(is_static);
  }
  literal->properties().Add(property, arena_);
  if (is_private && !is_static) {
    property->private_name_load = NewProxy(key_name, key_position);
    property->private_name_load->set_is_private_name();
  }
  if (is_static) {
    static_cast<InitializeClassStaticElementsStatement*>(initializer->body()[0])
        ->elements()
        .Add(property, arena_);
  } else {
    static_cast<InitializeClassMembersStatement*>(initializer->body()[0])
        ->members()
        .Add(property, arena_);
  }
}

FunctionLiteral* Parser::SynthesizeDefaultConstructor(ClassLiteral* literal, bool derived,
                                                      int position) {
  Scope* scope = NewScope(ScopeType::kFunction);
  scope->set_positions(literal->start_position(), literal->end_position());
  FunctionKind kind =
      derived ? FunctionKind::kDefaultDerivedConstructor : FunctionKind::kDefaultBaseConstructor;
  FunctionLiteral* constructor =
      NewFunctionLiteral(kind, FunctionLiteral::SyntaxKind::kMethod, scope, position);
  constructor->set_name(literal->name());
  constructor->set_class_literal(literal);
  constructor->set_positions(literal->start_position(), literal->end_position());
  if (derived) {
    // constructor(...args) { super(...args); }
    const AstString* args = strings_->InternAscii("args");
    Variable* var = scope->Declare(arena_, args, VariableMode::kParameter, VariableKind::kNormal,
                                   position);
    scope->AddParameter(arena_, var);
    scope->set_has_simple_parameters(false);
    scope->set_has_rest_parameter(true);
    constructor->parameters().Add({NewProxy(args, position), nullptr, true, position}, arena_);
    SuperCall* call = arena_->New<SuperCall>(position);
    call->arguments().Add(arena_->New<Spread>(position, NewProxy(args, position)), arena_);
    VariableProxy* new_target = NewProxy(strings_->new_target_string(), position);
    new_target->set_is_new_target();
    VariableProxy* this_proxy = NewUnresolvedThis(position);
    this_proxy->set_is_assigned();
    call->set_proxies(NewProxy(strings_->dot_this_function_string(), position), new_target,
                      this_proxy, nullptr);
    class_state_->super_calls.push_back(call);
    constructor->body().Add(arena_->New<ExpressionStatement>(position, call), arena_);
  }
  return constructor;
}

void Parser::FinishClass(ClassState* state) {
  // Private names must be declared by this class or an enclosing one.
  for (const ClassState::PrivateReference& reference : state->private_references) {
    VariableProxy* proxy = reference.proxy;
    if (state->scope->LookupLocal(proxy->name()) != nullptr) continue;
    if (state->outer != nullptr) {
      state->outer->private_references.push_back(reference);
    } else {
      int start = reference.report_position >= 0 ? reference.report_position : proxy->position();
      int end = reference.report_position >= 0 ? start + 1 : proxy->end_position();
      ReportError("Private field '" + proxy->name()->ToUtf8() +
                      "' must be declared in an enclosing class",
                  start, end);
      return;
    }
  }
  ClassLiteral* literal = state->literal;
  if (literal->instance_members_initializer() != nullptr) {
    Variable* var = literal->instance_members_initializer_var();
    FunctionLiteral* constructor = literal->constructor();
    if (!IsDerivedConstructor(constructor->function_kind())) {
      VariableProxy* proxy =
          NewProxy(strings_->dot_instance_members_initializer_string(), constructor->position());
      proxy->BindTo(var);
      constructor->set_instance_members_initializer_proxy(proxy);
    }
    for (SuperCall* call : state->super_calls) {
      VariableProxy* proxy =
          NewProxy(strings_->dot_instance_members_initializer_string(), call->position());
      proxy->BindTo(var);
      call->set_proxies(call->this_function_proxy(), call->new_target_proxy(), call->this_proxy(),
                        proxy);
    }
  }
}

}  // namespace lucid
