// Copyright 2025 the Lucid authors. MIT license.
// BytecodeArrayBuilder: collects instructions, lays them out with minimal
// operand widths, and produces the byte stream and side tables.

#ifndef LUCID_VM_INTERPRETER_BYTECODE_ARRAY_BUILDER_H_
#define LUCID_VM_INTERPRETER_BYTECODE_ARRAY_BUILDER_H_

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "vm/interpreter/bytecode_unit.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/constant_pool_builder.h"
#include "vm/interpreter/register.h"
#include "vm/interpreter/register_allocator.h"
#include "vm/interpreter/runtime_function_ids.h"

namespace lucid {

// An operand as the generator passes it: a register (encoded as its frame
// slot offset) or a plain number.
struct OperandValue {
  int64_t value;
  OperandValue(Register r) : value(r.ToOperand()) {}  // NOLINT: implicit by design
  OperandValue(int32_t v) : value(v) {}               // NOLINT
  OperandValue(uint32_t v) : value(v) {}              // NOLINT
  OperandValue(int64_t v) : value(v) {}               // NOLINT
  OperandValue(RuntimeFunctionId id) : value(static_cast<int64_t>(id)) {}  // NOLINT
  OperandValue(TypeOfLiteral l) : value(static_cast<int64_t>(l)) {}        // NOLINT
};

// A position in the instruction stream. Labels are cheap handles owned by
// the builder; a label is bound once and may be jumped to any number of
// times, before or after it is bound.
struct BytecodeLabel {
  int32_t id = -1;
  bool is_valid() const { return id >= 0; }
};

// Layout (why not V8's one-pass emission): the builder keeps a list of
// instruction nodes and only produces bytes in Finish(). Each node starts at
// the narrowest scale its non-jump operands allow; then jump distances are
// computed and any jump whose distance does not fit is widened (Wide, then
// ExtraWide), repeating until nothing changes. Widths only grow, so this
// terminates, and every jump gets the smallest encoding that reaches its
// target. That makes V8's constant-pool jump forms (JumpConstant & co.)
// unnecessary: ExtraWide jumps reach ±2 GB. Jump tables for
// SwitchOnSmiNoFeedback live in the constant pool and are filled after
// layout.
//
// Dead code: after an unconditional transfer (Jump, Return, Throw, ...)
// nothing is emitted until a label is bound, so `return; x()` costs nothing.
class BytecodeArrayBuilder {
 public:
  BytecodeArrayBuilder(int32_t parameter_count, int32_t fixed_register_count);

  RegisterAllocator* register_allocator() { return &registers_; }
  ConstantPoolBuilder* constant_pool() { return &constants_; }
  FeedbackMetadata* feedback_metadata() { return &feedback_; }
  int32_t AddSlot(FeedbackSlotKind kind) { return feedback_.AddSlot(kind); }

  // -- Emission ------------------------------------------------------------
  // Emits a non-jump bytecode. Operand count and kinds must match the table.
  void Emit(Bytecode bytecode, std::initializer_list<OperandValue> operands = {});
  // Emits a forward jump (or any jump but JumpLoop) to {target}.
  void EmitJump(Bytecode jump, BytecodeLabel target);
  // JumpLoop back to {loop_header} (already bound).
  void EmitJumpLoop(BytecodeLabel loop_header, int32_t loop_depth, int32_t slot);
  // SwitchOnSmiNoFeedback: acc in [base, base + targets.size()) jumps to
  // targets[acc - base]; otherwise falls through.
  void EmitSwitchOnSmi(const std::vector<BytecodeLabel>& targets, int32_t base);
  // SwitchOnGeneratorState <generator>: the first instruction of a
  // generator function. Its jump table (one entry per resume point, indexed
  // by suspend id) is reserved in Finish(), once every resume point is known.
  void EmitSwitchOnGeneratorState(Register generator);
  // Registers {label} (bound at a ResumeGenerator) as the next resume point
  // and returns its suspend id.
  int32_t AddResumePoint(BytecodeLabel label);

  // Typed helpers for the most common instructions.
  void LoadAccumulatorWithRegister(Register r) { Emit(Bytecode::kLdar, {r}); }
  void StoreAccumulatorInRegister(Register r) { Emit(Bytecode::kStar, {r}); }
  void MoveRegister(Register from, Register to);
  void LoadSmi(int32_t value);
  void LoadNumber(double value);  // LdaSmi for int32 (not -0), else LdaConstant
  void LoadString(const std::u16string& s);
  void LoadUndefined() { Emit(Bytecode::kLdaUndefined); }
  void LoadNull() { Emit(Bytecode::kLdaNull); }
  void LoadTheHole() { Emit(Bytecode::kLdaTheHole); }
  void LoadBoolean(bool b) { Emit(b ? Bytecode::kLdaTrue : Bytecode::kLdaFalse); }
  void CallRuntime(RuntimeFunctionId id, RegisterList args);
  void CallRuntime(RuntimeFunctionId id, Register arg) { CallRuntime(id, RegisterList(arg)); }
  void CallRuntime(RuntimeFunctionId id) { CallRuntime(id, RegisterList()); }

  // -- Labels ----------------------------------------------------------------
  BytecodeLabel NewLabel();
  void Bind(BytecodeLabel label);
  bool IsBound(BytecodeLabel label) const { return label_nodes_[label.id] >= 0; }

  // True after an unconditional transfer with no label bound since.
  bool IsDeadCode() const { return dead_; }

  // -- Exception handlers ----------------------------------------------------
  // A try region is [start label, end label) with a handler label; entries
  // are kept in creation order (outer try first).
  int32_t NewHandlerEntry(Register context, HandlerPrediction prediction);
  void MarkTryBegin(int32_t handler_id);
  void MarkTryEnd(int32_t handler_id);
  void MarkHandler(int32_t handler_id);

  // -- Source positions -------------------------------------------------------
  // Attached to the next emitted instruction. A statement position replaces
  // any pending position; an expression position never replaces a pending
  // statement position.
  void SetStatementPosition(int32_t source_position);
  void SetExpressionPosition(int32_t source_position);
  // Records the callee source range of the next emitted instruction (a call).
  void SetCallSite(int32_t callee_start, int32_t callee_end);
  // Records, instead, a compile-time error text (a string constant) and the
  // form of the message it goes in (ErrorTextForOffset reads them back; the
  // array-pattern GetIterator uses it for V8's "{} is not iterable").
  void SetErrorText(int32_t form, int32_t constant_index);

  // -- Output ------------------------------------------------------------------
  // Lays out and writes bytecode, constant pool, handler table, source
  // positions, call sites, feedback metadata and counts into {unit}.
  void Finish(BytecodeUnit* unit);

  int32_t node_count() const { return static_cast<int32_t>(nodes_.size()); }

 private:
  struct Node {
    Bytecode bytecode;
    int64_t operands[kMaxOperands];
    OperandScale scale;         // current width; only grows during layout
    int32_t jump_label = -1;    // jumps: target label
    int32_t switch_index = -1;  // SwitchOnSmiNoFeedback/SwitchOnGeneratorState: index into switches_
    int32_t source_position = -1;
    bool is_statement = false;
    int32_t expression_position = -1;  // after a statement position, same offset
    int32_t call_site = -1;     // index into call_sites_
  };
  struct HandlerRecord {
    BytecodeLabel start, end, handler;
    Register context;
    HandlerPrediction prediction;
  };
  struct SwitchRecord {
    int32_t node = -1;
    int32_t table_start = 0;
    std::vector<BytecodeLabel> targets;
  };

  void AddNode(Node node);
  int32_t LabelOffset(BytecodeLabel label, const std::vector<int32_t>& offsets) const;
  std::vector<int32_t> ComputeLayout();
  void WriteNode(const Node& node, int32_t offset, const std::vector<int32_t>& offsets,
                 std::vector<uint8_t>* out) const;

  int32_t parameter_count_;
  RegisterAllocator registers_;
  ConstantPoolBuilder constants_;
  FeedbackMetadata feedback_;
  std::vector<Node> nodes_;
  std::vector<int32_t> label_nodes_;  // node index a label is bound before, -1 unbound
  std::vector<HandlerRecord> handlers_;
  std::vector<SwitchRecord> switches_;
  int32_t generator_switch_ = -1;  // index into switches_, or -1
  std::vector<CallSiteEntry> call_sites_;  // bytecode_offset holds the node index until Finish
  int32_t pending_position_ = -1;
  bool pending_is_statement_ = false;
  // An expression position that arrived while a statement position was
  // pending: both describe the next instruction (`return o.x` as one
  // GetNamedProperty). The table records the statement entry, then this one
  // at the same offset, so errors point at the expression.
  int32_t pending_expression_position_ = -1;
  // The register known to hold the accumulator's value (after Star r or
  // Ldar r, until the accumulator or r is written or a label is bound), or
  // kNoMirror. A Ldar of it is dropped (V8's register optimizer does this).
  static constexpr int64_t kNoMirror = INT64_MIN;
  int64_t acc_mirror_ = kNoMirror;
  void UpdateAccumulatorMirror(const Node& node);
  int32_t pending_call_start_ = -1, pending_call_end_ = -1;
  bool dead_ = false;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODE_ARRAY_BUILDER_H_
