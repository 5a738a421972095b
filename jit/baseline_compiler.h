// Copyright the Lucid authors. MIT license.
//
// The baseline compiler: one pass over a function's bytecode, one Visit per
// bytecode (the BYTECODE_LIST switch), emitting through jit/macro_assembler.h.
// Like V8's Sparkplug it keeps the interpreter's frame and never speculates:
// registers stay in their frame slots, the accumulator in its register, and
// every slow path calls what the interpreter calls.

#ifndef LUCID_JIT_BASELINE_COMPILER_H_
#define LUCID_JIT_BASELINE_COMPILER_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "jit/jit_helpers.h"
#include "jit/macro_assembler.h"
#include "vm/interpreter/bytecode_iterator.h"
#include "vm/value.h"

namespace lucid {

class BytecodeArray;
class Shape;
class SharedFunctionInfo;
class Isolate;

namespace jit {

// One row of the pc <-> bytecode-offset table: the machine code of the
// instruction at {bytecode_offset} starts at {pc_offset}.
struct PcOffsetEntry {
  uint32_t pc_offset;
  int32_t bytecode_offset;
};

class BaselineCompiler {
 public:
  // {feedback} is the function's FeedbackVector (metadata space) or
  // undefined.
  BaselineCompiler(Isolate* isolate, SharedFunctionInfo* shared, Value feedback,
                   asmjit::CodeHolder* code);

  // Emits the whole function; false on an assembler error. {annotate}:
  // a comment with each bytecode before its code (--print-code's listing).
  bool Compile(bool annotate = false);

  const std::vector<PcOffsetEntry>& pc_table() const { return pc_table_; }
  // The on-stack-replacement entries: for each loop header (a JumpLoop
  // target), the pc of a stub that enters the code there on an
  // interpreted frame.
  const std::vector<PcOffsetEntry>& osr_table() const { return osr_table_; }

 private:
#define V(Name, ...) void Visit##Name();
  BYTECODE_LIST(V)
#undef V

  // The generic form: the interpreter's handler for this one instruction
  // (Interpreter::Step) at a safepoint.
  void EmitStep();
  // A call out at a safepoint: acc = helper(isolate, fp, acc, a0, a1);
  // exceptions unwind.
  void EmitCall(HelperFunction helper, uint64_t a0 = 0, uint64_t a1 = 0);
  // Out-of-line code emitted after the body (slow paths).
  void Defer(std::function<void()> emit) { deferred_.push_back(std::move(emit)); }
  // The slow path of an inline fast path: Step this instruction, then
  // continue after it.
  Label StepSlowPath();

  void EmitBinaryOp(Operation op);
  void EmitBinaryOpWithImmediate(Operation op, int32_t rhs, int slot_operand);
  void EmitCompare(Operation op);
  void EmitConditionalJump(uint64_t bits, bool equal);
  void EmitExceptionHandlerDispatch();
  template <CallKind kKind>
  void EmitCallBytecode();
  void EmitPrologue();
  // GetNamedProperty / SetNamedProperty: the monomorphic field inline,
  // {helper} for the rest.
  void EmitNamedAccess(bool store, HelperFunction helper);
  Shape* InlineObjectLiteralShape(std::vector<uint64_t>* fields) const;
  void EmitLdaGlobal(bool inside_typeof);

  int32_t Operand(int i) const { return static_cast<int32_t>(it_.GetOperand(i)); }
  Label LabelAt(int32_t offset);
  // The address of feedback slot {slot}'s first word, or nullptr without a
  // vector.
  const void* FeedbackAddress(int slot) const;
  const uint8_t* CurrentInstruction() const;
  // The address of constant-pool element {index} (a metadata-space cell:
  // fixed; the element itself is loaded at run time).
  uint64_t ConstantAddress(int index) const;

  Isolate* isolate_;
  SharedFunctionInfo* shared_;
  BytecodeArray* bytecode_;
  Value feedback_;
  MacroAssembler masm_;
  BytecodeIterator it_;
  int sp_slot_;
  std::vector<Label> labels_;  // by bytecode offset (instruction starts)
  Label exception_;
  Label return_;
  std::vector<std::function<void()>> deferred_;
  std::vector<PcOffsetEntry> pc_table_;
  std::vector<PcOffsetEntry> osr_table_;
  std::vector<int32_t> loop_headers_;
  bool annotate_ = false;
};

}  // namespace jit
}  // namespace lucid

#endif  // LUCID_JIT_BASELINE_COMPILER_H_
