// Copyright 2024 the Lucid authors. MIT license.
// What people watch: new-space sizing and early promotion, heap statistics
// and pause percentiles, --trace-gc-verbose and --trace-gc-nvp lines, and
// the fatal exits for impossible sizes.

#include <gtest/gtest.h>

#include <string>

#include "gc/gc_tracer.h"
#include "gc/new_space.h"
#include "gc/spaces.h"
#include "tests/unit/heap/heap_test_util.h"

namespace lucid {
namespace {

using GCInternalsTest = HeapTest;

// To-space overflow, made deterministic: from-space is filled with
// [L, S, L, S] per page exactly (no slack), and the only referrer is an old
// array listing all Ls before all Ss, so the scavenge copies in that order:
// two Ls fill a to-space page but for 2*S bytes, a third does not fit, so
// the Ls take all four pages, two Ss fit in the last page's slack and the
// other six find to-space full: they are promoted early.
TEST_F(GCInternalsTest, ToSpaceOverflowPromotesEarlyAndCountsItApart) {
  constexpr int kArea = MemoryChunk::kAllocatableSize;
  constexpr int kLarge = 120000;
  constexpr int kSmall = (kArea - 2 * kLarge) / 2;
  static_assert(kSmall % 8 == 0 && kLarge % 8 == 0 && 3 * kLarge > kArea);
  constexpr int kLargeLength = (kLarge - FixedArray::kHeaderSize) / kTaggedSize;
  constexpr int kSmallLength = (kSmall - FixedArray::kHeaderSize) / kTaggedSize;
  HandleScope scope(isolate_);
  ASSERT_EQ(heap()->new_space()->Capacity(), 4u * kPageSize);
  Handle<FixedArray> holder = NewCounting(16, AllocationType::kOld);
  Scavenge();  // Start from an empty to-space (and an age mark at its start).
  Scavenge();
  size_t young_before = heap()->new_space()->Size();
  ASSERT_EQ(young_before, 0u);
  for (int page = 0; page < 4; page++) {
    for (int pair = 0; pair < 2; pair++) {
      int index = page * 2 + pair;
      holder->set(index, heap()->AllocateFixedArray(kLargeLength)->ToValue());
      holder->set(8 + index, heap()->AllocateFixedArray(kSmallLength)->ToValue());
    }
  }
  EXPECT_EQ(heap()->stats().scavenges, 2) << "exactly four pages were filled";
  EXPECT_EQ(heap()->new_space()->Size(), 4u * kArea);
  Scavenge();
  EXPECT_EQ(heap()->stats().promoted_bytes, 0u) << "nothing was old enough";
  EXPECT_EQ(heap()->stats().promoted_early_bytes, 6u * kSmall);
  for (int i = 0; i < 16; i++) {
    FixedArray* array = FixedArray::cast(holder->get(i));
    EXPECT_EQ(array->length(), i < 8 ? kLargeLength : kSmallLength);
    EXPECT_EQ(Heap::InYoungGeneration(array), i < 8 + 2) << i;
  }
}

class GrowingNewSpaceTest : public HeapTest {
  Flags MakeFlags() override {
    Flags flags = SmallHeapFlags();
    flags.min_semi_space_size = 1;
    flags.max_semi_space_size = 4;
    return flags;
  }
};

// V8's rule: the semispace doubles once the bytes that survived scavenges
// since the last growth exceed its capacity, up to the maximum.
TEST_F(GrowingNewSpaceTest, SemispaceGrowsWithSurvivorsUpToTheMaximum) {
  HandleScope scope(isolate_);
  NewSpace* new_space = heap()->new_space();
  EXPECT_EQ(new_space->Capacity(), 1u * MB);
  EXPECT_EQ(new_space->MaximumCapacity(), 4u * MB);
  Handle<FixedArray> keep = NewCounting(4000, AllocationType::kOld);
  for (int i = 0; i < 4000; i++) {
    HandleScope inner(isolate_);
    keep->set(i, NewCounting(250).value());  // 2 KB each, all live: 8 MB.
  }
  EXPECT_EQ(new_space->Capacity(), 4u * MB);
  EXPECT_EQ(heap()->stats().new_space_grown, 2);
  EXPECT_EQ(heap()->GetStatistics().spaces[0].committed, 8u * MB);
}

TEST_F(GCInternalsTest, StatisticsPerSpaceAndPausePercentiles) {
  HandleScope scope(isolate_);
  Handle<FixedArray> old_array = NewCounting(1000, AllocationType::kOld);
  Handle<FixedArray> young = NewCounting(10);
  for (int i = 0; i < 5; i++) Scavenge();
  for (int i = 0; i < 3; i++) FullGC();
  Heap::HeapStatistics st = heap()->GetStatistics();
  EXPECT_STREQ(st.spaces[0].js_name, "new_space");
  EXPECT_STREQ(st.spaces[1].js_name, "old_space");
  EXPECT_STREQ(st.spaces[2].name, "Metadata space");
  EXPECT_STREQ(st.spaces[3].js_name, "large_object_space");
  EXPECT_STREQ(st.spaces[4].js_name, "code_space");
  EXPECT_GE(st.spaces[1].objects, 2u) << "both arrays are old by now";
  EXPECT_GE(st.spaces[1].used, static_cast<size_t>(FixedArray::SizeFor(1000)));
  EXPECT_EQ(st.spaces[1].committed, heap()->old_space()->Committed());
  EXPECT_EQ(st.used_heap_size, st.spaces[0].used + st.spaces[1].used + st.spaces[2].used +
                                   st.spaces[3].used + st.spaces[4].used);
  EXPECT_EQ(st.heap_size_limit, 64u * MB + 2u * MB);
  EXPECT_EQ(st.scavenge.count, 5);
  EXPECT_EQ(st.mark_compact.count, 3);
  EXPECT_LE(st.scavenge.p50_ms, st.scavenge.p99_ms);
  EXPECT_LE(st.scavenge.p99_ms, st.scavenge.max_ms);
  EXPECT_GE(st.scavenge.total_ms, st.scavenge.max_ms);
  EXPECT_GT(st.objects, 10u);
  EXPECT_TRUE(IsCounting(*old_array, 1000));
  EXPECT_TRUE(IsCounting(*young, 10));
  testing::internal::CaptureStderr();
  heap()->PrintGCStatistics(stderr);
  std::string out = testing::internal::GetCapturedStderr();
  EXPECT_NE(out.find("scavenge      count      5"), std::string::npos) << out;
  EXPECT_NE(out.find("p99"), std::string::npos);
}

TEST(PauseHistory, PercentilesAreNearestRank) {
  GCTracer::PauseHistory history;
  for (int i = 1; i <= 100; i++) history.Add(i);
  EXPECT_EQ(history.count(), 100);
  EXPECT_EQ(history.Percentile(0.5), 50);
  EXPECT_EQ(history.Percentile(0.99), 99);
  EXPECT_EQ(history.Percentile(1.0), 100);
  EXPECT_EQ(history.max_ms(), 100);
  EXPECT_EQ(history.total_ms(), 5050);
}

TEST_F(GCInternalsTest, TraceGcVerbosePrintsV8sSpaceTable) {
  isolate_->mutable_flags().trace_gc_verbose = true;
  testing::internal::CaptureStderr();
  Scavenge();
  std::string out = testing::internal::GetCapturedStderr();
  isolate_->mutable_flags().trace_gc_verbose = false;
  EXPECT_NE(out.find("[gc] "), std::string::npos) << out;
  for (const char* space : {"New space,", "Old space,", "Metadata space,", "Large object space,",
                            "Code space,", "All spaces,"}) {
    size_t at = out.find(space);
    ASSERT_NE(at, std::string::npos) << space << "\n" << out;
    std::string line = out.substr(at, out.find('\n', at) - at);
    unsigned used, available, committed;
    EXPECT_EQ(std::sscanf(line.c_str() + std::string(space).size(),
                          " used: %u KB, available: %u KB, committed: %u KB", &used, &available,
                          &committed),
              3)
        << line;
  }
}

TEST_F(GCInternalsTest, TraceGcNvpHasEveryPhase) {
  isolate_->mutable_flags().trace_gc_nvp = true;
  HandleScope scope(isolate_);
  NewCounting(10);
  testing::internal::CaptureStderr();
  Scavenge();
  heap()->CollectAllGarbage(GCReason::kTesting, Heap::CompactionMode::kAllPages);
  std::string out = testing::internal::GetCapturedStderr();
  isolate_->mutable_flags().trace_gc_nvp = false;
  size_t split = out.find('\n');
  ASSERT_NE(split, std::string::npos) << out;
  std::string scavenge = out.substr(0, split);
  std::string full = out.substr(split + 1);
  EXPECT_EQ(scavenge.rfind("gc=s reason=testing pause=", 0), 0u) << scavenge;
  for (const char* key : {" scavenge.roots=", " scavenge.copy=", " scavenge.weak=", " survived=",
                          " promoted=", " promoted_early=", " promotion_rate="}) {
    EXPECT_NE(scavenge.find(key), std::string::npos) << key << " in " << scavenge;
  }
  EXPECT_EQ(full.rfind("gc=mc reason=testing pause=", 0), 0u) << full;
  for (const char* key : {" mark=", " mark.roots=", " mark.ephemerons=", " weak=", " sweep=",
                          " compact=", " compact.evacuate=", " compact.update_pointers=",
                          " marked=", " freed=", " moved=", " compacted_pages="}) {
    EXPECT_NE(full.find(key), std::string::npos) << key << " in " << full;
  }
}

TEST(HeapDeathTest, ImpossibleArrayLengthIsNodesFatalError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        Isolate* isolate = Isolate::New(SmallHeapFlags());
        isolate->heap()->AllocateFixedArray(FixedArray::kMaxLength + 1);
      },
      ::testing::ExitedWithCode(134),
      "FATAL ERROR: invalid array length Allocation failed - JavaScript heap out of memory");
}

TEST(HeapDeathTest, LargeAllocationPastTheLimitIsAFatalOOMNotACrash) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        Flags flags = SmallHeapFlags();
        flags.max_old_space_size = 16;
        Isolate* isolate = Isolate::New(flags);
        // 64 MB in one cell: a large object the old generation cannot take.
        isolate->heap()->AllocateFixedArray(8 * 1024 * 1024);
      },
      ::testing::ExitedWithCode(134), "FATAL ERROR: Reached heap limit Allocation failed");
}

}  // namespace
}  // namespace lucid
