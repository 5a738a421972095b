// Copyright 2024 the Lucid authors. MIT license.
// MarkCompactCollector: the full GC. Marks from the roots through every
// space with an explicit stack, clears dead weak references, sweeps the old
// generation and evacuates sparse old-space pages.

#ifndef LUCID_GC_MARK_COMPACT_H_
#define LUCID_GC_MARK_COMPACT_H_

#include <vector>

#include "vm/globals.h"
#include "vm/value.h"

namespace lucid {

class MemoryChunk;

// Phases (one collector object per GC):
//
//   Mark             roots -> mark bits in each chunk's bitmap; an explicit
//                    stack, never recursion (a 1e6-long list must not
//                    overflow the native stack). Young cells are traversed
//                    too (they may be the only path to old cells). Cells
//                    with weak fields (WEAK_BODY_TYPE_LIST) get their strong
//                    fields marked and are recorded; ephemeron entries whose
//                    key is white are retried until a round marks nothing
//                    (the ephemeron fixpoint). Each old page sums its live
//                    bytes.
//   ClearNonLive     weak references to unmarked cells are cleared (string
//                    table, transitions, weak arrays, ephemerons, WeakRefs,
//                    FinalizationRegistry cells -> cleanup queue), weak
//                    globals too; dead shapes run the shape-death hooks and
//                    dead Code cells are noted; dead young cells become
//                    fillers (they stay where they are).
//   Sweep            old pages that are not candidates and metadata pages:
//                    dead runs become FreeSpace on the free lists, slot-set
//                    bits cleared, empty pages released; dead large objects
//                    are unmapped; dead Code cells' machine code is freed.
//   Evacuate         live cells of each evacuation candidate are copied to
//                    other old pages (allocated from the freshly swept free
//                    lists), word 0 of the old copy becomes the forwarding
//                    address; the rest of the old copy stays readable.
//                    Copies re-record their old -> young slots.
//   UpdatePointers   every slot that points into a candidate is redirected:
//                    roots (handles, globals weak and strong, the JS stack,
//                    the roots table...), young cells, old and metadata
//                    pages, large objects.
//   Release          candidate pages go back to the page allocator.
//
// Compaction policy (docs/gc.md): an old-space page is a candidate when its
// live bytes are at most kCompactionLiveThreshold of the page, the
// candidates together free at least one page's worth, and their live bytes
// stay under kMaxEvacuatedBytes per GC. Heap::CompactionMode::kAllPages
// (--gc-stress every 10th collection) makes every old page a candidate.
// The metadata space is never a candidate; large objects never move.
class MarkCompactCollector {
 public:
  // A page at most this full (live / allocatable) is worth evacuating.
  static constexpr double kCompactionLiveThreshold = 0.30;
  // Live bytes moved by one automatic compaction at most.
  static constexpr size_t kMaxEvacuatedBytes = 8 * MB;

  explicit MarkCompactCollector(Heap* heap) : heap_(heap) {}
  void Run();

  // Marks `object` and pushes it if it was white.
  void MarkObject(HeapObject* object);
  // Records a cell with weak fields for ClearNonLiveReferences.
  void RecordWeakHost(HeapObject* host) { weak_hosts_.push_back(host); }
  // An ephemeron table met while marking (its pending entries are retried).
  void RecordEphemeronTable(HeapObject* table) { ephemeron_tables_.push_back(table); }

  size_t marked_bytes() const { return marked_bytes_; }
  size_t freed_bytes() const { return freed_bytes_; }
  size_t moved_bytes() const { return moved_bytes_; }
  int evacuated_pages() const { return static_cast<int>(candidates_.size()); }

 private:
  void MarkRoots();
  void DrainMarkingStack();
  // Marks values of ephemeron entries whose keys are now marked. Returns
  // true if it marked anything.
  bool ProcessEphemerons();
  void ClearNonLiveReferences();
  void ProcessDeadMetadata();
  void ClearDeadYoungCells();
  void SelectEvacuationCandidates();
  void Sweep();
  void Evacuate();
  void EvacuatePage(MemoryChunk* page);
  void UpdatePointers();
  void ReleaseEvacuatedPages();

  Heap* heap_;
  std::vector<HeapObject*> marking_stack_;
  std::vector<HeapObject*> weak_hosts_;
  std::vector<HeapObject*> ephemeron_tables_;
  std::vector<MemoryChunk*> candidates_;
  std::vector<Address> dead_code_;
  size_t marked_bytes_ = 0;
  size_t freed_bytes_ = 0;
  size_t moved_bytes_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_MARK_COMPACT_H_
