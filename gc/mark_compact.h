// Copyright 2024 the Lucid authors. MIT license.
// MarkCompactCollector: the full GC. Marks from the roots through every
// space with an explicit stack, then sweeps the old generation.

#ifndef LUCID_GC_MARK_COMPACT_H_
#define LUCID_GC_MARK_COMPACT_H_

#include <vector>

#include "vm/globals.h"
#include "vm/value.h"

namespace lucid {

// Phases (one collector object per GC):
//
//   Mark             roots -> mark bits in each chunk's bitmap; an explicit
//                    stack, never recursion (a 1e6-long list must not
//                    overflow the native stack). Young cells are traversed
//                    too (they may be the only path to old cells).
//   ClearNonLive     weak globals to unmarked cells are cleared; dead young
//                    cells become fillers so every page stays well-formed
//                    (nothing may point at them: their referrers are dead).
//   Evacuate         (later issue) copy live cells off evacuation-candidate
//                    pages and update pointers; old copies stay readable
//                    until then. Metadata pages are never candidates.
//   Sweep            old and metadata pages: dead runs become FreeSpace on
//                    the free lists, their slot-set bits cleared, empty
//                    pages released; dead large objects are unmapped.
class MarkCompactCollector {
 public:
  explicit MarkCompactCollector(Heap* heap) : heap_(heap) {}
  void Run();

  // Marks `object` and pushes it if it was white.
  void MarkObject(HeapObject* object);
  size_t marked_bytes() const { return marked_bytes_; }
  size_t freed_bytes() const { return freed_bytes_; }

 private:
  void MarkRoots();
  void DrainMarkingStack();
  void ClearNonLiveReferences();
  void Sweep();

  Heap* heap_;
  std::vector<HeapObject*> marking_stack_;
  size_t marked_bytes_ = 0;
  size_t freed_bytes_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_MARK_COMPACT_H_
