// Copyright 2025 the Lucid authors. MIT license.
// The kBytecodeInfo table, generated from BYTECODE_LIST, and operand helpers.

#include "vm/interpreter/bytecodes.h"

#include <initializer_list>

namespace lucid {

namespace {

constexpr BytecodeInfo MakeInfo(const char* name, AccumulatorUse acc,
                                std::initializer_list<OperandType> operands) {
  BytecodeInfo info{name, acc, 0, {}, {1, 1, 1}};
  for (OperandType t : operands) {
    info.operands[info.operand_count++] = t;
    for (int s = 0; s < kOperandScaleCount; ++s) {
      OperandScale scale = s == 0 ? OperandScale::kSingle
                           : s == 1 ? OperandScale::kDouble
                                    : OperandScale::kQuadruple;
      info.size[s] = static_cast<uint8_t>(info.size[s] + OperandSize(t, scale));
    }
  }
  return info;
}

}  // namespace

const BytecodeInfo kBytecodeInfo[kBytecodeCount] = {
#define V(Name, acc, ...) MakeInfo(#Name, acc, {__VA_ARGS__}),
    BYTECODE_LIST(V)
#undef V
};

// Order invariants the predicates in bytecodes.h rely on.
static_assert(static_cast<int>(Bytecode::kIllegal) == 0, "a zeroed buffer must decode as Illegal");
static_assert(Bytecode::kJump < Bytecode::kJumpLoop && Bytecode::kJumpLoop < Bytecode::kJumpIfTrue,
              "unconditional jumps precede the conditional ones");
static_assert(static_cast<int>(Bytecode::kJumpIfJSReceiver) -
                      static_cast<int>(Bytecode::kJump) + 1 == 12,
              "the jump range is contiguous: add new jumps inside [Jump, JumpIfJSReceiver]");
static_assert(kBytecodeCount <= 256, "bytecodes are one byte");

// Every operand count fits kMaxOperands (checked at compile time).
#define V(Name, acc, ...)                                                   \
  static_assert(std::initializer_list<OperandType>{__VA_ARGS__}.size() <= \
                    kMaxOperands,                                           \
                #Name " has too many operands");
BYTECODE_LIST(V)
#undef V

const char* OperandTypeName(OperandType t) {
  switch (t) {
#define V(Name)             \
  case OperandType::k##Name: \
    return #Name;
    OPERAND_TYPE_LIST(V)
#undef V
  }
  return "?";
}

int OperandOffset(Bytecode b, int i, OperandScale scale) {
  int offset = 1;
  for (int k = 0; k < i; ++k) offset += OperandSize(OperandTypeOf(b, k), scale);
  return offset;
}

OperandScale ScaleForOperand(OperandType t, int64_t value) {
  if (!IsScalableOperand(t)) return OperandScale::kSingle;
  if (IsSignedOperand(t)) {
    if (value >= INT8_MIN && value <= INT8_MAX) return OperandScale::kSingle;
    if (value >= INT16_MIN && value <= INT16_MAX) return OperandScale::kDouble;
    return OperandScale::kQuadruple;
  }
  if (value >= 0 && value <= UINT8_MAX) return OperandScale::kSingle;
  if (value >= 0 && value <= UINT16_MAX) return OperandScale::kDouble;
  return OperandScale::kQuadruple;
}

}  // namespace lucid
