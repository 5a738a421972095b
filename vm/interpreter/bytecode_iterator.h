// Copyright 2025 the Lucid authors. MIT license.
// BytecodeIterator: decodes a byte stream one instruction at a time.

#ifndef LUCID_VM_INTERPRETER_BYTECODE_ITERATOR_H_
#define LUCID_VM_INTERPRETER_BYTECODE_ITERATOR_H_

#include <cstdint>
#include <vector>

#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/register.h"

namespace lucid {

// Walks a bytecode stream. current_offset() is the offset of the
// instruction's first byte (its prefix, if any): jump deltas are relative to
// it.
class BytecodeIterator {
 public:
  BytecodeIterator(const uint8_t* bytes, int32_t length) : bytes_(bytes), length_(length) {
    Decode();
  }
  explicit BytecodeIterator(const std::vector<uint8_t>& bytes)
      : BytecodeIterator(bytes.data(), static_cast<int32_t>(bytes.size())) {}

  bool done() const { return offset_ >= length_; }
  void Advance() {
    offset_ += current_size();
    Decode();
  }

  int32_t current_offset() const { return offset_; }
  Bytecode current_bytecode() const { return bytecode_; }
  OperandScale current_scale() const { return scale_; }
  int32_t prefix_size() const { return scale_ == OperandScale::kSingle ? 0 : 1; }
  // Whole instruction size including the prefix.
  int32_t current_size() const { return prefix_size() + BytecodeSize(bytecode_, scale_); }

  // Raw operand, sign-extended for signed kinds.
  int64_t GetOperand(int i) const;
  Register GetRegister(int i) const { return Register::FromOperand(static_cast<int32_t>(GetOperand(i))); }
  int32_t GetJumpTarget() const;  // for IsJump() bytecodes

 private:
  void Decode();

  const uint8_t* bytes_;
  int32_t length_;
  int32_t offset_ = 0;
  Bytecode bytecode_ = Bytecode::kIllegal;
  OperandScale scale_ = OperandScale::kSingle;
};

inline void BytecodeIterator::Decode() {
  if (done()) return;
  Bytecode b = static_cast<Bytecode>(bytes_[offset_]);
  scale_ = OperandScale::kSingle;
  if (IsPrefix(b) && offset_ + 1 < length_) {
    scale_ = ScaleForPrefix(b);
    b = static_cast<Bytecode>(bytes_[offset_ + 1]);
  }
  bytecode_ = b;
}

inline int64_t BytecodeIterator::GetOperand(int i) const {
  OperandType type = OperandTypeOf(bytecode_, i);
  const uint8_t* p = bytes_ + offset_ + prefix_size() + OperandOffset(bytecode_, i, scale_);
  int size = OperandSize(type, scale_);
  uint64_t bits = 0;
  for (int b = 0; b < size; ++b) bits |= static_cast<uint64_t>(p[b]) << (8 * b);
  if (IsSignedOperand(type) && size < 8) {
    uint64_t sign = uint64_t{1} << (size * 8 - 1);
    if (bits & sign) bits |= ~((sign << 1) - 1);
  }
  return static_cast<int64_t>(bits);
}

inline int32_t BytecodeIterator::GetJumpTarget() const {
  int64_t delta = GetOperand(0);
  return static_cast<int32_t>(bytecode_ == Bytecode::kJumpLoop ? offset_ - delta : offset_ + delta);
}

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODE_ITERATOR_H_
