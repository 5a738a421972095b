// Copyright 2024 the Lucid authors. MIT license.
// The Cheney scavenger.

#include "gc/scavenger.h"

#include <cstring>

#include "gc/gc_tracer.h"
#include "gc/heap.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"

namespace lucid {

namespace {

class ScavengeRootVisitor final : public RootVisitor {
 public:
  explicit ScavengeRootVisitor(Scavenger* scavenger) : scavenger_(scavenger) {}
  void VisitRootPointers(Root, Value* start, Value* end) override {
    for (Value* slot = start; slot < end; slot++) scavenger_->ScavengeSlot(slot);
  }

 private:
  Scavenger* scavenger_;
};

// Visits the body of a cell: young hosts (copied to to-space) need no
// records; old hosts (promoted) re-record slots that still point young.
class ScavengeBodyVisitor final : public ObjectVisitor {
 public:
  ScavengeBodyVisitor(Scavenger* scavenger, bool record)
      : scavenger_(scavenger), record_(record) {}
  void VisitPointers(HeapObject* host, Value* start, Value* end) override {
    for (Value* slot = start; slot < end; slot++) {
      if (scavenger_->ScavengeSlot(slot) && record_) {
        MemoryChunk::FromHeapObject(host)->RecordSlot(reinterpret_cast<Address>(slot));
      }
    }
  }

 private:
  Scavenger* scavenger_;
  bool record_;
};

}  // namespace

Scavenger::Scavenger(Heap* heap) : heap_(heap), new_space_(heap->new_space()) {}

bool Scavenger::ScavengeSlot(Value* slot) {
  Value value = *slot;
  if (!value.IsHeapObject()) return false;
  HeapObject* object = value.heap_object();
  MemoryChunk* chunk = MemoryChunk::FromHeapObject(object);
  if (!chunk->InYoungGeneration()) return false;
  if (chunk->IsFlagSet(MemoryChunk::kToSpace)) return true;  // Already moved.
  HeapObject* target =
      object->IsForwarded() ? object->ForwardingAddress() : Evacuate(object);
  *slot = target->ToValue();
  return Heap::InYoungGeneration(target);
}

HeapObject* Scavenger::Evacuate(HeapObject* object) {
  ShapeLayout* shape = object->shape_layout();
  int size = BodyDescriptors::SizeOf(shape, object);
  Address target = 0;
  bool promote = new_space_->IsBelowAgeMark(object);
  if (!promote) {
    target = new_space_->AllocateDuringGC(size);
    if (target == 0) {
      promote = true;
      promoted_early_ += size;
    } else {
      survived_ += size;
    }
  } else {
    promoted_ += size;
  }
  if (promote) {
    target = heap_->old_space()->Allocate(size, /*may_expand=*/true);
    CHECK(target != 0);
  }
  std::memcpy(reinterpret_cast<void*>(target),
              reinterpret_cast<const void*>(object->address()), size);
  HeapObject* copy = HeapObject::FromAddress(target);
  object->SetForwardingAddress(copy);
  if (promote) promoted_list_.push_back(copy);
  return copy;
}

bool Scavenger::ProcessToSpace() {
  bool progress = false;
  ScavengeBodyVisitor visitor(this, /*record=*/false);
  const std::vector<MemoryChunk*>& pages = new_space_->to_pages();
  while (true) {
    Address limit = new_space_->PageLimit(scan_page_);
    if (scan_ >= limit) {
      if (scan_page_ >= new_space_->current_page_index()) break;
      scan_page_++;
      scan_ = pages[scan_page_]->area_start();
      continue;
    }
    HeapObject* object = HeapObject::FromAddress(scan_);
    ShapeLayout* shape = object->shape_layout();
    int size = BodyDescriptors::SizeOf(shape, object);
    BodyDescriptors::IterateBody(shape, object, size, &visitor);
    scan_ += size;
    progress = true;
  }
  return progress;
}

bool Scavenger::ProcessPromoted() {
  bool progress = false;
  ScavengeBodyVisitor visitor(this, /*record=*/true);
  while (!promoted_list_.empty()) {
    HeapObject* object = promoted_list_.back();
    promoted_list_.pop_back();
    ShapeLayout* shape = object->shape_layout();
    BodyDescriptors::IterateBody(shape, object, BodyDescriptors::SizeOf(shape, object),
                                 &visitor);
    progress = true;
  }
  return progress;
}

void Scavenger::Run() {
  GCTracer::Event& event = heap_->tracer()->current();
  double t0 = heap_->tracer()->NowMs();
  new_space_->Flip();
  scan_page_ = 0;
  scan_ = new_space_->to_pages()[0]->area_start();

  // Roots.
  ScavengeRootVisitor root_visitor(this);
  heap_->IterateRoots(&root_visitor, /*include_weak_globals=*/false);

  // Old -> young slots: keep the ones that still point young.
  auto scavenge_slots = [this](MemoryChunk* chunk, Address) {
    if (chunk->InYoungGeneration() || !chunk->HasSlotSet()) return;
    chunk->IterateSlots([this](Address slot) {
      return ScavengeSlot(reinterpret_cast<Value*>(slot));
    });
  };
  heap_->ForEachOldChunk(scavenge_slots);
  double t1 = heap_->tracer()->NowMs();

  // Cheney loop.
  while (ProcessToSpace() | ProcessPromoted()) {
  }
  double t2 = heap_->tracer()->NowMs();

  // Weak globals: a young cell that was not copied is dead.
  heap_->isolate()->global_handles()->ProcessWeak([](Value* slot) {
    HeapObject* object = slot->heap_object();
    if (!Heap::InYoungGeneration(object)) return false;
    if (MemoryChunk::FromHeapObject(object)->IsFlagSet(MemoryChunk::kToSpace)) {
      return false;
    }
    if (object->IsForwarded()) {
      *slot = object->ForwardingAddress()->ToValue();
      return false;
    }
    return true;
  });

  new_space_->SetAgeMark();
  if (LUCID_DEBUG || heap_->isolate()->flags().verify_heap) {
    new_space_->ZapFromSpace();
  }
  double t3 = heap_->tracer()->NowMs();
  event.roots_ms = t1 - t0;
  event.main_ms = t2 - t1;
  event.weak_ms = t3 - t2;
  event.survived = survived_;
  event.promoted = promoted_;
  event.promoted_early = promoted_early_;
}

}  // namespace lucid
