// Copyright 2024 the Lucid authors. MIT license.
// Weak references: ephemerons, the weak string table, weak transitions,
// WeakFixedArray, WeakRef with KeepDuringJob, FinalizationRegistry cleanup
// records, shape-death hooks.

#include <gtest/gtest.h>

#include <vector>

#include "gc/code_space.h"
#include "gc/weak_refs.h"
#include "tests/unit/heap/heap_test_util.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string_table.h"
#include "vm/objects/transitions.h"

namespace lucid {
namespace {

// An isolate with the object model (shapes, strings, the string table).
class WeakRefsTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    InitializeObjectModel(isolate_);
  }
  Factory* factory() { return FactoryOf(isolate_); }
  Handle<HeapObject> NewObject() { return Handle<HeapObject>(factory()->NewJSObject()); }
  Handle<Shape> NewShapeOf(InstanceType type, int size) {
    return Shape::NewJSShape(isolate_, type, size, 0, Handle<Value>(Value::Null(), isolate_));
  }
};

TEST_F(WeakRefsTest, EphemeronEntriesLiveExactlyAsLongAsTheirKeys) {
  HandleScope scope(isolate_);
  Handle<EphemeronHashTable> table = EphemeronHashTable::New(isolate_);
  auto put = [&](Handle<HeapObject> key, Handle<Value> value, uint32_t hash) {
    table.Patch(EphemeronHashTable::Put(isolate_, table, key, value, hash).value());
  };
  Handle<HeapObject> live_key = NewObject();
  Handle<HeapObject> chain_key = NewObject();
  {
    HandleScope inner(isolate_);
    // Value reachable only through a live key: stays.
    put(live_key, Handle<Value>(NewCounting(3)), 1);
    // Key dead: the entry goes (and its value with it).
    put(NewObject(), Handle<Value>(NewCounting(4)), 2);
    // Value refers to its own dead key: still garbage (no leak through the cycle).
    Handle<HeapObject> cyclic = NewObject();
    put(cyclic, Handle<Value>(cyclic), 3);
    // Chain: live_key2 -> hidden key -> payload; the fixpoint must find it.
    Handle<HeapObject> hidden = NewObject();
    put(hidden, Handle<Value>(NewCounting(5)), 4);
    put(chain_key, Handle<Value>(hidden), 5);
  }
  EXPECT_EQ(table->NumberOfElements(), 5);
  Scavenge();  // Scavenges treat the table as strong.
  EXPECT_EQ(table->NumberOfElements(), 5);
  FullGC();
  EXPECT_EQ(table->NumberOfElements(), 3);
  EXPECT_EQ(table->NumberOfDeleted(), 2);
  Value value = table->Lookup(*live_key, 1);
  ASSERT_TRUE(IsFixedArray(value));
  EXPECT_TRUE(IsCounting(FixedArray::cast(value), 3));
  Value hidden = table->Lookup(*chain_key, 5);
  ASSERT_TRUE(hidden.IsHeapObject());
  Value payload = table->Lookup(hidden.heap_object(), 4);
  ASSERT_TRUE(IsFixedArray(payload));
  EXPECT_TRUE(IsCounting(FixedArray::cast(payload), 5));
  // Survives compaction and removal works after it.
  CompactingGC();
  EXPECT_TRUE(table->Remove(*live_key, 1));
  EXPECT_TRUE(table->Lookup(*live_key, 1).IsTheHole());
  EXPECT_EQ(table->NumberOfElements(), 2);
}

TEST_F(WeakRefsTest, EphemeronTableGrowsAndKeepsEntries) {
  HandleScope scope(isolate_);
  Handle<EphemeronHashTable> table = EphemeronHashTable::New(isolate_);
  Handle<FixedArray> keys = NewCounting(100, AllocationType::kOld);
  for (int i = 0; i < 100; i++) {
    HandleScope inner(isolate_);
    Handle<HeapObject> key = NewObject();
    keys->set(i, key->ToValue());
    table.Patch(EphemeronHashTable::Put(isolate_, table, key,
                                        Handle<Value>(Value::FromInt32(i), isolate_), i * 7)
                    .value());
  }
  FullGC();
  EXPECT_EQ(table->NumberOfElements(), 100);
  for (int i = 0; i < 100; i++) {
    EXPECT_EQ(table->Lookup(keys->get(i).heap_object(), i * 7), Value::FromInt32(i));
  }
}

TEST_F(WeakRefsTest, DeadStringsLeaveTheStringTable) {
  HandleScope scope(isolate_);
  StringTable* table = StringTable::cast(isolate_->roots().string_table());
  int before = table->NumberOfElements();
  Handle<String> kept = factory()->InternalizeAscii("weak-table-kept");
  {
    HandleScope inner(isolate_);
    factory()->InternalizeAscii("weak-table-dropped");
  }
  EXPECT_EQ(StringTable::cast(isolate_->roots().string_table())->NumberOfElements(), before + 2);
  FullGC();
  table = StringTable::cast(isolate_->roots().string_table());
  EXPECT_EQ(table->NumberOfElements(), before + 1);
  EXPECT_GE(table->NumberOfDeleted(), 1);
  Handle<String> probe = factory()->NewStringFromAscii("weak-table-dropped");
  EXPECT_TRUE(StringTable::TryLookup(isolate_, *probe).IsUndefined());
  Handle<String> probe_kept = factory()->NewStringFromAscii("weak-table-kept");
  EXPECT_EQ(StringTable::TryLookup(isolate_, *probe_kept), kept.value());
  // Root strings stay: "length" is still the root.
  Handle<String> length = factory()->InternalizeAscii("length");
  EXPECT_EQ(length.value(), isolate_->roots().length_string());
  // Re-internalizing the dropped text makes a fresh entry (reusing a hole).
  factory()->InternalizeAscii("weak-table-dropped");
  EXPECT_EQ(StringTable::cast(isolate_->roots().string_table())->NumberOfElements(), before + 2);
}

TEST_F(WeakRefsTest, TransitionsToDeadShapesAreRemoved) {
  HandleScope scope(isolate_);
  Handle<Name> key = factory()->InternalizeAscii("onlyUsedHere");
  Handle<Name> kept_key = factory()->InternalizeAscii("keptProperty");
  Handle<Shape> root(isolate_->roots().slot(RootIndex::kJSObjectShape));
  Handle<JSObject> survivor = factory()->NewJSObject();
  JSObject::AddProperty(isolate_, survivor, kept_key, Handle<Value>(Value::FromInt32(1), isolate_),
                        PropertyAttributes::NONE);
  {
    HandleScope inner(isolate_);
    Handle<JSObject> object = factory()->NewJSObject();
    JSObject::AddProperty(isolate_, object, key, Handle<Value>(Value::FromInt32(1), isolate_),
                          PropertyAttributes::NONE);
  }
  int info = TransitionArray::PropertyInfo(PropertyKind::kData, PropertyAttributes::NONE);
  ASSERT_NE(TransitionArray::Search(*root, *key, info), nullptr);
  Shape* kept_child = TransitionArray::Search(*root, *kept_key, info);
  ASSERT_EQ(kept_child, survivor->shape());
  int before = TransitionArray::NumberOfTransitions(*root);
  FullGC();
  EXPECT_EQ(TransitionArray::Search(*root, *key, info), nullptr) << "the child died";
  EXPECT_EQ(TransitionArray::Search(*root, *kept_key, info), survivor->shape());
  EXPECT_EQ(TransitionArray::NumberOfTransitions(*root), before - 1);
  // Adding the property again makes a new child through a new edge.
  Handle<JSObject> again = factory()->NewJSObject();
  JSObject::AddProperty(isolate_, again, key, Handle<Value>(Value::FromInt32(2), isolate_),
                        PropertyAttributes::NONE);
  EXPECT_EQ(TransitionArray::Search(*root, *key, info), again->shape());
}

TEST_F(WeakRefsTest, WeakFixedArrayElementsAreClearedToUndefined) {
  HandleScope scope(isolate_);
  Handle<WeakFixedArray> list = WeakFixedArray::New(isolate_, 3, AllocationType::kOld);
  Handle<HeapObject> alive = NewObject();
  list->set(0, Value::FromInt32(2));
  list->set(1, alive->ToValue());
  {
    HandleScope inner(isolate_);
    list->set(2, NewObject()->ToValue());
  }
  Scavenge();
  EXPECT_TRUE(list->get(2).IsHeapObject()) << "scavenges keep weak targets";
  FullGC();
  EXPECT_EQ(list->get(0), Value::FromInt32(2));
  EXPECT_EQ(list->get(1), alive->ToValue());
  EXPECT_TRUE(list->get(2).IsUndefined());
}

TEST_F(WeakRefsTest, WeakRefTargetsAreKeptUntilTheJobEnds) {
  HandleScope scope(isolate_);
  Handle<Shape> shape = NewShapeOf(InstanceType::kJSWeakRef, JSWeakRef::kSize);
  Handle<JSWeakRef> ref;
  {
    HandleScope inner(isolate_);
    Handle<HeapObject> target = NewObject();
    ref = inner.CloseAndEscape(WeakRefs::NewJSWeakRef(isolate_, shape, target));
  }
  EXPECT_EQ(WeakRefs::KeptObjectsCount(isolate_), 1);
  FullGC();
  ASSERT_TRUE(ref->target().IsHeapObject()) << "created in this job: kept";
  {
    HandleScope inner(isolate_);
    Handle<Value> deref = WeakRefs::Deref(isolate_, ref);
    EXPECT_EQ(*deref, ref->target());
    EXPECT_EQ(WeakRefs::KeptObjectsCount(isolate_), 1) << "the same target is not added twice";
  }
  heap()->ClearKeptObjects();  // The host: the job ended.
  EXPECT_EQ(WeakRefs::KeptObjectsCount(isolate_), 0);
  FullGC();
  EXPECT_TRUE(ref->target().IsUndefined());
  EXPECT_TRUE(WeakRefs::Deref(isolate_, ref)->IsUndefined());
}

TEST_F(WeakRefsTest, WeakRefToALiveTargetFollowsItWhenItMoves) {
  HandleScope scope(isolate_);
  Handle<Shape> shape = NewShapeOf(InstanceType::kJSWeakRef, JSWeakRef::kSize);
  Handle<HeapObject> target = NewObject();
  Handle<JSWeakRef> ref = WeakRefs::NewJSWeakRef(isolate_, shape, target);
  heap()->ClearKeptObjects();
  Scavenge();
  Scavenge();  // Promoted.
  CompactingGC();
  EXPECT_EQ(ref->target(), target->ToValue());
}

struct CleanupLog {
  int calls = 0;
};

TEST_F(WeakRefsTest, FinalizationRegistryQueuesCleanupRecordsInRegistrationOrder) {
  HandleScope scope(isolate_);
  CleanupLog log;
  heap()->SetFinalizationCleanupCallback(
      [](Isolate*, void* data) { static_cast<CleanupLog*>(data)->calls++; }, &log);
  Handle<Shape> shape = NewShapeOf(InstanceType::kJSFinalizationRegistry,
                                   JSFinalizationRegistry::kSize);
  Handle<Value> undefined(Value::Undefined(), isolate_);
  Handle<JSFinalizationRegistry> registry =
      WeakRefs::NewJSFinalizationRegistry(isolate_, shape, undefined, undefined);
  Handle<HeapObject> token = NewObject();
  Handle<HeapObject> survivor = NewObject();
  auto holdings = [this](int i) { return Handle<Value>(Value::FromInt32(i), isolate_); };
  {
    HandleScope inner(isolate_);
    WeakRefs::Register(isolate_, registry, NewObject(), holdings(1), undefined);
    WeakRefs::Register(isolate_, registry, NewObject(), holdings(2), Handle<Value>(token));
    WeakRefs::Register(isolate_, registry, NewObject(), holdings(3), undefined);
    WeakRefs::Register(isolate_, registry, survivor, holdings(4), undefined);
  }
  EXPECT_TRUE(WeakRefs::Unregister(isolate_, *registry, *token));
  EXPECT_FALSE(WeakRefs::Unregister(isolate_, *registry, *token));
  Scavenge();
  EXPECT_EQ(log.calls, 0) << "nothing dies in a scavenge";
  FullGC();
  EXPECT_EQ(log.calls, 1) << "one callback after the GC, never during it";
  Value dirty = WeakRefs::TakeDirtyFinalizationRegistry(isolate_);
  ASSERT_EQ(dirty, registry->ToValue());
  EXPECT_TRUE(WeakRefs::TakeDirtyFinalizationRegistry(isolate_).IsUndefined());
  EXPECT_EQ(WeakRefs::PopClearedCellHoldings(*registry), Value::FromInt32(1));
  EXPECT_EQ(WeakRefs::PopClearedCellHoldings(*registry), Value::FromInt32(3));
  EXPECT_TRUE(WeakRefs::PopClearedCellHoldings(*registry).IsTheHole());
  // The survivor's cell is still active.
  ASSERT_TRUE(IsWeakCell(registry->active_cells()));
  WeakCell* cell = WeakCell::cast(registry->active_cells());
  EXPECT_EQ(cell->target(), survivor->ToValue());
  EXPECT_TRUE(cell->next().IsUndefined());
  FullGC();
  EXPECT_EQ(log.calls, 1) << "nothing new died";
  heap()->SetFinalizationCleanupCallback(nullptr, nullptr);
}

TEST_F(WeakRefsTest, DeadRegistryQueuesNothing) {
  HandleScope scope(isolate_);
  CleanupLog log;
  heap()->SetFinalizationCleanupCallback(
      [](Isolate*, void* data) { static_cast<CleanupLog*>(data)->calls++; }, &log);
  {
    HandleScope inner(isolate_);
    Handle<Shape> shape = NewShapeOf(InstanceType::kJSFinalizationRegistry,
                                     JSFinalizationRegistry::kSize);
    Handle<Value> undefined(Value::Undefined(), isolate_);
    Handle<JSFinalizationRegistry> registry =
        WeakRefs::NewJSFinalizationRegistry(isolate_, shape, undefined, undefined);
    WeakRefs::Register(isolate_, registry, NewObject(), Handle<Value>(Value::FromInt32(1), isolate_),
                       undefined);
  }
  FullGC();
  EXPECT_EQ(log.calls, 0);
  EXPECT_TRUE(WeakRefs::TakeDirtyFinalizationRegistry(isolate_).IsUndefined());
  heap()->SetFinalizationCleanupCallback(nullptr, nullptr);
}

// Test-only hook state (tests run on one thread).
struct ShapeDeathLog {
  int stub_cache_clears = 0;
  std::vector<Address> dead_shapes;
};
ShapeDeathLog* g_shape_death_log = nullptr;

TEST_F(WeakRefsTest, ShapeDeathClearsTheStubCacheAndDeoptimizesDependentCode) {
  HandleScope scope(isolate_);
  ShapeDeathLog log;
  g_shape_death_log = &log;
  Heap::ShapeDeathHooks hooks;
  hooks.clear_stub_cache = [](Isolate*) { g_shape_death_log->stub_cache_clears++; };
  hooks.deoptimize_dependent_code = [](Isolate*, ShapeLayout* shape) {
    g_shape_death_log->dead_shapes.push_back(shape->address());
  };
  heap()->SetShapeDeathHooks(hooks);
  Handle<Code> code = Code::New(isolate_, Handle<Value>(Value::Undefined(), isolate_));
  Address dying;
  {
    HandleScope inner(isolate_);
    ShapeLayout* shape = heap()->AllocateShape(InstanceType::kJSObject, 32);
    dying = shape->address();
    Handle<Value> shape_handle(shape->ToValue(), isolate_);
    Handle<WeakFixedArray> dependents = WeakFixedArray::New(isolate_, 1, AllocationType::kMetadata);
    dependents->set(0, code->ToValue());
    static_cast<ShapeLayout*>(shape_handle->heap_object())->set_dependent_code(dependents->ToValue());
  }
  EXPECT_FALSE(code->marked_for_deoptimization());
  FullGC();
  EXPECT_EQ(log.stub_cache_clears, 1);
  EXPECT_NE(std::find(log.dead_shapes.begin(), log.dead_shapes.end(), dying), log.dead_shapes.end());
  EXPECT_TRUE(code->marked_for_deoptimization());
  // No dead shape: no clear.
  FullGC();
  EXPECT_EQ(log.stub_cache_clears, 1);
  heap()->SetShapeDeathHooks(Heap::ShapeDeathHooks());
  g_shape_death_log = nullptr;
}

}  // namespace
}  // namespace lucid
