// Copyright the Lucid authors. MIT license.
//
// THE frame layout of the JS stack (DESIGN.md "Stacks, frames and calls"),
// shared by the interpreter, the GC's stack scan, the future JIT, the
// deoptimizer and the stack-trace printer; plus a frame iterator.

#ifndef LUCID_VM_FRAMES_H_
#define LUCID_VM_FRAMES_H_

#include <cstdint>

#include "vm/interpreter/register.h"
#include "vm/value.h"

namespace lucid {

class Isolate;

// One JS frame, 8-byte slots, the stack grows down. Offsets are in Value
// units relative to fp (FrameSlot below).
//
//            +-------------------------+
//  fp+4+n-1  | arg[n-1]                |  n = max(argc, formal count); the
//     ...    | ...                     |  caller pads with undefined
//  fp+4      | arg[0]                  |
//  fp+3      | receiver                |  as passed; a sloppy callee
//            |                         |  converts it in its prologue
//  fp+2      | new.target              |  undefined for [[Call]]
//  fp+1      | argc                    |  int32 Value: actual count
//  ----------+-------------------------+- pushed by the caller above,
//  fp+0      | caller fp (raw)         |  by the callee below   <- fp
//  fp-1      | frame type              |  int32 Value: FrameTier | FrameEntry
//  fp-2      | closure                 |  JSFunction (the builtin, in a
//            |                         |  BuiltinExit frame)
//  fp-3      | context                 |
//  fp-4      | bytecode array          |  undefined in a BuiltinExit frame
//  fp-5      | bytecode offset         |  int32 Value, current at every
//            |                         |  safepoint in both tiers
//  fp-6      | feedback vector         |  or undefined
//  fp-7      | code                    |  the Code cell running this frame,
//            |                         |  or undefined (interpreter)
//  fp-8      | accumulator spill       |
//  fp-9      | r0                      |  set to undefined on entry
//     ...    | ...                     |
//  fp-9-N+1  | r[N-1]                  |  <- js_sp (lowest used slot)
//            +-------------------------+
//
// Every slot is a Value except `caller fp`, a raw pointer into the JS stack.
// The stack lives below 2^47, so its bits are those of a small positive
// double: the GC scans the whole stack from js_sp up as plain Values and
// treats that slot as a number (docs/heap.md, "Roots").
//
// A BuiltinExit frame has the same fixed part (bytecode array undefined,
// offset 0) and no registers: the builtin gets a BuiltinArguments view of
// the argument slots (runtime/builtins.h). A continuation builtin's frame
// (forEach & co, runtime/builtins.h "Builtin continuations") has
// kBuiltinContinuationSlots registers holding its loop state; pushed by
// the interpreter loop, its entry is kLoop and its callbacks' frames have
// entry kFromContinuation.
//
// An entry frame: Execution::Call pushes the callee frame with entry
// kFromNative; when that frame returns (or an exception unwinds past it) the
// interpreter activation returns to its C++ caller. Frames pushed by a
// running interpreter loop for a JS->JS call have entry kLoop.
enum FrameSlot : int {
  // Above fp: pushed by the caller.
  kArgcSlot = 1,
  kNewTargetSlot = 2,
  kReceiverSlot = 3,
  kFirstArgSlot = 4,  // arg[i] is at fp + kFirstArgSlot + i
  // At and below fp: pushed by the callee.
  kCallerFpSlot = 0,
  kFrameTypeSlot = -1,
  kClosureSlot = -2,
  kContextSlot = -3,
  kBytecodeArraySlot = -4,
  kBytecodeOffsetSlot = -5,
  kFeedbackVectorSlot = -6,
  kCodeSlot = -7,
  kAccumulatorSlot = -8,
  kFirstRegisterSlot = -9,  // r[i] is at fp + kFirstRegisterSlot - i
};

// Slots the caller pushes besides the arguments: receiver, new.target, argc.
inline constexpr int kCallerPushedFixedSlots = 3;
// Slots the callee pushes besides its registers: caller fp .. accumulator.
inline constexpr int kCalleeFixedSlots = 9;
static_assert(kFirstRegisterSlot == -kCalleeFixedSlots);
static_assert(kFirstArgSlot == kCallerPushedFixedSlots + 1);
// Register operands are these very fp offsets (vm/interpreter/register.h), so
// the interpreter reads operand k as fp[k].
static_assert(Register::kRegisterFileStartSlot == kFirstRegisterSlot);
static_assert(Register::kFirstParameterSlot == kFirstArgSlot);
static_assert(Register::kReceiverSlot == kReceiverSlot);
static_assert(Register::kNewTargetSlot == kNewTargetSlot);
static_assert(Register::kClosureSlot == kClosureSlot);
static_assert(Register::kContextSlot == kContextSlot);

enum class FrameTier : uint8_t {
  kInterpreted = 0,
  kCompiled = 1,
  kBuiltinExit = 2,
};

enum class FrameEntry : uint8_t {
  kLoop = 0,             // pushed by a running interpreter loop
  kFromInterpreter = 1,  // compiled code called/OSR-entered by the interpreter
  kFromCompiled = 2,
  kFromNative = 3,       // pushed by Execution::Call/Construct
  // Pushed by a running interpreter loop for a callback of a continuation
  // builtin (runtime/builtins.h): its caller is that builtin's frame,
  // which the loop resumes when this frame returns.
  kFromContinuation = 4,
};

// The frame type slot holds tier | (entry << 4) as an int32 Value. A
// kLoop frame also carries what its return needs (interpreter.cc
// do_return), so the return decodes nothing: bits 8..15 hold the size of
// the caller's call instruction (prefix included), and
// kFrameTypeSetterCall marks a setter's frame (SetNamedProperty), whose
// result is the value stored, not what the setter returns.
inline constexpr int kFrameTypeReturnSizeShift = 8;
inline constexpr int32_t kFrameTypeSetterCall = 1 << 16;
inline constexpr int32_t EncodeFrameType(FrameTier tier, FrameEntry entry) {
  return static_cast<int32_t>(tier) | (static_cast<int32_t>(entry) << 4);
}
inline constexpr int DecodeFrameReturnSize(int32_t type) {
  return (type >> kFrameTypeReturnSizeShift) & 0xFF;
}
inline constexpr FrameTier DecodeFrameTier(int32_t type) {
  return static_cast<FrameTier>(type & 0xF);
}
inline constexpr FrameEntry DecodeFrameEntry(int32_t type) {
  return static_cast<FrameEntry>((type >> 4) & 0xF);
}

// The lowest slot (js_sp) of the frame at {fp} with {registers} registers
// below its fixed part.
inline Value* FrameLowestSlot(Value* fp, int registers) { return fp + kFirstRegisterSlot + 1 - registers; }

// A view of one frame; all accessors read and write the stack directly, so
// a Frame may be held across a GC (the slots are roots, updated in place).
class Frame {
 public:
  explicit Frame(Value* fp) : fp_(fp) {}
  Value* fp() const { return fp_; }

  Value& slot(int index) const { return fp_[index]; }
  Value* caller_fp() const {
    return reinterpret_cast<Value*>(
        static_cast<uintptr_t>(fp_[kCallerFpSlot].raw_bits()));
  }
  int32_t type() const { return fp_[kFrameTypeSlot].AsInt32(); }
  FrameTier tier() const { return DecodeFrameTier(type()); }
  FrameEntry entry() const { return DecodeFrameEntry(type()); }
  bool is_builtin_exit() const { return tier() == FrameTier::kBuiltinExit; }

  int32_t argc() const { return fp_[kArgcSlot].AsInt32(); }
  Value& new_target() const { return fp_[kNewTargetSlot]; }
  Value& receiver() const { return fp_[kReceiverSlot]; }
  Value& arg(int i) const { return fp_[kFirstArgSlot + i]; }
  Value* args() const { return &fp_[kFirstArgSlot]; }
  Value& closure() const { return fp_[kClosureSlot]; }
  Value& context() const { return fp_[kContextSlot]; }
  Value& bytecode_array() const { return fp_[kBytecodeArraySlot]; }
  int32_t bytecode_offset() const {
    return fp_[kBytecodeOffsetSlot].AsInt32();
  }
  void set_bytecode_offset(int32_t offset) const {
    fp_[kBytecodeOffsetSlot] = Value::FromInt32(offset);
  }
  Value& feedback_vector() const { return fp_[kFeedbackVectorSlot]; }
  Value& code() const { return fp_[kCodeSlot]; }
  Value& accumulator() const { return fp_[kAccumulatorSlot]; }
  Value& reg(int i) const { return fp_[kFirstRegisterSlot - i]; }

 private:
  Value* fp_;
};

// Walks the JS stack from the innermost frame (isolate->js_fp) outward,
// following the caller-fp chain until the bottom (a null caller fp).
class FrameIterator {
 public:
  explicit FrameIterator(Isolate* isolate);
  bool done() const { return fp_ == nullptr; }
  Frame frame() const { return Frame(fp_); }
  void Advance() { fp_ = Frame(fp_).caller_fp(); }

 private:
  Value* fp_;
};

}  // namespace lucid

#endif  // LUCID_VM_FRAMES_H_
