// Copyright 2024 the Lucid authors. MIT license.
// The code space: a Code cell owns machine code in asmjit's JitAllocator;
// the code runs; when the cell dies a full GC releases it and the
// accounting returns to zero.

#include "gc/code_space.h"

#include <gtest/gtest.h>

#include "tests/unit/heap/heap_test_util.h"

#if LUCID_CODE_SPACE && defined(__x86_64__)
#include <asmjit/x86.h>
#endif

namespace lucid {
namespace {

using CodeSpaceTest = HeapTest;

TEST_F(CodeSpaceTest, CodeCellsLiveInTheMetadataSpace) {
  HandleScope scope(isolate_);
  Handle<Code> code = Code::New(isolate_, Handle<Value>(Value::Undefined(), isolate_));
  EXPECT_TRUE(Heap::InMetadataSpace(*code));
  EXPECT_EQ(code->instruction_start(), 0u);
  EXPECT_FALSE(code->marked_for_deoptimization());
  Address address = code->address();
  Scavenge();
  FullGC(Heap::CompactionMode::kAllPages);
  EXPECT_EQ(code->address(), address);
}

#if LUCID_CODE_SPACE && defined(__x86_64__)

// mov eax, 42; ret
Handle<Code> NewAnswerCode(Isolate* isolate) {
  asmjit::CodeHolder holder;
  holder.init(isolate->heap()->code_space()->runtime()->environment());
  asmjit::x86::Assembler a(&holder);
  a.mov(asmjit::x86::eax, 42);
  a.ret();
  return Code::New(isolate, &holder, Handle<Value>(Value::Undefined(), isolate));
}

TEST_F(CodeSpaceTest, CodeRunsAndIsReleasedWhenItsCellDies) {
  CodeSpace* space = heap()->code_space();
  EXPECT_EQ(space->Used(), 0u);
  EXPECT_EQ(space->Committed(), 0u);
  {
    HandleScope scope(isolate_);
    Handle<Code> code = NewAnswerCode(isolate_);
    ASSERT_NE(code->instruction_start(), 0u);
    EXPECT_EQ(code->instruction_size(), 6u);  // b8 2a 00 00 00 c3
    auto fn = reinterpret_cast<int (*)()>(code->instruction_start());
    EXPECT_EQ(fn(), 42);
    EXPECT_EQ(space->code_count(), 1);
    EXPECT_GT(space->Used(), 0u);
    EXPECT_GE(space->Committed(), space->Used());
    Heap::HeapStatistics stats = heap()->GetStatistics();
    EXPECT_STREQ(stats.spaces[4].js_name, "code_space");
    EXPECT_EQ(stats.spaces[4].used, space->Used());
    EXPECT_EQ(stats.total_heap_size_executable, space->Committed());
    // A live cell keeps its code through any GC.
    FullGC();
    EXPECT_EQ(fn(), 42);
    EXPECT_EQ(space->code_count(), 1);
  }
  FullGC();  // The cell died: its machine code goes.
  EXPECT_EQ(space->code_count(), 0);
  EXPECT_EQ(space->released_count(), 1u);
  EXPECT_EQ(space->Used(), 0u);
  EXPECT_EQ(space->Committed(), 0u);
  EXPECT_EQ(heap()->GetStatistics().spaces[4].committed, 0u);
}

TEST_F(CodeSpaceTest, ManyCodeCellsAreAccountedAndFreed) {
  CodeSpace* space = heap()->code_space();
  {
    HandleScope scope(isolate_);
    Handle<FixedArray> keep = NewCounting(50, AllocationType::kOld);
    for (int i = 0; i < 200; i++) {
      HandleScope inner(isolate_);
      Handle<Code> code = NewAnswerCode(isolate_);
      if (i % 4 == 0) keep->set(i / 4, code->ToValue());
    }
    FullGC();
    EXPECT_EQ(space->code_count(), 50);
    for (int i = 0; i < 50; i++) {
      auto fn = reinterpret_cast<int (*)()>(Code::cast(keep->get(i))->instruction_start());
      EXPECT_EQ(fn(), 42);
    }
  }
  FullGC();
  EXPECT_EQ(space->code_count(), 0);
  EXPECT_EQ(space->Used(), 0u);
  EXPECT_EQ(space->Committed(), 0u);
}

#endif  // LUCID_CODE_SPACE && __x86_64__

}  // namespace
}  // namespace lucid
