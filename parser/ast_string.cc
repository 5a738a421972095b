// Copyright the Lucid authors. MIT license.

#include "parser/ast_string.h"

#include <cstring>

#include "parser/source.h"

namespace lucid {

bool AstString::IsOneByte() const {
  for (uint32_t i = 0; i < length_; i++) {
    if (data_[i] > 0xFF) return false;
  }
  return true;
}

bool AstString::Equals(std::string_view ascii) const {
  if (ascii.size() != length_) return false;
  for (uint32_t i = 0; i < length_; i++) {
    if (data_[i] != static_cast<unsigned char>(ascii[i])) return false;
  }
  return true;
}

std::string AstString::ToUtf8() const { return Utf16ToUtf8(view()); }

uint32_t AstString::Hash(std::u16string_view chars) {
  // FNV-1a over code units: cheap, and only used for the per-parse table.
  uint32_t hash = 2166136261u;
  for (char16_t c : chars) {
    hash ^= c & 0xFF;
    hash *= 16777619u;
    hash ^= c >> 8;
    hash *= 16777619u;
  }
  return hash;
}

AstStringTable::AstStringTable(AstArena* arena) : arena_(arena) {
  capacity_ = 256;
  slots_ = arena_->NewArray<const AstString*>(capacity_);
  std::memset(static_cast<void*>(slots_), 0, sizeof(const AstString*) * capacity_);
#define LUCID_AST_STRING_INIT(field, text) field##_ = InternAscii(text);
  AST_STRING_CONSTANTS(LUCID_AST_STRING_INIT)
#undef LUCID_AST_STRING_INIT
}

const AstString* AstStringTable::Intern(std::u16string_view chars) {
  uint32_t hash = AstString::Hash(chars);
  uint32_t mask = capacity_ - 1;
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    const AstString* entry = slots_[i];
    if (entry == nullptr) {
      char16_t* data = arena_->NewArray<char16_t>(chars.size());
      if (!chars.empty()) std::memcpy(data, chars.data(), chars.size() * sizeof(char16_t));
      const AstString* string = arena_->New<AstString>(
          AstString(data, static_cast<uint32_t>(chars.size()), hash));
      slots_[i] = string;
      if (++count_ * 2 > capacity_) Rehash();
      return string;
    }
    if (entry->hash() == hash && entry->view() == chars) return entry;
  }
}

const AstString* AstStringTable::InternAscii(std::string_view chars) {
  std::u16string wide(chars.begin(), chars.end());
  return Intern(wide);
}

void AstStringTable::Rehash() {
  uint32_t old_capacity = capacity_;
  const AstString** old_slots = slots_;
  capacity_ *= 2;
  slots_ = arena_->NewArray<const AstString*>(capacity_);
  std::memset(static_cast<void*>(slots_), 0, sizeof(const AstString*) * capacity_);
  uint32_t mask = capacity_ - 1;
  for (uint32_t j = 0; j < old_capacity; j++) {
    const AstString* entry = old_slots[j];
    if (entry == nullptr) continue;
    uint32_t i = entry->hash() & mask;
    while (slots_[i] != nullptr) i = (i + 1) & mask;
    slots_[i] = entry;
  }
}

}  // namespace lucid
