// Copyright 2025 the Lucid authors. MIT license.
// Constant pool construction with string and number sharing.

#include "vm/interpreter/constant_pool_builder.h"

#include <bit>

namespace lucid {

int32_t ConstantPoolBuilder::AddString(const std::u16string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  int32_t index = Add(ConstantPoolEntry(std::in_place_type<std::u16string>, s));
  strings_.emplace(s, index);
  return index;
}

int32_t ConstantPoolBuilder::AddNumber(double value) {
  uint64_t bits = std::bit_cast<uint64_t>(value);
  auto it = numbers_.find(bits);
  if (it != numbers_.end()) return it->second;
  int32_t index = Add(ConstantPoolEntry(std::in_place_type<double>, value));
  numbers_.emplace(bits, index);
  return index;
}

int32_t ConstantPoolBuilder::Add(ConstantPoolEntry entry) {
  entries_.push_back(std::move(entry));
  return static_cast<int32_t>(entries_.size()) - 1;
}

int32_t ConstantPoolBuilder::ReserveJumpTable(int32_t count) {
  int32_t first = size();
  for (int32_t i = 0; i < count; ++i) Add(JumpTableEntry{});
  return first;
}

void ConstantPoolBuilder::SetJumpTableEntry(int32_t index, int32_t delta) {
  entries_[index] = JumpTableEntry{delta};
}

}  // namespace lucid
