// Copyright the Lucid authors. MIT license.
//
// The interpreter loop: one handler per BYTECODE_LIST entry, dispatched with
// computed goto (GNU labels-as-values; a switch when LUCID_NO_COMPUTED_GOTO is
// defined). Handlers are short; every slow path is a Runtime_* function
// (vm/interpreter/runtime_functions.h) with a plain signature.
//
// Register state of the loop (C++ locals):
//   fp     the current frame (vm/frames.h); registers are fp[operand]
//   insn   the first byte of the current instruction (its prefix if any)
//   pc     the bytecode byte of the current instruction
//   scale  0, 1, 2 for single, Wide, ExtraWide operands
//   acc    the accumulator
//   sp     the current frame's lowest slot (what js_sp is set to)
//   base, constants   bytecode start and constant pool: metadata-space cells,
//                     which never move, so they survive calls out
//
// Safepoint discipline (DESIGN.md "Stacks, frames and calls"): before every
// call out of a handler SAVE_STATE() writes the bytecode offset and the
// accumulator into the frame and js_sp into the isolate; after it, any heap
// pointer is re-read from the frame (the accumulator from its spill slot).

#include "vm/interpreter/interpreter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "jit/jit.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/frame_state.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

// -- Operand decoding ---------------------------------------------------------------
//
// The layout of each bytecode's operands is known at compile time from
// BYTECODE_LIST; only the scale is dynamic, so each operand read is one
// table-indexed load plus a switch on the scale.
template <OperandType... kTypes>
struct OperandLayout {
  static constexpr int kCount = sizeof...(kTypes);
  static constexpr OperandType kType[kCount + 1] = {kTypes..., OperandType::kFlag8};
  static constexpr OperandScale ScaleOf(int index) {
    return index == 0 ? OperandScale::kSingle
                      : index == 1 ? OperandScale::kDouble : OperandScale::kQuadruple;
  }
  static constexpr int Offset(int i, int scale_index) {
    int offset = 1;
    for (int j = 0; j < i; j++) offset += OperandSize(kType[j], ScaleOf(scale_index));
    return offset;
  }
  static constexpr int kSize[3] = {Offset(kCount, 0), Offset(kCount, 1), Offset(kCount, 2)};
};

template <Bytecode b>
struct OpsOf;
#define V(Name, acc, ...) \
  template <>             \
  struct OpsOf<Bytecode::k##Name> : OperandLayout<__VA_ARGS__> {};
BYTECODE_LIST(V)
#undef V

template <class Ops, int i>
inline __attribute__((always_inline)) int32_t ReadOperand(const uint8_t* pc, int scale) {
  constexpr OperandType type = Ops::kType[i];
  constexpr int kOffsets[3] = {Ops::Offset(i, 0), Ops::Offset(i, 1), Ops::Offset(i, 2)};
  constexpr bool is_signed = IsSignedOperand(type);
  // OPTIMIZATION: single-scale operands (the common case) use constant
  // offsets; only prefixed instructions index the offset table.
  if (LUCID_LIKELY(scale == 0)) {
    const uint8_t* p = pc + kOffsets[0];
    if constexpr (type == OperandType::kRuntimeId) return p[0] | (p[1] << 8);
    return is_signed ? static_cast<int8_t>(p[0]) : p[0];
  }
  const uint8_t* p = pc + (scale == 1 ? kOffsets[1] : kOffsets[2]);
  if constexpr (type == OperandType::kFlag8) {
    return p[0];
  } else if constexpr (type == OperandType::kRuntimeId) {
    return p[0] | (p[1] << 8);
  } else {
    if (scale == 1) {
      uint16_t v;
      std::memcpy(&v, p, 2);
      return is_signed ? static_cast<int16_t>(v) : v;
    }
    int32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
}

// -- Small helpers ---------------------------------------------------------------------

inline BytecodeArray* FrameBytecode(const Value* fp) {
  return static_cast<BytecodeArray*>(fp[kBytecodeArraySlot].heap_object());
}
inline Value* FrameSp(Value* fp, const BytecodeArray* bytecode) {
  return fp + kFirstRegisterSlot + 1 - bytecode->register_count();
}
inline Context* CurrentContext(const Value* fp) {
  return static_cast<Context*>(fp[kContextSlot].heap_object());
}
inline Context* WalkContext(Value context, int depth) {
  Context* c = static_cast<Context*>(context.heap_object());
  for (int i = 0; i < depth; i++) c = static_cast<Context*>(c->previous().heap_object());
  return c;
}

// The size of the instruction at {insn} including its prefix.
inline int InstructionSize(const uint8_t* insn) {
  Bytecode b = static_cast<Bytecode>(insn[0]);
  if (IsPrefix(b)) {
    return 1 + BytecodeSize(static_cast<Bytecode>(insn[1]), ScaleForPrefix(b));
  }
  return BytecodeSize(b, OperandScale::kSingle);
}

bool FunctionKindNeedsReceiverConversion(FunctionKind kind) {
  return kind != FunctionKind::kArrowFunction && kind != FunctionKind::kAsyncArrowFunction;
}

// Int32 fast paths. Each returns false when the slow path must run.
inline bool Int32Add(int32_t a, int32_t b, Value* out) {
  int32_t r;
  if (__builtin_add_overflow(a, b, &r)) return false;
  *out = Value::FromInt32(r);
  return true;
}
inline bool Int32Sub(int32_t a, int32_t b, Value* out) {
  int32_t r;
  if (__builtin_sub_overflow(a, b, &r)) return false;
  *out = Value::FromInt32(r);
  return true;
}
inline bool Int32Mul(int32_t a, int32_t b, Value* out) {
  int32_t r;
  if (__builtin_mul_overflow(a, b, &r)) return false;
  // 0 * -5 is -0: a double.
  if (r == 0 && (a < 0 || b < 0)) return false;
  *out = Value::FromInt32(r);
  return true;
}
inline bool Int32Div(int32_t a, int32_t b, Value* out) {
  if (b == 0 || (a == 0 && b < 0) || (a == INT32_MIN && b == -1) || a % b != 0) return false;
  *out = Value::FromInt32(a / b);
  return true;
}
inline bool Int32Mod(int32_t a, int32_t b, Value* out) {
  // A negative dividend with a zero result is -0.
  if (a < 0 || b <= 0) return false;
  *out = Value::FromInt32(a % b);
  return true;
}

// The int32 x int32 -> int32 cases of a binary operation; false when the
// result is not an int32 (overflow, -0, a fraction) or the op has none.
inline __attribute__((always_inline)) bool Int32BinaryOp(Operation op, int32_t a, int32_t b, Value* out) {
  switch (op) {
    case Operation::kAdd: return Int32Add(a, b, out);
    case Operation::kSub: return Int32Sub(a, b, out);
    case Operation::kMul: return Int32Mul(a, b, out);
    case Operation::kDiv: return Int32Div(a, b, out);
    case Operation::kMod: return Int32Mod(a, b, out);
    case Operation::kBitwiseOr: *out = Value::FromInt32(a | b); return true;
    case Operation::kBitwiseXor: *out = Value::FromInt32(a ^ b); return true;
    case Operation::kBitwiseAnd: *out = Value::FromInt32(a & b); return true;
    case Operation::kShiftLeft:
      *out = Value::FromInt32(static_cast<int32_t>(static_cast<uint32_t>(a) << (b & 31)));
      return true;
    case Operation::kShiftRight: *out = Value::FromInt32(a >> (b & 31)); return true;
    case Operation::kShiftRightLogical: {
      uint32_t r = static_cast<uint32_t>(a) >> (b & 31);
      if (r > INT32_MAX) return false;
      *out = Value::FromInt32(static_cast<int32_t>(r));
      return true;
    }
    default: return false;
  }
}

// Fast binary operation on two Values; false -> slow path.
inline __attribute__((always_inline)) bool FastBinaryOp(Operation op, Value lhs, Value rhs, Value* out) {
  if (lhs.IsInt32() && rhs.IsInt32() && Int32BinaryOp(op, lhs.AsInt32(), rhs.AsInt32(), out)) return true;
  if (lhs.IsNumber() && rhs.IsNumber()) {
    // OPTIMIZATION: + - * / on numbers inline (op is a constant in each
    // handler, so the switch folds away); the rest call NumberBinaryOp.
    double a = lhs.Number(), b = rhs.Number();
    switch (op) {
      case Operation::kAdd: *out = Value::FromDouble(a + b); return true;
      case Operation::kSub: *out = Value::FromDouble(a - b); return true;
      case Operation::kMul: *out = Value::FromDouble(a * b); return true;
      case Operation::kDiv: *out = Value::FromDouble(a / b); return true;
      default: *out = NumberBinaryOp(op, a, b); return true;
    }
  }
  return false;
}

inline bool FastCompare(Operation op, Value lhs, Value rhs, bool* out) {
  if (lhs.IsInt32() && rhs.IsInt32()) {
    int32_t a = lhs.AsInt32(), b = rhs.AsInt32();
    switch (op) {
      case Operation::kLessThan: *out = a < b; return true;
      case Operation::kGreaterThan: *out = a > b; return true;
      case Operation::kLessThanOrEqual: *out = a <= b; return true;
      default: *out = a >= b; return true;
    }
  }
  if (lhs.IsNumber() && rhs.IsNumber()) {
    double a = lhs.Number(), b = rhs.Number();
    switch (op) {
      case Operation::kLessThan: *out = a < b; return true;
      case Operation::kGreaterThan: *out = a > b; return true;
      case Operation::kLessThanOrEqual: *out = a <= b; return true;
      default: *out = a >= b; return true;
    }
  }
  return false;
}

// ToBoolean with the common cases inline (booleans, null/undefined, int32s,
// objects); strings and doubles call out.
inline __attribute__((always_inline)) bool ToBooleanInline(Value value) {
  if (value.IsSpecial()) return value.IsTrue();
  if (value.IsInt32()) return value.AsInt32() != 0;
  if (value.IsHeapObject() && !IsString(value)) return true;
  return ToBoolean(value);
}

// The callee's prologue, run on a freshly pushed frame whose state is saved
// (offset 0, accumulator undefined, js_sp current): the feedback vector
// under --no-lazy-feedback-allocation, `this` for [[Construct]] of a base
// constructor, receiver conversion for sloppy functions. False with an
// exception pending. Shared with compiled code (Interpreter::Prologue).
inline __attribute__((always_inline)) bool FunctionPrologue(Isolate* isolate, Value* fp,
                                                            bool eager_feedback) {
  SharedFunctionInfo* shared = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared();
  FunctionKind kind = shared->kind();
  if (LUCID_UNLIKELY(eager_feedback) && fp[kFeedbackVectorSlot].IsUndefined()) {
    EnsureFeedbackVector(isolate, fp[kClosureSlot]);
    shared = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared();
  }
  if (IsConstructFrame(fp)) {
    if (!IsDerivedKind(kind)) {
      Value self;
      if (!TryCreateThisFast(isolate, fp[kClosureSlot], fp[kNewTargetSlot], &self)) {
        self = Runtime_CreateThis(isolate, fp[kClosureSlot], fp[kNewTargetSlot]);
        if (self.IsException()) return false;
      }
      fp[kReceiverSlot] = self;
    }
  } else if (!shared->is_strict() && !IsJSReceiver(fp[kReceiverSlot]) &&
             FunctionKindNeedsReceiverConversion(kind)) {
    if (fp[kReceiverSlot].IsNullOrUndefined()) {
      // OPTIMIZATION: the common sloppy case needs no call out.
      fp[kReceiverSlot] = NativeContext::cast(isolate->roots().native_context())->global_object();
    } else {
      Value receiver = Runtime_ConvertReceiver(isolate, fp[kReceiverSlot]);
      if (receiver.IsException()) return false;
      fp[kReceiverSlot] = receiver;
    }
  }
  return true;
}

#ifdef LUCID_DISPATCH_COUNTING
// Dispatch counting (meson -Ddispatch_counting=true, V8's
// v8_enable_ignition_dispatch_counting): how often each bytecode runs and
// which bytecode follows which, printed to stderr at exit. For interpreter
// work only; the counters cost a load and a store per dispatch.
uint64_t dispatch_counts[kBytecodeCount];
uint64_t dispatch_pairs[kBytecodeCount][kBytecodeCount];
int last_dispatched = 0;

void PrintDispatchCounts() {
  uint64_t total = 0;
  std::vector<std::pair<uint64_t, int>> singles, pairs;
  for (int i = 0; i < kBytecodeCount; i++) {
    total += dispatch_counts[i];
    if (dispatch_counts[i] != 0) singles.push_back({dispatch_counts[i], i});
    for (int j = 0; j < kBytecodeCount; j++) {
      if (dispatch_pairs[i][j] != 0) pairs.push_back({dispatch_pairs[i][j], i * kBytecodeCount + j});
    }
  }
  std::sort(singles.rbegin(), singles.rend());
  std::sort(pairs.rbegin(), pairs.rend());
  std::fprintf(stderr, "[dispatches] %llu\n", static_cast<unsigned long long>(total));
  for (size_t i = 0; i < singles.size() && i < 50; i++) {
    std::fprintf(stderr, "%6.2f%% %s\n", 100.0 * singles[i].first / total,
                 BytecodeName(static_cast<Bytecode>(singles[i].second)));
  }
  std::fprintf(stderr, "[dispatch pairs]\n");
  for (size_t i = 0; i < pairs.size() && i < 40; i++) {
    std::fprintf(stderr, "%6.2f%% %s -> %s\n", 100.0 * pairs[i].first / total,
                 BytecodeName(static_cast<Bytecode>(pairs[i].second / kBytecodeCount)),
                 BytecodeName(static_cast<Bytecode>(pairs[i].second % kBytecodeCount)));
  }
}

inline void CountDispatch(int bytecode) {
  static bool registered = (std::atexit(PrintDispatchCounts), true);
  (void)registered;
  dispatch_counts[bytecode]++;
  dispatch_pairs[last_dispatched][bytecode]++;
  last_dispatched = bytecode;
}
#define COUNT_DISPATCH(b) CountDispatch(b)
#else
#define COUNT_DISPATCH(b) ((void)0)
#endif

// --verify-frames: the state a call out must leave (the JIT's specification).
void VerifyFrame(Isolate* isolate, Value* fp, Value* sp, int32_t offset, Value acc) {
  CHECK_MSG(fp[kBytecodeOffsetSlot] == Value::FromInt32(offset),
            "--verify-frames: bytecode offset slot is stale");
  CHECK_MSG(fp[kAccumulatorSlot] == acc, "--verify-frames: accumulator not spilled");
  CHECK_MSG(isolate->js_sp() == reinterpret_cast<Address>(sp), "--verify-frames: js_sp not saved");
  CHECK_MSG(isolate->js_fp() == reinterpret_cast<Address>(fp), "--verify-frames: js_fp stale");
}

}  // namespace

// ---------------------------------------------------------------------------------
// The loop
// ---------------------------------------------------------------------------------

// kStep = false: Interpreter::Run. kStep = true: Interpreter::Step, which
// executes the one instruction at {step_insn} of the frame at {entry_fp}
// (a compiled frame; see jit/) and returns the accumulator: every DISPATCH
// returns instead of fetching, calls take the generic path (no frame is
// pushed in this loop), and an exception returns the sentinel (the compiled
// caller unwinds).
template <bool kStep>
Value RunLoop(Isolate* isolate, Value* entry_fp, const uint8_t* step_insn, Value step_acc) {
  Value* fp = entry_fp;
  Value* sp = nullptr;
  const uint8_t* base = nullptr;
  const uint8_t* insn = nullptr;
  const uint8_t* pc = nullptr;
  FixedArray* constants = nullptr;
  Value acc = Value::Undefined();
  // The running function's feedback vector (or undefined): metadata space,
  // never moves, so it survives calls out like base and constants; reloaded
  // whenever the frame changes or a vector may have been allocated.
  Value feedback = Value::Undefined();
  int scale = 0;
  const bool verify_frames = LUCID_DEBUG && isolate->flags().verify_frames;
  // --no-lazy-feedback-allocation: every function gets its vector at entry.
  const bool eager_feedback = !isolate->flags().lazy_feedback_allocation;
  // --jit-eager: every call goes through the generic path, which compiles.
  const bool jit_eager = isolate->flags().jit_eager;
  // The pending call (see do_call).
  Value call_target, call_receiver, call_new_target;
  const Value* call_args = nullptr;
  int call_argc = 0;
  const uint8_t* call_next_pc = nullptr;

#ifndef LUCID_NO_COMPUTED_GOTO
  static const void* const kDispatchTable[] = {
#define V(Name, ...) &&Handle_##Name,
      BYTECODE_LIST(V)
#undef V
  };
#define HANDLER(Name) \
  Handle_##Name : {   \
    using Ops = OpsOf<Bytecode::k##Name>;
#define END_HANDLER }
#define DISPATCH()                                  \
  do {                                              \
    if constexpr (kStep) return acc;                \
    insn = pc;                                      \
    scale = 0;                                      \
    COUNT_DISPATCH(*pc);                            \
    goto* kDispatchTable[*pc];                      \
  } while (false)
#define DISPATCH_PREFIXED() goto* kDispatchTable[*pc]
#else
#define HANDLER(Name)            \
  case Bytecode::k##Name: {      \
    using Ops = OpsOf<Bytecode::k##Name>;
#define END_HANDLER }
#define DISPATCH()                   \
  do {                               \
    if constexpr (kStep) return acc; \
    insn = pc;                       \
    scale = 0;                       \
    goto dispatch;                   \
  } while (false)
#define DISPATCH_PREFIXED() goto dispatch
#endif

#define OPERAND(i) ReadOperand<Ops, i>(pc, scale)
#define REG(i) fp[OPERAND(i)]
#define CONSTANT(i) constants->get(OPERAND(i))
#define NEXT()                                                              \
  do {                                                                      \
    pc += LUCID_LIKELY(scale == 0) ? Ops::kSize[0] : Ops::kSize[scale];     \
    DISPATCH();                                                             \
  } while (false)
// NEXT, then Ignition's Star lookahead: a handler whose result goes to the
// accumulator runs a following `Star r` itself (the most common next
// bytecode), saving that dispatch's indirect jump. Not in Step mode, which
// runs exactly one instruction.
#define NEXT_STAR()                                                         \
  do {                                                                      \
    pc += LUCID_LIKELY(scale == 0) ? Ops::kSize[0] : Ops::kSize[scale];     \
    STAR_LOOKAHEAD();                                                       \
    DISPATCH();                                                             \
  } while (false)
// NEXT after a test: a following single-scale JumpIfTrue/JumpIfFalse is
// taken here on the boolean in the accumulator (a compare-and-branch
// superinstruction by lookahead), saving that dispatch.
#define NEXT_TEST()                                                                    \
  do {                                                                                 \
    pc += LUCID_LIKELY(scale == 0) ? Ops::kSize[0] : Ops::kSize[scale];                \
    if (!kStep) {                                                                      \
      uint8_t next_ = *pc;                                                             \
      if (next_ == static_cast<uint8_t>(Bytecode::kJumpIfFalse) ||                     \
          next_ == static_cast<uint8_t>(Bytecode::kJumpIfTrue)) {                      \
        using JumpOps = OpsOf<Bytecode::kJumpIfFalse>;                                 \
        bool taken_ = (next_ == static_cast<uint8_t>(Bytecode::kJumpIfTrue)) == acc.IsTrue(); \
        pc += taken_ ? ReadOperand<JumpOps, 0>(pc, 0) : JumpOps::kSize[0];             \
      }                                                                                \
    }                                                                                  \
    DISPATCH();                                                                        \
  } while (false)
#define STAR_LOOKAHEAD()                                                    \
  do {                                                                      \
    if (!kStep && *pc == static_cast<uint8_t>(Bytecode::kStar)) {          \
      fp[static_cast<int8_t>(pc[1])] = acc;                                 \
      pc += 2;                                                              \
    }                                                                       \
  } while (false)
#define JUMP_TO(target)          \
  do {                           \
    pc = (target);               \
    DISPATCH();                  \
  } while (false)
#define SAVE_STATE()                                                            \
  do {                                                                          \
    fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base)); \
    fp[kAccumulatorSlot] = acc;                                                 \
    isolate->set_js_sp(reinterpret_cast<Address>(sp));                         \
    if (verify_frames) {                                                        \
      VerifyFrame(isolate, fp, sp, static_cast<int32_t>(insn - base), acc);     \
    }                                                                           \
  } while (false)
// acc = expr (a call out); exceptions unwind.
#define CALL_TO_ACC(expr)                     \
  do {                                        \
    SAVE_STATE();                             \
    acc = (expr);                             \
    if (acc.IsException()) goto exception;    \
  } while (false)
// expr is a call out whose result is not the accumulator: acc is reloaded
// from its spill slot (the GC may have moved what it points to).
#define CALL_KEEP_ACC(expr)                          \
  do {                                               \
    SAVE_STATE();                                    \
    Value result_ = (expr);                          \
    if (result_.IsException()) goto exception;       \
    acc = fp[kAccumulatorSlot];                      \
  } while (false)
// Feedback the handlers collect inline. The offset slot is written only
// when the feedback changes, so a trace event names the right site.
#define RECORD_CALL_FEEDBACK(slot)                                                          \
  do {                                                                                      \
    if (feedback.IsHeapObject() && !RecordCallFeedbackFast(feedback, (slot), call_target)) { \
      fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base));        \
      RecordCallFeedbackSlow(isolate, static_cast<FeedbackVector*>(feedback.heap_object()), \
                             (slot), call_target);                                         \
    }                                                                                       \
  } while (false)
// The pending call do_call makes (see there): arg i at args[-i]; the call
// returns to the next instruction.
#define CALL_SETUP(target, receiver, args, argc, new_target) \
  do {                                                       \
    call_target = (target);                                  \
    call_receiver = (receiver);                              \
    call_args = (args);                                      \
    call_argc = (argc);                                      \
    call_new_target = (new_target);                          \
    call_next_pc = pc + Ops::kSize[scale];                   \
  } while (false)
#define RECORD_BINOP_FEEDBACK(slot, hint)                                                  \
  do {                                                                                     \
    Value vector_ = feedback;                                                              \
    if (vector_.IsHeapObject()) {                                                          \
      Value old_ = static_cast<FeedbackVector*>(vector_.heap_object())->feedback(slot);    \
      int32_t hint_ = (hint);                                                              \
      if (old_ != Value::FromInt32(hint_) &&                                               \
          (!old_.IsInt32() || (old_.AsInt32() | hint_) != old_.AsInt32())) {               \
        fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base));     \
        RecordBinaryOpFeedback(isolate, vector_, (slot), hint_);                           \
      }                                                                                    \
    }                                                                                      \
  } while (false)
#define LOAD_FRAME_STATE()                                                  \
  do {                                                                      \
    feedback = fp[kFeedbackVectorSlot];                                     \
    BytecodeArray* bytecode_ = FrameBytecode(fp);                           \
    base = bytecode_->GetFirstBytecodeAddress();                            \
    constants = static_cast<FixedArray*>(bytecode_->constant_pool().heap_object()); \
    sp = FrameSp(fp, bytecode_);                                            \
  } while (false)

  if constexpr (kStep) {
    LOAD_FRAME_STATE();
    pc = step_insn;
    insn = step_insn;
    acc = step_acc;
#ifndef LUCID_NO_COMPUTED_GOTO
    goto* kDispatchTable[*pc];
#else
    goto dispatch;
#endif
  }
  (void)step_insn;
  (void)step_acc;

  // -- Function entry (the frame at fp is pushed) --------------------------------------
  LOAD_FRAME_STATE();
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  isolate->set_js_sp(reinterpret_cast<Address>(sp));
  pc = base;
  insn = base;

function_entry : {
  if (LUCID_UNLIKELY(!FunctionPrologue(isolate, fp, eager_feedback))) goto exception;
  feedback = fp[kFeedbackVectorSlot];
  DISPATCH();
}

#ifdef LUCID_NO_COMPUTED_GOTO
dispatch:
  switch (static_cast<Bytecode>(*pc)) {
#endif

  // -- Prefixes -----------------------------------------------------------------------

  // Illegal: never emitted.
  HANDLER(Illegal)
    (void)sizeof(Ops);
    FatalError(__FILE__, __LINE__, "Illegal bytecode at offset %d",
               static_cast<int>(insn - base));
  END_HANDLER

  // Wide: the next bytecode's scalable operands are 2 bytes.
  HANDLER(Wide)
    (void)sizeof(Ops);
    pc++;
    scale = 1;
    DISPATCH_PREFIXED();
  END_HANDLER

  // ExtraWide: 4-byte operands.
  HANDLER(ExtraWide)
    (void)sizeof(Ops);
    pc++;
    scale = 2;
    DISPATCH_PREFIXED();
  END_HANDLER

  // -- Accumulator loads ------------------------------------------------------------

  HANDLER(LdaZero)
    acc = Value::FromInt32(0);
    NEXT_STAR();
  END_HANDLER

  // LdaSmi <imm>
  HANDLER(LdaSmi)
    acc = Value::FromInt32(OPERAND(0));
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaUndefined)
    acc = Value::Undefined();
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaNull)
    acc = Value::Null();
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaTheHole)
    acc = Value::TheHole();
    NEXT();
  END_HANDLER

  HANDLER(LdaTrue)
    acc = Value::True();
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaFalse)
    acc = Value::False();
    NEXT_STAR();
  END_HANDLER

  // LdaConstant <k>
  HANDLER(LdaConstant)
    acc = CONSTANT(0);
    NEXT_STAR();
  END_HANDLER

  // -- Registers ------------------------------------------------------------------------

  // Ldar <src>
  HANDLER(Ldar)
    acc = REG(0);
    NEXT_STAR();
  END_HANDLER

  // Star <dst>
  HANDLER(Star)
    REG(0) = acc;
    NEXT();
  END_HANDLER

  // Mov <src> <dst>
  HANDLER(Mov)
    REG(1) = REG(0);
    NEXT();
  END_HANDLER

  // -- Globals --------------------------------------------------------------------------

  // LdaGlobal <name> <slot>: the LoadGlobalIC hook point is Runtime_LoadGlobal.
  HANDLER(LdaGlobal)
    if (!TryLoadGlobalFast(feedback, OPERAND(1), &acc)) {
      CALL_TO_ACC(Runtime_LoadGlobalIC(isolate, CONSTANT(0), fp[kFeedbackVectorSlot], OPERAND(1), false));
    }
    NEXT_STAR();
  END_HANDLER

  // LdaGlobalInsideTypeof <name> <slot>
  HANDLER(LdaGlobalInsideTypeof)
    if (!TryLoadGlobalFast(feedback, OPERAND(1), &acc)) {
      CALL_TO_ACC(Runtime_LoadGlobalIC(isolate, CONSTANT(0), fp[kFeedbackVectorSlot], OPERAND(1), true));
    }
    NEXT();
  END_HANDLER

  // StaGlobal <name> <slot>
  HANDLER(StaGlobal)
    {
      if (!TryStoreGlobalFast(feedback, OPERAND(1), acc)) {
        bool strict = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared()->is_strict();
        CALL_KEEP_ACC(Runtime_StoreGlobalIC(isolate, CONSTANT(0), acc, fp[kFeedbackVectorSlot], OPERAND(1),
                                            strict));
      }
    }
    NEXT();
  END_HANDLER

  // -- Contexts ---------------------------------------------------------------------------

  // LdaContextSlot <ctx> <index> <depth>
  HANDLER(LdaContextSlot)
    acc = WalkContext(REG(0), OPERAND(2))->GetSlot(OPERAND(1));
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaImmutableContextSlot)
    acc = WalkContext(REG(0), OPERAND(2))->GetSlot(OPERAND(1));
    NEXT_STAR();
  END_HANDLER

  // LdaCurrentContextSlot <index>
  HANDLER(LdaCurrentContextSlot)
    acc = CurrentContext(fp)->GetSlot(OPERAND(0));
    NEXT_STAR();
  END_HANDLER

  HANDLER(LdaImmutableCurrentContextSlot)
    acc = CurrentContext(fp)->GetSlot(OPERAND(0));
    NEXT_STAR();
  END_HANDLER

  // StaContextSlot <ctx> <index> <depth>
  HANDLER(StaContextSlot)
    WalkContext(REG(0), OPERAND(2))->SetSlot(OPERAND(1), acc);
    NEXT();
  END_HANDLER

  // StaCurrentContextSlot <index>
  HANDLER(StaCurrentContextSlot)
    CurrentContext(fp)->SetSlot(OPERAND(0), acc);
    NEXT();
  END_HANDLER

  // PushContext <saved:out>
  HANDLER(PushContext)
    REG(0) = fp[kContextSlot];
    fp[kContextSlot] = acc;
    NEXT();
  END_HANDLER

  // PopContext <saved>
  HANDLER(PopContext)
    fp[kContextSlot] = REG(0);
    NEXT();
  END_HANDLER

  // CreateFunctionContext <scope> <slots>
  HANDLER(CreateFunctionContext)
    CALL_TO_ACC(Runtime_NewContext(isolate, static_cast<int>(InstanceType::kFunctionContext),
                                   CONSTANT(0), fp[kContextSlot], OPERAND(1), Value::TheHole()));
    NEXT();
  END_HANDLER

  // CreateBlockContext <scope>
  HANDLER(CreateBlockContext)
    CALL_TO_ACC(Runtime_NewContext(isolate, static_cast<int>(InstanceType::kBlockContext),
                                   CONSTANT(0), fp[kContextSlot], -1, Value::TheHole()));
    NEXT();
  END_HANDLER

  // CreateCatchContext <exception> <scope>
  HANDLER(CreateCatchContext)
    CALL_TO_ACC(Runtime_NewContext(isolate, static_cast<int>(InstanceType::kCatchContext),
                                   CONSTANT(1), fp[kContextSlot], -1, REG(0)));
    NEXT();
  END_HANDLER

  // -- Properties (the IC hook points: every one has its feedback slot operand) -----

  // GetNamedProperty <object> <name> <slot>
  HANDLER(GetNamedProperty)
    {
      // NOTE: the fast paths may write their out-parameter and then fail:
      // never pass &acc while acc is an input.
      Value result;
      Value handler = NamedSiteHandler(isolate, feedback, OPERAND(2), REG(0), CONSTANT(1), false);
      if (TryLoadWithHandler(handler, REG(0), &result)) {
        acc = result;
      } else if (AccessorOfHandler(handler, REG(0), false, &result)) {
        // OPTIMIZATION: a JS getter is called in this loop like any call;
        // its return value is the load's result.
        CALL_SETUP(result, REG(0), nullptr, 0, Value::Undefined());
        goto do_call;
      } else {
        CALL_TO_ACC(Runtime_LoadIC(isolate, REG(0), CONSTANT(1), fp[kFeedbackVectorSlot], OPERAND(2)));
      }
    }
    NEXT_STAR();
  END_HANDLER

  // GetNamedPropertyFromSuper <receiver> <name> <slot>: acc = home object.
  HANDLER(GetNamedPropertyFromSuper)
    CALL_TO_ACC(Runtime_GetFromSuper(isolate, REG(0), acc, CONSTANT(1)));
    NEXT();
  END_HANDLER

  // GetKeyedProperty <object> <slot>
  HANDLER(GetKeyedProperty)
    {
      Value result;
      if (TryLoadElementFast(isolate, feedback, OPERAND(1), REG(0), acc, &result)) {
        acc = result;
      } else {
        CALL_TO_ACC(Runtime_KeyedLoadIC(isolate, REG(0), acc, fp[kFeedbackVectorSlot], OPERAND(1)));
      }
    }
    NEXT_STAR();
  END_HANDLER

  // SetNamedProperty <object> <name> <slot>
  HANDLER(SetNamedProperty)
    {
      Value setter;
      Value handler = NamedSiteHandler(isolate, feedback, OPERAND(2), REG(0), CONSTANT(1), true);
      if (TryStoreWithHandler(handler, REG(0), acc) ||
          (IsShape(handler) && TryTransitionWithoutAllocation(handler, REG(0), acc))) {
        // done
      } else if (!kStep && AccessorOfHandler(handler, REG(0), true, &setter) &&
                 static_cast<JSFunction*>(setter.heap_object())->shared()->function_data().IsHeapObject() &&
                 static_cast<JSFunction*>(setter.heap_object())->code().IsUndefined()) {
        // OPTIMIZATION: a JS setter is called in this loop with the value
        // (spilled to the accumulator slot by the call's SAVE_STATE) as its
        // argument; do_return gives the store its value back, not the
        // setter's result.
        CALL_SETUP(setter, REG(0), &fp[kAccumulatorSlot], 1, Value::Undefined());
        goto do_call;
      } else {
        bool strict = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared()->is_strict();
        CALL_KEEP_ACC(Runtime_StoreIC(isolate, REG(0), CONSTANT(1), acc, fp[kFeedbackVectorSlot], OPERAND(2),
                                      strict));
      }
    }
    NEXT();
  END_HANDLER

  // DefineNamedOwnProperty <object> <name> <slot>
  HANDLER(DefineNamedOwnProperty)
    if (!TryStoreICFast(isolate, feedback, OPERAND(2), REG(0), CONSTANT(1), acc)) {
      CALL_KEEP_ACC(Runtime_DefineNamedOwnIC(isolate, REG(0), CONSTANT(1), acc, fp[kFeedbackVectorSlot],
                                             OPERAND(2)));
    }
    NEXT();
  END_HANDLER

  // SetKeyedProperty <object> <key> <slot>
  HANDLER(SetKeyedProperty)
    {
      if (!TryStoreElementFast(feedback, OPERAND(2), REG(0), REG(1), acc)) {
        bool strict = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared()->is_strict();
        CALL_KEEP_ACC(Runtime_KeyedStoreIC(isolate, REG(0), REG(1), acc, fp[kFeedbackVectorSlot], OPERAND(2),
                                           strict));
      }
    }
    NEXT();
  END_HANDLER

  // DefineKeyedOwnProperty <object> <key> <flags> <slot>
  HANDLER(DefineKeyedOwnProperty)
    CALL_KEEP_ACC(Runtime_DefineOwnProperty(isolate, REG(0), REG(1), acc,
                                            (OPERAND(2) & DefineKeyedOwnFlags::kSetFunctionName) != 0,
                                            StoreOrigin::kMaybeKeyed));
    NEXT();
  END_HANDLER

  // StaInArrayLiteral <array> <index> <slot>
  HANDLER(StaInArrayLiteral)
    CALL_KEEP_ACC(Runtime_DefineOwnProperty(isolate, REG(0), REG(1), acc, false));
    NEXT();
  END_HANDLER

  // DeletePropertyStrict <object>
  HANDLER(DeletePropertyStrict)
    CALL_TO_ACC(Runtime_DeleteProperty(isolate, REG(0), acc, true));
    NEXT();
  END_HANDLER

  // DeletePropertySloppy <object>
  HANDLER(DeletePropertySloppy)
    CALL_TO_ACC(Runtime_DeleteProperty(isolate, REG(0), acc, false));
    NEXT();
  END_HANDLER

  // -- Binary operators ---------------------------------------------------------------

// OPTIMIZATION: the int32 case comes first and records its hint with one
// compare in the steady state (the slot already says signed_small).
#define BINARY_HANDLER(Name, op)                                              \
  HANDLER(Name) {                                                             \
    Value lhs = REG(0);                                                       \
    Value result;                                                             \
    if (LUCID_LIKELY(lhs.IsInt32() && acc.IsInt32()) &&                       \
        Int32BinaryOp(op, lhs.AsInt32(), acc.AsInt32(), &result)) {          \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kSignedSmall);          \
      acc = result;                                                           \
    } else if (FastBinaryOp(op, lhs, acc, &result)) {                         \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kNumber);               \
      acc = result;                                                           \
    } else {                                                                  \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::For(lhs, acc, false));  \
      CALL_TO_ACC(Runtime_BinaryOp(isolate, op, REG(0), acc));                \
    }                                                                         \
    NEXT_STAR();                                                              \
  }                                                                           \
  END_HANDLER

#define BINARY_SMI_HANDLER(Name, op)                                          \
  HANDLER(Name) {                                                             \
    Value rhs = Value::FromInt32(OPERAND(0));                                 \
    Value result;                                                             \
    if (LUCID_LIKELY(acc.IsInt32()) &&                                        \
        Int32BinaryOp(op, acc.AsInt32(), OPERAND(0), &result)) {              \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kSignedSmall);          \
      acc = result;                                                           \
    } else if (FastBinaryOp(op, acc, rhs, &result)) {                         \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kNumber);               \
      acc = result;                                                           \
    } else {                                                                  \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::For(acc, rhs, false));  \
      CALL_TO_ACC(Runtime_BinaryOp(isolate, op, acc, rhs));                   \
    }                                                                         \
    NEXT_STAR();                                                              \
  }                                                                           \
  END_HANDLER

  BINARY_HANDLER(Add, Operation::kAdd)
  BINARY_HANDLER(Sub, Operation::kSub)
  BINARY_HANDLER(Mul, Operation::kMul)
  BINARY_HANDLER(Div, Operation::kDiv)
  BINARY_HANDLER(Mod, Operation::kMod)
  BINARY_HANDLER(Exp, Operation::kExp)
  BINARY_HANDLER(BitwiseOr, Operation::kBitwiseOr)
  BINARY_HANDLER(BitwiseXor, Operation::kBitwiseXor)
  BINARY_HANDLER(BitwiseAnd, Operation::kBitwiseAnd)
  BINARY_HANDLER(ShiftLeft, Operation::kShiftLeft)
  BINARY_HANDLER(ShiftRight, Operation::kShiftRight)
  BINARY_HANDLER(ShiftRightLogical, Operation::kShiftRightLogical)
  BINARY_SMI_HANDLER(AddSmi, Operation::kAdd)
  BINARY_SMI_HANDLER(SubSmi, Operation::kSub)
  BINARY_SMI_HANDLER(MulSmi, Operation::kMul)
  BINARY_SMI_HANDLER(DivSmi, Operation::kDiv)
  BINARY_SMI_HANDLER(ModSmi, Operation::kMod)
  BINARY_SMI_HANDLER(ExpSmi, Operation::kExp)
  BINARY_SMI_HANDLER(BitwiseOrSmi, Operation::kBitwiseOr)
  BINARY_SMI_HANDLER(BitwiseXorSmi, Operation::kBitwiseXor)
  BINARY_SMI_HANDLER(BitwiseAndSmi, Operation::kBitwiseAnd)
  BINARY_SMI_HANDLER(ShiftLeftSmi, Operation::kShiftLeft)
  BINARY_SMI_HANDLER(ShiftRightSmi, Operation::kShiftRight)
  BINARY_SMI_HANDLER(ShiftRightLogicalSmi, Operation::kShiftRightLogical)
#undef BINARY_HANDLER
#undef BINARY_SMI_HANDLER

  // -- Unary operators ----------------------------------------------------------------

  // Inc <slot>
  HANDLER(Inc)
    if (acc.IsInt32() && acc.AsInt32() != INT32_MAX) {
      acc = Value::FromInt32(acc.AsInt32() + 1);
    } else {
      CALL_TO_ACC(Runtime_UnaryOp(isolate, Operation::kInc, acc));
    }
    NEXT_STAR();
  END_HANDLER

  // Dec <slot>
  HANDLER(Dec)
    if (acc.IsInt32() && acc.AsInt32() != INT32_MIN) {
      acc = Value::FromInt32(acc.AsInt32() - 1);
    } else {
      CALL_TO_ACC(Runtime_UnaryOp(isolate, Operation::kDec, acc));
    }
    NEXT_STAR();
  END_HANDLER

  // Negate <slot>
  HANDLER(Negate)
    if (acc.IsInt32() && acc.AsInt32() != 0 && acc.AsInt32() != INT32_MIN) {
      acc = Value::FromInt32(-acc.AsInt32());
    } else {
      CALL_TO_ACC(Runtime_UnaryOp(isolate, Operation::kNegate, acc));
    }
    NEXT();
  END_HANDLER

  // BitwiseNot <slot>
  HANDLER(BitwiseNot)
    if (acc.IsInt32()) {
      acc = Value::FromInt32(~acc.AsInt32());
    } else {
      CALL_TO_ACC(Runtime_UnaryOp(isolate, Operation::kBitwiseNot, acc));
    }
    NEXT();
  END_HANDLER

  // ToNumeric <slot>
  HANDLER(ToNumeric)
    if (!acc.IsNumber()) CALL_TO_ACC(Runtime_ToNumeric(isolate, acc));
    NEXT();
  END_HANDLER

  // ToNumber <slot>
  HANDLER(ToNumber)
    if (!acc.IsNumber()) CALL_TO_ACC(Runtime_ToNumber(isolate, acc));
    NEXT();
  END_HANDLER

  // ToString
  HANDLER(ToString)
    if (!IsString(acc)) CALL_TO_ACC(Runtime_ToString(isolate, acc));
    NEXT();
  END_HANDLER

  // ToName
  HANDLER(ToName)
    CALL_TO_ACC(Runtime_ToName(isolate, acc));
    NEXT();
  END_HANDLER

  // LogicalNot
  HANDLER(LogicalNot)
    acc = Value::FromBool(!acc.IsTrue());
    NEXT();
  END_HANDLER

  // ToBooleanLogicalNot
  HANDLER(ToBooleanLogicalNot)
    acc = Value::FromBool(!ToBoolean(acc));
    NEXT();
  END_HANDLER

  // TypeOf
  HANDLER(TypeOf)
    acc = TypeOf(isolate, acc);
    NEXT_STAR();
  END_HANDLER

  // -- Comparisons ---------------------------------------------------------------------

  // TestEqual <lhs> <slot>
  HANDLER(TestEqual)
    {
      Value lhs = REG(0);
      if (lhs.IsInt32() && acc.IsInt32()) {
        acc = Value::FromBool(lhs == acc);
      } else {
        CALL_TO_ACC(Runtime_Equal(isolate, REG(0), acc));
      }
    }
    NEXT_TEST();
  END_HANDLER

  // TestEqualStrict <lhs> <slot>
  HANDLER(TestEqualStrict)
    {
      // OPTIMIZATION: int32s, and identical cells/oddballs, need no call
      // (a double may be NaN or -0: StrictEquals decides).
      Value lhs = REG(0);
      if (lhs.IsInt32() && acc.IsInt32()) {
        acc = Value::FromBool(lhs == acc);
      } else if (lhs == acc && !lhs.IsDouble()) {
        acc = Value::True();
      } else {
        acc = Value::FromBool(StrictEquals(lhs, acc));
      }
    }
    NEXT_TEST();
  END_HANDLER

#define COMPARE_HANDLER(Name, op)                                          \
  HANDLER(Name) {                                                          \
    bool result;                                                           \
    Value lhs = REG(0);                                                    \
    if (LUCID_LIKELY(lhs.IsInt32() && acc.IsInt32())) {                    \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kSignedSmall);       \
      FastCompare(op, lhs, acc, &result);                                  \
      acc = Value::FromBool(result);                                       \
    } else if (FastCompare(op, lhs, acc, &result)) {                       \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::kNumber);            \
      acc = Value::FromBool(result);                                       \
    } else {                                                               \
      RECORD_BINOP_FEEDBACK(OPERAND(1), BinaryOpHint::For(lhs, acc, false)); \
      CALL_TO_ACC(Runtime_Compare(isolate, op, REG(0), acc));              \
    }                                                                      \
    NEXT_TEST();                                                           \
  }                                                                        \
  END_HANDLER
  COMPARE_HANDLER(TestLessThan, Operation::kLessThan)
  COMPARE_HANDLER(TestGreaterThan, Operation::kGreaterThan)
  COMPARE_HANDLER(TestLessThanOrEqual, Operation::kLessThanOrEqual)
  COMPARE_HANDLER(TestGreaterThanOrEqual, Operation::kGreaterThanOrEqual)
#undef COMPARE_HANDLER

  // TestReferenceEqual <lhs>
  HANDLER(TestReferenceEqual)
    acc = Value::FromBool(REG(0) == acc);
    NEXT_TEST();
  END_HANDLER

  // TestInstanceOf <lhs> <slot>
  HANDLER(TestInstanceOf)
    CALL_TO_ACC(Runtime_InstanceOfIC(isolate, REG(0), acc, fp[kFeedbackVectorSlot], OPERAND(1)));
    NEXT_TEST();
  END_HANDLER

  // TestIn <key> <slot>
  HANDLER(TestIn)
    CALL_TO_ACC(Runtime_KeyedHasIC(isolate, acc, REG(0), fp[kFeedbackVectorSlot], OPERAND(1)));
    NEXT_TEST();
  END_HANDLER

  HANDLER(TestUndetectable)
    acc = Value::FromBool(acc.IsNullOrUndefined());
    NEXT_TEST();
  END_HANDLER

  HANDLER(TestNull)
    acc = Value::FromBool(acc.IsNull());
    NEXT_TEST();
  END_HANDLER

  HANDLER(TestUndefined)
    acc = Value::FromBool(acc.IsUndefined());
    NEXT_TEST();
  END_HANDLER

  // TestTypeOf <literal>
  HANDLER(TestTypeOf)
    {
      Value type = TypeOf(isolate, acc);
      Roots roots = isolate->roots();
      Value expected;
      switch (static_cast<TypeOfLiteral>(OPERAND(0))) {
        case TypeOfLiteral::kNumber: expected = roots.number_string(); break;
        case TypeOfLiteral::kString: expected = roots.string_string(); break;
        case TypeOfLiteral::kSymbol: expected = roots.symbol_string(); break;
        case TypeOfLiteral::kBoolean: expected = roots.boolean_string(); break;
        case TypeOfLiteral::kBigInt: expected = roots.bigint_string(); break;
        case TypeOfLiteral::kUndefined: expected = roots.undefined_string(); break;
        case TypeOfLiteral::kFunction: expected = roots.function_string(); break;
        case TypeOfLiteral::kObject: expected = roots.object_string(); break;
        default: expected = Value::Undefined(); break;
      }
      acc = Value::FromBool(type == expected);
    }
    NEXT_TEST();
  END_HANDLER

  // -- Calls ---------------------------------------------------------------------------

  // CallProperty <callee> <args> <count> <slot>: args[0] is the receiver.
  HANDLER(CallProperty)
    CALL_SETUP(REG(0), REG(1), &REG(1) - 1, OPERAND(2) - 1, Value::Undefined());
    RECORD_CALL_FEEDBACK(OPERAND(3));
    goto do_call;
  END_HANDLER

  // CallAnyReceiver <callee> <args> <count> <slot>
  HANDLER(CallAnyReceiver)
    CALL_SETUP(REG(0), REG(1), &REG(1) - 1, OPERAND(2) - 1, Value::Undefined());
    RECORD_CALL_FEEDBACK(OPERAND(3));
    goto do_call;
  END_HANDLER

  // CallUndefinedReceiver <callee> <args> <count> <slot>
  HANDLER(CallUndefinedReceiver)
    CALL_SETUP(REG(0), Value::Undefined(), &REG(1), OPERAND(2), Value::Undefined());
    RECORD_CALL_FEEDBACK(OPERAND(3));
    goto do_call;
  END_HANDLER

  // Construct <ctor> <args> <count> <slot>: new.target = acc.
  HANDLER(Construct)
    CALL_SETUP(REG(0), Value::TheHole(), &REG(1), OPERAND(2), acc);
    RECORD_CALL_FEEDBACK(OPERAND(3));
    if (LUCID_UNLIKELY(call_new_target.IsUndefined())) {
      // new.target is the constructor itself: `new undefined`.
      SAVE_STATE();
      ThrowCallError(isolate, MessageTemplate::kNotConstructor, call_target);
      goto exception;
    }
    goto do_call;
  END_HANDLER

  // CallWithSpread <callee> <args> <count> <slot>: args[0] is the receiver,
  // the last argument is spread.
  HANDLER(CallWithSpread)
    CALL_TO_ACC(Runtime_CallWithSpread(isolate, &REG(0), &REG(1), OPERAND(2), false,
                                       &fp[kAccumulatorSlot]));
    NEXT();
  END_HANDLER

  // ConstructWithSpread <ctor> <args> <count> <slot>: new.target = acc.
  HANDLER(ConstructWithSpread)
    CALL_TO_ACC(Runtime_CallWithSpread(isolate, &REG(0), &REG(1), OPERAND(2), true,
                                       &fp[kAccumulatorSlot]));
    NEXT();
  END_HANDLER

  // CallRuntime <id> <args> <count>
  HANDLER(CallRuntime)
    CALL_TO_ACC(kRuntimeFunctionTable[OPERAND(0)](isolate, RuntimeArguments(&REG(1), OPERAND(2))));
    NEXT();
  END_HANDLER

  // -- Closures, literals, arguments ---------------------------------------------------

  // CreateClosure <function>
  HANDLER(CreateClosure)
    CALL_TO_ACC(Runtime_CreateClosure(isolate, CONSTANT(0), fp[kContextSlot]));
    NEXT_STAR();
  END_HANDLER

  // CreateObjectLiteral <boilerplate> <slot> <flags>
  HANDLER(CreateObjectLiteral)
    CALL_TO_ACC(Runtime_CreateObjectLiteral(isolate, CONSTANT(0), OPERAND(2), fp[kFeedbackVectorSlot],
                                            OPERAND(1)));
    NEXT_STAR();
  END_HANDLER

  HANDLER(CreateEmptyObjectLiteral)
    CALL_TO_ACC(Runtime_CreateEmptyObjectLiteral(isolate));
    NEXT_STAR();
  END_HANDLER

  // CreateArrayLiteral <boilerplate> <slot> <flags>
  HANDLER(CreateArrayLiteral)
    CALL_TO_ACC(Runtime_CreateArrayLiteral(isolate, CONSTANT(0)));
    NEXT_STAR();
  END_HANDLER

  // CreateEmptyArrayLiteral <slot>
  HANDLER(CreateEmptyArrayLiteral)
    CALL_TO_ACC(Runtime_CreateEmptyArrayLiteral(isolate));
    NEXT_STAR();
  END_HANDLER

  HANDLER(CreateArrayFromIterable)
    CALL_TO_ACC(Runtime_CreateArrayFromIterable(isolate, acc));
    NEXT();
  END_HANDLER

  // CreateRegExpLiteral <pattern> <slot> <flags>: regexps come later.
  HANDLER(CreateRegExpLiteral)
    CALL_TO_ACC(ThrowError(isolate, MessageTemplate::kNotSupported, {"RegExp"}));
    NEXT();
  END_HANDLER

  // GetTemplateObject <descriptor> <slot>
  HANDLER(GetTemplateObject)
    CALL_TO_ACC(Runtime_GetTemplateObject(isolate, constants->ToValue(), OPERAND(0)));
    NEXT();
  END_HANDLER

  HANDLER(CreateMappedArguments)
    CALL_TO_ACC(Runtime_CreateArguments(isolate, fp, true));
    NEXT();
  END_HANDLER

  HANDLER(CreateUnmappedArguments)
    CALL_TO_ACC(Runtime_CreateArguments(isolate, fp, false));
    NEXT();
  END_HANDLER

  HANDLER(CreateRestParameter)
    CALL_TO_ACC(Runtime_CreateRestParameter(isolate, fp));
    NEXT();
  END_HANDLER

  // -- Classes ------------------------------------------------------------------------

  // GetSuperConstructor <dst>: dst = acc.[[GetPrototypeOf]]().
  HANDLER(GetSuperConstructor)
    REG(0) = static_cast<JSReceiver*>(acc.heap_object())->GetPrototype();
    NEXT();
  END_HANDLER

  // ThrowIfNotSuperConstructor <ctor>
  HANDLER(ThrowIfNotSuperConstructor)
    CALL_KEEP_ACC(Runtime_ThrowIfNotSuperConstructor(isolate, REG(0), fp[kClosureSlot]));
    NEXT();
  END_HANDLER

  HANDLER(ThrowSuperNotCalledIfHole)
    if (acc.IsTheHole()) CALL_TO_ACC(ThrowError(isolate, MessageTemplate::kSuperNotCalled));
    NEXT();
  END_HANDLER

  HANDLER(ThrowSuperAlreadyCalledIfNotHole)
    if (!acc.IsTheHole()) CALL_TO_ACC(ThrowError(isolate, MessageTemplate::kSuperAlreadyCalled));
    NEXT();
  END_HANDLER

  // -- Jumps ----------------------------------------------------------------------------

  // Jump <delta>
  HANDLER(Jump)
    JUMP_TO(insn + OPERAND(0));
  END_HANDLER

  // JumpLoop <delta> <depth> <slot>: a back edge; charges the budget.
  HANDLER(JumpLoop)
    {
      int32_t delta = OPERAND(0);
      if (LUCID_UNLIKELY(ChargeBudget(isolate, fp, delta) || isolate->InterruptRequested())) {
        CALL_KEEP_ACC(Runtime_BudgetInterrupt(isolate, fp[kClosureSlot]));
        feedback = fp[kFeedbackVectorSlot];
        if constexpr (!kStep) {
          // The interrupt tiered the function up: continue this frame in
          // its baseline code at the loop header (OSR); what the code
          // returns is this frame's return.
          if (LUCID_UNLIKELY(!static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->code().IsUndefined())) {
            Value result = jit::EnterAtLoopHeader(isolate, fp, static_cast<int32_t>(insn - delta - base));
            if (result.IsException()) goto exception_in_caller;
            if (!result.IsTheHole()) {
              acc = result;
              goto do_return;
            }
            acc = fp[kAccumulatorSlot];
          }
        }
      }
      JUMP_TO(insn - delta);
    }
  END_HANDLER

#define CONDITIONAL_JUMP(Name, condition) \
  HANDLER(Name)                           \
    if (condition) JUMP_TO(insn + OPERAND(0)); \
    NEXT();                               \
  END_HANDLER
  CONDITIONAL_JUMP(JumpIfTrue, acc.IsTrue())
  CONDITIONAL_JUMP(JumpIfFalse, acc.IsFalse())
  CONDITIONAL_JUMP(JumpIfToBooleanTrue, ToBooleanInline(acc))
  CONDITIONAL_JUMP(JumpIfToBooleanFalse, !ToBooleanInline(acc))
  CONDITIONAL_JUMP(JumpIfNull, acc.IsNull())
  CONDITIONAL_JUMP(JumpIfNotNull, !acc.IsNull())
  CONDITIONAL_JUMP(JumpIfUndefined, acc.IsUndefined())
  CONDITIONAL_JUMP(JumpIfNotUndefined, !acc.IsUndefined())
  CONDITIONAL_JUMP(JumpIfUndefinedOrNull, acc.IsNullOrUndefined())
  CONDITIONAL_JUMP(JumpIfJSReceiver, IsJSReceiver(acc))
#undef CONDITIONAL_JUMP

  // SwitchOnSmiNoFeedback <table> <length> <base>
  HANDLER(SwitchOnSmiNoFeedback)
    if (acc.IsInt32()) {
      int64_t index = static_cast<int64_t>(acc.AsInt32()) - OPERAND(2);
      if (index >= 0 && index < OPERAND(1)) {
        JUMP_TO(insn + constants->get(OPERAND(0) + static_cast<int>(index)).AsInt32());
      }
    }
    NEXT();
  END_HANDLER

  // -- for-in ----------------------------------------------------------------------------

  // ForInEnumerate <receiver>
  HANDLER(ForInEnumerate)
    CALL_TO_ACC(Runtime_ForInEnumerate(isolate, REG(0)));
    NEXT();
  END_HANDLER

  // ForInPrepare <state:out3> <slot>: cache_type, cache_array, cache_length.
  HANDLER(ForInPrepare)
    {
      Value* state = &REG(0);
      state[0] = Value::FromInt32(0);  // cache_type: no enum cache yet
      state[-1] = acc;
      state[-2] = Value::FromInt32(static_cast<FixedArray*>(acc.heap_object())->length());
    }
    NEXT();
  END_HANDLER

  // ForInContinue <index> <cache_length>
  HANDLER(ForInContinue)
    acc = Value::FromBool(REG(0).AsInt32() < REG(1).AsInt32());
    NEXT();
  END_HANDLER

  // ForInNext <receiver> <index> <cache:pair> <slot>
  HANDLER(ForInNext)
    {
      Value* cache = &REG(2);
      Value key = static_cast<FixedArray*>(cache[-1].heap_object())->get(REG(1).AsInt32());
      CALL_TO_ACC(Runtime_ForInHasKey(isolate, REG(0), key));
    }
    NEXT();
  END_HANDLER

  // ForInStep <index>
  HANDLER(ForInStep)
    REG(0) = Value::FromInt32(REG(0).AsInt32() + 1);
    NEXT();
  END_HANDLER

  // -- Iteration -------------------------------------------------------------------------

  // GetIterator <object> <load slot> <call slot>
  HANDLER(GetIterator)
    CALL_TO_ACC(Runtime_GetIterator(isolate, REG(0)));
    NEXT();
  END_HANDLER

  // -- Exceptions and returns -----------------------------------------------------------

  // Throw
  HANDLER(Throw)
    (void)sizeof(Ops);
    SAVE_STATE();
    ThrowValue(isolate, acc);
    goto exception;
  END_HANDLER

  // ReThrow: keeps the recorded throw site.
  HANDLER(ReThrow)
    (void)sizeof(Ops);
    SAVE_STATE();
    isolate->set_pending_exception(acc);
    goto exception;
  END_HANDLER

  // ThrowReferenceErrorIfHole <name>
  HANDLER(ThrowReferenceErrorIfHole)
    if (LUCID_UNLIKELY(acc.IsTheHole())) {
      SAVE_STATE();
      std::string name = String::cast(CONSTANT(0))->ToUTF8();
      ThrowError(isolate, MessageTemplate::kAccessedUninitializedVariable, {name});
      goto exception;
    }
    NEXT();
  END_HANDLER

  // SetPendingMessage: acc <-> the recorded throw site.
  HANDLER(SetPendingMessage)
    {
      Value* slot = isolate->roots().slot(RootIndex::kMessageObject);
      Value previous = *slot;
      *slot = acc.IsTheHole() ? Value::Undefined() : acc;
      acc = previous.IsUndefined() ? Value::TheHole() : previous;
    }
    NEXT();
  END_HANDLER

  // Return
  HANDLER(Return)
    (void)sizeof(Ops);
    if (LUCID_UNLIKELY(ChargeBudget(isolate, fp, static_cast<int>(insn - base) + 1))) {
      CALL_KEEP_ACC(Runtime_BudgetInterrupt(isolate, fp[kClosureSlot]));
        feedback = fp[kFeedbackVectorSlot];
    }
    if (IsConstructFrame(fp) && !IsJSReceiver(acc)) {
      FunctionKind kind = static_cast<JSFunction*>(fp[kClosureSlot].heap_object())->shared()->kind();
      if (!IsDerivedKind(kind)) {
        acc = fp[kReceiverSlot];
      } else if (!acc.IsUndefined()) {
        CALL_TO_ACC(ThrowError(isolate, MessageTemplate::kDerivedConstructorReturnedNonObject));
      }
    }
    goto do_return;
  END_HANDLER

  // -- Generators (docs/bytecode.md "Generators") ----------------------------------------

  // SwitchOnGeneratorState <gen> <table> <length>: a fresh call (gen is
  // undefined) falls through; a resume jumps to the suspend id's entry.
  HANDLER(SwitchOnGeneratorState)
    if (REG(0).IsUndefined()) NEXT();
    {
      JSGeneratorObject* generator = static_cast<JSGeneratorObject*>(REG(0).heap_object());
      int32_t suspend_id = generator->continuation();
      DCHECK((suspend_id >= 0 && suspend_id < OPERAND(2)));
      generator->set_continuation(JSGeneratorObject::kGeneratorExecuting);
      JUMP_TO(insn + constants->get(OPERAND(1) + suspend_id).AsInt32());
    }
  END_HANDLER

  // SuspendGenerator <gen> <regs> <count> <suspend_id>: save the frame into
  // gen and return acc from this frame.
  HANDLER(SuspendGenerator)
    {
      JSGeneratorObject* generator = static_cast<JSGeneratorObject*>(REG(0).heap_object());
      generator->SaveFrame(&fp[kFirstArgSlot], FrameBytecode(fp)->parameter_count() - 1,
                           &REG(1), OPERAND(2));
      generator->set_context(fp[kContextSlot]);
      generator->set_continuation(OPERAND(3));
    }
    goto do_return;
  END_HANDLER

  // ResumeGenerator <gen> <regs> <count>: restore the registers; acc = the
  // value sent in.
  HANDLER(ResumeGenerator)
    {
      JSGeneratorObject* generator = static_cast<JSGeneratorObject*>(REG(0).heap_object());
      generator->RestoreRegisters(FrameBytecode(fp)->parameter_count() - 1, &REG(1), OPERAND(2));
      acc = generator->input_or_debug_pos();
      generator->set_input_or_debug_pos(Value::Undefined());
    }
    NEXT();
  END_HANDLER

  // Debugger: no debugger attached.
  HANDLER(Debugger)
    NEXT();
  END_HANDLER

#ifdef LUCID_NO_COMPUTED_GOTO
  }  // switch
  UNREACHABLE();
#endif

  // ---------------------------------------------------------------------------------
  // Calls. In: call_target, call_receiver (the hole for [[Construct]]),
  // call_args (arg i at call_args[-i]), call_argc, call_new_target,
  // call_next_pc.
  // ---------------------------------------------------------------------------------
do_call : {
  if (LUCID_LIKELY(IsJSFunction(call_target))) {
    JSFunction* function = static_cast<JSFunction*>(call_target.heap_object());
    SharedFunctionInfo* shared = function->shared();
    bool construct = !call_new_target.IsUndefined();
    // OPTIMIZATION: function_data is a BytecodeArray, an int32 builtin id
    // or undefined (shared_function_info.h): a heap object is bytecode.
    Value code = function->code();
    if (!kStep && (!jit_eager || code.IsHeapObject()) && shared->function_data().IsHeapObject() &&
        (construct ? shared->IsConstructorKind() : !shared->is_class_constructor())) {
      // A JS callee: push its frame. Interpreted, continue in this loop;
      // compiled, call its code (the trampoline) and continue after the
      // call with its result.
      BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
      int n = std::max(call_argc, shared->formal_parameter_count());
      Value* new_fp = sp - n - (kCallerPushedFixedSlots + 1);
      Value* new_sp = FrameSp(new_fp, bytecode);
      // NOTE: an interrupt request also trips this check; it is served at
      // the next JumpLoop/Return, so only a real overflow throws here.
      if (LUCID_UNLIKELY(reinterpret_cast<Address>(new_sp) < isolate->js_stack_limit() &&
                         reinterpret_cast<Address>(new_sp) < isolate->real_js_stack_limit())) {
        SAVE_STATE();
        ThrowStackOverflow(isolate);
        goto exception;
      }
      SAVE_STATE();
      FillCalleeFrame(new_fp, new_sp, fp,
                      code.IsHeapObject() ? EncodeFrameType(FrameTier::kCompiled, FrameEntry::kFromInterpreter)
                                          : EncodeFrameType(FrameTier::kInterpreted, FrameEntry::kLoop),
                      call_target, function, bytecode, code, call_receiver, call_new_target, call_args,
                      call_argc, n);
      if (code.IsHeapObject()) {
        isolate->set_js_fp(reinterpret_cast<Address>(new_fp));
        isolate->set_js_sp(reinterpret_cast<Address>(new_sp));
        acc = jit::RunCompiled(isolate, new_fp);
        isolate->set_js_fp(reinterpret_cast<Address>(fp));
        isolate->set_js_sp(reinterpret_cast<Address>(sp));
        if (acc.IsException()) goto exception;
        // The setter case of SetNamedProperty: the store's value, not the
        // setter's result (as do_return does).
        if (LUCID_UNLIKELY(static_cast<Bytecode>(insn[IsPrefix(static_cast<Bytecode>(*insn)) ? 1 : 0]) ==
                           Bytecode::kSetNamedProperty)) {
          acc = fp[kAccumulatorSlot];
        }
        pc = call_next_pc;
        STAR_LOOKAHEAD();
        DISPATCH();
      }
      fp = new_fp;
      sp = new_sp;
      base = bytecode->GetFirstBytecodeAddress();
      constants = static_cast<FixedArray*>(bytecode->constant_pool().heap_object());
      isolate->set_js_fp(reinterpret_cast<Address>(fp));
      isolate->set_js_sp(reinterpret_cast<Address>(sp));
      pc = base;
      insn = base;
      acc = Value::Undefined();
      goto function_entry;
    }
  }
  // Anything else (builtins, bound functions, errors): the generic path.
  SAVE_STATE();
  acc = InvokeFunction(isolate, call_target, call_receiver, call_new_target, call_argc,
                       call_args, -1);
  if (acc.IsException()) goto exception;
  pc = call_next_pc;
  STAR_LOOKAHEAD();
  DISPATCH();
}

  // ---------------------------------------------------------------------------------
  // Return: pop the frame; continue in the caller or leave the activation.
  // ---------------------------------------------------------------------------------
do_return : {
  Value* caller_fp = Frame(fp).caller_fp();
  if (Frame(fp).entry() != FrameEntry::kLoop) {
    isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
    return acc;
  }
  fp = caller_fp;
  LOAD_FRAME_STATE();
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  isolate->set_js_sp(reinterpret_cast<Address>(sp));
  insn = base + fp[kBytecodeOffsetSlot].AsInt32();
  // A setter called from SetNamedProperty: the store's result is the value
  // stored (still in the accumulator slot), not what the setter returned.
  if (LUCID_UNLIKELY(static_cast<Bytecode>(insn[IsPrefix(static_cast<Bytecode>(*insn)) ? 1 : 0]) ==
                     Bytecode::kSetNamedProperty)) {
    acc = fp[kAccumulatorSlot];
  }
  pc = insn + InstructionSize(insn);
  STAR_LOOKAHEAD();
  DISPATCH();
}

  // ---------------------------------------------------------------------------------
  // Exceptions: look up the handler of the current frame at its bytecode
  // offset; on a miss pop the frame; leave the activation at its entry frame.
  // ---------------------------------------------------------------------------------
  // An exception that compiled code (OSR) already unwound through this
  // frame's handlers: continue in the caller.
exception_in_caller : __attribute__((unused));
{
  Value* caller_fp = Frame(fp).caller_fp();
  if (Frame(fp).entry() != FrameEntry::kLoop) {
    isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
    return Value::Exception();
  }
  fp = caller_fp;
}
exception : {
  if constexpr (kStep) return Value::Exception();
  RecordThrowSite(isolate, fp);
  for (;;) {
    BytecodeArray* bytecode = FrameBytecode(fp);
    HandlerTableEntryView handler;
    if (!IsTerminationException(isolate) &&
        LookupHandler(bytecode, fp[kBytecodeOffsetSlot].AsInt32(), &handler)) {
      LOAD_FRAME_STATE();
      isolate->set_js_fp(reinterpret_cast<Address>(fp));
      isolate->set_js_sp(reinterpret_cast<Address>(sp));
      fp[kContextSlot] = fp[Register(handler.context_register).ToOperand()];
      acc = isolate->pending_exception();
      isolate->clear_pending_exception();
      if (handler.prediction == static_cast<int32_t>(0)) ClearThrowSite(isolate);
      JUMP_TO(base + handler.handler);
    }
    Value* caller_fp = Frame(fp).caller_fp();
    if (Frame(fp).entry() != FrameEntry::kLoop) {
      isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
      return Value::Exception();
    }
    fp = caller_fp;
  }
}

#undef HANDLER
#undef END_HANDLER
#undef DISPATCH
#undef DISPATCH_PREFIXED
#undef OPERAND
#undef REG
#undef CONSTANT
#undef NEXT
#undef NEXT_STAR
#undef NEXT_TEST
#undef STAR_LOOKAHEAD
#undef JUMP_TO
#undef SAVE_STATE
#undef CALL_TO_ACC
#undef CALL_KEEP_ACC
#undef LOAD_FRAME_STATE
}

Value Interpreter::Run(Isolate* isolate, Value* entry_fp) {
  return RunLoop<false>(isolate, entry_fp, nullptr, Value::Undefined());
}

Value Interpreter::Prologue(Isolate* isolate, Value* fp) {
  return FunctionPrologue(isolate, fp, !isolate->flags().lazy_feedback_allocation)
             ? Value::Undefined()
             : Value::Exception();
}

Value Interpreter::Step(Isolate* isolate, Value* fp, const uint8_t* insn, Value acc) {
  return RunLoop<true>(isolate, fp, insn, acc);
}

}  // namespace lucid
