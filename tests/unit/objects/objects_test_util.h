// Copyright 2025 the Lucid authors. MIT license.
// Shared fixture for the object-model tests: an isolate with the object
// model bootstrapped, small semispaces, and helpers to build keys/values.

#ifndef LUCID_TESTS_UNIT_OBJECTS_OBJECTS_TEST_UTIL_H_
#define LUCID_TESTS_UNIT_OBJECTS_OBJECTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "gc/handles.h"
#include "gc/heap.h"
#include "vm/execution.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_key.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

namespace lucid {

// A C++ function standing in for a JS function in these tests: the fake
// Execution::Call (fake_execution.cc) dispatches on the callee's
// SharedFunctionInfo function_data, an int32 index into this table.
using FakeNative = MaybeHandle<Value> (*)(Isolate* isolate, Handle<Value> receiver, int argc,
                                          const Handle<Value>* argv);
int RegisterFakeNative(FakeNative native);

class ObjectsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Flags flags;
    flags.max_semi_space_size = 1;
    flags.min_semi_space_size = 1;
    flags.predictable = true;
    flags.verify_heap = true;
    // LUCID_GC_STRESS=1 runs every test with a scavenge at every allocation
    // (and a full GC every 10th): any raw pointer held across an
    // allocation shows up as a wrong value or a verify-heap failure.
    if (std::getenv("LUCID_GC_STRESS") != nullptr) flags.gc_stress = true;
    isolate_ = Isolate::New(flags);
    InitializeObjectModel(isolate_);
    scope_ = new ScopeHolder(isolate_);
  }
  void TearDown() override {
    delete scope_;
    Isolate::Dispose(isolate_);
  }

  Isolate* isolate() const { return isolate_; }
  Factory* factory() const { return FactoryOf(isolate_); }
  Heap* heap() const { return isolate_->heap(); }

  Handle<String> Str(std::string_view text) { return factory()->NewStringFromUtf8(text); }
  Handle<Name> Key(std::string_view text) { return factory()->InternalizeUtf8(text); }
  PropertyKey PKey(std::string_view text) { return PropertyKey::From(isolate_, text); }
  Handle<Value> Int(int32_t v) { return handle(Value::FromInt32(v), isolate_); }
  Handle<Value> Num(double v) { return handle(Value::FromDouble(v), isolate_); }
  Handle<Value> Undef() { return handle(Value::Undefined(), isolate_); }

  // A function object whose "code" is {native} (through the fake
  // Execution::Call).
  Handle<JSFunction> NewNativeFunction(FakeNative native);

  // o[key] = value (spec [[Set]] through a named key).
  void Set(Handle<JSObject> o, std::string_view key, Handle<Value> value,
           StoreOrigin origin = StoreOrigin::kNamed) {
    MaybeBool ok = JSReceiver::SetProperty(isolate_, o, PKey(key), value, origin);
    ASSERT_TRUE(ok.has_value() && *ok) << key;
  }
  Handle<Value> Get(Handle<JSReceiver> o, std::string_view key) {
    return JSReceiver::GetProperty(isolate_, o, PKey(key)).ToHandleChecked();
  }
  // Own keys as "a,b,0" (strings and Symbol(desc)).
  std::string Keys(Handle<FixedArray> keys);

  void Scavenge() { heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting); }
  void FullGC() { heap()->CollectAllGarbage(GCReason::kTesting); }

 private:
  struct ScopeHolder {
    explicit ScopeHolder(Isolate* isolate) : scope(isolate) {}
    HandleScope scope;
  };
  Isolate* isolate_ = nullptr;
  ScopeHolder* scope_ = nullptr;
};

}  // namespace lucid

#endif  // LUCID_TESTS_UNIT_OBJECTS_OBJECTS_TEST_UTIL_H_
