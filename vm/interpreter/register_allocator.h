// Copyright 2025 the Lucid authors. MIT license.
// Stack-discipline allocation of temporary registers, with scopes.

#ifndef LUCID_VM_INTERPRETER_REGISTER_ALLOCATOR_H_
#define LUCID_VM_INTERPRETER_REGISTER_ALLOCATOR_H_

#include <algorithm>
#include <cassert>
#include <cstdint>

#include "vm/interpreter/register.h"

namespace lucid {

// Registers r0..r[fixed-1] hold stack-allocated variables for the whole
// function; temporaries are handed out above them like a stack, so every
// list of consecutive registers (call arguments) is simply the next few.
// The high-water mark becomes the frame's register count.
class RegisterAllocator {
 public:
  explicit RegisterAllocator(int32_t fixed_register_count)
      : next_index_(fixed_register_count), max_count_(fixed_register_count) {}

  Register NewRegister() {
    Register r(next_index_++);
    max_count_ = std::max(max_count_, next_index_);
    return r;
  }
  RegisterList NewRegisterList(int32_t count) {
    RegisterList list(next_index_, count);
    next_index_ += count;
    max_count_ = std::max(max_count_, next_index_);
    return list;
  }
  // Grows a list that was the last thing allocated (arguments are often
  // evaluated one by one into the next register).
  Register GrowRegisterList(RegisterList* list) {
    assert(list->count() == 0 || list->last().index() == next_index_ - 1);
    if (list->count() == 0) *list = RegisterList(next_index_, 0);
    Register r = NewRegister();
    *list = RegisterList(list->first().index(), list->count() + 1);
    return r;
  }
  // Frees every register from {index} up.
  void ReleaseRegisters(int32_t index) {
    assert(index <= next_index_);
    next_index_ = index;
  }

  int32_t next_register_index() const { return next_index_; }
  int32_t maximum_register_count() const { return max_count_; }

 private:
  int32_t next_index_;
  int32_t max_count_;
};

// Frees, on exit, every register allocated during the scope's lifetime.
class RegisterAllocationScope {
 public:
  explicit RegisterAllocationScope(RegisterAllocator* allocator)
      : allocator_(allocator), outer_next_(allocator->next_register_index()) {}
  ~RegisterAllocationScope() { allocator_->ReleaseRegisters(outer_next_); }
  RegisterAllocationScope(const RegisterAllocationScope&) = delete;
  RegisterAllocationScope& operator=(const RegisterAllocationScope&) = delete;

 private:
  RegisterAllocator* allocator_;
  int32_t outer_next_;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_REGISTER_ALLOCATOR_H_
