// Copyright the Lucid authors. MIT license.

#include "vm/interpreter/call_printer.h"

#include <charconv>
#include <cmath>

#include "parser/ast.h"

namespace lucid {

namespace {

constexpr const char16_t* kIntermediate = u"(intermediate value)";

std::u16string Ascii(const std::string& s) { return std::u16string(s.begin(), s.end()); }

std::string NumberText(double n) {
  if (std::isnan(n)) return "NaN";
  if (std::isinf(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n == std::trunc(n) && std::fabs(n) < 1e21) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(n));
    return std::string(buf, r.ptr);
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  return std::string(buf, r.ptr);
}

class Printer {
 public:
  std::u16string Print(const Expression* e) {
    Visit(e, /*print=*/true);
    return out_;
  }

 private:
  // V8's Find(node, print): a node that prints nothing is
  // "(intermediate value)"; with print false it always is.
  void Visit(const Expression* e, bool print) {
    size_t before = out_.size();
    if (print && e != nullptr && depth_ < 64) {
      depth_++;
      VisitNode(e);
      depth_--;
    }
    if (out_.size() == before) out_ += kIntermediate;
  }

  void VisitNode(const Expression* e) {
    switch (e->kind()) {
      case AstNode::Kind::kLiteral:
        return PrintLiteral(static_cast<const Literal*>(e));
      case AstNode::Kind::kVariableProxy: {
        auto* proxy = static_cast<const VariableProxy*>(e);
        if (proxy->is_this()) {
          out_ += u"this";
        } else if (proxy->is_new_target()) {
          out_ += u".new.target";
        } else {
          out_ += proxy->name()->view();
        }
        return;
      }
      case AstNode::Kind::kProperty: {
        auto* p = static_cast<const Property*>(e);
        Visit(p->object(), !p->object()->IsSuperPropertyReference());
        const Literal* key = p->key()->AsLiteral();
        if (p->type() == Property::Type::kPrivate) {
          out_ += u".";
          out_ += static_cast<const VariableProxy*>(p->key())->name()->view();
        } else if (key != nullptr && key->IsString() && !IsArrayIndex(key)) {
          out_ += u".";
          out_ += key->string()->view();
        } else {
          out_ += u"[";
          Visit(p->key(), true);
          out_ += u"]";
        }
        return;
      }
      case AstNode::Kind::kCall: {
        auto* c = static_cast<const Call*>(e);
        Visit(c->callee(), true);
        out_ += u"(...)";
        return;
      }
      case AstNode::Kind::kTaggedTemplate: {
        Visit(static_cast<const TaggedTemplate*>(e)->tag(), true);
        out_ += u"(...)";
        return;
      }
      case AstNode::Kind::kCallNew:
        Visit(static_cast<const CallNew*>(e)->callee(), false);
        return;
      case AstNode::Kind::kUnaryOperation: {
        auto* u = static_cast<const UnaryOperation*>(e);
        const Literal* operand = u->expression()->AsLiteral();
        if (u->op() == Token::kSub && operand != nullptr && operand->IsNumber()) {
          out_ += Ascii(NumberText(-operand->number()));  // V8 folds -1 into a literal
          return;
        }
        out_ += u"(";
        out_ += Ascii(Token::String(u->op()));
        if (u->op() == Token::kTypeof || u->op() == Token::kVoid || u->op() == Token::kDelete) out_ += u" ";
        Visit(u->expression(), true);
        out_ += u")";
        return;
      }
      case AstNode::Kind::kCountOperation: {
        auto* c = static_cast<const CountOperation*>(e);
        out_ += u"(";
        if (c->is_prefix()) out_ += Ascii(Token::String(c->op()));
        Visit(c->expression(), true);
        if (c->is_postfix()) out_ += Ascii(Token::String(c->op()));
        out_ += u")";
        return;
      }
      case AstNode::Kind::kBinaryOperation: {
        auto* b = static_cast<const BinaryOperation*>(e);
        return PrintBinary(b->op(), b->left(), b->right());
      }
      case AstNode::Kind::kCompareOperation: {
        auto* b = static_cast<const CompareOperation*>(e);
        return PrintBinary(b->op(), b->left(), b->right());
      }
      case AstNode::Kind::kConditional: {
        auto* c = static_cast<const Conditional*>(e);
        Visit(c->condition(), false);
        Visit(c->then_expression(), false);
        Visit(c->else_expression(), false);
        return;
      }
      case AstNode::Kind::kAssignment:
        Visit(static_cast<const Assignment*>(e)->target(), true);
        return;
      case AstNode::Kind::kObjectLiteral: {
        out_ += u"{";
        for (const ObjectLiteralProperty& p : static_cast<const ObjectLiteral*>(e)->properties()) {
          Visit(p.value, false);
        }
        out_ += u"}";
        return;
      }
      case AstNode::Kind::kArrayLiteral: {
        out_ += u"[";
        bool first = true;
        for (const Expression* v : static_cast<const ArrayLiteral*>(e)->values()) {
          if (!first) out_ += u",";
          first = false;
          Visit(v, true);
        }
        out_ += u"]";
        return;
      }
      default:
        return;  // "(intermediate value)"
    }
  }

  void PrintBinary(Token::Value op, const Expression* left, const Expression* right) {
    // V8's parser folds arithmetic on two number literals (`1 + 2` is 3).
    const Literal* l = left->AsLiteral();
    const Literal* r = right->AsLiteral();
    if (l != nullptr && r != nullptr && l->IsNumber() && r->IsNumber() &&
        (op == Token::kAdd || op == Token::kSub || op == Token::kMul || op == Token::kDiv)) {
      double a = l->number(), b = r->number();
      double v = op == Token::kAdd ? a + b : op == Token::kSub ? a - b : op == Token::kMul ? a * b : a / b;
      out_ += Ascii(NumberText(v));
      return;
    }
    out_ += u"(";
    Visit(left, true);
    out_ += u" ";
    out_ += Ascii(Token::String(op));
    out_ += u" ";
    Visit(right, true);
    out_ += u")";
  }

  void PrintLiteral(const Literal* l) {
    switch (l->type()) {
      case Literal::Type::kUndefined: out_ += u"undefined"; return;
      case Literal::Type::kNull: out_ += u"null"; return;
      case Literal::Type::kTrue: out_ += u"true"; return;
      case Literal::Type::kFalse: out_ += u"false"; return;
      case Literal::Type::kNumber: out_ += Ascii(NumberText(l->number())); return;
      case Literal::Type::kString:
        out_ += u"\"";
        out_ += l->string()->view();
        out_ += u"\"";
        return;
      case Literal::Type::kTheHole: return;
    }
  }

  static bool IsArrayIndex(const Literal* key) {
    std::u16string_view s = key->string()->view();
    if (s.empty() || s.size() > 10) return false;
    if (s.size() > 1 && s[0] == u'0') return false;
    for (char16_t c : s) {
      if (c < u'0' || c > u'9') return false;
    }
    return true;
  }

  std::u16string out_;
  int depth_ = 0;
};

}  // namespace

std::u16string PrintExpressionForError(const Expression* expr) { return Printer().Print(expr); }

IteratorErrorForm IteratorErrorFormOf(const Expression* expr, std::u16string* text) {
  switch (expr->kind()) {
    case AstNode::Kind::kLiteral:
    case AstNode::Kind::kVariableProxy:
    case AstNode::Kind::kUnaryOperation:
    case AstNode::Kind::kConditional:
    case AstNode::Kind::kObjectLiteral:
    case AstNode::Kind::kArrayLiteral:
    case AstNode::Kind::kFunctionLiteral:
    case AstNode::Kind::kClassLiteral:
      *text = PrintExpressionForError(expr);
      return IteratorErrorForm::kFound;
    case AstNode::Kind::kCall: {
      // Only a plain `f()` is found (`o.f()`, `(0, f)()` and IIFEs are not).
      const Expression* callee = static_cast<const Call*>(expr)->callee();
      if (!callee->IsVariableProxy() || callee->is_parenthesized()) return IteratorErrorForm::kDefault;
      *text = PrintExpressionForError(callee);
      return IteratorErrorForm::kCall;
    }
    case AstNode::Kind::kCallNew:
      *text = PrintExpressionForError(static_cast<const CallNew*>(expr)->callee());
      return IteratorErrorForm::kCall;
    default:
      return IteratorErrorForm::kDefault;
  }
}

IteratorErrorForm IterableErrorFormOf(const Expression* expr, std::u16string* text) {
  if (const Call* call = expr->AsCall()) {
    *text = PrintExpressionForError(call->callee());
    return IteratorErrorForm::kCall;
  }
  if (const CallNew* call = expr->AsCallNew()) {
    *text = PrintExpressionForError(call->callee());
    return IteratorErrorForm::kCall;
  }
  *text = PrintExpressionForError(expr);
  return IteratorErrorForm::kFound;
}

}  // namespace lucid
