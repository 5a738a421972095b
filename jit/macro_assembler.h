// Copyright the Lucid authors. MIT license.
//
// The macro-assembler interface the baseline compiler emits through: JS-level
// operations (frame slots, the accumulator, helper calls, int32 fast paths)
// that each architecture implements once (jit/x64/macro_assembler_x64.cc; an
// ARM64 port is a second implementation of this class, not a second
// compiler). The fixed register roles are DESIGN.md's "JIT tier":
//
//   role              x86-64   what it holds
//   accumulator       rax      the accumulator (a Value), helper results
//   JS fp             r12      the JS frame (vm/frames.h); slots are fp[i]
//   isolate           r13      Isolate* (first helper argument)
//   isolate data      r14      IsolateData* (stack limits, js_sp, roots)
//   int32 tag         r15      Value::kInt32Tag, to box int32 results
//   native fp         rbp      the native frame pointer (perf and gdb unwind)
//
// Compiled code is entered as `uint64_t entry(Isolate*, Value* fp,
// IsolateData*)` on a fully pushed frame and returns the accumulator (or the exception sentinel).

#ifndef LUCID_JIT_MACRO_ASSEMBLER_H_
#define LUCID_JIT_MACRO_ASSEMBLER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "vm/globals.h"

#include <asmjit/core.h>

namespace lucid {

enum class Operation : uint8_t;

namespace jit {

// An opaque code position (an asmjit label id).
struct Label {
  uint32_t id = UINT32_MAX;
  bool is_valid() const { return id != UINT32_MAX; }
};

// A helper called from compiled code: every helper takes (Isolate*, Value*
// fp, uint64_t acc, uint64_t a0, uint64_t a1) -- unused trailing arguments
// are ignored -- and returns a uint64_t (a Value's bits, or an integer).
using HelperFunction = const void*;

class MacroAssembler {
 public:
  // Emits into {code} (initialized for the host by the caller).
  explicit MacroAssembler(asmjit::CodeHolder* code);
  ~MacroAssembler();
  LUCID_DISALLOW_COPY_AND_ASSIGN(MacroAssembler);

  Label NewLabel();
  void Bind(Label label);
  // Bytes emitted so far (the pc offset of the next instruction).
  size_t pc_offset() const;
  void Comment(const char* text);

  // -- Entry and exit -------------------------------------------------------
  // The native frame: saves the callee-saved registers, pins the isolate,
  // JS fp and isolate data from the three arguments, loads the int32 tag.
  void Prologue();
  // Jumps to {overflow} when the native stack pointer is below the
  // isolate's native stack limit.
  void JumpIfNativeStackOverflow(Label overflow);
  // Restores the callee-saved registers and returns the accumulator.
  void EpilogueAndReturn();

  // -- The accumulator and frame slots ----------------------------------------
  void LoadAccImmediate(uint64_t bits);
  void LoadAcc(int slot);    // acc = fp[slot]
  void StoreAcc(int slot);   // fp[slot] = acc
  void CopySlot(int from, int to);
  // fp[slot] += 1 for an int32 slot known not to overflow.
  void IncrementInt32Slot(int slot);
  // acc = *address, a word of a metadata-space cell (constant pools never
  // move, so their element addresses may be immediates).
  void LoadAccFromAddress(const void* address);

  // -- Contexts -----------------------------------------------------------------
  // acc = variable {index} of the context {depth} previous-links up from
  // fp[context_slot].
  void LoadContextSlot(int context_slot, int depth, int index);
  // That variable = acc, with the generational write barrier (its filter
  // inline; recording the slot out of line, not a safepoint).
  void StoreContextSlot(int context_slot, int depth, int index);

  // -- Safepoints and calls out ----------------------------------------------
  // The state every call out needs (DESIGN.md): the frame's offset slot,
  // the accumulator spilled, js_sp = fp + sp_slot.
  void SaveState(int32_t bytecode_offset, int sp_slot);
  // acc = helper(isolate, fp, acc, a0, a1).
  void CallHelper(HelperFunction helper, uint64_t a0 = 0, uint64_t a1 = 0);
  void JumpIfAccIsException(Label target);
  // The native call of compiled code: a PreparedCall helper
  // (jit/jit_helpers.h) returned the callee's pushed frame in the
  // accumulator register and its entry in the second return register; a
  // null frame jumps to {not_prepared}. Otherwise calls the entry and, when
  // it returns, makes this frame current again (js_fp, js_sp = fp +
  // sp_slot); the result is in the accumulator.
  void CallPreparedOrJump(int sp_slot, Label not_prepared);

  // -- Branches ----------------------------------------------------------------
  void Jump(Label target);
  void JumpIfAccEquals(uint64_t bits, Label target);
  void JumpIfAccNotEquals(uint64_t bits, Label target);
  // undefined or null (their bits differ only in bit 0).
  void JumpIfAccIsUndefinedOrNull(Label target);
  void JumpIfAccIsNotUndefinedOrNull(Label target);
  // Calls predicate(acc) (a helper that neither allocates nor throws and
  // returns 0 or 1) and jumps to {target} when the result is {expected};
  // the accumulator is preserved.
  void JumpIfPredicate(HelperFunction predicate, bool expected, Label target);
  // Frame-slot tests.
  void JumpIfSlotEquals(int slot, uint64_t bits, Label target);
  void JumpIfSlotNotEquals(int slot, uint64_t bits, Label target);
  void JumpIfSlotIsJSReceiver(int slot, Label target);
  // Branches on the low 32 bits of the accumulator (a helper's int result).
  void JumpIfAccLow32Equals(int32_t value, Label target);
  void JumpIfAccLow32NotZero(Label target);
  // An int32 accumulator in [base, base + count) jumps through {targets}.
  void JumpTableOnInt32Acc(int32_t base, int count, const Label* targets);

  // -- Int32 fast paths (fall through on success, {slow} otherwise) ------------
  // acc = fp[lhs_slot] op acc, both int32 and the result an int32.
  void Int32BinaryOp(Operation op, int lhs_slot, Label slow);
  // acc = acc op rhs.
  void Int32BinaryOpWithImmediate(Operation op, int32_t rhs, Label slow);
  // The number forms (op: + - * /): int32 or double inputs, the result
  // boxed as Value::FromDouble does (integral results are int32).
  void NumberBinaryOp(Operation op, int lhs_slot, Label slow);
  void NumberBinaryOpWithImmediate(Operation op, int32_t rhs, Label slow);
  // acc = (fp[lhs_slot] op acc) as true/false, both numbers.
  void NumberCompare(Operation op, int lhs_slot, Label slow);
  // acc = (fp[lhs_slot] op acc) as true/false, both int32.
  void Int32Compare(Operation op, int lhs_slot, Label slow);
  // acc = fp[lhs_slot] === acc as true/false when the bits decide it (equal
  // bits and not a double, or both int32); {slow} otherwise.
  void StrictEqualsByBits(int lhs_slot, Label slow);
  // acc = fp[lhs_slot] bits == acc bits as true/false.
  void ReferenceEquals(int lhs_slot);
  // Jumps to {target} unless the int32 feedback word at {address} (a
  // feedback-vector slot in the metadata space) has every bit of {bits}.
  void JumpUnlessFeedbackHas(const void* address, int32_t bits, Label target);

  // -- Inline caches -------------------------------------------------------------
  // The monomorphic and polymorphic fast paths of named loads and stores,
  // reading the site's feedback record at {feedback} (a FeedbackVector
  // slot: the shape word, then the handler word; or a FeedbackArray of up to
  // four (shape, handler) pairs in the shape word) directly: the receiver's
  // shape compared with the recorded ones, then a field access at the
  // matching handler's offset.
  // Anything else (another shape, a prototype handler, a hole, a
  // representation change, a const field) jumps to {miss}.
  // acc = fp[object_slot].field
  void LoadNamedField(int object_slot, const void* feedback, Label miss);
  // fp[object_slot].field = acc, with the write barrier.
  void StoreNamedField(int object_slot, const void* feedback, Label miss);

  // Keyed element access at a site whose record (mono or poly) has an
  // element handler for the receiver's shape: an int32 key in bounds of the
  // elements store (and of a JSArray's length), no hole read. Stores take
  // an int32 value into any fast kind, other values into PACKED/HOLEY only,
  // and never overwrite a hole (the helper handles growth and kinds).
  // acc = fp[object_slot][acc]
  void LoadKeyedElement(int object_slot, const void* feedback, Label miss);
  // fp[object_slot][fp[key_slot]] = acc, with the write barrier.
  void StoreKeyedElement(int object_slot, int key_slot, const void* feedback, Label miss);

  // acc = the value of the global PropertyCell the LoadGlobal site at
  // {feedback} cached; {miss} without a cell, for the hole (a deleted or
  // uninitialized binding) or an accessor.
  void LoadGlobalCell(const void* feedback, Label miss);

  // -- Allocation -------------------------------------------------------------
  // acc = a new JSObject of {shape} (a metadata-space ShapeLayout: a fixed
  // address) and {instance_size} bytes, bump-allocated in new space
  // (IsolateData's top and limit), its properties and elements the empty
  // roots and its in-object fields undefined; {slow} when new space is full
  // (or the GC stress mode keeps the limit at the top).
  // {fields} (raw Value bits) initialize the first in-object fields in
  // order; the rest are undefined.
  void AllocateJSObject(const void* shape, int instance_size, Label slow,
                        std::span<const uint64_t> fields = {});
  // Jumps to {slow} unless the feedback slot at {slot} holds exactly the
  // shape {shape} (an object literal's cached shape) and it is not
  // deprecated.
  void JumpIfSlotNotShape(const void* slot, const void* shape, Label slow);

  // -- Budget and interrupts ----------------------------------------------------
  // Subtracts {amount} from the closure's interrupt budget (its
  // feedback_cell int32, always one for a function with bytecode); jumps
  // to {exhausted} when it runs out or an interrupt is requested.
  void ChargeBudget(int amount, Label exhausted);

  // Finishes the code (binds pending data); false on an assembler error.
  bool Finalize();

  // The architecture's state (jit/<arch>/macro_assembler_<arch>.cc).
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace jit
}  // namespace lucid

#endif  // LUCID_JIT_MACRO_ASSEMBLER_H_
