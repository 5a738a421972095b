// Copyright 2024 the Lucid authors. MIT license.
// The full GC: marking and sweeping.

#include "gc/mark_compact.h"

#include "gc/gc_tracer.h"
#include "gc/heap.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"

namespace lucid {

namespace {

class MarkingVisitor final : public ObjectVisitor, public RootVisitor {
 public:
  explicit MarkingVisitor(MarkCompactCollector* collector) : collector_(collector) {}
  void VisitPointers(HeapObject*, Value* start, Value* end) override {
    Visit(start, end);
  }
  void VisitRootPointers(Root, Value* start, Value* end) override {
    Visit(start, end);
  }

 private:
  void Visit(Value* start, Value* end) {
    for (Value* slot = start; slot < end; slot++) {
      if (slot->IsHeapObject()) collector_->MarkObject(slot->heap_object());
    }
  }
  MarkCompactCollector* collector_;
};

}  // namespace

void MarkCompactCollector::MarkObject(HeapObject* object) {
  MemoryChunk* chunk = MemoryChunk::FromHeapObject(object);
  if (chunk->SetMarked(object->address())) marking_stack_.push_back(object);
}

void MarkCompactCollector::MarkRoots() {
  MarkingVisitor visitor(this);
  heap_->IterateRoots(&visitor, /*include_weak_globals=*/false);
}

void MarkCompactCollector::DrainMarkingStack() {
  MarkingVisitor visitor(this);
  while (!marking_stack_.empty()) {
    HeapObject* object = marking_stack_.back();
    marking_stack_.pop_back();
    ShapeLayout* shape = object->shape_layout();
    // Word 0 is not a Value, so the body visit skips it: the shape is marked
    // here (shapes are reachable only through their instances and roots).
    MarkObject(shape);
    int size = BodyDescriptors::SizeOf(shape, object);
    marked_bytes_ += size;
    BodyDescriptors::IterateBody(shape, object, size, &visitor);
  }
}

void MarkCompactCollector::ClearNonLiveReferences() {
  heap_->isolate()->global_handles()->ProcessWeak([](Value* slot) {
    HeapObject* object = slot->heap_object();
    return !MemoryChunk::FromHeapObject(object)->IsMarked(object->address());
  });
  // Young cells stay in place (the next scavenge moves the live ones); dead
  // ones become fillers and all young mark bits are cleared.
  NewSpace* new_space = heap_->new_space();
  const std::vector<MemoryChunk*>& pages = new_space->to_pages();
  for (int i = 0; i <= new_space->current_page_index(); i++) {
    MemoryChunk* page = pages[i];
    Address a = page->area_start();
    Address limit = new_space->PageLimit(i);
    while (a < limit) {
      HeapObject* object = HeapObject::FromAddress(a);
      int size = object->Size();
      if (!page->IsMarked(a) && !object->IsFreeSpaceOrFiller()) {
        heap_->CreateFillerObjectAt(a, size);
      }
      a += size;
    }
    page->ClearMarkBitmap();
  }
}

void MarkCompactCollector::Sweep() {
  freed_bytes_ += heap_->old_space()->Sweep();
  freed_bytes_ += heap_->metadata_space()->Sweep();
  freed_bytes_ += heap_->lo_space()->FreeDeadObjects();
}

void MarkCompactCollector::Run() {
  GCTracer* tracer = heap_->tracer();
  GCTracer::Event& event = tracer->current();
  double t0 = tracer->NowMs();
  MarkRoots();
  double t1 = tracer->NowMs();
  DrainMarkingStack();
  ClearNonLiveReferences();
  double t2 = tracer->NowMs();
  Sweep();
  double t3 = tracer->NowMs();
  event.roots_ms = t1 - t0;
  event.main_ms = t2 - t0;
  event.sweep_ms = t3 - t2;
  event.marked = marked_bytes_;
  event.freed = freed_bytes_;
}

}  // namespace lucid
