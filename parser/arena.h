// Copyright the Lucid authors. MIT license.
//
// AstArena: the bump allocator every AST node, scope, variable and AstString
// of one parse lives in. Nothing allocated here is ever destroyed one by one:
// the whole arena goes away with the ParseResult that owns it, so everything
// stored in it must be trivially destructible (checked in New()).
//
// ArenaVector<T>: a growable array whose storage comes from an arena; the AST's
// child lists are ArenaVectors. Growing abandons the old buffer in the arena,
// which is fine because lists are built once, during parsing.

#ifndef LUCID_PARSER_ARENA_H_
#define LUCID_PARSER_ARENA_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace lucid {

class AstArena {
 public:
  AstArena() = default;
  ~AstArena();
  AstArena(const AstArena&) = delete;
  AstArena& operator=(const AstArena&) = delete;

  void* Allocate(size_t size, size_t alignment = alignof(std::max_align_t)) {
    uintptr_t aligned = (position_ + alignment - 1) & ~(uintptr_t{alignment} - 1);
    if (aligned + size > limit_) return AllocateSlow(size, alignment);
    position_ = aligned + size;
    return reinterpret_cast<void*>(aligned);
  }

  template <typename T, typename... Args>
  T* New(Args&&... args) {
    // NOTE: nodes are never destroyed, so a destructor would never run.
    static_assert(std::is_trivially_destructible_v<T>,
                  "arena objects are never destroyed");
    void* memory = Allocate(sizeof(T), alignof(T));
    return new (memory) T(std::forward<Args>(args)...);
  }

  template <typename T>
  T* NewArray(size_t length) {
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T*>(Allocate(sizeof(T) * (length == 0 ? 1 : length), alignof(T)));
  }

  // Total bytes reserved from the system (for --print-ast statistics/tests).
  size_t bytes_reserved() const { return bytes_reserved_; }

 private:
  struct Chunk {
    Chunk* next;
    size_t size;
  };
  static constexpr size_t kChunkSize = 64 * 1024;

  void* AllocateSlow(size_t size, size_t alignment);

  uintptr_t position_ = 0;
  uintptr_t limit_ = 0;
  Chunk* chunks_ = nullptr;
  size_t bytes_reserved_ = 0;
};

template <typename T>
class ArenaVector {
 public:
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "ArenaVector holds plain data (pointers and small structs)");

  ArenaVector() = default;

  void Add(const T& value, AstArena* arena) {
    if (size_ == capacity_) Grow(arena);
    data_[size_++] = value;
  }

  int size() const { return static_cast<int>(size_); }
  bool empty() const { return size_ == 0; }
  T& operator[](int index) { return data_[index]; }
  const T& operator[](int index) const { return data_[index]; }
  T& at(int index) { return data_[index]; }
  const T& at(int index) const { return data_[index]; }
  T& last() { return data_[size_ - 1]; }
  const T& last() const { return data_[size_ - 1]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  void RemoveLast() { --size_; }
  void Clear() { size_ = 0; }

 private:
  void Grow(AstArena* arena) {
    uint32_t new_capacity = capacity_ == 0 ? 4 : capacity_ * 2;
    T* new_data = arena->NewArray<T>(new_capacity);
    if (size_ > 0) std::memcpy(static_cast<void*>(new_data), data_, sizeof(T) * size_);
    data_ = new_data;
    capacity_ = new_capacity;
  }

  T* data_ = nullptr;
  uint32_t size_ = 0;
  uint32_t capacity_ = 0;
};

}  // namespace lucid

#endif  // LUCID_PARSER_ARENA_H_
