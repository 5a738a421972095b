// Copyright 2024 the Lucid authors. MIT license.
// Compaction: evacuation moves old cells and fixes every kind of reference;
// the candidate policy; large and metadata cells never move; stress
// compaction; slot sets re-recorded for moved cells.

#include <gtest/gtest.h>

#include "gc/gc_tracer.h"
#include "gc/mark_compact.h"
#include "gc/spaces.h"
#include "tests/unit/heap/heap_test_util.h"

namespace lucid {
namespace {

using CompactionTest = HeapTest;

struct ExternalSlot {
  Value value;
};

TEST_F(CompactionTest, CompactionMovesObjectsAndFixesEveryKindOfReference) {
  HandleScope scope(isolate_);
  // The cells that will move: old-space arrays.
  Handle<FixedArray> target = NewCounting(7, AllocationType::kOld);
  Handle<FixedArray> other = NewCounting(3, AllocationType::kOld);
  Address target_before = target->address();
  Address other_before = other->address();
  Value target_value = target.value();

  // Every kind of referrer:
  Global<FixedArray> strong_global(isolate_, target);
  Global<FixedArray> weak_global(isolate_, other);
  weak_global.SetWeak(nullptr, nullptr);  // Alive through `other`.
  Value* stack = reinterpret_cast<Value*>(isolate_->js_stack_base()) - 2;
  stack[0] = target_value;
  stack[1] = Value::FromInt32(5);
  isolate_->set_js_sp(reinterpret_cast<Address>(stack));
  ExternalSlot external{target_value};
  auto visit_external = [](RootVisitor* v, void* data) {
    v->VisitRootPointer(Root::kExternal, &static_cast<ExternalSlot*>(data)->value);
  };
  heap()->AddExternalRootsCallback(visit_external, &external);
  Handle<FixedArray> young_holder = NewCounting(2);
  young_holder->set(0, target_value, SKIP_WRITE_BARRIER);
  Handle<FixedArray> old_holder = NewCounting(2, AllocationType::kOld);
  old_holder->set(1, target_value);
  Handle<FixedArray> large_holder = NewCounting(40000);  // 320 KB: large.
  ASSERT_TRUE(Heap::InLargeObjectSpace(*large_holder));
  large_holder->set(39999, target_value);
  Handle<FixedArray> metadata_holder = NewCounting(2, AllocationType::kMetadata);
  metadata_holder->set(0, target_value);
  // A moved cell that points young: its slot must be re-recorded.
  Handle<FixedArray> young_child = NewCounting(4);
  other->set(2, young_child.value());
  young_child = Handle<FixedArray>();

  CompactingGC();

  EXPECT_NE(target->address(), target_before) << "every old page was a candidate";
  EXPECT_NE(other->address(), other_before);
  EXPECT_FALSE(Heap::InYoungGeneration(*target));
  EXPECT_TRUE(IsCounting(*target, 7));
  Value moved = target.value();
  EXPECT_EQ(strong_global.Get().value(), moved);
  EXPECT_EQ(weak_global.Get().value(), other.value());
  EXPECT_EQ(stack[0], moved);
  EXPECT_EQ(stack[1], Value::FromInt32(5));
  EXPECT_EQ(external.value, moved);
  EXPECT_EQ(young_holder->get(0), moved);
  EXPECT_EQ(old_holder->get(1), moved);
  EXPECT_EQ(large_holder->get(39999), moved);
  EXPECT_EQ(metadata_holder->get(0), moved);
  EXPECT_GT(heap()->stats().moved_bytes, 0u);
  EXPECT_EQ(heap()->stats().compactions, 1);

  // The moved `other` re-recorded its old -> young slot: the child survives
  // scavenges through it (--verify-heap checks the slot sets too).
  ASSERT_TRUE(Heap::InYoungGeneration(other->get(2)));
  EXPECT_TRUE(MemoryChunk::FromHeapObject(*other)->ContainsSlot(
      reinterpret_cast<Address>(other->RawSlot(FixedArray::OffsetOfElementAt(2)))));
  Scavenge();
  EXPECT_TRUE(IsCounting(FixedArray::cast(other->get(2)), 4));

  heap()->RemoveExternalRootsCallback(visit_external, &external);
  isolate_->set_js_sp(isolate_->js_stack_base());
}

TEST_F(CompactionTest, LargeAndMetadataCellsAreNeverCandidates) {
  HandleScope scope(isolate_);
  Handle<FixedArray> large = NewCounting(40000, AllocationType::kOld);
  Handle<FixedArray> metadata = NewCounting(5, AllocationType::kMetadata);
  ShapeLayout* shape = heap()->AllocateShape(InstanceType::kJSObject, 32);
  Handle<Value> shape_handle(shape->ToValue(), isolate_);
  Address large_address = large->address();
  Address metadata_address = metadata->address();
  for (int i = 0; i < 3; i++) CompactingGC();
  EXPECT_EQ(large->address(), large_address);
  EXPECT_EQ(metadata->address(), metadata_address);
  EXPECT_EQ(shape_handle.value().heap_object(), shape);
  EXPECT_TRUE(IsCounting(*large, 40000));
  EXPECT_TRUE(IsCounting(*metadata, 5));
}

TEST_F(CompactionTest, SparsePagesAreEvacuatedAndReleased) {
  HandleScope scope(isolate_);
  // About 12 pages of 4 KB arrays; keep one in 20 (5% live per page).
  const int kCount = 12 * 60;
  Handle<FixedArray> keep = NewCounting(kCount / 20, AllocationType::kOld);
  for (int i = 0; i < kCount; i++) {
    HandleScope inner(isolate_);
    Handle<FixedArray> array = NewCounting(500, AllocationType::kOld);
    array->set(0, Value::FromInt32(i));
    if (i % 20 == 0) keep->set(i / 20, array.value());
  }
  int pages_before = heap()->old_space()->page_count();
  EXPECT_GE(pages_before, 10);
  testing::internal::CaptureStderr();
  isolate_->mutable_flags().trace_gc = true;
  FullGC();  // Automatic policy.
  isolate_->mutable_flags().trace_gc = false;
  std::string trace = testing::internal::GetCapturedStderr();
  EXPECT_EQ(heap()->stats().compactions, 1) << trace;
  EXPECT_GE(heap()->stats().evacuated_pages, 9);
  EXPECT_LE(heap()->old_space()->page_count(), 3) << "live data fits in a page or two";
  EXPECT_NE(trace.find("compacted="), std::string::npos);
  EXPECT_EQ(trace.find("compacted=0 pages"), std::string::npos) << trace;
  for (int i = 0; i < kCount / 20; i++) {
    FixedArray* array = FixedArray::cast(keep->get(i));
    ASSERT_EQ(array->get(0), Value::FromInt32(i * 20));
    ASSERT_EQ(array->get(499), Value::FromInt32(499));
  }
}

TEST_F(CompactionTest, DensePagesStayPut) {
  HandleScope scope(isolate_);
  Handle<FixedArray> keep = NewCounting(200, AllocationType::kOld);
  for (int i = 0; i < 200; i++) keep->set(i, NewCounting(200, AllocationType::kOld).value());
  Address first = keep->get(0).heap_address();
  FullGC();
  EXPECT_EQ(heap()->stats().compactions, 0);
  EXPECT_EQ(keep->get(0).heap_address(), first);
  FullGC(Heap::CompactionMode::kNever);
  EXPECT_EQ(keep->get(0).heap_address(), first);
}

TEST_F(CompactionTest, EvacuationCopiesLinkedStructuresFaithfully) {
  HandleScope scope(isolate_);
  // A 2000-long list through old cells, each with a young payload.
  Handle<FixedArray> head = NewCounting(3, AllocationType::kOld);
  Handle<FixedArray> node = handle(*head, isolate_);  // A slot of its own.
  for (int i = 1; i < 2000; i++) {
    HandleScope inner(isolate_);
    Handle<FixedArray> next = NewCounting(3, AllocationType::kOld);
    next->set(1, Value::FromInt32(i));
    next->set(2, NewCounting(2).value());
    node->set(0, next.value());
    node.Patch(next.value());
  }
  CompactingGC();
  Scavenge();
  CompactingGC();
  Value cursor = head->get(0);
  for (int i = 1; i < 2000; i++) {
    ASSERT_TRUE(IsFixedArray(cursor)) << i;
    FixedArray* array = FixedArray::cast(cursor);
    ASSERT_EQ(array->get(1), Value::FromInt32(i));
    ASSERT_TRUE(IsCounting(FixedArray::cast(array->get(2)), 2));
    cursor = array->get(0);
  }
}

TEST(CompactionStress, GcStressCompactsEveryTenthCollection) {
  Flags flags = SmallHeapFlags();
  flags.gc_stress = true;
  Isolate* isolate = Isolate::New(flags);
  Heap* heap = isolate->heap();
  {
    HandleScope scope(isolate);
    Handle<FixedArray> list = handle(heap->AllocateFixedArray(50, AllocationType::kOld), isolate);
    for (int i = 0; i < 50; i++) {
      HandleScope inner(isolate);
      FixedArray* element = heap->AllocateFixedArray(3, AllocationType::kOld);
      element->set(0, Value::FromInt32(i), SKIP_WRITE_BARRIER);
      list->set(i, element->ToValue());
    }
    EXPECT_GE(heap->stats().compactions, 4);
    EXPECT_GT(heap->stats().moved_bytes, 0u);
    for (int i = 0; i < 50; i++) {
      EXPECT_EQ(FixedArray::cast(list->get(i))->get(0), Value::FromInt32(i));
    }
  }
  Isolate::Dispose(isolate);
}

}  // namespace
}  // namespace lucid
