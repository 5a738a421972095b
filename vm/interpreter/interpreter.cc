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
#include "runtime/builtins.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/frame_state.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/elements.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

// Two copies of the handlers (single-scale and prefixed; see RunLoop)
// unless LUCID_ONE_HANDLER_COPY. AddressSanitizer gives every local of
// every handler its own stack slot, so a second copy would double RunLoop's
// frame (to about 130 KB) and halve how deep JS recursion through native
// code (generators, callbacks) gets before a RangeError: sanitizer builds
// keep one copy with a variable scale.
#if !defined(LUCID_ONE_HANDLER_COPY) && defined(__SANITIZE_ADDRESS__)
#define LUCID_ONE_HANDLER_COPY 1
#endif

// -- Operand decoding ---------------------------------------------------------------
//
// The layout of each bytecode's operands is known at compile time from
// BYTECODE_LIST. The scale is a constant (0) in the single-scale copy of
// the handlers, so an operand read there is one load at a constant offset;
// only the prefixed copy reads it from a variable.
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
  if (scale == 0) {
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
  return FrameLowestSlot(fp, bytecode->register_count());
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
  } else if (shared->converts_receiver() && !IsJSReceiver(fp[kReceiverSlot])) {
    if (fp[kReceiverSlot].IsNullOrUndefined()) {
      // OPTIMIZATION: the common sloppy case needs no call out, and none at
      // all when the function never reads `this` (kGlobalReceiverBit).
      if (shared->has_global_receiver()) {
        fp[kReceiverSlot] = NativeContext::cast(isolate->roots().native_context())->global_object();
      }
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
// Whether an exception unwinding out of a frame with this entry goes on in
// its caller in the same loop: a kLoop frame's caller is a frame of this
// loop, a kFromContinuation frame's caller the builtin frame this loop
// pushed; any other frame's caller is C++ (or compiled code).
bool UnwindsInLoop(FrameEntry entry) {
  return entry == FrameEntry::kLoop || entry == FrameEntry::kFromContinuation;
}

void VerifyFrame(Isolate* isolate, Value* fp, Value* sp, int32_t offset, Value acc) {
  CHECK_MSG(fp[kBytecodeOffsetSlot] == Value::FromInt32(offset),
            "--verify-frames: bytecode offset slot is stale");
  CHECK_MSG(fp[kAccumulatorSlot] == acc, "--verify-frames: accumulator not spilled");
  CHECK_MSG(isolate->js_sp() == reinterpret_cast<Address>(sp), "--verify-frames: js_sp not saved");
  CHECK_MSG(isolate->js_fp() == reinterpret_cast<Address>(fp), "--verify-frames: js_fp stale");
}

}  // namespace

// Builtin continuations (docs/runtime.md): starts ({result} the hole) or
// resumes (with the callback's {result}) the continuation builtin whose
// frame is {fp}, and serves its calls until one has bytecode: that
// callee's frame is pushed (entry kFromContinuation) and returned, for the
// loop to run. A callback with baseline code runs as do_call runs it;
// anything else through InvokeFunction. nullptr when the builtin is done:
// *out is its result, or Value::Exception() (pending). Out of line: the
// loop keeps its registers for the handlers.
LUCID_NOINLINE Value* DriveContinuation(Isolate* isolate, Value* fp, Value result, bool jit_eager, Value* out) {
  Value* sp = FrameLowestSlot(fp, kBuiltinContinuationSlots);
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  isolate->set_js_sp(reinterpret_cast<Address>(sp));
  ContinuationCall call;
  ContinuationAction action = result.IsTheHole() ? StartContinuation(isolate, fp, &call, out)
                                                 : ResumeContinuation(isolate, fp, result, &call, out);
  while (action == ContinuationAction::kCall) {
    Value target = call.target;
    int argc = call.argc;
    if (IsJSFunction(target)) {
      JSFunction* function = static_cast<JSFunction*>(target.heap_object());
      SharedFunctionInfo* shared = function->shared();
      Value code = function->code();
      if (CallPushesJSFrame(shared, code, false, jit_eager)) {
        BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
        CalleeFramePlace place = PlaceCalleeFrame(sp, argc, shared, bytecode);
        Value* new_fp = place.fp;
        Value* new_sp = place.sp;
        if (JSStackOverflows(isolate, new_sp)) {
          ThrowStackOverflow(isolate);
          *out = Value::Exception();
          return nullptr;
        }
        FillCalleeFrame(new_fp, new_sp, fp,
                        code.IsHeapObject() ? EncodeFrameType(FrameTier::kCompiled, FrameEntry::kFromInterpreter)
                                            : EncodeFrameType(FrameTier::kInterpreted, FrameEntry::kFromContinuation),
                        target, function, bytecode, code, call.receiver, Value::Undefined(), call.args(), argc,
                        place.n);
        if (!code.IsHeapObject()) return new_fp;
        isolate->set_js_fp(reinterpret_cast<Address>(new_fp));
        isolate->set_js_sp(reinterpret_cast<Address>(new_sp));
        result = jit::RunCompiled(isolate, new_fp);
        isolate->set_js_fp(reinterpret_cast<Address>(fp));
        isolate->set_js_sp(reinterpret_cast<Address>(sp));
      } else {
        result = InvokeFunction(isolate, target, call.receiver, Value::Undefined(), argc, call.args(), -1);
      }
    } else {
      result = InvokeFunction(isolate, target, call.receiver, Value::Undefined(), argc, call.args(), -1);
    }
    if (result.IsException()) {
      *out = result;
      return nullptr;
    }
    action = ResumeContinuation(isolate, fp, result, &call, out);
  }
  if (action == ContinuationAction::kThrow) *out = Value::Exception();
  return nullptr;
}

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
  // The running function's feedback vector (null while it has none):
  // metadata space, never moves, so it survives calls out like base and
  // constants; reloaded whenever the frame changes or a vector may have
  // been allocated. A raw pointer: the handlers' test is a null check.
  FeedbackVector* feedback = nullptr;
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
  // kFrameTypeSetterCall for a setter's call (frames.h), else 0.
  int32_t call_flags = 0;
  // In at continuation: the callback's result, or the hole to start.
  Value continuation_result = Value::Undefined();

#ifndef LUCID_NO_COMPUTED_GOTO
  // Two copies of every handler (interpreter_handlers.inc, included twice
  // below): kDispatchTable's for single-scale instructions, where SCALE is
  // the constant 0, and kPrefixedDispatchTable's, entered after a Wide or
  // ExtraWide prefix, where SCALE is the variable `scale`.
  static const void* const kDispatchTable[] = {
#define V(Name, ...) &&Handle_##Name,
      BYTECODE_LIST(V)
#undef V
  };
#ifndef LUCID_ONE_HANDLER_COPY
  static const void* const kPrefixedDispatchTable[] = {
#define V(Name, ...) &&Prefixed_##Name,
      BYTECODE_LIST(V)
#undef V
  };
#define RESET_SCALE() ((void)0)
#define DISPATCH_PREFIXED() goto* kPrefixedDispatchTable[*pc]
#else
#define RESET_SCALE() (scale = 0)
#define DISPATCH_PREFIXED() goto* kDispatchTable[*pc]
#endif
#define END_HANDLER }
#define DISPATCH()                                  \
  do {                                              \
    if constexpr (kStep) return acc;                \
    insn = pc;                                      \
    RESET_SCALE();                                  \
    COUNT_DISPATCH(*pc);                            \
    goto* kDispatchTable[*pc];                      \
  } while (false)
#else
#define HANDLER(Name)            \
  case Bytecode::k##Name: {      \
    using Ops = OpsOf<Bytecode::k##Name>;
#define SCALE scale
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

#define OPERAND(i) ReadOperand<Ops, i>(pc, SCALE)
#define REG(i) fp[OPERAND(i)]
#define CONSTANT(i) constants->get(OPERAND(i))
#define NEXT()                                                              \
  do {                                                                      \
    pc += Ops::kSize[SCALE];                                                \
    DISPATCH();                                                             \
  } while (false)
// NEXT, then Ignition's Star lookahead: a handler whose result goes to the
// accumulator runs a following `Star r` itself (the most common next
// bytecode), saving that dispatch's indirect jump. Not in Step mode, which
// runs exactly one instruction.
#define NEXT_STAR()                                                         \
  do {                                                                      \
    pc += Ops::kSize[SCALE];                                                \
    STAR_LOOKAHEAD();                                                       \
    DISPATCH();                                                             \
  } while (false)
// NEXT after a test: a following single-scale JumpIfTrue/JumpIfFalse is
// taken here on the boolean in the accumulator (a compare-and-branch
// superinstruction by lookahead), saving that dispatch.
#define NEXT_TEST()                                                                    \
  do {                                                                                 \
    pc += Ops::kSize[SCALE];                                                           \
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
    if (feedback != nullptr && !RecordCallFeedbackFast(feedback, (slot), call_target)) {    \
      fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base));        \
      RecordCallFeedbackSlow(isolate, feedback, (slot), call_target);                       \
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
    call_next_pc = pc + Ops::kSize[SCALE];                   \
    call_flags = 0;                                          \
  } while (false)
#define RECORD_BINOP_FEEDBACK(slot, hint)                                                  \
  do {                                                                                     \
    if (feedback != nullptr) {                                                             \
      Value old_ = feedback->feedback(slot);                                               \
      int32_t hint_ = (hint);                                                              \
      if (old_ != Value::FromInt32(hint_) &&                                               \
          (!old_.IsInt32() || (old_.AsInt32() | hint_) != old_.AsInt32())) {               \
        fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base));     \
        RecordBinaryOpFeedback(isolate, feedback, (slot), hint_);                          \
      }                                                                                    \
    }                                                                                      \
  } while (false)
// Runs the frame just pushed at fp (its sp, base and constants loaded)
// from its first bytecode, through the prologue.
#define ENTER_PUSHED_FRAME()                            \
  do {                                                  \
    isolate->set_js_fp(reinterpret_cast<Address>(fp));  \
    isolate->set_js_sp(reinterpret_cast<Address>(sp));  \
    pc = base;                                          \
    insn = base;                                        \
    acc = Value::Undefined();                           \
    goto function_entry;                                \
  } while (false)
#define LOAD_FRAME_STATE()                                                  \
  do {                                                                      \
    feedback = VectorOrNull(fp[kFeedbackVectorSlot]);                       \
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
  feedback = VectorOrNull(fp[kFeedbackVectorSlot]);
  DISPATCH();
}

#ifdef LUCID_NO_COMPUTED_GOTO
dispatch:
  switch (static_cast<Bytecode>(*pc)) {
#endif

#ifdef LUCID_NO_COMPUTED_GOTO
#include "vm/interpreter/interpreter_handlers.inc"  // NOLINT(build/include)
#elif defined(LUCID_ONE_HANDLER_COPY)
#define HANDLER(Name) \
  Handle_##Name : {   \
    using Ops = OpsOf<Bytecode::k##Name>;
#define SCALE scale
#include "vm/interpreter/interpreter_handlers.inc"  // NOLINT(build/include)
#else
  // The single-scale copy, then the prefixed one.
#define HANDLER(Name) \
  Handle_##Name : {   \
    using Ops = OpsOf<Bytecode::k##Name>;
#define SCALE 0
#include "vm/interpreter/interpreter_handlers.inc"  // NOLINT(build/include)
#undef HANDLER
#undef SCALE
#define HANDLER(Name)  \
  Prefixed_##Name : {  \
    using Ops = OpsOf<Bytecode::k##Name>;
#define SCALE scale
#include "vm/interpreter/interpreter_handlers.inc"  // NOLINT(build/include)
#endif


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
    Value code = function->code();
    if (!kStep && CallPushesJSFrame(shared, code, construct, jit_eager)) {
      // A JS callee: push its frame. Interpreted, continue in this loop;
      // compiled, call its code (the trampoline) and continue after the
      // call with its result.
      BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
      CalleeFramePlace place = PlaceCalleeFrame(sp, call_argc, shared, bytecode);
      int n = place.n;
      Value* new_fp = place.fp;
      Value* new_sp = place.sp;
      if (JSStackOverflows(isolate, new_sp)) {
        SAVE_STATE();
        ThrowStackOverflow(isolate);
        goto exception;
      }
      // The caller's state for the return and the stack walkers; js_sp
      // becomes the callee's below (nothing between here and there calls
      // out).
      fp[kBytecodeOffsetSlot] = Value::FromInt32(static_cast<int32_t>(insn - base));
      fp[kAccumulatorSlot] = acc;
      FillCalleeFrame(new_fp, new_sp, fp,
                      code.IsHeapObject()
                          ? EncodeFrameType(FrameTier::kCompiled, FrameEntry::kFromInterpreter)
                          : EncodeFrameType(FrameTier::kInterpreted, FrameEntry::kLoop) | call_flags |
                                static_cast<int32_t>(call_next_pc - insn) << kFrameTypeReturnSizeShift,
                      call_target, function, bytecode, code, call_receiver, call_new_target, call_args,
                      call_argc, n);
      if (code.IsHeapObject()) {
        isolate->set_js_fp(reinterpret_cast<Address>(new_fp));
        isolate->set_js_sp(reinterpret_cast<Address>(new_sp));
        acc = jit::RunCompiled(isolate, new_fp);
        isolate->set_js_fp(reinterpret_cast<Address>(fp));
        isolate->set_js_sp(reinterpret_cast<Address>(sp));
        if (acc.IsException()) goto exception;
        // A setter's call: the store's value, not the setter's result (as
        // do_return does).
        if (LUCID_UNLIKELY(call_flags & kFrameTypeSetterCall)) acc = fp[kAccumulatorSlot];
        pc = call_next_pc;
        STAR_LOOKAHEAD();
        DISPATCH();
      }
      fp = new_fp;
      sp = new_sp;
      base = bytecode->GetFirstBytecodeAddress();
      constants = static_cast<FixedArray*>(bytecode->constant_pool().heap_object());
      ENTER_PUSHED_FRAME();
    }
    // OPTIMIZATION: a continuation builtin (forEach & co, runtime/builtins.h)
    // runs on a frame of this loop and its callbacks as calls of this loop
    // (continuation: below), not in C++ with a new activation per callback.
    if (!kStep && !construct && shared->function_data().IsInt32() &&
        IsContinuationBuiltin(shared->function_data().AsInt32())) {
      Value* new_fp = sp - call_argc - (kCallerPushedFixedSlots + 1);
      Value* new_sp = FrameLowestSlot(new_fp, kBuiltinContinuationSlots);
      SAVE_STATE();
      if (JSStackOverflows(isolate, new_sp)) {
        ThrowStackOverflow(isolate);
        goto exception;
      }
      FillBuiltinFrame(new_fp, new_sp, fp,
                       EncodeFrameType(FrameTier::kBuiltinExit, FrameEntry::kLoop) | call_flags |
                           static_cast<int32_t>(call_next_pc - insn) << kFrameTypeReturnSizeShift,
                       function, call_receiver, call_args, call_argc);
      fp = new_fp;  // DriveContinuation makes it the current frame
      continuation_result = Value::TheHole();  // start
      goto continuation;
    }
    // OPTIMIZATION: a builtin with a frameless fast path (TryFastBuiltinCall,
    // e.g. push on a fast array) returns here without InvokeFunction.
    if (!construct && shared->function_data().IsInt32() && HasFastBuiltinCall(shared->function_data().AsInt32())) {
      SAVE_STATE();
      Value fast;
      if (TryFastBuiltinCall(isolate, shared->function_data().AsInt32(), call_receiver, call_argc, call_args, -1,
                             &fast)) {
        acc = fast;
        pc = call_next_pc;
        STAR_LOOKAHEAD();
        DISPATCH();
      }
    }
  }
  // Anything else (builtins, bound functions, errors): the generic path.
  SAVE_STATE();
  acc = InvokeFunction(isolate, call_target, call_receiver, call_new_target, call_argc,
                       call_args, -1);
  if (acc.IsException()) goto exception;
  if (LUCID_UNLIKELY(call_flags & kFrameTypeSetterCall)) acc = fp[kAccumulatorSlot];
  pc = call_next_pc;
  STAR_LOOKAHEAD();
  DISPATCH();
}

  // ---------------------------------------------------------------------------------
  // Builtin continuations (runtime/builtins.h). In: fp: a continuation
  // builtin's frame; continuation_result: the hole to start it, else the
  // result of its callback. DriveContinuation serves its calls until one
  // has bytecode, which runs in this loop (entry kFromContinuation: its
  // return comes back here). The builtin's result returns from its frame
  // as any frame's does; an exception unwinds from its caller (whose
  // offset names the call site).
  // ---------------------------------------------------------------------------------
continuation : {
  Value* callee_fp = DriveContinuation(isolate, fp, continuation_result, jit_eager, &continuation_result);
  if (callee_fp != nullptr) {
    fp = callee_fp;
    LOAD_FRAME_STATE();
    ENTER_PUSHED_FRAME();
  }
  if (continuation_result.IsException()) {
    fp = Frame(fp).caller_fp();
    goto exception;
  }
  acc = continuation_result;
  goto do_return;
}

  // ---------------------------------------------------------------------------------
  // Return: pop the frame; continue in the caller or leave the activation.
  // ---------------------------------------------------------------------------------
do_return : {
  Value* caller_fp = Frame(fp).caller_fp();
  int32_t type = Frame(fp).type();
  if (DecodeFrameEntry(type) != FrameEntry::kLoop) {
    if (DecodeFrameEntry(type) == FrameEntry::kFromContinuation) {
      // A continuation builtin's callback returned: resume the builtin.
      fp = caller_fp;
      continuation_result = acc;
      goto continuation;
    }
    isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
    return acc;
  }
  fp = caller_fp;
  LOAD_FRAME_STATE();
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  isolate->set_js_sp(reinterpret_cast<Address>(sp));
  // The frame type says where the caller goes on (frames.h): after its
  // call instruction, with the value stored if this was a setter (still
  // in the caller's accumulator slot), not what the setter returned.
  if (LUCID_UNLIKELY(type & kFrameTypeSetterCall)) acc = fp[kAccumulatorSlot];
  pc = base + fp[kBytecodeOffsetSlot].AsInt32() + DecodeFrameReturnSize(type);
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
  if (!UnwindsInLoop(Frame(fp).entry())) {
    isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
    return Value::Exception();
  }
  fp = caller_fp;
}
exception : {
  if constexpr (kStep) return Value::Exception();
  RecordThrowSite(isolate, fp);
  for (;;) {
    HandlerTableEntryView handler;
    // A continuation builtin's frame has no handlers.
    if (!Frame(fp).is_builtin_exit() && !IsTerminationException(isolate) &&
        LookupHandler(FrameBytecode(fp), fp[kBytecodeOffsetSlot].AsInt32(), &handler)) {
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
    if (!UnwindsInLoop(Frame(fp).entry())) {
      isolate->set_js_fp(reinterpret_cast<Address>(caller_fp));
      return Value::Exception();
    }
    fp = caller_fp;
  }
}

#undef HANDLER
#undef SCALE
#undef END_HANDLER
#undef DISPATCH
#undef DISPATCH_PREFIXED
#undef RESET_SCALE
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
#undef ENTER_PUSHED_FRAME
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
