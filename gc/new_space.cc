// Copyright 2024 the Lucid authors. MIT license.
// The young generation's semispaces: page management, bump allocation, the
// flip and the age mark.

#include "gc/new_space.h"

#include <cstring>

#include "gc/heap.h"

namespace lucid {

NewSpace::NewSpace(Heap* heap, IsolateData* data, size_t initial_capacity,
                   size_t max_capacity, bool stress)
    : Space(heap, SpaceId::kNew),
      data_(data),
      max_pages_(max_capacity / kPageSize),
      stress_(stress) {
  size_t pages = initial_capacity / kPageSize;
  if (pages < 1) pages = 1;
  if (max_pages_ < pages) max_pages_ = pages;
  for (size_t i = 0; i < pages; i++) {
    to_.push_back(NewPage(MemoryChunk::kYoung | MemoryChunk::kToSpace));
    from_.push_back(NewPage(MemoryChunk::kYoung | MemoryChunk::kFromSpace));
  }
  for (size_t i = 0; i < pages; i++) {
    to_[i]->set_page_index(static_cast<int>(i));
    from_[i]->set_page_index(static_cast<int>(i));
  }
  page_count_ = static_cast<int>(2 * pages);
  ResetAllocation(0, to_[0]->area_start());
}

NewSpace::~NewSpace() {
  for (MemoryChunk* page : to_) {
    heap_->page_allocator()->FreeChunk(page->address(), kPageSize);
  }
  for (MemoryChunk* page : from_) {
    heap_->page_allocator()->FreeChunk(page->address(), kPageSize);
  }
}

MemoryChunk* NewSpace::NewPage(uintptr_t flags) {
  Address base = heap_->page_allocator()->AllocateChunk(kPageSize);
  return MemoryChunk::Initialize(base, kPageSize, heap_, this, flags);
}

void NewSpace::ResetAllocation(int page_index, Address top) {
  current_ = page_index;
  data_->new_space_top = top;
  limit_ = to_[page_index]->area_end();
  data_->new_space_limit = stress_ ? top : limit_;
}

Address NewSpace::AllocateSlow(int size) {
  // Close the current page with a filler and move to the next one.
  while (current_ + 1 < static_cast<int>(to_.size())) {
    Address top = data_->new_space_top;
    MemoryChunk* page = to_[current_];
    if (limit_ > top) heap_->CreateFillerObjectAt(top, static_cast<int>(limit_ - top));
    page->set_allocated_bytes(top - page->area_start());
    ResetAllocation(current_ + 1, to_[current_ + 1]->area_start());
    if (data_->new_space_top + size <= limit_) return Allocate(size);
  }
  return 0;
}

Address NewSpace::PageLimit(int index) const {
  if (index == current_) return data_->new_space_top;
  if (index > current_) return to_[index]->area_start();
  return to_[index]->area_start() + to_[index]->allocated_bytes();
}

size_t NewSpace::Size() const {
  size_t size = 0;
  for (int i = 0; i <= current_; i++) {
    size += PageLimit(i) - to_[i]->area_start();
  }
  return size;
}

bool NewSpace::Contains(Address a) const {
  MemoryChunk* chunk = MemoryChunk::FromAddress(a);
  for (MemoryChunk* page : to_) {
    if (page == chunk) return true;
  }
  for (MemoryChunk* page : from_) {
    if (page == chunk) return true;
  }
  return false;
}

void NewSpace::MakeLinearAreaIterable() {
  Address top = data_->new_space_top;
  if (limit_ > top) {
    heap_->CreateFillerObjectAt(top, static_cast<int>(limit_ - top));
  }
}

void NewSpace::Flip() {
  to_[current_]->set_allocated_bytes(data_->new_space_top -
                                     to_[current_]->area_start());
  std::swap(to_, from_);
  for (MemoryChunk* page : to_) {
    page->ClearFlag(MemoryChunk::kFromSpace);
    page->ClearFlag(MemoryChunk::kBelowAgeMark);
    page->SetFlag(MemoryChunk::kToSpace);
    page->set_allocated_bytes(0);
  }
  for (MemoryChunk* page : from_) {
    page->ClearFlag(MemoryChunk::kToSpace);
    page->SetFlag(MemoryChunk::kFromSpace);
  }
  ResetAllocation(0, to_[0]->area_start());
}

void NewSpace::SetAgeMark() {
  age_mark_ = data_->new_space_top;
  age_mark_page_ = current_;
  for (int i = 0; i < static_cast<int>(to_.size()); i++) {
    if (i < current_) {
      to_[i]->SetFlag(MemoryChunk::kBelowAgeMark);
    } else {
      to_[i]->ClearFlag(MemoryChunk::kBelowAgeMark);
    }
  }
}

void NewSpace::Grow() {
  size_t pages = to_.size();
  size_t target = pages * 2 > max_pages_ ? max_pages_ : pages * 2;
  for (size_t i = pages; i < target; i++) {
    MemoryChunk* to = NewPage(MemoryChunk::kYoung | MemoryChunk::kToSpace);
    MemoryChunk* from = NewPage(MemoryChunk::kYoung | MemoryChunk::kFromSpace);
    to->set_page_index(static_cast<int>(i));
    from->set_page_index(static_cast<int>(i));
    to_.push_back(to);
    from_.push_back(from);
  }
  page_count_ = static_cast<int>(2 * to_.size());
}

void NewSpace::ZapFromSpace() {
  // 0xFFFC...: a tag the value table never produces (Value::IsValid fails),
  // so a stale pointer into from-space reads garbage the verifier rejects.
  constexpr uint64_t kZap = 0xFFFC'DEAD'BEEF'0000;
  for (MemoryChunk* page : from_) {
    uint64_t* p = reinterpret_cast<uint64_t*>(page->area_start());
    uint64_t* end = reinterpret_cast<uint64_t*>(page->area_end());
    // Only what was used: stop at the first page never allocated into.
    Address used_end = page->area_start() + page->allocated_bytes();
    if (page->allocated_bytes() == 0) continue;
    end = reinterpret_cast<uint64_t*>(used_end);
    while (p < end) *p++ = kZap;
  }
}

}  // namespace lucid
