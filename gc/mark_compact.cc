// Copyright 2024 the Lucid authors. MIT license.
// The full GC: marking (with weak fields and the ephemeron fixpoint),
// clearing dead weak references, sweeping and compaction.

#include "gc/mark_compact.h"

#include <algorithm>
#include <cstring>

#include "gc/code_space.h"
#include "gc/gc_tracer.h"
#include "gc/heap.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "gc/weak_refs.h"
#include "vm/objects/feedback_vector.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"

namespace lucid {

namespace {

bool IsMarked(const HeapObject* object) {
  return MemoryChunk::FromHeapObject(object)->IsMarked(object->address());
}

class MarkingVisitor final : public ObjectVisitor, public RootVisitor {
 public:
  explicit MarkingVisitor(MarkCompactCollector* collector) : collector_(collector) {}
  void VisitPointers(HeapObject*, Value* start, Value* end) override { Visit(start, end); }
  void VisitRootPointers(Root, Value* start, Value* end) override { Visit(start, end); }

  // The strong fields of a cell whose type has weak fields
  // (WEAK_BODY_TYPE_LIST); the cell is recorded so ClearNonLiveReferences
  // can clear the weak ones that died.
  void VisitWeakBody(ShapeLayout* shape, HeapObject* object, int size) {
    auto slot = [object](int offset) { return object->RawSlot(offset); };
    switch (shape->instance_type()) {
      case InstanceType::kTransitionArray: {
        // [0] count, then (key, info, target) triples: keys strong, targets weak.
        auto* array = static_cast<FixedArray*>(object);
        int length = array->length();
        for (int i = 1; i < length; i += 3) {
          Visit(slot(FixedArray::OffsetOfElementAt(i)), slot(FixedArray::OffsetOfElementAt(i)) + 1);
        }
        break;
      }
      case InstanceType::kStringTable:
      case InstanceType::kWeakFixedArray:
        // Counts are int32s; every entry is weak.
        break;
      case InstanceType::kEphemeronHashTable:
        VisitEphemerons(static_cast<EphemeronHashTable*>(object));
        collector_->RecordEphemeronTable(object);
        break;
      case InstanceType::kWeakCell:
        Visit(slot(WeakCell::kHoldingsOffset), slot(WeakCell::kHoldingsOffset) + 1);
        Visit(slot(WeakCell::kRegistryOffset), slot(WeakCell::kSize));
        break;
      case InstanceType::kFeedbackVector:
      case InstanceType::kFeedbackArray: {
        // Feedback holds shapes and closures weakly; the rest is strong.
        auto* array = static_cast<FixedArray*>(object);
        int length = array->length();
        for (int i = 0; i < length; i++) {
          Value* element = slot(FixedArray::OffsetOfElementAt(i));
          if (WeakRefs::IsWeakFeedbackTarget(*element)) continue;
          Visit(element, element + 1);
        }
        break;
      }
      case InstanceType::kDataHandler: {
        // data (a transition target, a cached method) is weak; the rest strong.
        Visit(slot(8), slot(DataHandler::kDataOffset));
        Value* data = slot(DataHandler::kDataOffset);
        if (!WeakRefs::IsWeakFeedbackTarget(*data)) Visit(data, data + 1);
        Visit(slot(DataHandler::kData2Offset), slot(DataHandler::kSize));
        break;
      }
      case InstanceType::kJSWeakRef: {
        int start = 0, end = 0;
        BodyDescriptors::TaggedRange(shape, object, size, &start, &end);
        Visit(slot(start), slot(JSWeakRef::kTargetOffset));
        Visit(slot(JSWeakRef::kTargetOffset + kTaggedSize), slot(end));
        break;
      }
      default:
        UNREACHABLE();
    }
    collector_->RecordWeakHost(object);
  }

 private:
  void Visit(Value* start, Value* end) {
    for (Value* slot = start; slot < end; slot++) {
      if (slot->IsHeapObject()) collector_->MarkObject(slot->heap_object());
    }
  }
  // A value is marked now if its key already is; the others wait for the
  // fixpoint (MarkCompactCollector::ProcessEphemerons).
  void VisitEphemerons(EphemeronHashTable* table) {
    int capacity = table->Capacity();
    for (int entry = 0; entry < capacity; entry++) {
      Value key = table->KeyAt(entry);
      if (!key.IsHeapObject() || !IsMarked(key.heap_object())) continue;
      Value* value = table->RawSlot(
          FixedArray::OffsetOfElementAt(EphemeronHashTable::KeyIndex(entry) + 1));
      Visit(value, value + 1);
    }
  }

  MarkCompactCollector* collector_;
};

// Redirects slots that point into evacuation candidates to the copies.
class PointerUpdatingVisitor final : public ObjectVisitor, public RootVisitor {
 public:
  void VisitPointers(HeapObject*, Value* start, Value* end) override { Update(start, end); }
  void VisitRootPointers(Root, Value* start, Value* end) override { Update(start, end); }

 private:
  static void Update(Value* start, Value* end) {
    for (Value* slot = start; slot < end; slot++) {
      Value value = *slot;
      if (!value.IsHeapObject()) continue;
      HeapObject* object = value.heap_object();
      if (!MemoryChunk::FromHeapObject(object)->IsEvacuationCandidate()) continue;
      DCHECK(object->IsForwarded());
      *slot = object->ForwardingAddress()->ToValue();
    }
  }
};

// Re-records the old -> young slots of a cell copied off a candidate.
class SlotRecordingVisitor final : public ObjectVisitor {
 public:
  void VisitPointers(HeapObject* host, Value* start, Value* end) override {
    MemoryChunk* chunk = MemoryChunk::FromHeapObject(host);
    for (Value* slot = start; slot < end; slot++) {
      if (Heap::InYoungGeneration(*slot)) chunk->RecordSlot(reinterpret_cast<Address>(slot));
    }
  }
};

}  // namespace

// -- Marking ---------------------------------------------------------------------------

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
    MemoryChunk* chunk = MemoryChunk::FromHeapObject(object);
    if (!chunk->InYoungGeneration() && !chunk->IsLarge()) chunk->IncrementLiveBytes(size);
    if (LUCID_UNLIKELY(HasWeakFields(shape->instance_type()))) {
      visitor.VisitWeakBody(shape, object, size);
    } else {
      BodyDescriptors::IterateBody(shape, object, size, &visitor);
    }
  }
}

bool MarkCompactCollector::ProcessEphemerons() {
  bool marked = false;
  for (HeapObject* cell : ephemeron_tables_) {
    auto* table = static_cast<EphemeronHashTable*>(cell);
    int capacity = table->Capacity();
    for (int entry = 0; entry < capacity; entry++) {
      Value key = table->KeyAt(entry);
      if (!key.IsHeapObject() || !IsMarked(key.heap_object())) continue;
      Value value = table->ValueAt(entry);
      if (value.IsHeapObject() && !IsMarked(value.heap_object())) {
        MarkObject(value.heap_object());
        marked = true;
      }
    }
  }
  return marked;
}

// -- Clearing -----------------------------------------------------------------------------

void MarkCompactCollector::ClearNonLiveReferences() {
  Isolate* isolate = heap_->isolate();
  std::vector<HeapObject*> registries;
  for (HeapObject* host : weak_hosts_) WeakRefs::ClearDeadReferences(heap_, host, &registries);
  if (!registries.empty()) WeakRefs::MoveClearedCells(heap_, registries);
  isolate->global_handles()->ProcessWeak([](Value* slot) {
    return !IsMarked(slot->heap_object());
  });
  ProcessDeadMetadata();
  ClearDeadYoungCells();
}

// Dead shapes run the shape-death hooks now, while their fields are still
// intact; dead Code cells are noted so their machine code is freed after the
// sweep.
void MarkCompactCollector::ProcessDeadMetadata() {
  Isolate* isolate = heap_->isolate();
  const Heap::ShapeDeathHooks& hooks = heap_->shape_death_hooks();
  ShapeLayout* meta = isolate->roots().shape_layout_at(RootIndex::kMetaShape);
  int dead_shapes = 0;
  for (MemoryChunk* page = heap_->metadata_space()->first_page(); page != nullptr;
       page = page->next()) {
    Heap::ForEachObjectInChunk(page, page->area_end(), [&](HeapObject* object) {
      if (page->IsMarked(object->address()) || object->IsFreeSpaceOrFiller()) return;
      if (object->shape_layout() == meta) {
        ShapeLayout* shape = static_cast<ShapeLayout*>(object);
        Value dependent = shape->dependent_code();
        if (lucid::IsWeakFixedArray(dependent) || lucid::IsFixedArray(dependent)) {
          FixedArray* list = FixedArray::cast(dependent);
          for (int i = 0; i < list->length(); i++) {
            Value code = list->get(i);
            if (lucid::IsCode(code) && IsMarked(code.heap_object())) {
              Code::cast(code)->set_marked_for_deoptimization(true);
            }
          }
        }
        if (hooks.deoptimize_dependent_code != nullptr) {
          hooks.deoptimize_dependent_code(isolate, shape);
        }
        dead_shapes++;
      } else if (object->IsCode()) {
        Address start = static_cast<Code*>(object)->instruction_start();
        if (start != 0) dead_code_.push_back(start);
      }
    });
  }
  if (dead_shapes > 0 && hooks.clear_stub_cache != nullptr) hooks.clear_stub_cache(isolate);
  heap_->tracer()->current().dead_shapes = dead_shapes;
}

// Young cells stay in place (the next scavenge moves the live ones); dead
// ones become fillers and all young mark bits are cleared.
void MarkCompactCollector::ClearDeadYoungCells() {
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

// -- Sweeping -----------------------------------------------------------------------------

void MarkCompactCollector::Sweep() {
  freed_bytes_ += heap_->old_space()->Sweep();
  freed_bytes_ += heap_->metadata_space()->Sweep();
  freed_bytes_ += heap_->lo_space()->FreeDeadObjects();
  // The post-sweep hook of the code space: machine code of dead Code cells.
  for (Address start : dead_code_) heap_->code_space()->Release(start);
  heap_->tracer()->current().released_code = static_cast<int>(dead_code_.size());
}

// -- Compaction ---------------------------------------------------------------------------

void MarkCompactCollector::SelectEvacuationCandidates() {
  Heap::CompactionMode mode = heap_->compaction_mode();
  if (mode == Heap::CompactionMode::kNever) return;
  struct Candidate {
    MemoryChunk* page;
    size_t live;
  };
  std::vector<Candidate> sparse;
  const size_t threshold =
      static_cast<size_t>(kCompactionLiveThreshold * MemoryChunk::kAllocatableSize);
  // Cells in the roots table never move (V8 keeps its roots in read-only or
  // immortal immovable space for the same reason): C++ may hold a root's
  // raw Value (a root string or symbol) across an allocation. Their pages
  // are pinned. They are few and allocated first, so they share a page or
  // two.
  std::vector<MemoryChunk*> pinned;
  Value* roots = heap_->isolate()->isolate_data()->roots;
  for (int i = 0; i < kRootCount; i++) {
    if (!roots[i].IsHeapObject()) continue;
    MemoryChunk* chunk = MemoryChunk::FromHeapObject(roots[i].heap_object());
    if (chunk->owner() != static_cast<Space*>(heap_->old_space()) || chunk->IsLarge()) continue;
    if (std::find(pinned.begin(), pinned.end(), chunk) == pinned.end()) pinned.push_back(chunk);
  }
  for (MemoryChunk* page = heap_->old_space()->first_page(); page != nullptr;
       page = page->next()) {
    size_t live = page->live_bytes();
    if (std::find(pinned.begin(), pinned.end(), page) != pinned.end()) continue;
    if (mode == Heap::CompactionMode::kAllPages) {
      candidates_.push_back(page);
    } else if (live > 0 && live <= threshold) {
      // (Empty pages need no evacuation: the sweep releases them.)
      sparse.push_back({page, live});
    }
  }
  if (mode == Heap::CompactionMode::kAuto) {
    // Sparsest first, up to the per-GC budget; worth it only if the copies
    // need at least one page fewer than the candidates occupy.
    std::sort(sparse.begin(), sparse.end(),
              [](const Candidate& a, const Candidate& b) { return a.live < b.live; });
    size_t live_total = 0;
    size_t freed_total = 0;
    std::vector<MemoryChunk*> chosen;
    for (const Candidate& c : sparse) {
      if (live_total + c.live > kMaxEvacuatedBytes) break;
      live_total += c.live;
      freed_total += MemoryChunk::kAllocatableSize - c.live;
      chosen.push_back(c.page);
    }
    if (freed_total >= static_cast<size_t>(MemoryChunk::kAllocatableSize)) candidates_ = chosen;
  }
  for (MemoryChunk* page : candidates_) page->SetFlag(MemoryChunk::kEvacuationCandidate);
}

// Copies the marked cells of `page` (found through the mark bitmap, not by
// walking: dead cells' shapes may already be swept) to other old pages.
void MarkCompactCollector::EvacuatePage(MemoryChunk* page) {
  SlotRecordingVisitor recorder;
  PagedSpace* old_space = heap_->old_space();
  uint64_t* bitmap = page->mark_bitmap();
  constexpr int kWords = MemoryChunk::kMarkBitmapBytes / 8;
  for (int w = 0; w < kWords; w++) {
    uint64_t bits = bitmap[w];
    while (bits != 0) {
      int bit = __builtin_ctzll(bits);
      bits &= bits - 1;
      HeapObject* object =
          HeapObject::FromAddress(page->address() + ((static_cast<Address>(w) * 64 + bit)
                                                     << kTaggedSizeLog2));
      ShapeLayout* shape = object->shape_layout();
      int size = BodyDescriptors::SizeOf(shape, object);
      Address target = old_space->Allocate(size, /*may_expand=*/true);
      CHECK(target != 0 && !MemoryChunk::FromAddress(target)->IsEvacuationCandidate());
      std::memcpy(reinterpret_cast<void*>(target),
                  reinterpret_cast<const void*>(object->address()), size);
      HeapObject* copy = HeapObject::FromAddress(target);
      BodyDescriptors::IterateBody(shape, copy, size, &recorder);
      // The old copy keeps its body (readable) until the page is released.
      object->SetForwardingAddress(copy);
      moved_bytes_ += size;
    }
  }
}

void MarkCompactCollector::Evacuate() {
  for (MemoryChunk* page : candidates_) EvacuatePage(page);
}

void MarkCompactCollector::UpdatePointers() {
  PointerUpdatingVisitor visitor;
  heap_->IterateRoots(&visitor, /*include_weak_globals=*/true);
  heap_->MakeHeapIterable();
  heap_->ForEachChunk([&visitor](MemoryChunk* chunk, Address limit) {
    if (chunk->IsEvacuationCandidate()) return;
    Heap::ForEachObjectInChunk(chunk, limit, [&visitor](HeapObject* object) {
      object->IterateBody(&visitor);
    });
  });
}

void MarkCompactCollector::ReleaseEvacuatedPages() {
  for (MemoryChunk* page : candidates_) heap_->old_space()->ReleaseEvacuatedPage(page);
}

// -- Driver --------------------------------------------------------------------------------

void MarkCompactCollector::Run() {
  GCTracer* tracer = heap_->tracer();
  GCTracer::Event& event = tracer->current();
  for (MemoryChunk* page = heap_->old_space()->first_page(); page != nullptr;
       page = page->next()) {
    page->ResetLiveBytes();
  }
  double t0 = tracer->NowMs();
  MarkRoots();
  double t1 = tracer->NowMs();
  DrainMarkingStack();
  double t_ephemeron = tracer->NowMs();
  while (ProcessEphemerons()) DrainMarkingStack();
  double t2 = tracer->NowMs();
  SelectEvacuationCandidates();
  ClearNonLiveReferences();
  double t3 = tracer->NowMs();
  Sweep();
  double t4 = tracer->NowMs();
  Evacuate();
  double t5 = tracer->NowMs();
  if (!candidates_.empty()) UpdatePointers();
  ReleaseEvacuatedPages();
  double t6 = tracer->NowMs();
  event.roots_ms = t1 - t0;
  event.main_ms = t2 - t0;
  event.ephemeron_ms = t2 - t_ephemeron;
  event.weak_ms = t3 - t2;
  event.sweep_ms = t4 - t3;
  event.evacuate_ms = t5 - t4;
  event.update_pointers_ms = t6 - t5;
  event.marked = marked_bytes_;
  event.freed = freed_bytes_;
  event.moved = moved_bytes_;
  event.compacted_pages = static_cast<int>(candidates_.size());
}

}  // namespace lucid
