// Copyright 2025 the Lucid authors. MIT license.
// Instruction collection, jump relaxation and final encoding.

#include "vm/interpreter/bytecode_array_builder.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lucid {

BytecodeArrayBuilder::BytecodeArrayBuilder(int32_t parameter_count, int32_t fixed_register_count)
    : parameter_count_(parameter_count), registers_(fixed_register_count) {}

// -- Emission -----------------------------------------------------------------

namespace {

bool IsRegisterOrConstantLoad(Bytecode b) {
  switch (b) {
    case Bytecode::kLdar:
    case Bytecode::kStar:
    case Bytecode::kMov:
    case Bytecode::kLdaZero:
    case Bytecode::kLdaSmi:
    case Bytecode::kLdaUndefined:
    case Bytecode::kLdaNull:
    case Bytecode::kLdaTheHole:
    case Bytecode::kLdaTrue:
    case Bytecode::kLdaFalse:
    case Bytecode::kLdaConstant:
      return true;
    default:
      return false;
  }
}

}  // namespace

void BytecodeArrayBuilder::UpdateAccumulatorMirror(const Node& node) {
  switch (node.bytecode) {
    case Bytecode::kStar:
    case Bytecode::kLdar:
      acc_mirror_ = node.operands[0];
      return;
    default:
      break;
  }
  AccumulatorUse use = AccumulatorUseOf(node.bytecode);
  if (use == AccumulatorUse::kWrite || use == AccumulatorUse::kReadWrite) {
    acc_mirror_ = kNoMirror;
    return;
  }
  for (int i = 0; i < OperandCount(node.bytecode); i++) {
    switch (OperandTypeOf(node.bytecode, i)) {
      case OperandType::kRegOut:
        if (node.operands[i] == acc_mirror_) acc_mirror_ = kNoMirror;
        break;
      case OperandType::kRegOutList:
      case OperandType::kRegOutTriple:
      case OperandType::kRegPair:
        acc_mirror_ = kNoMirror;
        break;
      default:
        break;
    }
  }
}

void BytecodeArrayBuilder::AddNode(Node node) {
  // OPTIMIZATION: Ldar of the register the accumulator already mirrors is
  // dropped (`x = f(); g(x)`: Star r0; Ldar r0 -> Star r0). Positions and
  // call-site info wait for the next instruction.
  if (!dead_ && node.bytecode == Bytecode::kLdar && node.operands[0] == acc_mirror_) return;
  if (dead_) {
    // Unreachable: its position and call-site info die with it.
    pending_position_ = pending_call_start_ = pending_call_end_ = -1;
    pending_expression_position_ = -1;
    return;
  }
  // As V8's builder: an expression position waits for an instruction that
  // can throw or call (a register move or constant load cannot); statement
  // positions attach at once.
  bool cannot_throw = IsRegisterOrConstantLoad(node.bytecode);
  if (pending_position_ >= 0 && (pending_is_statement_ || !cannot_throw)) {
    node.source_position = pending_position_;
    node.is_statement = pending_is_statement_;
    pending_position_ = -1;
    pending_is_statement_ = false;
  }
  if (pending_expression_position_ >= 0 && !cannot_throw) {
    if (node.is_statement && node.source_position != pending_expression_position_) {
      node.expression_position = pending_expression_position_;
    } else if (node.source_position < 0) {
      node.source_position = pending_expression_position_;
    }
    pending_expression_position_ = -1;
  } else if (pending_expression_position_ >= 0 && !node.is_statement && pending_position_ < 0) {
    // Carry it to the next instruction as a plain expression position.
    pending_position_ = pending_expression_position_;
    pending_is_statement_ = false;
    pending_expression_position_ = -1;
  }
  if (pending_call_start_ != -1) {
    node.call_site = static_cast<int32_t>(call_sites_.size());
    call_sites_.push_back({static_cast<int32_t>(nodes_.size()), pending_call_start_,
                           pending_call_end_});
    pending_call_start_ = pending_call_end_ = -1;
  }
  nodes_.push_back(node);
  UpdateAccumulatorMirror(node);
  if (IsUnconditionalTransfer(node.bytecode)) dead_ = true;
}

void BytecodeArrayBuilder::Emit(Bytecode bytecode, std::initializer_list<OperandValue> operands) {
  assert(!IsJump(bytecode) && bytecode != Bytecode::kSwitchOnSmiNoFeedback);
  assert(static_cast<int>(operands.size()) == OperandCount(bytecode));
  Node node{};
  node.bytecode = bytecode;
  node.scale = OperandScale::kSingle;
  int i = 0;
  for (const OperandValue& op : operands) {
    node.operands[i] = op.value;
    OperandScale s = ScaleForOperand(OperandTypeOf(bytecode, i), op.value);
    if (s > node.scale) node.scale = s;
    ++i;
  }
  AddNode(node);
}

void BytecodeArrayBuilder::EmitJump(Bytecode jump, BytecodeLabel target) {
  assert(IsForwardJump(jump) && target.is_valid());
  Node node{};
  node.bytecode = jump;
  node.scale = OperandScale::kSingle;
  node.jump_label = target.id;
  AddNode(node);
}

void BytecodeArrayBuilder::EmitJumpLoop(BytecodeLabel loop_header, int32_t loop_depth,
                                        int32_t slot) {
  assert(IsBound(loop_header));
  Node node{};
  node.bytecode = Bytecode::kJumpLoop;
  node.jump_label = loop_header.id;
  node.operands[1] = loop_depth;
  node.operands[2] = slot;
  node.scale = std::max(ScaleForOperand(OperandType::kUImm, loop_depth),
                        ScaleForOperand(OperandType::kSlot, slot));
  AddNode(node);
}

void BytecodeArrayBuilder::EmitSwitchOnSmi(const std::vector<BytecodeLabel>& targets,
                                           int32_t base) {
  if (dead_) return;
  SwitchRecord record;
  record.table_start = constants_.ReserveJumpTable(static_cast<int32_t>(targets.size()));
  record.targets = targets;
  Node node{};
  node.bytecode = Bytecode::kSwitchOnSmiNoFeedback;
  node.operands[0] = record.table_start;
  node.operands[1] = static_cast<int64_t>(targets.size());
  node.operands[2] = base;
  node.scale = OperandScale::kSingle;
  for (int i = 0; i < 3; ++i) {
    node.scale = std::max(node.scale, ScaleForOperand(OperandTypeOf(node.bytecode, i),
                                                      node.operands[i]));
  }
  node.switch_index = static_cast<int32_t>(switches_.size());
  record.node = static_cast<int32_t>(nodes_.size());
  switches_.push_back(std::move(record));
  AddNode(node);
}

void BytecodeArrayBuilder::EmitSwitchOnGeneratorState(Register generator) {
  assert(generator_switch_ < 0 && nodes_.empty());
  SwitchRecord record;
  Node node{};
  node.bytecode = Bytecode::kSwitchOnGeneratorState;
  node.operands[0] = generator.ToOperand();
  node.scale = ScaleForOperand(OperandType::kReg, node.operands[0]);
  node.switch_index = static_cast<int32_t>(switches_.size());
  record.node = static_cast<int32_t>(nodes_.size());
  generator_switch_ = node.switch_index;
  switches_.push_back(std::move(record));
  AddNode(node);
}

int32_t BytecodeArrayBuilder::AddResumePoint(BytecodeLabel label) {
  assert(generator_switch_ >= 0);
  std::vector<BytecodeLabel>& targets = switches_[generator_switch_].targets;
  targets.push_back(label);
  return static_cast<int32_t>(targets.size()) - 1;
}

void BytecodeArrayBuilder::MoveRegister(Register from, Register to) {
  if (from != to) Emit(Bytecode::kMov, {from, to});
}

void BytecodeArrayBuilder::LoadSmi(int32_t value) {
  if (value == 0) {
    Emit(Bytecode::kLdaZero);
  } else {
    Emit(Bytecode::kLdaSmi, {value});
  }
}

void BytecodeArrayBuilder::LoadNumber(double value) {
  // Canonical int32 (DESIGN.md "Values"): integral, in range, not -0.
  if (value >= INT32_MIN && value <= INT32_MAX && value == std::trunc(value) &&
      !(value == 0 && std::signbit(value))) {
    LoadSmi(static_cast<int32_t>(value));
    return;
  }
  Emit(Bytecode::kLdaConstant, {constants_.AddNumber(value)});
}

void BytecodeArrayBuilder::LoadString(const std::u16string& s) {
  Emit(Bytecode::kLdaConstant, {constants_.AddString(s)});
}

void BytecodeArrayBuilder::CallRuntime(RuntimeFunctionId id, RegisterList args) {
  assert(RuntimeInfoOf(id).arity < 0 || RuntimeInfoOf(id).arity == args.count());
  Emit(Bytecode::kCallRuntime, {id, args.first(), args.count()});
}

// -- Labels and handlers ----------------------------------------------------------

BytecodeLabel BytecodeArrayBuilder::NewLabel() {
  label_nodes_.push_back(-1);
  return BytecodeLabel{static_cast<int32_t>(label_nodes_.size()) - 1};
}

void BytecodeArrayBuilder::Bind(BytecodeLabel label) {
  assert(label.is_valid() && label_nodes_[label.id] < 0);
  label_nodes_[label.id] = static_cast<int32_t>(nodes_.size());
  dead_ = false;
  acc_mirror_ = kNoMirror;  // other paths arrive here
}

int32_t BytecodeArrayBuilder::NewHandlerEntry(Register context, HandlerPrediction prediction) {
  handlers_.push_back({NewLabel(), NewLabel(), NewLabel(), context, prediction});
  return static_cast<int32_t>(handlers_.size()) - 1;
}

// Try boundaries are positions, not jump targets: they must not revive dead
// code, so they bypass Bind().
void BytecodeArrayBuilder::MarkTryBegin(int32_t id) {
  label_nodes_[handlers_[id].start.id] = static_cast<int32_t>(nodes_.size());
}
void BytecodeArrayBuilder::MarkTryEnd(int32_t id) {
  label_nodes_[handlers_[id].end.id] = static_cast<int32_t>(nodes_.size());
}
void BytecodeArrayBuilder::MarkHandler(int32_t id) { Bind(handlers_[id].handler); }

// -- Source positions -----------------------------------------------------------------

void BytecodeArrayBuilder::SetStatementPosition(int32_t source_position) {
  if (source_position < 0) return;
  pending_position_ = source_position;
  pending_is_statement_ = true;
  pending_expression_position_ = -1;
}

void BytecodeArrayBuilder::SetExpressionPosition(int32_t source_position) {
  if (source_position < 0) return;
  if (pending_position_ >= 0 && pending_is_statement_) {
    pending_expression_position_ = source_position;
    return;
  }
  pending_position_ = source_position;
  pending_is_statement_ = false;
}

void BytecodeArrayBuilder::SetCallSite(int32_t callee_start, int32_t callee_end) {
  pending_call_start_ = callee_start;
  pending_call_end_ = callee_end;
}

void BytecodeArrayBuilder::SetErrorText(int32_t form, int32_t constant_index) {
  // Shares the call-site table: a start of -2 - form marks the entry (a
  // callee range never starts below 0), the end holds the constant.
  pending_call_start_ = -2 - form;
  pending_call_end_ = constant_index;
}

// -- Layout --------------------------------------------------------------------------

int32_t BytecodeArrayBuilder::LabelOffset(BytecodeLabel label,
                                          const std::vector<int32_t>& offsets) const {
  int32_t node = label_nodes_[label.id];
  assert(node >= 0 && "jump to an unbound label");
  return offsets[node];  // offsets has nodes_.size() + 1 entries
}

static int32_t NodeSize(Bytecode b, OperandScale scale) {
  return BytecodeSize(b, scale) + (scale == OperandScale::kSingle ? 0 : 1);
}

std::vector<int32_t> BytecodeArrayBuilder::ComputeLayout() {
  std::vector<int32_t> offsets(nodes_.size() + 1);
  for (bool changed = true; changed;) {
    int32_t offset = 0;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      offsets[i] = offset;
      offset += NodeSize(nodes_[i].bytecode, nodes_[i].scale);
    }
    offsets[nodes_.size()] = offset;
    changed = false;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      Node& node = nodes_[i];
      if (node.jump_label < 0) continue;
      int64_t delta = LabelOffset(BytecodeLabel{node.jump_label}, offsets) - offsets[i];
      if (node.bytecode == Bytecode::kJumpLoop) delta = -delta;
      assert(delta >= 0 && "jump direction does not match the bytecode");
      OperandScale need = ScaleForOperand(OperandType::kJump, delta);
      if (need > node.scale) {
        node.scale = need;
        changed = true;
      }
    }
  }
  return offsets;
}

void BytecodeArrayBuilder::WriteNode(const Node& node, int32_t offset,
                                     const std::vector<int32_t>& offsets,
                                     std::vector<uint8_t>* out) const {
  if (node.scale != OperandScale::kSingle) {
    out->push_back(static_cast<uint8_t>(PrefixForScale(node.scale)));
  }
  out->push_back(static_cast<uint8_t>(node.bytecode));
  for (int i = 0; i < OperandCount(node.bytecode); ++i) {
    OperandType type = OperandTypeOf(node.bytecode, i);
    int64_t value = node.operands[i];
    if (type == OperandType::kJump) {
      value = LabelOffset(BytecodeLabel{node.jump_label}, offsets) - offset;
      if (node.bytecode == Bytecode::kJumpLoop) value = -value;
    }
    int size = OperandSize(type, node.scale);
    uint64_t bits = static_cast<uint64_t>(value);
    for (int b = 0; b < size; ++b) out->push_back(static_cast<uint8_t>(bits >> (8 * b)));
  }
}

void BytecodeArrayBuilder::Finish(BytecodeUnit* unit) {
  if (generator_switch_ >= 0) {
    // Now that every resume point is known, the generator switch gets its
    // table (and the operand widths that go with it).
    SwitchRecord& s = switches_[generator_switch_];
    s.table_start = constants_.ReserveJumpTable(static_cast<int32_t>(s.targets.size()));
    Node& node = nodes_[s.node];
    node.operands[1] = s.table_start;
    node.operands[2] = static_cast<int64_t>(s.targets.size());
    for (int i = 0; i < 3; ++i) {
      node.scale = std::max(node.scale, ScaleForOperand(OperandTypeOf(node.bytecode, i),
                                                        node.operands[i]));
    }
  }
  std::vector<int32_t> offsets = ComputeLayout();
  unit->bytecode.clear();
  unit->bytecode.reserve(offsets.back());
  unit->source_positions.clear();
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& node = nodes_[i];
    assert(static_cast<int32_t>(unit->bytecode.size()) == offsets[i]);
    if (node.source_position >= 0) {
      unit->source_positions.push_back({offsets[i], node.source_position, node.is_statement});
      if (node.expression_position >= 0) {
        unit->source_positions.push_back({offsets[i], node.expression_position, false});
      }
    }
    WriteNode(node, offsets[i], offsets, &unit->bytecode);
  }
  for (const SwitchRecord& s : switches_) {
    for (size_t k = 0; k < s.targets.size(); ++k) {
      constants_.SetJumpTableEntry(s.table_start + static_cast<int32_t>(k),
                                   LabelOffset(s.targets[k], offsets) - offsets[s.node]);
    }
  }
  unit->handler_table.clear();
  for (const HandlerRecord& h : handlers_) {
    // A try whose body was entirely dead code never got its markers.
    if (label_nodes_[h.start.id] < 0 || label_nodes_[h.handler.id] < 0) continue;
    int32_t end = label_nodes_[h.end.id] < 0 ? offsets.back() : LabelOffset(h.end, offsets);
    unit->handler_table.push_back({LabelOffset(h.start, offsets), end,
                                   LabelOffset(h.handler, offsets), h.context.index(),
                                   h.prediction});
  }
  unit->call_sites.clear();
  for (const CallSiteEntry& c : call_sites_) {
    unit->call_sites.push_back({offsets[c.bytecode_offset], c.callee_start, c.callee_end});
  }
  unit->constant_pool = constants_.Finish();
  unit->feedback_metadata = feedback_;
  unit->register_count = registers_.maximum_register_count();
  unit->parameter_count = parameter_count_;
}

}  // namespace lucid
