// Copyright the Lucid authors. MIT license.
// require('v8'): node's getHeapStatistics() and getHeapSpaceStatistics()
// from Lucid's heap (Heap::GetStatistics, docs/gc.md "Heap statistics"),
// plus getGCStatistics(), Lucid's own: collections and pauses per kind.

#include "gc/heap.h"
#include "runtime/builtins.h"
#include "runtime/node/node_util.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"

namespace lucid {

namespace {

Handle<JSObject> PauseObject(Isolate* isolate, const Heap::PauseStatistics& pauses) {
  Handle<JSObject> object = node::NewObject(isolate);
  node::SetNumber(isolate, object, "count", pauses.count);
  node::SetNumber(isolate, object, "total_ms", pauses.total_ms);
  node::SetNumber(isolate, object, "p50_ms", pauses.p50_ms);
  node::SetNumber(isolate, object, "p99_ms", pauses.p99_ms);
  node::SetNumber(isolate, object, "max_ms", pauses.max_ms);
  return object;
}

}  // namespace

// v8.getHeapStatistics(): node's keys, in node's order.
Value Builtin_V8GetHeapStatistics(Isolate* isolate, BuiltinArguments) {
  HandleScope scope(isolate);
  Heap::HeapStatistics stats = isolate->heap()->GetStatistics();
  Handle<JSObject> object = node::NewObject(isolate);
  auto set = [&](const char* name, double value) { node::SetNumber(isolate, object, name, value); };
  set("total_heap_size", static_cast<double>(stats.total_heap_size));
  set("total_heap_size_executable", static_cast<double>(stats.total_heap_size_executable));
  set("total_physical_size", static_cast<double>(stats.total_physical_size));
  set("total_available_size", static_cast<double>(stats.total_available_size));
  set("used_heap_size", static_cast<double>(stats.used_heap_size));
  set("heap_size_limit", static_cast<double>(stats.heap_size_limit));
  set("malloced_memory", static_cast<double>(stats.malloced_memory));
  set("peak_malloced_memory", static_cast<double>(stats.malloced_memory));
  set("does_zap_garbage", 0);
  set("number_of_native_contexts", static_cast<double>(stats.number_of_native_contexts));
  set("number_of_detached_contexts", 0);
  set("total_global_handles_size", static_cast<double>(stats.total_global_handles));
  set("used_global_handles_size", static_cast<double>(stats.total_global_handles));
  set("external_memory", 0);
  return object->ToValue();
}

// v8.getHeapSpaceStatistics(): one record per space with node's keys.
Value Builtin_V8GetHeapSpaceStatistics(Isolate* isolate, BuiltinArguments) {
  HandleScope scope(isolate);
  Heap::HeapStatistics stats = isolate->heap()->GetStatistics();
  Handle<FixedArray> records = FactoryOf(isolate)->NewFixedArray(Heap::kStatisticsSpaceCount);
  for (int i = 0; i < Heap::kStatisticsSpaceCount; i++) {
    const Heap::SpaceStatistics& space = stats.spaces[i];
    Handle<JSObject> record = node::NewObject(isolate);
    node::SetString(isolate, record, "space_name", space.js_name);
    node::SetNumber(isolate, record, "space_size", static_cast<double>(space.size));
    node::SetNumber(isolate, record, "space_used_size", static_cast<double>(space.used));
    node::SetNumber(isolate, record, "space_available_size", static_cast<double>(space.available));
    node::SetNumber(isolate, record, "physical_space_size", static_cast<double>(space.committed));
    (*records)->set(i, record->ToValue());
  }
  Handle<Value> array = FactoryOf(isolate)->NewJSArrayWithElements(records);
  return *array;
}

// v8.getGCStatistics() (Lucid only): scavenges and mark-compacts (count,
// cumulative and percentile pauses) and the bytes the collectors moved.
Value Builtin_V8GetGCStatistics(Isolate* isolate, BuiltinArguments) {
  HandleScope scope(isolate);
  Heap::HeapStatistics stats = isolate->heap()->GetStatistics();
  Handle<JSObject> object = node::NewObject(isolate);
  node::Set(isolate, object, "scavenge", PauseObject(isolate, stats.scavenge));
  node::Set(isolate, object, "mark_compact", PauseObject(isolate, stats.mark_compact));
  node::SetNumber(isolate, object, "survived_bytes", static_cast<double>(stats.survived_bytes));
  node::SetNumber(isolate, object, "promoted_bytes", static_cast<double>(stats.promoted_bytes));
  node::SetNumber(isolate, object, "promoted_early_bytes", static_cast<double>(stats.promoted_early_bytes));
  node::SetNumber(isolate, object, "moved_bytes", static_cast<double>(stats.moved_bytes));
  node::SetNumber(isolate, object, "freed_bytes", static_cast<double>(stats.freed_bytes));
  node::SetNumber(isolate, object, "compactions", stats.compactions);
  return object->ToValue();
}

Handle<JSObject> MakeV8Module(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  InstallFunction(isolate, module, Builtin::kV8GetHeapStatistics);
  InstallFunction(isolate, module, Builtin::kV8GetHeapSpaceStatistics);
  InstallFunction(isolate, module, Builtin::kV8GetGCStatistics);
  return module;
}

}  // namespace lucid
