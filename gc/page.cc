// Copyright 2024 the Lucid authors. MIT license.
// MemoryChunk headers and the PageAllocator that maps aligned chunks below
// 2^47.

#include "gc/page.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>

#include "gc/heap.h"

namespace lucid {

// -- MemoryChunk --------------------------------------------------------------

MemoryChunk* MemoryChunk::Initialize(Address base, size_t size, Heap* heap,
                                     Space* owner, uintptr_t flags) {
  DCHECK(IsAligned(base, kPageSize));
  MemoryChunk* chunk = reinterpret_cast<MemoryChunk*>(base);
  chunk->flags_ = flags;
  chunk->owner_ = owner;
  chunk->heap_ = heap;
  chunk->size_ = size;
  chunk->area_start_ = base + kHeaderSize;
  chunk->area_end_ = base + size;
  chunk->allocated_bytes_ = 0;
  chunk->slot_set_ = nullptr;
  chunk->next_ = nullptr;
  chunk->prev_ = nullptr;
  chunk->page_index_ = 0;
  chunk->live_bytes_ = 0;
  chunk->ClearMarkBitmap();
  return chunk;
}

void MemoryChunk::AllocateSlotSet() {
  // calloc, not the JS heap: the slot set is GC metadata, sized by the
  // chunk (a 100 MB large object needs a 1.6 MB bitmap).
  slot_set_ = static_cast<uint64_t*>(std::calloc(SlotSetWords(), sizeof(uint64_t)));
  CHECK(slot_set_ != nullptr);
}

void MemoryChunk::ReleaseSlotSet() {
  std::free(slot_set_);
  slot_set_ = nullptr;
}

void MemoryChunk::RemoveSlotRange(Address start, Address end) {
  if (slot_set_ == nullptr || start >= end) return;
  size_t first = (start - address()) >> kTaggedSizeLog2;
  size_t last = (end - address()) >> kTaggedSizeLog2;  // Exclusive.
  // Head bits up to a word boundary, whole words, tail bits.
  while (first < last && (first & 63) != 0) {
    slot_set_[first >> 6] &= ~(uint64_t{1} << (first & 63));
    first++;
  }
  while (first + 64 <= last) {
    slot_set_[first >> 6] = 0;
    first += 64;
  }
  while (first < last) {
    slot_set_[first >> 6] &= ~(uint64_t{1} << (first & 63));
    first++;
  }
}

// -- PageAllocator -------------------------------------------------------------

PageAllocator::~PageAllocator() {
  for (int i = 0; i < pool_size_; i++) {
    munmap(reinterpret_cast<void*>(pool_[i]), kPageSize);
  }
}

// Maps `size` bytes at a kPageSize-aligned address below 2^47: over-reserve
// by one alignment unit and trim both ends. On x86-64 Linux every user
// address is below 2^47; ARM64 with 48-bit VAs maps top-down from 2^48, so
// there we pass a hint under 2^47 and retry with nullptr-hint only if the
// hinted mapping fails (and CHECK the result either way).
Address PageAllocator::Map(size_t size) {
  size_t reserve = size + kPageSize;
  void* hint = nullptr;
#if defined(__aarch64__)
  if (next_hint_ == 0) next_hint_ = Address{1} << 45;
  hint = reinterpret_cast<void*>(next_hint_);
#endif
  void* raw = mmap(hint, reserve, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return 0;
  Address start = reinterpret_cast<Address>(raw);
  if (start + reserve > kHeapAddressLimit) {
    munmap(raw, reserve);
    return 0;
  }
  Address aligned = RoundUp(start, kPageSize);
  if (aligned > start) munmap(raw, aligned - start);
  Address end = start + reserve;
  if (end > aligned + size) {
    munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
  }
  next_hint_ = aligned + size;
  return aligned;
}

Address PageAllocator::AllocateChunk(size_t size) {
  DCHECK(size % sysconf(_SC_PAGESIZE) == 0);
  if (size == kPageSize && pool_size_ > 0) {
    Address page = pool_[--pool_size_];
    // Pooled pages were released dirty: zero the header (the cells are
    // overwritten by allocation, and zeroes are not required there).
    std::memset(reinterpret_cast<void*>(page), 0, MemoryChunk::kHeaderSize);
    reserved_bytes_ += size;
    return page;
  }
  Address chunk = Map(size);
  if (chunk == 0) {
    std::fprintf(stderr, "\n#\n# Fatal error: mmap of %zu bytes failed\n#\n", size);
    std::fflush(stderr);
    _exit(134);
  }
  reserved_bytes_ += size;
  return chunk;
}

void PageAllocator::FreeChunk(Address base, size_t size) {
  reserved_bytes_ -= size;
  if (size == kPageSize && pool_size_ < kPoolCapacity) {
    pool_[pool_size_++] = base;
    return;
  }
  munmap(reinterpret_cast<void*>(base), size);
}

}  // namespace lucid
