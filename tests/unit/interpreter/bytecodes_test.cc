// Copyright 2025 the Lucid authors. MIT license.
// Sweeps over BYTECODE_LIST and tests the builder, allocator and disassembler.

#include <gtest/gtest.h>

#include <string>

#include "vm/interpreter/bytecode_array_builder.h"
#include "vm/interpreter/bytecode_iterator.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/disassembler.h"

namespace lucid {
namespace {

// A value that needs exactly {scale} for an operand of {type}.
int64_t ValueNeeding(OperandType type, OperandScale scale) {
  bool is_signed = IsSignedOperand(type);
  switch (scale) {
    case OperandScale::kSingle: return is_signed ? -5 : 5;
    case OperandScale::kDouble: return is_signed ? -300 : 300;
    case OperandScale::kQuadruple: return is_signed ? -70000 : 70000;
  }
  return 0;
}

TEST(Bytecodes, TableMatchesList) {
  int count = 0;
#define V(Name, acc, ...)                                           \
  EXPECT_STREQ(#Name, BytecodeName(Bytecode::k##Name));             \
  EXPECT_EQ(acc, AccumulatorUseOf(Bytecode::k##Name));              \
  EXPECT_EQ(count, static_cast<int>(Bytecode::k##Name));            \
  ++count;
  BYTECODE_LIST(V)
#undef V
  EXPECT_EQ(count, kBytecodeCount);
}

TEST(Bytecodes, SizesPerScale) {
  for (int i = 0; i < kBytecodeCount; ++i) {
    Bytecode b = static_cast<Bytecode>(i);
    for (OperandScale scale :
         {OperandScale::kSingle, OperandScale::kDouble, OperandScale::kQuadruple}) {
      int size = 1;
      for (int k = 0; k < OperandCount(b); ++k) size += OperandSize(OperandTypeOf(b, k), scale);
      EXPECT_EQ(size, BytecodeSize(b, scale)) << BytecodeName(b);
    }
    // Register lists are always followed by their count.
    for (int k = 0; k < OperandCount(b); ++k) {
      OperandType t = OperandTypeOf(b, k);
      if (t == OperandType::kRegList || t == OperandType::kRegOutList) {
        ASSERT_LT(k + 1, OperandCount(b)) << BytecodeName(b);
        EXPECT_EQ(OperandType::kRegCount, OperandTypeOf(b, k + 1)) << BytecodeName(b);
      }
    }
  }
}

TEST(Bytecodes, Predicates) {
  EXPECT_TRUE(IsJump(Bytecode::kJump));
  EXPECT_TRUE(IsJump(Bytecode::kJumpLoop));
  EXPECT_FALSE(IsForwardJump(Bytecode::kJumpLoop));
  EXPECT_TRUE(IsConditionalJump(Bytecode::kJumpIfJSReceiver));
  EXPECT_FALSE(IsJump(Bytecode::kSwitchOnSmiNoFeedback));
  EXPECT_FALSE(IsJump(Bytecode::kReturn));
  for (int i = 0; i < kBytecodeCount; ++i) {
    Bytecode b = static_cast<Bytecode>(i);
    bool has_jump_operand = OperandCount(b) > 0 && OperandTypeOf(b, 0) == OperandType::kJump;
    EXPECT_EQ(IsJump(b), has_jump_operand) << BytecodeName(b);
  }
}

// Every bytecode, at every scale, round-trips through the builder, the
// iterator and the disassembler.
TEST(Bytecodes, RoundTripEveryBytecodeAtEveryScale) {
  for (int i = 0; i < kBytecodeCount; ++i) {
    Bytecode b = static_cast<Bytecode>(i);
    if (IsPrefix(b) || IsJump(b) || b == Bytecode::kSwitchOnSmiNoFeedback) continue;
    for (OperandScale scale :
         {OperandScale::kSingle, OperandScale::kDouble, OperandScale::kQuadruple}) {
      bool scalable = false;
      for (int k = 0; k < OperandCount(b); ++k) scalable |= IsScalableOperand(OperandTypeOf(b, k));
      if (!scalable && scale != OperandScale::kSingle) continue;
      BytecodeArrayBuilder builder(0, 0);
      int64_t values[kMaxOperands] = {};
      for (int k = 0; k < OperandCount(b); ++k) {
        OperandType t = OperandTypeOf(b, k);
        values[k] = IsScalableOperand(t) ? ValueNeeding(t, scale) : 3;
        if (t == OperandType::kRegCount) values[k] = IsScalableOperand(t) ? -ValueNeeding(t, scale) * -1 : 3;
        if (t == OperandType::kRuntimeId) values[k] = 1;
      }
      switch (OperandCount(b)) {
        case 0: builder.Emit(b); break;
        case 1: builder.Emit(b, {values[0]}); break;
        case 2: builder.Emit(b, {values[0], values[1]}); break;
        case 3: builder.Emit(b, {values[0], values[1], values[2]}); break;
        case 4: builder.Emit(b, {values[0], values[1], values[2], values[3]}); break;
        default: FAIL() << "operand count";
      }
      BytecodeUnit unit;
      builder.Finish(&unit);
      int prefix = scale == OperandScale::kSingle ? 0 : 1;
      ASSERT_EQ(static_cast<size_t>(prefix + BytecodeSize(b, scale)), unit.bytecode.size())
          << BytecodeName(b);
      BytecodeIterator it(unit.bytecode);
      EXPECT_EQ(b, it.current_bytecode());
      EXPECT_EQ(scale, it.current_scale());
      for (int k = 0; k < OperandCount(b); ++k) {
        EXPECT_EQ(values[k], it.GetOperand(k)) << BytecodeName(b) << " operand " << k;
      }
      std::string text = FormatInstruction(unit.bytecode.data(),
                                           static_cast<int32_t>(unit.bytecode.size()), 0);
      EXPECT_EQ(0u, text.find(BytecodeName(b))) << text;
      it.Advance();
      EXPECT_TRUE(it.done());
    }
  }
}

TEST(Register, OperandEncodingMatchesFrame) {
  EXPECT_EQ(-9, Register(0).ToOperand());
  EXPECT_EQ(-10, Register(1).ToOperand());
  EXPECT_EQ(3, Register::Receiver().ToOperand());
  EXPECT_EQ(4, Register::FromParameterIndex(0).ToOperand());
  EXPECT_EQ("a2", Register::FromParameterIndex(2).ToString());
  EXPECT_EQ("<this>", Register::Receiver().ToString());
  EXPECT_EQ("<context>", Register::CurrentContext().ToString());
  EXPECT_EQ("r7", Register::FromOperand(-16).ToString());
  EXPECT_TRUE(Register::FromParameterIndex(1).is_parameter());
  EXPECT_FALSE(Register::Receiver().is_parameter());
}

TEST(RegisterAllocator, ScopesReleaseTemporaries) {
  RegisterAllocator allocator(3);
  Register a = allocator.NewRegister();
  EXPECT_EQ(3, a.index());
  {
    RegisterAllocationScope scope(&allocator);
    RegisterList list = allocator.NewRegisterList(4);
    EXPECT_EQ(4, list.first().index());
    EXPECT_EQ(7, list.last().index());
    RegisterList grown;
    allocator.GrowRegisterList(&grown);
    allocator.GrowRegisterList(&grown);
    EXPECT_EQ(2, grown.count());
    EXPECT_EQ(8, grown.first().index());
  }
  EXPECT_EQ(4, allocator.next_register_index());
  EXPECT_EQ(10, allocator.maximum_register_count());
}

TEST(ConstantPool, DeduplicatesStringsAndNumbers) {
  ConstantPoolBuilder pool;
  int32_t x = pool.AddString(u"x");
  EXPECT_EQ(x, pool.AddString(u"x"));
  EXPECT_NE(x, pool.AddString(u"y"));
  int32_t half = pool.AddNumber(0.5);
  EXPECT_EQ(half, pool.AddNumber(0.5));
  EXPECT_NE(pool.AddNumber(0.0), pool.AddNumber(-0.0));
  EXPECT_NE(pool.Add(FunctionRef{1}), pool.Add(FunctionRef{1}));
}

TEST(Builder, ForwardAndBackwardJumps) {
  BytecodeArrayBuilder builder(1, 1);
  BytecodeLabel loop = builder.NewLabel(), done = builder.NewLabel();
  builder.Bind(loop);
  builder.LoadAccumulatorWithRegister(Register(0));
  builder.EmitJump(Bytecode::kJumpIfToBooleanFalse, done);
  builder.EmitJumpLoop(loop, 0, builder.AddSlot(FeedbackSlotKind::kJumpLoop));
  builder.Bind(done);
  builder.LoadUndefined();
  builder.Emit(Bytecode::kReturn);
  BytecodeUnit unit;
  builder.Finish(&unit);
  BytecodeIterator it(unit.bytecode);
  EXPECT_EQ(Bytecode::kLdar, it.current_bytecode());
  it.Advance();
  EXPECT_EQ(Bytecode::kJumpIfToBooleanFalse, it.current_bytecode());
  EXPECT_EQ(8, it.GetJumpTarget());  // Ldar(2) JumpIf(2) JumpLoop(4)
  it.Advance();
  EXPECT_EQ(Bytecode::kJumpLoop, it.current_bytecode());
  EXPECT_EQ(0, it.GetJumpTarget());
}

// Forward jumps over more than 255 / 65535 bytes are widened during layout.
TEST(Builder, WideAndExtraWideJumps) {
  for (int filler : {200, 40000}) {
    BytecodeArrayBuilder builder(0, 1);
    BytecodeLabel end = builder.NewLabel();
    BytecodeLabel top = builder.NewLabel();
    builder.Bind(top);
    builder.EmitJump(Bytecode::kJumpIfTrue, end);
    for (int i = 0; i < filler; ++i) builder.StoreAccumulatorInRegister(Register(0));
    builder.EmitJumpLoop(top, 0, 0);
    builder.Bind(end);
    builder.Emit(Bytecode::kReturn);
    BytecodeUnit unit;
    builder.Finish(&unit);
    BytecodeIterator it(unit.bytecode);
    OperandScale expected = filler == 200 ? OperandScale::kDouble : OperandScale::kQuadruple;
    EXPECT_EQ(Bytecode::kJumpIfTrue, it.current_bytecode());
    EXPECT_EQ(expected, it.current_scale());
    int32_t target = it.GetJumpTarget();
    int32_t jump_loop_offset = -1;
    for (; !it.done(); it.Advance()) {
      if (it.current_bytecode() == Bytecode::kJumpLoop) {
        jump_loop_offset = it.current_offset();
        EXPECT_EQ(0, it.GetJumpTarget());
        EXPECT_EQ(expected, it.current_scale());
      }
      if (it.current_bytecode() == Bytecode::kReturn) {
        EXPECT_EQ(target, it.current_offset());
      }
    }
    EXPECT_GT(jump_loop_offset, 0);
  }
}

TEST(Builder, SwitchTableAndHandlerTable) {
  BytecodeArrayBuilder builder(0, 2);
  BytecodeLabel a = builder.NewLabel(), b = builder.NewLabel();
  int32_t handler = builder.NewHandlerEntry(Register(1), HandlerPrediction::kCaught);
  builder.MarkTryBegin(handler);
  builder.LoadSmi(1);
  builder.EmitSwitchOnSmi({a, b}, 0);
  builder.MarkTryEnd(handler);
  builder.Bind(a);
  builder.Emit(Bytecode::kReturn);
  builder.Bind(b);
  builder.LoadNull();
  builder.Emit(Bytecode::kReturn);
  builder.MarkHandler(handler);
  builder.Emit(Bytecode::kReThrow);
  BytecodeUnit unit;
  builder.Finish(&unit);
  ASSERT_EQ(2u, unit.constant_pool.size());
  // LdaSmi(2) Switch(4) Return(1) LdaNull(1) Return(1) ReThrow
  EXPECT_EQ(4, std::get<JumpTableEntry>(unit.constant_pool[0]).delta);
  EXPECT_EQ(5, std::get<JumpTableEntry>(unit.constant_pool[1]).delta);
  ASSERT_EQ(1u, unit.handler_table.size());
  EXPECT_EQ(0, unit.handler_table[0].start);
  EXPECT_EQ(6, unit.handler_table[0].end);
  EXPECT_EQ(9, unit.handler_table[0].handler);
  EXPECT_EQ(1, unit.handler_table[0].context_register);
}

TEST(Builder, DeadCodeAfterReturnIsDropped) {
  BytecodeArrayBuilder builder(0, 0);
  builder.LoadUndefined();
  builder.Emit(Bytecode::kReturn);
  builder.LoadSmi(5);  // unreachable
  builder.Emit(Bytecode::kReturn);
  BytecodeUnit unit;
  builder.Finish(&unit);
  EXPECT_EQ(2u, unit.bytecode.size());
}

TEST(Builder, SourcePositionsAttachToNextInstruction) {
  BytecodeArrayBuilder builder(0, 0);
  builder.SetStatementPosition(10);
  // An expression position after a statement position waits, as in V8, for
  // an instruction that can throw: LdaSmi cannot, so it moves on and the
  // later expression position replaces it.
  builder.SetExpressionPosition(12);
  builder.LoadSmi(1);
  builder.SetExpressionPosition(14);
  builder.SetCallSite(14, 18);
  builder.Emit(Bytecode::kReturn);
  BytecodeUnit unit;
  builder.Finish(&unit);
  ASSERT_EQ(2u, unit.source_positions.size());
  EXPECT_EQ(0, unit.source_positions[0].bytecode_offset);
  EXPECT_EQ(10, unit.source_positions[0].source_position);
  EXPECT_TRUE(unit.source_positions[0].is_statement);
  EXPECT_EQ(2, unit.source_positions[1].bytecode_offset);
  EXPECT_EQ(14, unit.source_positions[1].source_position);
  EXPECT_FALSE(unit.source_positions[1].is_statement);
  ASSERT_EQ(1u, unit.call_sites.size());
  EXPECT_EQ(2, unit.call_sites[0].bytecode_offset);
  EXPECT_EQ(18, unit.call_sites[0].callee_end);
}

TEST(Builder, StatementAndExpressionPositionShareAThrowingInstruction) {
  // `return o.x`: one GetNamedProperty carries the statement position and
  // then the expression's, so a lookup at its offset (errors) finds `.x`.
  BytecodeArrayBuilder builder(1, 0);
  int32_t slot = builder.AddSlot(FeedbackSlotKind::kLoadIC);
  int32_t name = builder.constant_pool()->AddString(u"x");
  builder.SetStatementPosition(20);
  builder.SetExpressionPosition(28);
  builder.Emit(Bytecode::kGetNamedProperty, {Register::FromParameterIndex(0), name, slot});
  builder.Emit(Bytecode::kReturn);
  BytecodeUnit unit;
  builder.Finish(&unit);
  ASSERT_EQ(2u, unit.source_positions.size());
  EXPECT_EQ(0, unit.source_positions[0].bytecode_offset);
  EXPECT_EQ(20, unit.source_positions[0].source_position);
  EXPECT_TRUE(unit.source_positions[0].is_statement);
  EXPECT_EQ(0, unit.source_positions[1].bytecode_offset);
  EXPECT_EQ(28, unit.source_positions[1].source_position);
  EXPECT_FALSE(unit.source_positions[1].is_statement);
}

TEST(Disassembler, ListsInstructionsConstantsAndHandlers) {
  BytecodeArrayBuilder builder(1, 0);
  int32_t slot = builder.AddSlot(FeedbackSlotKind::kLoadIC);
  int32_t name = builder.constant_pool()->AddString(u"x");
  builder.SetStatementPosition(28);
  builder.Emit(Bytecode::kGetNamedProperty, {Register::FromParameterIndex(0), name, slot});
  builder.SetStatementPosition(30);
  builder.Emit(Bytecode::kReturn);
  BytecodeUnit unit;
  builder.Finish(&unit);
  unit.metadata.name = u"getX";
  unit.metadata.parameter_names = {u"o"};
  DisassemblerOptions options;
  options.file_name = "deopt.js";
  options.line_column = [](int32_t offset) { return LineColumn{2, offset + 1}; };
  options.function_id = [](int32_t index) { return "F" + std::to_string(index + 2); };
  std::string text = DisassembleUnit(unit, 0, options);
  EXPECT_NE(std::string::npos, text.find("[bytecode] getX (F2) deopt.js:2:1  params=1(+this) "
                                         "registers=0 frame=0B  feedback: slot#0 LoadIC"))
      << text;
  EXPECT_NE(std::string::npos,
            text.find("2:29 S>       0  "))
      << text;
  EXPECT_NE(std::string::npos, text.find(" 04 00 00    GetNamedProperty a0, [0], [0]      ; a0=o  k[0]=\"x\""))
      << text;
  EXPECT_NE(std::string::npos, text.find("constants: k[0]=\"x\"")) << text;
  EXPECT_NE(std::string::npos, text.find("handlers: (none)")) << text;
}

}  // namespace
}  // namespace lucid
