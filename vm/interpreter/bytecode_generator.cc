// Copyright 2025 the Lucid authors. MIT license.
// BytecodeGenerator: driver, function prologue, variables, statements and
// control flow (break/continue/return through finally).

#include "vm/interpreter/bytecode_generator.h"
#include "vm/interpreter/bytecode_generator_scopes.h"

#include <cassert>

#include "parser/stack_limit.h"

namespace lucid {

// -- Driver ---------------------------------------------------------------------

int32_t ScriptCompilation::Enqueue(FunctionLiteral* literal, int32_t parent) {
  int32_t index = static_cast<int32_t>(script->units.size());
  script->units.emplace_back();
  script->units.back().parent = parent;
  if (parent >= 0) script->units[parent].children.push_back(index);
  queue.push_back({literal, index});
  return index;
}

bool GenerateBytecode(FunctionLiteral* top_level, ScriptKind kind, uintptr_t stack_limit,
                      CompiledScript* out, GeneratorError* error) {
  GeneratorError local_error;
  if (error == nullptr) error = &local_error;
  *error = GeneratorError();
  out->kind = kind;
  out->units.clear();
  ScriptCompilation compilation;
  compilation.script = out;
  compilation.stack_limit = stack_limit;
  compilation.error = error;
  compilation.Enqueue(top_level, -1);
  // Functions are generated one after another from the queue, so the C++
  // stack only grows with expression/statement nesting, never with function
  // nesting.
  while (!compilation.queue.empty()) {
    ScriptCompilation::Pending next = compilation.queue.front();
    compilation.queue.pop_front();
    BytecodeGenerator generator(&compilation, next.literal, next.unit_index);
    generator.Generate();
    if (error->type != GeneratorError::Type::kNone) return false;
  }
  return true;
}

BytecodeGenerator::BytecodeGenerator(ScriptCompilation* compilation, FunctionLiteral* literal,
                                     int32_t unit_index)
    : compilation_(compilation),
      literal_(literal),
      scope_(literal->scope()),
      unit_index_(unit_index),
      // A non-simple list's scope lists every bound name (`...[a, b]` binds
      // two); the frame has one slot per formal, and the rest parameter
      // starts at the last one.
      builder_(literal->scope()->has_simple_parameters() ? literal->scope()->num_parameters()
                                                          : literal->parameters().size(),
               literal->scope()->num_stack_locals()) {}

bool BytecodeGenerator::CheckStack() {
  if (stack_overflow_) return false;
  if (!StackLimit::HasOverflowed(compilation_->stack_limit)) return true;
  stack_overflow_ = true;
  GeneratorError* error = compilation_->error;
  if (error->type == GeneratorError::Type::kNone) {
    error->type = GeneratorError::Type::kRangeError;
    error->message = "Maximum call stack size exceeded";
    error->position = literal_->start_position();
  }
  return false;
}

// Emitted shape of a function:
//
//   [CreateFunctionContext; PushContext]     if the function scope needs one
//   copy captured parameters into the context
//   initialize this / new.target / arguments / .this_function / .home_object
//   hole-initialize let/const/class, instantiate hoisted functions
//   evaluate non-simple parameters (defaults, patterns, rest)
//   [call the instance-members initializer]  base class constructors
//   body
//   LdaUndefined; Return                    unless the end is unreachable
void BytecodeGenerator::Generate() {
  ControlScopeForTopLevel top_scope(this);
  FunctionKind kind = literal_->function_kind();
  if (IsAsyncFunction(kind) && !IsGeneratorFunction(kind)) {
    BuildAsyncFunctionBody();
  } else if (IsAsyncFunction(kind)) {
    BuildAsyncGeneratorBody();
  } else if (IsGeneratorFunction(kind)) {
    BuildGeneratorPrologue();
    VisitStatements(literal_->body());
    BuildImplicitReturn();
  } else {
    BuildPrologue();
    if (kind == FunctionKind::kDefaultDerivedConstructor && literal_->body().empty()) {
      BuildDefaultConstructorBody();
    }
    VisitStatements(literal_->body());
    BuildImplicitReturn();
  }
  BytecodeUnit& unit = compilation_->script->units[unit_index_];
  builder_.Finish(&unit);
  if (IsGeneratorFunction(kind) || async_function_) {
    unit.generator_register = generator_object_.index();
  }
  FillMetadata(&unit.metadata);
}

void BytecodeGenerator::BuildPrologue() {
  builder_.SetStatementPosition(literal_->start_position());
  bool is_script = literal_->function_kind() == FunctionKind::kScript;
  // A classic script runs in the script context the runtime made from
  // metadata.script_scope; every other function makes its own.
  if (!is_script && scope_->needs_context()) {
    builder_.Emit(Bytecode::kCreateFunctionContext,
                  {ScopeInfoConstant(scope_), scope_->num_context_slots()});
    Register saved = NewRegister();
    builder_.Emit(Bytecode::kPushContext, {saved});
    context_saves_.push_back(saved);
  }
  if (scope_->has_simple_parameters()) {
    for (int i = 0; i < scope_->num_parameters(); ++i) {
      Variable* var = scope_->parameter(i);
      if (var->IsContextSlot()) {
        builder_.LoadAccumulatorWithRegister(Register::FromParameterIndex(i));
        BuildStoreToVariable(var, 0);
      }
    }
  }
  BuildImplicitVariables(scope_);
  BuildScopeDeclarations(scope_);
  if (!scope_->has_simple_parameters()) BuildParameterInitialization();
  if (literal_->function_kind() == FunctionKind::kBaseConstructor ||
      literal_->function_kind() == FunctionKind::kDefaultBaseConstructor) {
    if (literal_->requires_instance_members_initializer()) {
      RegisterAllocationScope scope(registers());
      Register initializer = NewRegister();
      RegisterList args = registers()->NewRegisterList(1);
      BuildVariableLoad(literal_->instance_members_initializer_proxy());
      builder_.StoreAccumulatorInRegister(initializer);
      builder_.MoveRegister(Register::Receiver(), args[0]);
      builder_.Emit(Bytecode::kCallProperty,
                    {initializer, args.first(), args.count(), Slot(FeedbackSlotKind::kCallIC)});
    }
  }
}

// The implicit variables exist only when something references them.
void BytecodeGenerator::BuildImplicitVariables(Scope* scope) {
  auto store = [&](Variable* var) {
    if (var != nullptr && var->location() != VariableLocation::kUnallocated) {
      BuildStoreToVariable(var, 0);
    }
  };
  Variable* receiver = scope->receiver();
  if (receiver != nullptr && receiver->location() != VariableLocation::kUnallocated) {
    if (receiver->NeedsHoleInitialization()) {
      builder_.LoadTheHole();
      store(receiver);
    } else if (!(receiver->location() == VariableLocation::kParameter &&
                 receiver->index() == Variable::kReceiverIndex)) {
      builder_.LoadAccumulatorWithRegister(Register::Receiver());
      store(receiver);
    }
  }
  if (Variable* v = scope->new_target_var(); v && v->location() != VariableLocation::kUnallocated) {
    builder_.LoadAccumulatorWithRegister(Register::NewTarget());
    store(v);
  }
  if (Variable* v = scope->this_function_var();
      v && v->location() != VariableLocation::kUnallocated) {
    builder_.LoadAccumulatorWithRegister(Register::FunctionClosure());
    store(v);
  }
  if (Variable* v = scope->function_var(); v && v->location() != VariableLocation::kUnallocated) {
    builder_.LoadAccumulatorWithRegister(Register::FunctionClosure());
    store(v);
  }
  if (Variable* v = scope->home_object_var();
      v && v->location() != VariableLocation::kUnallocated) {
    RegisterAllocationScope rs(registers());
    Register closure = NewRegister();
    builder_.MoveRegister(Register::FunctionClosure(), closure);
    builder_.CallRuntime(RuntimeFunctionId::kGetHomeObject, closure);
    store(v);
  }
  if (Variable* v = scope->arguments_var(); v && v->location() != VariableLocation::kUnallocated) {
    builder_.Emit(scope->arguments_is_mapped() ? Bytecode::kCreateMappedArguments
                                               : Bytecode::kCreateUnmappedArguments);
    store(v);
  }
}

// Hoisting for one scope: global declarations, TDZ holes, function
// declarations (closures are created at scope entry).
void BytecodeGenerator::BuildScopeDeclarations(Scope* scope) {
  for (Variable* var : scope->variables()) {
    if (var->kind() != VariableKind::kNormal && var->kind() != VariableKind::kClassName) continue;
    if (var->location() == VariableLocation::kUnallocated) continue;
    if (var->mode() == VariableMode::kParameter) continue;
    if (var->IsGlobal()) {
      RegisterAllocationScope rs(registers());
      if (var->mode() == VariableMode::kFunction && var->function() != nullptr) {
        RegisterList args = registers()->NewRegisterList(2);
        builder_.LoadString(Str(var->name()));
        builder_.StoreAccumulatorInRegister(args[0]);
        BuildCreateClosure(var->function());
        builder_.StoreAccumulatorInRegister(args[1]);
        builder_.CallRuntime(RuntimeFunctionId::kDeclareGlobalFunction, args);
      } else {
        Register name = NewRegister();
        builder_.LoadString(Str(var->name()));
        builder_.StoreAccumulatorInRegister(name);
        builder_.CallRuntime(RuntimeFunctionId::kDeclareGlobalVar, name);
      }
      continue;
    }
    if (var->mode() == VariableMode::kFunction && var->function() != nullptr) {
      BuildCreateClosure(var->function());
      BuildStoreToVariable(var, 0);
    } else if (var->NeedsHoleInitialization() &&
               var->location() != VariableLocation::kScriptContext &&
               // OPTIMIZATION: a stack local no reference hole-checks is
               // only read after its initialization: no TDZ to mark.
               !(var->location() == VariableLocation::kLocal && !var->has_hole_checked_use())) {
      builder_.LoadTheHole();
      BuildStoreToVariable(var, 0);
    }
  }
}

// Non-simple parameter lists: each parameter in order, as if
// `let target = argument_i === undefined ? default : argument_i`.
// Only for non-simple lists: parameters are initialized in order, each in
// its TDZ until then, so `function h(a = b, b)` throws. Only a parameter
// some reference hole-checks needs to start out as the hole.
void BytecodeGenerator::BuildParameterInitialization() {
  for (int i = 0; i < scope_->num_parameters(); ++i) {
    Variable* var = scope_->parameter(i);
    if (!var->has_hole_checked_use() || var->location() == VariableLocation::kUnallocated ||
        var->location() == VariableLocation::kParameter) {
      continue;
    }
    builder_.LoadTheHole();
    BuildStoreToVariable(var, 0);
  }
  const ArenaVector<Parameter>& params = literal_->parameters();
  for (int i = 0; i < params.size(); ++i) {
    const Parameter& p = params[i];
    RegisterAllocationScope rs(registers());
    builder_.SetExpressionPosition(p.position);
    if (p.is_rest) {
      builder_.Emit(Bytecode::kCreateRestParameter);
    } else {
      builder_.LoadAccumulatorWithRegister(Register::FromParameterIndex(i));
      if (p.initializer != nullptr) {
        BytecodeLabel done = builder_.NewLabel();
        builder_.EmitJump(Bytecode::kJumpIfNotUndefined, done);
        VisitForAccumulatorValue(p.initializer);
        builder_.Bind(done);
      }
    }
    if (p.target->IsVariableProxy()) {
      BuildVariableAssignment(p.target->AsVariableProxy(), AssignKind::kInit);
    } else {
      pattern_source_.kind = p.initializer != nullptr ? PatternSource::Kind::kParameterWithDefault
                                                      : PatternSource::Kind::kParameter;
      BuildPatternAssignment(p.target, AssignKind::kInit);
    }
  }
}

void BytecodeGenerator::BuildImplicitReturn() {
  if (builder_.IsDeadCode()) return;
  builder_.SetStatementPosition(literal_->end_position() > 0 ? literal_->end_position() - 1 : 0);
  if (IsDerivedConstructor(literal_->function_kind())) {
    // A derived constructor returns its `this`, which super() must have set.
    Variable* receiver = scope_->receiver();
    if (receiver != nullptr && receiver->location() != VariableLocation::kUnallocated) {
      BuildLoadFromVariable(receiver, 0);
    } else {
      builder_.LoadAccumulatorWithRegister(Register::Receiver());
    }
    builder_.Emit(Bytecode::kThrowSuperNotCalledIfHole);
  } else {
    builder_.LoadUndefined();
  }
  builder_.Emit(Bytecode::kReturn);
}

void BytecodeGenerator::FillMetadata(FunctionMetadata* m) {
  m->name = Str(literal_->name());
  m->inferred_name = Str(literal_->inferred_name());
  m->kind = literal_->function_kind();
  m->source_start = literal_->start_position();
  m->source_end = literal_->end_position();
  // A class constructor's text is the whole class (Function.prototype.toString).
  if ((literal_->function_kind() == FunctionKind::kBaseConstructor ||
       literal_->function_kind() == FunctionKind::kDerivedConstructor) &&
      literal_->class_literal() != nullptr) {
    m->source_start = literal_->class_literal()->start_position();
    m->source_end = literal_->class_literal()->end_position();
  }
  m->function_token_position = literal_->position();
  m->strict = literal_->is_strict();
  m->has_simple_parameters = scope_->has_simple_parameters();
  m->has_rest_parameter = scope_->has_rest_parameter();
  Variable* arguments = scope_->arguments_var();
  m->uses_arguments = arguments != nullptr && arguments->location() != VariableLocation::kUnallocated;
  m->has_mapped_arguments = m->uses_arguments && scope_->arguments_is_mapped();
  m->needs_home_object = literal_->uses_super_property();
  m->uses_this = scope_->receiver() != nullptr && scope_->receiver()->location() != VariableLocation::kUnallocated;
  m->is_anonymous_expression =
      literal_->syntax_kind() == FunctionLiteral::SyntaxKind::kAnonymousExpression;
  m->expected_property_count = expected_property_count_;
  m->length = literal_->expected_length();
  m->parameter_names.clear();
  m->mapped_parameter_slots.clear();
  for (int i = 0; i < scope_->num_parameters(); ++i) {
    Variable* var = scope_->parameter(i);
    m->parameter_names.push_back(scope_->has_simple_parameters() ? Str(var->name())
                                                                 : std::u16string());
    m->mapped_parameter_slots.push_back(
        m->has_mapped_arguments && var->IsContextSlot() ? var->index() : -1);
  }
  if (literal_->function_kind() == FunctionKind::kScript && scope_->needs_context()) {
    ScopeInfoDescriptor d;
    d.type = ScopeType::kScript;
    d.strict = scope_->is_strict();
    d.slot_names.resize(scope_->num_context_slots());
    d.slot_modes.resize(scope_->num_context_slots(), VariableMode::kLet);
    for (Variable* var : scope_->variables()) {
      if (!var->IsContextSlot()) continue;
      d.slot_names[var->index()] = Str(var->name());
      d.slot_modes[var->index()] = var->mode();
    }
    m->script_scope = std::move(d);
  }
}

int32_t BytecodeGenerator::ScopeInfoConstant(Scope* scope) {
  auto it = scope_info_constants_.find(scope);
  if (it != scope_info_constants_.end()) return it->second;
  ScopeInfoDescriptor d;
  d.type = scope->type();
  d.strict = scope->is_strict();
  d.slot_names.resize(scope->num_context_slots());
  d.slot_modes.resize(scope->num_context_slots(), VariableMode::kInternal);
  for (Variable* var : scope->variables()) {
    if (!var->IsContextSlot() || var->scope() != scope) continue;
    if (var->index() < 0 || var->index() >= scope->num_context_slots()) continue;
    d.slot_names[var->index()] = Str(var->name());
    d.slot_modes[var->index()] = var->mode();
  }
  // Implicit variables are not always in variables(); name their slots too.
  for (Variable* var : {scope->receiver(), scope->new_target_var(), scope->arguments_var(),
                        scope->this_function_var(), scope->home_object_var(),
                        scope->function_var()}) {
    if (var != nullptr && var->IsContextSlot() && var->index() < scope->num_context_slots()) {
      d.slot_names[var->index()] = Str(var->name());
      d.slot_modes[var->index()] = var->mode();
    }
  }
  int32_t index = builder_.constant_pool()->Add(std::move(d));
  scope_info_constants_.emplace(scope, index);
  return index;
}

int32_t BytecodeGenerator::FunctionConstant(FunctionLiteral* literal) {
  int32_t unit = compilation_->Enqueue(literal, unit_index_);
  return builder_.constant_pool()->Add(FunctionRef{unit});
}

void BytecodeGenerator::BuildCreateClosure(FunctionLiteral* literal) {
  builder_.Emit(Bytecode::kCreateClosure, {FunctionConstant(literal)});
}

// -- Variables ----------------------------------------------------------------------

void BytecodeGenerator::BuildLoadFromVariable(Variable* var, int depth) {
  switch (var->location()) {
    case VariableLocation::kParameter:
      builder_.LoadAccumulatorWithRegister(var->index() == Variable::kReceiverIndex
                                               ? Register::Receiver()
                                               : Register::FromParameterIndex(var->index()));
      break;
    case VariableLocation::kLocal:
      builder_.LoadAccumulatorWithRegister(Register(var->index()));
      break;
    case VariableLocation::kContext:
    case VariableLocation::kScriptContext: {
      bool immutable = var->mode() == VariableMode::kConst && !var->maybe_assigned() &&
                       !var->NeedsHoleInitialization();
      if (depth == 0) {
        builder_.Emit(immutable ? Bytecode::kLdaImmutableCurrentContextSlot
                                : Bytecode::kLdaCurrentContextSlot,
                      {var->index()});
      } else {
        builder_.Emit(immutable ? Bytecode::kLdaImmutableContextSlot : Bytecode::kLdaContextSlot,
                      {Register::CurrentContext(), var->index(), depth});
      }
      break;
    }
    case VariableLocation::kGlobal:
    case VariableLocation::kUnresolvedGlobal:
      builder_.Emit(Bytecode::kLdaGlobal, {Name(var->name()), Slot(FeedbackSlotKind::kLoadGlobalIC)});
      break;
    case VariableLocation::kUnallocated:
      builder_.LoadUndefined();
      break;
  }
}

void BytecodeGenerator::BuildStoreToVariable(Variable* var, int depth) {
  switch (var->location()) {
    case VariableLocation::kParameter:
      builder_.StoreAccumulatorInRegister(var->index() == Variable::kReceiverIndex
                                              ? Register::Receiver()
                                              : Register::FromParameterIndex(var->index()));
      break;
    case VariableLocation::kLocal:
      builder_.StoreAccumulatorInRegister(Register(var->index()));
      break;
    case VariableLocation::kContext:
    case VariableLocation::kScriptContext:
      if (depth == 0) {
        builder_.Emit(Bytecode::kStaCurrentContextSlot, {var->index()});
      } else {
        builder_.Emit(Bytecode::kStaContextSlot, {Register::CurrentContext(), var->index(), depth});
      }
      break;
    case VariableLocation::kGlobal:
    case VariableLocation::kUnresolvedGlobal:
      builder_.Emit(Bytecode::kStaGlobal, {Name(var->name()), Slot(FeedbackSlotKind::kStoreGlobalIC)});
      break;
    case VariableLocation::kUnallocated:
      break;
  }
}

void BytecodeGenerator::BuildVariableLoadNoHoleCheck(VariableProxy* proxy) {
  if (proxy->location() == VariableLocation::kUnresolvedGlobal || proxy->var() == nullptr) {
    builder_.Emit(Bytecode::kLdaGlobal, {Name(proxy->name()), Slot(FeedbackSlotKind::kLoadGlobalIC)});
    return;
  }
  BuildLoadFromVariable(proxy->var(), proxy->context_depth());
}

void BytecodeGenerator::BuildHoleCheck(VariableProxy* proxy) {
  if (proxy->var() != nullptr && proxy->var()->kind() == VariableKind::kThis) {
    builder_.Emit(Bytecode::kThrowSuperNotCalledIfHole);
  } else {
    builder_.Emit(Bytecode::kThrowReferenceErrorIfHole, {Name(proxy->name())});
  }
}

void BytecodeGenerator::BuildVariableLoad(VariableProxy* proxy, TypeofMode typeof_mode) {
  builder_.SetExpressionPosition(proxy->position());
  VariableLocation location = proxy->location();
  if (location == VariableLocation::kUnresolvedGlobal || location == VariableLocation::kGlobal ||
      proxy->var() == nullptr) {
    // typeof undeclared is "undefined", not a ReferenceError.
    builder_.Emit(typeof_mode == TypeofMode::kInside ? Bytecode::kLdaGlobalInsideTypeof
                                                     : Bytecode::kLdaGlobal,
                  {Name(proxy->name()), Slot(typeof_mode == TypeofMode::kInside
                                                 ? FeedbackSlotKind::kLoadGlobalInsideTypeofIC
                                                 : FeedbackSlotKind::kLoadGlobalIC)});
    return;
  }
  BuildLoadFromVariable(proxy->var(), proxy->context_depth());
  if (proxy->needs_hole_check()) BuildHoleCheck(proxy);
}

void BytecodeGenerator::BuildThrowConstAssign() {
  builder_.CallRuntime(RuntimeFunctionId::kThrowConstAssignError);
}

// acc holds the value and still holds it afterwards.
void BytecodeGenerator::BuildVariableAssignment(VariableProxy* proxy, AssignKind kind) {
  Variable* var = proxy->var();
  if (proxy->location() == VariableLocation::kUnresolvedGlobal || var == nullptr) {
    builder_.Emit(Bytecode::kStaGlobal, {Name(proxy->name()), Slot(FeedbackSlotKind::kStoreGlobalIC)});
    return;
  }
  if (kind == AssignKind::kAssign && var->IsImmutable()) {
    if (var->kind() == VariableKind::kFunctionName && !literal_->is_strict()) return;  // ignored
    if (proxy->needs_hole_check()) {
      BuildLoadFromVariable(var, proxy->context_depth());
      BuildHoleCheck(proxy);
    }
    BuildThrowConstAssign();
    return;
  }
  if (kind == AssignKind::kAssign && proxy->needs_hole_check()) {
    RegisterAllocationScope rs(registers());
    Register value = NewRegister();
    builder_.StoreAccumulatorInRegister(value);
    BuildLoadFromVariable(var, proxy->context_depth());
    BuildHoleCheck(proxy);
    builder_.LoadAccumulatorWithRegister(value);
  }
  BuildStoreToVariable(var, proxy->context_depth());
}

// -- Statements ------------------------------------------------------------------------

void BytecodeGenerator::VisitStatements(const StatementList& statements) {
  for (Statement* s : statements) {
    if (!CheckStack()) return;
    if (!s->IsBlock() && !s->IsEmptyStatement() && !s->IsFunctionDeclaration()) {
      builder_.SetStatementPosition(s->position());
    }
    RegisterAllocationScope rs(registers());
    Visit(s);
  }
}

void BytecodeGenerator::VisitInScope(Scope* scope, Statement* body) {
  ContextScope context(this, scope);
  if (scope != nullptr) BuildScopeDeclarations(scope);
  if (!CheckStack()) return;
  if (!body->IsBlock()) builder_.SetStatementPosition(body->position());
  RegisterAllocationScope rs(registers());
  Visit(body);
}

void BytecodeGenerator::VisitBlockBody(Block* block) {
  ContextScope context(this, block->scope());
  if (block->scope() != nullptr) BuildScopeDeclarations(block->scope());
  VisitStatements(block->statements());
}

void BytecodeGenerator::VisitBlock(Block* node) { VisitBlockBody(node); }

void BytecodeGenerator::VisitVariableDeclaration(VariableDeclaration* node) {
  for (const Declarator& d : node->declarators()) {
    RegisterAllocationScope rs(registers());
    if (d.initializer == nullptr) {
      // `var x;` does nothing; `let x;` initializes x to undefined.
      if (node->declaration_kind() == DeclarationKind::kVar) continue;
      builder_.LoadUndefined();
    } else {
      builder_.SetExpressionPosition(d.position);
      VisitForAccumulatorValue(d.initializer);
    }
    AssignKind kind = node->declaration_kind() == DeclarationKind::kVar ? AssignKind::kAssign
                                                                        : AssignKind::kInit;
    if (d.target->IsVariableProxy()) {
      BuildVariableAssignment(d.target->AsVariableProxy(), kind);
    } else {
      if (d.initializer != nullptr) pattern_source_ = {PatternSource::Kind::kDeclaration, d.initializer};
      BuildPatternAssignment(d.target, kind);
    }
  }
}

void BytecodeGenerator::VisitFunctionDeclaration(FunctionDeclaration* node) {
  // The closure was made at scope entry; only Annex B's block-function copy
  // happens here.
  if (node->annexb_var() == nullptr || node->var_proxy() == nullptr) return;
  BuildVariableLoad(node->var_proxy());
  BuildVariableAssignment(node->annexb_proxy(), AssignKind::kInit);
}

void BytecodeGenerator::VisitClassDeclaration(ClassDeclaration* node) {
  BuildClassLiteral(node->class_literal());
  BuildVariableAssignment(node->proxy(), AssignKind::kInit);
}

void BytecodeGenerator::VisitExpressionStatement(ExpressionStatement* node) {
  VisitForEffect(node->expression());
}

void BytecodeGenerator::VisitEmptyStatement(EmptyStatement*) {}

void BytecodeGenerator::VisitIfStatement(IfStatement* node) {
  BytecodeLabel then_label = builder_.NewLabel(), else_label = builder_.NewLabel();
  BytecodeLabel done = builder_.NewLabel();
  VisitForTest(node->condition(), then_label, else_label, TestFallthrough::kThen);
  builder_.Bind(then_label);
  VisitInScope(nullptr, node->then_statement());
  if (node->else_statement() != nullptr) {
    builder_.EmitJump(Bytecode::kJump, done);
    builder_.Bind(else_label);
    VisitInScope(nullptr, node->else_statement());
  } else {
    builder_.Bind(else_label);
  }
  builder_.Bind(done);
}

// Loop shape (while: condition_first; do-while: not):
//
//   [Jump body]            do-while only
//   header:                 JumpLoop target
//     condition → JumpIfToBooleanFalse break
//   body:
//     body
//   continue:
//     next                  for loops
//     JumpLoop header, depth, slot
//   break:
void BytecodeGenerator::BuildLoop(IterationStatement* loop, Expression* condition,
                                  Expression* next, bool condition_first) {
  BytecodeLabel header = builder_.NewLabel(), body = builder_.NewLabel();
  BytecodeLabel continue_label = builder_.NewLabel(), break_label = builder_.NewLabel();
  builder_.Bind(header);
  if (condition_first && condition != nullptr) {
    VisitForTest(condition, body, break_label, TestFallthrough::kThen);
  }
  builder_.Bind(body);
  {
    ControlScopeForIteration control(this, loop, break_label, continue_label);
    ++loop_depth_;
    VisitInScope(nullptr, loop->body());
    --loop_depth_;
  }
  builder_.Bind(continue_label);
  if (next != nullptr) {
    builder_.SetStatementPosition(next->position());
    VisitForEffect(next);
  }
  if (!condition_first && condition != nullptr) {
    BytecodeLabel again = builder_.NewLabel();
    VisitForTest(condition, again, break_label, TestFallthrough::kThen);
    builder_.Bind(again);
  }
  builder_.EmitJumpLoop(header, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
  builder_.Bind(break_label);
}

void BytecodeGenerator::VisitDoWhileStatement(DoWhileStatement* node) {
  BuildLoop(node, node->condition(), nullptr, false);
}

void BytecodeGenerator::VisitWhileStatement(WhileStatement* node) {
  BuildLoop(node, node->condition(), nullptr, true);
}

void BytecodeGenerator::VisitForStatement(ForStatement* node) {
  if (node->per_iteration_context()) {
    VisitForStatementWithPerIterationContext(node);
    return;
  }
  ContextScope context(this, node->scope());
  if (node->scope() != nullptr) BuildScopeDeclarations(node->scope());
  if (node->init() != nullptr) {
    RegisterAllocationScope rs(registers());
    builder_.SetStatementPosition(node->init()->position());
    Visit(node->init());
  }
  BuildLoop(node, node->condition(), node->next(), true);
}

// for (let i = 0; i < n; i++) { ... closures capture i ... }
//
//   CreateBlockContext head; PushContext saved     iteration 0's bindings
//   init
//   header: condition → break
//     body
//   continue:
//     copy: load each slot into temps, PopContext saved,
//           CreateBlockContext head, PushContext saved, store temps
//     next
//     JumpLoop header
//   break: PopContext saved
void BytecodeGenerator::VisitForStatementWithPerIterationContext(ForStatement* node) {
  Scope* head = node->scope();
  ContextScope context(this, head);
  BuildScopeDeclarations(head);
  if (node->init() != nullptr) {
    RegisterAllocationScope rs(registers());
    builder_.SetStatementPosition(node->init()->position());
    Visit(node->init());
  }
  Register outer = context_saves_.back();
  BytecodeLabel header = builder_.NewLabel(), body = builder_.NewLabel();
  BytecodeLabel continue_label = builder_.NewLabel(), break_label = builder_.NewLabel();
  builder_.Bind(header);
  if (node->condition() != nullptr) {
    VisitForTest(node->condition(), body, break_label, TestFallthrough::kThen);
  }
  builder_.Bind(body);
  {
    ControlScopeForIteration control(this, node, break_label, continue_label);
    ++loop_depth_;
    VisitInScope(nullptr, node->body());
    --loop_depth_;
  }
  builder_.Bind(continue_label);
  BuildPerIterationContextCopy(head, outer);
  if (node->next() != nullptr) {
    builder_.SetStatementPosition(node->next()->position());
    VisitForEffect(node->next());
  }
  builder_.EmitJumpLoop(header, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
  builder_.Bind(break_label);
}

void BytecodeGenerator::BuildPerIterationContextCopy(Scope* scope, Register outer_context) {
  RegisterAllocationScope rs(registers());
  int32_t slots = scope->num_context_slots();
  RegisterList temps = registers()->NewRegisterList(slots);
  for (int32_t i = 0; i < slots; ++i) {
    builder_.Emit(Bytecode::kLdaCurrentContextSlot, {i});
    builder_.StoreAccumulatorInRegister(temps[i]);
  }
  builder_.Emit(Bytecode::kPopContext, {outer_context});
  builder_.Emit(Bytecode::kCreateBlockContext, {ScopeInfoConstant(scope)});
  builder_.Emit(Bytecode::kPushContext, {outer_context});
  for (int32_t i = 0; i < slots; ++i) {
    builder_.LoadAccumulatorWithRegister(temps[i]);
    builder_.Emit(Bytecode::kStaCurrentContextSlot, {i});
  }
}

void BytecodeGenerator::VisitForInStatement(ForInStatement* node) { BuildForIn(node); }

void BytecodeGenerator::VisitForOfStatement(ForOfStatement* node) {
  if (node->is_await() && !async_function_ && !async_generator_) {
    // FIXME(#9): for await in async generators.
    Register description = NewRegister();
    builder_.LoadString(u"for await");
    builder_.StoreAccumulatorInRegister(description);
    builder_.CallRuntime(RuntimeFunctionId::kThrowUnsupportedFeature, description);
    return;
  }
  BuildForOf(node);
}

void BytecodeGenerator::VisitContinueStatement(ContinueStatement* node) {
  control_scope_->PerformCommand(ControlScope::Command::kContinue, node->target());
}

void BytecodeGenerator::VisitBreakStatement(BreakStatement* node) {
  control_scope_->PerformCommand(ControlScope::Command::kBreak, node->target());
}

void BytecodeGenerator::VisitReturnStatement(ReturnStatement* node) {
  if (node->expression() != nullptr) {
    VisitForAccumulatorValue(node->expression());
  } else {
    builder_.LoadUndefined();
  }
  if (IsDerivedConstructor(literal_->function_kind())) {
    // `return undefined` (or nothing) from a derived constructor returns
    // `this`; an object is returned as is; anything else is a TypeError the
    // construct path raises ("Derived constructors may only return object
    // or undefined").
    BytecodeLabel done = builder_.NewLabel();
    builder_.EmitJump(Bytecode::kJumpIfNotUndefined, done);
    Variable* receiver = scope_->receiver();
    if (receiver != nullptr && receiver->location() != VariableLocation::kUnallocated) {
      BuildLoadFromVariable(receiver, 0);
    } else {
      builder_.LoadAccumulatorWithRegister(Register::Receiver());
    }
    builder_.Emit(Bytecode::kThrowSuperNotCalledIfHole);
    builder_.Bind(done);
  }
  // An async generator's `return e` awaits e (ES2023 14.10.1: "If
  // GetGeneratorKind() is async, set exprValue to ? Await(exprValue)").
  if (async_generator_ && node->expression() != nullptr) BuildAwait(node->position());
  builder_.SetStatementPosition(node->position());
  control_scope_->PerformCommand(ControlScope::Command::kReturn, nullptr);
}

// switch (tag) { case a: ... default: ... case b: ... }
//
//   tag → r_tag
//   a → TestEqualStrict r_tag → JumpIfTrue case_0    (every labelled case, in order)
//   b → TestEqualStrict r_tag → JumpIfTrue case_2
//   Jump default (or break)
//   case_0: ...  case_1 (default): ...  case_2: ...   fall through in source order
//   break:
void BytecodeGenerator::VisitSwitchStatement(SwitchStatement* node) {
  BytecodeLabel break_label = builder_.NewLabel();
  ControlScopeForBreakable control(this, node, break_label);
  Register tag = NewRegister();
  VisitForAccumulatorValue(node->tag());
  builder_.StoreAccumulatorInRegister(tag);
  {
    ContextScope context(this, node->scope());
    if (node->scope() != nullptr) BuildScopeDeclarations(node->scope());
    std::vector<BytecodeLabel> case_labels;
    int default_index = -1;
    for (int i = 0; i < node->cases().size(); ++i) {
      const CaseClause& clause = node->cases()[i];
      case_labels.push_back(builder_.NewLabel());
      if (clause.label == nullptr) {
        default_index = i;
        continue;
      }
      RegisterAllocationScope rs(registers());
      builder_.SetExpressionPosition(clause.position);
      VisitForAccumulatorValue(clause.label);
      builder_.Emit(Bytecode::kTestEqualStrict, {tag, Slot(FeedbackSlotKind::kCompareOp)});
      builder_.EmitJump(Bytecode::kJumpIfTrue, case_labels[i]);
    }
    BytecodeLabel no_match = builder_.NewLabel();
    builder_.EmitJump(Bytecode::kJump,
                      default_index >= 0 ? case_labels[default_index] : no_match);
    for (int i = 0; i < node->cases().size(); ++i) {
      builder_.Bind(case_labels[i]);
      VisitStatements(*node->cases()[i].statements);
    }
    builder_.Bind(no_match);
  }
  builder_.Bind(break_label);
}

void BytecodeGenerator::VisitLabeledStatement(LabeledStatement* node) {
  // Labels on loops and switches resolve to the loop/switch itself.
  Statement* body = node->body();
  if (body->IsIterationStatement() || body->IsSwitchStatement() || body->IsLabeledStatement()) {
    Visit(body);
    return;
  }
  BytecodeLabel break_label = builder_.NewLabel();
  {
    ControlScopeForBreakable control(this, node, break_label);
    VisitInScope(nullptr, body);
  }
  builder_.Bind(break_label);
}

void BytecodeGenerator::VisitThrowStatement(ThrowStatement* node) {
  VisitForAccumulatorValue(node->exception());
  builder_.SetExpressionPosition(node->position());
  builder_.Emit(Bytecode::kThrow);
}

void BytecodeGenerator::VisitTryStatement(TryStatement* node) {
  if (node->finally_block() != nullptr) {
    BuildTryFinally(node);
  } else {
    BuildTryCatch(node, node->try_block());
  }
}

void BytecodeGenerator::PopContextsTo(int32_t depth) {
  if (context_depth() > depth) {
    builder_.Emit(Bytecode::kPopContext, {context_saves_[depth]});
  }
}

// try { body } catch (e) { handler }
//
//   Mov <context>, r_ctx               the handler table restores it
//   try_begin: body  try_end:
//   Jump done
//   handler:                            acc = exception
//     Star r_exc; LdaTheHole; SetPendingMessage   (the exception is caught)
//     [CreateCatchContext r_exc; PushContext]     if e is captured
//     bind e (or destructure) ; catch block ; [PopContext]
//   done:
void BytecodeGenerator::BuildTryCatch(TryStatement* node, Block* try_block) {
  Register context = NewRegister();
  builder_.MoveRegister(Register::CurrentContext(), context);
  int32_t handler = builder_.NewHandlerEntry(context, HandlerPrediction::kCaught);
  BytecodeLabel done = builder_.NewLabel();
  builder_.MarkTryBegin(handler);
  {
    RegisterAllocationScope rs(registers());
    VisitBlockBody(try_block);
  }
  builder_.MarkTryEnd(handler);
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.MarkHandler(handler);
  {
    RegisterAllocationScope rs(registers());
    Register exception = NewRegister();
    builder_.StoreAccumulatorInRegister(exception);
    builder_.LoadTheHole();
    builder_.Emit(Bytecode::kSetPendingMessage);
    Scope* catch_scope = node->catch_scope();
    Expression* parameter = node->catch_parameter();
    bool pushed = false;
    if (catch_scope != nullptr && catch_scope->needs_context()) {
      builder_.Emit(Bytecode::kCreateCatchContext, {exception, ScopeInfoConstant(catch_scope)});
      Register saved = NewRegister();
      builder_.Emit(Bytecode::kPushContext, {saved});
      context_saves_.push_back(saved);
      pushed = true;
    }
    if (catch_scope != nullptr) BuildScopeDeclarations(catch_scope);
    if (parameter != nullptr) {
      builder_.LoadAccumulatorWithRegister(exception);
      if (parameter->IsVariableProxy()) {
        BuildVariableAssignment(parameter->AsVariableProxy(), AssignKind::kInit);
      } else {
        pattern_source_.kind = PatternSource::Kind::kCatch;
        BuildPatternAssignment(parameter, AssignKind::kInit);
      }
    }
    if (node->catch_block() != nullptr) VisitBlockBody(node->catch_block());
    if (pushed) {
      Register saved = context_saves_.back();
      context_saves_.pop_back();
      builder_.Emit(Bytecode::kPopContext, {saved});
    }
  }
  builder_.Bind(done);
}

// try { body } [catch ...] finally { fin }
//
//   Mov <context>, r_ctx
//   try_begin: body (or a nested try/catch)  try_end:
//   LdaSmi -1; Star r_token                      fall through
//   Jump finally
//   handler:                                     acc = exception
//     Star r_result; LdaZero; Star r_token       token 0 = rethrow
//   finally:
//     LdaTheHole; SetPendingMessage; Star r_message
//     fin
//     Ldar r_message; SetPendingMessage
//     Ldar r_token; SwitchOnSmiNoFeedback [rethrow, cmd_1, ...]
//     Jump after                                 -1 and unknown tokens
//   rethrow: Ldar r_result; ReThrow
//   cmd_k:   [Ldar r_result] break/continue/return to the outer scope
//   after:
//
// break/continue/return inside body set r_token = k (r_result = the return
// value) and jump to finally; a return or throw inside fin simply wins.
void BytecodeGenerator::BuildTryFinally(TryStatement* node) {
  BuildTryFinallyCore(
      [&] {
        if (node->catch_block() != nullptr || node->catch_scope() != nullptr) {
          BuildTryCatch(node, node->try_block());
        } else {
          VisitBlockBody(node->try_block());
        }
      },
      [&](Register) { VisitBlockBody(node->finally_block()); });
}

void BytecodeGenerator::BuildTryFinallyCore(const std::function<void()>& try_body,
                                            const std::function<void(Register)>& finally_body) {
  Register context = NewRegister();
  Register token = NewRegister();
  Register result = NewRegister();
  Register message = NewRegister();
  builder_.MoveRegister(Register::CurrentContext(), context);
  int32_t handler = builder_.NewHandlerEntry(context, HandlerPrediction::kUncaught);
  BytecodeLabel finally_entry = builder_.NewLabel(), after = builder_.NewLabel();
  std::vector<ControlScopeForTryFinally::Deferred> deferred;
  builder_.MarkTryBegin(handler);
  {
    ControlScopeForTryFinally control(this, token, result, finally_entry);
    RegisterAllocationScope rs(registers());
    try_body();
    deferred = control.deferred();
  }
  builder_.MarkTryEnd(handler);
  builder_.LoadSmi(ControlScopeForTryFinally::kFallthroughToken);
  builder_.StoreAccumulatorInRegister(token);
  builder_.EmitJump(Bytecode::kJump, finally_entry);
  builder_.MarkHandler(handler);
  builder_.StoreAccumulatorInRegister(result);
  builder_.LoadSmi(ControlScopeForTryFinally::kRethrowToken);
  builder_.StoreAccumulatorInRegister(token);
  builder_.Bind(finally_entry);
  builder_.LoadTheHole();
  builder_.Emit(Bytecode::kSetPendingMessage);
  builder_.StoreAccumulatorInRegister(message);
  {
    RegisterAllocationScope rs(registers());
    finally_body(token);
  }
  builder_.LoadAccumulatorWithRegister(message);
  builder_.Emit(Bytecode::kSetPendingMessage);
  builder_.LoadAccumulatorWithRegister(token);
  std::vector<BytecodeLabel> targets;
  targets.push_back(builder_.NewLabel());  // rethrow
  for (size_t i = 0; i < deferred.size(); ++i) targets.push_back(builder_.NewLabel());
  builder_.EmitSwitchOnSmi(targets, 0);
  builder_.EmitJump(Bytecode::kJump, after);
  builder_.Bind(targets[0]);
  builder_.LoadAccumulatorWithRegister(result);
  builder_.Emit(Bytecode::kReThrow);
  for (size_t i = 0; i < deferred.size(); ++i) {
    builder_.Bind(targets[i + 1]);
    if (deferred[i].command == ControlScope::Command::kReturn) {
      builder_.LoadAccumulatorWithRegister(result);
    }
    control_scope_->PerformCommand(deferred[i].command, deferred[i].target);
  }
  builder_.Bind(after);
}

void BytecodeGenerator::VisitDebuggerStatement(DebuggerStatement*) {
  builder_.Emit(Bytecode::kDebugger);
}

void BytecodeGenerator::VisitInitializeClassMembersStatement(InitializeClassMembersStatement* node) {
  BuildClassMembersInitialization(node);
}

}  // namespace lucid
