// Copyright 2024 the Lucid authors. MIT license.
// The heap: scavenges move cells and update roots, promotion on the second
// survival, slot sets, mark-sweep, non-moving spaces, the verifier, stress
// mode, OOM, JS stack scanning and global handles.

#include "gc/heap.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "gc/handles.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "vm/isolate.h"
#include "vm/objects/body_descriptors.h"
#include "vm/objects/fixed_array.h"

namespace lucid {
namespace {

// Small semispaces (1 MB = 4 pages) so tests fill them quickly.
Flags SmallHeapFlags() {
  Flags flags;
  flags.min_semi_space_size = 1;
  flags.max_semi_space_size = 1;
  flags.max_old_space_size = 64;
  flags.verify_heap = true;
  return flags;
}

class IsolateTest : public ::testing::Test {
 protected:
  void SetUp() override { isolate_ = Isolate::New(SmallHeapFlags()); }
  void TearDown() override { Isolate::Dispose(isolate_); }

  Heap* heap() { return isolate_->heap(); }
  void Scavenge() {
    heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  }
  void FullGC() { heap()->CollectAllGarbage(GCReason::kTesting); }

  // A FixedArray [0, 1, ..., length-1] as int32 Values.
  Handle<FixedArray> NewCounting(int length, AllocationType type = AllocationType::kYoung) {
    FixedArray* array = heap()->AllocateFixedArray(length, type);
    for (int i = 0; i < length; i++) {
      array->set(i, Value::FromInt32(i), SKIP_WRITE_BARRIER);
    }
    return handle(array, isolate_);
  }
  static bool IsCounting(FixedArray* array, int length) {
    if (array->length() != length) return false;
    for (int i = 0; i < length; i++) {
      if (array->get(i) != Value::FromInt32(i)) return false;
    }
    return true;
  }
  int CountObjectsWithShape(ShapeLayout* shape) {
    int count = 0;
    heap()->ForEachObject([&](HeapObject* object) {
      if (object->shape_layout() == shape) count++;
    });
    return count;
  }

  Isolate* isolate_ = nullptr;
};

TEST_F(IsolateTest, InitialObjects) {
  Roots roots = isolate_->roots();
  ShapeLayout* meta = roots.shape_layout_at(RootIndex::kMetaShape);
  EXPECT_EQ(meta->shape_layout(), meta);  // The meta shape is its own shape.
  EXPECT_EQ(meta->instance_type(), InstanceType::kShape);
  EXPECT_TRUE(Heap::InMetadataSpace(meta));
  EXPECT_EQ(roots.empty_fixed_array()->length(), 0);
  EXPECT_TRUE(roots.empty_fixed_array()->IsFixedArray());
  EXPECT_EQ(roots.ShapeLayoutFor(InstanceType::kByteArray)->instance_type(),
            InstanceType::kByteArray);
  EXPECT_TRUE(roots.at(RootIndex::k_length_string).IsUndefined());  // Object model's.
  EXPECT_STREQ(RootName(RootIndex::kFixedArrayShape), "fixed_array_shape");
  heap()->Verify("test", true);
}

TEST_F(IsolateTest, ScavengeMovesCellAndUpdatesHandle) {
  HandleScope scope(isolate_);
  Handle<FixedArray> array = NewCounting(10);
  Address before = array->address();
  EXPECT_TRUE(Heap::InYoungGeneration(*array));
  Scavenge();
  EXPECT_NE(array->address(), before);
  EXPECT_TRUE(Heap::InYoungGeneration(*array));
  EXPECT_TRUE(IsCounting(*array, 10));
}

TEST_F(IsolateTest, PromotionExactlyOnTheSecondSurvival) {
  HandleScope scope(isolate_);
  Handle<FixedArray> array = NewCounting(4);
  Scavenge();
  EXPECT_TRUE(Heap::InYoungGeneration(*array)) << "first survival stays young";
  EXPECT_EQ(heap()->stats().promoted_bytes, 0u);
  // A cell allocated after the first scavenge is above the age mark.
  Handle<FixedArray> younger = NewCounting(2);
  Scavenge();
  EXPECT_FALSE(Heap::InYoungGeneration(*array)) << "second survival promotes";
  EXPECT_FALSE(Heap::InMetadataSpace(*array));
  EXPECT_TRUE(IsCounting(*array, 4));
  EXPECT_TRUE(Heap::InYoungGeneration(*younger)) << "younger cell survived once";
  EXPECT_EQ(heap()->stats().promoted_bytes, static_cast<size_t>(FixedArray::SizeFor(4)));
  Scavenge();
  EXPECT_FALSE(Heap::InYoungGeneration(*younger));
  EXPECT_TRUE(IsCounting(*younger, 2));
  EXPECT_EQ(heap()->stats().promoted_early_bytes, 0u);
}

TEST_F(IsolateTest, YoungCellReferencedOnlyFromOldCellSurvives) {
  HandleScope scope(isolate_);
  Handle<FixedArray> old_array = NewCounting(3, AllocationType::kOld);
  EXPECT_FALSE(Heap::InYoungGeneration(*old_array));
  {
    HandleScope inner(isolate_);
    Handle<FixedArray> young = NewCounting(7);
    old_array->set(1, young.value());  // Barrier records the slot.
    EXPECT_TRUE(MemoryChunk::FromHeapObject(*old_array)
                    ->ContainsSlot(reinterpret_cast<Address>(
                        old_array->RawSlot(FixedArray::OffsetOfElementAt(1)))));
  }
  Scavenge();
  Value moved = old_array->get(1);
  ASSERT_TRUE(IsFixedArray(moved));
  EXPECT_TRUE(Heap::InYoungGeneration(moved));
  EXPECT_TRUE(IsCounting(FixedArray::cast(moved), 7));
  Scavenge();  // Promoted now; the slot is dropped from the slot set.
  moved = old_array->get(1);
  EXPECT_FALSE(Heap::InYoungGeneration(moved));
  EXPECT_TRUE(IsCounting(FixedArray::cast(moved), 7));
  EXPECT_FALSE(MemoryChunk::FromHeapObject(*old_array)
                   ->ContainsSlot(reinterpret_cast<Address>(
                       old_array->RawSlot(FixedArray::OffsetOfElementAt(1)))));
}

TEST_F(IsolateTest, PromotedCellKeepsItsYoungChildrenThroughTheSlotSet) {
  HandleScope scope(isolate_);
  Handle<FixedArray> parent = NewCounting(2);
  Scavenge();  // Parent survived once.
  Handle<FixedArray> child = NewCounting(5);
  parent->set(0, child.value(), SKIP_WRITE_BARRIER);  // Parent is young.
  child = Handle<FixedArray>();
  Scavenge();  // Parent promoted, child copied once: an old -> young edge.
  EXPECT_FALSE(Heap::InYoungGeneration(*parent));
  EXPECT_TRUE(Heap::InYoungGeneration(parent->get(0)));
  Scavenge();
  EXPECT_TRUE(IsCounting(FixedArray::cast(parent->get(0)), 5));
}

TEST_F(IsolateTest, MarkSweepFreesUnreachableOldCellsAndKeepsReachableOnes) {
  HandleScope scope(isolate_);
  ShapeLayout* shape = heap()->AllocateShape(InstanceType::kJSObject, 40);
  Handle<FixedArray> keep = NewCounting(10, AllocationType::kOld);
  // Roots the shape: a shape is reachable only through roots or instances.
  Handle<Value> shape_handle(shape->ToValue(), isolate_);
  for (int i = 0; i < 100; i++) {
    HeapObject* object = heap()->Allocate(shape, 40, AllocationType::kOld);
    object->set_field(8, Value::FromInt32(i));
    if (i % 10 == 0) keep->set(i / 10, object->ToValue());
  }
  EXPECT_EQ(CountObjectsWithShape(shape), 100);
  size_t old_before = heap()->old_space()->Size();
  FullGC();
  EXPECT_EQ(CountObjectsWithShape(shape), 10);
  EXPECT_LT(heap()->old_space()->Size(), old_before);
  for (int i = 0; i < 10; i++) {
    EXPECT_EQ(keep->get(i).heap_object()->field(8), Value::FromInt32(i * 10));
  }
  // Freed memory is reused by the free list.
  size_t committed = heap()->old_space()->Committed();
  for (int i = 0; i < 50; i++) heap()->Allocate(shape, 40, AllocationType::kOld);
  EXPECT_EQ(heap()->old_space()->Committed(), committed);
  EXPECT_EQ(heap()->stats().full_gcs, 1);
}

TEST_F(IsolateTest, UnreachableShapesAreSwept) {
  HandleScope scope(isolate_);
  ShapeLayout* meta = isolate_->roots().shape_layout_at(RootIndex::kMetaShape);
  int shapes_before = CountObjectsWithShape(meta);
  for (int i = 0; i < 20; i++) heap()->AllocateShape(InstanceType::kJSObject, 24);
  EXPECT_EQ(CountObjectsWithShape(meta), shapes_before + 20);
  FullGC();
  EXPECT_EQ(CountObjectsWithShape(meta), shapes_before);
}

TEST_F(IsolateTest, MetadataCellsNeverMove) {
  HandleScope scope(isolate_);
  ShapeLayout* shape = heap()->AllocateShape(InstanceType::kJSObject, 32);
  Handle<Value> shape_handle(shape->ToValue(), isolate_);
  Handle<FixedArray> metadata = NewCounting(6, AllocationType::kMetadata);
  Address metadata_address = metadata->address();
  EXPECT_TRUE(Heap::InMetadataSpace(*metadata));
  for (int i = 0; i < 3; i++) Scavenge();
  FullGC();
  Scavenge();
  EXPECT_EQ(shape_handle.value().heap_object(), shape);
  EXPECT_EQ(metadata->address(), metadata_address);
  EXPECT_TRUE(IsCounting(*metadata, 6));
  EXPECT_EQ(shape->instance_size(), 32);
}

TEST_F(IsolateTest, LargeObjectsNeverMove) {
  HandleScope scope(isolate_);
  const int length = 100000;  // 800 KB: over kMaxRegularObjectSize.
  Handle<FixedArray> large = NewCounting(length);
  EXPECT_TRUE(Heap::InLargeObjectSpace(*large));
  EXPECT_FALSE(Heap::InYoungGeneration(*large));
  Address address = large->address();
  // A young cell stored far into the large cell (past its first 256 KB)
  // takes the barrier and survives.
  {
    HandleScope inner(isolate_);
    Handle<FixedArray> young = NewCounting(3);
    large->set(length - 1, young.value());
  }
  Scavenge();
  Scavenge();
  FullGC();
  EXPECT_EQ(large->address(), address);
  EXPECT_TRUE(IsCounting(FixedArray::cast(large->get(length - 1)), 3));
  for (int i = 0; i < length - 1; i++) ASSERT_EQ(large->get(i), Value::FromInt32(i));
  // Unreachable large cells are unmapped.
  size_t committed = heap()->lo_space()->Committed();
  { heap()->AllocateFixedArray(length, AllocationType::kOld); }
  EXPECT_GT(heap()->lo_space()->Committed(), committed);
  FullGC();
  EXPECT_EQ(heap()->lo_space()->Committed(), committed);
}

TEST_F(IsolateTest, BulkCopyBarrierRecordsSlots) {
  HandleScope scope(isolate_);
  Handle<FixedArray> old_array = NewCounting(8, AllocationType::kOld);
  Handle<FixedArray> young = NewCounting(8);
  for (int i = 0; i < 8; i++) {
    HandleScope inner(isolate_);
    Handle<FixedArray> element = NewCounting(i + 1);
    young->set(i, element.value(), SKIP_WRITE_BARRIER);
  }
  old_array->CopyElements(0, *young, 0, 8);
  young = Handle<FixedArray>();
  Scavenge();  // --verify-heap checks the slot sets before and after.
  for (int i = 0; i < 8; i++) EXPECT_TRUE(IsCounting(FixedArray::cast(old_array->get(i)), i + 1));
}

TEST_F(IsolateTest, RightTrimLeavesAnIterableHeap) {
  HandleScope scope(isolate_);
  Handle<FixedArray> array = NewCounting(20, AllocationType::kOld);
  Handle<FixedArray> young = NewCounting(1);
  array->set(19, young.value());
  heap()->RightTrimFixedArray(*array, 5);
  EXPECT_EQ(array->length(), 5);
  EXPECT_FALSE(MemoryChunk::FromHeapObject(*array)->ContainsSlot(
      reinterpret_cast<Address>(array->RawSlot(FixedArray::OffsetOfElementAt(19)))));
  heap()->Verify("test", true);
  FullGC();
  EXPECT_TRUE(IsCounting(*array, 5));
}

TEST_F(IsolateTest, JSStackSlotsAreRootsAndAreUpdated) {
  HandleScope scope(isolate_);
  Handle<FixedArray> array = NewCounting(5);
  Address before = array->address();
  // Four slots: a pointer, an int32, a raw address (the caller-fp kind),
  // a double.
  Value* slots = reinterpret_cast<Value*>(isolate_->js_stack_base()) - 4;
  slots[0] = array.value();
  slots[1] = Value::FromInt32(77);
  slots[2] = Value::FromRawBits(isolate_->js_stack_base());
  slots[3] = Value::FromDouble(2.5);
  isolate_->set_js_sp(reinterpret_cast<Address>(slots));
  array = Handle<FixedArray>();  // Only the stack holds it now.
  Scavenge();
  ASSERT_TRUE(IsFixedArray(slots[0]));
  EXPECT_NE(slots[0].heap_address(), before);
  EXPECT_TRUE(IsCounting(FixedArray::cast(slots[0]), 5));
  EXPECT_EQ(slots[1], Value::FromInt32(77));
  EXPECT_EQ(slots[2].raw_bits(), isolate_->js_stack_base());
  EXPECT_EQ(slots[3].Number(), 2.5);
  Scavenge();
  FullGC();
  EXPECT_TRUE(IsCounting(FixedArray::cast(slots[0]), 5));
  isolate_->set_js_sp(isolate_->js_stack_base());
}

TEST_F(IsolateTest, PendingExceptionIsARoot) {
  {
    HandleScope scope(isolate_);
    Handle<FixedArray> array = NewCounting(3);
    EXPECT_EQ(isolate_->Throw(array.value()), Value::Exception());
  }
  Scavenge();
  ASSERT_TRUE(isolate_->has_pending_exception());
  EXPECT_TRUE(IsCounting(FixedArray::cast(isolate_->pending_exception()), 3));
  isolate_->clear_pending_exception();
  EXPECT_FALSE(isolate_->has_pending_exception());
}

struct ExternalRoot {
  Value value;
};

TEST_F(IsolateTest, ExternalRootsCallback) {
  ExternalRoot root;
  {
    HandleScope scope(isolate_);
    root.value = NewCounting(4).value();
  }
  auto callback = [](RootVisitor* visitor, void* data) {
    visitor->VisitRootPointer(Root::kExternal, &static_cast<ExternalRoot*>(data)->value);
  };
  heap()->AddExternalRootsCallback(callback, &root);
  Scavenge();
  FullGC();
  EXPECT_TRUE(IsCounting(FixedArray::cast(root.value), 4));
  heap()->RemoveExternalRootsCallback(callback, &root);
}

TEST_F(IsolateTest, GlobalHandlesAreRoots) {
  Global<FixedArray> global;
  {
    HandleScope scope(isolate_);
    global.Reset(isolate_, NewCounting(6));
  }
  EXPECT_EQ(isolate_->global_handles()->NumberOfGlobals(), 1);
  Scavenge();
  Scavenge();
  FullGC();
  EXPECT_TRUE(IsCounting(*global.Get(), 6));
  Global<FixedArray> moved = std::move(global);
  EXPECT_TRUE(global.IsEmpty());
  EXPECT_TRUE(IsCounting(*moved.Get(), 6));
  moved.Reset();
  EXPECT_EQ(isolate_->global_handles()->NumberOfGlobals(), 0);
}

TEST_F(IsolateTest, WeakGlobalIsClearedAndItsCallbackRuns) {
  int calls = 0;
  Global<FixedArray> weak;
  Global<FixedArray> strong;
  {
    HandleScope scope(isolate_);
    weak.Reset(isolate_, NewCounting(2));
    strong.Reset(isolate_, NewCounting(2));
  }
  weak.SetWeak(&calls, [](void* parameter) { ++*static_cast<int*>(parameter); });
  {
    HandleScope scope(isolate_);
    Handle<FixedArray> alive = NewCounting(3);
    Global<FixedArray> weak_alive(isolate_, alive);
    weak_alive.SetWeak(nullptr, nullptr);
    Scavenge();  // Weak young cell dies in a scavenge.
    EXPECT_TRUE(IsCounting(*weak_alive.Get(), 3)) << "alive through a handle";
  }
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(weak.Get().value().IsUndefined());
  EXPECT_TRUE(IsCounting(*strong.Get(), 2));
  // And in a full GC for an old cell.
  Global<FixedArray> weak_old;
  {
    HandleScope scope(isolate_);
    weak_old.Reset(isolate_, NewCounting(2, AllocationType::kOld));
  }
  weak_old.SetWeak(&calls, [](void* parameter) { ++*static_cast<int*>(parameter); });
  FullGC();
  EXPECT_EQ(calls, 2);
  EXPECT_TRUE(weak_old.Get().value().IsUndefined());
}

TEST_F(IsolateTest, ManyAllocationsTriggerScavengesAndKeepLiveData) {
  HandleScope scope(isolate_);
  Handle<FixedArray> keep = NewCounting(100, AllocationType::kOld);
  for (int i = 0; i < 60000; i++) {
    HandleScope inner(isolate_);
    Handle<FixedArray> array = NewCounting(1 + i % 30);
    if (i % 600 == 0) keep->set(i / 600, array.value());
  }
  EXPECT_GT(heap()->stats().scavenges, 2);
  for (int i = 0; i < 100; i++) {
    EXPECT_TRUE(IsCounting(FixedArray::cast(keep->get(i)), 1 + (i * 600) % 30));
  }
}

TEST_F(IsolateTest, TraceGcLineFormat) {
  isolate_->mutable_flags().trace_gc = true;
  HandleScope scope(isolate_);
  NewCounting(100);
  testing::internal::CaptureStderr();
  Scavenge();
  FullGC();
  std::string out = testing::internal::GetCapturedStderr();
  // (sscanf, not std::regex: g++ 12 warns inside <regex> under ASan.)
  size_t split = out.find("\n");
  ASSERT_NE(split, std::string::npos) << out;
  std::string scavenge = out.substr(0, split);
  std::string full = out.substr(split + 1);
  int ms, survived, promoted, survival, semispace, compacted;
  double a, b, c, d, pause, marked, freed, moved, mu;
  char tail[64] = {};
  EXPECT_EQ(std::sscanf(scavenge.c_str(),
                        "[gc] %d ms: Scavenge %lf (%lf) -> %lf (%lf) MB, %lf ms (testing)  "
                        "survived=%dKB promoted=%dKB survival=%d%% semispace=%d%2s",
                        &ms, &a, &b, &c, &d, &pause, &survived, &promoted, &survival,
                        &semispace, tail),
            11)
      << scavenge;
  EXPECT_STREQ(tail, "MB");
  EXPECT_EQ(semispace, 1);
  EXPECT_NE(scavenge.find(" MB, "), std::string::npos);
  EXPECT_EQ(std::sscanf(full.c_str(),
                        "[gc] %d ms: Mark-Compact %lf (%lf) -> %lf (%lf) MB, %lf ms (testing)  "
                        "marked=%lfMB freed=%lfMB compacted=%d pages moved=%lfMB mu=%lf",
                        &ms, &a, &b, &c, &d, &pause, &marked, &freed, &compacted, &moved, &mu),
            11)
      << full;
  EXPECT_EQ(scavenge.substr(0, 5), "[gc] ");
}

// -- Flags-driven modes ---------------------------------------------------------------

TEST(HeapStress, GcStressScavengesAtEveryAllocation) {
  Flags flags = SmallHeapFlags();
  flags.gc_stress = true;
  Isolate* isolate = Isolate::New(flags);
  Heap* heap = isolate->heap();
  {
    HandleScope scope(isolate);
    Handle<FixedArray> list = handle(heap->AllocateFixedArray(60), isolate);
    int gcs_before = heap->gc_count();
    for (int i = 0; i < 60; i++) {
      HandleScope inner(isolate);
      FixedArray* element = heap->AllocateFixedArray(3);
      element->set(0, Value::FromInt32(i), SKIP_WRITE_BARRIER);
      list->set(i, element->ToValue());
    }
    EXPECT_GE(heap->gc_count() - gcs_before, 60);
    EXPECT_GE(heap->stats().full_gcs, 6);
    for (int i = 0; i < 60; i++) {
      EXPECT_EQ(FixedArray::cast(list->get(i))->get(0), Value::FromInt32(i));
    }
  }
  Isolate::Dispose(isolate);
}

TEST(HeapDeathTest, VerifyHeapCatchesAMissingWriteBarrier) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Isolate* isolate = Isolate::New(SmallHeapFlags());
        HandleScope scope(isolate);
        Heap* heap = isolate->heap();
        Handle<FixedArray> old_array = handle(heap->AllocateFixedArray(2, AllocationType::kOld),
                                              isolate);
        Handle<FixedArray> young = handle(heap->AllocateFixedArray(2), isolate);
        // A store that bypasses set_field: no barrier.
        *old_array->RawSlot(FixedArray::OffsetOfElementAt(0)) = young.value();
        heap->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
      },
      "missing write barrier: old FixedArray");
}

TEST(HeapDeathTest, OutOfMemoryExitsWith134) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        Flags flags = SmallHeapFlags();
        flags.verify_heap = false;
        flags.max_old_space_size = 8;
        Isolate* isolate = Isolate::New(flags);
        HandleScope scope(isolate);
        Heap* heap = isolate->heap();
        // A linked list of 64 KB arrays, all reachable.
        Handle<FixedArray> head = handle(heap->AllocateFixedArray(1), isolate);
        for (int i = 0; i < 100000; i++) {
          FixedArray* next = heap->AllocateFixedArray(8 * 1024);
          next->set(0, head.value());
          head.Patch(next->ToValue());
        }
      },
      ::testing::ExitedWithCode(134),
      "Last few GCs(.|\n)*FATAL ERROR: Reached heap limit Allocation failed - JavaScript "
      "heap out of memory");
}

#if LUCID_DEBUG
TEST(HeapDeathTest, DisallowGCCatchesAllocation) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Isolate* isolate = Isolate::New(SmallHeapFlags());
        DisallowGC no_gc;
        isolate->heap()->AllocateFixedArray(4);
      },
      "allocation inside a DisallowGC scope");
}
#endif

}  // namespace
}  // namespace lucid
