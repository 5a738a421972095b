// Copyright 2024 the Lucid authors. MIT license.
// Scavenger: Cheney copying collection of the young generation with
// age-mark promotion.

#ifndef LUCID_GC_SCAVENGER_H_
#define LUCID_GC_SCAVENGER_H_

#include <vector>

#include "vm/globals.h"
#include "vm/value.h"

namespace lucid {

class NewSpace;

// One scavenge (a new Scavenger per collection):
//
//  1. Flip: to-space becomes from-space; allocation restarts in the empty
//     to-space.
//  2. Roots (Heap::IterateRoots) and the old -> young slot sets: every slot
//     pointing into from-space is evacuated (copied to to-space, or promoted
//     to old space if below the age mark or if to-space is full) and updated;
//     word 0 of the old copy becomes the forwarding address.
//  3. Cheney loop: scan to-space from its start and the list of promoted
//     cells until both are exhausted; promoted cells re-record their slots
//     that still point young.
//  4. Weak globals to dead cells are cleared; the age mark is set at top;
//     from-space is zapped (debug / --verify-heap).
//
// The heap's pre-check guarantees the old generation can take every young
// cell, so promotion never fails midway.
class Scavenger {
 public:
  explicit Scavenger(Heap* heap);
  void Run();

  size_t survived_bytes() const { return survived_; }
  size_t promoted_bytes() const { return promoted_; }
  size_t promoted_early_bytes() const { return promoted_early_; }

  // Updates *slot if it points into from-space. Returns true if the slot
  // then points to a young cell (the caller may need to record it).
  bool ScavengeSlot(Value* slot);

 private:
  HeapObject* Evacuate(HeapObject* object);
  bool ProcessToSpace();
  bool ProcessPromoted();

  Heap* heap_;
  NewSpace* new_space_;
  std::vector<HeapObject*> promoted_list_;
  int scan_page_ = 0;
  Address scan_ = 0;
  size_t survived_ = 0;
  size_t promoted_ = 0;
  size_t promoted_early_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_SCAVENGER_H_
