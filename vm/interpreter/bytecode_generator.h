// Copyright 2025 the Lucid authors. MIT license.
// BytecodeGenerator: turns a parsed, scope-analyzed AST into BytecodeUnits.

#ifndef LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_H_
#define LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "parser/scope.h"
#include "vm/interpreter/bytecode_array_builder.h"
#include "vm/interpreter/bytecode_unit.h"

namespace lucid {

struct GeneratorError {
  enum class Type : uint8_t { kNone, kRangeError, kSyntaxError };
  Type type = Type::kNone;
  std::string message;  // "Maximum call stack size exceeded"
  int position = 0;
};

// Compiles a whole script: the top level and, breadth first, every function
// literal reached from it. {stack_limit} is a native stack address (see
// parser/stack_limit.h; 0 = unlimited): a nesting too deep for the C++ stack
// becomes RangeError "Maximum call stack size exceeded" instead of a crash.
bool GenerateBytecode(FunctionLiteral* top_level, ScriptKind kind, uintptr_t stack_limit,
                      CompiledScript* out, GeneratorError* error);

class BytecodeGenerator;

// State shared by the generators of one script's functions.
struct ScriptCompilation {
  struct Pending {
    FunctionLiteral* literal;
    int32_t unit_index;
  };
  CompiledScript* script = nullptr;
  std::deque<Pending> queue;
  uintptr_t stack_limit = 0;
  GeneratorError* error = nullptr;

  // Reserves a unit for {literal}, queues it and returns its index.
  int32_t Enqueue(FunctionLiteral* literal, int32_t parent);
};

// Generates one function. Expressions leave their value in the accumulator
// unless they say otherwise; statements leave nothing. Temporary registers
// are scoped with RegisterAllocationScope around each statement and each
// expression that needs them.
class BytecodeGenerator final : public AstVisitor<BytecodeGenerator> {
 public:
  BytecodeGenerator(ScriptCompilation* compilation, FunctionLiteral* literal, int32_t unit_index);
  void Generate();

  // -- AstVisitor -------------------------------------------------------------
#define DECLARE_VISIT(Name) void Visit##Name(Name* node);
  AST_NODE_LIST(DECLARE_VISIT)
#undef DECLARE_VISIT

 private:
  class ControlScope;
  class ControlScopeForTopLevel;
  class ControlScopeForBreakable;
  class ControlScopeForIteration;
  class ControlScopeForTryFinally;
  class ContextScope;
  friend class ControlScope;
  friend class ControlScopeForTopLevel;
  friend class ControlScopeForBreakable;
  friend class ControlScopeForIteration;
  friend class ControlScopeForTryFinally;
  friend class ContextScope;

  enum class TypeofMode : uint8_t { kNotInside, kInside };
  enum class AssignKind : uint8_t { kAssign, kInit };
  // Which label's code directly follows a test (so no jump is needed to it).
  enum class TestFallthrough : uint8_t { kThen, kElse, kNone };
  // The fallthrough of the same test with its then and else labels swapped.
  static TestFallthrough Inverted(TestFallthrough f) {
    return f == TestFallthrough::kThen ? TestFallthrough::kElse
           : f == TestFallthrough::kElse ? TestFallthrough::kThen
                                         : TestFallthrough::kNone;
  }

  // An assignment target, evaluated up to the point where the value can be
  // stored (object and key in registers).
  struct AssignTarget {
    enum class Type : uint8_t { kVariable, kNamed, kKeyed, kPrivate, kSuperNamed, kSuperKeyed, kPattern };
    Type type = Type::kVariable;
    VariableProxy* proxy = nullptr;
    Expression* pattern = nullptr;
    Register object, key, home_object;
    const AstString* name = nullptr;
  };

  // -- Driver (bytecode_generator.cc) ----------------------------------------------
  bool CheckStack();
  void BuildPrologue();
  void BuildImplicitVariables(Scope* scope);
  void BuildParameterInitialization();
  void BuildScopeDeclarations(Scope* scope);
  void BuildHoleInitialization(Scope* scope);
  void BuildImplicitReturn();
  void FillMetadata(FunctionMetadata* metadata);
  int32_t ScopeInfoConstant(Scope* scope);
  int32_t FunctionConstant(FunctionLiteral* literal);
  void BuildCreateClosure(FunctionLiteral* literal);
  void VisitStatements(const StatementList& statements);
  void VisitBlockBody(Block* block);
  void VisitInScope(Scope* scope, Statement* body);

  // -- Variables ---------------------------------------------------------------------
  void BuildVariableLoad(VariableProxy* proxy, TypeofMode typeof_mode = TypeofMode::kNotInside);
  void BuildVariableLoadNoHoleCheck(VariableProxy* proxy);
  void BuildHoleCheck(VariableProxy* proxy);
  void BuildVariableAssignment(VariableProxy* proxy, AssignKind kind);
  void BuildStoreToVariable(Variable* var, int depth);
  void BuildLoadFromVariable(Variable* var, int depth);
  void BuildThrowConstAssign();

  // -- Control flow --------------------------------------------------------------
  void BuildLoop(IterationStatement* loop, Expression* condition, Expression* next,
                 bool condition_first);
  void VisitForStatementWithPerIterationContext(ForStatement* node);
  void BuildPerIterationContextCopy(Scope* scope, Register outer_context);
  void BuildTryCatch(TryStatement* node, Block* try_block);
  void BuildTryFinally(TryStatement* node);
  // try { try_body } finally { finally_body(token) } with the token protocol.
  void BuildTryFinallyCore(const std::function<void()>& try_body,
                           const std::function<void(Register token)>& finally_body);
  void PopContextsTo(int32_t depth);
  int32_t context_depth() const { return static_cast<int32_t>(context_saves_.size()); }

  // -- Expressions (bytecode_generator_expressions.cc) ----------------------------
  void VisitForAccumulatorValue(Expression* expr);
  void VisitForEffect(Expression* expr);
  Register VisitForRegisterValue(Expression* expr);
  // {expr}'s value in a register, when {later} is evaluated after it (the
  // left operand of a binary operator): a local is used in place if {later}
  // cannot assign it.
  Register VisitForRegisterValueBefore(Expression* expr, Expression* later);
  void BuildCountOperation(CountOperation* node, bool value_needed);
  void VisitForRegisterValue(Expression* expr, Register destination);
  // Branches to {then_label}/{else_label}; the code of the {fallthrough}
  // label is bound right after.
  void VisitForTest(Expression* expr, BytecodeLabel then_label, BytecodeLabel else_label,
                    TestFallthrough fallthrough);
  // The jumps of a test whose value is in the accumulator ({is_boolean}: a
  // comparison's true/false, else any value by ToBoolean).
  void EmitTestJumps(bool is_boolean, BytecodeLabel then_label, BytecodeLabel else_label,
                     TestFallthrough fallthrough);
  // A comparison into the accumulator; != and !== end in LogicalNot unless
  // {negate} is false (the caller branches on the equality instead).
  void BuildCompareOperation(CompareOperation* node, bool negate);
  void VisitLogicalExpression(BinaryOperation* node);
  void VisitNullishExpression(BinaryOperation* node);
  void VisitArithmetic(Token::Value op, Expression* left, Expression* right, int position);
  void BuildBinaryOp(Token::Value op, Register lhs, int32_t slot);
  void VisitTypeOf(UnaryOperation* node);
  void VisitDelete(UnaryOperation* node);
  void BuildDeleteProperty(Property* property, int position);
  void BuildDeleteNonProperty(Expression* e);
  void VisitCallArguments(const ExpressionList& args, RegisterList* list);
  void BuildCall(Call* node);
  void BuildNativeCall(Call* node);
  void BuildCallWithGeneralSpread(Register callee, Register receiver, const ExpressionList& args);
  void BuildArrayFromElements(const ExpressionList& elements, int first);
  bool BuildInvalidCallTarget(Expression* target);
  AssignTarget PrepareAssignTarget(Expression* target);
  void BuildAssignToTarget(const AssignTarget& target, AssignKind kind);
  void BuildLoadTarget(const AssignTarget& target);
  void BuildLogicalAssignment(Assignment* node);
  void BuildNamedLoad(Register object, const AstString* name);
  void BuildKeyedLoad(Register object);
  void BuildOptionalChainJump();
  void BuildSuperPropertyLoad(Property* property, Register receiver_out);
  void BuildThisForSuper(SuperPropertyReference* ref, Register destination);

  // -- Generators (bytecode_generator_generators.cc) -------------------------------
  void BuildGeneratorPrologue();
  // Async functions (bytecode_generator_generators.cc).
  void BuildAsyncFunctionBody();
  void BuildAsyncReturn();
  bool is_async_function() const { return async_function_; }
  // Async generators (bytecode_generator_generators.cc).
  void BuildAsyncGeneratorBody();
  void BuildAsyncGeneratorReturn();
  void BuildAsyncGeneratorResumeDispatch();
  bool is_async_generator() const { return async_generator_; }
  void BuildSuspendPoint();
  void BuildResumeDispatch();

  // What V8's messages call the value of the next pattern assigned: set by
  // the declaration, assignment, parameter, for-in/of head or catch clause
  // that starts a pattern; BuildPatternAssignment takes (and clears) it, so
  // sub-patterns see kNested.
  struct PatternSource {
    enum class Kind : uint8_t {
      kNested,                // a sub-pattern, or a source V8 does not name
      kDeclaration,           // const {a} = expression
      kAssignment,            // ({a} = expression), [a] = expression
      kParameter,             // function f({a}) {}
      kParameterWithDefault,  // function f({a} = d) {}: V8 sees a conditional
      kForEach,               // for (const {a} of ...): V8's ".for"
      kForEachAssignment,     // for ({a} of ...): worded as property loads
      kCatch,                 // catch ({a}): V8's ".catch"
    };
    Kind kind = Kind::kNested;
    const Expression* expression = nullptr;
  };

  // -- Literals, classes, patterns, iteration (bytecode_generator_literals.cc) ---
  void BuildObjectLiteral(ObjectLiteral* node);
  void BuildArrayLiteral(ArrayLiteral* node);
  void BuildTemplateLiteral(TemplateLiteral* node);
  void BuildPropertyKey(Expression* key, bool is_computed, Register destination);
  void BuildClassLiteral(ClassLiteral* node);
  void BuildClassMembersInitialization(InitializeClassMembersStatement* node);
  void BuildDefaultConstructorBody();
  void BuildPatternAssignment(Expression* pattern, AssignKind kind);
  void BuildObjectPatternAssignment(ObjectLiteral* pattern, Register value, AssignKind kind,
                                    const PatternSource& source);
  void BuildArrayPatternAssignment(ArrayLiteral* pattern, Register value, AssignKind kind,
                                   const PatternSource& source);
  void BuildArrayPatternElements(ArrayLiteral* pattern, RegisterList record, Register done,
                                 Register result, AssignKind kind, const std::function<void()>& step);
  void BuildIteratorCloseUnlessDone(Register iterator, Register done, Register token,
                                    bool is_await = false);
  void BuildPrivateMethodDefinition(ClassLiteralProperty* p, Register home, Register constructor, int kind);
  void BuildAssignWithDefault(Expression* element, AssignKind kind);
  void BuildRequireObjectCoercible(Register value, ObjectLiteral* pattern, const PatternSource& source);
  // The not-iterable message text for an array pattern's value (SetErrorText).
  void RecordIteratorErrorText(const PatternSource& source);
  // The same for a for-of subject or an array literal's spread argument.
  void RecordIterableErrorText(const Expression* iterable);
  // Iterator record: iterator and next method in two consecutive registers.
  // {text_start, text_end}: the iterable's source text for the error message.
  void BuildGetIterator(Register object, RegisterList record, int position, int text_start = -1,
                        int text_end = -1);
  // acc = result of next(); throws if not an object.
  void BuildIteratorNext(RegisterList record, Register result);
  void BuildIteratorStep(RegisterList record, Register result, Register hole, BytecodeLabel exhausted);
  void BuildIteratorClose(Register iterator, bool suppress_errors, bool async = false);
  void BuildForOf(ForOfStatement* node);
  // acc = the value to await; leaves acc = the settled value (or throws).
  void BuildAwait(int position);
  void BuildForIn(ForInStatement* node);
  void VisitForEachSubject(ForEachStatement* node);
  void BuildForEachAssignment(ForEachStatement* node);
  bool IsAnonymousFunctionDefinition(Expression* value) const;

  static std::u16string Str(const AstString* s) {
    return s ? std::u16string(s->view()) : std::u16string();
  }
  int32_t Name(const AstString* s) { return builder_.constant_pool()->AddString(Str(s)); }
  int32_t Slot(FeedbackSlotKind kind) { return builder_.AddSlot(kind); }
  RegisterAllocator* registers() { return builder_.register_allocator(); }
  Register NewRegister() { return registers()->NewRegister(); }

  ScriptCompilation* compilation_;
  FunctionLiteral* literal_;
  Scope* scope_;
  int32_t unit_index_;
  BytecodeArrayBuilder builder_;
  ControlScope* control_scope_ = nullptr;
  // context_saves_[k]: register holding the context current before the k-th
  // context push of this function (PopContext target when leaving it).
  std::vector<Register> context_saves_;
  std::unordered_map<const Scope*, int32_t> scope_info_constants_;
  int32_t loop_depth_ = 0;
  int pattern_depth_ = 0;  // nesting of destructuring patterns being built
  PatternSource pattern_source_;
  // The label a `?.` link jumps to when its object is null/undefined.
  BytecodeLabel optional_chain_end_;
  // this.x = ... assignments counted in constructors.
  int32_t expected_property_count_ = 0;
  bool stack_overflow_ = false;
  // Generator functions: the register holding the generator object.
  Register generator_object_;
  bool async_function_ = false;  // an async (non-generator) function body
  bool async_generator_ = false;  // an async generator function body
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_H_
