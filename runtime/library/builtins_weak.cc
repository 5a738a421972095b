// Copyright the Lucid authors. MIT license.
// WeakMap, WeakSet (ECMA-262 24.3, 24.4), WeakRef and FinalizationRegistry
// (26.1, 26.2) on the GC's weak containers (gc/weak_refs.h), and the host
// side of weakness: clearing the KeepDuringJob set at the end of a
// microtask checkpoint and posting the FinalizationRegistry cleanup task.

#include "runtime/library/builtins_weak.h"

#include "gc/heap.h"
#include "gc/weak_refs.h"
#include "runtime/job_queue.h"
#include "runtime/library/builtins_collections.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/ordered_hash_table.h"
#include "vm/objects/symbol.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// Spec: CanBeHeldWeakly(v): an object, or a symbol that is not registered
// (Symbol.for) and not one of Lucid's private symbols.
bool CanBeHeldWeakly(Value value) {
  if (lucid::IsJSReceiver(value)) return true;
  if (!lucid::IsSymbol(value)) return false;
  const Symbol* symbol = static_cast<const Symbol*>(value.heap_object());
  return !symbol->is_private() && !symbol->is_registered();
}

// The identity hash of a key that CanBeHeldWeakly; 0 when the key has none
// yet and {create} is false (then it is in no table).
uint32_t WeakKeyHash(Isolate* isolate, Value key, bool create) {
  return OrderedHashTable::HashOf(isolate, key, 0, create);
}

template <typename T>
bool ThisWeak(Isolate* isolate, BuiltinArguments args, bool (*is)(Value), const char* method,
              Handle<T>* out) {
  Value receiver = *args.receiver();
  if (!is(receiver)) {
    ThrowTemplate(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                  {method, DescribeReceiverForMessage(isolate, receiver)});
    return false;
  }
  *out = Handle<T>::cast(args.receiver());
  return true;
}

bool IsWeakMapValue(Value v) { return lucid::IsJSWeakMap(v); }
bool IsWeakSetValue(Value v) { return lucid::IsJSWeakSet(v); }
bool IsWeakRefValue(Value v) { return lucid::IsJSWeakRef(v); }
bool IsRegistryValue(Value v) { return lucid::IsJSFinalizationRegistry(v); }

Handle<EphemeronHashTable> TableOf(Isolate* isolate, Handle<JSObject> collection) {
  auto* weak = reinterpret_cast<JSWeakCollection*>(*collection);
  return Handle<EphemeronHashTable>(EphemeronHashTable::cast(weak->table()), isolate);
}

// table[key] = value, storing the (possibly grown) table back.
void WeakPut(Isolate* isolate, Handle<JSObject> collection, Handle<Value> key,
             Handle<Value> value) {
  uint32_t hash = WeakKeyHash(isolate, *key, true);
  Handle<EphemeronHashTable> table = EphemeronHashTable::Put(
      isolate, TableOf(isolate, collection), Handle<HeapObject>::cast(key), value, hash);
  reinterpret_cast<JSWeakCollection*>(*collection)->set_table(table->ToValue());
}

// The value stored for {key}, or the hole.
Value WeakLookup(Isolate* isolate, Handle<JSObject> collection, Value key) {
  if (!CanBeHeldWeakly(key)) return Value::TheHole();
  uint32_t hash = WeakKeyHash(isolate, key, false);
  if (hash == 0 && lucid::IsJSReceiver(key)) return Value::TheHole();
  return TableOf(isolate, collection)->Lookup(key.heap_object(), hash);
}

bool WeakRemove(Isolate* isolate, Handle<JSObject> collection, Value key) {
  if (!CanBeHeldWeakly(key)) return false;
  uint32_t hash = WeakKeyHash(isolate, key, false);
  if (hash == 0 && lucid::IsJSReceiver(key)) return false;
  return TableOf(isolate, collection)->Remove(key.heap_object(), hash);
}

Value ConstructWeakCollection(Isolate* isolate, BuiltinArguments args, bool is_map) {
  if (!args.is_construct_call()) {
    return ThrowTypeError(isolate, is_map ? "Constructor WeakMap requires 'new'"
                                          : "Constructor WeakSet requires 'new'");
  }
  Handle<JSObject> object;
  if (!AllocateFromNewTarget(isolate, args,
                             is_map ? InstanceType::kJSWeakMap : InstanceType::kJSWeakSet,
                             JSWeakCollection::kSize)
           .ToHandle(&object)) {
    return Value::Exception();
  }
  Handle<EphemeronHashTable> table = EphemeronHashTable::New(isolate);
  reinterpret_cast<JSWeakCollection*>(*object)->set_table(table->ToValue());
  Handle<Value> iterable = args.at(0);
  if (!iterable->IsNullOrUndefined() &&
      !AddEntriesFromIterable(isolate, object, iterable, is_map)) {
    return Value::Exception();
  }
  return object->ToValue();
}

}  // namespace

// -- WeakMap ---------------------------------------------------------------------

Value Builtin_LibWeakMapConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructWeakCollection(isolate, args, true);
}

Value Builtin_LibWeakMapPrototypeGet(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> map;
  if (!ThisWeak(isolate, args, IsWeakMapValue, "WeakMap.prototype.get", &map)) {
    return Value::Exception();
  }
  Value value = WeakLookup(isolate, map, args[0]);
  return value.IsTheHole() ? Value::Undefined() : value;
}

Value Builtin_LibWeakMapPrototypeSet(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> map;
  if (!ThisWeak(isolate, args, IsWeakMapValue, "WeakMap.prototype.set", &map)) {
    return Value::Exception();
  }
  if (!CanBeHeldWeakly(args[0])) return ThrowTypeError(isolate, "Invalid value used as weak map key");
  WeakPut(isolate, map, args.at(0), args.at(1));
  return map->ToValue();
}

Value Builtin_LibWeakMapPrototypeHas(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> map;
  if (!ThisWeak(isolate, args, IsWeakMapValue, "WeakMap.prototype.has", &map)) {
    return Value::Exception();
  }
  return Value::FromBool(!WeakLookup(isolate, map, args[0]).IsTheHole());
}

Value Builtin_LibWeakMapPrototypeDelete(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> map;
  if (!ThisWeak(isolate, args, IsWeakMapValue, "WeakMap.prototype.delete", &map)) {
    return Value::Exception();
  }
  return Value::FromBool(WeakRemove(isolate, map, args[0]));
}

// -- WeakSet ---------------------------------------------------------------------

Value Builtin_LibWeakSetConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructWeakCollection(isolate, args, false);
}

Value Builtin_LibWeakSetPrototypeAdd(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> set;
  if (!ThisWeak(isolate, args, IsWeakSetValue, "WeakSet.prototype.add", &set)) {
    return Value::Exception();
  }
  if (!CanBeHeldWeakly(args[0])) return ThrowTypeError(isolate, "Invalid value used in weak set");
  WeakPut(isolate, set, args.at(0), handle(Value::True(), isolate));
  return set->ToValue();
}

Value Builtin_LibWeakSetPrototypeHas(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> set;
  if (!ThisWeak(isolate, args, IsWeakSetValue, "WeakSet.prototype.has", &set)) {
    return Value::Exception();
  }
  return Value::FromBool(!WeakLookup(isolate, set, args[0]).IsTheHole());
}

Value Builtin_LibWeakSetPrototypeDelete(Isolate* isolate, BuiltinArguments args) {
  Handle<JSObject> set;
  if (!ThisWeak(isolate, args, IsWeakSetValue, "WeakSet.prototype.delete", &set)) {
    return Value::Exception();
  }
  return Value::FromBool(WeakRemove(isolate, set, args[0]));
}

// -- WeakRef ---------------------------------------------------------------------

Value Builtin_LibWeakRefConstructor(Isolate* isolate, BuiltinArguments args) {
  if (!args.is_construct_call()) return ThrowTypeError(isolate, "Constructor WeakRef requires 'new'");
  if (!CanBeHeldWeakly(args[0])) return ThrowTypeError(isolate, "WeakRef: invalid target");
  Handle<JSObject> object;
  if (!AllocateFromNewTarget(isolate, args, InstanceType::kJSWeakRef, JSWeakRef::kSize)
           .ToHandle(&object)) {
    return Value::Exception();
  }
  Handle<HeapObject> target = Handle<HeapObject>::cast(args.at(0));
  Handle<JSWeakRef>::cast(object)->set_target(target->ToValue());
  WeakRefs::KeepDuringJob(isolate, target);
  return object->ToValue();
}

Value Builtin_LibWeakRefPrototypeDeref(Isolate* isolate, BuiltinArguments args) {
  Handle<JSWeakRef> ref;
  if (!ThisWeak(isolate, args, IsWeakRefValue, "WeakRef.prototype.deref", &ref)) {
    return Value::Exception();
  }
  return *WeakRefs::Deref(isolate, ref);
}

// -- FinalizationRegistry ------------------------------------------------------------

Value Builtin_LibFinalizationRegistryConstructor(Isolate* isolate, BuiltinArguments args) {
  if (!args.is_construct_call()) {
    return ThrowTypeError(isolate, "Constructor FinalizationRegistry requires 'new'");
  }
  if (!IsCallableValue(args[0])) {
    return ThrowTypeError(isolate, "FinalizationRegistry: cleanup must be callable");
  }
  Handle<JSObject> object;
  if (!AllocateFromNewTarget(isolate, args, InstanceType::kJSFinalizationRegistry,
                             JSFinalizationRegistry::kSize)
           .ToHandle(&object)) {
    return Value::Exception();
  }
  Handle<JSFinalizationRegistry> registry = Handle<JSFinalizationRegistry>::cast(object);
  registry->set_native_context(F(isolate)->native_context()->ToValue());
  registry->set_cleanup(args[0]);
  registry->set_flags(0);
  return registry->ToValue();
}

Value Builtin_LibFinalizationRegistryPrototypeRegister(Isolate* isolate, BuiltinArguments args) {
  Handle<JSFinalizationRegistry> registry;
  if (!ThisWeak(isolate, args, IsRegistryValue, "FinalizationRegistry.prototype.register",
                &registry)) {
    return Value::Exception();
  }
  Value target = args[0];
  if (!CanBeHeldWeakly(target)) {
    return ThrowTypeError(isolate, "FinalizationRegistry.prototype.register: invalid target");
  }
  if (target == args[1]) {
    return ThrowTypeError(isolate,
                          "FinalizationRegistry.prototype.register: target and holdings must not "
                          "be same");
  }
  Value token = args[2];
  if (!token.IsUndefined() && !CanBeHeldWeakly(token)) {
    return ThrowTypeError(isolate, "Invalid unregisterToken ('" +
                                       DescribeForMessage(isolate, token) + "')");
  }
  WeakRefs::Register(isolate, registry, Handle<HeapObject>::cast(args.at(0)), args.at(1),
                     args.at(2));
  return Value::Undefined();
}

Value Builtin_LibFinalizationRegistryPrototypeUnregister(Isolate* isolate, BuiltinArguments args) {
  Handle<JSFinalizationRegistry> registry;
  if (!ThisWeak(isolate, args, IsRegistryValue, "FinalizationRegistry.prototype.unregister",
                &registry)) {
    return Value::Exception();
  }
  Value token = args[0];
  if (!CanBeHeldWeakly(token)) {
    return ThrowTypeError(isolate, "Invalid unregisterToken ('" +
                                       DescribeForMessage(isolate, token) + "')");
  }
  return Value::FromBool(WeakRefs::Unregister(isolate, *registry, token.heap_object()));
}

// The host task: for every registry with cleared cells, cleanup(holdings)
// per cell, oldest registration first. A callback that throws ends the
// task with its exception (reported as uncaught); the registries left stay
// dirty and get a new task at the next checkpoint.
Value Builtin_LibFinalizationRegistryCleanupTask(Isolate* isolate, BuiltinArguments) {
  isolate->set_finalization_cleanup_posted(false);
  for (;;) {
    HandleScope scope(isolate);
    Value dirty = WeakRefs::TakeDirtyFinalizationRegistry(isolate);
    if (dirty.IsUndefined()) return Value::Undefined();
    Handle<JSFinalizationRegistry> registry(JSFinalizationRegistry::cast(dirty), isolate);
    for (;;) {
      HandleScope inner(isolate);
      Value holdings = WeakRefs::PopClearedCellHoldings(*registry);
      if (holdings.IsTheHole()) break;
      Handle<Value> cleanup(registry->cleanup(), isolate);
      Handle<Value> undefined(Value::Undefined(), isolate);
      if (Call(isolate, cleanup, undefined, {handle(holdings, isolate)}).is_null()) {
        return Value::Exception();
      }
    }
  }
}

void FinishMicrotaskCheckpoint(Isolate* isolate) {
  // Spec: ClearKeptObjects when the synchronous run of the job is over
  // (V8 does it at the end of every microtask checkpoint).
  isolate->heap()->ClearKeptObjects();
  if (isolate->finalization_cleanup_posted() ||
      isolate->roots().dirty_js_finalization_registries().IsUndefined()) {
    return;
  }
  HandleScope scope(isolate);
  isolate->set_finalization_cleanup_posted(true);
  EnqueueHostTask(isolate, NewBuiltinFunction(isolate, Builtin::kLibFinalizationRegistryCleanupTask));
}

}  // namespace lucid
