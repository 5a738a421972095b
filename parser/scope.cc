// Copyright the Lucid authors. MIT license.

#include "parser/scope.h"

#include <cstring>
#include <vector>

#include "parser/ast.h"

namespace lucid {

const char* ScopeTypeName(ScopeType type) {
  switch (type) {
#define LUCID_SCOPE_TYPE_NAME(name) \
  case ScopeType::k##name:          \
    return #name;
    SCOPE_TYPE_LIST(LUCID_SCOPE_TYPE_NAME)
#undef LUCID_SCOPE_TYPE_NAME
  }
  return "?";
}

const char* VariableModeName(VariableMode mode) {
  switch (mode) {
    case VariableMode::kVar:
      return "var";
    case VariableMode::kLet:
      return "let";
    case VariableMode::kConst:
      return "const";
    case VariableMode::kFunction:
      return "function";
    case VariableMode::kClass:
      return "class";
    case VariableMode::kParameter:
      return "parameter";
    case VariableMode::kCatch:
      return "catch";
    case VariableMode::kInternal:
      return "internal";
  }
  return "?";
}

const char* VariableLocationName(VariableLocation location) {
  switch (location) {
    case VariableLocation::kUnallocated:
      return "unallocated";
    case VariableLocation::kParameter:
      return "parameter";
    case VariableLocation::kLocal:
      return "local";
    case VariableLocation::kContext:
      return "context";
    case VariableLocation::kScriptContext:
      return "script context";
    case VariableLocation::kGlobal:
      return "global";
    case VariableLocation::kUnresolvedGlobal:
      return "unresolved global";
  }
  return "?";
}

// ---------------------------------------------------------------------------
// Scope

Scope::Scope(AstArena* arena, Scope* outer, ScopeType type) : type_(type), outer_(outer) {
  (void)arena;
}

Scope* Scope::GetDeclarationScope() {
  Scope* scope = this;
  while (!scope->is_declaration_scope()) scope = scope->outer_;
  return scope;
}

Scope* Scope::GetClosureScope() {
  Scope* scope = this;
  while (!scope->is_closure_scope()) scope = scope->outer_;
  return scope;
}

Scope* Scope::GetReceiverScope() {
  Scope* scope = this;
  while (!(scope->is_script_scope() || (scope->is_function_scope() && !scope->is_arrow_))) {
    scope = scope->outer_;
  }
  return scope;
}

Variable* Scope::LookupLocal(const AstString* name) const {
  if (map_capacity_ == 0) return nullptr;
  uint32_t mask = map_capacity_ - 1;
  for (uint32_t i = name->hash() & mask;; i = (i + 1) & mask) {
    Variable* var = map_[i];
    if (var == nullptr) return nullptr;
    if (var->name() == name) return var;
  }
}

void Scope::AddToMap(AstArena* arena, Variable* var) {
  uint32_t count = static_cast<uint32_t>(variables_.size());
  if ((count + 1) * 2 > map_capacity_) {
    uint32_t new_capacity = map_capacity_ == 0 ? 8 : map_capacity_ * 2;
    Variable** new_map = arena->NewArray<Variable*>(new_capacity);
    std::memset(static_cast<void*>(new_map), 0, sizeof(Variable*) * new_capacity);
    for (Variable* existing : variables_) {
      uint32_t mask = new_capacity - 1;
      uint32_t i = existing->name()->hash() & mask;
      while (new_map[i] != nullptr) i = (i + 1) & mask;
      new_map[i] = existing;
    }
    map_ = new_map;
    map_capacity_ = new_capacity;
  }
  uint32_t mask = map_capacity_ - 1;
  uint32_t i = var->name()->hash() & mask;
  while (map_[i] != nullptr) i = (i + 1) & mask;
  map_[i] = var;
  variables_.Add(var, arena);
}

Variable* Scope::Declare(AstArena* arena, const AstString* name, VariableMode mode,
                         VariableKind kind, int position) {
  if (LookupLocal(name) != nullptr) return nullptr;
  Variable* var = arena->New<Variable>(this, name, mode, kind, position);
  AddToMap(arena, var);
  return var;
}

Variable* Scope::DeclareOrLookup(AstArena* arena, const AstString* name, VariableMode mode,
                                 VariableKind kind, int position) {
  Variable* existing = LookupLocal(name);
  if (existing != nullptr) return existing;
  return Declare(arena, name, mode, kind, position);
}

Variable* Scope::EnsureImplicit(AstArena* arena, AstStringTable* strings, VariableKind kind) {
  Variable** slot;
  const AstString* name;
  switch (kind) {
    case VariableKind::kThis:
      slot = &receiver_;
      name = strings->this_string();
      break;
    case VariableKind::kNewTarget:
      slot = &new_target_var_;
      name = strings->new_target_string();
      break;
    case VariableKind::kArguments:
      slot = &arguments_var_;
      name = strings->arguments_string();
      break;
    case VariableKind::kThisFunction:
      slot = &this_function_var_;
      name = strings->dot_this_function_string();
      break;
    case VariableKind::kHomeObject:
      slot = &home_object_var_;
      name = strings->dot_home_object_string();
      break;
    default:
      return nullptr;
  }
  if (*slot != nullptr) return *slot;
  Variable* var = arena->New<Variable>(this, name, VariableMode::kInternal, kind, start_position_);
  if (kind == VariableKind::kThis && is_derived_constructor_) var->set_is_derived_this(true);
  AddToMap(arena, var);
  *slot = var;
  return var;
}

// ---------------------------------------------------------------------------
// ScopeAnalysis

namespace {

// Pass 1: walks the AST with the current scope, links every scope to its
// real parent (arrow heads were parsed before their scope existed), resolves
// every VariableProxy to its Variable and marks variables used from an
// inner closure as captured.
class ScopeResolver final : public AstVisitor<ScopeResolver> {
 public:
  struct Reference {
    VariableProxy* proxy;
    Scope* scope;
    // The proxy names a binding being declared (let/const/class/catch/
    // parameter target): an initialization, never hole-checked.
    bool is_declaration;
  };

  ScopeResolver(AstArena* arena, AstStringTable* strings) : arena_(arena), strings_(strings) {}

  std::vector<Scope*>& scopes() { return scopes_; }
  std::vector<Reference>& references() { return references_; }

  void Run(FunctionLiteral* top_level) {
    Scope* scope = top_level->scope();
    if (scope->outer_scope() != nullptr) {
      // CommonJS: the (empty) script scope around the wrapper function.
      Scope* script = scope->outer_scope();
      script->ClearInnerScopes();
      scopes_.push_back(script);
      current_ = script;
    }
    VisitFunctionLiteral(top_level);
  }

  void Enter(Scope* scope) {
    scope->ClearInnerScopes();
    if (current_ != nullptr && scope != current_) {
      scope->set_outer_scope(current_);
      current_->AddInnerScope(arena_, scope);
    }
    scopes_.push_back(scope);
    current_ = scope;
  }

  void Resolve(VariableProxy* proxy, bool is_declaration = false) {
    if (proxy == nullptr) return;
    Variable* var = proxy->var();
    if (var == nullptr) var = Lookup(proxy);
    if (var != nullptr) {
      var->set_is_used();
      if (proxy->is_assigned()) var->set_maybe_assigned();
      if (var->scope()->GetClosureScope() != current_->GetClosureScope()) var->set_is_captured();
      proxy->BindTo(var);
    }
    references_.push_back({proxy, current_, is_declaration});
  }

  Variable* Lookup(VariableProxy* proxy) {
    Scope* receiver = current_->GetReceiverScope();
    if (proxy->is_this()) return receiver->EnsureImplicit(arena_, strings_, VariableKind::kThis);
    if (proxy->is_new_target()) {
      return receiver->EnsureImplicit(arena_, strings_, VariableKind::kNewTarget);
    }
    const AstString* name = proxy->name();
    if (name == strings_->dot_this_function_string()) {
      return receiver->EnsureImplicit(arena_, strings_, VariableKind::kThisFunction);
    }
    if (name == strings_->dot_home_object_string()) {
      return receiver->EnsureImplicit(arena_, strings_, VariableKind::kHomeObject);
    }
    for (Scope* scope = current_; scope != nullptr; scope = scope->outer_scope()) {
      Variable* var = scope->LookupLocal(name);
      if (var != nullptr) return var;
      if (name == strings_->arguments_string() && scope->is_function_scope() &&
          !scope->is_arrow_scope()) {
        FunctionKind kind = scope->function()->function_kind();
        if (kind != FunctionKind::kClassMembersInitializer &&
            kind != FunctionKind::kClassStaticInitializer) {
          return scope->EnsureImplicit(arena_, strings_, VariableKind::kArguments);
        }
      }
    }
    return nullptr;
  }

  void VisitPattern(Expression* expression) {
    if (expression != nullptr) Visit(expression);
  }

  // A binding target: its identifiers are declarations; defaults and
  // computed keys inside are ordinary expressions.
  void VisitDeclarationTarget(Expression* expression) {
    if (expression == nullptr) return;
    if (VariableProxy* proxy = expression->AsVariableProxy()) {
      Resolve(proxy, true);
    } else if (Assignment* assignment = expression->AsAssignment()) {
      VisitDeclarationTarget(assignment->target());
      Visit(assignment->value());
    } else if (Spread* spread = expression->AsSpread()) {
      VisitDeclarationTarget(spread->expression());
    } else if (ArrayLiteral* array = expression->AsArrayLiteral()) {
      for (Expression* value : array->values()) VisitDeclarationTarget(value);
    } else if (ObjectLiteral* object = expression->AsObjectLiteral()) {
      for (ObjectLiteralProperty& property : object->properties()) {
        if (property.key != nullptr && property.is_computed_name) Visit(property.key);
        VisitDeclarationTarget(property.value);
      }
    } else {
      Visit(expression);
    }
  }

  void VisitStatements(const StatementList& statements) {
    for (Statement* statement : statements) Visit(statement);
  }

  // --- Statements ---
  void VisitBlock(Block* node) {
    Scope* saved = current_;
    if (node->scope() != nullptr) Enter(node->scope());
    VisitStatements(node->statements());
    current_ = saved;
  }
  void VisitVariableDeclaration(VariableDeclaration* node) {
    for (Declarator& declarator : node->declarators()) {
      VisitDeclarationTarget(declarator.target);
      if (declarator.initializer != nullptr) Visit(declarator.initializer);
    }
  }
  void VisitFunctionDeclaration(FunctionDeclaration* node) {
    // The literal itself is visited here, where it is declared; its closure
    // is created at scope entry, in the same context chain.
    if (node->var_proxy() != nullptr) {
      Resolve(node->var_proxy());
      Resolve(node->annexb_proxy());
    }
    VisitFunctionLiteral(node->function());
  }
  void VisitClassDeclaration(ClassDeclaration* node) {
    VisitClassLiteral(node->class_literal());
    Resolve(node->proxy(), true);
  }
  void VisitExpressionStatement(ExpressionStatement* node) { Visit(node->expression()); }
  void VisitEmptyStatement(EmptyStatement*) {}
  void VisitIfStatement(IfStatement* node) {
    Visit(node->condition());
    Visit(node->then_statement());
    if (node->else_statement() != nullptr) Visit(node->else_statement());
  }
  void VisitDoWhileStatement(DoWhileStatement* node) {
    Visit(node->body());
    Visit(node->condition());
  }
  void VisitWhileStatement(WhileStatement* node) {
    Visit(node->condition());
    Visit(node->body());
  }
  void VisitForStatement(ForStatement* node) {
    Scope* saved = current_;
    if (node->scope() != nullptr) Enter(node->scope());
    if (node->init() != nullptr) Visit(node->init());
    if (node->condition() != nullptr) Visit(node->condition());
    if (node->next() != nullptr) Visit(node->next());
    Visit(node->body());
    current_ = saved;
  }
  void VisitForEach(ForEachStatement* node) {
    Scope* saved = current_;
    if (node->subject_scope() != nullptr) Enter(node->subject_scope());
    Visit(node->subject());
    current_ = saved;
    if (node->scope() != nullptr) Enter(node->scope());
    if (node->has_declaration()) {
      VisitDeclarationTarget(node->each());
    } else {
      VisitPattern(node->each());
    }
    Visit(node->body());
    current_ = saved;
  }
  void VisitForInStatement(ForInStatement* node) { VisitForEach(node); }
  void VisitForOfStatement(ForOfStatement* node) { VisitForEach(node); }
  void VisitContinueStatement(ContinueStatement*) {}
  void VisitBreakStatement(BreakStatement*) {}
  void VisitReturnStatement(ReturnStatement* node) {
    if (node->expression() != nullptr) Visit(node->expression());
  }
  void VisitSwitchStatement(SwitchStatement* node) {
    Visit(node->tag());
    Scope* saved = current_;
    if (node->scope() != nullptr) Enter(node->scope());
    for (CaseClause& clause : node->cases()) {
      if (clause.label != nullptr) Visit(clause.label);
      VisitStatements(*clause.statements);
    }
    current_ = saved;
  }
  void VisitLabeledStatement(LabeledStatement* node) { Visit(node->body()); }
  void VisitThrowStatement(ThrowStatement* node) { Visit(node->exception()); }
  void VisitTryStatement(TryStatement* node) {
    Visit(node->try_block());
    if (node->catch_scope() != nullptr) {
      Scope* saved = current_;
      Enter(node->catch_scope());
      VisitDeclarationTarget(node->catch_parameter());
      Visit(node->catch_block());
      current_ = saved;
    }
    if (node->finally_block() != nullptr) Visit(node->finally_block());
  }
  void VisitDebuggerStatement(DebuggerStatement*) {}
  void VisitInitializeClassMembersStatement(InitializeClassMembersStatement* node) {
    for (ClassLiteralProperty* member : node->members()) {
      Resolve(member->computed_key_load);
      Resolve(member->private_name_load);
      Resolve(member->method_load);
      if (member->kind == ClassLiteralProperty::Kind::kField && member->value != nullptr) {
        Visit(member->value);
      }
    }
  }
  void VisitInitializeClassStaticElementsStatement(InitializeClassStaticElementsStatement* node) {
    for (ClassLiteralProperty* element : node->elements()) {
      Resolve(element->computed_key_load);
      if (element->kind == ClassLiteralProperty::Kind::kStaticBlock) {
        VisitBlockAsScope(element->static_block);
      } else if (element->value != nullptr) {
        Visit(element->value);
      }
    }
  }
  void VisitBlockAsScope(Block* block) {
    Scope* saved = current_;
    Enter(block->scope());
    VisitStatements(block->statements());
    current_ = saved;
  }

  // --- Expressions ---
  void VisitLiteral(Literal*) {}
  void VisitRegExpLiteral(RegExpLiteral*) {}
  void VisitTemplateLiteral(TemplateLiteral* node) {
    for (Expression* substitution : node->substitutions()) Visit(substitution);
  }
  void VisitTaggedTemplate(TaggedTemplate* node) {
    Visit(node->tag());
    Visit(node->template_literal());
  }
  void VisitObjectLiteral(ObjectLiteral* node) {
    for (ObjectLiteralProperty& property : node->properties()) {
      if (property.key != nullptr && property.is_computed_name) Visit(property.key);
      if (property.value != nullptr) Visit(property.value);
    }
  }
  void VisitArrayLiteral(ArrayLiteral* node) {
    for (Expression* value : node->values()) Visit(value);
  }
  void VisitFunctionLiteral(FunctionLiteral* node) {
    Scope* saved = current_;
    Enter(node->scope());
    for (Parameter& parameter : node->parameters()) {
      VisitDeclarationTarget(parameter.target);
      if (parameter.initializer != nullptr) Visit(parameter.initializer);
    }
    Resolve(node->instance_members_initializer_proxy());
    VisitStatements(node->body());
    current_ = saved;
  }
  void VisitClassLiteral(ClassLiteral* node) {
    Scope* saved = current_;
    Enter(node->scope());
    Resolve(node->class_variable_proxy(), true);
    if (node->extends() != nullptr) Visit(node->extends());
    VisitFunctionLiteral(node->constructor());
    for (ClassLiteralProperty* property : node->properties()) {
      if (property->key != nullptr && (property->is_computed_name || property->is_private)) {
        Visit(property->key);
      }
      Resolve(property->computed_key_store);
      Resolve(property->method_store);
      if (property->kind != ClassLiteralProperty::Kind::kField &&
          property->kind != ClassLiteralProperty::Kind::kStaticBlock && property->value != nullptr) {
        Visit(property->value);
      }
    }
    if (node->instance_members_initializer() != nullptr) {
      Resolve(node->instance_members_initializer_store());
      VisitFunctionLiteral(node->instance_members_initializer());
    }
    if (node->static_initializer() != nullptr) VisitFunctionLiteral(node->static_initializer());
    current_ = saved;
  }
  void VisitVariableProxy(VariableProxy* node) { Resolve(node); }
  void VisitProperty(Property* node) {
    Visit(node->object());
    Visit(node->key());
  }
  void VisitOptionalChain(OptionalChain* node) { Visit(node->expression()); }
  void VisitCall(Call* node) {
    if (node->runtime_function_name() == nullptr) Visit(node->callee());
    for (Expression* argument : node->arguments()) Visit(argument);
  }
  void VisitCallNew(CallNew* node) {
    Visit(node->callee());
    for (Expression* argument : node->arguments()) Visit(argument);
  }
  void VisitSuperCall(SuperCall* node) {
    for (Expression* argument : node->arguments()) Visit(argument);
    Resolve(node->this_function_proxy());
    Resolve(node->new_target_proxy());
    Resolve(node->this_proxy());
    Resolve(node->instance_members_initializer_proxy());
  }
  void VisitSuperPropertyReference(SuperPropertyReference* node) {
    Resolve(node->home_object());
    Resolve(node->this_proxy());
  }
  void VisitSpread(Spread* node) { Visit(node->expression()); }
  void VisitUnaryOperation(UnaryOperation* node) { Visit(node->expression()); }
  void VisitCountOperation(CountOperation* node) { Visit(node->expression()); }
  void VisitBinaryOperation(BinaryOperation* node) {
    Visit(node->left());
    Visit(node->right());
  }
  void VisitCompareOperation(CompareOperation* node) {
    Visit(node->left());
    Visit(node->right());
  }
  void VisitConditional(Conditional* node) {
    Visit(node->condition());
    Visit(node->then_expression());
    Visit(node->else_expression());
  }
  void VisitAssignment(Assignment* node) {
    Visit(node->target());
    Visit(node->value());
  }
  void VisitYield(Yield* node) {
    if (node->expression() != nullptr) Visit(node->expression());
  }
  void VisitYieldStar(YieldStar* node) { Visit(node->expression()); }
  void VisitAwait(Await* node) { Visit(node->expression()); }

 private:
  AstArena* arena_;
  AstStringTable* strings_;
  Scope* current_ = nullptr;
  std::vector<Scope*> scopes_;
  std::vector<Reference> references_;
};

bool IsLexicalBinding(const Variable* var) {
  return var->mode() == VariableMode::kLet || var->mode() == VariableMode::kConst ||
         var->mode() == VariableMode::kClass;
}

// Pass 2: allocation, per scope in preorder (so a function's registers are
// numbered in source order).
void AllocateScope(Scope* scope) {
  Scope* closure = scope->GetClosureScope();
  if (scope->is_script_scope()) {
    bool has_lexical = false;
    for (Variable* var : scope->variables()) {
      if (var->kind() == VariableKind::kThis) {
        if (var->is_captured()) {
          var->Allocate(VariableLocation::kScriptContext, scope->AllocateContextSlot());
        } else {
          var->Allocate(VariableLocation::kParameter, Variable::kReceiverIndex);
        }
      } else if (IsLexicalBinding(var)) {
        has_lexical = true;
        var->Allocate(VariableLocation::kScriptContext, scope->AllocateContextSlot());
      } else {
        var->Allocate(VariableLocation::kGlobal, -1);
      }
    }
    if (has_lexical) scope->set_force_context();
    return;
  }
  auto allocate_local_or_context = [&](Variable* var) {
    if (var->is_captured()) {
      var->Allocate(VariableLocation::kContext, scope->AllocateContextSlot());
    } else {
      var->Allocate(VariableLocation::kLocal, closure->num_stack_locals());
      closure->set_num_stack_locals(closure->num_stack_locals() + 1);
    }
  };
  if (scope->is_function_scope()) {
    // Mapped arguments alias the parameters: V8 keeps such parameters in the
    // context so both views see one slot.
    Variable* arguments = scope->arguments_var();
    if (arguments != nullptr) {
      bool mapped = !scope->is_strict() && scope->has_simple_parameters();
      scope->set_arguments_is_mapped(mapped);
      if (mapped) {
        for (int i = 0; i < scope->num_parameters(); i++) scope->parameter(i)->set_is_captured();
      }
    }
    if (scope->has_simple_parameters()) {
      for (int i = 0; i < scope->num_parameters(); i++) {
        Variable* var = scope->parameter(i);
        if (var->is_captured()) {
          if (var->location() == VariableLocation::kUnallocated) {
            var->Allocate(VariableLocation::kContext, scope->AllocateContextSlot());
          }
        } else {
          // A repeated sloppy name lives at its last position.
          var->Allocate(VariableLocation::kParameter, i);
        }
      }
    }
  }
  for (Variable* var : scope->variables()) {
    if (var->location() != VariableLocation::kUnallocated) continue;
    if (var->kind() == VariableKind::kThis && !var->is_captured() &&
        !scope->is_derived_constructor()) {
      var->Allocate(VariableLocation::kParameter, Variable::kReceiverIndex);
      continue;
    }
    allocate_local_or_context(var);
  }
}

int ContextDepth(Scope* from, Scope* to) {
  int depth = 0;
  for (Scope* scope = from; scope != nullptr && scope != to; scope = scope->outer_scope()) {
    if (scope->needs_context()) depth++;
  }
  return depth;
}

bool NeedsHoleCheck(VariableProxy* proxy, Scope* reference_scope) {
  Variable* var = proxy->var();
  if (var->kind() == VariableKind::kThis) return var->NeedsHoleInitialization();
  if (var->mode() == VariableMode::kParameter) {
    // Parameters of a non-simple list are in a TDZ until their own element
    // is done (Parser::ParameterEnd); a closure made there checks too.
    int init_end = var->initializer_end_position();
    return init_end >= 0 && proxy->position() < init_end;
  }
  if (!var->IsLexical()) return false;
  // Conservative: skip the check only for a use in the same closure, after
  // the initialization finished, outside a switch (whose cases jump over
  // declarations).
  if (var->scope()->GetClosureScope() != reference_scope->GetClosureScope()) return true;
  if (var->scope()->is_switch_scope()) return true;
  if (var->kind() == VariableKind::kClassName) return true;
  int init_end = var->initializer_end_position();
  if (init_end < 0) return true;
  return proxy->position() < init_end;
}

}  // namespace

void ScopeAnalysis::Analyze(AstArena* arena, AstStringTable* strings, FunctionLiteral* top_level) {
  ScopeResolver resolver(arena, strings);
  resolver.Run(top_level);
  for (Scope* scope : resolver.scopes()) AllocateScope(scope);
  for (const ScopeResolver::Reference& reference : resolver.references()) {
    VariableProxy* proxy = reference.proxy;
    Variable* var = proxy->var();
    if (var == nullptr) {
      proxy->SetResolution(nullptr, VariableLocation::kUnresolvedGlobal, -1, 0, false);
      continue;
    }
    VariableLocation location = var->location();
    int depth = 0;
    if (var->IsContextSlot()) depth = ContextDepth(reference.scope, var->scope());
    bool hole_check = !reference.is_declaration && NeedsHoleCheck(proxy, reference.scope);
    if (hole_check) var->set_has_hole_checked_use();
    proxy->SetResolution(var, location, var->index(), depth, hole_check);
  }
}

}  // namespace lucid
