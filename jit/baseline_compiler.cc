// Copyright the Lucid authors. MIT license.
//
// The baseline compiler (jit/baseline_compiler.h). Three kinds of Visit:
//  - inline: register moves, constants, jumps and branches, Return, the
//    budget check of JumpLoop, switch tables;
//  - an inline int32 fast path with the interpreter's handler as the slow
//    path (arithmetic, comparisons), guarded by the feedback the handler
//    collects, so the slot is up to date before the fast path is taken;
//  - the generic form for everything else: the interpreter's handler for
//    that one instruction (Interpreter::Step) at a safepoint, which calls the
//    same IC and Runtime_* functions as the interpreter loop.

#include "jit/baseline_compiler.h"

#include <algorithm>
#include <string>
#include <vector>

#include "jit/jit_helpers.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/frame_state.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/objects/bytecode_array.h"
#include "vm/isolate.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"

namespace lucid {
// vm/interpreter/disassembler.h, which cannot be included beside the heap's
// headers (it pulls in the parser's FunctionKind).
std::string FormatInstruction(const uint8_t* bytes, int32_t length, int32_t offset);
}  // namespace lucid

namespace lucid::jit {

BaselineCompiler::BaselineCompiler(Isolate* isolate, SharedFunctionInfo* shared, Value feedback,
                                   asmjit::CodeHolder* code)
    : isolate_(isolate),
      shared_(shared),
      bytecode_(BytecodeArray::cast(shared->function_data())),
      feedback_(feedback),
      masm_(code),
      it_(bytecode_->GetFirstBytecodeAddress(), bytecode_->length()),
      sp_slot_(kFirstRegisterSlot + 1 - bytecode_->register_count()) {}

Label BaselineCompiler::LabelAt(int32_t offset) {
  CHECK(offset >= 0 && offset < static_cast<int32_t>(labels_.size()) && labels_[offset].is_valid());
  return labels_[offset];
}

const void* BaselineCompiler::FeedbackAddress(int slot) const {
  if (!feedback_.IsHeapObject()) return nullptr;
  auto* vector = static_cast<FeedbackVector*>(feedback_.heap_object());
  return reinterpret_cast<const uint8_t*>(vector->address()) + FeedbackVector::FeedbackOffset(slot);
}

const uint8_t* BaselineCompiler::CurrentInstruction() const {
  return bytecode_->GetFirstBytecodeAddress() + it_.current_offset();
}

bool BaselineCompiler::Compile(bool annotate) {
  (void)isolate_;
  annotate_ = annotate;
  // A label at every instruction start: jump targets, handler entries and
  // switch tables all land on one.
  labels_.assign(bytecode_->length(), Label{});
  for (BytecodeIterator scan(bytecode_->GetFirstBytecodeAddress(), bytecode_->length());
       !scan.done(); scan.Advance()) {
    labels_[scan.current_offset()] = masm_.NewLabel();
    if (scan.current_bytecode() == Bytecode::kJumpLoop) loop_headers_.push_back(scan.GetJumpTarget());
  }
  exception_ = masm_.NewLabel();
  return_ = masm_.NewLabel();
  Label overflow = masm_.NewLabel();

  masm_.Prologue();
  masm_.JumpIfNativeStackOverflow(overflow);
  EmitPrologue();
  masm_.LoadAccImmediate(Value::kUndefinedBits);

  for (; !it_.done(); it_.Advance()) {
    masm_.Bind(labels_[it_.current_offset()]);
    if (annotate_) {
      std::string text = "@" + std::to_string(it_.current_offset()) + " " +
                         FormatInstruction(bytecode_->GetFirstBytecodeAddress(), bytecode_->length(),
                                           it_.current_offset());
      masm_.Comment(text.c_str());
    }
    pc_table_.push_back({static_cast<uint32_t>(masm_.pc_offset()), it_.current_offset()});
    switch (it_.current_bytecode()) {
#define V(Name, ...)       \
  case Bytecode::k##Name:  \
    Visit##Name();         \
    break;
      BYTECODE_LIST(V)
#undef V
    }
  }
  // Falling off the end never happens (the generator ends with Return).
  masm_.LoadAccImmediate(Value::kUndefinedBits);
  masm_.Jump(return_);

  for (size_t i = 0; i < deferred_.size(); i++) deferred_[i]();

  masm_.Bind(return_);
  masm_.EpilogueAndReturn();

  masm_.Bind(overflow);
  masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitThrowStackOverflow));
  masm_.EpilogueAndReturn();

  EmitExceptionHandlerDispatch();

  // OSR stubs: the native prologue, then the loop header with the
  // accumulator the interpreter spilled.
  std::sort(loop_headers_.begin(), loop_headers_.end());
  loop_headers_.erase(std::unique(loop_headers_.begin(), loop_headers_.end()), loop_headers_.end());
  for (int32_t header : loop_headers_) {
    osr_table_.push_back({static_cast<uint32_t>(masm_.pc_offset()), header});
    masm_.Prologue();
    masm_.LoadAcc(kAccumulatorSlot);
    masm_.Jump(LabelAt(header));
  }
  return masm_.Finalize();
}

// The JS prologue (Interpreter::Prologue) runs only when it has work: a
// [[Construct]] of a function that may be one, or a sloppy function's
// receiver that is not an object (SharedFunctionInfo::kGlobalReceiverBit:
// undefined stays when the function never reads `this`).
void BaselineCompiler::EmitPrologue() {
  bool may_construct = shared_->IsConstructorKind() && !IsDerivedKind(shared_->kind());
  bool converts_receiver = shared_->converts_receiver();
  if (!may_construct && !converts_receiver) return;
  Label call = masm_.NewLabel(), done = masm_.NewLabel();
  if (may_construct) masm_.JumpIfSlotNotEquals(kNewTargetSlot, Value::kUndefinedBits, call);
  if (converts_receiver) {
    masm_.JumpIfSlotIsJSReceiver(kReceiverSlot, done);
    if (!shared_->has_global_receiver()) masm_.JumpIfSlotEquals(kReceiverSlot, Value::kUndefinedBits, done);
  } else {
    masm_.Jump(done);
  }
  Defer([this, call, done] {
    masm_.Bind(call);
    masm_.LoadAccImmediate(Value::kUndefinedBits);
    masm_.SaveState(0, sp_slot_);
    masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitPrologue));
    masm_.JumpIfAccIsException(exception_);
    masm_.Jump(done);
  });
  if (converts_receiver) masm_.Jump(call);
  masm_.Bind(done);
}

// -- Building blocks ---------------------------------------------------------------------

void BaselineCompiler::EmitCall(HelperFunction helper, uint64_t a0, uint64_t a1) {
  masm_.SaveState(it_.done() ? 0 : it_.current_offset(), sp_slot_);
  masm_.CallHelper(helper, a0, a1);
  masm_.JumpIfAccIsException(exception_);
}

void BaselineCompiler::EmitStep() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitStep),
           reinterpret_cast<uint64_t>(CurrentInstruction()));
}

Label BaselineCompiler::StepSlowPath() {
  Label slow = masm_.NewLabel();
  int32_t offset = it_.current_offset();
  int32_t next = offset + it_.current_size();
  const uint8_t* insn = CurrentInstruction();
  Label resume = next < static_cast<int32_t>(labels_.size()) ? LabelAt(next) : return_;
  Defer([this, slow, offset, insn, resume] {
    masm_.Bind(slow);
    masm_.SaveState(offset, sp_slot_);
    masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitStep), reinterpret_cast<uint64_t>(insn));
    masm_.JumpIfAccIsException(exception_);
    masm_.Jump(resume);
  });
  return slow;
}

// Unwinding: JitUnwind finds the handler of the frame's current offset (it
// leaves the exception in the accumulator slot) or returns -1 when this
// frame has none, and the code returns the sentinel to its caller.
void BaselineCompiler::EmitExceptionHandlerDispatch() {
  masm_.Bind(exception_);
  masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitUnwind));
  int count;
  ByteArray* table = ByteArray::cast(bytecode_->handler_table());
  count = table->length() / 4;
  const int32_t* words = reinterpret_cast<const int32_t*>(table->data_start());
  std::vector<std::pair<Label, int32_t>> stubs;
  for (int i = 0; i + 5 <= count; i += 5) {
    int32_t handler = words[i + 2];
    Label stub = masm_.NewLabel();
    masm_.JumpIfAccLow32Equals(handler, stub);
    stubs.emplace_back(stub, handler);
  }
  masm_.LoadAccImmediate(Value::kExceptionBits);
  masm_.EpilogueAndReturn();
  for (auto& [stub, handler] : stubs) {
    masm_.Bind(stub);
    masm_.LoadAcc(kAccumulatorSlot);
    masm_.Jump(LabelAt(handler));
  }
}

namespace {
bool HasNumberForm(Operation op) {
  return op == Operation::kAdd || op == Operation::kSub || op == Operation::kMul ||
         op == Operation::kDiv;
}
}  // namespace

// Arithmetic follows its feedback, which the slow path (the interpreter's
// handler) keeps current: a site that has seen doubles takes the number
// form, an int32-only site the int32 form; an unseen site, or inputs the
// form does not cover, take the handler.
void BaselineCompiler::EmitBinaryOp(Operation op) {
  const void* feedback = FeedbackAddress(Operand(1));
  if (feedback == nullptr) return EmitStep();
  Label slow = StepSlowPath();
  Label int32_form = masm_.NewLabel(), done = masm_.NewLabel();
  if (HasNumberForm(op)) {
    masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kNumber, int32_form);
    masm_.NumberBinaryOp(op, Operand(0), slow);
    masm_.Jump(done);
  }
  masm_.Bind(int32_form);
  if (op == Operation::kDiv) {
    masm_.Jump(slow);  // no int32 form: a quotient is rarely integral
  } else {
    masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kSignedSmall, slow);
    masm_.Int32BinaryOp(op, Operand(0), slow);
  }
  masm_.Bind(done);
}

void BaselineCompiler::EmitBinaryOpWithImmediate(Operation op, int32_t rhs, int slot_operand) {
  const void* feedback = slot_operand < 0 ? nullptr : FeedbackAddress(Operand(slot_operand));
  if (slot_operand >= 0 && feedback == nullptr) return EmitStep();
  Label slow = StepSlowPath();
  Label int32_form = masm_.NewLabel(), done = masm_.NewLabel();
  if (feedback != nullptr && HasNumberForm(op)) {
    masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kNumber, int32_form);
    masm_.NumberBinaryOpWithImmediate(op, rhs, slow);
    masm_.Jump(done);
  }
  masm_.Bind(int32_form);
  if (op == Operation::kDiv) {
    masm_.Jump(slow);
  } else {
    if (feedback != nullptr) masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kSignedSmall, slow);
    masm_.Int32BinaryOpWithImmediate(op, rhs, slow);
  }
  masm_.Bind(done);
}

void BaselineCompiler::EmitCompare(Operation op) {
  const void* feedback = FeedbackAddress(Operand(1));
  if (feedback == nullptr) return EmitStep();
  Label slow = StepSlowPath();
  Label int32_form = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kNumber, int32_form);
  masm_.NumberCompare(op, Operand(0), slow);
  masm_.Jump(done);
  masm_.Bind(int32_form);
  masm_.JumpUnlessFeedbackHas(feedback, BinaryOpHint::kSignedSmall, slow);
  masm_.Int32Compare(op, Operand(0), slow);
  masm_.Bind(done);
}

void BaselineCompiler::EmitConditionalJump(uint64_t bits, bool equal) {
  Label target = LabelAt(it_.GetJumpTarget());
  if (equal) {
    masm_.JumpIfAccEquals(bits, target);
  } else {
    masm_.JumpIfAccNotEquals(bits, target);
  }
}

// -- The generic bytecodes -----------------------------------------------------------------

// Bytecodes whose compiled form is their interpreter handler (a Step call).
#define STEPPED_BYTECODE_LIST(V) \
  V(Illegal) V(Wide) V(ExtraWide) V(CreateFunctionContext) V(CreateBlockContext) \
  V(CreateCatchContext) V(GetNamedPropertyFromSuper) \
  V(DefineKeyedOwnProperty) V(StaInArrayLiteral) V(DeletePropertyStrict) \
  V(DeletePropertySloppy) V(Exp) V(ExpSmi) V(Negate) \
  V(BitwiseNot) V(ToNumeric) V(ToNumber) V(ToString) V(ToName) \
  V(TypeOf) V(TestEqual) V(TestInstanceOf) V(TestIn) \
  V(TestUndetectable) V(TestTypeOf) V(CallWithSpread) V(ConstructWithSpread) \
  V(CallRuntime) \
  V(CreateArrayFromIterable) \
  V(CreateRegExpLiteral) V(GetTemplateObject) V(CreateMappedArguments) \
  V(CreateUnmappedArguments) V(CreateRestParameter) V(GetSuperConstructor) \
  V(ThrowIfNotSuperConstructor) V(ThrowSuperNotCalledIfHole) \
  V(ThrowSuperAlreadyCalledIfNotHole) V(ForInEnumerate) V(ForInPrepare) \
  V(ForInNext) V(GetIterator) V(Throw) V(ReThrow) \
  V(ThrowReferenceErrorIfHole) V(SetPendingMessage) \
  V(ResumeGenerator) V(Debugger)

#define V(Name) \
  void BaselineCompiler::Visit##Name() { EmitStep(); }
STEPPED_BYTECODE_LIST(V)
#undef V

// -- Accumulator loads and register transfers ----------------------------------------------

void BaselineCompiler::VisitLdaZero() { masm_.LoadAccImmediate(Value::FromInt32(0).raw_bits()); }
void BaselineCompiler::VisitLdaSmi() {
  masm_.LoadAccImmediate(Value::FromInt32(Operand(0)).raw_bits());
}
void BaselineCompiler::VisitLdaUndefined() { masm_.LoadAccImmediate(Value::kUndefinedBits); }
void BaselineCompiler::VisitLdaNull() { masm_.LoadAccImmediate(Value::kNullBits); }
void BaselineCompiler::VisitLdaTheHole() { masm_.LoadAccImmediate(Value::kTheHoleBits); }
void BaselineCompiler::VisitLdaTrue() { masm_.LoadAccImmediate(Value::kTrueBits); }
void BaselineCompiler::VisitLdaFalse() { masm_.LoadAccImmediate(Value::kFalseBits); }
void BaselineCompiler::VisitLdaConstant() {
  // The constant pool is a metadata-space cell: its element address is
  // fixed; the element (a string, say) may move, so it is loaded.
  auto* pool = FixedArray::cast(bytecode_->constant_pool());
  masm_.LoadAccFromAddress(pool->data_start() + Operand(0));
}
void BaselineCompiler::VisitLdar() { masm_.LoadAcc(Operand(0)); }
void BaselineCompiler::VisitStar() { masm_.StoreAcc(Operand(0)); }
void BaselineCompiler::VisitMov() { masm_.CopySlot(Operand(0), Operand(1)); }

// -- Arithmetic and comparisons -------------------------------------------------------------

void BaselineCompiler::VisitAdd() { EmitBinaryOp(Operation::kAdd); }
void BaselineCompiler::VisitSub() { EmitBinaryOp(Operation::kSub); }
void BaselineCompiler::VisitMul() { EmitBinaryOp(Operation::kMul); }
void BaselineCompiler::VisitDiv() { EmitBinaryOp(Operation::kDiv); }
void BaselineCompiler::VisitMod() { EmitBinaryOp(Operation::kMod); }
void BaselineCompiler::VisitModSmi() { EmitBinaryOpWithImmediate(Operation::kMod, Operand(0), 1); }
void BaselineCompiler::VisitDivSmi() { EmitBinaryOpWithImmediate(Operation::kDiv, Operand(0), 1); }
void BaselineCompiler::VisitBitwiseOr() { EmitBinaryOp(Operation::kBitwiseOr); }
void BaselineCompiler::VisitBitwiseXor() { EmitBinaryOp(Operation::kBitwiseXor); }
void BaselineCompiler::VisitBitwiseAnd() { EmitBinaryOp(Operation::kBitwiseAnd); }
void BaselineCompiler::VisitShiftLeft() { EmitBinaryOp(Operation::kShiftLeft); }
void BaselineCompiler::VisitShiftRight() { EmitBinaryOp(Operation::kShiftRight); }
void BaselineCompiler::VisitShiftRightLogical() { EmitBinaryOp(Operation::kShiftRightLogical); }
void BaselineCompiler::VisitAddSmi() { EmitBinaryOpWithImmediate(Operation::kAdd, Operand(0), 1); }
void BaselineCompiler::VisitSubSmi() { EmitBinaryOpWithImmediate(Operation::kSub, Operand(0), 1); }
void BaselineCompiler::VisitMulSmi() { EmitBinaryOpWithImmediate(Operation::kMul, Operand(0), 1); }
void BaselineCompiler::VisitBitwiseOrSmi() {
  EmitBinaryOpWithImmediate(Operation::kBitwiseOr, Operand(0), 1);
}
void BaselineCompiler::VisitBitwiseXorSmi() {
  EmitBinaryOpWithImmediate(Operation::kBitwiseXor, Operand(0), 1);
}
void BaselineCompiler::VisitBitwiseAndSmi() {
  EmitBinaryOpWithImmediate(Operation::kBitwiseAnd, Operand(0), 1);
}
void BaselineCompiler::VisitShiftLeftSmi() {
  EmitBinaryOpWithImmediate(Operation::kShiftLeft, Operand(0), 1);
}
void BaselineCompiler::VisitShiftRightSmi() {
  EmitBinaryOpWithImmediate(Operation::kShiftRight, Operand(0), 1);
}
void BaselineCompiler::VisitShiftRightLogicalSmi() {
  EmitBinaryOpWithImmediate(Operation::kShiftRightLogical, Operand(0), 1);
}
// Inc and Dec collect no feedback.
void BaselineCompiler::VisitInc() { EmitBinaryOpWithImmediate(Operation::kAdd, 1, -1); }
void BaselineCompiler::VisitDec() { EmitBinaryOpWithImmediate(Operation::kSub, 1, -1); }

void BaselineCompiler::VisitTestLessThan() { EmitCompare(Operation::kLessThan); }
void BaselineCompiler::VisitTestGreaterThan() { EmitCompare(Operation::kGreaterThan); }
void BaselineCompiler::VisitTestLessThanOrEqual() { EmitCompare(Operation::kLessThanOrEqual); }
void BaselineCompiler::VisitTestGreaterThanOrEqual() {
  EmitCompare(Operation::kGreaterThanOrEqual);
}
// TestEqualStrict collects no feedback: int32 pairs inline.
void BaselineCompiler::VisitTestEqualStrict() {
  Label slow = StepSlowPath();
  masm_.StrictEqualsByBits(Operand(0), slow);
}
void BaselineCompiler::VisitTestReferenceEqual() { masm_.ReferenceEquals(Operand(0)); }
void BaselineCompiler::VisitTestNull() {
  Label is_null = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kNullBits, is_null);
  masm_.LoadAccImmediate(Value::kFalseBits);
  masm_.Jump(done);
  masm_.Bind(is_null);
  masm_.LoadAccImmediate(Value::kTrueBits);
  masm_.Bind(done);
}
void BaselineCompiler::VisitTestUndefined() {
  Label is_undefined = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kUndefinedBits, is_undefined);
  masm_.LoadAccImmediate(Value::kFalseBits);
  masm_.Jump(done);
  masm_.Bind(is_undefined);
  masm_.LoadAccImmediate(Value::kTrueBits);
  masm_.Bind(done);
}

// -- Globals, contexts, properties, calls ----------------------------------------------------

namespace {
uint64_t Pack(int32_t lo, int32_t hi) {
  return static_cast<uint64_t>(static_cast<uint32_t>(lo)) |
         (static_cast<uint64_t>(static_cast<uint32_t>(hi)) << 32);
}
}  // namespace

uint64_t BaselineCompiler::ConstantAddress(int index) const {
  auto* pool = FixedArray::cast(bytecode_->constant_pool());
  return reinterpret_cast<uint64_t>(pool->data_start() + index);
}

// LdaGlobal: the cached PropertyCell's value inline, the helper (the
// LoadGlobalIC) otherwise.
void BaselineCompiler::EmitLdaGlobal(bool inside_typeof) {
  const void* feedback = FeedbackAddress(Operand(1));
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  if (feedback != nullptr) {
    masm_.LoadGlobalCell(feedback, slow);
    masm_.Jump(done);
  }
  masm_.Bind(slow);
  EmitCall(reinterpret_cast<HelperFunction>(&JitLdaGlobal), ConstantAddress(Operand(0)),
           Pack(Operand(1), inside_typeof ? 1 : 0));
  masm_.Bind(done);
}
void BaselineCompiler::VisitLdaGlobal() { EmitLdaGlobal(false); }
void BaselineCompiler::VisitLdaGlobalInsideTypeof() { EmitLdaGlobal(true); }
void BaselineCompiler::VisitStaGlobal() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitStaGlobal), ConstantAddress(Operand(0)),
           static_cast<uint64_t>(Operand(1)));
}

void BaselineCompiler::VisitLdaContextSlot() { masm_.LoadContextSlot(Operand(0), Operand(2), Operand(1)); }
void BaselineCompiler::VisitLdaImmutableContextSlot() {
  masm_.LoadContextSlot(Operand(0), Operand(2), Operand(1));
}
void BaselineCompiler::VisitLdaCurrentContextSlot() {
  masm_.LoadContextSlot(kContextSlot, 0, Operand(0));
}
void BaselineCompiler::VisitLdaImmutableCurrentContextSlot() {
  masm_.LoadContextSlot(kContextSlot, 0, Operand(0));
}
void BaselineCompiler::VisitStaContextSlot() {
  masm_.StoreContextSlot(Operand(0), Operand(2), Operand(1));
}
void BaselineCompiler::VisitStaCurrentContextSlot() {
  masm_.StoreContextSlot(kContextSlot, 0, Operand(0));
}
void BaselineCompiler::VisitPushContext() {
  masm_.CopySlot(kContextSlot, Operand(0));
  masm_.StoreAcc(kContextSlot);
}
void BaselineCompiler::VisitPopContext() { masm_.CopySlot(Operand(0), kContextSlot); }

// Named loads and stores: own fields of monomorphic and polymorphic sites
// inline, the rest (megamorphic, prototypes, accessors, misses) in the
// helper.
void BaselineCompiler::EmitNamedAccess(bool store, HelperFunction helper) {
  const void* feedback = FeedbackAddress(Operand(2));
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  if (feedback != nullptr) {
    if (store) {
      masm_.StoreNamedField(Operand(0), feedback, slow);
    } else {
      masm_.LoadNamedField(Operand(0), feedback, slow);
    }
    masm_.Jump(done);
  }
  masm_.Bind(slow);
  EmitCall(helper, ConstantAddress(Operand(1)), Pack(Operand(0), Operand(2)));
  masm_.Bind(done);
}
void BaselineCompiler::VisitGetNamedProperty() {
  EmitNamedAccess(false, reinterpret_cast<HelperFunction>(&JitGetNamedProperty));
}
void BaselineCompiler::VisitSetNamedProperty() {
  EmitNamedAccess(true, reinterpret_cast<HelperFunction>(&JitSetNamedProperty));
}
// Keyed loads and stores: in-bounds fast elements inline at a site that
// learned an element handler for the receiver's shape; the helper for the
// rest.
void BaselineCompiler::VisitGetKeyedProperty() {
  const void* feedback = FeedbackAddress(Operand(1));
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  if (feedback != nullptr) {
    masm_.LoadKeyedElement(Operand(0), feedback, slow);
    masm_.Jump(done);
  }
  masm_.Bind(slow);
  EmitCall(reinterpret_cast<HelperFunction>(&JitGetKeyedProperty), Pack(Operand(0), Operand(1)));
  masm_.Bind(done);
}
void BaselineCompiler::VisitSetKeyedProperty() {
  const void* feedback = FeedbackAddress(Operand(2));
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  if (feedback != nullptr) {
    masm_.StoreKeyedElement(Operand(0), Operand(1), feedback, slow);
    masm_.Jump(done);
  }
  masm_.Bind(slow);
  EmitCall(reinterpret_cast<HelperFunction>(&JitSetKeyedProperty), Pack(Operand(0), Operand(1)),
           static_cast<uint64_t>(Operand(2)));
  masm_.Bind(done);
}

// Calls: a compiled callee is entered by a native call on a frame its
// PrepareCall helper pushed; anything else takes the generic helper.
template <CallKind kKind>
void BaselineCompiler::EmitCallBytecode() {
  uint64_t regs = Pack(Operand(0), Operand(1));
  uint64_t counts = Pack(Operand(2), Operand(3));
  Label generic = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.SaveState(it_.current_offset(), sp_slot_);
  masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitPrepareCall<kKind>), regs, counts);
  masm_.CallPreparedOrJump(sp_slot_, generic);
  masm_.JumpIfAccIsException(exception_);
  masm_.Jump(done);
  masm_.Bind(generic);
  // The generic path reloads the accumulator (new.target for Construct).
  masm_.LoadAcc(kAccumulatorSlot);
  EmitCall(reinterpret_cast<HelperFunction>(&JitCall<kKind>), regs, counts);
  masm_.Bind(done);
}

void BaselineCompiler::VisitCallProperty() { EmitCallBytecode<CallKind::kProperty>(); }
void BaselineCompiler::VisitCallUndefinedReceiver() {
  EmitCallBytecode<CallKind::kUndefinedReceiver>();
}
void BaselineCompiler::VisitCallAnyReceiver() { EmitCallBytecode<CallKind::kAnyReceiver>(); }
void BaselineCompiler::VisitConstruct() { EmitCallBytecode<CallKind::kConstruct>(); }
// The interpreter's DefineNamedOwnProperty tries the same store handlers
// as SetNamedProperty first (TryStoreICFast), so the inline path is shared.
void BaselineCompiler::VisitDefineNamedOwnProperty() {
  EmitNamedAccess(true, reinterpret_cast<HelperFunction>(&JitDefineNamedOwnProperty));
}
// CreateObjectLiteral <boilerplate> <slot> <flags>: once the site has
// cached its shape (Runtime_CreateObjectLiteral), bump allocation of that
// shape inline with the boilerplate's values (the hole for computed ones,
// which the DefineNamedOwnProperty stores after it overwrite), guarded by
// the slot still holding the shape; the helper otherwise.
void BaselineCompiler::VisitCreateObjectLiteral() {
  std::vector<uint64_t> fields;
  Shape* shape = InlineObjectLiteralShape(&fields);
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  if (shape != nullptr) {
    const void* slot = FeedbackAddress(Operand(1));
    masm_.JumpIfSlotNotShape(slot, shape, slow);
    masm_.AllocateJSObject(shape, shape->instance_size(), slow, fields);
    masm_.Jump(done);
  }
  masm_.Bind(slow);
  EmitCall(reinterpret_cast<HelperFunction>(&JitCreateObjectLiteral), ConstantAddress(Operand(0)),
           Pack(Operand(2), Operand(1)));
  masm_.Bind(done);
}

// The shape the current CreateObjectLiteral can allocate inline, with the
// field values in *fields; nullptr when the site has no cached shape yet or
// the literal needs the runtime (null prototype, out-of-object fields,
// heap-object constants, GC stress).
Shape* BaselineCompiler::InlineObjectLiteralShape(std::vector<uint64_t>* fields) const {
  const void* slot = FeedbackAddress(Operand(1));
  if (slot == nullptr || isolate_->flags().gc_stress ||
      (Operand(2) & LiteralFlags::kHasNullPrototype) != 0) {
    return nullptr;
  }
  Value cached = *static_cast<const Value*>(slot);
  if (!IsShape(cached)) return nullptr;
  Shape* shape = Shape::cast(cached);
  auto* boilerplate = FixedArray::cast(FixedArray::cast(bytecode_->constant_pool())->get(Operand(0)));
  int n = boilerplate->get(BoilerplateLayout::kObjectCountIndex).AsInt32();
  if (shape->is_deprecated() || shape->is_dictionary_map() || shape->IsInobjectSlackTrackingInProgress() ||
      shape->GetInObjectPropertiesStartOffset() != JSObject::kHeaderSize ||
      n > shape->inobject_properties() || shape->NumberOfFields() != n ||
      (boilerplate->get(BoilerplateLayout::kObjectFlagsIndex).AsInt32() & 1) != 0) {
    return nullptr;
  }
  for (int i = 0; i < n; i++) {
    Value value = boilerplate->get(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i + 1);
    // A heap constant (a string, say) may move: the helper copies it.
    if (value.IsHeapObject()) return nullptr;
    fields->push_back(value.raw_bits());
  }
  return shape;
}
void BaselineCompiler::VisitCreateArrayLiteral() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitCreateArrayLiteral), ConstantAddress(Operand(0)));
}
// `{}`: bump allocation inline (not under --gc-stress, whose allocations
// must all reach the heap), the helper when new space is full.
void BaselineCompiler::VisitCreateEmptyObjectLiteral() {
  Value shape_value = *isolate_->roots().slot(RootIndex::kJSObjectShape);
  Shape* shape = Shape::cast(shape_value);
  if (isolate_->flags().gc_stress || shape->is_dictionary_map() || shape->IsInobjectSlackTrackingInProgress() ||
      shape->GetInObjectPropertiesStartOffset() != JSObject::kHeaderSize) {
    EmitCall(reinterpret_cast<HelperFunction>(&JitCreateEmptyObjectLiteral));
    return;
  }
  Label slow = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.AllocateJSObject(shape, shape->instance_size(), slow);
  masm_.Jump(done);
  masm_.Bind(slow);
  EmitCall(reinterpret_cast<HelperFunction>(&JitCreateEmptyObjectLiteral));
  masm_.Bind(done);
}
void BaselineCompiler::VisitCreateEmptyArrayLiteral() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitCreateEmptyArrayLiteral));
}

// acc = !acc for a boolean (LogicalNot: the generator guarantees one).
void BaselineCompiler::VisitLogicalNot() {
  Label is_true = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kTrueBits, is_true);
  masm_.LoadAccImmediate(Value::kTrueBits);
  masm_.Jump(done);
  masm_.Bind(is_true);
  masm_.LoadAccImmediate(Value::kFalseBits);
  masm_.Bind(done);
}
void BaselineCompiler::VisitToBooleanLogicalNot() {
  Label to_false = masm_.NewLabel(), to_true = masm_.NewLabel(), done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kTrueBits, to_false);
  masm_.JumpIfAccEquals(Value::kFalseBits, to_true);
  masm_.JumpIfPredicate(reinterpret_cast<HelperFunction>(&JitToBoolean), true, to_false);
  masm_.Bind(to_true);
  masm_.LoadAccImmediate(Value::kTrueBits);
  masm_.Jump(done);
  masm_.Bind(to_false);
  masm_.LoadAccImmediate(Value::kFalseBits);
  masm_.Bind(done);
}

// ForInStep <index>: an int32 below the cache length, so never overflows;
// the accumulator is untouched.
void BaselineCompiler::VisitForInStep() { masm_.IncrementInt32Slot(Operand(0)); }
// ForInContinue <index> <cache_length>: acc = index < cache_length (int32s).
void BaselineCompiler::VisitForInContinue() {
  masm_.LoadAcc(Operand(1));
  masm_.Int32Compare(Operation::kLessThan, Operand(0), StepSlowPath());
}

void BaselineCompiler::VisitCreateClosure() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitCreateClosure), ConstantAddress(Operand(0)));
}

// -- Jumps ------------------------------------------------------------------------------------

void BaselineCompiler::VisitJump() { masm_.Jump(LabelAt(it_.GetJumpTarget())); }

// JumpLoop: the budget is charged inline; when it runs out (or an
// interrupt is pending) Runtime_BudgetInterrupt runs out of line.
void BaselineCompiler::VisitJumpLoop() {
  Label target = LabelAt(it_.GetJumpTarget());
  Label interrupt = masm_.NewLabel();
  int32_t offset = it_.current_offset();
  int amount = Operand(0);
  masm_.ChargeBudget(amount, interrupt);
  masm_.Jump(target);
  Defer([this, interrupt, offset, target, amount] {
    masm_.Bind(interrupt);
    masm_.SaveState(offset, sp_slot_);
    masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitBudgetInterrupt),
                     static_cast<uint64_t>(amount));
    masm_.JumpIfAccIsException(exception_);
    masm_.Jump(target);
  });
}

void BaselineCompiler::VisitJumpIfTrue() { EmitConditionalJump(Value::kTrueBits, true); }
void BaselineCompiler::VisitJumpIfFalse() { EmitConditionalJump(Value::kFalseBits, true); }
void BaselineCompiler::VisitJumpIfNull() { EmitConditionalJump(Value::kNullBits, true); }
void BaselineCompiler::VisitJumpIfNotNull() { EmitConditionalJump(Value::kNullBits, false); }
void BaselineCompiler::VisitJumpIfUndefined() { EmitConditionalJump(Value::kUndefinedBits, true); }
void BaselineCompiler::VisitJumpIfNotUndefined() {
  EmitConditionalJump(Value::kUndefinedBits, false);
}
void BaselineCompiler::VisitJumpIfUndefinedOrNull() {
  masm_.JumpIfAccIsUndefinedOrNull(LabelAt(it_.GetJumpTarget()));
}

// The ToBoolean and JSReceiver tests call a predicate helper (no
// allocation, no safepoint) that leaves the accumulator unchanged.
void BaselineCompiler::VisitJumpIfToBooleanTrue() {
  Label target = LabelAt(it_.GetJumpTarget());
  Label done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kTrueBits, target);
  masm_.JumpIfAccEquals(Value::kFalseBits, done);
  masm_.JumpIfPredicate(reinterpret_cast<HelperFunction>(&JitToBoolean), true, target);
  masm_.Bind(done);
}
void BaselineCompiler::VisitJumpIfToBooleanFalse() {
  Label target = LabelAt(it_.GetJumpTarget());
  Label done = masm_.NewLabel();
  masm_.JumpIfAccEquals(Value::kFalseBits, target);
  masm_.JumpIfAccEquals(Value::kTrueBits, done);
  masm_.JumpIfPredicate(reinterpret_cast<HelperFunction>(&JitToBoolean), false, target);
  masm_.Bind(done);
}
void BaselineCompiler::VisitJumpIfJSReceiver() {
  masm_.JumpIfPredicate(reinterpret_cast<HelperFunction>(&JitIsJSReceiver), true,
                        LabelAt(it_.GetJumpTarget()));
}

void BaselineCompiler::VisitSwitchOnSmiNoFeedback() {
  auto* pool = FixedArray::cast(bytecode_->constant_pool());
  int32_t table = Operand(0);
  int count = Operand(1);
  int32_t base = Operand(2);
  std::vector<Label> targets;
  for (int i = 0; i < count; i++) {
    targets.push_back(LabelAt(it_.current_offset() + pool->get(table + i).AsInt32()));
  }
  masm_.JumpTableOnInt32Acc(base, count, targets.data());
}

// -- Generators -----------------------------------------------------------------------------

// SwitchOnGeneratorState <gen> <table> <count>: a resumed generator jumps
// to its resume point; a fresh call falls through.
void BaselineCompiler::VisitSwitchOnGeneratorState() {
  auto* pool = FixedArray::cast(bytecode_->constant_pool());
  int32_t table = Operand(1);
  int count = Operand(2);
  std::vector<Label> targets;
  for (int i = 0; i < count; i++) {
    targets.push_back(LabelAt(it_.current_offset() + pool->get(table + i).AsInt32()));
  }
  EmitCall(reinterpret_cast<HelperFunction>(&JitGeneratorState), static_cast<uint64_t>(Operand(0)));
  masm_.JumpTableOnInt32Acc(0, count, targets.data());
  masm_.LoadAcc(kAccumulatorSlot);
}

// SuspendGenerator <gen> <regs> <count> <suspend_id>: save the frame, then
// return acc from this frame (no budget charge: a suspend is not a return).
void BaselineCompiler::VisitSuspendGenerator() {
  EmitCall(reinterpret_cast<HelperFunction>(&JitSuspendGenerator), Pack(Operand(0), Operand(1)),
           Pack(Operand(2), Operand(3)));
  masm_.Jump(return_);
}

// -- Return -------------------------------------------------------------------------------------

// The budget is charged inline; JitReturn runs when it runs out (the
// interrupt). A [[Construct]] frame applies the result rules inline: an
// object result is returned as is; otherwise a base constructor returns
// its receiver, and a derived one goes to JitReturn (undefined or a
// TypeError).
void BaselineCompiler::VisitReturn() {
  int amount = it_.current_offset() + 1;
  int32_t offset = it_.current_offset();
  Label slow = masm_.NewLabel(), construct = masm_.NewLabel();
  masm_.ChargeBudget(amount, slow);
  if (shared_->IsConstructorKind()) masm_.JumpIfSlotNotEquals(kNewTargetSlot, Value::kUndefinedBits, construct);
  masm_.Jump(return_);
  bool derived = IsDerivedKind(shared_->kind());
  Defer([this, slow, construct, amount, offset, derived] {
    masm_.Bind(slow);
    masm_.SaveState(offset, sp_slot_);
    masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitReturn), static_cast<uint64_t>(amount));
    masm_.JumpIfAccIsException(exception_);
    masm_.Jump(return_);
    masm_.Bind(construct);
    masm_.StoreAcc(kAccumulatorSlot);
    masm_.JumpIfSlotIsJSReceiver(kAccumulatorSlot, return_);
    if (!derived) {
      masm_.LoadAcc(kReceiverSlot);
      masm_.Jump(return_);
    } else {
      masm_.SaveState(offset, sp_slot_);
      masm_.CallHelper(reinterpret_cast<HelperFunction>(&JitReturn), 0);
      masm_.JumpIfAccIsException(exception_);
      masm_.Jump(return_);
    }
  });
}

}  // namespace lucid::jit
