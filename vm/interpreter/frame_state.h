// Copyright the Lucid authors. MIT license.
//
// Small frame facts the interpreter loop and compiled code's helpers
// (jit/jit.cc) share: the interrupt budget and [[Construct]] frames.

#ifndef LUCID_VM_INTERPRETER_FRAME_STATE_H_
#define LUCID_VM_INTERPRETER_FRAME_STATE_H_

#include "vm/frames.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/shared_function_info.h"

namespace lucid {

// Whether a call of a function with {shared} and {code} pushes a JS frame
// (runs in the interpreter loop, or its baseline code) rather than going
// through InvokeFunction: it has bytecode (OPTIMIZATION: function_data is a
// BytecodeArray, an int32 builtin id or undefined, so a heap object is
// bytecode), the call's kind is allowed, and under --jit-eager (every call
// through the generic path, which compiles) it already has code.
inline bool CallPushesJSFrame(const SharedFunctionInfo* shared, Value code, bool construct, bool jit_eager) {
  return (!jit_eager || code.IsHeapObject()) && shared->function_data().IsHeapObject() &&
         (construct ? shared->IsConstructorKind() : !shared->is_class_constructor());
}

// Where the frame of a call with {argc} arguments to {shared} (bytecode
// {bytecode}) goes below the caller's lowest slot {sp}: max(argc, formal
// count) argument slots, the caller-pushed slots, the callee's fixed part
// and registers.
struct CalleeFramePlace {
  Value* fp;
  Value* sp;  // its lowest slot
  int n;      // argument slots
};
inline CalleeFramePlace PlaceCalleeFrame(Value* sp, int argc, const SharedFunctionInfo* shared,
                                         const BytecodeArray* bytecode) {
  int n = argc > shared->formal_parameter_count() ? argc : shared->formal_parameter_count();
  Value* fp = sp - n - (kCallerPushedFixedSlots + 1);
  return {fp, FrameLowestSlot(fp, bytecode->register_count()), n};
}

// Whether a frame whose lowest slot is {new_sp} overflows the JS stack.
// NOTE: an interrupt request also trips the first test (js_stack_limit);
// it is served at the next JumpLoop/Return, so only a real overflow counts.
inline bool JSStackOverflows(Isolate* isolate, const Value* new_sp) {
  return LUCID_UNLIKELY(reinterpret_cast<Address>(new_sp) < isolate->js_stack_limit() &&
                        reinterpret_cast<Address>(new_sp) < isolate->real_js_stack_limit());
}

// Fills the frame of a call to {function} (bytecode {bytecode}) whose fp is
// {new_fp} and lowest slot {new_sp}, below the caller's frame {caller_fp}:
// the arguments (arg i at args[-i], padded with undefined to {n}), the
// fixed slots and the registers (undefined). No allocation. The
// interpreter's in-loop calls and compiled code's PrepareCall share it.
//
// OPTIMIZATION: the loops are kept scalar (LUCID_NO_VECTORIZE): they run a
// handful of times per call, and a vectorized loop's set-up costs more
// than the stores.
#define LUCID_NO_VECTORIZE(p) __asm__("" : "+r"(p))
inline void FillCalleeFrame(Value* new_fp, Value* new_sp, Value* caller_fp, int32_t frame_type,
                            Value closure, JSFunction* function, BytecodeArray* bytecode, Value code,
                            Value receiver, Value new_target, const Value* args, int argc, int n) {
  Value* slot = new_fp + kFirstArgSlot;
  for (int i = 0; i < argc; i++) {
    LUCID_NO_VECTORIZE(slot);
    slot[i] = args[-i];
  }
  for (int i = argc; i < n; i++) {
    LUCID_NO_VECTORIZE(slot);
    slot[i] = Value::Undefined();
  }
  new_fp[kReceiverSlot] = receiver;
  new_fp[kNewTargetSlot] = new_target;
  new_fp[kArgcSlot] = Value::FromInt32(argc);
  new_fp[kCallerFpSlot] = Value::FromRawBits(reinterpret_cast<uint64_t>(caller_fp));
  new_fp[kFrameTypeSlot] = Value::FromInt32(frame_type);
  new_fp[kClosureSlot] = closure;
  new_fp[kContextSlot] = function->context();
  new_fp[kBytecodeArraySlot] = bytecode->ToValue();
  new_fp[kBytecodeOffsetSlot] = Value::FromInt32(0);
  new_fp[kFeedbackVectorSlot] = function->shared()->feedback_vector();
  new_fp[kCodeSlot] = code;
  new_fp[kAccumulatorSlot] = Value::Undefined();
  for (Value* r = new_fp + kFirstRegisterSlot; r >= new_sp; r--) {
    LUCID_NO_VECTORIZE(r);
    *r = Value::Undefined();
  }
}

// Fills the BuiltinExit frame of a call to builtin {function} that the
// interpreter loop runs (a continuation builtin, runtime/builtins.h): the
// arguments (arg i at args[-i], no padding), the fixed slots and the
// registers down to {new_sp} (undefined). No allocation.
inline void FillBuiltinFrame(Value* new_fp, Value* new_sp, Value* caller_fp, int32_t frame_type,
                             JSFunction* function, Value receiver, const Value* args, int argc) {
  Value* slot = new_fp + kFirstArgSlot;
  for (int i = 0; i < argc; i++) {
    LUCID_NO_VECTORIZE(slot);
    slot[i] = args[-i];
  }
  new_fp[kReceiverSlot] = receiver;
  new_fp[kNewTargetSlot] = Value::Undefined();
  new_fp[kArgcSlot] = Value::FromInt32(argc);
  new_fp[kCallerFpSlot] = Value::FromRawBits(reinterpret_cast<uint64_t>(caller_fp));
  new_fp[kFrameTypeSlot] = Value::FromInt32(frame_type);
  new_fp[kClosureSlot] = function->ToValue();
  new_fp[kContextSlot] = function->context();
  new_fp[kBytecodeArraySlot] = Value::Undefined();
  new_fp[kBytecodeOffsetSlot] = Value::FromInt32(0);
  new_fp[kFeedbackVectorSlot] = Value::Undefined();
  new_fp[kCodeSlot] = Value::Undefined();
  new_fp[kAccumulatorSlot] = Value::Undefined();
  for (Value* r = new_fp + kFirstRegisterSlot; r >= new_sp; r--) {
    LUCID_NO_VECTORIZE(r);
    *r = Value::Undefined();
  }
}

inline bool IsConstructFrame(const Value* fp) { return !fp[kNewTargetSlot].IsUndefined(); }

inline bool IsDerivedKind(FunctionKind kind) {
  return kind == FunctionKind::kDerivedConstructor ||
         kind == FunctionKind::kDefaultDerivedConstructor;
}

// Charges {amount} to the interrupt budget of the frame's closure; true when
// it ran out (the caller then calls Runtime_BudgetInterrupt, which allocates
// the feedback vector the first time). The budget lives in the closure's
// feedback_cell slot as an int32 (Factory::NewJSFunction starts it); it
// starts (and refills) at --interrupt-budget-for-feedback-allocation until
// the function has a feedback vector, then at --interrupt-budget (tier-up).
//
// OPTIMIZATION: the charge rewrites only the int32's low half (its tag
// stays), as compiled code's MacroAssembler::ChargeBudget does.
inline bool ChargeBudget(Isolate* isolate, Value* fp, int amount) {
  JSFunction* f = static_cast<JSFunction*>(fp[kClosureSlot].heap_object());
  DCHECK(f->feedback_cell().IsInt32());
  int32_t budget = f->raw_field<int32_t>(JSFunction::kFeedbackCellOffset) - amount;
  if (budget <= 0) {
    // NOTE: an int32 is never a heap pointer, so the store needs no barrier.
    f->set_raw_field<uint64_t>(
        JSFunction::kFeedbackCellOffset,
        Value::FromInt32(static_cast<int32_t>(isolate->flags().interrupt_budget)).raw_bits());
    return true;
  }
  f->set_raw_field<int32_t>(JSFunction::kFeedbackCellOffset, budget);
  return false;
}

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_FRAME_STATE_H_
