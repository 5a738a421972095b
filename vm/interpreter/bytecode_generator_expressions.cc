// Copyright 2025 the Lucid authors. MIT license.
// BytecodeGenerator: expressions (operators, calls, property access,
// assignment targets, optional chains).

#include <cassert>
#include <cmath>
#include <string>
#include <string_view>

#include "vm/interpreter/bytecode_generator.h"

namespace lucid {

namespace {

bool IsSmiLiteral(Expression* e, int32_t* value) {
  Literal* lit = e->AsLiteral();
  if (lit == nullptr || !lit->IsNumber()) return false;
  double d = lit->number();
  if (d < INT32_MIN || d > INT32_MAX || d != std::trunc(d) || (d == 0 && std::signbit(d))) {
    return false;
  }
  *value = static_cast<int32_t>(d);
  return true;
}

bool IsNullLiteral(Expression* e) {
  Literal* lit = e->AsLiteral();
  return lit != nullptr && lit->type() == Literal::Type::kNull;
}

bool IsUndefinedLiteral(Expression* e) {
  Literal* lit = e->AsLiteral();
  return lit != nullptr && lit->type() == Literal::Type::kUndefined;
}

}  // namespace

// -- Evaluation helpers -------------------------------------------------------------

void BytecodeGenerator::VisitForAccumulatorValue(Expression* expr) {
  if (!CheckStack()) return;
  Visit(expr);
}

void BytecodeGenerator::VisitForEffect(Expression* expr) {
  if (!CheckStack()) return;
  // OPTIMIZATION: `i++` whose value is unused is `++i`, as in V8: no
  // ToNumeric copy of the old value to keep.
  if (CountOperation* count = expr->AsCountOperation(); count && count->is_postfix()) {
    BuildCountOperation(count, /*value_needed=*/false);
    return;
  }
  Visit(expr);
}

Register BytecodeGenerator::VisitForRegisterValue(Expression* expr) {
  // OPTIMIZATION: a parameter or stack local that is never assigned after
  // its initialization can be used in place; nothing evaluated later can
  // change it (mapped arguments force parameters into the context).
  if (VariableProxy* proxy = expr->AsVariableProxy()) {
    Variable* var = proxy->var();
    if (var != nullptr && !proxy->needs_hole_check() && !var->maybe_assigned() &&
        (var->mode() != VariableMode::kInternal || var->kind() == VariableKind::kThis)) {
      if (var->location() == VariableLocation::kLocal) return Register(var->index());
      if (var->location() == VariableLocation::kParameter) {
        return var->index() == Variable::kReceiverIndex ? Register::Receiver()
                                                        : Register::FromParameterIndex(var->index());
      }
    }
  }
  Register r = NewRegister();
  VisitForRegisterValue(expr, r);
  return r;
}

// True unless {expr} certainly assigns no variable: only literals, variable
// reads, property reads and pure operators on them are known not to. Calls
// and getters cannot reach a stack local (stack locals are never captured),
// so only assignment and update expressions written inside {expr} could.
static bool MayAssignLocals(Expression* expr) {
  if (expr->IsLiteral() || expr->IsVariableProxy()) return false;
  if (BinaryOperation* b = expr->AsBinaryOperation()) {
    return MayAssignLocals(b->left()) || MayAssignLocals(b->right());
  }
  if (CompareOperation* c = expr->AsCompareOperation()) {
    return MayAssignLocals(c->left()) || MayAssignLocals(c->right());
  }
  if (UnaryOperation* u = expr->AsUnaryOperation()) {
    return u->op() == Token::kDelete || MayAssignLocals(u->expression());
  }
  if (Property* p = expr->AsProperty()) {
    return MayAssignLocals(p->object()) || MayAssignLocals(p->key());
  }
  return true;
}

// OPTIMIZATION: a parameter or stack local read before {later} can be used
// in place when {later} cannot assign it (V8's register optimizer gets the
// same effect by aliasing); `i < n` is then LdaSmi + TestLessThan r_i.
static bool InPlaceLocal(Expression* expr, Expression* later, Register* reg) {
  VariableProxy* proxy = expr->AsVariableProxy();
  if (proxy == nullptr || proxy->needs_hole_check() || (later != nullptr && MayAssignLocals(later))) {
    return false;
  }
  Variable* var = proxy->var();
  if (var == nullptr || (var->mode() == VariableMode::kInternal && var->kind() != VariableKind::kThis)) {
    return false;
  }
  if (var->location() == VariableLocation::kLocal) {
    *reg = Register(var->index());
    return true;
  }
  if (var->location() == VariableLocation::kParameter) {
    *reg = var->index() == Variable::kReceiverIndex ? Register::Receiver()
                                                    : Register::FromParameterIndex(var->index());
    return true;
  }
  return false;
}

Register BytecodeGenerator::VisitForRegisterValueBefore(Expression* expr, Expression* later) {
  Register reg;
  if (InPlaceLocal(expr, later, &reg)) return reg;
  return VisitForRegisterValue(expr);
}

void BytecodeGenerator::VisitForRegisterValue(Expression* expr, Register destination) {
  // OPTIMIZATION: a parameter, `this` or stack local is copied with one Mov
  // instead of Ldar + Star (V8's register optimizer gets the same).
  Register source;
  if (InPlaceLocal(expr, nullptr, &source)) {
    builder_.SetExpressionPosition(expr->position());
    builder_.MoveRegister(source, destination);
    return;
  }
  {
    RegisterAllocationScope rs(registers());
    VisitForAccumulatorValue(expr);
  }
  builder_.StoreAccumulatorInRegister(destination);
}

// Conditions branch directly on comparisons and short-circuit through && ||
// and ! without materializing booleans.
void BytecodeGenerator::VisitForTest(Expression* expr, BytecodeLabel then_label,
                                     BytecodeLabel else_label, TestFallthrough fallthrough) {
  if (!CheckStack()) return;
  if (UnaryOperation* u = expr->AsUnaryOperation(); u && u->op() == Token::kNot) {
    VisitForTest(u->expression(), else_label, then_label, Inverted(fallthrough));
    return;
  }
  if (BinaryOperation* b = expr->AsBinaryOperation();
      b && (b->op() == Token::kAnd || b->op() == Token::kOr)) {
    BytecodeLabel middle = builder_.NewLabel();
    if (b->op() == Token::kAnd) {
      VisitForTest(b->left(), middle, else_label, TestFallthrough::kThen);
    } else {
      VisitForTest(b->left(), then_label, middle, TestFallthrough::kElse);
    }
    builder_.Bind(middle);
    VisitForTest(b->right(), then_label, else_label, fallthrough);
    return;
  }
  if (CompareOperation* c = expr->AsCompareOperation()) {
    // OPTIMIZATION: `x === null`, `x !== undefined`, `x == null` ... in a
    // test jump on the value itself (JumpIfNull ...), as Ignition does,
    // instead of TestNull [+ LogicalNot] + JumpIfFalse.
    Token::Value op = c->op();
    bool strict = op == Token::kEqStrict || op == Token::kNeStrict;
    bool loose = op == Token::kEq || op == Token::kNe;
    bool is_null = IsNullLiteral(c->right()), is_undefined = IsUndefinedLiteral(c->right());
    if ((strict || loose) && (is_null || is_undefined)) {
      VisitForAccumulatorValue(c->left());
      builder_.SetExpressionPosition(c->position());
      bool negate = op == Token::kNe || op == Token::kNeStrict;
      Bytecode if_equal = loose ? Bytecode::kJumpIfUndefinedOrNull
                                : is_null ? Bytecode::kJumpIfNull : Bytecode::kJumpIfUndefined;
      BytecodeLabel when_equal = negate ? else_label : then_label;
      BytecodeLabel when_unequal = negate ? then_label : else_label;
      // Which label the code after this test is.
      bool equal_falls_through = fallthrough == (negate ? TestFallthrough::kElse : TestFallthrough::kThen);
      bool unequal_falls_through = fallthrough == (negate ? TestFallthrough::kThen : TestFallthrough::kElse);
      if (equal_falls_through && !loose) {
        builder_.EmitJump(is_null ? Bytecode::kJumpIfNotNull : Bytecode::kJumpIfNotUndefined, when_unequal);
      } else {
        builder_.EmitJump(if_equal, when_equal);
        if (!unequal_falls_through) builder_.EmitJump(Bytecode::kJump, when_unequal);
      }
      return;
    }
    if (op == Token::kNe || op == Token::kNeStrict) {
      // OPTIMIZATION: `a !== b` branches on `a === b` with the labels
      // swapped, as Ignition does: no LogicalNot, and the jump fuses with
      // the compare (the interpreter's NEXT_TEST).
      BuildCompareOperation(c, false);
      EmitTestJumps(true, else_label, then_label, Inverted(fallthrough));
      return;
    }
  }
  VisitForAccumulatorValue(expr);
  EmitTestJumps(expr->IsCompareOperation(), then_label, else_label, fallthrough);
}

void BytecodeGenerator::EmitTestJumps(bool is_boolean, BytecodeLabel then_label, BytecodeLabel else_label,
                                      TestFallthrough fallthrough) {
  Bytecode if_true = is_boolean ? Bytecode::kJumpIfTrue : Bytecode::kJumpIfToBooleanTrue;
  Bytecode if_false = is_boolean ? Bytecode::kJumpIfFalse : Bytecode::kJumpIfToBooleanFalse;
  switch (fallthrough) {
    case TestFallthrough::kThen:
      builder_.EmitJump(if_false, else_label);
      break;
    case TestFallthrough::kElse:
      builder_.EmitJump(if_true, then_label);
      break;
    case TestFallthrough::kNone:
      builder_.EmitJump(if_true, then_label);
      builder_.EmitJump(Bytecode::kJump, else_label);
      break;
  }
}

// -- Leaves ---------------------------------------------------------------------------

void BytecodeGenerator::VisitLiteral(Literal* node) {
  switch (node->type()) {
    case Literal::Type::kUndefined: builder_.LoadUndefined(); break;
    case Literal::Type::kNull: builder_.LoadNull(); break;
    case Literal::Type::kTrue: builder_.LoadBoolean(true); break;
    case Literal::Type::kFalse: builder_.LoadBoolean(false); break;
    case Literal::Type::kNumber: builder_.LoadNumber(node->number()); break;
    case Literal::Type::kString: builder_.LoadString(Str(node->string())); break;
    case Literal::Type::kTheHole: builder_.LoadTheHole(); break;
  }
}

void BytecodeGenerator::VisitRegExpLiteral(RegExpLiteral* node) {
  uint8_t flags = 0;
  const char* kFlagChars = "gimsuydv";
  for (char16_t c : node->flags()->view()) {
    for (int bit = 0; kFlagChars[bit]; ++bit) {
      if (c == static_cast<char16_t>(kFlagChars[bit])) flags |= static_cast<uint8_t>(1 << bit);
    }
  }
  builder_.Emit(Bytecode::kCreateRegExpLiteral,
                {Name(node->pattern()), Slot(FeedbackSlotKind::kLiteral), static_cast<int32_t>(flags)});
}

void BytecodeGenerator::VisitTemplateLiteral(TemplateLiteral* node) { BuildTemplateLiteral(node); }

void BytecodeGenerator::VisitObjectLiteral(ObjectLiteral* node) { BuildObjectLiteral(node); }

void BytecodeGenerator::VisitArrayLiteral(ArrayLiteral* node) { BuildArrayLiteral(node); }

void BytecodeGenerator::VisitFunctionLiteral(FunctionLiteral* node) { BuildCreateClosure(node); }

void BytecodeGenerator::VisitClassLiteral(ClassLiteral* node) { BuildClassLiteral(node); }

void BytecodeGenerator::VisitVariableProxy(VariableProxy* node) { BuildVariableLoad(node); }

void BytecodeGenerator::VisitSpread(Spread* node) {
  // Spreads are consumed by their array literal / call; reaching one here
  // means a pattern rest in value position, which the parser rejects.
  VisitForAccumulatorValue(node->expression());
}

void BytecodeGenerator::VisitSuperPropertyReference(SuperPropertyReference*) {
  builder_.LoadUndefined();  // only reached as a Property's object
}


void BytecodeGenerator::VisitConditional(Conditional* node) {
  BytecodeLabel then_label = builder_.NewLabel(), else_label = builder_.NewLabel();
  BytecodeLabel done = builder_.NewLabel();
  VisitForTest(node->condition(), then_label, else_label, TestFallthrough::kThen);
  builder_.Bind(then_label);
  VisitForAccumulatorValue(node->then_expression());
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(else_label);
  VisitForAccumulatorValue(node->else_expression());
  builder_.Bind(done);
}

// -- Operators ----------------------------------------------------------------------

void BytecodeGenerator::BuildBinaryOp(Token::Value op, Register lhs, int32_t slot) {
  Bytecode b = Bytecode::kAdd;
  switch (op) {
    case Token::kAdd: b = Bytecode::kAdd; break;
    case Token::kSub: b = Bytecode::kSub; break;
    case Token::kMul: b = Bytecode::kMul; break;
    case Token::kDiv: b = Bytecode::kDiv; break;
    case Token::kMod: b = Bytecode::kMod; break;
    case Token::kExp: b = Bytecode::kExp; break;
    case Token::kBitOr: b = Bytecode::kBitwiseOr; break;
    case Token::kBitXor: b = Bytecode::kBitwiseXor; break;
    case Token::kBitAnd: b = Bytecode::kBitwiseAnd; break;
    case Token::kShl: b = Bytecode::kShiftLeft; break;
    case Token::kSar: b = Bytecode::kShiftRight; break;
    case Token::kShr: b = Bytecode::kShiftRightLogical; break;
    default: assert(false && "not an arithmetic operator"); break;
  }
  builder_.Emit(b, {lhs, slot});
}

static Bytecode SmiFormOf(Token::Value op) {
  switch (op) {
    case Token::kAdd: return Bytecode::kAddSmi;
    case Token::kSub: return Bytecode::kSubSmi;
    case Token::kMul: return Bytecode::kMulSmi;
    case Token::kDiv: return Bytecode::kDivSmi;
    case Token::kMod: return Bytecode::kModSmi;
    case Token::kExp: return Bytecode::kExpSmi;
    case Token::kBitOr: return Bytecode::kBitwiseOrSmi;
    case Token::kBitXor: return Bytecode::kBitwiseXorSmi;
    case Token::kBitAnd: return Bytecode::kBitwiseAndSmi;
    case Token::kShl: return Bytecode::kShiftLeftSmi;
    case Token::kSar: return Bytecode::kShiftRightSmi;
    case Token::kShr: return Bytecode::kShiftRightLogicalSmi;
    default: return Bytecode::kIllegal;
  }
}

// left op right: `x + 1` becomes AddSmi [1]; otherwise left goes to a
// register and right to the accumulator.
void BytecodeGenerator::VisitArithmetic(Token::Value op, Expression* left, Expression* right,
                                        int position) {
  int32_t smi;
  if (IsSmiLiteral(right, &smi)) {
    VisitForAccumulatorValue(left);
    builder_.SetExpressionPosition(position);
    builder_.Emit(SmiFormOf(op), {smi, Slot(FeedbackSlotKind::kBinaryOp)});
    return;
  }
  RegisterAllocationScope rs(registers());
  Register lhs = VisitForRegisterValueBefore(left, right);
  VisitForAccumulatorValue(right);
  builder_.SetExpressionPosition(position);
  BuildBinaryOp(op, lhs, Slot(FeedbackSlotKind::kBinaryOp));
}

void BytecodeGenerator::VisitLogicalExpression(BinaryOperation* node) {
  BytecodeLabel done = builder_.NewLabel();
  VisitForAccumulatorValue(node->left());
  builder_.EmitJump(node->op() == Token::kAnd ? Bytecode::kJumpIfToBooleanFalse
                                              : Bytecode::kJumpIfToBooleanTrue,
                    done);
  VisitForAccumulatorValue(node->right());
  builder_.Bind(done);
}

void BytecodeGenerator::VisitNullishExpression(BinaryOperation* node) {
  BytecodeLabel rhs = builder_.NewLabel(), done = builder_.NewLabel();
  VisitForAccumulatorValue(node->left());
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, rhs);
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(rhs);
  VisitForAccumulatorValue(node->right());
  builder_.Bind(done);
}

void BytecodeGenerator::VisitBinaryOperation(BinaryOperation* node) {
  switch (node->op()) {
    case Token::kComma:
      VisitForEffect(node->left());
      VisitForAccumulatorValue(node->right());
      return;
    case Token::kAnd:
    case Token::kOr:
      VisitLogicalExpression(node);
      return;
    case Token::kNullish:
      VisitNullishExpression(node);
      return;
    default:
      VisitArithmetic(node->op(), node->left(), node->right(), node->position());
      return;
  }
}

void BytecodeGenerator::VisitCompareOperation(CompareOperation* node) { BuildCompareOperation(node, true); }

void BytecodeGenerator::BuildCompareOperation(CompareOperation* node, bool negate_result) {
  Token::Value op = node->op();
  bool negate = negate_result && (op == Token::kNe || op == Token::kNeStrict);
  // x === null, x === undefined, x == null: no feedback needed.
  if ((op == Token::kEqStrict || op == Token::kNeStrict || op == Token::kEq || op == Token::kNe) &&
      (IsNullLiteral(node->right()) || IsUndefinedLiteral(node->right()))) {
    VisitForAccumulatorValue(node->left());
    builder_.SetExpressionPosition(node->position());
    if (op == Token::kEq || op == Token::kNe) {
      builder_.Emit(Bytecode::kTestUndetectable);
    } else {
      builder_.Emit(IsNullLiteral(node->right()) ? Bytecode::kTestNull : Bytecode::kTestUndefined);
    }
    if (negate) builder_.Emit(Bytecode::kLogicalNot);
    return;
  }
  RegisterAllocationScope rs(registers());
  Register lhs;
  if (VariableProxy* p = node->left()->AsVariableProxy(); p && p->is_private_name()) {
    lhs = NewRegister();  // `#x in o`: the private symbol is the key
    BuildVariableLoadNoHoleCheck(p);
    builder_.StoreAccumulatorInRegister(lhs);
  } else {
    lhs = VisitForRegisterValueBefore(node->left(), node->right());
  }
  VisitForAccumulatorValue(node->right());
  builder_.SetExpressionPosition(node->position());
  switch (op) {
    case Token::kEq:
    case Token::kNe:
      builder_.Emit(Bytecode::kTestEqual, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kEqStrict:
    case Token::kNeStrict:
      builder_.Emit(Bytecode::kTestEqualStrict, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kLessThan:
      builder_.Emit(Bytecode::kTestLessThan, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kGreaterThan:
      builder_.Emit(Bytecode::kTestGreaterThan, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kLessThanEq:
      builder_.Emit(Bytecode::kTestLessThanOrEqual, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kGreaterThanEq:
      builder_.Emit(Bytecode::kTestGreaterThanOrEqual, {lhs, Slot(FeedbackSlotKind::kCompareOp)});
      break;
    case Token::kInstanceof:
      builder_.Emit(Bytecode::kTestInstanceOf, {lhs, Slot(FeedbackSlotKind::kInstanceOf)});
      break;
    case Token::kIn:
      builder_.Emit(Bytecode::kTestIn, {lhs, Slot(FeedbackSlotKind::kIn)});
      break;
    default:
      assert(false && "not a comparison");
  }
  if (negate) builder_.Emit(Bytecode::kLogicalNot);
}

void BytecodeGenerator::VisitTypeOf(UnaryOperation* node) {
  if (VariableProxy* proxy = node->expression()->AsVariableProxy()) {
    BuildVariableLoad(proxy, TypeofMode::kInside);
  } else {
    VisitForAccumulatorValue(node->expression());
  }
  builder_.Emit(Bytecode::kTypeOf);
}

void BytecodeGenerator::VisitDelete(UnaryOperation* node) {
  Expression* e = node->expression();
  if (OptionalChain* chain = e->AsOptionalChain();
      chain != nullptr && chain->expression()->IsProperty() &&
      chain->expression()->AsProperty()->type() != Property::Type::kPrivate) {
    // delete o?.a: deletes unless the chain short-circuits, which is true.
    BytecodeLabel outer = optional_chain_end_;
    optional_chain_end_ = builder_.NewLabel();
    BytecodeLabel nullish = optional_chain_end_;
    BytecodeLabel done = builder_.NewLabel();
    BuildDeleteProperty(chain->expression()->AsProperty(), node->position());
    builder_.EmitJump(Bytecode::kJump, done);
    builder_.Bind(nullish);
    builder_.LoadBoolean(true);
    builder_.Bind(done);
    optional_chain_end_ = outer;
    return;
  }
  Property* property = e->AsProperty();
  if (property != nullptr && !property->IsSuperAccess() &&
      property->type() != Property::Type::kPrivate) {
    BuildDeleteProperty(property, node->position());
    return;
  }
  BuildDeleteNonProperty(e);
}

// acc = delete property (o.a, o[k], or a link of an optional chain).
void BytecodeGenerator::BuildDeleteProperty(Property* property, int position) {
  RegisterAllocationScope rs(registers());
  Register object = NewRegister();
  VisitForAccumulatorValue(property->object());
  if (property->optional()) BuildOptionalChainJump();
  builder_.StoreAccumulatorInRegister(object);
  if (property->type() == Property::Type::kNamed) {
    builder_.LoadString(Str(property->name()));
  } else {
    VisitForAccumulatorValue(property->key());
  }
  builder_.SetExpressionPosition(position);
  builder_.Emit(literal_->is_strict() ? Bytecode::kDeletePropertyStrict
                                      : Bytecode::kDeletePropertySloppy,
                {object});
}

void BytecodeGenerator::BuildDeleteNonProperty(Expression* e) {
  if (VariableProxy* proxy = e->AsVariableProxy()) {
    // Declared bindings are not deletable (false). An undeclared global is
    // a property of the global object:
    // FIXME(#2): `delete undeclared` should delete the global property;
    // without a LdaGlobalObject bytecode it answers true without deleting.
    bool unresolved = proxy->location() == VariableLocation::kUnresolvedGlobal;
    builder_.LoadBoolean(unresolved);
    return;
  }
  // delete of anything else evaluates it and is true.
  VisitForEffect(e);
  builder_.LoadBoolean(true);
}

void BytecodeGenerator::VisitUnaryOperation(UnaryOperation* node) {
  switch (node->op()) {
    case Token::kNot:
      VisitForAccumulatorValue(node->expression());
      builder_.Emit(Bytecode::kToBooleanLogicalNot);
      return;
    case Token::kBitNot:
      VisitForAccumulatorValue(node->expression());
      builder_.Emit(Bytecode::kBitwiseNot, {Slot(FeedbackSlotKind::kBinaryOp)});
      return;
    case Token::kAdd:
      VisitForAccumulatorValue(node->expression());
      builder_.Emit(Bytecode::kToNumber, {Slot(FeedbackSlotKind::kBinaryOp)});
      return;
    case Token::kSub: {
      if (Literal* lit = node->expression()->AsLiteral(); lit && lit->IsNumber()) {
        builder_.LoadNumber(-lit->number());  // -1 and -0 are constants
        return;
      }
      VisitForAccumulatorValue(node->expression());
      builder_.Emit(Bytecode::kNegate, {Slot(FeedbackSlotKind::kBinaryOp)});
      return;
    }
    case Token::kTypeof:
      VisitTypeOf(node);
      return;
    case Token::kVoid:
      VisitForEffect(node->expression());
      builder_.LoadUndefined();
      return;
    case Token::kDelete:
      VisitDelete(node);
      return;
    default:
      assert(false && "unknown unary operator");
  }
}

// -- Property access -------------------------------------------------------------

void BytecodeGenerator::BuildNamedLoad(Register object, const AstString* name) {
  builder_.Emit(Bytecode::kGetNamedProperty, {object, Name(name), Slot(FeedbackSlotKind::kLoadIC)});
}

void BytecodeGenerator::BuildKeyedLoad(Register object) {
  builder_.Emit(Bytecode::kGetKeyedProperty, {object, Slot(FeedbackSlotKind::kKeyedLoadIC)});
}

// `a?.b`: a null/undefined object ends the whole chain with undefined.
void BytecodeGenerator::BuildOptionalChainJump() {
  assert(optional_chain_end_.is_valid());
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, optional_chain_end_);
}

void BytecodeGenerator::BuildThisForSuper(SuperPropertyReference* ref, Register destination) {
  BuildVariableLoad(ref->this_proxy());
  builder_.StoreAccumulatorInRegister(destination);
}

// super.x / super[x]: acc = value; {receiver_out} gets `this` (for calls).
void BytecodeGenerator::BuildSuperPropertyLoad(Property* property, Register receiver_out) {
  SuperPropertyReference* ref = property->object()->AsSuperPropertyReference();
  BuildThisForSuper(ref, receiver_out);
  if (property->type() == Property::Type::kNamed) {
    BuildVariableLoad(ref->home_object());
    builder_.SetExpressionPosition(property->position());
    builder_.Emit(Bytecode::kGetNamedPropertyFromSuper,
                  {receiver_out, Name(property->name()), Slot(FeedbackSlotKind::kLoadIC)});
    return;
  }
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(3);
  builder_.MoveRegister(receiver_out, args[0]);
  BuildVariableLoad(ref->home_object());
  builder_.StoreAccumulatorInRegister(args[1]);
  VisitForRegisterValue(property->key(), args[2]);
  builder_.SetExpressionPosition(property->position());
  builder_.CallRuntime(RuntimeFunctionId::kLoadKeyedFromSuper, args);
}

void BytecodeGenerator::VisitProperty(Property* node) {
  RegisterAllocationScope rs(registers());
  if (node->IsSuperAccess()) {
    BuildSuperPropertyLoad(node, NewRegister());
    return;
  }
  Register object;
  // OPTIMIZATION: `o.x` / `o[k]` on a parameter, `this` or a stack local
  // reads it in place (as Ignition does: GetNamedProperty <this>, [x]),
  // unless the key expression could assign it first.
  bool in_place = !node->optional() && node->type() != Property::Type::kPrivate &&
                  InPlaceLocal(node->object(), node->type() == Property::Type::kKeyed ? node->key() : nullptr,
                               &object);
  if (!in_place) {
    object = NewRegister();
    VisitForAccumulatorValue(node->object());
    if (node->optional()) BuildOptionalChainJump();
    builder_.StoreAccumulatorInRegister(object);
  }
  switch (node->type()) {
    case Property::Type::kNamed:
      builder_.SetExpressionPosition(node->position());
      BuildNamedLoad(object, node->name());
      break;
    case Property::Type::kKeyed:
      VisitForAccumulatorValue(node->key());
      builder_.SetExpressionPosition(node->position());
      BuildKeyedLoad(object);
      break;
    case Property::Type::kPrivate: {
      AssignTarget target;
      target.type = AssignTarget::Type::kPrivate;
      target.object = object;
      target.proxy = node->key()->AsVariableProxy();
      BuildLoadTarget(target);
      break;
    }
  }
}

void BytecodeGenerator::VisitOptionalChain(OptionalChain* node) {
  BytecodeLabel outer = optional_chain_end_;
  optional_chain_end_ = builder_.NewLabel();
  BytecodeLabel done = builder_.NewLabel();
  BytecodeLabel nullish = optional_chain_end_;
  VisitForAccumulatorValue(node->expression());
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(nullish);
  builder_.LoadUndefined();
  builder_.Bind(done);
  optional_chain_end_ = outer;
}

// -- Calls --------------------------------------------------------------------------------

// Evaluates {args} into the registers that follow {list} (which must be the
// most recently allocated registers), growing it.
void BytecodeGenerator::VisitCallArguments(const ExpressionList& args, RegisterList* list) {
  for (Expression* arg : args) {
    {
      RegisterAllocationScope rs(registers());
      VisitForAccumulatorValue(arg->IsSpread() ? arg->AsSpread()->expression() : arg);
    }
    builder_.StoreAccumulatorInRegister(registers()->GrowRegisterList(list));
  }
}

// Spread anywhere but last (or more than one): build the argument array and
// call through Apply.
void BytecodeGenerator::BuildCallWithGeneralSpread(Register callee, Register receiver,
                                                   const ExpressionList& args) {
  RegisterAllocationScope rs(registers());
  RegisterList apply = registers()->NewRegisterList(3);
  builder_.MoveRegister(callee, apply[0]);
  builder_.MoveRegister(receiver, apply[1]);
  BuildArrayFromElements(args, 0);
  builder_.StoreAccumulatorInRegister(apply[2]);
  builder_.CallRuntime(RuntimeFunctionId::kApply, apply);
}

static bool OnlyLastIsSpread(const ExpressionList& args) {
  for (int i = 0; i < args.size(); ++i) {
    if (args[i]->IsSpread() && i != args.size() - 1) return false;
  }
  return true;
}

// o.f(a, b):   r_recv = o; r_callee = r_recv.f; args follow r_recv;
//              CallProperty r_callee, r_recv-r_b, [slot]
// f(a, b):     r_callee = f; CallUndefinedReceiver r_callee, r_a-r_b, [slot]
void BytecodeGenerator::BuildCall(Call* node) {
  RegisterAllocationScope rs(registers());
  Expression* callee_expr = node->callee();
  Register callee = NewRegister();
  RegisterList args;
  bool has_receiver = false;
  bool any_receiver = false;
  Property* property = callee_expr->AsProperty();
  if (property != nullptr) {
    has_receiver = true;
    Register receiver = registers()->GrowRegisterList(&args);
    if (property->IsSuperAccess()) {
      BuildSuperPropertyLoad(property, receiver);
    } else {
      VisitForAccumulatorValue(property->object());
      if (property->optional()) BuildOptionalChainJump();
      builder_.StoreAccumulatorInRegister(receiver);
      builder_.SetExpressionPosition(property->position());
      if (property->type() == Property::Type::kNamed) {
        BuildNamedLoad(receiver, property->name());
      } else if (property->type() == Property::Type::kKeyed) {
        {
          RegisterAllocationScope key_scope(registers());
          Register object_copy = NewRegister();
          builder_.MoveRegister(receiver, object_copy);
          VisitForAccumulatorValue(property->key());
          BuildKeyedLoad(object_copy);
        }
      } else {
        AssignTarget target;
        target.type = AssignTarget::Type::kPrivate;
        target.object = receiver;
        target.proxy = property->key()->AsVariableProxy();
        BuildLoadTarget(target);
      }
    }
    builder_.StoreAccumulatorInRegister(callee);
  } else {
    VisitForAccumulatorValue(callee_expr);
    builder_.StoreAccumulatorInRegister(callee);
  }
  if (node->optional()) {
    builder_.LoadAccumulatorWithRegister(callee);
    BuildOptionalChainJump();
  }
  bool has_spread = node->HasSpread();
  if (has_spread && !OnlyLastIsSpread(node->arguments())) {
    Register receiver = has_receiver ? args[0] : NewRegister();
    if (!has_receiver) {
      builder_.LoadUndefined();
      builder_.StoreAccumulatorInRegister(receiver);
    }
    builder_.SetExpressionPosition(node->position());
    builder_.SetCallSite(node->callee_start(), node->callee_end());
    BuildCallWithGeneralSpread(callee, receiver, node->arguments());
    return;
  }
  if (has_spread && !has_receiver) {
    // CallWithSpread takes the receiver as args[0].
    builder_.LoadUndefined();
    builder_.StoreAccumulatorInRegister(registers()->GrowRegisterList(&args));
    any_receiver = true;
  }
  VisitCallArguments(node->arguments(), &args);
  builder_.SetExpressionPosition(node->position());
  builder_.SetCallSite(node->callee_start(), node->callee_end());
  int32_t slot = Slot(FeedbackSlotKind::kCallIC);
  Bytecode call = has_spread                     ? Bytecode::kCallWithSpread
                  : !has_receiver                ? Bytecode::kCallUndefinedReceiver
                  : (any_receiver || (property && property->optional())) ? Bytecode::kCallAnyReceiver
                                                 : Bytecode::kCallProperty;
  builder_.Emit(call, {callee, args.first(), args.count(), slot});
}

void BytecodeGenerator::VisitCall(Call* node) {
  if (node->runtime_function_name() != nullptr) {
    BuildNativeCall(node);
    return;
  }
  BuildCall(node);
}

// %Name(args) (--allow-natives-syntax): CallRuntime [CallNative] with the
// name first; the runtime finds the native in NATIVE_LIST (runtime/natives.h)
// and throws ReferenceError "%Name is not defined" for an unknown one.
// NOTE: a spread argument (`%F(...a)`) is passed as the iterable itself.
void BytecodeGenerator::BuildNativeCall(Call* node) {
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(1);
  builder_.LoadString(Str(node->runtime_function_name()));
  builder_.StoreAccumulatorInRegister(args[0]);
  VisitCallArguments(node->arguments(), &args);
  builder_.SetExpressionPosition(node->callee_start());
  builder_.CallRuntime(RuntimeFunctionId::kCallNative, args);
}

void BytecodeGenerator::VisitCallNew(CallNew* node) {
  RegisterAllocationScope rs(registers());
  Register constructor = VisitForRegisterValue(node->callee());
  bool has_spread = node->HasSpread();
  if (has_spread && !OnlyLastIsSpread(node->arguments())) {
    RegisterList args = registers()->NewRegisterList(3);
    builder_.MoveRegister(constructor, args[0]);
    BuildArrayFromElements(node->arguments(), 0);
    builder_.StoreAccumulatorInRegister(args[1]);
    builder_.MoveRegister(constructor, args[2]);
    builder_.SetExpressionPosition(node->position());
    builder_.SetCallSite(node->callee_start(), node->callee_end());
    builder_.CallRuntime(RuntimeFunctionId::kConstructWithArray, args);
    return;
  }
  RegisterList args;
  VisitCallArguments(node->arguments(), &args);
  builder_.LoadAccumulatorWithRegister(constructor);  // new.target
  builder_.SetExpressionPosition(node->position());
  builder_.SetCallSite(node->callee_start(), node->callee_end());
  builder_.Emit(has_spread ? Bytecode::kConstructWithSpread : Bytecode::kConstruct,
                {constructor, args.first(), args.count(), Slot(FeedbackSlotKind::kCallIC)});
}

// super(args) in a derived constructor (or an arrow inside one):
//
//   this_function → GetSuperConstructor r_ctor; ThrowIfNotSuperConstructor r_ctor
//   args; new.target → acc; Construct r_ctor, args
//   Star r_this; this → ThrowSuperAlreadyCalledIfNotHole; Ldar r_this → this
//   [initializer.call(this)]               classes with instance fields
//   acc = this
void BytecodeGenerator::VisitSuperCall(SuperCall* node) {
  RegisterAllocationScope rs(registers());
  Register constructor = NewRegister();
  BuildVariableLoad(node->this_function_proxy());
  builder_.Emit(Bytecode::kGetSuperConstructor, {constructor});
  builder_.Emit(Bytecode::kThrowIfNotSuperConstructor, {constructor});
  Register result = NewRegister();
  bool has_spread = node->HasSpread();
  if (has_spread && !OnlyLastIsSpread(node->arguments())) {
    RegisterList args = registers()->NewRegisterList(3);
    builder_.MoveRegister(constructor, args[0]);
    BuildArrayFromElements(node->arguments(), 0);
    builder_.StoreAccumulatorInRegister(args[1]);
    BuildVariableLoad(node->new_target_proxy());
    builder_.StoreAccumulatorInRegister(args[2]);
    builder_.SetExpressionPosition(node->position());
    builder_.CallRuntime(RuntimeFunctionId::kConstructWithArray, args);
  } else {
    RegisterList args;
    VisitCallArguments(node->arguments(), &args);
    BuildVariableLoad(node->new_target_proxy());
    builder_.SetExpressionPosition(node->position());
    builder_.Emit(has_spread ? Bytecode::kConstructWithSpread : Bytecode::kConstruct,
                  {constructor, args.first(), args.count(), Slot(FeedbackSlotKind::kCallIC)});
  }
  builder_.StoreAccumulatorInRegister(result);
  BuildVariableLoadNoHoleCheck(node->this_proxy());
  builder_.Emit(Bytecode::kThrowSuperAlreadyCalledIfNotHole);
  builder_.LoadAccumulatorWithRegister(result);
  BuildVariableAssignment(node->this_proxy(), AssignKind::kInit);
  if (node->instance_members_initializer_proxy() != nullptr) {
    Register initializer = NewRegister();
    RegisterList receiver = registers()->NewRegisterList(1);
    BuildVariableLoad(node->instance_members_initializer_proxy());
    builder_.StoreAccumulatorInRegister(initializer);
    builder_.MoveRegister(result, receiver[0]);
    builder_.Emit(Bytecode::kCallProperty, {initializer, receiver.first(), receiver.count(),
                                            Slot(FeedbackSlotKind::kCallIC)});
  }
  builder_.LoadAccumulatorWithRegister(result);
}

// -- Assignment -----------------------------------------------------------------------

BytecodeGenerator::AssignTarget BytecodeGenerator::PrepareAssignTarget(Expression* target_expr) {
  AssignTarget target;
  if (VariableProxy* proxy = target_expr->AsVariableProxy()) {
    target.type = AssignTarget::Type::kVariable;
    target.proxy = proxy;
    return target;
  }
  if (Property* property = target_expr->AsProperty()) {
    if (property->IsSuperAccess()) {
      SuperPropertyReference* ref = property->object()->AsSuperPropertyReference();
      target.object = NewRegister();
      BuildThisForSuper(ref, target.object);
      target.home_object = NewRegister();
      BuildVariableLoad(ref->home_object());
      builder_.StoreAccumulatorInRegister(target.home_object);
      target.key = NewRegister();
      if (property->type() == Property::Type::kNamed) {
        target.type = AssignTarget::Type::kSuperNamed;
        target.name = property->name();
        builder_.LoadString(Str(property->name()));
        builder_.StoreAccumulatorInRegister(target.key);
      } else {
        target.type = AssignTarget::Type::kSuperKeyed;
        VisitForRegisterValue(property->key(), target.key);
      }
      return target;
    }
    target.object = VisitForRegisterValue(property->object());
    switch (property->type()) {
      case Property::Type::kNamed:
        target.type = AssignTarget::Type::kNamed;
        target.name = property->name();
        break;
      case Property::Type::kKeyed:
        target.type = AssignTarget::Type::kKeyed;
        target.key = VisitForRegisterValue(property->key());
        break;
      case Property::Type::kPrivate:
        target.type = AssignTarget::Type::kPrivate;
        target.proxy = property->key()->AsVariableProxy();
        break;
    }
    return target;
  }
  target.type = AssignTarget::Type::kPattern;
  target.pattern = target_expr;
  return target;
}

// acc = current value of {target}.
void BytecodeGenerator::BuildLoadTarget(const AssignTarget& target) {
  switch (target.type) {
    case AssignTarget::Type::kVariable:
      BuildVariableLoad(target.proxy);
      break;
    case AssignTarget::Type::kNamed:
      BuildNamedLoad(target.object, target.name);
      break;
    case AssignTarget::Type::kKeyed:
      builder_.LoadAccumulatorWithRegister(target.key);
      BuildKeyedLoad(target.object);
      break;
    case AssignTarget::Type::kPrivate: {
      RegisterAllocationScope rs(registers());
      RegisterList args = registers()->NewRegisterList(2);
      builder_.MoveRegister(target.object, args[0]);
      BuildVariableLoadNoHoleCheck(target.proxy);
      builder_.StoreAccumulatorInRegister(args[1]);
      builder_.CallRuntime(RuntimeFunctionId::kLoadPrivateField, args);
      break;
    }
    case AssignTarget::Type::kSuperNamed:
      builder_.LoadAccumulatorWithRegister(target.home_object);
      builder_.Emit(Bytecode::kGetNamedPropertyFromSuper,
                    {target.object, Name(target.name), Slot(FeedbackSlotKind::kLoadIC)});
      break;
    case AssignTarget::Type::kSuperKeyed: {
      RegisterAllocationScope rs(registers());
      RegisterList args = registers()->NewRegisterList(3);
      builder_.MoveRegister(target.object, args[0]);
      builder_.MoveRegister(target.home_object, args[1]);
      builder_.MoveRegister(target.key, args[2]);
      builder_.CallRuntime(RuntimeFunctionId::kLoadKeyedFromSuper, args);
      break;
    }
    case AssignTarget::Type::kPattern:
      builder_.LoadUndefined();
      break;
  }
}

// Stores acc into {target}; acc still holds the value afterwards.
void BytecodeGenerator::BuildAssignToTarget(const AssignTarget& target, AssignKind kind) {
  switch (target.type) {
    case AssignTarget::Type::kVariable:
      BuildVariableAssignment(target.proxy, kind);
      break;
    case AssignTarget::Type::kNamed:
      builder_.Emit(Bytecode::kSetNamedProperty,
                    {target.object, Name(target.name), Slot(FeedbackSlotKind::kStoreIC)});
      break;
    case AssignTarget::Type::kKeyed:
      builder_.Emit(Bytecode::kSetKeyedProperty,
                    {target.object, target.key, Slot(FeedbackSlotKind::kKeyedStoreIC)});
      break;
    case AssignTarget::Type::kPrivate: {
      RegisterAllocationScope rs(registers());
      RegisterList args = registers()->NewRegisterList(3);
      builder_.StoreAccumulatorInRegister(args[2]);
      builder_.MoveRegister(target.object, args[0]);
      BuildVariableLoadNoHoleCheck(target.proxy);
      builder_.StoreAccumulatorInRegister(args[1]);
      builder_.CallRuntime(RuntimeFunctionId::kStorePrivateField, args);
      builder_.LoadAccumulatorWithRegister(args[2]);
      break;
    }
    case AssignTarget::Type::kSuperNamed:
    case AssignTarget::Type::kSuperKeyed: {
      RegisterAllocationScope rs(registers());
      RegisterList args = registers()->NewRegisterList(4);
      builder_.StoreAccumulatorInRegister(args[3]);
      builder_.MoveRegister(target.object, args[0]);
      builder_.MoveRegister(target.home_object, args[1]);
      builder_.MoveRegister(target.key, args[2]);
      builder_.CallRuntime(RuntimeFunctionId::kStoreToSuper, args);
      builder_.LoadAccumulatorWithRegister(args[3]);
      break;
    }
    case AssignTarget::Type::kPattern:
      BuildPatternAssignment(target.pattern, kind);
      break;
  }
}

// a ||= b, a &&= b, a ??= b: the store happens only when b is evaluated.
void BytecodeGenerator::BuildLogicalAssignment(Assignment* node) {
  RegisterAllocationScope rs(registers());
  AssignTarget target = PrepareAssignTarget(node->target());
  BuildLoadTarget(target);
  BytecodeLabel done = builder_.NewLabel();
  switch (node->op()) {
    case Token::kAssignOr:
      builder_.EmitJump(Bytecode::kJumpIfToBooleanTrue, done);
      break;
    case Token::kAssignAnd:
      builder_.EmitJump(Bytecode::kJumpIfToBooleanFalse, done);
      break;
    default: {  // ??=
      BytecodeLabel assign = builder_.NewLabel();
      builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, assign);
      builder_.EmitJump(Bytecode::kJump, done);
      builder_.Bind(assign);
      break;
    }
  }
  VisitForAccumulatorValue(node->value());
  builder_.SetExpressionPosition(node->position());
  BuildAssignToTarget(target, AssignKind::kAssign);
  builder_.Bind(done);
}

void BytecodeGenerator::VisitAssignment(Assignment* node) {
  if (Token::IsLogicalAssignmentOp(node->op())) {
    BuildLogicalAssignment(node);
    return;
  }
  // this.x = ... in a constructor: sizes instances (slack tracking).
  if (Property* p = node->target()->AsProperty();
      p && p->type() == Property::Type::kNamed && p->object()->IsVariableProxy() &&
      p->object()->AsVariableProxy()->is_this()) {
    ++expected_property_count_;
  }
  RegisterAllocationScope rs(registers());
  if (BuildInvalidCallTarget(node->target())) return;
  AssignTarget target = PrepareAssignTarget(node->target());
  Register in_place;
  int32_t unused_smi;
  if (node->is_compound() && !IsSmiLiteral(node->value(), &unused_smi) &&
      InPlaceLocal(node->target(), node->value(), &in_place)) {
    // `s ^= i` on a stack local: the old value is read from its register.
    VisitForAccumulatorValue(node->value());
    builder_.SetExpressionPosition(node->position());
    BuildBinaryOp(node->binary_op(), in_place, Slot(FeedbackSlotKind::kBinaryOp));
  } else if (node->is_compound()) {
    BuildLoadTarget(target);
    int32_t smi;
    if (IsSmiLiteral(node->value(), &smi)) {
      builder_.SetExpressionPosition(node->position());
      builder_.Emit(SmiFormOf(node->binary_op()), {smi, Slot(FeedbackSlotKind::kBinaryOp)});
    } else {
      Register old_value = NewRegister();
      builder_.StoreAccumulatorInRegister(old_value);
      VisitForAccumulatorValue(node->value());
      builder_.SetExpressionPosition(node->position());
      BuildBinaryOp(node->binary_op(), old_value, Slot(FeedbackSlotKind::kBinaryOp));
    }
  } else {
    VisitForAccumulatorValue(node->value());
  }
  builder_.SetExpressionPosition(node->position());
  if (target.type == AssignTarget::Type::kPattern) {
    pattern_source_ = {PatternSource::Kind::kAssignment, node->value()};
  }
  BuildAssignToTarget(target, AssignKind::kAssign);
}

// `f() = 1`, `f()++`, `for (f() of a)`: V8 evaluates the call, then throws
// ReferenceError "Invalid left-hand side ..." at the call, before anything
// is read or stored (it rewrites the target to `f()[throw ...]`). Returns
// false, emitting nothing, for any other target.
bool BytecodeGenerator::BuildInvalidCallTarget(Expression* target) {
  Call* call = target->AsCall();
  if (call == nullptr || call->invalid_target() == Call::InvalidTarget::kNone) return false;
  RegisterAllocationScope rs(registers());
  VisitForEffect(call);
  Register message = NewRegister();
  std::string_view text = call->InvalidTargetMessage();  // ASCII
  builder_.LoadString(std::u16string(text.begin(), text.end()));
  builder_.StoreAccumulatorInRegister(message);
  builder_.SetExpressionPosition(call->callee_start());
  builder_.CallRuntime(RuntimeFunctionId::kThrowInvalidLhsError, message);
  return true;
}

// ++x: load, Inc, store.  x++: load, ToNumeric, keep old, Inc, store, old.
void BytecodeGenerator::VisitCountOperation(CountOperation* node) {
  BuildCountOperation(node, /*value_needed=*/true);
}

void BytecodeGenerator::BuildCountOperation(CountOperation* node, bool value_needed) {
  RegisterAllocationScope rs(registers());
  if (BuildInvalidCallTarget(node->expression())) return;
  AssignTarget target = PrepareAssignTarget(node->expression());
  BuildLoadTarget(target);
  Register old_value;
  bool keep_old = node->is_postfix() && value_needed;
  if (keep_old) {
    old_value = NewRegister();
    builder_.Emit(Bytecode::kToNumeric, {Slot(FeedbackSlotKind::kBinaryOp)});
    builder_.StoreAccumulatorInRegister(old_value);
  }
  builder_.SetExpressionPosition(node->position());
  builder_.Emit(node->op() == Token::kIncrement ? Bytecode::kInc : Bytecode::kDec,
                {Slot(FeedbackSlotKind::kBinaryOp)});
  BuildAssignToTarget(target, AssignKind::kAssign);
  if (keep_old) builder_.LoadAccumulatorWithRegister(old_value);
}

}  // namespace lucid
