// Copyright 2024 the Lucid authors. MIT license.
// Out-of-line parts of the write barrier.

#include "gc/write_barrier.h"

#include "gc/heap.h"

namespace lucid {

void WriteBarrier::ForRange(const HeapObject* host, Value* start, Value* end) {
  MemoryChunk* host_chunk = MemoryChunk::FromHeapObject(host);
  if (host_chunk->InYoungGeneration()) return;
  for (Value* slot = start; slot < end; slot++) {
    Value value = *slot;
    if (value.IsHeapObject() &&
        MemoryChunk::FromAddress(value.heap_address())->InYoungGeneration()) {
      host_chunk->RecordSlot(reinterpret_cast<Address>(slot));
    }
  }
}

void WriteBarrier::RecordSlotSlow(HeapObject* host, Value* slot) {
  MemoryChunk::FromHeapObject(host)->RecordSlot(reinterpret_cast<Address>(slot));
}

bool WriteBarrier::IsSkipAllowed(const HeapObject* host, Value value) {
  if (!value.IsHeapObject()) return true;
  if (MemoryChunk::FromHeapObject(host)->InYoungGeneration()) return true;
  return !MemoryChunk::FromAddress(value.heap_address())->InYoungGeneration();
}

}  // namespace lucid
