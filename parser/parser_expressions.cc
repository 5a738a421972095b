// Copyright the Lucid authors. MIT license.
//
// Expressions, literals, patterns and arrow functions.
//
// Cover grammars. `(a, b)` and `[a, {b}]` are parsed as expressions first;
// when `=>` or `=` follows, RewriteAsPattern/ParseArrowFunction reinterpret
// the nodes as parameters or patterns and check that every element is a
// valid target. `{a = 1}` (CoverInitializedName) is legal only if the
// literal becomes a pattern: its position waits in
// cover_initialized_name_position_ until the literal is either rewritten
// (cleared) or used as a value (reported).

#include <string>

#include "parser/parser_impl.h"
#include "parser/regexp_validator.h"

namespace lucid {

Expression* Parser::ParseExpression() {
  int saved_cover = cover_initialized_name_position_;
  cover_initialized_name_position_ = -1;
  Expression* expression = ParseExpressionCoverGrammar();
  if (cover_initialized_name_position_ >= 0) {
    ReportError("Invalid shorthand property initializer", cover_initialized_name_position_,
                cover_initialized_name_position_ + 1);
  }
  cover_initialized_name_position_ = saved_cover;
  return expression;
}

Expression* Parser::ParseAssignmentExpressionChecked() {
  int saved_cover = cover_initialized_name_position_;
  cover_initialized_name_position_ = -1;
  Expression* expression = ParseAssignmentExpression();
  if (cover_initialized_name_position_ >= 0) {
    ReportError("Invalid shorthand property initializer", cover_initialized_name_position_,
                cover_initialized_name_position_ + 1);
  }
  cover_initialized_name_position_ = saved_cover;
  return expression;
}

Expression* Parser::ParseExpressionCoverGrammar() {
  Expression* result = nullptr;
  for (;;) {
    Expression* element;
    if (peek() == Token::kEllipsis) {
      // `(a, ...rest) => body`: only valid as arrow parameters.
      int pos = peek_position();
      Next();
      Expression* target = ParseBindingTarget();
      if (peek() != Token::kRightParen || PeekAhead() != Token::kArrow) {
        if (peek() == Token::kComma) {
          ReportError("Rest parameter must be last formal parameter", pos, peek_end_position());
        } else {
          ReportUnexpectedPeek();
        }
        return FailureExpression();
      }
      element = arena_->New<Spread>(pos, target);
    } else {
      element = ParseAssignmentExpression();
    }
    if (result == nullptr) {
      result = element;
    } else {
      result = arena_->New<BinaryOperation>(element->position(), Token::kComma, result, element);
    }
    if (element->IsSpread() || peek() != Token::kComma) break;
    Next();
    // `(a, b,) => body`: a trailing comma before `)` of arrow parameters.
    if (peek() == Token::kRightParen && PeekAhead() == Token::kArrow) break;
  }
  return result;
}

Expression* Parser::ParseAssignmentExpression() {
  if (CheckStackOverflow()) return FailureExpression();
  if (PeekContextual(strings_->yield_string()) && is_generator()) return ParseYieldExpression();
  int lhs_position = peek_position();
  int saved_cover = cover_initialized_name_position_;
  cover_initialized_name_position_ = -1;
  int yield_await_count = function_state_->yield_await_count;
  Expression* expression = ParseConditionalExpression();
  Token::Value op = peek();
  if (op == Token::kArrow) {
    if (PeekIsLineTerminated()) {
      ReportUnexpectedPeek();
      return FailureExpression();
    }
    if (function_state_->yield_await_count != yield_await_count) {
      // A yield that is itself a parameter (`(a, yield) => 0`) is no binding
      // target at all; one nested in a default or pattern is a yield in
      // formal parameters (V8 words the two apart).
      if (expression->is_parenthesized()) {
        Expression* current = expression;
        for (;;) {
          bool more = current->IsBinaryOperation() &&
                      current->AsBinaryOperation()->op() == Token::kComma &&
                      (current == expression || !current->is_parenthesized());
          Expression* element = more ? current->AsBinaryOperation()->right() : current;
          if (element->IsYield() || element->IsYieldStar()) {
            ReportError("Invalid destructuring assignment target", element->position(),
                        element->position() + 5);
            return FailureExpression();
          }
          if (!more) break;
          current = current->AsBinaryOperation()->left();
        }
      }
      int at = function_state_->last_yield_await_position;
      ReportError(function_state_->last_was_await
                      ? "Illegal await-expression in formal parameters of async function"
                      : "Yield expression not allowed in formal parameter",
                  at, at + 5);
      return FailureExpression();
    }
    bool is_async = expression == last_async_call_ && expression != nullptr;
    cover_initialized_name_position_ = saved_cover;
    return ParseArrowFunction(lhs_position, expression, is_async);
  }
  if (!Token::IsAssignmentOp(op)) {
    if (cover_initialized_name_position_ >= 0) {
      bool may_become_pattern = (expression->IsObjectLiteral() || expression->IsArrayLiteral()) &&
                                !expression->is_parenthesized();
      if (!may_become_pattern) {
        ReportError("Invalid shorthand property initializer", cover_initialized_name_position_,
                    cover_initialized_name_position_ + 1);
        return FailureExpression();
      }
      if (saved_cover >= 0) cover_initialized_name_position_ = saved_cover;
    } else {
      cover_initialized_name_position_ = saved_cover;
    }
    return expression;
  }
  if (expression == empty_parentheses_) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  if (op == Token::kAssign && (expression->IsObjectLiteral() || expression->IsArrayLiteral()) &&
      !expression->is_parenthesized()) {
    if (!RewriteAsPattern(expression, false)) return FailureExpression();
  } else if (!IsValidSimpleAssignmentTarget(expression) &&
             (Token::IsLogicalAssignmentOp(op) ||
              !AcceptCallAsTarget(expression, Call::InvalidTarget::kAssignment))) {
    ReportError("Invalid left-hand side in assignment", lhs_position, end_position());
    return FailureExpression();
  } else if (VariableProxy* proxy = expression->AsVariableProxy()) {
    if (is_strict() && IsEvalOrArguments(proxy->name())) {
      ReportError("Unexpected eval or arguments in strict mode", lhs_position, end_position());
      return FailureExpression();
    }
  }
  cover_initialized_name_position_ = saved_cover;
  MarkAssigned(expression);
  Next();
  int op_position = position();
  Expression* value = ParseAssignmentExpressionChecked();
  if (VariableProxy* proxy = expression->AsVariableProxy()) {
    if (op == Token::kAssign || Token::IsLogicalAssignmentOp(op)) InferName(value, proxy->name());
  }
  return arena_->New<Assignment>(op_position, op, expression, value);
}

Expression* Parser::ParseYieldExpression() {
  int pos = peek_position();
  Next();  // yield
  if (function_state_->in_formal_parameters) {
    ReportError("Yield expression not allowed in formal parameter", pos, end_position());
    return FailureExpression();
  }
  RecordYieldOrAwait(pos, false);
  // `yield` [no LineTerminator here] `*`: on a new line, `*` is no delegate.
  if (!PeekIsLineTerminated() && Check(Token::kMul)) {
    Expression* value = ParseAssignmentExpressionChecked();
    return arena_->New<YieldStar>(pos, value);
  }
  Token::Value next = peek();
  if (PeekIsLineTerminated() || next == Token::kRightParen || next == Token::kRightBracket ||
      next == Token::kRightBrace || next == Token::kComma || next == Token::kSemicolon ||
      next == Token::kColon || next == Token::kEos || next == Token::kIn) {
    return arena_->New<Yield>(pos, nullptr);
  }
  return arena_->New<Yield>(pos, ParseAssignmentExpressionChecked());
}

Expression* Parser::ParseConditionalExpression() {
  // Precedence 3 takes `??`; the `?` of a conditional is not a binary operator.
  Expression* expression = ParseBinaryExpression(3);
  if (peek() != Token::kConditional) return expression;
  return ParseConditionalContinuation(expression, peek_position());
}

Expression* Parser::ParseConditionalContinuation(Expression* condition, int position) {
  Next();  // ?
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  Expression* then_expression = ParseAssignmentExpression();
  accept_in_ = saved_accept_in;
  Expect(Token::kColon);
  Expression* else_expression = ParseAssignmentExpression();
  return arena_->New<Conditional>(position, condition, then_expression, else_expression);
}

static int BinaryPrecedence(Token::Value token, bool accept_in) {
  if (token == Token::kIn && !accept_in) return 0;
  if (token == Token::kConditional || token == Token::kComma || Token::IsAssignmentOp(token)) {
    return 0;
  }
  return Token::Precedence(token);
}

static bool IsUnparenthesizedLogical(Expression* expression) {
  BinaryOperation* operation = expression->AsBinaryOperation();
  return operation != nullptr && !expression->is_parenthesized() &&
         (operation->op() == Token::kOr || operation->op() == Token::kAnd);
}

Expression* Parser::ParseBinaryExpression(int precedence) {
  Expression* x;
  if (peek() == Token::kPrivateName) {
    x = ParsePrivateInExpression();
  } else {
    x = ParseUnaryExpression();
  }
  for (int p = BinaryPrecedence(peek(), accept_in_); p >= precedence; p--) {
    while (BinaryPrecedence(peek(), accept_in_) == p) {
      Token::Value op = Next();
      int pos = position();
      if (op == Token::kExp && x->IsUnaryOperation() && !x->is_parenthesized()) {
        ReportError("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                    x->position(), end_position());
        return FailureExpression();
      }
      // ** is right-associative; everything else is left-associative.
      Expression* y = ParseBinaryExpression(op == Token::kExp ? p : p + 1);
      if (op == Token::kNullish) {
        if (IsUnparenthesizedLogical(x)) {
          ReportError("Unexpected token '?" "?'", pos, pos + 2);
          return FailureExpression();
        }
        if (IsUnparenthesizedLogical(y)) {
          int y_pos = y->position();
          ReportError(std::string("Unexpected token '") +
                          Token::String(y->AsBinaryOperation()->op()) + "'",
                      y_pos, y_pos + 2);
          return FailureExpression();
        }
      } else if ((op == Token::kOr || op == Token::kAnd)) {
        BinaryOperation* left = x->AsBinaryOperation();
        if (left != nullptr && !x->is_parenthesized() && left->op() == Token::kNullish) {
          ReportError(std::string("Unexpected token '") + Token::String(op) + "'", pos, pos + 2);
          return FailureExpression();
        }
      }
      if (Token::IsCompareOp(op)) {
        x = arena_->New<CompareOperation>(pos, op, x, y);
      } else {
        x = arena_->New<BinaryOperation>(pos, op, x, y);
      }
    }
  }
  return x;
}

// `#x in obj` (ergonomic brand checks).
Expression* Parser::ParsePrivateInExpression() {
  Next();
  const TokenDesc desc = lexer_.current();
  if (peek() != Token::kIn || !accept_in_) {
    ReportUnexpectedToken(Token::kPrivateName, desc);
    return FailureExpression();
  }
  VariableProxy* proxy = NewProxy(desc.literal, desc.beg_pos);
  proxy->set_is_private_name();
  if (class_state_ == nullptr) {
    ReportError("Private field '" + desc.literal->ToUtf8() +
                    "' must be declared in an enclosing class",
                desc.beg_pos, desc.end_pos);
    return FailureExpression();
  }
  class_state_->private_references.push_back({proxy, -1});
  return proxy;
}

Expression* Parser::ParseUnaryExpression() {
  if (CheckStackOverflow()) return FailureExpression();
  Token::Value op = peek();
  if (Token::IsUnaryOp(op)) {
    Next();
    int pos = position();
    Expression* expression = ParseUnaryExpression();
    if (op == Token::kDelete) {
      Expression* inner = expression;
      if (inner->IsVariableProxy() && is_strict()) {
        ReportError("Delete of an unqualified identifier in strict mode.", inner->position(),
                    end_position());
        return FailureExpression();
      }
      if (Property* property = inner->AsProperty()) {
        if (property->type() == Property::Type::kPrivate) {
          ReportError("Private fields can not be deleted", property->key()->position(),
                      end_position());
          return FailureExpression();
        }
      }
    }
    if (peek() == Token::kExp) {
      ReportError("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                  pos, peek_end_position());
      return FailureExpression();
    }
    return arena_->New<UnaryOperation>(pos, op, expression);
  }
  if (Token::IsCountOp(op)) {
    Next();
    int pos = position();
    int target_position = peek_position();
    Expression* expression = ParseUnaryExpression();
    if (!IsValidSimpleAssignmentTarget(expression) &&
        !AcceptCallAsTarget(expression, Call::InvalidTarget::kPrefix)) {
      ReportError("Invalid left-hand side expression in prefix operation", target_position,
                  end_position());
      return FailureExpression();
    }
    if (VariableProxy* proxy = expression->AsVariableProxy()) {
      if (is_strict() && IsEvalOrArguments(proxy->name())) {
        ReportError("Unexpected eval or arguments in strict mode", target_position,
                    end_position());
        return FailureExpression();
      }
    }
    MarkAssigned(expression);
    return arena_->New<CountOperation>(pos, op, true, expression);
  }
  if (PeekContextual(strings_->await_string()) && is_async()) {
    Next();
    int pos = position();
    if (function_state_->in_formal_parameters) {
      ReportError("Illegal await-expression in formal parameters of async function", pos,
                  end_position());
      return FailureExpression();
    }
    RecordYieldOrAwait(pos, true);
    Expression* expression = ParseUnaryExpression();
    return arena_->New<Await>(pos, expression);
  }
  return ParsePostfixExpression();
}

Expression* Parser::ParsePostfixExpression() {
  int start = peek_position();
  Expression* expression = ParseLeftHandSideExpression();
  if (Token::IsCountOp(peek()) && !PeekIsLineTerminated()) {
    if (!IsValidSimpleAssignmentTarget(expression) &&
        !AcceptCallAsTarget(expression, Call::InvalidTarget::kPostfix)) {
      ReportError("Invalid left-hand side expression in postfix operation", start,
                  end_position());
      return FailureExpression();
    }
    if (VariableProxy* proxy = expression->AsVariableProxy()) {
      if (is_strict() && IsEvalOrArguments(proxy->name())) {
        ReportError("Unexpected eval or arguments in strict mode", start, end_position());
        return FailureExpression();
      }
    }
    MarkAssigned(expression);
    Token::Value op = Next();
    return arena_->New<CountOperation>(position(), op, false, expression);
  }
  return expression;
}

Expression* Parser::ParseLeftHandSideExpression() {
  int start = peek_position();
  Expression* expression = ParseMemberExpression();
  return ParseLeftHandSideContinuation(expression, start);
}

Expression* Parser::ParseLeftHandSideContinuation(Expression* expression, int start) {
  bool is_optional_chain = false;
  bool starts_with_async = expression->IsVariableProxy() &&
                           expression->AsVariableProxy()->name() == strings_->async_string() &&
                           !expression->is_parenthesized() && expression->position() == start;
  for (;;) {
    if (has_error_) return FailureExpression();
    switch (peek()) {
      case Token::kQuestionPeriod: {
        Next();
        is_optional_chain = true;
        int pos = position();
        if (peek() == Token::kLeftParen) {
          int callee_end = lexer_.current().beg_pos;
          Call* call = arena_->New<Call>(pos, expression, true);
          call->set_callee_range(start, callee_end);
          bool has_spread = false;
          ParseArguments(&call->arguments(), &has_spread);
          expression = call;
        } else if (peek() == Token::kLeftBracket) {
          Next();
          bool saved_accept_in = accept_in_;
          accept_in_ = true;
          Expression* key = ParseExpression();
          accept_in_ = saved_accept_in;
          Expect(Token::kRightBracket);
          expression = arena_->New<Property>(pos, expression, key, Property::Type::kKeyed, true);
        } else if (peek() == Token::kPrivateName) {
          Next();
          const TokenDesc desc = lexer_.current();
          VariableProxy* proxy = NewProxy(desc.literal, desc.beg_pos);
          proxy->set_is_private_name();
          if (class_state_ == nullptr) {
            ReportError("Private field '" + desc.literal->ToUtf8() +
                            "' must be declared in an enclosing class",
                        pos, pos + 1);
            return FailureExpression();
          }
          class_state_->private_references.push_back({proxy, pos});
          expression = arena_->New<Property>(pos, expression, proxy, Property::Type::kPrivate, true);
        } else if (peek() == Token::kIdentifier || Token::IsKeyword(peek())) {
          Token::Value token = Next();
          const AstString* name = token == Token::kIdentifier
                                      ? lexer_.current().literal
                                      : strings_->InternAscii(Token::String(token));
          expression = arena_->New<Property>(pos, expression, NewStringLiteral(name, position()),
                                             Property::Type::kNamed, true);
        } else if (peek() == Token::kTemplateSpan || peek() == Token::kTemplateTail) {
          ReportError("Invalid tagged template on optional chain", peek_position(),
                      peek_end_position());
          return FailureExpression();
        } else {
          ReportUnexpectedPeek();
          return FailureExpression();
        }
        break;
      }
      case Token::kLeftParen: {
        int callee_end = end_position();
        int pos = peek_position();
        if (VariableProxy* proxy = expression->AsVariableProxy()) {
          if (proxy->name() == strings_->eval_string() && !is_optional_chain) {
            ReportError("direct eval is not supported by Lucid", proxy->position(),
                        proxy->end_position());
            return FailureExpression();
          }
        }
        Call* call = arena_->New<Call>(pos, expression, false);
        call->set_callee_range(start, callee_end);
        bool has_spread = false;
        bool was_async_head = starts_with_async && expression->IsVariableProxy() &&
                              !PeekIsLineTerminated();
        ParseArguments(&call->arguments(), &has_spread);
        expression = call;
        if (was_async_head && peek() == Token::kArrow) {
          last_async_call_ = call;
          return call;
        }
        break;
      }
      case Token::kPeriod:
      case Token::kLeftBracket:
      case Token::kTemplateSpan:
      case Token::kTemplateTail:
        if (is_optional_chain &&
            (peek() == Token::kTemplateSpan || peek() == Token::kTemplateTail)) {
          ReportError("Invalid tagged template on optional chain", peek_position(),
                      peek_end_position());
          return FailureExpression();
        }
        expression = ParseMemberExpressionContinuation(expression, start);
        break;
      default:
        if (is_optional_chain) return arena_->New<OptionalChain>(start, expression);
        return expression;
    }
  }
}

Expression* Parser::ParseMemberExpression() {
  if (peek() == Token::kNew) return ParseMemberWithPresentNewPrefixesExpression();
  int start = peek_position();
  Expression* expression = ParsePrimaryExpression();
  return ParseMemberExpressionContinuation(expression, start);
}

Expression* Parser::ParseMemberWithPresentNewPrefixesExpression() {
  if (CheckStackOverflow()) return FailureExpression();
  Next();  // new
  int new_position = position();
  if (peek() == Token::kPeriod) {
    Expression* target = ParseNewTargetOrImportMeta(new_position);
    return ParseMemberExpressionContinuation(target, new_position);
  }
  int callee_start = peek_position();
  Expression* callee;
  if (peek() == Token::kNew) {
    callee = ParseMemberWithPresentNewPrefixesExpression();
  } else if (peek() == Token::kSuper) {
    callee = ParseSuperExpression(true);
  } else if (peek() == Token::kImport) {
    ReportError("Cannot use new with import", new_position, peek_end_position());
    return FailureExpression();
  } else {
    callee = ParsePrimaryExpression();
  }
  callee = ParseMemberExpressionContinuation(callee, callee_start);
  if (peek() == Token::kQuestionPeriod) {
    ReportError("Invalid optional chain from new expression", peek_position(),
                peek_end_position());
    return FailureExpression();
  }
  CallNew* call = arena_->New<CallNew>(new_position, callee);
  call->set_callee_range(callee_start, end_position());
  if (peek() == Token::kLeftParen) {
    bool has_spread = false;
    ParseArguments(&call->arguments(), &has_spread);
  }
  return ParseMemberExpressionContinuation(call, new_position);
}

Expression* Parser::ParseNewTargetOrImportMeta(int position) {
  Next();  // .
  if (!PeekContextual(strings_->target_string())) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  Next();
  FunctionState* receiver = receiver_function_state();
  if (receiver == nullptr || receiver->kind == FunctionKind::kScript) {
    ReportError("new.target expression is not allowed here", position, end_position());
    return FailureExpression();
  }
  VariableProxy* proxy = NewProxy(strings_->new_target_string(), position);
  proxy->set_is_new_target();
  proxy->set_end_position(end_position());
  return proxy;
}

Expression* Parser::ParseMemberExpressionContinuation(Expression* expression, int start) {
  for (;;) {
    if (has_error_) return FailureExpression();
    switch (peek()) {
      case Token::kPeriod: {
        Next();
        int pos = position();
        if (peek() == Token::kPrivateName) {
          Next();
          const TokenDesc desc = lexer_.current();
          VariableProxy* proxy = NewProxy(desc.literal, desc.beg_pos);
          proxy->set_is_private_name();
          if (class_state_ == nullptr) {
            ReportError("Private field '" + desc.literal->ToUtf8() +
                            "' must be declared in an enclosing class",
                        pos, pos + 1);
            return FailureExpression();
          }
          if (expression->IsSuperPropertyReference()) {
            ReportError("Unexpected private field", desc.beg_pos, desc.end_pos);
            return FailureExpression();
          }
          class_state_->private_references.push_back({proxy, pos});
          expression =
              arena_->New<Property>(pos, expression, proxy, Property::Type::kPrivate, false);
          break;
        }
        Token::Value token = peek();
        if (token != Token::kIdentifier && !Token::IsKeyword(token)) {
          ReportUnexpectedPeek();
          return FailureExpression();
        }
        Next();
        const AstString* name = token == Token::kIdentifier
                                    ? lexer_.current().literal
                                    : strings_->InternAscii(Token::String(token));
        expression = arena_->New<Property>(pos, expression, NewStringLiteral(name, position()),
                                           Property::Type::kNamed, false);
        break;
      }
      case Token::kLeftBracket: {
        Next();
        int pos = position();
        bool saved_accept_in = accept_in_;
        accept_in_ = true;
        Expression* key = ParseExpression();
        accept_in_ = saved_accept_in;
        Expect(Token::kRightBracket);
        expression = arena_->New<Property>(pos, expression, key, Property::Type::kKeyed, false);
        break;
      }
      case Token::kTemplateSpan:
      case Token::kTemplateTail:
        expression = ParseTemplateLiteral(expression, start);
        break;
      default:
        return expression;
    }
  }
}

Expression* Parser::ParseSuperExpression(bool is_new) {
  Next();  // super
  int pos = position();
  FunctionState* receiver = receiver_function_state();
  Token::Value next = peek();
  if (receiver != nullptr && (next == Token::kPeriod || next == Token::kLeftBracket) &&
      IsMethodLike(receiver->kind)) {
    receiver->literal->set_uses_super_property();
    VariableProxy* home_object = NewProxy(strings_->dot_home_object_string(), pos);
    VariableProxy* this_proxy = NewUnresolvedThis(pos);
    return arena_->New<SuperPropertyReference>(pos, home_object, this_proxy);
  }
  if (receiver != nullptr && next == Token::kLeftParen && !is_new &&
      IsDerivedConstructor(receiver->kind) && class_state_ != nullptr) {
    SuperCall* call = arena_->New<SuperCall>(pos);
    bool has_spread = false;
    ParseArguments(&call->arguments(), &has_spread);
    VariableProxy* new_target = NewProxy(strings_->new_target_string(), pos);
    new_target->set_is_new_target();
    VariableProxy* this_proxy = NewUnresolvedThis(pos);
    this_proxy->set_is_assigned();
    call->set_proxies(NewProxy(strings_->dot_this_function_string(), pos), new_target, this_proxy,
                      nullptr);
    class_state_->super_calls.push_back(call);
    return call;
  }
  if (next == Token::kQuestionPeriod) {
    ReportError("Invalid optional chain from super property", peek_position(),
                peek_end_position());
    return FailureExpression();
  }
  ReportError("'super' keyword unexpected here", pos, end_position());
  return FailureExpression();
}

Expression* Parser::ParsePrimaryExpression() {
  if (CheckStackOverflow()) return FailureExpression();
  Token::Value token = peek();
  int pos = peek_position();
  switch (token) {
    case Token::kThis:
      Next();
      return NewUnresolvedThis(pos);
    case Token::kNull:
      Next();
      return arena_->New<Literal>(pos, Literal::Type::kNull);
    case Token::kTrue:
      Next();
      return arena_->New<Literal>(pos, Literal::Type::kTrue);
    case Token::kFalse:
      Next();
      return arena_->New<Literal>(pos, Literal::Type::kFalse);
    case Token::kNumber: {
      Next();
      const TokenDesc& desc = lexer_.current();
      if (desc.legacy_octal && is_strict()) {
        std::u16string_view text = lexer_.Slice(desc.beg_pos, desc.end_pos);
        bool decimal = text.find(u'8') != std::u16string_view::npos ||
                       text.find(u'9') != std::u16string_view::npos;
        ReportError(decimal ? "Decimals with leading zeros are not allowed in strict mode."
                            : "Octal literals are not allowed in strict mode.",
                    desc.beg_pos, desc.end_pos);
        return FailureExpression();
      }
      return arena_->New<Literal>(pos, desc.number);
    }
    case Token::kBigInt:
      Next();
      ReportError("BigInt literals are not supported yet", pos, end_position());
      return FailureExpression();
    case Token::kString: {
      Next();
      const TokenDesc& desc = lexer_.current();
      if (desc.legacy_octal && is_strict()) {
        ReportError(desc.non_octal_decimal_escape
                        ? "\\8 and \\9 are not allowed in strict mode."
                        : "Octal escape sequences are not allowed in strict mode.",
                    desc.octal_position, desc.octal_position + 2);
        return FailureExpression();
      }
      return NewStringLiteral(desc.literal, pos);
    }
    case Token::kIdentifier: {
      const TokenDesc desc = lexer_.peek_desc();
      if (desc.literal == strings_->async_string() && !desc.contains_escapes) {
        Token::Value ahead = PeekAhead();
        const TokenDesc& ahead_desc = lexer_.peek_ahead_desc();
        if (ahead == Token::kFunction && !ahead_desc.after_line_terminator) {
          return ParseAsyncFunctionExpressionOrArrow();
        }
        if (ahead == Token::kIdentifier && !ahead_desc.after_line_terminator) {
          // async x => body
          Next();
          Next();
          const TokenDesc param = lexer_.current();
          if (peek() != Token::kArrow || PeekIsLineTerminated()) {
            ReportUnexpectedToken(Token::kIdentifier, param);
            return FailureExpression();
          }
          if (param.literal == strings_->await_string()) {
            ReportError("Unexpected reserved word", param.beg_pos, param.end_pos);
            return FailureExpression();
          }
          if (!ValidateIdentifier(param, true)) return FailureExpression();
          VariableProxy* proxy = NewProxy(param.literal, param.beg_pos);
          return ParseArrowFunction(pos, proxy, true);
        }
      }
      Next();
      if (!ValidateIdentifier(desc, false)) return FailureExpression();
      if (desc.literal == strings_->yield_string() && is_strict()) {
        ReportError("Unexpected strict mode reserved word", desc.beg_pos, desc.end_pos);
        return FailureExpression();
      }
      VariableProxy* proxy = NewProxy(desc.literal, pos);
      proxy->set_end_position(desc.end_pos);
      return proxy;
    }
    case Token::kLeftBracket:
      return ParseArrayLiteral();
    case Token::kLeftBrace:
      return ParseObjectLiteral();
    case Token::kLeftParen: {
      Next();
      if (peek() == Token::kRightParen) {
        Next();
        if (peek() != Token::kArrow || PeekIsLineTerminated()) {
          ReportUnexpectedToken(Token::kRightParen, lexer_.current());
          return FailureExpression();
        }
        return empty_parentheses_;
      }
      bool saved_accept_in = accept_in_;
      accept_in_ = true;
      Expression* expression = ParseExpressionCoverGrammar();
      accept_in_ = saved_accept_in;
      Expect(Token::kRightParen);
      if (has_error_) return FailureExpression();
      expression->set_is_parenthesized();
      return expression;
    }
    case Token::kFunction:
      return ParseFunctionExpression();
    case Token::kClass:
      return ParseClassExpression();
    case Token::kTemplateSpan:
    case Token::kTemplateTail:
      return ParseTemplateLiteral(nullptr, pos);
    case Token::kDiv:
    case Token::kAssignDiv: {
      lexer_.RescanRegExp();
      if (lexer_.peek() == Token::kIllegal) {
        ReportUnexpectedPeek();
        return FailureExpression();
      }
      Next();
      const TokenDesc& desc = lexer_.current();
      bool unicode = desc.raw->view().find(u'u') != std::u16string_view::npos;
      if (const char* reason = ValidateRegExpPattern(desc.literal->view(), unicode)) {
        ReportError("Invalid regular expression: /" + desc.literal->ToUtf8() + "/" +
                        desc.raw->ToUtf8() + ": " + reason,
                    desc.beg_pos, desc.end_pos);
        return FailureExpression();
      }
      return arena_->New<RegExpLiteral>(pos, desc.literal, desc.raw);
    }
    case Token::kSuper:
      return ParseSuperExpression(false);
    case Token::kImport:
      ReportError("Cannot use import statement outside a module", pos, peek_end_position());
      return FailureExpression();
    case Token::kPrivateName:
      return ParsePrivateInExpression();
    case Token::kMod:
      if (allow_natives_syntax_) return ParseNativeCall();
      break;
    default:
      break;
  }
  if (token == Token::kEos || lexer_.peek() == Token::kIllegal) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  Next();
  ReportUnexpectedToken(token, lexer_.current());
  return FailureExpression();
}

// %Name(args), V8's natives syntax.
Expression* Parser::ParseNativeCall() {
  int pos = peek_position();
  Next();  // %
  if (peek() != Token::kIdentifier) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  Next();
  const AstString* name = lexer_.current().literal;
  VariableProxy* callee = NewProxy(name, position());
  Call* call = arena_->New<Call>(peek_position(), callee, false);
  call->set_callee_range(pos, end_position());
  call->set_runtime_function_name(name);
  bool has_spread = false;
  ParseArguments(&call->arguments(), &has_spread);
  return call;
}

Expression* Parser::ParseFunctionExpression() {
  int pos = peek_position();
  Next();  // function
  FunctionKind kind = Check(Token::kMul) ? FunctionKind::kGeneratorFunction
                                         : FunctionKind::kNormalFunction;
  const AstString* name = nullptr;
  int name_position = pos;
  if (peek() == Token::kIdentifier) {
    Next();
    const TokenDesc desc = lexer_.current();
    // The name of a generator expression is bound inside it: no `yield`.
    FunctionKind saved = function_state_->kind;
    if (IsGeneratorFunction(kind) && desc.literal == strings_->yield_string()) {
      ReportError("Unexpected identifier 'yield'", desc.beg_pos, desc.end_pos);
      return FailureExpression();
    }
    function_state_->kind = FunctionKind::kNormalFunction;
    bool valid = ValidateIdentifier(desc, false);
    function_state_->kind = saved;
    if (!valid) return FailureExpression();
    name = desc.literal;
    name_position = desc.beg_pos;
  } else if (peek() != Token::kLeftParen) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  return ParseFunctionLiteral(name, name_position, kind,
                              name != nullptr ? FunctionLiteral::SyntaxKind::kNamedExpression
                                              : FunctionLiteral::SyntaxKind::kAnonymousExpression,
                              pos);
}

Expression* Parser::ParseAsyncFunctionExpressionOrArrow() {
  int pos = peek_position();
  Next();  // async
  Next();  // function
  FunctionKind kind = Check(Token::kMul) ? FunctionKind::kAsyncGeneratorFunction
                                         : FunctionKind::kAsyncFunction;
  const AstString* name = nullptr;
  int name_position = pos;
  if (peek() == Token::kIdentifier) {
    Next();
    const TokenDesc desc = lexer_.current();
    if (desc.literal == strings_->await_string()) {
      ReportError("Unexpected reserved word", desc.beg_pos, desc.end_pos);
      return FailureExpression();
    }
    if (!ValidateIdentifier(desc, false)) return FailureExpression();
    name = desc.literal;
    name_position = desc.beg_pos;
  }
  return ParseFunctionLiteral(name, name_position, kind,
                              name != nullptr ? FunctionLiteral::SyntaxKind::kNamedExpression
                                              : FunctionLiteral::SyntaxKind::kAnonymousExpression,
                              pos);
}

Expression* Parser::ParseClassExpression() {
  int pos = peek_position();
  Next();  // class
  const AstString* name = nullptr;
  int name_position = pos;
  if (peek() == Token::kIdentifier) {
    Next();
    const TokenDesc desc = lexer_.current();
    bool saved_strict = scope_->is_strict();
    scope_->set_strict(true);
    bool valid = ValidateIdentifier(desc, true);
    scope_->set_strict(saved_strict);
    if (!valid) return FailureExpression();
    name = desc.literal;
    name_position = desc.beg_pos;
  }
  return ParseClassLiteral(name, name_position, pos);
}

Expression* Parser::ParseArrayLiteral() {
  int pos = peek_position();
  Next();  // [
  ArrayLiteral* array = arena_->New<ArrayLiteral>(pos);
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  while (peek() != Token::kRightBracket && peek() != Token::kEos) {
    if (peek() == Token::kComma) {
      Next();
      array->values().Add(arena_->New<Literal>(position(), Literal::Type::kTheHole), arena_);
      continue;
    }
    Expression* element;
    int element_start = peek_position();
    if (peek() == Token::kEllipsis) {
      Next();
      int spread_position = position();
      int argument_start = peek_position();
      Expression* argument = ParseAssignmentExpression();
      RecordElementRange(argument, argument_start);
      element = arena_->New<Spread>(spread_position, argument);
      if (peek() == Token::kComma && array->rest_trailing_comma_position() < 0) {
        array->set_rest_trailing_comma_position(spread_position);
      }
    } else {
      element = ParseAssignmentExpression();
    }
    RecordElementRange(element, element_start);
    array->values().Add(element, arena_);
    if (peek() != Token::kRightBracket) {
      Expect(Token::kComma);
    }
  }
  accept_in_ = saved_accept_in;
  Expect(Token::kRightBracket);
  return array;
}

Expression* Parser::ParsePropertyName(bool* is_computed, const AstString** literal_name,
                                      bool allow_private) {
  *is_computed = false;
  *literal_name = nullptr;
  Token::Value token = peek();
  int pos = peek_position();
  switch (token) {
    case Token::kString: {
      Next();
      const TokenDesc& desc = lexer_.current();
      if (desc.legacy_octal && is_strict()) {
        ReportError("Octal escape sequences are not allowed in strict mode.", desc.octal_position,
                    desc.octal_position + 2);
        return FailureExpression();
      }
      *literal_name = desc.literal;
      return NewStringLiteral(desc.literal, pos);
    }
    case Token::kNumber: {
      Next();
      const TokenDesc& desc = lexer_.current();
      if (desc.legacy_octal && is_strict()) {
        ReportError("Octal literals are not allowed in strict mode.", desc.beg_pos, desc.end_pos);
        return FailureExpression();
      }
      return arena_->New<Literal>(pos, desc.number);
    }
    case Token::kBigInt:
      Next();
      ReportError("BigInt literals are not supported yet", pos, end_position());
      return FailureExpression();
    case Token::kLeftBracket: {
      Next();
      *is_computed = true;
      bool saved_accept_in = accept_in_;
      accept_in_ = true;
      Expression* key = ParseAssignmentExpressionChecked();
      accept_in_ = saved_accept_in;
      Expect(Token::kRightBracket);
      return key;
    }
    case Token::kPrivateName: {
      if (!allow_private) break;
      Next();
      const TokenDesc& desc = lexer_.current();
      *literal_name = desc.literal;
      VariableProxy* proxy = NewProxy(desc.literal, pos);
      proxy->set_is_private_name();
      return proxy;
    }
    default:
      break;
  }
  if (token == Token::kIdentifier || Token::IsKeyword(token)) {
    Next();
    const AstString* name = token == Token::kIdentifier
                                ? lexer_.current().literal
                                : strings_->InternAscii(Token::String(token));
    *literal_name = name;
    return NewStringLiteral(name, pos);
  }
  ReportUnexpectedPeek();
  return FailureExpression();
}

Expression* Parser::ParseObjectLiteral() {
  int pos = peek_position();
  Next();  // {
  ObjectLiteral* object = arena_->New<ObjectLiteral>(pos);
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  bool has_proto = false;
  auto is_modifier_end = [](Token::Value next) {
    return next == Token::kLeftParen || next == Token::kComma || next == Token::kColon ||
           next == Token::kRightBrace || next == Token::kAssign;
  };
  while (peek() != Token::kRightBrace && peek() != Token::kEos) {
    if (CheckStackOverflow()) break;
    int property_position = peek_position();
    if (Check(Token::kEllipsis)) {
      int value_start = peek_position();
      Expression* value = ParseAssignmentExpression();
      RecordElementRange(value, value_start);
      object->properties().Add(
          {ObjectLiteralProperty::Kind::kSpread, false, false, nullptr, value}, arena_);
    } else {
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
      Token::Value key_token = peek();
      const TokenDesc key_desc = lexer_.peek_desc();
      bool is_computed = false;
      const AstString* name = nullptr;
      Expression* key = ParsePropertyName(&is_computed, &name, false);
      if (has_error_) break;
      bool is_method = is_async || is_generator || is_getter || is_setter;
      if (is_method || peek() == Token::kLeftParen) {
        FunctionKind kind = FunctionKind::kConciseMethod;
        ObjectLiteralProperty::Kind property_kind = ObjectLiteralProperty::Kind::kMethod;
        if (is_getter) {
          kind = FunctionKind::kGetterFunction;
          property_kind = ObjectLiteralProperty::Kind::kGetter;
        } else if (is_setter) {
          kind = FunctionKind::kSetterFunction;
          property_kind = ObjectLiteralProperty::Kind::kSetter;
        } else if (is_async && is_generator) {
          kind = FunctionKind::kAsyncConciseGeneratorMethod;
        } else if (is_async) {
          kind = FunctionKind::kAsyncConciseMethod;
        } else if (is_generator) {
          kind = FunctionKind::kConciseGeneratorMethod;
        }
        if (peek() != Token::kLeftParen) {
          ReportUnexpectedPeek();
          break;
        }
        FunctionLiteral* method = ParseFunctionLiteral(
            nullptr, key->position(), kind, FunctionLiteral::SyntaxKind::kMethod, property_position);
        method->set_inferred_name(name);
        object->properties().Add({property_kind, is_computed, false, key, method}, arena_);
      } else if (Check(Token::kColon)) {
        int value_start = peek_position();
        Expression* value = ParseAssignmentExpression();
        RecordElementRange(value, value_start);
        ObjectLiteralProperty::Kind property_kind = ObjectLiteralProperty::Kind::kValue;
        if (!is_computed && name == strings_->proto_string()) {
          if (has_proto) {
            ReportError("Duplicate __proto__ fields are not allowed in object literals",
                        key->position(), key->position() + 9);
            break;
          }
          has_proto = true;
          property_kind = ObjectLiteralProperty::Kind::kProto;
        } else if (!is_computed && name != nullptr) {
          InferName(value, name);
        }
        object->properties().Add({property_kind, is_computed, false, key, value}, arena_);
      } else {
        // Shorthand `x` or CoverInitializedName `x = 1`.
        if (key_token != Token::kIdentifier) {
          ReportUnexpectedToken(key_token, key_desc);
          break;
        }
        if (!ValidateIdentifier(key_desc, false)) break;
        if (key_desc.literal == strings_->yield_string() && is_strict()) {
          ReportError("Unexpected strict mode reserved word", key_desc.beg_pos, key_desc.end_pos);
          break;
        }
        VariableProxy* proxy = NewProxy(name, key_desc.beg_pos);
        Expression* value = proxy;
        if (peek() == Token::kAssign) {
          Next();
          int assign_position = position();
          Expression* initializer = ParseAssignmentExpressionChecked();
          InferName(initializer, name);
          value = arena_->New<Assignment>(assign_position, Token::kAssign, proxy, initializer);
          if (cover_initialized_name_position_ < 0) {
            cover_initialized_name_position_ = assign_position;
          }
        }
        object->properties().Add(
            {ObjectLiteralProperty::Kind::kValue, false, true, key, value}, arena_);
      }
    }
    if (peek() != Token::kRightBrace) Expect(Token::kComma);
  }
  accept_in_ = saved_accept_in;
  Expect(Token::kRightBrace);
  return object;
}

Expression* Parser::ParseTemplateLiteral(Expression* tag, int start) {
  int pos = peek_position();
  TemplateLiteral* literal = arena_->New<TemplateLiteral>(pos);
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  for (;;) {
    Token::Value token = Next();
    if (token != Token::kTemplateSpan && token != Token::kTemplateTail) break;
    const TokenDesc& desc = lexer_.current();
    if (desc.literal == nullptr && tag == nullptr) {
      ReportError(desc.invalid_escape_message, desc.invalid_escape_position,
                  desc.invalid_escape_end);
      break;
    }
    literal->cooked_strings().Add(desc.literal, arena_);
    literal->raw_strings().Add(desc.raw, arena_);
    if (token == Token::kTemplateTail) break;
    Expression* substitution = ParseExpression();
    literal->substitutions().Add(substitution, arena_);
    if (has_error_) break;
    if (lexer_.peek() != Token::kRightBrace) {
      if (lexer_.peek() == Token::kEos || lexer_.peek() == Token::kIllegal) {
        ReportUnexpectedPeek();
      } else {
        ReportError("Missing } in template expression", peek_position(), peek_end_position());
      }
      break;
    }
    lexer_.RescanTemplateContinuation();
    if (lexer_.peek() == Token::kIllegal) {
      ReportUnexpectedPeek();
      break;
    }
  }
  accept_in_ = saved_accept_in;
  if (has_error_) return FailureExpression();
  if (tag != nullptr) return arena_->New<TaggedTemplate>(start, tag, literal);
  return literal;
}

void Parser::ParseArguments(ExpressionList* arguments, bool* has_spread) {
  Expect(Token::kLeftParen);
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  while (peek() != Token::kRightParen && peek() != Token::kEos) {
    if (peek() == Token::kEllipsis) {
      Next();
      int pos = position();
      *has_spread = true;
      arguments->Add(arena_->New<Spread>(pos, ParseAssignmentExpression()), arena_);
    } else {
      arguments->Add(ParseAssignmentExpression(), arena_);
    }
    if (has_error_) break;
    if (peek() != Token::kRightParen) {
      if (peek() != Token::kComma) {
        if (lexer_.peek() == Token::kEos || lexer_.peek() == Token::kIllegal) {
          ReportUnexpectedPeek();
        } else {
          ReportError("missing ) after argument list", peek_position(), peek_end_position());
        }
        break;
      }
      Next();
    }
  }
  accept_in_ = saved_accept_in;
  Expect(Token::kRightParen);
}

// ---------------------------------------------------------------------------
// Arrow functions

Expression* Parser::ParseArrowFunction(int start, Expression* formals, bool is_async) {
  // Collect the parameter expressions from the cover grammar.
  std::vector<Expression*> elements;
  if (formals == empty_parentheses_) {
    // no parameters
  } else if (is_async && formals->IsCall()) {
    for (Expression* argument : formals->AsCall()->arguments()) elements.push_back(argument);
  } else if (formals->is_parenthesized_twice()) {
    ReportError("Invalid destructuring assignment target", formals->position(),
                formals->position() + 1);
    return FailureExpression();
  } else if (formals->is_parenthesized()) {
    std::vector<Expression*> reversed;
    Expression* current = formals;
    while (current->IsBinaryOperation() && current->AsBinaryOperation()->op() == Token::kComma &&
           (current == formals || !current->is_parenthesized())) {
      reversed.push_back(current->AsBinaryOperation()->right());
      current = current->AsBinaryOperation()->left();
    }
    reversed.push_back(current);
    elements.assign(reversed.rbegin(), reversed.rend());
  } else if (formals->IsVariableProxy()) {
    elements.push_back(formals);
  } else {
    ReportError("Malformed arrow function parameter list", start, end_position());
    return FailureExpression();
  }
  if (formals->IsVariableProxy() && !formals->is_parenthesized()) {
    const AstString* name = formals->AsVariableProxy()->name();
    if (is_strict() && IsEvalOrArguments(name)) {
      ReportError("Unexpected eval or arguments in strict mode", formals->position(),
                  formals->AsVariableProxy()->end_position());
      return FailureExpression();
    }
  }

  Scope* scope = NewScope(ScopeType::kFunction);
  scope->set_start_position(start);
  FunctionLiteral* literal = NewFunctionLiteral(
      is_async ? FunctionKind::kAsyncArrowFunction : FunctionKind::kArrowFunction,
      FunctionLiteral::SyntaxKind::kAnonymousExpression, scope, start);
  bool simple = true;
  int expected_length = -1;
  for (size_t i = 0; i < elements.size(); i++) {
    Expression* element = elements[i];
    Expression* target = element;
    Expression* initializer = nullptr;
    bool is_rest = false;
    if (Spread* spread = element->AsSpread()) {
      if (i + 1 != elements.size()) {
        ReportError("Rest parameter must be last formal parameter", element->position(),
                    end_position());
        return FailureExpression();
      }
      is_rest = true;
      target = spread->expression();
    } else if (Assignment* assignment = element->AsAssignment()) {
      if (assignment->op() != Token::kAssign ||
          (element->is_parenthesized() && element != formals)) {
        ReportError("Invalid destructuring assignment target", element->position(),
                    element->position() + 1);
        return FailureExpression();
      }
      target = assignment->target();
      initializer = assignment->value();
    }
    if (target->IsVariableProxy()) {
      VariableProxy* proxy = target->AsVariableProxy();
      // NOTE: `(a) => 1` parenthesizes the single parameter itself, so the
      // head's own parentheses are allowed (`((a)) => 1` was refused above).
      bool parenthesized = target->is_parenthesized() && target != formals;
      if (parenthesized || proxy->is_this() || proxy->is_new_target()) {
        ReportError("Invalid destructuring assignment target", target->position(),
                    proxy->end_position());
        return FailureExpression();
      }
    } else if ((target->IsObjectLiteral() || target->IsArrayLiteral()) &&
               (!target->is_parenthesized() || target == formals)) {
      if (!RewriteAsPattern(target, true)) return FailureExpression();
    } else {
      ReportError("Invalid destructuring assignment target", target->position(),
                  target->position() + 1);
      return FailureExpression();
    }
    if (is_rest || initializer != nullptr || !target->IsVariableProxy()) simple = false;
    if ((is_rest || initializer != nullptr) && expected_length < 0) {
      expected_length = static_cast<int>(i);
    }
    literal->parameters().Add({target, initializer, is_rest, element->position()}, arena_);
    if (is_rest) scope->set_has_rest_parameter(true);
  }
  literal->set_expected_length(expected_length < 0 ? static_cast<int>(elements.size())
                                                   : expected_length);
  scope->set_has_simple_parameters(simple);
  const ArenaVector<Parameter>& parameters = literal->parameters();
  for (int i = 0; i < parameters.size(); ++i) {
    std::vector<VariableProxy*> names;
    CollectBoundNames(parameters[i].target, &names);
    for (VariableProxy* proxy : names) {
      if (is_async && proxy->name() == strings_->await_string()) {
        ReportError("Unexpected reserved word", proxy->position(), proxy->end_position());
        return FailureExpression();
      }
      Variable* var = scope->LookupLocal(proxy->name());
      if (var == nullptr) {
        var = scope->Declare(arena_, proxy->name(), VariableMode::kParameter,
                             VariableKind::kNormal, proxy->position());
      }
      if (!simple) var->set_initializer_end_position(ParameterEnd(parameters, i, end_position()));
      scope->AddParameter(arena_, var);
    }
  }
  if (peek() != Token::kArrow) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  Next();  // =>

  FunctionState state;
  state.outer = function_state_;
  state.literal = literal;
  state.scope = scope;
  state.kind = literal->function_kind();
  Scope* outer_scope = scope_;
  function_state_ = &state;
  scope_ = scope;
  int saved_cover = cover_initialized_name_position_;
  cover_initialized_name_position_ = -1;
  if (peek() == Token::kLeftBrace) {
    Next();
    bool saved_accept_in = accept_in_;
    accept_in_ = true;
    ParseFunctionBodyStatements(literal, scope);
    accept_in_ = saved_accept_in;
    Expect(Token::kRightBrace);
  } else {
    int body_position = peek_position();
    Expression* body = ParseAssignmentExpressionChecked();
    literal->body().Add(arena_->New<ReturnStatement>(body_position, body), arena_);
    literal->set_is_concise_arrow();
  }
  cover_initialized_name_position_ = saved_cover;
  literal->set_positions(start, end_position());
  scope->set_end_position(end_position());
  if (!has_error_) ValidateParameters(literal, scope, false, -1);
  function_state_ = state.outer;
  scope_ = outer_scope;
  last_async_call_ = nullptr;
  // An arrow function is not a callee or an operand without parentheses.
  // (On a new line, ASI ends the statement instead.)
  if ((peek() == Token::kLeftParen || peek() == Token::kPeriod ||
       peek() == Token::kLeftBracket || peek() == Token::kTemplateSpan ||
       peek() == Token::kTemplateTail) &&
      !PeekIsLineTerminated()) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  return literal;
}

// ---------------------------------------------------------------------------
// Patterns

Expression* Parser::ParseBindingTarget() {
  if (CheckStackOverflow()) return FailureExpression();
  if (peek() == Token::kLeftBracket || peek() == Token::kLeftBrace) return ParseBindingPattern();
  if (peek() != Token::kIdentifier) {
    ReportUnexpectedPeek();
    return FailureExpression();
  }
  Next();
  const TokenDesc desc = lexer_.current();
  if (!ValidateIdentifier(desc, true)) return FailureExpression();
  if (desc.literal == strings_->yield_string() && is_strict()) {
    ReportError("Unexpected strict mode reserved word", desc.beg_pos, desc.end_pos);
    return FailureExpression();
  }
  VariableProxy* proxy = NewProxy(desc.literal, desc.beg_pos);
  proxy->set_end_position(desc.end_pos);
  return proxy;
}

Expression* Parser::ParseBindingElement() {
  Expression* target = ParseBindingTarget();
  if (peek() == Token::kAssign) {
    Next();
    int pos = position();
    Expression* initializer = ParseAssignmentExpressionChecked();
    if (VariableProxy* proxy = target->AsVariableProxy()) InferName(initializer, proxy->name());
    return arena_->New<Assignment>(pos, Token::kAssign, target, initializer);
  }
  return target;
}

Expression* Parser::ParseBindingPattern() {
  int pos = peek_position();
  bool saved_accept_in = accept_in_;
  accept_in_ = true;
  if (Check(Token::kLeftBracket)) {
    ArrayLiteral* array = arena_->New<ArrayLiteral>(pos);
    array->set_is_pattern();
    while (peek() != Token::kRightBracket && peek() != Token::kEos) {
      if (Check(Token::kComma)) {
        array->values().Add(arena_->New<Literal>(position(), Literal::Type::kTheHole), arena_);
        continue;
      }
      if (Check(Token::kEllipsis)) {
        int spread_position = position();
        Expression* target = ParseBindingTarget();
        array->values().Add(arena_->New<Spread>(spread_position, target), arena_);
        if (peek() != Token::kRightBracket) {
          ReportError("Rest element must be last element", spread_position, end_position());
          break;
        }
        break;
      }
      array->values().Add(ParseBindingElement(), arena_);
      if (peek() != Token::kRightBracket) Expect(Token::kComma);
    }
    Expect(Token::kRightBracket);
    accept_in_ = saved_accept_in;
    return array;
  }
  Expect(Token::kLeftBrace);
  ObjectLiteral* object = arena_->New<ObjectLiteral>(pos);
  object->set_is_pattern();
  while (peek() != Token::kRightBrace && peek() != Token::kEos) {
    if (Check(Token::kEllipsis)) {
      if (peek() == Token::kLeftBrace || peek() == Token::kLeftBracket) {
        // V8 parses the pattern, then names the rule it breaks.
        int start = peek_position();
        ParseBindingTarget();
        if (has_error_) break;
        ReportError("`...` must be followed by an identifier in declaration contexts", start,
                    end_position());
        break;
      }
      if (peek() != Token::kIdentifier) {
        ReportUnexpectedPeek();
        break;
      }
      int target_start = peek_position();
      Expression* target = ParseBindingTarget();
      int target_end = end_position();
      if (peek() == Token::kPeriod) {
        // `let {...a.b}`: V8 parses the member expression, then refuses it.
        ParseMemberExpressionContinuation(target, target_start);
        if (has_error_) break;
        ReportError("Illegal property in declaration context", target_start, end_position());
        break;
      }
      object->properties().Add(
          {ObjectLiteralProperty::Kind::kSpread, false, false, nullptr, target}, arena_);
      if (peek() != Token::kRightBrace) {
        ReportError("Rest element must be last element", target_start, target_end);
        break;
      }
      break;
    }
    Token::Value key_token = peek();
    const TokenDesc key_desc = lexer_.peek_desc();
    bool is_computed = false;
    const AstString* name = nullptr;
    Expression* key = ParsePropertyName(&is_computed, &name, false);
    if (has_error_) break;
    if (Check(Token::kColon)) {
      Expression* value = ParseBindingElement();
      object->properties().Add({ObjectLiteralProperty::Kind::kValue, is_computed, false, key, value},
                               arena_);
    } else {
      if (key_token != Token::kIdentifier) {
        ReportUnexpectedToken(key_token, key_desc);
        break;
      }
      if (!ValidateIdentifier(key_desc, true)) break;
      VariableProxy* proxy = NewProxy(name, key_desc.beg_pos);
      proxy->set_end_position(key_desc.end_pos);
      Expression* value = proxy;
      if (Check(Token::kAssign)) {
        int assign_position = position();
        Expression* initializer = ParseAssignmentExpressionChecked();
        InferName(initializer, name);
        value = arena_->New<Assignment>(assign_position, Token::kAssign, proxy, initializer);
      }
      object->properties().Add({ObjectLiteralProperty::Kind::kValue, false, true, key, value},
                               arena_);
    }
    if (peek() != Token::kRightBrace) Expect(Token::kComma);
  }
  Expect(Token::kRightBrace);
  accept_in_ = saved_accept_in;
  return object;
}

bool Parser::IsValidSimpleAssignmentTarget(Expression* expression) const {
  if (VariableProxy* proxy = expression->AsVariableProxy()) {
    return !proxy->is_this() && !proxy->is_new_target() && !proxy->is_private_name();
  }
  if (Property* property = expression->AsProperty()) return !property->optional();
  return false;
}

// The source offset where `expression` starts (binary nodes sit at their
// operator), for error carets.
static int StartPosition(Expression* expression) {
  switch (expression->kind()) {
    case AstNode::Kind::kBinaryOperation:
      return StartPosition(expression->AsBinaryOperation()->left());
    case AstNode::Kind::kCompareOperation:
      return StartPosition(expression->AsCompareOperation()->left());
    case AstNode::Kind::kAssignment:
      return StartPosition(expression->AsAssignment()->target());
    case AstNode::Kind::kConditional:
      return StartPosition(expression->AsConditional()->condition());
    case AstNode::Kind::kProperty:
      return StartPosition(expression->AsProperty()->object());
    case AstNode::Kind::kCall:
      return expression->AsCall()->callee_start();
    case AstNode::Kind::kCountOperation:
      if (expression->AsCountOperation()->is_postfix()) {
        return StartPosition(expression->AsCountOperation()->expression());
      }
      return expression->position();
    default:
      return expression->position();
  }
}

// Validates one element of a pattern being rewritten from an expression.
bool Parser::ValidateAssignmentTarget(Expression* expression, bool binding, const char* message) {
  if (Assignment* assignment = expression->AsAssignment()) {
    if (assignment->op() != Token::kAssign || expression->is_parenthesized()) {
      ReportInvalidTarget(message, expression, expression->position());
      return false;
    }
    return ValidateAssignmentTarget(assignment->target(), binding, message);
  }
  if ((expression->IsObjectLiteral() || expression->IsArrayLiteral()) &&
      !expression->is_parenthesized()) {
    return RewriteAsPattern(expression, binding);
  }
  if (VariableProxy* proxy = expression->AsVariableProxy()) {
    if (proxy->is_this() || proxy->is_new_target() || proxy->is_private_name() ||
        (binding && expression->is_parenthesized())) {
      ReportError(message, expression->position(), proxy->end_position());
      return false;
    }
    if (is_strict() && IsEvalOrArguments(proxy->name())) {
      ReportError("Unexpected eval or arguments in strict mode", proxy->position(),
                  proxy->end_position());
      return false;
    }
    return true;
  }
  if (expression->IsProperty() && IsValidSimpleAssignmentTarget(expression)) {
    if (binding) {
      ReportError("Illegal property in declaration context", expression->position(),
                  expression->position() + 1);
      return false;
    }
    return true;
  }
  ReportInvalidTarget(message, expression, StartPosition(expression));
  return false;
}

// V8 underlines the whole element (`[a + 1] = []`: "a + 1"); an element not
// recorded gets a one-character caret.
void Parser::ReportInvalidTarget(const char* message, const Expression* expression, int fallback_start) {
  auto it = literal_element_ranges_.find(expression);
  if (it != literal_element_ranges_.end()) {
    ReportError(message, it->second.first, it->second.second);
  } else {
    ReportError(message, fallback_start, fallback_start + 1);
  }
}

bool Parser::RewriteAsPattern(Expression* expression, bool binding) {
  const char* invalid = "Invalid destructuring assignment target";
  if (ObjectLiteral* object = expression->AsObjectLiteral()) {
    int count = object->properties().size();
    for (int i = 0; i < count; i++) {
      ObjectLiteralProperty& property = object->properties()[i];
      switch (property.kind) {
        case ObjectLiteralProperty::Kind::kSpread:
          if (i + 1 != count) {
            ReportError("Rest element must be last element", property.value->position(),
                        property.value->position() + 1);
            return false;
          }
          if (!property.value->IsVariableProxy() && !(property.value->IsProperty() && !binding) &&
              (binding || property.value->IsObjectLiteral() || property.value->IsArrayLiteral())) {
            ReportInvalidTarget("`...` must be followed by an assignable reference in assignment contexts",
                                property.value, property.value->position());
            return false;
          }
          if (!ValidateAssignmentTarget(property.value, binding, invalid)) return false;
          break;
        case ObjectLiteralProperty::Kind::kValue:
        case ObjectLiteralProperty::Kind::kProto:
          property.kind = ObjectLiteralProperty::Kind::kValue;
          if (!ValidateAssignmentTarget(property.value, binding, invalid)) return false;
          break;
        default:
          ReportError(invalid, property.value->position(), property.value->position() + 1);
          return false;
      }
    }
    object->set_is_pattern();
    MarkAssigned(object);
    return true;
  }
  ArrayLiteral* array = expression->AsArrayLiteral();
  int count = array->values().size();
  for (int i = 0; i < count; i++) {
    Expression* element = array->values()[i];
    if (element->IsLiteral() && element->AsLiteral()->IsTheHole()) continue;
    if (Spread* spread = element->AsSpread()) {
      if (i + 1 != count || array->rest_trailing_comma_position() >= 0) {
        ReportInvalidTarget("Rest element must be last element", element, element->position());
        return false;
      }
      if (spread->expression()->IsAssignment()) {
        ReportError(invalid, spread->expression()->position(),
                    spread->expression()->position() + 1);
        return false;
      }
      if (!ValidateAssignmentTarget(spread->expression(), binding, invalid)) return false;
      continue;
    }
    if (!ValidateAssignmentTarget(element, binding, invalid)) return false;
  }
  array->set_is_pattern();
  MarkAssigned(array);
  return true;
}

void Parser::MarkAssigned(Expression* target) {
  if (VariableProxy* proxy = target->AsVariableProxy()) {
    proxy->set_is_assigned();
  } else if (Assignment* assignment = target->AsAssignment()) {
    MarkAssigned(assignment->target());
  } else if (Spread* spread = target->AsSpread()) {
    MarkAssigned(spread->expression());
  } else if (ArrayLiteral* array = target->AsArrayLiteral()) {
    if (!array->is_pattern()) return;
    for (Expression* value : array->values()) MarkAssigned(value);
  } else if (ObjectLiteral* object = target->AsObjectLiteral()) {
    if (!object->is_pattern()) return;
    for (ObjectLiteralProperty& property : object->properties()) MarkAssigned(property.value);
  }
}

void Parser::InferName(Expression* value, const AstString* name) {
  if (value == nullptr || name == nullptr) return;
  if (FunctionLiteral* function = value->AsFunctionLiteral()) {
    if (function->name() == nullptr && function->inferred_name() == nullptr) {
      function->set_inferred_name(name);
    }
  } else if (ClassLiteral* literal = value->AsClassLiteral()) {
    if (literal->name() == nullptr && literal->inferred_name() == nullptr) {
      literal->set_inferred_name(name);
      if (literal->constructor() != nullptr && literal->constructor()->name() == nullptr) {
        literal->constructor()->set_inferred_name(name);
      }
    }
  }
}

bool Parser::AcceptCallAsTarget(Expression* expression, Call::InvalidTarget kind) {
  Call* call = expression->AsCall();
  if (call == nullptr || call->optional() || call->runtime_function_name() != nullptr) {
    return false;
  }
  call->set_invalid_target(kind);
  return true;
}

void Parser::RecordYieldOrAwait(int position, bool is_await) {
  function_state_->yield_await_count++;
  function_state_->last_yield_await_position = position;
  function_state_->last_was_await = is_await;
}

Expression* Parser::CheckSimpleTargetForUpdate(Expression* expression, int position) {
  (void)position;
  return expression;
}

}  // namespace lucid
