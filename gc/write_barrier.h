// Copyright 2024 the Lucid authors. MIT license.
// The generational write barrier: records old -> young slots in the host
// page's slot set.

#ifndef LUCID_GC_WRITE_BARRIER_H_
#define LUCID_GC_WRITE_BARRIER_H_

#include "gc/page.h"
#include "vm/value.h"

namespace lucid {

// Why a barrier: a scavenge visits only young cells and the roots, so an old
// cell pointing at a young one must be found some other way. Every store of
// a Value into a cell runs Field(); if the host is old (old, metadata or
// large space) and the value is a young cell, the slot's address goes into
// the host page's slot set, which the scavenger treats as roots.
//
// The test is two page-flag loads (host chunk, value chunk); compiled code
// emits the same test inline with MemoryChunk::kFlagsOffset and calls
// WriteBarrier::RecordSlotSlow for the rare recording case.
//
// Stores that need no barrier: into a cell known to be young (a fresh young
// allocation with no allocation since), of a non-pointer Value, of a pointer
// to a metadata/old cell. set_field(..., SKIP_WRITE_BARRIER) DCHECKs this.
class WriteBarrier {
 public:
  static void Field(const HeapObject* host, Value* slot, Value value) {
    if (!value.IsHeapObject()) return;
    if (!MemoryChunk::FromAddress(value.heap_address())->InYoungGeneration()) {
      return;
    }
    MemoryChunk* host_chunk = MemoryChunk::FromHeapObject(host);
    if (host_chunk->InYoungGeneration()) return;
    host_chunk->RecordSlot(reinterpret_cast<Address>(slot));
  }

  // The bulk-copy barrier: after a memcpy/memmove of Values into
  // [start, end) of `host`, records every slot there that now points young.
  static void ForRange(const HeapObject* host, Value* start, Value* end);

  // Out-of-line recording for compiled code (arguments already checked).
  static void RecordSlotSlow(HeapObject* host, Value* slot);

  // True if storing `value` into `host` may skip the barrier.
  static bool IsSkipAllowed(const HeapObject* host, Value value);
};

}  // namespace lucid

#endif  // LUCID_GC_WRITE_BARRIER_H_
