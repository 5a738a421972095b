// Copyright 2024 the Lucid authors. MIT license.
// Heap: set-up, allocation, the collection driver, roots and statistics.

#include "gc/heap.h"

#include <unistd.h>

#include <cstring>

#include "gc/code_space.h"
#include "gc/gc_tracer.h"
#include "gc/handles.h"
#include "gc/mark_compact.h"
#include "gc/new_space.h"
#include "gc/scavenger.h"
#include "gc/spaces.h"
#include "gc/weak_refs.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"
#include "vm/objects/fixed_array.h"

namespace lucid {

namespace {
// The first full GC runs when the old generation reaches this (or the
// maximum, if smaller); afterwards the limit follows the live size.
constexpr size_t kInitialOldGenerationLimit = 16 * MB;
// A --gc-stress collection is a full GC every this many collections.
constexpr int kStressFullGCInterval = 10;
}  // namespace

Heap::Heap(Isolate* isolate) : isolate_(isolate) {}

Heap::~Heap() = default;

// -- Set-up ----------------------------------------------------------------------

void Heap::SetUp() {
  const Flags& flags = isolate_->flags();
  max_old_generation_size_ = static_cast<size_t>(flags.max_old_space_size) * MB;
  old_generation_allocation_limit_ =
      std::min(max_old_generation_size_, kInitialOldGenerationLimit);
  size_t semi_min = static_cast<size_t>(flags.min_semi_space_size) * MB;
  size_t semi_max = static_cast<size_t>(flags.max_semi_space_size) * MB;
  bool stress = flags.gc_stress || flags.gc_interval > 0;
  new_space_ = std::make_unique<NewSpace>(this, isolate_->isolate_data(),
                                          semi_min, semi_max, stress);
  old_space_ = std::make_unique<PagedSpace>(this, SpaceId::kOld, MemoryChunk::kOld);
  metadata_space_ = std::make_unique<PagedSpace>(
      this, SpaceId::kMetadata, MemoryChunk::kOld | MemoryChunk::kMetadata);
  lo_space_ = std::make_unique<LargeObjectSpace>(this);
  code_space_ = std::make_unique<CodeSpace>(this);
  tracer_ = std::make_unique<GCTracer>(this);
}

// The meta shape is its own shape, so it is carved by hand; everything after
// it goes through AllocateShape / Allocate. No GC can run before setup_done_.
void Heap::CreateInitialObjects() {
  Roots roots = isolate_->roots();
  Address meta_address = metadata_space_->Allocate(ShapeLayout::kSize, true);
  ShapeLayout* meta = static_cast<ShapeLayout*>(HeapObject::FromAddress(meta_address));
  meta->set_shape(meta);
  meta->Initialize(InstanceType::kShape, ShapeLayout::kSize, ShapeLayout::kRawTailWords);
  roots.set(RootIndex::kShapeShape, meta->ToValue());

  auto make_shape = [&](InstanceType type, int size) {
    roots.set(static_cast<RootIndex>(type), AllocateShape(type, size)->ToValue());
  };
  make_shape(InstanceType::kFreeSpace, 2 * kTaggedSize);
  make_shape(InstanceType::kFiller, kTaggedSize);
  make_shape(InstanceType::kFixedArray, FixedArray::kHeaderSize);
  make_shape(InstanceType::kFixedDoubleArray, FixedArray::kHeaderSize);
  make_shape(InstanceType::kByteArray, FixedArray::kHeaderSize);
  // The GC's own cell types (gc/weak_refs.h, gc/code_space.h).
  make_shape(InstanceType::kWeakFixedArray, FixedArray::kHeaderSize);
  make_shape(InstanceType::kEphemeronHashTable, FixedArray::kHeaderSize);
  make_shape(InstanceType::kWeakCell, WeakCell::kSize);
  roots.set(RootIndex::kCodeShape,
            AllocateShape(InstanceType::kCode, Code::kSize, Code::kRawTailWords)->ToValue());

  HeapObject* empty = Allocate(roots.shape_layout_at(RootIndex::kFixedArrayShape),
                               FixedArray::SizeFor(0), AllocationType::kMetadata, 0);
  roots.set(RootIndex::kEmptyFixedArray, empty->ToValue());
  HeapObject* empty_bytes = Allocate(roots.shape_layout_at(RootIndex::kByteArrayShape),
                                     ByteArray::SizeFor(0), AllocationType::kMetadata, 0);
  roots.set(RootIndex::kEmptyByteArray, empty_bytes->ToValue());
  setup_done_ = true;
}

// -- Allocation ----------------------------------------------------------------------

HeapObject* Heap::AllocateRaw(int size, AllocationType type) {
  DCHECK(size >= kTaggedSize && size % kObjectAlignment == 0);
  DCHECK_MSG(DisallowGC::IsAllowed(), "allocation inside a DisallowGC scope");
  CHECK_MSG(!gc_in_progress_, "allocation during a garbage collection");
  if (LUCID_UNLIKELY(setup_done_ && (isolate_->flags().gc_stress ||
                                     isolate_->flags().gc_interval > 0))) {
    MaybeStressCollection();
  }
  if (type == AllocationType::kYoung && size <= kMaxRegularObjectSize) {
    Address result = new_space_->Allocate(size);
    if (LUCID_LIKELY(result != 0)) return HeapObject::FromAddress(result);
  }
  return AllocateRawSlow(size, type);
}

HeapObject* Heap::AllocateRawSlow(int size, AllocationType type) {
  if (type != AllocationType::kYoung || size > kMaxRegularObjectSize) {
    return AllocateInOldGeneration(size, type);
  }
  // To-space is full. One scavenge empties it of everything but first-time
  // survivors; a second promotes those too, so it then has room for any
  // regular cell.
  for (int attempt = 0; attempt < 2; attempt++) {
    CollectGarbage(GarbageCollector::kScavenger, GCReason::kAllocationFailure);
    Address result = new_space_->Allocate(size);
    if (result != 0) return HeapObject::FromAddress(result);
  }
  FatalProcessOutOfMemory("young generation allocation");
}

// Limits count bytes in cells, not committed pages (as V8 does): free-list
// fragments are reusable, so a fragmented page must not look "full".
bool Heap::OldGenerationCanGrow(size_t bytes) const {
  return OldGenerationSize() + bytes <= max_old_generation_size_;
}

HeapObject* Heap::AllocateInOldGeneration(int size, AllocationType type) {
  bool large = size > kMaxRegularObjectSize;
  size_t growth = static_cast<size_t>(size);
  PagedSpace* space =
      type == AllocationType::kMetadata ? metadata_space_.get() : old_space_.get();
  auto try_allocate = [&](bool may_expand) -> Address {
    if (large) return may_expand ? lo_space_->Allocate(size) : 0;
    return space->Allocate(size, may_expand);
  };
  Address result = try_allocate(false);
  if (result != 0) return HeapObject::FromAddress(result);
  // Growing: first past the soft limit (a full GC reclaims and moves the
  // limit), then past the hard maximum (a last-resort full GC, then OOM).
  if (setup_done_ && OldGenerationSize() + size > old_generation_allocation_limit_) {
    CollectGarbage(GarbageCollector::kMarkCompactor, GCReason::kOldSpaceLimit);
    result = try_allocate(false);
    if (result != 0) return HeapObject::FromAddress(result);
  }
  if (!OldGenerationCanGrow(growth) && setup_done_) {
    CollectGarbage(GarbageCollector::kMarkCompactor, GCReason::kLastResort);
    result = try_allocate(false);
    if (result != 0) return HeapObject::FromAddress(result);
    if (!OldGenerationCanGrow(growth)) FatalProcessOutOfMemory("old generation allocation");
  }
  result = try_allocate(true);
  if (result == 0) FatalProcessOutOfMemory("old generation allocation");
  return HeapObject::FromAddress(result);
}

HeapObject* Heap::Allocate(const ShapeLayout* shape, int size, AllocationType type,
                           int length) {
  HeapObject* object = AllocateRaw(size, type);
  object->set_shape(shape);
  Address base = object->address();
  auto fill_undefined = [base](int from, int to) {
    uint64_t undefined = Value::kUndefinedBits;
    for (int offset = from; offset < to; offset += kTaggedSize) {
      std::memcpy(reinterpret_cast<void*>(base + offset), &undefined, kTaggedSize);
    }
  };
  auto fill_zero = [base](int from, int to) {
    if (to > from) std::memset(reinterpret_cast<void*>(base + from), 0, to - from);
  };
  auto write_length = [object, length]() {
    *object->RawSlot(FixedArrayBase::kLengthOffset) = Value::FromInt32(length);
  };
  switch (BodyKindOf(shape->instance_type())) {
    case BodyKind::kFreeSpace:
      *object->RawSlot(kTaggedSize) = Value::FromInt32(size);
      break;
    case BodyKind::kFixed: {
      int tagged_end = size - shape->raw_tail_words() * kTaggedSize;
      fill_undefined(kTaggedSize, tagged_end);
      fill_zero(tagged_end, size);
      break;
    }
    case BodyKind::kTaggedArray:
      write_length();
      fill_undefined(2 * kTaggedSize, size);
      break;
    case BodyKind::kByteArray:
    case BodyKind::kTwoByteArray:
    case BodyKind::kDoubleArray:
      write_length();
      fill_undefined(2 * kTaggedSize, shape->instance_size());
      fill_zero(shape->instance_size(), size);
      break;
  }
  DCHECK_EQ(object->Size(), size);
  return object;
}

FixedArray* Heap::AllocateFixedArray(int length, AllocationType type) {
  CHECK(length >= 0);
  if (length > FixedArray::kMaxLength) FatalInvalidSize("invalid array length");
  Roots roots = isolate_->roots();
  if (length == 0) return roots.empty_fixed_array();
  HeapObject* object = Allocate(roots.shape_layout_at(RootIndex::kFixedArrayShape),
                                FixedArray::SizeFor(length), type, length);
  return static_cast<FixedArray*>(object);
}

ByteArray* Heap::AllocateByteArray(int length, AllocationType type) {
  CHECK(length >= 0);
  if (length > FixedArray::kMaxLength) FatalInvalidSize("invalid array length");
  Roots roots = isolate_->roots();
  if (length == 0) return roots.empty_byte_array();
  HeapObject* object = Allocate(roots.shape_layout_at(RootIndex::kByteArrayShape),
                                ByteArray::SizeFor(length), type, length);
  return static_cast<ByteArray*>(object);
}

ShapeLayout* Heap::AllocateShape(InstanceType type, int instance_size,
                                 int raw_tail_words) {
  HeapObject* object = AllocateRaw(ShapeLayout::kSize, AllocationType::kMetadata);
  ShapeLayout* shape = static_cast<ShapeLayout*>(object);
  shape->set_shape(isolate_->roots().shape_layout_at(RootIndex::kMetaShape));
  shape->Initialize(type, instance_size, raw_tail_words);
  CHECK_MSG(BodyDescriptors::IsValidShape(shape), "invalid shape for %s (size %d)",
            InstanceTypeName(type), instance_size);
  return shape;
}

// -- Fillers and trimming -----------------------------------------------------------

void Heap::CreateFillerObjectAt(Address address, int size) {
  if (size <= 0) return;
  DCHECK(size % kTaggedSize == 0);
  HeapObject* filler = HeapObject::FromAddress(address);
  Roots roots = isolate_->roots();
  // Before CreateInitialObjects made the filler shapes, the root is
  // undefined and the shape word becomes 0 (only the bootstrap page's first
  // free block, which is overwritten at once).
  if (size == kTaggedSize) {
    filler->set_raw_field<Address>(0, roots.at(RootIndex::kFillerShape).heap_address());
  } else {
    filler->set_raw_field<Address>(0, roots.at(RootIndex::kFreeSpaceShape).heap_address());
    *filler->RawSlot(FreeSpace::kSizeOffset) = Value::FromInt32(size);
    if (size >= FreeSpace::kMinFreeListEntrySize) {
      filler->set_raw_field<Address>(FreeSpace::kNextOffset, 0);
    }
  }
  MemoryChunk* chunk = MemoryChunk::FromAddress(address);
  if (!chunk->InYoungGeneration()) chunk->RemoveSlotRange(address, address + size);
}

void Heap::RightTrimFixedArray(FixedArray* array, int new_length) {
  int old_length = array->length();
  CHECK(new_length >= 0 && new_length <= old_length);
  if (new_length == old_length) return;
  CHECK(!InLargeObjectSpace(array));  // Large cells keep their size.
  Address new_end = array->address() + FixedArray::SizeFor(new_length);
  int freed = FixedArray::SizeFor(old_length) - FixedArray::SizeFor(new_length);
  array->set_length(new_length);
  CreateFillerObjectAt(new_end, freed);
}

// -- Collection ------------------------------------------------------------------------

void Heap::MaybeStressCollection() {
  const Flags& flags = isolate_->flags();
  allocations_since_gc_++;
  int interval = flags.gc_stress ? 1 : static_cast<int>(flags.gc_interval);
  if (allocations_since_gc_ < interval) return;
  stress_gc_counter_++;
  if (flags.gc_stress && stress_gc_counter_ % kStressFullGCInterval == 0) {
    // Stress compaction: every old page is an evacuation candidate, so
    // every movable old cell moves and every pointer to it is updated.
    CollectAllGarbage(GCReason::kGCStress, CompactionMode::kAllPages);
  } else {
    CollectGarbage(GarbageCollector::kScavenger, GCReason::kGCStress);
  }
}

void Heap::CollectGarbage(GarbageCollector collector, GCReason reason) {
  CHECK_MSG(!gc_in_progress_, "recursive garbage collection");
  DCHECK_MSG(DisallowGC::IsAllowed(), "GC inside a DisallowGC scope");
  int queued_registries = 0;
  if (collector == GarbageCollector::kScavenger) {
    // The pre-check: a scavenge may promote every young cell, so the old
    // generation must be able to take them all.
    auto old_can_take_young = [this]() { return OldGenerationCanGrow(new_space_->Size()); };
    if (!old_can_take_young()) {
      PerformGarbageCollection(GarbageCollector::kMarkCompactor,
                               GCReason::kPromotionPrecheck);
      queued_registries += tracer_->current().queued_registries;
      if (!old_can_take_young()) FatalProcessOutOfMemory("scavenge pre-check");
    }
  }
  PerformGarbageCollection(collector, reason);
  queued_registries += tracer_->current().queued_registries;
  if (collector == GarbageCollector::kScavenger &&
      OldGenerationSize() > old_generation_allocation_limit_) {
    collector = GarbageCollector::kMarkCompactor;
    PerformGarbageCollection(collector, GCReason::kOldSpaceLimit);
    queued_registries += tracer_->current().queued_registries;
  }
  // Still over the maximum after a full GC: the live data does not fit.
  if (collector == GarbageCollector::kMarkCompactor &&
      OldGenerationSize() > max_old_generation_size_) {
    FatalProcessOutOfMemory("full GC");
  }
  isolate_->global_handles()->InvokePendingCallbacks();
  // FinalizationRegistry cleanup is the host's job, as a task: never JS
  // inside (or right after) the GC.
  if (queued_registries > 0 && finalization_cleanup_callback_ != nullptr) {
    finalization_cleanup_callback_(isolate_, finalization_cleanup_data_);
  }
}

void Heap::CheckNewSpaceExpansionCriteria(size_t survived_this_scavenge) {
  survived_since_last_expansion_ += survived_this_scavenge;
  if (new_space_->Capacity() < new_space_->MaximumCapacity() &&
      survived_since_last_expansion_ > new_space_->Capacity()) {
    new_space_->Grow();
    stats_.new_space_grown++;
    survived_since_last_expansion_ = 0;
  }
}

void Heap::PerformGarbageCollection(GarbageCollector collector, GCReason reason) {
  gc_in_progress_ = true;
  allocations_since_gc_ = 0;
  for (const GCPrologueEntry& entry : gc_prologue_callbacks_) entry.callback(isolate_, entry.data);
  bool verify = isolate_->flags().verify_heap;
  MakeHeapIterable();
  if (verify) Verify("before GC", /*check_slot_sets=*/true);
  tracer_->Start(collector, reason);
  if (collector == GarbageCollector::kScavenger) {
    Scavenger scavenger(this);
    scavenger.Run();
    stats_.scavenges++;
    stats_.promoted_bytes += scavenger.promoted_bytes();
    stats_.promoted_early_bytes += scavenger.promoted_early_bytes();
    stats_.survived_bytes += scavenger.survived_bytes();
    CheckNewSpaceExpansionCriteria(scavenger.survived_bytes() + scavenger.promoted_bytes() +
                                   scavenger.promoted_early_bytes());
  } else {
    MarkCompactCollector collector_impl(this);
    collector_impl.Run();
    stats_.full_gcs++;
    stats_.freed_bytes += collector_impl.freed_bytes();
    if (collector_impl.evacuated_pages() > 0) {
      stats_.compactions++;
      stats_.evacuated_pages += collector_impl.evacuated_pages();
      stats_.moved_bytes += collector_impl.moved_bytes();
    }
    size_t live = OldGenerationSize();
    size_t limit = std::max(live * 2, kInitialOldGenerationLimit);
    old_generation_allocation_limit_ = std::min(limit, max_old_generation_size_);
  }
  MakeHeapIterable();
  tracer_->Stop();
  if (verify) Verify("after GC", /*check_slot_sets=*/true);
  gc_in_progress_ = false;
}

// -- Roots --------------------------------------------------------------------------------

void Heap::AddExternalRootsCallback(ExternalRootsCallback callback, void* data) {
  external_roots_.push_back({callback, data});
}

void Heap::RemoveExternalRootsCallback(ExternalRootsCallback callback, void* data) {
  for (size_t i = 0; i < external_roots_.size(); i++) {
    if (external_roots_[i].callback == callback && external_roots_[i].data == data) {
      external_roots_.erase(external_roots_.begin() + i);
      return;
    }
  }
}

void Heap::IterateExternalRoots(RootVisitor* visitor) {
  // Copy: a callback may not add or remove callbacks, but be safe.
  std::vector<ExternalRoots> roots = external_roots_;
  for (const ExternalRoots& root : roots) root.callback(visitor, root.data);
}

void Heap::IterateRoots(RootVisitor* visitor, bool include_weak_globals) {
  IsolateData* data = isolate_->isolate_data();
  visitor->VisitRootPointers(Root::kRootsTable, data->roots, data->roots + kRootCount);

  HandleScopeData* handles = isolate_->handle_scope_data();
  for (size_t i = 0; i < handles->blocks.size(); i++) {
    Value* block = handles->blocks[i];
    Value* end = i + 1 == handles->blocks.size() ? handles->next
                                                 : block + HandleScopeData::kBlockSize;
    visitor->VisitRootPointers(Root::kHandleScope, block, end);
  }

  isolate_->global_handles()->IterateRoots(visitor, include_weak_globals);

  // The JS stack: every slot from js_sp up to the base is a Value or decodes
  // as a double (docs/heap.md), so no frame walking is needed.
  Address sp = isolate_->js_sp();
  Address base = isolate_->js_stack_base();
  if (sp != 0 && sp < base) {
    visitor->VisitRootPointers(Root::kJSStack, reinterpret_cast<Value*>(sp),
                               reinterpret_cast<Value*>(base));
  }

  visitor->VisitRootPointer(Root::kPendingException, &data->pending_exception);
  IterateExternalRoots(visitor);
}

// -- Iteration -------------------------------------------------------------------------------

void Heap::MakeHeapIterable() {
  new_space_->MakeLinearAreaIterable();
  old_space_->MakeLinearAreaIterable();
  metadata_space_->MakeLinearAreaIterable();
}

void Heap::ForEachOldChunk(const std::function<void(MemoryChunk*, Address)>& f) {
  for (PagedSpace* space : {old_space_.get(), metadata_space_.get()}) {
    for (MemoryChunk* page = space->first_page(); page != nullptr;) {
      MemoryChunk* next = page->next();
      f(page, page->area_end());
      page = next;
    }
  }
  for (MemoryChunk* chunk = lo_space_->first_page(); chunk != nullptr;) {
    MemoryChunk* next = chunk->next();
    f(chunk, chunk->area_end());
    chunk = next;
  }
}

void Heap::ForEachChunk(const std::function<void(MemoryChunk*, Address)>& f) {
  const std::vector<MemoryChunk*>& pages = new_space_->to_pages();
  for (int i = 0; i <= new_space_->current_page_index(); i++) {
    f(pages[i], new_space_->PageLimit(i));
  }
  ForEachOldChunk(f);
}

void Heap::ForEachObject(const std::function<void(HeapObject*)>& f) {
  MakeHeapIterable();
  DisallowGC no_gc;
  ForEachChunk([&f](MemoryChunk* chunk, Address limit) {
    ForEachObjectInChunk(chunk, limit, f);
  });
}

bool Heap::ContainsChunk(Address address) const {
  MemoryChunk* target = MemoryChunk::FromAddress(address);
  if (new_space_->Contains(address)) return true;
  for (PagedSpace* space : {old_space_.get(), metadata_space_.get()}) {
    for (MemoryChunk* page = space->first_page(); page != nullptr; page = page->next()) {
      if (page == target) return true;
    }
  }
  for (MemoryChunk* chunk = lo_space_->first_page(); chunk != nullptr;
       chunk = chunk->next()) {
    if (chunk == target) return true;
  }
  return false;
}

// -- Statistics -------------------------------------------------------------------------------

size_t Heap::YoungGenerationSize() const { return new_space_->Size(); }

size_t Heap::OldGenerationSize() const {
  return old_space_->Size() + metadata_space_->Size() + lo_space_->Size();
}

size_t Heap::OldGenerationCommitted() const {
  return old_space_->Committed() + metadata_space_->Committed() + lo_space_->Committed();
}

size_t Heap::SizeOfObjects() const { return YoungGenerationSize() + OldGenerationSize(); }

size_t Heap::CommittedMemory() const {
  return new_space_->Committed() + OldGenerationCommitted();
}

void Heap::PrintSpaceSizes(FILE* out) const {
  auto line = [out](const char* name, size_t used, size_t available, size_t committed) {
    std::fprintf(out, "%-20s used: %6zu KB, available: %6zu KB, committed: %6zu KB\n",
                 name, used / KB, available / KB, committed / KB);
  };
  line("New space,", new_space_->Size(), new_space_->Capacity() - new_space_->Size(),
       new_space_->Committed());
  line("Old space,", old_space_->Size(), old_space_->Available(), old_space_->Committed());
  line("Metadata space,", metadata_space_->Size(), metadata_space_->Available(),
       metadata_space_->Committed());
  line("Large object space,", lo_space_->Size(), 0, lo_space_->Committed());
  line("Code space,", code_space_->Used(), code_space_->Available(), code_space_->Committed());
  size_t all_available = max_old_generation_size_ > OldGenerationSize()
                             ? max_old_generation_size_ - OldGenerationSize()
                             : 0;
  line("All spaces,", SizeOfObjects() + code_space_->Used(), all_available,
       CommittedMemory() + code_space_->Committed());
}

Heap::HeapStatistics Heap::GetStatistics() {
  HeapStatistics st;
  // Object counts need a walk; so does nothing else.
  size_t counts[kStatisticsSpaceCount] = {};
  ForEachObject([&counts, this](HeapObject* object) {
    if (object->IsFreeSpaceOrFiller()) return;
    MemoryChunk* chunk = MemoryChunk::FromHeapObject(object);
    int index = chunk->InYoungGeneration() ? 0
                : chunk->IsLarge()         ? 3
                : chunk->IsMetadata()      ? 2
                                           : 1;
    counts[index]++;
    (void)this;
  });
  auto fill = [&st, &counts](int i, const char* name, const char* js_name, size_t used,
                             size_t available, size_t committed) {
    SpaceStatistics& space = st.spaces[i];
    space.name = name;
    space.js_name = js_name;
    space.size = committed;
    space.used = used;
    space.available = available;
    space.committed = committed;
    space.objects = counts[i];
  };
  fill(0, "New space", "new_space", new_space_->Size(),
       new_space_->Capacity() - new_space_->Size(), new_space_->Committed());
  fill(1, "Old space", "old_space", old_space_->Size(), old_space_->Available(),
       old_space_->Committed());
  fill(2, "Metadata space", "metadata_space", metadata_space_->Size(), metadata_space_->Available(),
       metadata_space_->Committed());
  fill(3, "Large object space", "large_object_space", lo_space_->Size(), 0,
       lo_space_->Committed());
  fill(4, "Code space", "code_space", code_space_->Used(), code_space_->Available(),
       code_space_->Committed());
  st.spaces[4].objects = static_cast<size_t>(code_space_->code_count());
  for (const SpaceStatistics& space : st.spaces) {
    st.total_heap_size += space.committed;
    st.used_heap_size += space.used;
    st.objects += space.objects;
  }
  st.total_physical_size = st.total_heap_size;
  st.total_heap_size_executable = code_space_->Committed();
  st.heap_size_limit = max_old_generation_size_ + 2 * new_space_->MaximumCapacity();
  size_t old_size = OldGenerationSize();
  st.total_available_size =
      (max_old_generation_size_ > old_size ? max_old_generation_size_ - old_size : 0) +
      (new_space_->Capacity() - new_space_->Size());
  size_t slot_sets = 0;
  ForEachOldChunk([&slot_sets](MemoryChunk* chunk, Address) {
    if (chunk->HasSlotSet()) slot_sets += ((chunk->size() >> kTaggedSizeLog2) + 63) / 64 * 8;
  });
  HandleScopeData* handles = isolate_->handle_scope_data();
  st.malloced_memory = slot_sets + (handles->blocks.size() + handles->spare_blocks.size()) *
                                       HandleScopeData::kBlockSize * sizeof(Value);
  st.number_of_native_contexts = isolate_->roots().native_context().IsHeapObject() ? 1 : 0;
  st.total_global_handles = static_cast<size_t>(isolate_->global_handles()->NumberOfGlobals());
  auto pauses = [](const GCTracer::PauseHistory& history) {
    PauseStatistics p;
    p.count = history.count();
    p.total_ms = history.total_ms();
    p.p50_ms = history.Percentile(0.50);
    p.p99_ms = history.Percentile(0.99);
    p.max_ms = history.max_ms();
    return p;
  };
  st.scavenge = pauses(tracer_->scavenge_pauses());
  st.mark_compact = pauses(tracer_->mark_compact_pauses());
  st.promoted_bytes = stats_.promoted_bytes;
  st.promoted_early_bytes = stats_.promoted_early_bytes;
  st.survived_bytes = stats_.survived_bytes;
  st.moved_bytes = stats_.moved_bytes;
  st.freed_bytes = stats_.freed_bytes;
  st.compactions = stats_.compactions;
  st.evacuated_pages = stats_.evacuated_pages;
  return st;
}

void Heap::PrintGCStatistics(FILE* out) {
  bool predictable = isolate_->flags().predictable;
  HeapStatistics st = GetStatistics();
  auto kind = [out, predictable](const char* name, const PauseStatistics& p) {
    auto ms = [predictable](double v) { return predictable ? 0.0 : v; };
    std::fprintf(out,
                 "  %-13s count %6d  total %9.3f ms  p50 %7.3f  p99 %7.3f  max %7.3f ms\n",
                 name, p.count, ms(p.total_ms), ms(p.p50_ms), ms(p.p99_ms), ms(p.max_ms));
  };
  std::fprintf(out, "[stats] gc pauses\n");
  kind("scavenge", st.scavenge);
  kind("mark-compact", st.mark_compact);
  std::fprintf(out,
               "  promoted %zu KB (early %zu KB), survived %zu KB, compactions %d "
               "(%d pages, moved %zu KB), freed %zu KB\n",
               st.promoted_bytes / KB, st.promoted_early_bytes / KB, st.survived_bytes / KB,
               st.compactions, st.evacuated_pages, st.moved_bytes / KB, st.freed_bytes / KB);
  std::fprintf(out, "[stats] heap spaces\n");
  for (const SpaceStatistics& space : st.spaces) {
    std::fprintf(out, "  %-19s used %8zu KB  available %8zu KB  committed %8zu KB  objects %8zu\n",
                 space.name, space.used / KB, space.available / KB, space.committed / KB,
                 space.objects);
  }
}

void Heap::FatalProcessOutOfMemory(const char* location) {
  FatalOutOfMemory(location, "Reached heap limit");
}

void Heap::FatalInvalidSize(const char* what) { FatalOutOfMemory(what, what); }

// node prints "FATAL ERROR: <what> Allocation failed - JavaScript heap out
// of memory" for both a full heap and a size no heap can hold.
void Heap::FatalOutOfMemory(const char* location, const char* what) {
  std::fflush(stdout);
  std::fprintf(stderr, "\n<--- Last few GCs --->\n\n");
  tracer_->PrintLastGCs(stderr);
  std::fprintf(stderr, "\n<--- Heap spaces (%s) --->\n\n", location);
  PrintSpaceSizes(stderr);
  std::fprintf(stderr,
               "\nFATAL ERROR: %s Allocation failed - JavaScript heap out of memory\n",
               what);
  std::fflush(stderr);
  _exit(134);
}

}  // namespace lucid
