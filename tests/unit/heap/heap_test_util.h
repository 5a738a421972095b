// Copyright 2024 the Lucid authors. MIT license.
// Fixtures shared by the heap tests: a bare isolate with small semispaces,
// and one with the object model bootstrapped (weak references need shapes,
// strings and the string table).

#ifndef LUCID_TESTS_UNIT_HEAP_HEAP_TEST_UTIL_H_
#define LUCID_TESTS_UNIT_HEAP_HEAP_TEST_UTIL_H_

#include <gtest/gtest.h>

#include "gc/handles.h"
#include "gc/heap.h"
#include "vm/isolate.h"
#include "vm/objects/fixed_array.h"

namespace lucid {

// Small semispaces (1 MB = 4 pages) so tests fill them quickly.
inline Flags SmallHeapFlags() {
  Flags flags;
  flags.min_semi_space_size = 1;
  flags.max_semi_space_size = 1;
  flags.max_old_space_size = 64;
  flags.verify_heap = true;
  return flags;
}

class HeapTest : public ::testing::Test {
 protected:
  virtual Flags MakeFlags() { return SmallHeapFlags(); }
  void SetUp() override { isolate_ = Isolate::New(MakeFlags()); }
  void TearDown() override { Isolate::Dispose(isolate_); }

  Heap* heap() { return isolate_->heap(); }
  void Scavenge() { heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting); }
  void FullGC(Heap::CompactionMode mode = Heap::CompactionMode::kAuto) {
    heap()->CollectAllGarbage(GCReason::kTesting, mode);
  }
  void CompactingGC() { FullGC(Heap::CompactionMode::kAllPages); }

  // A FixedArray [0, 1, ..., length-1] as int32 Values.
  Handle<FixedArray> NewCounting(int length, AllocationType type = AllocationType::kYoung) {
    FixedArray* array = heap()->AllocateFixedArray(length, type);
    for (int i = 0; i < length; i++) array->set(i, Value::FromInt32(i), SKIP_WRITE_BARRIER);
    return handle(array, isolate_);
  }
  static bool IsCounting(FixedArray* array, int length) {
    if (array->length() != length) return false;
    for (int i = 0; i < length; i++) {
      if (array->get(i) != Value::FromInt32(i)) return false;
    }
    return true;
  }

  Isolate* isolate_ = nullptr;
};

}  // namespace lucid

#endif  // LUCID_TESTS_UNIT_HEAP_HEAP_TEST_UTIL_H_
