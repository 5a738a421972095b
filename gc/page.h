// Copyright 2024 the Lucid authors. MIT license.
// MemoryChunk: the header at the start of every 256 KB page and large-object
// chunk, found by masking a cell's address.

#ifndef LUCID_GC_PAGE_H_
#define LUCID_GC_PAGE_H_

#include <cstdint>
#include <cstring>

#include "vm/globals.h"

namespace lucid {

class Space;

// Every space is made of chunks aligned to kPageSize. A regular page is
// exactly kPageSize; a large-object chunk is a multiple of the OS page size,
// still kPageSize-aligned, and holds one cell. The header sits at the chunk's
// start, so for any cell start `a`, MemoryChunk::FromAddress(a) is
// `a & ~(kPageSize - 1)`. (Mask a cell's start, never an interior slot of a
// large object: slots past the first 256 KB mask to the wrong address.)
//
//  chunk start (256 KB aligned)
//  +---------------------------------------------------------------+  +0
//  | flags            uintptr_t  kYoung, kOld, kLarge, kMetadata,  |
//  |                             kEvacuationCandidate, kFromSpace, |
//  |                             kToSpace, kBelowAgeMark           |
//  | owner            Space*                                       |  +8
//  | heap             Heap*                                        |  +16
//  | size             chunk size in bytes                          |  +24
//  | area_start       first cell                                   |  +32
//  | area_end         end of the cell area                         |  +40
//  | allocated_bytes  live bytes after the last sweep (stats)      |  +48
//  | slot_set         uint64_t* bitmap, one bit per word of the    |  +56
//  |                  chunk: old -> young slots (lazily allocated) |
//  | next, prev       MemoryChunk* in the owner's page list        |  +64
//  | page_index       position in the owner's list (age mark)      |  +80
//  | live_bytes       bytes of marked cells (full GC; compaction   |  +88
//  |                  picks candidates by it)                      |
//  | padding                                                       |
//  +---------------------------------------------------------------+  +128
//  | mark bitmap      one bit per word of a 256 KB page (4 KB);    |
//  |                  bit i = the cell starting at chunk + 8*i is  |
//  |                  marked (large chunks use only their first    |
//  |                  bit: the one cell's start)                   |
//  +---------------------------------------------------------------+  +4224
//  | cells ... (always iterable: every gap is a filler cell)       |  area_start
//  |                                                               |
//  +---------------------------------------------------------------+  area_end
class MemoryChunk {
 public:
  enum Flag : uintptr_t {
    kYoung = 1 << 0,                // In a semispace.
    kOld = 1 << 1,                  // Old, metadata or large.
    kLarge = 1 << 2,                // One cell, never moved.
    kMetadata = 1 << 3,             // Never moved; never an evacuation candidate.
    kEvacuationCandidate = 1 << 4,  // Compaction empties it (old space only).
    kFromSpace = 1 << 5,            // Young page being scavenged / idle.
    kToSpace = 1 << 6,              // Young page currently allocated into.
    kBelowAgeMark = 1 << 7,         // Young page wholly below the age mark.
  };

  // Field offsets, for compiled code's inline barrier.
  static constexpr int kFlagsOffset = 0;
  static constexpr int kOwnerOffset = 8;
  static constexpr int kHeapOffset = 16;
  static constexpr int kSizeOffset = 24;
  static constexpr int kAreaStartOffset = 32;
  static constexpr int kAreaEndOffset = 40;
  static constexpr int kSlotSetOffset = 56;
  static constexpr int kMarkBitmapOffset = 128;
  static constexpr int kBitsPerPage = kPageSize / kTaggedSize;
  static constexpr int kMarkBitmapBytes = kBitsPerPage / 8;
  static constexpr int kHeaderSize = kMarkBitmapOffset + kMarkBitmapBytes;
  // Room for cells in a regular page.
  static constexpr int kAllocatableSize = kPageSize - kHeaderSize;

  static MemoryChunk* FromAddress(Address address) {
    return reinterpret_cast<MemoryChunk*>(address & ~kPageAlignmentMask);
  }
  static MemoryChunk* FromHeapObject(const HeapObject* object) {
    return FromAddress(reinterpret_cast<Address>(object));
  }

  Address address() const { return reinterpret_cast<Address>(this); }
  bool IsFlagSet(Flag flag) const { return (flags_ & flag) != 0; }
  void SetFlag(Flag flag) { flags_ |= flag; }
  void ClearFlag(Flag flag) { flags_ &= ~static_cast<uintptr_t>(flag); }
  uintptr_t flags() const { return flags_; }
  bool InYoungGeneration() const { return IsFlagSet(kYoung); }
  bool IsLarge() const { return IsFlagSet(kLarge); }
  bool IsMetadata() const { return IsFlagSet(kMetadata); }

  Space* owner() const { return owner_; }
  Heap* heap() const { return heap_; }
  size_t size() const { return size_; }
  Address area_start() const { return area_start_; }
  Address area_end() const { return area_end_; }
  void set_area_end(Address end) { area_end_ = end; }
  bool Contains(Address a) const { return a >= area_start_ && a < area_end_; }
  size_t allocated_bytes() const { return allocated_bytes_; }
  void set_allocated_bytes(size_t n) { allocated_bytes_ = n; }
  MemoryChunk* next() const { return next_; }
  MemoryChunk* prev() const { return prev_; }
  void set_next(MemoryChunk* c) { next_ = c; }
  void set_prev(MemoryChunk* c) { prev_ = c; }
  int page_index() const { return page_index_; }
  void set_page_index(int i) { page_index_ = i; }
  // Marking adds each marked cell's size; compaction reads it.
  size_t live_bytes() const { return live_bytes_; }
  void IncrementLiveBytes(size_t n) { live_bytes_ += n; }
  void ResetLiveBytes() { live_bytes_ = 0; }
  bool IsEvacuationCandidate() const { return IsFlagSet(kEvacuationCandidate); }

  // -- Mark bitmap ------------------------------------------------------------
  int BitIndex(Address a) const {
    return static_cast<int>((a - address()) >> kTaggedSizeLog2);
  }
  uint64_t* mark_bitmap() {
    return reinterpret_cast<uint64_t*>(address() + kMarkBitmapOffset);
  }
  bool IsMarked(Address a) {
    int i = BitIndex(a);
    return (mark_bitmap()[i >> 6] >> (i & 63)) & 1;
  }
  // Returns false if it was already marked.
  bool SetMarked(Address a) {
    int i = BitIndex(a);
    uint64_t bit = uint64_t{1} << (i & 63);
    uint64_t& word = mark_bitmap()[i >> 6];
    if (word & bit) return false;
    word |= bit;
    return true;
  }
  void ClearMarkBitmap() { std::memset(mark_bitmap(), 0, kMarkBitmapBytes); }

  // -- Slot set (old -> young slots) ------------------------------------------
  // One bit per word of the chunk. Allocated on the first record; freed when
  // the chunk is released.
  void RecordSlot(Address slot) {
    if (LUCID_UNLIKELY(slot_set_ == nullptr)) AllocateSlotSet();
    size_t i = (slot - address()) >> kTaggedSizeLog2;
    slot_set_[i >> 6] |= uint64_t{1} << (i & 63);
  }
  bool ContainsSlot(Address slot) const {
    if (slot_set_ == nullptr) return false;
    size_t i = (slot - address()) >> kTaggedSizeLog2;
    return (slot_set_[i >> 6] >> (i & 63)) & 1;
  }
  void RemoveSlot(Address slot) {
    if (slot_set_ == nullptr) return;
    size_t i = (slot - address()) >> kTaggedSizeLog2;
    slot_set_[i >> 6] &= ~(uint64_t{1} << (i & 63));
  }
  // Clears the slots in [start, end) (sweeping, trimming).
  void RemoveSlotRange(Address start, Address end);
  bool HasSlotSet() const { return slot_set_ != nullptr; }
  // Calls callback(Address slot) for each recorded slot; the callback
  // returns true to keep the slot, false to remove it.
  template <typename Callback>
  void IterateSlots(Callback callback);
  void ReleaseSlotSet();

  // Sets up the header of a fresh chunk (called by the PageAllocator).
  static MemoryChunk* Initialize(Address base, size_t size, Heap* heap,
                                 Space* owner, uintptr_t flags);

 private:
  size_t SlotSetWords() const {
    return ((size_ >> kTaggedSizeLog2) + 63) / 64;
  }
  void AllocateSlotSet();

  uintptr_t flags_;
  Space* owner_;
  Heap* heap_;
  size_t size_;
  Address area_start_;
  Address area_end_;
  size_t allocated_bytes_;
  uint64_t* slot_set_;
  MemoryChunk* next_;
  MemoryChunk* prev_;
  int page_index_;
  size_t live_bytes_;
};

static_assert(MemoryChunk::kHeaderSize % kObjectAlignment == 0);
static_assert(sizeof(MemoryChunk) <= MemoryChunk::kMarkBitmapOffset);

template <typename Callback>
void MemoryChunk::IterateSlots(Callback callback) {
  if (slot_set_ == nullptr) return;
  size_t words = SlotSetWords();
  for (size_t w = 0; w < words; w++) {
    uint64_t bits = slot_set_[w];
    while (bits != 0) {
      int bit = __builtin_ctzll(bits);
      bits &= bits - 1;
      Address slot = address() + ((w * 64 + bit) << kTaggedSizeLog2);
      if (!callback(slot)) slot_set_[w] &= ~(uint64_t{1} << bit);
    }
  }
}

// Reserves, aligns and releases chunks below 2^47. One per Heap. Released
// regular pages are kept in a small pool for reuse (semispace flips and
// sweeping churn pages).
class PageAllocator {
 public:
  PageAllocator() = default;
  ~PageAllocator();
  LUCID_DISALLOW_COPY_AND_ASSIGN(PageAllocator);

  // A kPageSize-aligned, zero-initialized, read-write chunk of `size` bytes
  // (a multiple of the OS page size). Fatal OOM if the OS refuses.
  Address AllocateChunk(size_t size);
  void FreeChunk(Address base, size_t size);

  size_t reserved_bytes() const { return reserved_bytes_; }

 private:
  static constexpr int kPoolCapacity = 16;
  Address Map(size_t size);

  Address pool_[kPoolCapacity] = {};
  int pool_size_ = 0;
  size_t reserved_bytes_ = 0;
  Address next_hint_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_PAGE_H_
