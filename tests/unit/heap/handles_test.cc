// Copyright 2024 the Lucid authors. MIT license.
// Handles, scopes, escaping, MaybeHandle.

#include "gc/handles.h"

#include <gtest/gtest.h>

#include "vm/isolate.h"
#include "vm/objects/fixed_array.h"

namespace lucid {
namespace {

class HandlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Flags flags;
    flags.min_semi_space_size = flags.max_semi_space_size = 1;
    flags.verify_heap = true;
    isolate_ = Isolate::New(flags);
  }
  void TearDown() override { Isolate::Dispose(isolate_); }
  Isolate* isolate_ = nullptr;
};

TEST_F(HandlesTest, ScopesReleaseTheirHandles) {
  EXPECT_EQ(HandleScope::NumberOfHandles(isolate_), 0);
  {
    HandleScope outer(isolate_);
    Handle<Value> a(Value::FromInt32(1), isolate_);
    {
      HandleScope inner(isolate_);
      // Enough to need several blocks.
      for (int i = 0; i < 3 * HandleScopeData::kBlockSize; i++) {
        Handle<Value> h(Value::FromInt32(i), isolate_);
        ASSERT_EQ(h.value(), Value::FromInt32(i));
      }
      EXPECT_EQ(HandleScope::NumberOfHandles(isolate_), 1 + 3 * HandleScopeData::kBlockSize);
    }
    EXPECT_EQ(HandleScope::NumberOfHandles(isolate_), 1);
    EXPECT_EQ(*a, Value::FromInt32(1));
  }
  EXPECT_EQ(HandleScope::NumberOfHandles(isolate_), 0);
}

Handle<FixedArray> MakeArray(Isolate* isolate, int length) {
  HandleScope scope(isolate);
  Handle<FixedArray> array = handle(isolate->heap()->AllocateFixedArray(length), isolate);
  for (int i = 0; i < 100; i++) Handle<Value>(Value::FromInt32(i), isolate);
  return scope.CloseAndEscape(array);
}

Handle<FixedArray> MakeArrayEscapable(Isolate* isolate, int length) {
  EscapableHandleScope scope(isolate);
  Handle<FixedArray> array = handle(isolate->heap()->AllocateFixedArray(length), isolate);
  return scope.Escape(array);
}

TEST_F(HandlesTest, CloseAndEscape) {
  HandleScope scope(isolate_);
  Handle<FixedArray> a = MakeArray(isolate_, 3);
  Handle<FixedArray> b = MakeArrayEscapable(isolate_, 4);
  EXPECT_EQ(HandleScope::NumberOfHandles(isolate_), 2);
  isolate_->heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  EXPECT_EQ(a->length(), 3);
  EXPECT_EQ(b->length(), 4);
}

TEST_F(HandlesTest, HandleConversions) {
  HandleScope scope(isolate_);
  Handle<FixedArray> array = handle(isolate_->heap()->AllocateFixedArray(2), isolate_);
  Handle<HeapObject> object = array;  // Upcast.
  Handle<Value> value = array;        // Any handle is a Handle<Value>.
  EXPECT_TRUE(object->IsFixedArray());
  EXPECT_TRUE(value->IsHeapObject());
  EXPECT_EQ(Handle<FixedArray>::cast(value)->length(), 2);
  EXPECT_TRUE(array.is_identical_to(Handle<FixedArray>::cast(object)));
  MaybeHandle<FixedArray> maybe = array;
  Handle<FixedArray> out;
  EXPECT_TRUE(maybe.ToHandle(&out));
  EXPECT_EQ(out->length(), 2);
  MaybeHandle<FixedArray> empty;
  EXPECT_FALSE(empty.ToHandle(&out));
  EXPECT_TRUE(out.is_null());
  // Root slots are stable, so a handle may point straight at one.
  Handle<FixedArray> root(isolate_->roots().slot(RootIndex::kEmptyFixedArray));
  EXPECT_EQ(root->length(), 0);
}

TEST(HandlesDeathTest, HandleWithoutScopeIsFatal) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Isolate* isolate = Isolate::New();
        Handle<Value> h(Value::FromInt32(1), isolate);
      },
      "without a HandleScope");
}

}  // namespace
}  // namespace lucid
