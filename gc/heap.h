// Copyright 2024 the Lucid authors. MIT license.
// Heap: the spaces, the allocation API and the collectors' entry points.

#ifndef LUCID_GC_HEAP_H_
#define LUCID_GC_HEAP_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "gc/gc_reason.h"
#include "gc/page.h"
#include "vm/globals.h"
#include "vm/objects/heap_object.h"
#include "vm/objects/object_visitor.h"
#include "vm/value.h"

namespace lucid {

class NewSpace;
class PagedSpace;
class LargeObjectSpace;
class Scavenger;
class MarkCompactCollector;
class GCTracer;
class CodeSpace;
class FixedArray;
class ByteArray;

// The heap (DESIGN.md "Garbage collector"):
//
//   space        pages                     collected by      moves?
//   -----------  ------------------------  ----------------  ----------------
//   new          two semispaces of pages   scavenger         every scavenge
//   old          256 KB pages + free lists mark-compact      when its page is
//                                                            an evacuation
//                                                            candidate
//   metadata     256 KB pages + free lists mark-sweep        never
//   large        one aligned chunk / cell  mark-sweep        never
//   code         asmjit JitAllocator       freed with its    never
//                (machine code only)       Code cell
//
// docs/gc.md draws the layout and explains the barrier, the promotion rule,
// the compaction policy and weak processing.
//
// The old generation (old + metadata + large) is capped by
// --max-old-space-size; exceeding it after a full GC is a fatal OOM that
// exits with 134 (FatalProcessOutOfMemory).
class Heap {
 public:
  // Requests above this go to the large-object space (old, never moved).
  // Half a page, as V8's kMaxRegularHeapObjectSize.
  static constexpr int kMaxRegularObjectSize = 128 * KB;

  explicit Heap(Isolate* isolate);
  ~Heap();
  LUCID_DISALLOW_COPY_AND_ASSIGN(Heap);

  // Isolate::New calls these two.
  void SetUp();
  void CreateInitialObjects();

  Isolate* isolate() const { return isolate_; }

  // -- Allocation ----------------------------------------------------------------
  //
  // Returns `size` bytes (a multiple of 8, at least 8) for a new cell of the
  // given type. May run a GC first, so every cell the caller needs afterwards
  // must be in a Handle (a raw Shape* of a rooted shape is fine: metadata
  // cells never move). Never fails: heap exhaustion is fatal.
  //
  // The memory is uninitialized. Before the next allocation the caller must
  // write the shape (set_shape) and every Value field (with SKIP_WRITE_BARRIER
  // only if the cell is young; AllocateRaw may return an old cell for
  // kYoung when the size is large).
  HeapObject* AllocateRaw(int size, AllocationType type);

  // AllocateRaw + shape + every Value field of the body set to undefined
  // (array kinds: length written, elements undefined / raw zero). `size` is
  // the full cell size (for arrays: SizeFor(length)); `length` is word 1 for
  // array kinds and ignored otherwise.
  HeapObject* Allocate(const ShapeLayout* shape, int size, AllocationType type,
                       int length = 0);

  // A FixedArray of `length` undefineds (the empty root for length 0).
  FixedArray* AllocateFixedArray(int length,
                                 AllocationType type = AllocationType::kYoung);
  // A ByteArray of `length` zero bytes.
  ByteArray* AllocateByteArray(int length,
                               AllocationType type = AllocationType::kYoung);
  // A new shape in the metadata space (shape word = the meta shape), all
  // tagged fields undefined except prototype = null, raw fields zero.
  // `instance_size`: cell size for Fixed kinds, header size for array kinds.
  ShapeLayout* AllocateShape(InstanceType type, int instance_size,
                             int raw_tail_words = 0);

  // -- Fillers and trimming ---------------------------------------------------------
  // Writes a filler over [address, address + size) so the page stays
  // iterable. Clears recorded slots in the range for old pages.
  void CreateFillerObjectAt(Address address, int size);
  // Shrinks a FixedArray in place; the freed tail becomes a filler and its
  // slots are cleared.
  void RightTrimFixedArray(FixedArray* array, int new_length);

  // -- Collection ------------------------------------------------------------------
  // Runs `collector` now (a scavenge may be upgraded to a full GC first by
  // the promotion pre-check).
  void CollectGarbage(GarbageCollector collector, GCReason reason);
  // Which old pages the next full GC evacuates (docs/gc.md "Compaction").
  enum class CompactionMode : uint8_t {
    kAuto,      // Sparse pages (live <= kCompactionLiveThreshold), if worth it.
    kNever,     // Mark-sweep only.
    kAllPages,  // Every old-space page (--gc-stress, tests).
  };
  // A full GC (V8: CollectAllGarbage).
  void CollectAllGarbage(GCReason reason,
                         CompactionMode mode = CompactionMode::kAuto) {
    compaction_mode_ = mode;
    CollectGarbage(GarbageCollector::kMarkCompactor, reason);
    compaction_mode_ = CompactionMode::kAuto;
  }
  CompactionMode compaction_mode() const { return compaction_mode_; }
  // --expose-gc / %CollectGarbage: a full GC.
  void PreciseCollectAllGarbage() { CollectAllGarbage(GCReason::kTesting); }

  // -- Queries ------------------------------------------------------------------------
  static bool InYoungGeneration(const HeapObject* object) {
    return MemoryChunk::FromHeapObject(object)->InYoungGeneration();
  }
  static bool InYoungGeneration(Value value) {
    return value.IsHeapObject() && InYoungGeneration(value.heap_object());
  }
  static bool InMetadataSpace(const HeapObject* object) {
    return MemoryChunk::FromHeapObject(object)->IsMetadata();
  }
  static bool InLargeObjectSpace(const HeapObject* object) {
    return MemoryChunk::FromHeapObject(object)->IsLarge();
  }
  // True if `address` is inside a chunk this heap owns (slow; verify/tests).
  bool ContainsChunk(Address address) const;

  // -- Roots --------------------------------------------------------------------------
  // Extension point for roots that live elsewhere (embedder tables, the
  // tracer's pinned values...). Called at every GC.
  using ExternalRootsCallback = void (*)(RootVisitor* visitor, void* data);
  void AddExternalRootsCallback(ExternalRootsCallback callback, void* data);
  void RemoveExternalRootsCallback(ExternalRootsCallback callback, void* data);
  // Called at the start of every collection, before anything moves or
  // dies (the IC's megamorphic stub cache, which holds raw shape, name and
  // handler words, is cleared here).
  using GCPrologueCallback = void (*)(Isolate* isolate, void* data);
  void AddGCPrologueCallback(GCPrologueCallback callback, void* data) {
    gc_prologue_callbacks_.push_back({callback, data});
  }
  // Visits every root: roots table, handle scopes, global handles (strong;
  // weak ones too if include_weak), the JS stack, the pending exception,
  // external callbacks. (Not the old -> young slots.)
  void IterateRoots(RootVisitor* visitor, bool include_weak_globals);

  // -- Iteration --------------------------------------------------------------------
  // Calls f(HeapObject*) for every cell in every space, fillers included
  // (use IsFreeSpaceOrFiller to skip them). Makes the heap iterable first.
  // No allocation may happen inside f.
  void ForEachObject(const std::function<void(HeapObject*)>& f);
  // Calls f(MemoryChunk*, Address limit) for every chunk in use; cells of
  // a chunk are in [area_start, limit).
  void ForEachChunk(const std::function<void(MemoryChunk*, Address)>& f);
  // The same for old, metadata and large chunks only.
  void ForEachOldChunk(const std::function<void(MemoryChunk*, Address)>& f);
  // The same for one chunk.
  template <typename F>
  static void ForEachObjectInChunk(MemoryChunk* chunk, Address limit, F f);
  // Writes fillers over the unused linear allocation areas so every page can
  // be walked cell by cell.
  void MakeHeapIterable();

  // -- Verification (--verify-heap) ------------------------------------------------
  // Walks every page cell by cell and checks every Value field and root
  // points to a valid cell start with a valid shape. With check_slot_sets,
  // also that every old -> young pointer is in its page's slot set (true
  // before a GC; a missing barrier fails here). Fatal on the first error.
  void Verify(const char* when, bool check_slot_sets);

  // -- Statistics -----------------------------------------------------------------
  struct Stats {
    int scavenges = 0;
    int full_gcs = 0;
    size_t promoted_bytes = 0;        // Promoted on the second survival.
    size_t promoted_early_bytes = 0;  // Promoted because to-space was full.
    size_t survived_bytes = 0;        // Copied within the young generation.
    int compactions = 0;              // Full GCs that evacuated pages.
    int evacuated_pages = 0;
    size_t moved_bytes = 0;           // Copied out of evacuation candidates.
    size_t freed_bytes = 0;           // Released by full GCs.
    int new_space_grown = 0;          // Semispace doublings.
  };
  const Stats& stats() const { return stats_; }
  int gc_count() const { return stats_.scavenges + stats_.full_gcs; }
  size_t SizeOfObjects() const;   // Bytes in cells, all spaces.
  size_t CommittedMemory() const; // Bytes of pages, all spaces.
  size_t OldGenerationSize() const;       // Old + metadata + large, cells.
  size_t OldGenerationCommitted() const;  // Old + metadata + large, pages.
  size_t YoungGenerationSize() const;     // Bytes allocated in to-space.
  size_t max_old_generation_size() const { return max_old_generation_size_; }

  NewSpace* new_space() const { return new_space_.get(); }
  PagedSpace* old_space() const { return old_space_.get(); }
  PagedSpace* metadata_space() const { return metadata_space_.get(); }
  LargeObjectSpace* lo_space() const { return lo_space_.get(); }
  PageAllocator* page_allocator() { return &page_allocator_; }
  GCTracer* tracer() const { return tracer_.get(); }

  // Heap exhaustion: prints the last GC lines, the per-space sizes and
  // node's "FATAL ERROR: Reached heap limit Allocation failed - JavaScript
  // heap out of memory" to stderr, then _exit(134) (no abort, no core).
  [[noreturn]] void FatalProcessOutOfMemory(const char* location);

  // The same, for a size nobody can allocate (V8's "invalid array length",
  // "invalid table size"...): prints "FATAL ERROR: <what> Allocation failed
  // - JavaScript heap out of memory" and exits with 134. Factories call it
  // for lengths past FixedArray::kMaxLength instead of crashing.
  [[noreturn]] void FatalInvalidSize(const char* what);

  // Per-space sizes, V8's --trace-gc-verbose layout.
  void PrintSpaceSizes(FILE* out) const;

  // -- Heap statistics (v8.getHeapStatistics / getHeapSpaceStatistics /
  //    process.memoryUsage, --stats) ------------------------------------------
  struct SpaceStatistics {
    const char* name = "";     // "New space"
    const char* js_name = "";  // "new_space" (node's space_name)
    size_t size = 0;           // Committed bytes (node: space_size).
    size_t used = 0;           // Bytes in cells (space_used_size).
    size_t available = 0;      // Allocatable without growing (space_available_size).
    size_t committed = 0;      // Same as size; physical_space_size too.
    size_t objects = 0;        // Cells (fillers excluded).
  };
  struct PauseStatistics {
    int count = 0;
    double total_ms = 0;
    double p50_ms = 0;
    double p99_ms = 0;
    double max_ms = 0;
  };
  static constexpr int kStatisticsSpaceCount = 5;  // new, old, metadata, large, code
  struct HeapStatistics {
    SpaceStatistics spaces[kStatisticsSpaceCount];
    size_t total_heap_size = 0;             // Committed, every space.
    size_t total_heap_size_executable = 0;  // Code space committed.
    size_t total_physical_size = 0;
    size_t total_available_size = 0;       // Up to the old-generation limit.
    size_t used_heap_size = 0;
    size_t heap_size_limit = 0;            // Max old + 2 max semispaces.
    size_t malloced_memory = 0;            // Slot sets, handle blocks.
    size_t number_of_native_contexts = 0;
    size_t total_global_handles = 0;
    size_t objects = 0;
    PauseStatistics scavenge;
    PauseStatistics mark_compact;
    size_t promoted_bytes = 0;
    size_t promoted_early_bytes = 0;
    size_t survived_bytes = 0;
    size_t moved_bytes = 0;
    size_t freed_bytes = 0;
    int compactions = 0;
    int evacuated_pages = 0;
  };
  // Walks the heap (object counts), so not free: call it from APIs and
  // reports, not per allocation.
  HeapStatistics GetStatistics();
  // The GC block of --stats: counts, cumulative pauses and p50/p99/max per
  // kind (the Tracer's report calls it).
  void PrintGCStatistics(FILE* out);

  // -- Weak references (gc/weak_refs.h has the cells and their API) ------------
  // Drops the KeepDuringJob set (WeakRef targets created or dereferenced in
  // the current job). The host calls it between jobs (after each macrotask
  // and its microtask checkpoint), as node does.
  void ClearKeptObjects();
  // Called after a GC (allocation allowed; JS must not run inside it) when
  // FinalizationRegistries got cleared cells: the host posts a cleanup task
  // that takes them with WeakRefs::TakeDirtyFinalizationRegistry.
  using FinalizationCleanupCallback = void (*)(Isolate* isolate, void* data);
  void SetFinalizationCleanupCallback(FinalizationCleanupCallback callback, void* data) {
    finalization_cleanup_callback_ = callback;
    finalization_cleanup_data_ = data;
  }
  // Shape death (docs/gc.md "Weak processing"). A full GC that finds dead
  // shapes, before their memory is reused, marks every live Code cell in a
  // dead shape's dependent_code list for deoptimization and then calls
  // `deoptimize_dependent_code` (if set) once per dead shape, and calls
  // `clear_stub_cache` (if set) once: the megamorphic stub cache is keyed
  // by shape and must never hand out a dead one. Both run inside the GC
  // pause: they must not allocate or run JS.
  struct ShapeDeathHooks {
    void (*clear_stub_cache)(Isolate* isolate) = nullptr;
    void (*deoptimize_dependent_code)(Isolate* isolate, ShapeLayout* dead_shape) = nullptr;
  };
  void SetShapeDeathHooks(const ShapeDeathHooks& hooks) { shape_death_hooks_ = hooks; }
  const ShapeDeathHooks& shape_death_hooks() const { return shape_death_hooks_; }

  // -- Code space -------------------------------------------------------------------
  // Machine code owned by Code cells (gc/code_space.h).
  CodeSpace* code_space() const { return code_space_.get(); }

  // True while a collection runs (allocation is then forbidden).
  bool gc_in_progress() const { return gc_in_progress_; }

 private:
  friend class Scavenger;
  friend class MarkCompactCollector;
  friend class HeapVerifier;
  friend class WeakRefs;

  HeapObject* AllocateRawSlow(int size, AllocationType type);
  HeapObject* AllocateInOldGeneration(int size, AllocationType type);
  bool OldGenerationCanGrow(size_t bytes) const;
  void PerformGarbageCollection(GarbageCollector collector, GCReason reason);
  void MaybeStressCollection();
  void IterateExternalRoots(RootVisitor* visitor);
  // V8's new-space growth rule: once the bytes that survived scavenges
  // since the last growth pass the semispace capacity, double it (up to
  // --max-semi-space-size).
  void CheckNewSpaceExpansionCriteria(size_t survived_this_scavenge);
  [[noreturn]] void FatalOutOfMemory(const char* location, const char* what);

  Isolate* isolate_;
  PageAllocator page_allocator_;
  std::unique_ptr<NewSpace> new_space_;
  std::unique_ptr<PagedSpace> old_space_;
  std::unique_ptr<PagedSpace> metadata_space_;
  std::unique_ptr<LargeObjectSpace> lo_space_;
  std::unique_ptr<CodeSpace> code_space_;
  std::unique_ptr<GCTracer> tracer_;

  size_t max_old_generation_size_ = 0;
  // A full GC runs when the old generation grows past this (set after each
  // full GC from the live size).
  size_t old_generation_allocation_limit_ = 0;
  Stats stats_;
  bool gc_in_progress_ = false;
  bool setup_done_ = false;
  // --gc-stress / --gc-interval bookkeeping.
  int allocations_since_gc_ = 0;
  int stress_gc_counter_ = 0;
  CompactionMode compaction_mode_ = CompactionMode::kAuto;
  size_t survived_since_last_expansion_ = 0;

  FinalizationCleanupCallback finalization_cleanup_callback_ = nullptr;
  struct GCPrologueEntry {
    GCPrologueCallback callback;
    void* data;
  };
  std::vector<GCPrologueEntry> gc_prologue_callbacks_;
  void* finalization_cleanup_data_ = nullptr;
  ShapeDeathHooks shape_death_hooks_;

  struct ExternalRoots {
    ExternalRootsCallback callback;
    void* data;
  };
  std::vector<ExternalRoots> external_roots_;
};

template <typename F>
void Heap::ForEachObjectInChunk(MemoryChunk* chunk, Address limit, F f) {
  Address a = chunk->area_start();
  while (a < limit) {
    HeapObject* object = HeapObject::FromAddress(a);
    int size = object->Size();
    f(object);
    a += size;
  }
}

}  // namespace lucid

#endif  // LUCID_GC_HEAP_H_
