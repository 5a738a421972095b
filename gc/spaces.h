// Copyright 2024 the Lucid authors. MIT license.
// Old-generation spaces: PagedSpace (old and metadata, free lists) and
// LargeObjectSpace (one aligned chunk per cell).

#ifndef LUCID_GC_SPACES_H_
#define LUCID_GC_SPACES_H_

#include <cstddef>

#include "gc/page.h"
#include "vm/globals.h"
#include "vm/objects/fixed_array.h"

namespace lucid {

// V(Name, "name printed by --trace-gc-verbose")
#define SPACE_LIST(V)              \
  V(New, "New space")              \
  V(Old, "Old space")              \
  V(Metadata, "Metadata space")    \
  V(LargeObject, "Large object space")

enum class SpaceId : uint8_t {
#define V(Name, text) k##Name,
  SPACE_LIST(V)
#undef V
};

class Space {
 public:
  // Not polymorphic: each space is held by its concrete type, and engine
  // code has no RTTI (a vtable here would make UBSan's vptr check in tests
  // look for typeinfo the engine library doesn't emit).
  Space(Heap* heap, SpaceId id) : heap_(heap), id_(id) {}
  ~Space() = default;
  LUCID_DISALLOW_COPY_AND_ASSIGN(Space);

  Heap* heap() const { return heap_; }
  SpaceId id() const { return id_; }
  const char* name() const;
  // Each space has Size() (bytes in cells: live after the last GC plus
  // allocated since) and Committed() (bytes of chunks mapped).

  MemoryChunk* first_page() const { return first_; }
  int page_count() const { return page_count_; }

 protected:
  void AddPage(MemoryChunk* page);
  void RemovePage(MemoryChunk* page);

  Heap* heap_;
  SpaceId id_;
  MemoryChunk* first_ = nullptr;
  MemoryChunk* last_ = nullptr;
  int page_count_ = 0;
};

// Segregated free lists of FreeSpace cells (linked through their raw `next`
// word). Bucket i holds blocks of [2^i, 2^(i+1)) bytes. Blocks under
// FreeSpace::kMinFreeListEntrySize stay fillers and are not listed.
class FreeList {
 public:
  FreeList() { Reset(); }
  // [start, start + size) is free: writes a filler and lists it.
  void Free(Heap* heap, Address start, int size);
  // Removes and returns a block of at least `size` bytes (its size in
  // *block_size), or 0.
  Address Allocate(int size, int* block_size);
  void Reset();
  size_t Available() const { return available_; }

 private:
  static constexpr int kBuckets = 20;
  static int BucketFor(int size) { return 31 - __builtin_clz(size); }
  FreeSpace* heads_[kBuckets];
  size_t available_;
};

// Old and metadata spaces: 256 KB pages, a linear allocation area [top,
// limit) carved from free-list blocks or fresh pages, swept after marking.
class PagedSpace : public Space {
 public:
  PagedSpace(Heap* heap, SpaceId id, uintptr_t page_flags)
      : Space(heap, id), page_flags_(page_flags) {}
  ~PagedSpace();

  // Allocates from the linear area or the free list; with `may_expand`,
  // maps a new page when both are exhausted. 0 when it can't.
  Address Allocate(int size, bool may_expand);

  // Writes a filler over the unused linear area so pages are iterable.
  void MakeLinearAreaIterable();
  // Gives the linear area back to the free list (before sweeping).
  void FreeLinearArea();

  // After marking: frees unmarked cells (fillers + free list, slot ranges
  // cleared), releases empty pages, clears mark bits. Evacuation candidates
  // are left alone (compaction empties and releases them). Returns freed
  // bytes (candidates' dead bytes excluded: ReleaseEvacuatedPage counts).
  size_t Sweep();
  // Gives an evacuated candidate page back (its live cells were moved).
  // Returns the dead bytes it held.
  size_t ReleaseEvacuatedPage(MemoryChunk* page);

  size_t Size() const { return size_; }
  size_t Committed() const { return page_count_ * kPageSize; }
  size_t Available() const { return free_list_.Available() + (limit_ - top_); }

  Address top() const { return top_; }
  Address limit() const { return limit_; }

 private:
  bool Expand();
  void SetLinearArea(Address top, Address limit);

  uintptr_t page_flags_;
  FreeList free_list_;
  Address top_ = 0;
  Address limit_ = 0;
  size_t size_ = 0;
};

// Cells over Heap::kMaxRegularObjectSize: each in its own kPageSize-aligned
// chunk (header + one cell), old, never moved; freed by unmapping.
class LargeObjectSpace : public Space {
 public:
  explicit LargeObjectSpace(Heap* heap) : Space(heap, SpaceId::kLargeObject) {}
  ~LargeObjectSpace();

  Address Allocate(int size);
  // After marking: unmaps unmarked cells, clears the mark bits of the rest.
  size_t FreeDeadObjects();

  static size_t ChunkSizeFor(int object_size);

  size_t Size() const { return size_; }
  size_t Committed() const { return committed_; }

 private:
  size_t size_ = 0;
  size_t committed_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_SPACES_H_
