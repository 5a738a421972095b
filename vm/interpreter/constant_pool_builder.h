// Copyright 2025 the Lucid authors. MIT license.
// Builds a function's constant pool, sharing identical strings and numbers.

#ifndef LUCID_VM_INTERPRETER_CONSTANT_POOL_BUILDER_H_
#define LUCID_VM_INTERPRETER_CONSTANT_POOL_BUILDER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/interpreter/bytecode_unit.h"

namespace lucid {

// Strings and numbers are deduplicated (numbers by bit pattern, so 0 and -0
// stay apart); every other entry (functions, scopes, boilerplates, jump
// tables) is unique to its site. Indices are final once handed out: the
// bytecode is laid out after the pool is complete, so operand widths follow
// the real index.
class ConstantPoolBuilder {
 public:
  int32_t AddString(const std::u16string& s);
  int32_t AddNumber(double value);
  // Appends a non-shared entry.
  int32_t Add(ConstantPoolEntry entry);
  // Reserves {count} consecutive JumpTableEntry slots; returns the first.
  int32_t ReserveJumpTable(int32_t count);
  void SetJumpTableEntry(int32_t index, int32_t delta);

  int32_t size() const { return static_cast<int32_t>(entries_.size()); }
  const ConstantPoolEntry& at(int32_t index) const { return entries_[index]; }
  std::vector<ConstantPoolEntry> Finish() { return std::move(entries_); }

 private:
  std::vector<ConstantPoolEntry> entries_;
  std::unordered_map<std::u16string, int32_t> strings_;
  std::unordered_map<uint64_t, int32_t> numbers_;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_CONSTANT_POOL_BUILDER_H_
