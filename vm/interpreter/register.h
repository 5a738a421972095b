// Copyright 2025 the Lucid authors. MIT license.
// Register: a bytecode register operand (local, parameter or fixed frame slot).

#ifndef LUCID_VM_INTERPRETER_REGISTER_H_
#define LUCID_VM_INTERPRETER_REGISTER_H_

#include <cstdint>
#include <string>

namespace lucid {

// Register operands are frame-slot offsets from fp, in 8-byte slots, so the
// interpreter and the JIT address a register as fp + operand * 8 without a
// table. The frame (DESIGN.md "Stacks, frames and calls"; vm/frames.h must
// static_assert the same numbers against these constants):
//
//   operand   slot                      printed as
//   4 + i     arg[i]                    a<i>
//   3         receiver                  <this>
//   2         new.target                <new.target>
//   1         argc (raw int32)          never an operand
//   0         caller fp (raw)   <- fp   never an operand
//  -1         frame type                never an operand
//  -2         closure                   <closure>
//  -3         context                   <context>
//  -4..-8     bytecode array, offset, feedback vector, code, acc spill
//  -9 - i     r<i>                      r<i>
//
// Register::index() is the inverse view: locals are 0..N-1 and everything
// above fp is negative, i.e. index = -9 - operand.
class Register {
 public:
  static constexpr int32_t kRegisterFileStartSlot = -9;
  static constexpr int32_t kFirstParameterSlot = 4;
  static constexpr int32_t kReceiverSlot = 3;
  static constexpr int32_t kNewTargetSlot = 2;
  static constexpr int32_t kClosureSlot = -2;
  static constexpr int32_t kContextSlot = -3;

  constexpr Register() : index_(kInvalidIndex) {}
  constexpr explicit Register(int32_t index) : index_(index) {}

  static constexpr Register FromOperand(int32_t operand) {
    return Register(kRegisterFileStartSlot - operand);
  }
  static constexpr Register FromParameterIndex(int32_t i) {
    return FromOperand(kFirstParameterSlot + i);
  }
  static constexpr Register Receiver() { return FromOperand(kReceiverSlot); }
  static constexpr Register NewTarget() { return FromOperand(kNewTargetSlot); }
  static constexpr Register FunctionClosure() { return FromOperand(kClosureSlot); }
  static constexpr Register CurrentContext() { return FromOperand(kContextSlot); }

  constexpr int32_t index() const { return index_; }
  constexpr int32_t ToOperand() const { return kRegisterFileStartSlot - index_; }
  constexpr bool is_valid() const { return index_ != kInvalidIndex; }
  constexpr bool is_local() const { return index_ >= 0; }
  constexpr bool is_parameter() const { return ToOperand() >= kFirstParameterSlot; }
  constexpr bool is_receiver() const { return ToOperand() == kReceiverSlot; }
  constexpr int32_t ToParameterIndex() const { return ToOperand() - kFirstParameterSlot; }

  // r3, a0, <this>, <closure>, <context>, <new.target>.
  std::string ToString() const {
    if (is_local()) return "r" + std::to_string(index_);
    if (is_parameter()) return "a" + std::to_string(ToParameterIndex());
    switch (ToOperand()) {
      case kReceiverSlot: return "<this>";
      case kNewTargetSlot: return "<new.target>";
      case kClosureSlot: return "<closure>";
      case kContextSlot: return "<context>";
      default: return "<slot" + std::to_string(ToOperand()) + ">";
    }
  }

  constexpr bool operator==(const Register& o) const { return index_ == o.index_; }
  constexpr bool operator!=(const Register& o) const { return index_ != o.index_; }

 private:
  static constexpr int32_t kInvalidIndex = INT32_MIN;
  int32_t index_;
};

// A run of consecutive registers (call arguments, for-in state).
class RegisterList {
 public:
  constexpr RegisterList() : first_index_(0), count_(0) {}
  constexpr RegisterList(int32_t first_index, int32_t count)
      : first_index_(first_index), count_(count) {}
  explicit constexpr RegisterList(Register r) : first_index_(r.index()), count_(1) {}

  constexpr int32_t count() const { return count_; }
  constexpr Register first() const { return Register(first_index_); }
  constexpr Register last() const { return Register(first_index_ + count_ - 1); }
  constexpr Register operator[](int32_t i) const { return Register(first_index_ + i); }
  // The list without its first {n} registers.
  constexpr RegisterList PopLeft(int32_t n = 1) const {
    return RegisterList(first_index_ + n, count_ - n);
  }

 private:
  int32_t first_index_;
  int32_t count_;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_REGISTER_H_
