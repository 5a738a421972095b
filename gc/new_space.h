// Copyright 2024 the Lucid authors. MIT license.
// NewSpace: the young generation, two semispaces of pages with bump
// allocation and V8's age mark.

#ifndef LUCID_GC_NEW_SPACE_H_
#define LUCID_GC_NEW_SPACE_H_

#include <vector>

#include "gc/spaces.h"
#include "vm/isolate.h"

namespace lucid {

// Two semispaces of equal capacity, each a list of 256 KB pages. The mutator
// bump-allocates in to-space through IsolateData::new_space_top/limit (so
// compiled code can inline it); a cell never spans pages, so when the
// current page is full the rest of it becomes a filler and allocation moves
// to the next page. When the last page is full, the heap scavenges.
//
//   to-space   [page 0: survivors | new ...][page 1: new ...][page 2: free]
//                               ^ age mark              ^ top
//
// The age mark: after a scavenge, top marks the end of the survivors. A cell
// below the age mark in from-space at the next scavenge has survived once
// already and is promoted (DESIGN.md: promotion on the second survival).
// Pages wholly below the mark carry MemoryChunk::kBelowAgeMark, so the test
// is a flag load plus, on the age-mark page only, an address compare.
class NewSpace : public Space {
 public:
  NewSpace(Heap* heap, IsolateData* data, size_t initial_capacity,
           size_t max_capacity, bool stress);
  ~NewSpace();

  // Mutator allocation. 0 when to-space is full (the caller scavenges).
  Address Allocate(int size) {
    Address top = data_->new_space_top;
    if (LUCID_LIKELY(top + size <= limit_)) {
      data_->new_space_top = top + size;
      if (stress_) data_->new_space_limit = top + size;
      return top;
    }
    return AllocateSlow(size);
  }

  // -- Scavenger interface ------------------------------------------------------
  // Swaps the semispaces; to-space allocation restarts at its first page.
  void Flip();
  // Allocation during a scavenge (to-space, no stress).
  Address AllocateDuringGC(int size) { return Allocate(size); }
  // True if `object` (in from-space during a scavenge) survived one already.
  bool IsBelowAgeMark(const HeapObject* object) const {
    MemoryChunk* chunk = MemoryChunk::FromHeapObject(object);
    if (chunk->IsFlagSet(MemoryChunk::kBelowAgeMark)) return true;
    return chunk->page_index() == age_mark_page_ &&
           object->address() < age_mark_;
  }
  // Sets the age mark at the current top (end of a scavenge).
  void SetAgeMark();
  // Grows both semispaces by doubling, up to the maximum.
  void Grow();
  // Fills the used part of from-space with a pattern that is not a valid
  // Value, so stale pointers fail fast (debug and --verify-heap).
  void ZapFromSpace();

  void MakeLinearAreaIterable();

  // To-space pages in allocation order, the current page index and top.
  const std::vector<MemoryChunk*>& to_pages() const { return to_; }
  int current_page_index() const { return current_; }
  Address top() const { return data_->new_space_top; }
  // End of the cells on to_pages()[i] (top on the current page).
  Address PageLimit(int index) const;

  size_t Size() const;
  size_t Committed() const { return 2 * to_.size() * kPageSize; }
  size_t Capacity() const { return to_.size() * kPageSize; }
  size_t MaximumCapacity() const { return max_pages_ * kPageSize; }
  bool Contains(Address a) const;  // Slow: any page of either semispace.

 private:
  Address AllocateSlow(int size);
  void ResetAllocation(int page_index, Address top);
  MemoryChunk* NewPage(uintptr_t flags);

  IsolateData* data_;
  std::vector<MemoryChunk*> to_;
  std::vector<MemoryChunk*> from_;
  int current_ = 0;
  Address limit_ = 0;  // Real limit (data_->new_space_limit may be top).
  Address age_mark_ = 0;
  int age_mark_page_ = -1;
  size_t max_pages_;
  bool stress_;
};

}  // namespace lucid

#endif  // LUCID_GC_NEW_SPACE_H_
