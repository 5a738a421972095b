// Copyright 2024 the Lucid authors. MIT license.
// --verify-heap: walks every page cell by cell and checks every pointer.

#include <unordered_set>

#include "gc/handles.h"
#include "gc/heap.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"

namespace lucid {

// NOTE: the verifier keeps sets keyed by address. That is fine here (and
// only here): it runs inside a GC pause and nothing moves while it runs.
class HeapVerifier final : public ObjectVisitor, public RootVisitor {
 public:
  HeapVerifier(Heap* heap, const char* when, bool check_slot_sets)
      : heap_(heap), when_(when), check_slot_sets_(check_slot_sets) {}

  void Run() {
    heap_->ForEachChunk([this](MemoryChunk* chunk, Address) { chunks_.insert(chunk->address()); });
    // Pass 1: every cell start, with a sane shape word and size.
    heap_->ForEachChunk([this](MemoryChunk* chunk, Address limit) {
      Address a = chunk->area_start();
      while (a < limit) {
        HeapObject* object = HeapObject::FromAddress(a);
        CheckShapeWord(object);
        int size = object->Size();
        if (size <= 0 || size % kObjectAlignment != 0 || a + size > limit) {
          Fail("cell at %p (%s) has bad size %d (page limit %p)", reinterpret_cast<void*>(a),
               InstanceTypeName(object->instance_type()), size,
               reinterpret_cast<void*>(limit));
        }
        if (chunk->IsLarge() && a + size != limit) {
          Fail("large chunk %p holds more than one cell", reinterpret_cast<void*>(chunk));
        }
        starts_.insert(a);
        a += size;
      }
    });
    // Pass 2: shapes and fields.
    heap_->ForEachChunk([this](MemoryChunk* chunk, Address limit) {
      Address a = chunk->area_start();
      while (a < limit) {
        HeapObject* object = HeapObject::FromAddress(a);
        CheckShape(object);
        if (chunk->IsMarked(a)) {
          Fail("cell at %p is marked outside a full GC", reinterpret_cast<void*>(a));
        }
        int size = object->Size();
        object->IterateBody(this);
        a += size;
      }
    });
    heap_->IterateRoots(this, /*include_weak_globals=*/true);
  }

  void VisitPointers(HeapObject* host, Value* start, Value* end) override {
    for (Value* slot = start; slot < end; slot++) {
      Value value = *slot;
      CheckValue(value, host, slot);
      if (check_slot_sets_ && value.IsHeapObject() && !Heap::InYoungGeneration(host) &&
          Heap::InYoungGeneration(value.heap_object()) &&
          !MemoryChunk::FromHeapObject(host)->ContainsSlot(reinterpret_cast<Address>(slot))) {
        Fail("missing write barrier: old %s at %p, slot +%d, points to young %s at %p "
             "but the slot is not in the slot set",
             InstanceTypeName(host->instance_type()), reinterpret_cast<void*>(host),
             static_cast<int>(reinterpret_cast<Address>(slot) - host->address()),
             InstanceTypeName(value.heap_object()->instance_type()),
             reinterpret_cast<void*>(value.heap_object()));
      }
    }
  }

  void VisitRootPointers(Root root, Value* start, Value* end) override {
    for (Value* slot = start; slot < end; slot++) {
      Value value = *slot;
      // Raw words on the JS stack decode as doubles; anything else must be
      // a valid Value.
      if (!value.IsValid()) {
        Fail("root %s slot %p holds an invalid word 0x%016llx", RootDescription(root),
             reinterpret_cast<void*>(slot), static_cast<unsigned long long>(value.raw_bits()));
      }
      if (value.IsHeapObject() && starts_.count(value.heap_address()) == 0) {
        Fail("root %s slot %p points to %p, which is not a cell start%s", RootDescription(root),
             reinterpret_cast<void*>(slot), reinterpret_cast<void*>(value.heap_address()),
             ScopeHint(root).c_str());
      }
    }
  }

 private:
  template <typename... Args>
  [[noreturn]] void Fail(const char* format, Args... args) {
    std::fprintf(stderr, "\n# Heap verification failed (%s):\n# ", when_);
    std::fprintf(stderr, format, args...);
    std::fprintf(stderr, "\n");
    FatalError(__FILE__, __LINE__, "--verify-heap failed");
  }

  std::string ScopeHint(Root root) const {
    if (root != Root::kHandleScope) return "";
    HandleScope* scope = heap_->isolate()->handle_scope_data()->current_scope;
    if (scope == nullptr) return "";
    return std::string(" (innermost HandleScope opened at ") + scope->location().file_name() +
           ":" + std::to_string(scope->location().line()) + ")";
  }

  void CheckShapeWord(HeapObject* object) {
    uint64_t word = object->raw_field<uint64_t>(0);
    if (word == 0 || (word & kObjectAlignmentMask) != 0 ||
        chunks_.count(word & ~kPageAlignmentMask) == 0) {
      Fail("cell at %p has a bad shape word 0x%016llx", reinterpret_cast<void*>(object),
           static_cast<unsigned long long>(word));
    }
    if (!MemoryChunk::FromAddress(word)->IsMetadata()) {
      Fail("cell at %p has a shape outside the metadata space", reinterpret_cast<void*>(object));
    }
  }

  void CheckShape(HeapObject* object) {
    ShapeLayout* shape = object->shape_layout();
    if (starts_.count(shape->address()) == 0) {
      Fail("cell at %p: shape %p is not a cell start", reinterpret_cast<void*>(object),
           reinterpret_cast<void*>(shape));
    }
    if (!shape->IsShape() || !BodyDescriptors::IsValidShape(shape)) {
      Fail("cell at %p: shape %p is not a valid shape", reinterpret_cast<void*>(object),
           reinterpret_cast<void*>(shape));
    }
    if (object->IsShape() && !Heap::InMetadataSpace(object)) {
      Fail("shape %p outside the metadata space", reinterpret_cast<void*>(object));
    }
  }

  void CheckValue(Value value, HeapObject* host, Value* slot) {
    int offset = static_cast<int>(reinterpret_cast<Address>(slot) - host->address());
    if (!value.IsValid()) {
      Fail("%s at %p, slot +%d, holds an invalid word 0x%016llx",
           InstanceTypeName(host->instance_type()), reinterpret_cast<void*>(host), offset,
           static_cast<unsigned long long>(value.raw_bits()));
    }
    if (!value.IsHeapObject()) return;
    Address target = value.heap_address();
    if (starts_.count(target) == 0) {
      Fail("%s at %p, slot +%d, points to %p, which is not a cell start",
           InstanceTypeName(host->instance_type()), reinterpret_cast<void*>(host), offset,
           reinterpret_cast<void*>(target));
    }
    if (value.heap_object()->IsFreeSpaceOrFiller()) {
      Fail("%s at %p, slot +%d, points to a filler at %p",
           InstanceTypeName(host->instance_type()), reinterpret_cast<void*>(host), offset,
           reinterpret_cast<void*>(target));
    }
  }

  Heap* heap_;
  const char* when_;
  bool check_slot_sets_;
  std::unordered_set<Address> chunks_;
  std::unordered_set<Address> starts_;
};

void Heap::Verify(const char* when, bool check_slot_sets) {
  MakeHeapIterable();
  HeapVerifier verifier(this, when, check_slot_sets);
  verifier.Run();
}

}  // namespace lucid
