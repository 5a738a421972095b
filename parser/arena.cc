// Copyright the Lucid authors. MIT license.

#include "parser/arena.h"

#include <cstdlib>

namespace lucid {

AstArena::~AstArena() {
  Chunk* chunk = chunks_;
  while (chunk != nullptr) {
    Chunk* next = chunk->next;
    std::free(chunk);
    chunk = next;
  }
}

void* AstArena::AllocateSlow(size_t size, size_t alignment) {
  // Big requests (long lists, long strings) get a chunk of their own so the
  // free tail of the current chunk is not thrown away.
  bool dedicated = size + alignment > kChunkSize / 4;
  size_t chunk_size = dedicated ? sizeof(Chunk) + size + alignment : kChunkSize;
  void* memory = std::malloc(chunk_size);
  if (memory == nullptr) {
    // NOTE: running out of native memory is fatal, like any allocation failure.
    std::abort();
  }
  Chunk* chunk = static_cast<Chunk*>(memory);
  chunk->size = chunk_size;
  chunk->next = chunks_;
  chunks_ = chunk;
  bytes_reserved_ += chunk_size;
  uintptr_t start = reinterpret_cast<uintptr_t>(chunk) + sizeof(Chunk);
  uintptr_t aligned = (start + alignment - 1) & ~(uintptr_t{alignment} - 1);
  if (!dedicated) {
    position_ = aligned + size;
    limit_ = reinterpret_cast<uintptr_t>(chunk) + chunk_size;
  }
  return reinterpret_cast<void*>(aligned);
}

}  // namespace lucid
