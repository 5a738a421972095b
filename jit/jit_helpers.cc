// Copyright the Lucid authors. MIT license.
//
// The helpers compiled code calls (jit/jit_helpers.h). The dedicated ones
// mirror the interpreter's handlers for the hottest bytecodes (the same
// inline IC probes, the same Runtime_* misses) without going through
// Interpreter::Step; operands arrive decoded, packed two int32s per word.

#include "jit/jit_helpers.h"

#include <algorithm>

#include "gc/code_space.h"
#include "vm/execution.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/frame_state.h"
#include "vm/interpreter/interpreter.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"

namespace lucid::jit {

namespace {

int32_t Lo(uint64_t packed) { return static_cast<int32_t>(static_cast<uint32_t>(packed)); }
int32_t Hi(uint64_t packed) { return static_cast<int32_t>(static_cast<uint32_t>(packed >> 32)); }
Value Bits(uint64_t bits) { return Value::FromRawBits(bits); }
// A constant-pool element whose address the code embeds (pools never move).
Value ConstantAt(uint64_t address) { return *reinterpret_cast<const Value*>(address); }
bool IsStrictFrame(const Value* fp) {
  return JSFunction::cast(fp[kClosureSlot])->shared()->is_strict();
}

// --verify-frames for compiled frames: the state compiled code must leave
// at a call out (DESIGN.md), checked on the helper side.
void VerifyCompiledFrame(Isolate* isolate, Value* fp, uint64_t acc) {
  if (!LUCID_DEBUG || !isolate->flags().verify_frames) return;
  BytecodeArray* bytecode = BytecodeArray::cast(fp[kBytecodeArraySlot]);
  Value* sp = FrameLowestSlot(fp, bytecode->register_count());
  CHECK_MSG(fp[kAccumulatorSlot].raw_bits() == acc, "--verify-frames: accumulator not spilled (compiled)");
  CHECK_MSG(isolate->js_sp() == reinterpret_cast<Address>(sp), "--verify-frames: js_sp not saved (compiled)");
  CHECK_MSG(isolate->js_fp() == reinterpret_cast<Address>(fp), "--verify-frames: js_fp stale (compiled)");
  CHECK_MSG(fp[kBytecodeOffsetSlot].IsInt32() &&
                fp[kBytecodeOffsetSlot].AsInt32() < bytecode->length(),
            "--verify-frames: bytecode offset slot invalid (compiled)");
}

}  // namespace

// -- Helpers --------------------------------------------------------------------------------

uint64_t JitPrologue(Isolate* isolate, Value* fp, uint64_t, uint64_t, uint64_t) {
  return Interpreter::Prologue(isolate, fp).raw_bits();
}

uint64_t JitStep(Isolate* isolate, Value* fp, uint64_t acc, uint64_t insn, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  if (LUCID_DEBUG && isolate->flags().verify_frames) {
    const uint8_t* base = BytecodeArray::cast(fp[kBytecodeArraySlot])->GetFirstBytecodeAddress();
    CHECK_MSG(fp[kBytecodeOffsetSlot].AsInt32() == reinterpret_cast<const uint8_t*>(insn) - base,
              "--verify-frames: bytecode offset slot is stale (compiled)");
  }
  return Interpreter::Step(isolate, fp, reinterpret_cast<const uint8_t*>(insn),
                           Value::FromRawBits(acc))
      .raw_bits();
}

uint64_t JitBudgetInterrupt(Isolate* isolate, Value* fp, uint64_t acc, uint64_t amount, uint64_t) {
  if (ChargeBudget(isolate, fp, static_cast<int>(amount)) || isolate->InterruptRequested()) {
    Value result = Runtime_BudgetInterrupt(isolate, fp[kClosureSlot]);
    if (result.IsException()) return result.raw_bits();
    // The accumulator was spilled; the GC may have moved what it points to.
    return fp[kAccumulatorSlot].raw_bits();
  }
  return acc;
}

uint64_t JitReturn(Isolate* isolate, Value* fp, uint64_t acc_bits, uint64_t amount, uint64_t) {
  Value acc = Value::FromRawBits(acc_bits);
  if (ChargeBudget(isolate, fp, static_cast<int>(amount))) {
    Value result = Runtime_BudgetInterrupt(isolate, fp[kClosureSlot]);
    if (result.IsException()) return result.raw_bits();
    acc = fp[kAccumulatorSlot];
  }
  if (IsConstructFrame(fp) && !IsJSReceiver(acc)) {
    FunctionKind kind = JSFunction::cast(fp[kClosureSlot])->shared()->kind();
    if (!IsDerivedKind(kind)) return fp[kReceiverSlot].raw_bits();
    if (!acc.IsUndefined()) {
      return ThrowError(isolate, MessageTemplate::kDerivedConstructorReturnedNonObject).raw_bits();
    }
  }
  return acc.raw_bits();
}

uint64_t JitUnwind(Isolate* isolate, Value* fp, uint64_t, uint64_t, uint64_t) {
  RecordThrowSite(isolate, fp);
  if (IsTerminationException(isolate)) return static_cast<uint64_t>(-1);
  BytecodeArray* bytecode = BytecodeArray::cast(fp[kBytecodeArraySlot]);
  HandlerTableEntryView handler;
  if (!LookupHandler(bytecode, fp[kBytecodeOffsetSlot].AsInt32(), &handler)) {
    return static_cast<uint64_t>(-1);
  }
  fp[kContextSlot] = fp[Register(handler.context_register).ToOperand()];
  fp[kAccumulatorSlot] = isolate->pending_exception();
  isolate->clear_pending_exception();
  if (handler.prediction == 0) ClearThrowSite(isolate);
  return static_cast<uint64_t>(static_cast<uint32_t>(handler.handler));
}

uint64_t JitThrowStackOverflow(Isolate* isolate, Value*, uint64_t, uint64_t, uint64_t) {
  return ThrowStackOverflow(isolate).raw_bits();
}

uint64_t JitToBoolean(uint64_t value) { return ToBoolean(Value::FromRawBits(value)) ? 1 : 0; }

uint64_t JitIsJSReceiver(uint64_t value) { return IsJSReceiver(Value::FromRawBits(value)) ? 1 : 0; }


// -- Dedicated handlers ---------------------------------------------------------------------

uint64_t JitGetNamedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value object = fp[Lo(ops)];
  int slot = Hi(ops);
  Value vector = fp[kFeedbackVectorSlot];
  Value handler = NamedSiteHandler(isolate, VectorOrNull(vector), slot, object, ConstantAt(name), false);
  Value result;
  if (TryLoadWithHandler(handler, object, &result)) return result.raw_bits();
  if (AccessorOfHandler(handler, object, false, &result)) {
    return InvokeFunction(isolate, result, object, Value::Undefined(), 0, nullptr, -1).raw_bits();
  }
  return Runtime_LoadIC(isolate, object, ConstantAt(name), vector, slot).raw_bits();
}

uint64_t JitSetNamedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value object = fp[Lo(ops)];
  int slot = Hi(ops);
  Value vector = fp[kFeedbackVectorSlot];
  Value handler = NamedSiteHandler(isolate, VectorOrNull(vector), slot, object, ConstantAt(name), true);
  if (TryStoreWithHandler(handler, object, Bits(acc)) ||
      (IsShape(handler) && TryTransitionWithoutAllocation(handler, object, Bits(acc)))) {
    return acc;
  }
  Value result = Runtime_StoreIC(isolate, object, ConstantAt(name), Bits(acc), vector, slot,
                                 IsStrictFrame(fp));
  // The store's value is the accumulator, spilled (and updated by any GC).
  return result.IsException() ? result.raw_bits() : fp[kAccumulatorSlot].raw_bits();
}

uint64_t JitGetKeyedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t ops, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value object = fp[Lo(ops)];
  int slot = Hi(ops);
  Value vector = fp[kFeedbackVectorSlot];
  Value result;
  if (TryLoadElementFast(isolate, VectorOrNull(vector), slot, object, Bits(acc), &result)) return result.raw_bits();
  return Runtime_KeyedLoadIC(isolate, object, Bits(acc), vector, slot).raw_bits();
}

uint64_t JitSetKeyedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t ops, uint64_t slot) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value object = fp[Lo(ops)];
  Value key = fp[Hi(ops)];
  Value vector = fp[kFeedbackVectorSlot];
  if (TryStoreElementFast(isolate, VectorOrNull(vector), static_cast<int>(slot), object, key, Bits(acc))) return acc;
  Value result = Runtime_KeyedStoreIC(isolate, object, key, Bits(acc), vector, static_cast<int>(slot),
                                      IsStrictFrame(fp));
  return result.IsException() ? result.raw_bits() : fp[kAccumulatorSlot].raw_bits();
}

uint64_t JitLdaGlobal(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value vector = fp[kFeedbackVectorSlot];
  Value result;
  if (TryLoadGlobalFast(VectorOrNull(vector), Lo(ops), &result)) return result.raw_bits();
  return Runtime_LoadGlobalIC(isolate, ConstantAt(name), vector, Lo(ops), Hi(ops) != 0).raw_bits();
}

uint64_t JitStaGlobal(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t slot) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value vector = fp[kFeedbackVectorSlot];
  if (TryStoreGlobalFast(VectorOrNull(vector), static_cast<int>(slot), Bits(acc))) return acc;
  Value result = Runtime_StoreGlobalIC(isolate, ConstantAt(name), Bits(acc), vector, static_cast<int>(slot),
                                       IsStrictFrame(fp));
  return result.IsException() ? result.raw_bits() : fp[kAccumulatorSlot].raw_bits();
}

// The call bytecodes: {regs} = callee | first argument register (the
// receiver for kProperty/kAny), {counts} = register count | feedback slot.
// Records the call's feedback and returns the target (re-read: recording
// may allocate).
static Value RecordCallTarget(Isolate* isolate, Value* fp, uint64_t regs, uint64_t counts) {
  Value target = fp[Lo(regs)];
  int slot = Hi(counts);
  Value vector = fp[kFeedbackVectorSlot];
  if (vector.IsHeapObject() && !RecordCallFeedbackFast(FeedbackVector::cast(vector), slot, target)) {
    RecordCallFeedbackSlow(isolate, FeedbackVector::cast(vector), slot, target);
    target = fp[Lo(regs)];
  }
  return target;
}

template <CallKind kKind>
uint64_t JitCall(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value target = RecordCallTarget(isolate, fp, regs, counts);
  Value* first = &fp[Hi(regs)];
  int count = Lo(counts);
  switch (kKind) {
    case CallKind::kProperty:
    case CallKind::kAnyReceiver:
      return InvokeFunction(isolate, target, first[0], Value::Undefined(), count - 1, first - 1, -1)
          .raw_bits();
    case CallKind::kUndefinedReceiver:
      return InvokeFunction(isolate, target, Value::Undefined(), Value::Undefined(), count, first, -1)
          .raw_bits();
    case CallKind::kConstruct:
      if (Bits(acc).IsUndefined()) {
        return ThrowCallError(isolate, MessageTemplate::kNotConstructor, target).raw_bits();
      }
      return InvokeFunction(isolate, target, Value::TheHole(), Bits(acc), count, first, -1).raw_bits();
  }
  return Value::Exception().raw_bits();
}

template uint64_t JitCall<CallKind::kProperty>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);
template uint64_t JitCall<CallKind::kUndefinedReceiver>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);
template uint64_t JitCall<CallKind::kAnyReceiver>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);
template uint64_t JitCall<CallKind::kConstruct>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);

template <CallKind kKind>
PreparedCall JitPrepareCall(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value target = RecordCallTarget(isolate, fp, regs, counts);
  Value* first = &fp[Hi(regs)];
  int count = Lo(counts);
  if (!IsJSFunction(target)) return {nullptr, 0};
  JSFunction* function = JSFunction::cast(target);
  Value code = function->code();
  if (!code.IsHeapObject()) return {nullptr, 0};
  SharedFunctionInfo* shared = function->shared();
  constexpr bool kConstruct = kKind == CallKind::kConstruct;
  if (kConstruct ? (!shared->IsConstructorKind() || Bits(acc).IsUndefined())
                 : shared->is_class_constructor()) {
    return {nullptr, 0};
  }
  constexpr bool kHasReceiver = kKind == CallKind::kProperty || kKind == CallKind::kAnyReceiver;
  int argc = kHasReceiver ? count - 1 : count;
  const Value* args = kHasReceiver ? first - 1 : first;
  Value receiver = kHasReceiver ? first[0] : kConstruct ? Value::TheHole() : Value::Undefined();
  BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
  int n = std::max(argc, shared->formal_parameter_count());
  Value* sp = reinterpret_cast<Value*>(isolate->js_sp());
  Value* new_fp = sp - n - (kCallerPushedFixedSlots + 1);
  Value* new_sp = FrameLowestSlot(new_fp, bytecode->register_count());
  if (reinterpret_cast<Address>(new_sp) < isolate->real_js_stack_limit()) return {nullptr, 0};
  FillCalleeFrame(new_fp, new_sp, fp, EncodeFrameType(FrameTier::kCompiled, FrameEntry::kFromCompiled), target,
                  function, bytecode, code, receiver, kConstruct ? Bits(acc) : Value::Undefined(), args, argc, n);
  isolate->set_js_fp(reinterpret_cast<Address>(new_fp));
  isolate->set_js_sp(reinterpret_cast<Address>(new_sp));
  return {new_fp, static_cast<uint64_t>(Code::cast(code)->instruction_start())};
}

template PreparedCall JitPrepareCall<CallKind::kProperty>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);
template PreparedCall JitPrepareCall<CallKind::kUndefinedReceiver>(Isolate*, Value*, uint64_t, uint64_t,
                                                                   uint64_t);
template PreparedCall JitPrepareCall<CallKind::kAnyReceiver>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);
template PreparedCall JitPrepareCall<CallKind::kConstruct>(Isolate*, Value*, uint64_t, uint64_t, uint64_t);

uint64_t JitDefineNamedOwnProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name,
                                   uint64_t ops) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value object = fp[Lo(ops)];
  int slot = Hi(ops);
  Value vector = fp[kFeedbackVectorSlot];
  if (TryStoreICFast(isolate, VectorOrNull(vector), slot, object, ConstantAt(name), Bits(acc))) return acc;
  Value result = Runtime_DefineNamedOwnIC(isolate, object, ConstantAt(name), Bits(acc), vector, slot);
  return result.IsException() ? result.raw_bits() : fp[kAccumulatorSlot].raw_bits();
}

uint64_t JitCreateObjectLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t boilerplate,
                                uint64_t ops) {
  VerifyCompiledFrame(isolate, fp, acc);
  return Runtime_CreateObjectLiteral(isolate, ConstantAt(boilerplate), Lo(ops), fp[kFeedbackVectorSlot],
                                     Hi(ops))
      .raw_bits();
}

uint64_t JitCreateArrayLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t boilerplate, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  return Runtime_CreateArrayLiteral(isolate, ConstantAt(boilerplate)).raw_bits();
}

uint64_t JitCreateEmptyObjectLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  return Runtime_CreateEmptyObjectLiteral(isolate).raw_bits();
}

uint64_t JitCreateEmptyArrayLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  return Runtime_CreateEmptyArrayLiteral(isolate).raw_bits();
}

// SwitchOnGeneratorState <gen>: the suspend id to resume at (the generator
// is now executing), or -1 for a fresh call (gen is undefined).
uint64_t JitGeneratorState(Isolate* isolate, Value* fp, uint64_t acc, uint64_t gen_reg, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  Value gen = fp[static_cast<int32_t>(gen_reg)];
  if (gen.IsUndefined()) return Value::FromInt32(-1).raw_bits();
  JSGeneratorObject* generator = JSGeneratorObject::cast(gen);
  int32_t suspend_id = generator->continuation();
  generator->set_continuation(JSGeneratorObject::kGeneratorExecuting);
  return Value::FromInt32(suspend_id).raw_bits();
}

// SuspendGenerator <gen> <regs> <count> <suspend_id>: the frame's state
// into the generator (the interpreter's handler); the code then returns acc.
uint64_t JitSuspendGenerator(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts) {
  VerifyCompiledFrame(isolate, fp, acc);
  JSGeneratorObject* generator = JSGeneratorObject::cast(fp[Lo(regs)]);
  BytecodeArray* bytecode = BytecodeArray::cast(fp[kBytecodeArraySlot]);
  generator->SaveFrame(&fp[kFirstArgSlot], bytecode->parameter_count() - 1, &fp[Hi(regs)], Lo(counts));
  generator->set_context(fp[kContextSlot]);
  generator->set_continuation(Hi(counts));
  return acc;
}

uint64_t JitCreateClosure(Isolate* isolate, Value* fp, uint64_t acc, uint64_t shared, uint64_t) {
  VerifyCompiledFrame(isolate, fp, acc);
  return Runtime_CreateClosure(isolate, ConstantAt(shared), fp[kContextSlot]).raw_bits();
}

}  // namespace lucid::jit
