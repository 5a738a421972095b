// Copyright the Lucid authors. MIT license.

#include "parser/ast.h"

#include <charconv>
#include <cmath>
#include <string>

namespace lucid {

const char* AstNode::KindName(Kind kind) {
  switch (kind) {
#define LUCID_AST_KIND_NAME(Name) \
  case Kind::k##Name:             \
    return #Name;
    AST_NODE_LIST(LUCID_AST_KIND_NAME)
#undef LUCID_AST_KIND_NAME
  }
  return "?";
}

const char* DeclarationKindName(DeclarationKind kind) {
  switch (kind) {
    case DeclarationKind::kVar:
      return "var";
    case DeclarationKind::kLet:
      return "let";
    case DeclarationKind::kConst:
      return "const";
  }
  return "?";
}

const char* ObjectLiteralPropertyKindName(ObjectLiteralProperty::Kind kind) {
  switch (kind) {
    case ObjectLiteralProperty::Kind::kValue:
      return "value";
    case ObjectLiteralProperty::Kind::kMethod:
      return "method";
    case ObjectLiteralProperty::Kind::kGetter:
      return "getter";
    case ObjectLiteralProperty::Kind::kSetter:
      return "setter";
    case ObjectLiteralProperty::Kind::kSpread:
      return "spread";
    case ObjectLiteralProperty::Kind::kProto:
      return "__proto__";
  }
  return "?";
}

const char* ClassLiteralPropertyKindName(ClassLiteralProperty::Kind kind) {
  switch (kind) {
    case ClassLiteralProperty::Kind::kMethod:
      return "method";
    case ClassLiteralProperty::Kind::kGetter:
      return "getter";
    case ClassLiteralProperty::Kind::kSetter:
      return "setter";
    case ClassLiteralProperty::Kind::kField:
      return "field";
    case ClassLiteralProperty::Kind::kStaticBlock:
      return "static block";
  }
  return "?";
}

const char* FunctionKindName(FunctionKind kind) {
  switch (kind) {
#define LUCID_FUNCTION_KIND_NAME(name) \
  case FunctionKind::k##name:          \
    return #name;
    FUNCTION_KIND_LIST(LUCID_FUNCTION_KIND_NAME)
#undef LUCID_FUNCTION_KIND_NAME
  }
  return "?";
}

int ObjectLiteral::FastPropertyCount() const {
  int count = 0;
  for (const ObjectLiteralProperty& property : properties_) {
    if (property.is_computed_name || property.kind == ObjectLiteralProperty::Kind::kSpread) break;
    count++;
  }
  return count;
}

const AstString* FunctionLiteral::DisplayName(const AstStringTable* strings) const {
  if (name_ != nullptr) return name_;
  if (inferred_name_ != nullptr) return inferred_name_;
  return strings->empty_string();
}

const AstString* Property::name() const {
  const Literal* literal = key_->AsLiteral();
  return literal != nullptr ? literal->string() : nullptr;
}

static bool AnySpread(const ExpressionList& list) {
  for (const Expression* expression : list) {
    if (expression->IsSpread()) return true;
  }
  return false;
}

bool Call::HasSpread() const { return AnySpread(arguments_); }

const char* Call::InvalidTargetMessage() const {
  switch (invalid_target_) {
    case InvalidTarget::kNone:
      return nullptr;
    case InvalidTarget::kAssignment:
      return "Invalid left-hand side in assignment";
    case InvalidTarget::kPrefix:
      return "Invalid left-hand side expression in prefix operation";
    case InvalidTarget::kPostfix:
      return "Invalid left-hand side expression in postfix operation";
    case InvalidTarget::kForInOf:
      return "Invalid left-hand side in for-loop";
  }
  return nullptr;
}
bool CallNew::HasSpread() const { return AnySpread(arguments_); }
bool SuperCall::HasSpread() const { return AnySpread(arguments_); }

// ---------------------------------------------------------------------------
// Printing

namespace {

std::string NumberToString(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, result.ptr);
}

std::string Quote(const AstString* string) {
  std::string out = "\"";
  for (char c : string->ToUtf8()) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string DescribeResolution(const VariableProxy* proxy) {
  std::string out = " [";
  out += VariableLocationName(proxy->location());
  switch (proxy->location()) {
    case VariableLocation::kParameter:
      out += proxy->index() == Variable::kReceiverIndex ? " receiver"
                                                        : " " + std::to_string(proxy->index());
      break;
    case VariableLocation::kLocal:
      out += " r" + std::to_string(proxy->index());
      break;
    case VariableLocation::kContext:
    case VariableLocation::kScriptContext:
      out += " depth " + std::to_string(proxy->context_depth()) + " slot " +
             std::to_string(proxy->index());
      break;
    default:
      break;
  }
  if (proxy->needs_hole_check()) out += ", hole check";
  return out + "]";
}

class ExpressionPrinter {
 public:
  std::string Print(const Expression* e) {
    if (e == nullptr) return "<null>";
    switch (e->kind()) {
      case AstNode::Kind::kLiteral: {
        const Literal* literal = e->AsLiteral();
        switch (literal->type()) {
          case Literal::Type::kUndefined:
            return "undefined";
          case Literal::Type::kNull:
            return "null";
          case Literal::Type::kTrue:
            return "true";
          case Literal::Type::kFalse:
            return "false";
          case Literal::Type::kNumber:
            return NumberToString(literal->number());
          case Literal::Type::kString:
            return Quote(literal->string());
          case Literal::Type::kTheHole:
            return "<hole>";
        }
        return "?";
      }
      case AstNode::Kind::kRegExpLiteral: {
        const RegExpLiteral* regexp = e->AsRegExpLiteral();
        return "/" + regexp->pattern()->ToUtf8() + "/" + regexp->flags()->ToUtf8();
      }
      case AstNode::Kind::kTemplateLiteral: {
        const TemplateLiteral* literal = e->AsTemplateLiteral();
        std::string out = "`";
        for (int i = 0; i < literal->raw_strings().size(); i++) {
          out += literal->raw_strings()[i]->ToUtf8();
          if (i < literal->substitutions().size()) {
            out += "${" + Print(literal->substitutions()[i]) + "}";
          }
        }
        return out + "`";
      }
      case AstNode::Kind::kTaggedTemplate: {
        const TaggedTemplate* tagged = e->AsTaggedTemplate();
        return Print(tagged->tag()) + Print(tagged->template_literal());
      }
      case AstNode::Kind::kObjectLiteral: {
        const ObjectLiteral* object = e->AsObjectLiteral();
        std::string out = "{";
        bool first = true;
        for (const ObjectLiteralProperty& property : object->properties()) {
          if (!first) out += ", ";
          first = false;
          std::string key = property.key == nullptr ? ""
                            : property.is_computed_name ? "[" + Print(property.key) + "]"
                                                        : Print(property.key);
          switch (property.kind) {
            case ObjectLiteralProperty::Kind::kSpread:
              out += "..." + Print(property.value);
              break;
            case ObjectLiteralProperty::Kind::kMethod:
              out += key + "()";
              break;
            case ObjectLiteralProperty::Kind::kGetter:
              out += "get " + key;
              break;
            case ObjectLiteralProperty::Kind::kSetter:
              out += "set " + key;
              break;
            default:
              out += key + ": " + Print(property.value);
          }
        }
        return out + "}";
      }
      case AstNode::Kind::kArrayLiteral: {
        const ArrayLiteral* array = e->AsArrayLiteral();
        std::string out = "[";
        for (int i = 0; i < array->values().size(); i++) {
          if (i > 0) out += ", ";
          const Expression* value = array->values()[i];
          if (value->IsLiteral() && value->AsLiteral()->IsTheHole()) continue;
          out += Print(value);
        }
        return out + "]";
      }
      case AstNode::Kind::kFunctionLiteral: {
        const FunctionLiteral* function = e->AsFunctionLiteral();
        std::string name = function->name() != nullptr ? function->name()->ToUtf8() : "";
        if (function->is_arrow()) return "<arrow>";
        return "<function " + name + ">";
      }
      case AstNode::Kind::kClassLiteral: {
        const ClassLiteral* literal = e->AsClassLiteral();
        return "<class " + (literal->name() != nullptr ? literal->name()->ToUtf8() : "") + ">";
      }
      case AstNode::Kind::kVariableProxy:
        return e->AsVariableProxy()->name()->ToUtf8();
      case AstNode::Kind::kProperty: {
        const Property* property = e->AsProperty();
        std::string object = Print(property->object());
        std::string dot = property->optional() ? "?." : ".";
        switch (property->type()) {
          case Property::Type::kNamed:
            return object + dot + property->name()->ToUtf8();
          case Property::Type::kPrivate:
            return object + dot + property->key()->AsVariableProxy()->name()->ToUtf8();
          case Property::Type::kKeyed:
            return object + (property->optional() ? "?.[" : "[") + Print(property->key()) + "]";
        }
        return "?";
      }
      case AstNode::Kind::kOptionalChain:
        return "chain(" + Print(e->AsOptionalChain()->expression()) + ")";
      case AstNode::Kind::kCall: {
        const Call* call = e->AsCall();
        if (call->runtime_function_name() != nullptr) {
          return "%" + call->runtime_function_name()->ToUtf8() + "(" +
                 PrintList(call->arguments()) + ")";
        }
        return Print(call->callee()) + (call->optional() ? "?.(" : "(") +
               PrintList(call->arguments()) + ")";
      }
      case AstNode::Kind::kCallNew: {
        const CallNew* call = e->AsCallNew();
        return "new " + Print(call->callee()) + "(" + PrintList(call->arguments()) + ")";
      }
      case AstNode::Kind::kSuperCall:
        return "super(" + PrintList(e->AsSuperCall()->arguments()) + ")";
      case AstNode::Kind::kSuperPropertyReference:
        return "super";
      case AstNode::Kind::kSpread:
        return "..." + Print(e->AsSpread()->expression());
      case AstNode::Kind::kUnaryOperation: {
        const UnaryOperation* operation = e->AsUnaryOperation();
        std::string op = Token::String(operation->op());
        if (Token::IsKeyword(operation->op())) op += " ";
        return "(" + op + Print(operation->expression()) + ")";
      }
      case AstNode::Kind::kCountOperation: {
        const CountOperation* operation = e->AsCountOperation();
        std::string op = Token::String(operation->op());
        return operation->is_prefix() ? "(" + op + Print(operation->expression()) + ")"
                                      : "(" + Print(operation->expression()) + op + ")";
      }
      case AstNode::Kind::kBinaryOperation: {
        const BinaryOperation* operation = e->AsBinaryOperation();
        return "(" + Print(operation->left()) + " " + Token::String(operation->op()) + " " +
               Print(operation->right()) + ")";
      }
      case AstNode::Kind::kCompareOperation: {
        const CompareOperation* operation = e->AsCompareOperation();
        return "(" + Print(operation->left()) + " " + Token::String(operation->op()) + " " +
               Print(operation->right()) + ")";
      }
      case AstNode::Kind::kConditional: {
        const Conditional* conditional = e->AsConditional();
        return "(" + Print(conditional->condition()) + " ? " +
               Print(conditional->then_expression()) + " : " +
               Print(conditional->else_expression()) + ")";
      }
      case AstNode::Kind::kAssignment: {
        const Assignment* assignment = e->AsAssignment();
        return "(" + Print(assignment->target()) + " " + Token::String(assignment->op()) + " " +
               Print(assignment->value()) + ")";
      }
      case AstNode::Kind::kYield: {
        const Yield* yield = e->AsYield();
        return yield->expression() == nullptr ? "(yield)"
                                              : "(yield " + Print(yield->expression()) + ")";
      }
      case AstNode::Kind::kYieldStar:
        return "(yield* " + Print(e->AsYieldStar()->expression()) + ")";
      case AstNode::Kind::kAwait:
        return "(await " + Print(e->AsAwait()->expression()) + ")";
      default:
        return "?";
    }
  }

  std::string PrintList(const ExpressionList& list) {
    std::string out;
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) out += ", ";
      out += Print(list[i]);
    }
    return out;
  }
};

// The --print-ast tree: one node per line, two spaces per level.
class TreePrinter final : public AstVisitor<TreePrinter> {
 public:
  explicit TreePrinter(bool with_resolutions) : with_resolutions_(with_resolutions) {}

  std::string result() const { return out_; }

  void Line(const std::string& text) {
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }
  void Child(const char* label, AstNode* node) {
    if (node == nullptr) return;
    Line(label);
    depth_++;
    Visit(node);
    depth_--;
  }
  void Children(AstNode* node) {
    depth_++;
    Visit(node);
    depth_--;
  }
  void Statements(const char* label, const StatementList& list) {
    Line(label);
    depth_++;
    for (Statement* statement : list) Visit(statement);
    depth_--;
  }
  void PrintScope(const Scope* scope) {
    if (scope == nullptr || !with_resolutions_) return;
    std::string text = std::string("scope ") + ScopeTypeName(scope->type());
    if (scope->needs_context()) {
      text += " context(" + std::to_string(scope->num_context_slots()) + ")";
    }
    if (scope->is_closure_scope()) text += " locals(" + std::to_string(scope->num_stack_locals()) + ")";
    if (scope->is_strict()) text += " strict";
    Line(text);
    depth_++;
    for (const Variable* var : scope->variables()) {
      std::string description = std::string(VariableModeName(var->mode())) + " " +
                                var->name()->ToUtf8() + " -> " +
                                VariableLocationName(var->location());
      if (var->index() >= 0 || var->location() == VariableLocation::kParameter) {
        description += " " + std::to_string(var->index());
      }
      if (var->is_captured()) description += " captured";
      Line(description);
    }
    depth_--;
  }

  void VisitBlock(Block* node) {
    Line("Block");
    depth_++;
    PrintScope(node->scope());
    for (Statement* statement : node->statements()) Visit(statement);
    depth_--;
  }
  void VisitVariableDeclaration(VariableDeclaration* node) {
    Line(std::string("VariableDeclaration ") + DeclarationKindName(node->declaration_kind()));
    depth_++;
    for (Declarator& declarator : node->declarators()) {
      Visit(declarator.target);
      if (declarator.initializer != nullptr) Child("init", declarator.initializer);
    }
    depth_--;
  }
  void VisitFunctionDeclaration(FunctionDeclaration* node) {
    Line("FunctionDeclaration");
    Children(node->function());
  }
  void VisitClassDeclaration(ClassDeclaration* node) {
    Line("ClassDeclaration");
    Children(node->class_literal());
  }
  void VisitExpressionStatement(ExpressionStatement* node) {
    Line("ExpressionStatement");
    Children(node->expression());
  }
  void VisitEmptyStatement(EmptyStatement*) { Line("EmptyStatement"); }
  void VisitIfStatement(IfStatement* node) {
    Line("IfStatement");
    depth_++;
    Child("condition", node->condition());
    Child("then", node->then_statement());
    Child("else", node->else_statement());
    depth_--;
  }
  void VisitDoWhileStatement(DoWhileStatement* node) {
    Line("DoWhileStatement");
    depth_++;
    Child("body", node->body());
    Child("condition", node->condition());
    depth_--;
  }
  void VisitWhileStatement(WhileStatement* node) {
    Line("WhileStatement");
    depth_++;
    Child("condition", node->condition());
    Child("body", node->body());
    depth_--;
  }
  void VisitForStatement(ForStatement* node) {
    Line(std::string("ForStatement") +
         (node->per_iteration_context() ? " (per-iteration context)" : ""));
    depth_++;
    PrintScope(node->scope());
    Child("init", node->init());
    Child("condition", node->condition());
    Child("next", node->next());
    Child("body", node->body());
    depth_--;
  }
  void VisitForEach(const char* name, ForEachStatement* node) {
    std::string text = name;
    if (node->has_declaration()) text += std::string(" ") + DeclarationKindName(node->declaration_kind());
    Line(text);
    depth_++;
    PrintScope(node->scope());
    Child("each", node->each());
    Child("subject", node->subject());
    Child("body", node->body());
    depth_--;
  }
  void VisitForInStatement(ForInStatement* node) { VisitForEach("ForInStatement", node); }
  void VisitForOfStatement(ForOfStatement* node) {
    VisitForEach(node->is_await() ? "ForOfStatement await" : "ForOfStatement", node);
  }
  void VisitContinueStatement(ContinueStatement* node) {
    Line(std::string("ContinueStatement") +
         (node->label() != nullptr ? " " + node->label()->ToUtf8() : ""));
  }
  void VisitBreakStatement(BreakStatement* node) {
    Line(std::string("BreakStatement") +
         (node->label() != nullptr ? " " + node->label()->ToUtf8() : ""));
  }
  void VisitReturnStatement(ReturnStatement* node) {
    Line("ReturnStatement");
    if (node->expression() != nullptr) Children(node->expression());
  }
  void VisitSwitchStatement(SwitchStatement* node) {
    Line("SwitchStatement");
    depth_++;
    PrintScope(node->scope());
    Child("tag", node->tag());
    for (CaseClause& clause : node->cases()) {
      if (clause.label != nullptr) {
        Child("case", clause.label);
      } else {
        Line("default");
      }
      depth_++;
      for (Statement* statement : *clause.statements) Visit(statement);
      depth_--;
    }
    depth_--;
  }
  void VisitLabeledStatement(LabeledStatement* node) {
    Line("LabeledStatement " + node->label()->ToUtf8());
    Children(node->body());
  }
  void VisitThrowStatement(ThrowStatement* node) {
    Line("ThrowStatement");
    Children(node->exception());
  }
  void VisitTryStatement(TryStatement* node) {
    Line("TryStatement");
    depth_++;
    Child("try", node->try_block());
    if (node->catch_scope() != nullptr) {
      Line("catch");
      depth_++;
      PrintScope(node->catch_scope());
      if (node->catch_parameter() != nullptr) Visit(node->catch_parameter());
      Visit(node->catch_block());
      depth_--;
    }
    Child("finally", node->finally_block());
    depth_--;
  }
  void VisitDebuggerStatement(DebuggerStatement*) { Line("DebuggerStatement"); }
  void VisitInitializeClassMembersStatement(InitializeClassMembersStatement* node) {
    Line("InitializeClassMembersStatement");
    depth_++;
    for (ClassLiteralProperty* member : node->members()) PrintClassProperty(member, true);
    depth_--;
  }
  void VisitInitializeClassStaticElementsStatement(InitializeClassStaticElementsStatement* node) {
    Line("InitializeClassStaticElementsStatement");
    depth_++;
    for (ClassLiteralProperty* element : node->elements()) PrintClassProperty(element, true);
    depth_--;
  }
  void PrintClassProperty(ClassLiteralProperty* property, bool with_value) {
    std::string text = std::string(property->is_static ? "static " : "") +
                       ClassLiteralPropertyKindName(property->kind);
    if (property->key != nullptr) {
      text += " " + (property->is_computed_name ? "[" + ExpressionPrinter().Print(property->key) + "]"
                                                : ExpressionPrinter().Print(property->key));
    }
    Line(text);
    if (!with_value) return;
    depth_++;
    if (property->kind == ClassLiteralProperty::Kind::kStaticBlock) {
      Visit(property->static_block);
    } else if (property->value != nullptr &&
               property->kind == ClassLiteralProperty::Kind::kField) {
      Visit(property->value);
    }
    depth_--;
  }

  void VisitLiteral(Literal* node) { Line("Literal " + ExpressionPrinter().Print(node)); }
  void VisitRegExpLiteral(RegExpLiteral* node) {
    Line("RegExpLiteral " + ExpressionPrinter().Print(node));
  }
  void VisitTemplateLiteral(TemplateLiteral* node) {
    Line("TemplateLiteral");
    depth_++;
    for (int i = 0; i < node->raw_strings().size(); i++) {
      const AstString* cooked = node->cooked_strings()[i];
      Line("string " + (cooked != nullptr ? Quote(cooked) : std::string("<invalid>")));
      if (i < node->substitutions().size()) Visit(node->substitutions()[i]);
    }
    depth_--;
  }
  void VisitTaggedTemplate(TaggedTemplate* node) {
    Line("TaggedTemplate");
    depth_++;
    Child("tag", node->tag());
    Visit(node->template_literal());
    depth_--;
  }
  void VisitObjectLiteral(ObjectLiteral* node) {
    Line(node->is_pattern() ? "ObjectPattern" : "ObjectLiteral");
    depth_++;
    for (ObjectLiteralProperty& property : node->properties()) {
      std::string text = std::string("property ") + ObjectLiteralPropertyKindName(property.kind);
      if (property.key != nullptr) {
        text += " " + (property.is_computed_name ? "[" + ExpressionPrinter().Print(property.key) + "]"
                                                 : ExpressionPrinter().Print(property.key));
      }
      if (property.is_shorthand) text += " (shorthand)";
      Line(text);
      depth_++;
      if (property.is_computed_name) Visit(property.key);
      Visit(property.value);
      depth_--;
    }
    depth_--;
  }
  void VisitArrayLiteral(ArrayLiteral* node) {
    Line(node->is_pattern() ? "ArrayPattern" : "ArrayLiteral");
    depth_++;
    for (Expression* value : node->values()) Visit(value);
    depth_--;
  }
  void VisitFunctionLiteral(FunctionLiteral* node) {
    std::string name = node->name() != nullptr ? node->name()->ToUtf8()
                       : node->inferred_name() != nullptr ? node->inferred_name()->ToUtf8()
                                                          : "";
    Line("FunctionLiteral \"" + name + "\" " + FunctionKindName(node->function_kind()) + " [" +
         std::to_string(node->start_position()) + ", " + std::to_string(node->end_position()) +
         ")");
    depth_++;
    PrintScope(node->scope());
    if (!node->parameters().empty()) {
      Line("parameters");
      depth_++;
      for (Parameter& parameter : node->parameters()) {
        if (parameter.is_rest) Line("rest");
        Visit(parameter.target);
        if (parameter.initializer != nullptr) Child("default", parameter.initializer);
      }
      depth_--;
    }
    Statements("body", node->body());
    depth_--;
  }
  void VisitClassLiteral(ClassLiteral* node) {
    Line("ClassLiteral \"" + (node->name() != nullptr ? node->name()->ToUtf8() : "") + "\"");
    depth_++;
    PrintScope(node->scope());
    Child("extends", node->extends());
    Child("constructor", node->constructor());
    for (ClassLiteralProperty* property : node->properties()) {
      PrintClassProperty(property, false);
      if (property->kind != ClassLiteralProperty::Kind::kField &&
          property->kind != ClassLiteralProperty::Kind::kStaticBlock) {
        depth_++;
        Visit(property->value);
        depth_--;
      }
    }
    Child("instance members initializer", node->instance_members_initializer());
    Child("static initializer", node->static_initializer());
    depth_--;
  }
  void VisitVariableProxy(VariableProxy* node) {
    std::string text = "VariableProxy " + node->name()->ToUtf8();
    if (with_resolutions_) text += DescribeResolution(node);
    Line(text);
  }
  void VisitProperty(Property* node) {
    std::string text = "Property";
    if (node->optional()) text += " optional";
    if (node->type() == Property::Type::kNamed) text += " ." + node->name()->ToUtf8();
    Line(text);
    depth_++;
    Visit(node->object());
    if (node->type() != Property::Type::kNamed) Visit(node->key());
    depth_--;
  }
  void VisitOptionalChain(OptionalChain* node) {
    Line("OptionalChain");
    Children(node->expression());
  }
  void VisitCall(Call* node) {
    Line(std::string("Call") + (node->optional() ? " optional" : "") +
         (node->invalid_target() != Call::InvalidTarget::kNone ? " invalid-target" : ""));
    depth_++;
    Visit(node->callee());
    for (Expression* argument : node->arguments()) Visit(argument);
    depth_--;
  }
  void VisitCallNew(CallNew* node) {
    Line("CallNew");
    depth_++;
    Visit(node->callee());
    for (Expression* argument : node->arguments()) Visit(argument);
    depth_--;
  }
  void VisitSuperCall(SuperCall* node) {
    Line("SuperCall");
    depth_++;
    for (Expression* argument : node->arguments()) Visit(argument);
    depth_--;
  }
  void VisitSuperPropertyReference(SuperPropertyReference*) { Line("SuperPropertyReference"); }
  void VisitSpread(Spread* node) {
    Line("Spread");
    Children(node->expression());
  }
  void VisitUnaryOperation(UnaryOperation* node) {
    Line(std::string("UnaryOperation ") + Token::String(node->op()));
    Children(node->expression());
  }
  void VisitCountOperation(CountOperation* node) {
    Line(std::string("CountOperation ") + (node->is_prefix() ? "prefix " : "postfix ") +
         Token::String(node->op()));
    Children(node->expression());
  }
  void VisitBinaryOperation(BinaryOperation* node) {
    Line(std::string("BinaryOperation ") + Token::String(node->op()));
    depth_++;
    Visit(node->left());
    Visit(node->right());
    depth_--;
  }
  void VisitCompareOperation(CompareOperation* node) {
    Line(std::string("CompareOperation ") + Token::String(node->op()));
    depth_++;
    Visit(node->left());
    Visit(node->right());
    depth_--;
  }
  void VisitConditional(Conditional* node) {
    Line("Conditional");
    depth_++;
    Visit(node->condition());
    Visit(node->then_expression());
    Visit(node->else_expression());
    depth_--;
  }
  void VisitAssignment(Assignment* node) {
    Line(std::string("Assignment ") + Token::String(node->op()));
    depth_++;
    Visit(node->target());
    Visit(node->value());
    depth_--;
  }
  void VisitYield(Yield* node) {
    Line("Yield");
    if (node->expression() != nullptr) Children(node->expression());
  }
  void VisitYieldStar(YieldStar* node) {
    Line("YieldStar");
    Children(node->expression());
  }
  void VisitAwait(Await* node) {
    Line("Await");
    Children(node->expression());
  }

 private:
  bool with_resolutions_;
  int depth_ = 0;
  std::string out_;
};

}  // namespace

std::string PrintAst(const FunctionLiteral* top_level, bool with_resolutions) {
  TreePrinter printer(with_resolutions);
  printer.Visit(const_cast<FunctionLiteral*>(top_level));
  return printer.result();
}

std::string PrintExpression(const Expression* expression) {
  return ExpressionPrinter().Print(expression);
}

}  // namespace lucid
