// Copyright 2024 the Lucid authors. MIT license.
// Paged spaces (old, metadata) with free lists and sweeping; the large-object
// space.

#include "gc/spaces.h"

#include <unistd.h>

#include <vector>

#include "gc/heap.h"

namespace lucid {

const char* Space::name() const {
  static constexpr const char* kNames[] = {
#define V(Name, text) text,
      SPACE_LIST(V)
#undef V
  };
  return kNames[static_cast<int>(id_)];
}

void Space::AddPage(MemoryChunk* page) {
  page->set_prev(last_);
  page->set_next(nullptr);
  if (last_ != nullptr) {
    last_->set_next(page);
  } else {
    first_ = page;
  }
  last_ = page;
  page_count_++;
}

void Space::RemovePage(MemoryChunk* page) {
  if (page->prev() != nullptr) {
    page->prev()->set_next(page->next());
  } else {
    first_ = page->next();
  }
  if (page->next() != nullptr) {
    page->next()->set_prev(page->prev());
  } else {
    last_ = page->prev();
  }
  page_count_--;
}

// -- FreeList -------------------------------------------------------------------

void FreeList::Reset() {
  for (FreeSpace*& head : heads_) head = nullptr;
  available_ = 0;
}

void FreeList::Free(Heap* heap, Address start, int size) {
  heap->CreateFillerObjectAt(start, size);
  if (size < FreeSpace::kMinFreeListEntrySize) return;
  // Not FreeSpace::cast: while the heap bootstraps, fillers have no shape yet.
  FreeSpace* block = static_cast<FreeSpace*>(HeapObject::FromAddress(start));
  int bucket = BucketFor(size);
  if (bucket >= kBuckets) bucket = kBuckets - 1;
  block->set_next(heads_[bucket]);
  heads_[bucket] = block;
  available_ += size;
}

Address FreeList::Allocate(int size, int* block_size) {
  int bucket = BucketFor(size);
  if (bucket >= kBuckets) bucket = kBuckets - 1;
  // First fit within the request's own bucket (blocks there may be
  // smaller); any block of a higher bucket is large enough.
  FreeSpace** link = &heads_[bucket];
  for (int tries = 0; *link != nullptr && tries < 8; tries++) {
    if ((*link)->size() >= size) break;
    link = reinterpret_cast<FreeSpace**>((*link)->address() + FreeSpace::kNextOffset);
  }
  if (*link == nullptr || (*link)->size() < size) {
    link = nullptr;
    for (int b = bucket + 1; b < kBuckets; b++) {
      if (heads_[b] != nullptr) {
        link = &heads_[b];
        break;
      }
    }
    if (link == nullptr) return 0;
  }
  FreeSpace* block = *link;
  *link = block->next();
  *block_size = block->size();
  available_ -= *block_size;
  return block->address();
}

// -- PagedSpace -------------------------------------------------------------------

PagedSpace::~PagedSpace() {
  MemoryChunk* page = first_;
  while (page != nullptr) {
    MemoryChunk* next = page->next();
    page->ReleaseSlotSet();
    heap_->page_allocator()->FreeChunk(page->address(), kPageSize);
    page = next;
  }
}

void PagedSpace::SetLinearArea(Address top, Address limit) {
  top_ = top;
  limit_ = limit;
}

void PagedSpace::MakeLinearAreaIterable() {
  if (limit_ > top_) heap_->CreateFillerObjectAt(top_, static_cast<int>(limit_ - top_));
}

void PagedSpace::FreeLinearArea() {
  if (limit_ > top_) free_list_.Free(heap_, top_, static_cast<int>(limit_ - top_));
  SetLinearArea(0, 0);
}

bool PagedSpace::Expand() {
  Address base = heap_->page_allocator()->AllocateChunk(kPageSize);
  MemoryChunk* page = MemoryChunk::Initialize(base, kPageSize, heap_, this,
                                              page_flags_);
  AddPage(page);
  free_list_.Free(heap_, page->area_start(),
                  static_cast<int>(page->area_end() - page->area_start()));
  return true;
}

Address PagedSpace::Allocate(int size, bool may_expand) {
  DCHECK(size % kObjectAlignment == 0);
  if (top_ + size > limit_) {
    // Retire the linear area and take a free-list block big enough. Keeping
    // the whole block as the new linear area makes runs of small
    // allocations bump-pointer cheap.
    FreeLinearArea();
    int block_size = 0;
    Address block = free_list_.Allocate(size, &block_size);
    if (block == 0) {
      if (!may_expand) return 0;
      Expand();
      block = free_list_.Allocate(size, &block_size);
      if (block == 0) return 0;
    }
    SetLinearArea(block, block + block_size);
  }
  Address result = top_;
  top_ += size;
  size_ += size;
  // A one-word remainder can't hold a free-list entry; keep it as a filler
  // now so the area stays well-formed.
  return result;
}

size_t PagedSpace::Sweep() {
  free_list_.Reset();
  SetLinearArea(0, 0);
  size_t freed = 0;
  size_t live_total = 0;
  struct Run {
    Address start;
    int size;
  };
  std::vector<Run> runs;
  size_t candidates_live = 0;
  MemoryChunk* page = first_;
  while (page != nullptr) {
    MemoryChunk* next_page = page->next();
    if (page->IsEvacuationCandidate()) {
      // Compaction moves its live cells and releases it.
      candidates_live += page->live_bytes();
      page = next_page;
      continue;
    }
    page->ResetLiveBytes();
    runs.clear();
    size_t live = 0;
    Address run_start = 0;
    Address a = page->area_start();
    Address end = page->area_end();
    while (a < end) {
      HeapObject* object = HeapObject::FromAddress(a);
      int size = object->Size();
      if (page->IsMarked(a)) {
        if (run_start != 0) {
          runs.push_back({run_start, static_cast<int>(a - run_start)});
          run_start = 0;
        }
        live += size;
      } else if (run_start == 0) {
        run_start = a;
      }
      a += size;
    }
    if (run_start != 0) runs.push_back({run_start, static_cast<int>(end - run_start)});
    page->ClearMarkBitmap();
    if (live == 0) {
      // Empty page: give it back (the pool keeps a few for reuse).
      freed += page->allocated_bytes();
      RemovePage(page);
      page->ReleaseSlotSet();
      heap_->page_allocator()->FreeChunk(page->address(), kPageSize);
    } else {
      for (const Run& run : runs) {
        page->RemoveSlotRange(run.start, run.start + run.size);
        free_list_.Free(heap_, run.start, run.size);
      }
      page->set_allocated_bytes(live);
      live_total += live;
    }
    page = next_page;
  }
  // Candidates' live bytes come back as the evacuation allocates their
  // copies; their dead bytes are freed now.
  freed = size_ > live_total + candidates_live ? size_ - live_total - candidates_live : 0;
  size_ = live_total;
  return freed;
}

size_t PagedSpace::ReleaseEvacuatedPage(MemoryChunk* page) {
  DCHECK(page->IsEvacuationCandidate());
  size_t live = page->live_bytes();
  RemovePage(page);
  page->ReleaseSlotSet();
  heap_->page_allocator()->FreeChunk(page->address(), kPageSize);
  return live;
}

// -- LargeObjectSpace ---------------------------------------------------------------

LargeObjectSpace::~LargeObjectSpace() {
  MemoryChunk* chunk = first_;
  while (chunk != nullptr) {
    MemoryChunk* next = chunk->next();
    chunk->ReleaseSlotSet();
    heap_->page_allocator()->FreeChunk(chunk->address(), chunk->size());
    chunk = next;
  }
}

size_t LargeObjectSpace::ChunkSizeFor(int object_size) {
  size_t os_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return RoundUp(MemoryChunk::kHeaderSize + static_cast<size_t>(object_size),
                 os_page);
}

Address LargeObjectSpace::Allocate(int size) {
  size_t chunk_size = ChunkSizeFor(size);
  Address base = heap_->page_allocator()->AllocateChunk(chunk_size);
  MemoryChunk* chunk = MemoryChunk::Initialize(
      base, chunk_size, heap_, this, MemoryChunk::kOld | MemoryChunk::kLarge);
  chunk->set_area_end(chunk->area_start() + size);
  chunk->set_allocated_bytes(size);
  AddPage(chunk);
  size_ += size;
  committed_ += chunk_size;
  return chunk->area_start();
}

size_t LargeObjectSpace::FreeDeadObjects() {
  size_t freed = 0;
  MemoryChunk* chunk = first_;
  while (chunk != nullptr) {
    MemoryChunk* next = chunk->next();
    if (!chunk->IsMarked(chunk->area_start())) {
      size_t object_size = chunk->area_end() - chunk->area_start();
      freed += object_size;
      size_ -= object_size;
      committed_ -= chunk->size();
      RemovePage(chunk);
      chunk->ReleaseSlotSet();
      heap_->page_allocator()->FreeChunk(chunk->address(), chunk->size());
    } else {
      chunk->ClearMarkBitmap();
    }
    chunk = next;
  }
  return freed;
}

}  // namespace lucid
