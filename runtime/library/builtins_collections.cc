// Copyright the Lucid authors. MIT license.
// Map, Set and their iterators (ECMA-262 24.1, 24.2), on the
// OrderedHashTable of vm/objects/ordered_hash_table.h.

#include "runtime/library/builtins_collections.h"

#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/ordered_hash_table.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

using Kind = JSCollectionIterator::Kind;

// V8's rendering of a value in "... is not a function" / "... is not
// iterable" messages thrown by its CSA builtins: the typeof and, for
// primitives, the value ("number 1", "string \"a\"", "object null").
std::string DescribeTypeAndValue(Isolate* isolate, Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "object null";
  if (value.IsNumber()) return "number " + DescribeForMessage(isolate, value);
  if (value.IsBoolean()) return value.IsTrue() ? "boolean true" : "boolean false";
  if (lucid::IsString(value)) return "string \"" + DescribeForMessage(isolate, value) + "\"";
  if (lucid::IsSymbol(value)) return "symbol";
  return lucid::IsCallable(value) ? "function" : "object";
}

Value ThrowIncompatibleReceiver(Isolate* isolate, const char* method, Value receiver) {
  return ThrowTemplate(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                       {method, DescribeReceiverForMessage(isolate, receiver)});
}

// The receiver as a JSMap (is_map) or JSSet, or a TypeError naming {method}.
bool ThisCollection(Isolate* isolate, BuiltinArguments args, bool is_map, const char* method,
                    Handle<JSCollection>* out) {
  Value receiver = *args.receiver();
  if (is_map ? !lucid::IsJSMap(receiver) : !lucid::IsJSSet(receiver)) {
    ThrowIncompatibleReceiver(isolate, method, receiver);
    return false;
  }
  *out = Handle<JSCollection>::cast(args.receiver());
  return true;
}

Handle<OrderedHashTable> TableOf(Isolate* isolate, Handle<JSCollection> collection) {
  return Handle<OrderedHashTable>(OrderedHashTable::cast(collection->table()), isolate);
}

}  // namespace

// Spec: OrdinaryCreateFromConstructor(newTarget, "%Map.prototype%"): the
// instance shape of the builtin, or of new.target for subclasses.
MaybeHandle<JSObject> AllocateFromNewTarget(Isolate* isolate, BuiltinArguments args,
                                            InstanceType type, int header_size) {
  Handle<JSFunction> target = Handle<JSFunction>::cast(args.target());
  Handle<Value> new_target = args.new_target();
  Handle<Shape> shape = JSFunction::EnsureInitialShape(isolate, target, type, header_size);
  if (*new_target != target->ToValue()) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return {};
    if (lucid::IsJSFunction(*new_target)) {
      Handle<JSFunction> nt = Handle<JSFunction>::cast(new_target);
      if (lucid::IsJSReceiver(*proto) && (*nt)->instance_prototype() != *proto) {
        JSFunction::SetInstancePrototype(isolate, nt, proto);
      }
      shape = JSFunction::GetDerivedShape(isolate, target, nt);
    } else {
      Handle<JSObject> object = F(isolate)->NewJSObjectFromShape(shape);
      if (lucid::IsJSReceiver(*proto)) JSReceiver::SetPrototype(isolate, object, proto);
      return object;
    }
  }
  return F(isolate)->NewJSObjectFromShape(shape);
}

namespace {

// Spec: IteratorClose(iteratorRecord, completion) for a throw completion:
// calls iterator.return() and keeps the original exception.
void CloseIteratorOnThrow(Isolate* isolate, Handle<Value> iterator) {
  Handle<Value> exception(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  Handle<Value> method;
  if (GetProperty(isolate, iterator, "return").ToHandle(&method) &&
      !method->IsNullOrUndefined() && IsCallableValue(*method)) {
    (void)Call(isolate, method, iterator, {});
  }
  isolate->clear_pending_exception();
  isolate->set_pending_exception(*exception);
}

// Spec: GetIterator(iterable, sync): the iterator and its next method.
bool GetIterator(Isolate* isolate, Handle<Value> iterable, Handle<Value>* iterator,
                 Handle<Value>* next) {
  Handle<Value> method;
  Handle<Value> iterator_symbol(isolate->roots().iterator_symbol(), isolate);
  PropertyKey iterator_key = PropertyKey::FromName(Handle<Name>::cast(iterator_symbol));
  if (!GetProperty(isolate, iterable, iterator_key).ToHandle(&method)) return false;
  if (!IsCallableValue(*method)) {
    ThrowTemplate(isolate, MessageTemplate::kNonObjectIterable,
                  {DescribeTypeAndValue(isolate, *iterable)});
    return false;
  }
  if (!Call(isolate, method, iterable, {}).ToHandle(iterator)) return false;
  if (!lucid::IsJSReceiver(**iterator)) {
    ThrowTemplate(isolate, MessageTemplate::kIteratorNotObject);
    return false;
  }
  return GetProperty(isolate, *iterator, "next").ToHandle(next);
}

// Spec: IteratorStep + IteratorValue. 1 with *value, 0 when done, -1 on
// exception.
int IteratorStep(Isolate* isolate, Handle<Value> iterator, Handle<Value> next,
                 Handle<Value>* value) {
  Handle<Value> result;
  if (!Call(isolate, next, iterator, {}).ToHandle(&result)) return -1;
  if (!lucid::IsJSReceiver(*result)) {
    ThrowTemplate(isolate, MessageTemplate::kIteratorResultNotAnObject,
                  {DescribeForMessage(isolate, *result)});
    return -1;
  }
  Handle<Value> done;
  if (!GetProperty(isolate, result, "done").ToHandle(&done)) return -1;
  if (ToBooleanValue(*done)) return 0;
  return GetProperty(isolate, result, "value").ToHandle(value) ? 1 : -1;
}

}  // namespace

// Spec: AddEntriesFromIterable (Map) and the loop of Set(iterable): calls
// collection[adder_name](...) for each item.
bool AddEntriesFromIterable(Isolate* isolate, Handle<JSObject> collection, Handle<Value> iterable,
                            bool is_map) {
  const char* adder_name = is_map ? "set" : "add";
  Handle<Value> adder;
  if (!GetProperty(isolate, collection, adder_name).ToHandle(&adder)) return false;
  if (!IsCallableValue(*adder)) {
    ThrowTypeError(isolate, "'" + DescribeForMessage(isolate, *adder) +
                                "' returned for property '" + adder_name + "' of object '" +
                                DescribeForMessage(isolate, collection->ToValue()) +
                                "' is not a function");
    return false;
  }
  Handle<Value> iterator, next;
  if (!GetIterator(isolate, iterable, &iterator, &next)) return false;
  Handle<Value> receiver = collection;
  for (;;) {
    HandleScope scope(isolate);
    Handle<Value> item;
    int step = IteratorStep(isolate, iterator, next, &item);
    if (step < 0) return false;
    if (step == 0) return true;
    bool ok;
    if (is_map) {
      if (!lucid::IsJSReceiver(*item)) {
        ThrowTypeError(isolate, "Iterator value " + DescribeForMessage(isolate, *item) +
                                    " is not an entry object");
        ok = false;
      } else {
        Handle<Value> key, value;
        ok = GetElement(isolate, item, 0).ToHandle(&key) &&
             GetElement(isolate, item, 1).ToHandle(&value) &&
             !Call(isolate, adder, receiver, {key, value}).is_null();
      }
    } else {
      ok = !Call(isolate, adder, receiver, {item}).is_null();
    }
    if (!ok) {
      CloseIteratorOnThrow(isolate, iterator);
      return false;
    }
  }
}

namespace {

Value ConstructCollection(Isolate* isolate, BuiltinArguments args, bool is_map) {
  if (!args.is_construct_call()) {
    return ThrowTypeError(isolate, is_map ? "Constructor Map requires 'new'"
                                          : "Constructor Set requires 'new'");
  }
  Handle<JSObject> object;
  if (!AllocateFromNewTarget(isolate, args, is_map ? InstanceType::kJSMap : InstanceType::kJSSet,
                             JSCollection::kHeaderSize)
           .ToHandle(&object)) {
    return Value::Exception();
  }
  Handle<OrderedHashTable> table = OrderedHashTable::Allocate(
      isolate, is_map ? InstanceType::kOrderedHashMap : InstanceType::kOrderedHashSet);
  Handle<JSCollection>::cast(object)->set_table(table->ToValue());
  Handle<Value> iterable = args.at(0);
  if (!iterable->IsNullOrUndefined() &&
      !AddEntriesFromIterable(isolate, object, iterable, is_map)) {
    return Value::Exception();
  }
  return object->ToValue();
}

// A new iterator over {collection}'s current table.
Value NewCollectionIterator(Isolate* isolate, Handle<JSCollection> collection, bool is_map,
                            Kind kind) {
  Handle<Shape> shape(isolate->roots().slot(is_map ? RootIndex::kJSMapIteratorShape
                                                   : RootIndex::kJSSetIteratorShape));
  Handle<JSObject> object = F(isolate)->NewJSObjectFromShape(shape);
  auto iterator = Handle<JSCollectionIterator>::cast(object);
  iterator->set_table(collection->table());
  iterator->set_index(0);
  iterator->set_kind(kind);
  return iterator->ToValue();
}

Value CollectionIteratorNext(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Value receiver = *args.receiver();
  if (is_map ? !lucid::IsJSMapIterator(receiver) : !lucid::IsJSSetIterator(receiver)) {
    return ThrowIncompatibleReceiver(
        isolate, is_map ? "Map Iterator.prototype.next" : "Set Iterator.prototype.next", receiver);
  }
  auto iterator = Handle<JSCollectionIterator>::cast(args.receiver());
  Handle<Value> undefined(Value::Undefined(), isolate);
  if (iterator->table().IsUndefined()) return NewIteratorResult(isolate, undefined, true);
  Handle<Value> key, value;
  {
    DisallowGC no_gc;
    int index = iterator->index();
    OrderedHashTable* table =
        OrderedHashTable::Transition(OrderedHashTable::cast(iterator->table()), &index);
    int used = table->UsedCapacity();
    while (index < used && !OrderedHashTable::IsLiveKey(table->KeyAt(index))) index++;
    if (index >= used) {
      iterator->set_table(Value::Undefined());
      key = undefined;
    } else {
      iterator->set_table(table->ToValue());
      iterator->set_index(index + 1);
      key = Handle<Value>(table->KeyAt(index), isolate);
      value = Handle<Value>(is_map ? table->ValueAt(index) : table->KeyAt(index), isolate);
    }
  }
  if (value.is_null()) return NewIteratorResult(isolate, undefined, true);
  switch (iterator->kind()) {
    case Kind::kKeys:
      return NewIteratorResult(isolate, key, false);
    case Kind::kValues:
      return NewIteratorResult(isolate, value, false);
    case Kind::kEntries:
      break;
  }
  Handle<FixedArray> pair = F(isolate)->NewFixedArray(2);
  pair->set(0, *key);
  pair->set(1, *value);
  Handle<Value> entry = F(isolate)->NewJSArrayWithElements(pair);
  return NewIteratorResult(isolate, entry, false);
}

// Spec: Map.prototype.forEach / Set.prototype.forEach. Entries added by the
// callback are visited, deleted ones skipped (the table chain tells).
Value CollectionForEach(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map,
                      is_map ? "Map.prototype.forEach" : "Set.prototype.forEach", &collection)) {
    return Value::Exception();
  }
  Handle<Value> callback = args.at(0);
  if (!IsCallableValue(*callback)) {
    return ThrowTemplate(isolate, MessageTemplate::kNotAFunction,
                         {DescribeTypeAndValue(isolate, *callback)});
  }
  Handle<Value> this_arg = args.at(1);
  Handle<OrderedHashTable> table = TableOf(isolate, collection);
  Handle<Value> receiver = collection;
  int index = 0;
  for (;;) {
    HandleScope scope(isolate);
    Handle<Value> key, value;
    {
      DisallowGC no_gc;
      OrderedHashTable* current = OrderedHashTable::Transition(*table, &index);
      table.Patch(current->ToValue());
      int used = current->UsedCapacity();
      while (index < used && !OrderedHashTable::IsLiveKey(current->KeyAt(index))) index++;
      if (index >= used) break;
      key = Handle<Value>(current->KeyAt(index), isolate);
      value = Handle<Value>(is_map ? current->ValueAt(index) : current->KeyAt(index), isolate);
      index++;
    }
    if (Call(isolate, callback, this_arg, {value, key, receiver}).is_null()) {
      return Value::Exception();
    }
  }
  return Value::Undefined();
}

Value CollectionClear(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map, is_map ? "Map.prototype.clear" : "Set.prototype.clear",
                      &collection)) {
    return Value::Exception();
  }
  Handle<OrderedHashTable> fresh = OrderedHashTable::Clear(isolate, TableOf(isolate, collection));
  collection->set_table(fresh->ToValue());
  return Value::Undefined();
}

Value CollectionDelete(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map,
                      is_map ? "Map.prototype.delete" : "Set.prototype.delete", &collection)) {
    return Value::Exception();
  }
  bool found = false;
  Handle<OrderedHashTable> table =
      OrderedHashTable::Delete(isolate, TableOf(isolate, collection), args[0], &found);
  collection->set_table(table->ToValue());
  return Value::FromBool(found);
}

Value CollectionHas(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map, is_map ? "Map.prototype.has" : "Set.prototype.has",
                      &collection)) {
    return Value::Exception();
  }
  OrderedHashTable* table = OrderedHashTable::cast(collection->table());
  return Value::FromBool(table->FindEntry(args[0], F(isolate)->hash_seed()) !=
                         OrderedHashTable::kNotFound);
}

Value CollectionSize(Isolate* isolate, BuiltinArguments args, bool is_map) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map,
                      is_map ? "get Map.prototype.size" : "get Set.prototype.size", &collection)) {
    return Value::Exception();
  }
  return Value::FromInt32(OrderedHashTable::cast(collection->table())->NumberOfElements());
}

Value CollectionIterator(Isolate* isolate, BuiltinArguments args, bool is_map, Kind kind,
                         const char* method) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map, method, &collection)) return Value::Exception();
  return NewCollectionIterator(isolate, collection, is_map, kind);
}

}  // namespace

// -- Map ------------------------------------------------------------------------------

Value Builtin_LibMapConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructCollection(isolate, args, true);
}

Value Builtin_LibMapPrototypeGet(Isolate* isolate, BuiltinArguments args) {
  Handle<JSCollection> map;
  if (!ThisCollection(isolate, args, true, "Map.prototype.get", &map)) return Value::Exception();
  OrderedHashTable* table = OrderedHashTable::cast(map->table());
  int entry = table->FindEntry(args[0], F(isolate)->hash_seed());
  return entry == OrderedHashTable::kNotFound ? Value::Undefined() : table->ValueAt(entry);
}

// Map.prototype.set / Set.prototype.add: key -> value (a Set stores the
// key as its value); returns the receiver.
static Value CollectionAdd(Isolate* isolate, BuiltinArguments args, bool is_map, const char* method) {
  Handle<JSCollection> collection;
  if (!ThisCollection(isolate, args, is_map, method, &collection)) return Value::Exception();
  Handle<OrderedHashTable> table;
  if (!OrderedHashTable::Add(isolate, TableOf(isolate, collection), args.at(0), is_map ? args.at(1) : args.at(0))
           .ToHandle(&table)) {
    return Value::Exception();
  }
  collection->set_table(table->ToValue());
  return collection->ToValue();
}

Value Builtin_LibMapPrototypeSet(Isolate* isolate, BuiltinArguments args) {
  return CollectionAdd(isolate, args, true, "Map.prototype.set");
}

Value Builtin_LibMapPrototypeHas(Isolate* isolate, BuiltinArguments args) {
  return CollectionHas(isolate, args, true);
}
Value Builtin_LibMapPrototypeDelete(Isolate* isolate, BuiltinArguments args) {
  return CollectionDelete(isolate, args, true);
}
Value Builtin_LibMapPrototypeClear(Isolate* isolate, BuiltinArguments args) {
  return CollectionClear(isolate, args, true);
}
Value Builtin_LibMapPrototypeForEach(Isolate* isolate, BuiltinArguments args) {
  return CollectionForEach(isolate, args, true);
}
Value Builtin_LibMapPrototypeSize(Isolate* isolate, BuiltinArguments args) {
  return CollectionSize(isolate, args, true);
}
Value Builtin_LibMapPrototypeKeys(Isolate* isolate, BuiltinArguments args) {
  return CollectionIterator(isolate, args, true, Kind::kKeys, "Map.prototype.keys");
}
Value Builtin_LibMapPrototypeValues(Isolate* isolate, BuiltinArguments args) {
  return CollectionIterator(isolate, args, true, Kind::kValues, "Map.prototype.values");
}
Value Builtin_LibMapPrototypeEntries(Isolate* isolate, BuiltinArguments args) {
  return CollectionIterator(isolate, args, true, Kind::kEntries, "Map.prototype.entries");
}
Value Builtin_LibMapIteratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return CollectionIteratorNext(isolate, args, true);
}

// -- Set ------------------------------------------------------------------------------

Value Builtin_LibSetConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructCollection(isolate, args, false);
}

Value Builtin_LibSetPrototypeAdd(Isolate* isolate, BuiltinArguments args) {
  return CollectionAdd(isolate, args, false, "Set.prototype.add");
}

Value Builtin_LibSetPrototypeHas(Isolate* isolate, BuiltinArguments args) {
  return CollectionHas(isolate, args, false);
}
Value Builtin_LibSetPrototypeDelete(Isolate* isolate, BuiltinArguments args) {
  return CollectionDelete(isolate, args, false);
}
Value Builtin_LibSetPrototypeClear(Isolate* isolate, BuiltinArguments args) {
  return CollectionClear(isolate, args, false);
}
Value Builtin_LibSetPrototypeForEach(Isolate* isolate, BuiltinArguments args) {
  return CollectionForEach(isolate, args, false);
}
Value Builtin_LibSetPrototypeSize(Isolate* isolate, BuiltinArguments args) {
  return CollectionSize(isolate, args, false);
}
Value Builtin_LibSetPrototypeValues(Isolate* isolate, BuiltinArguments args) {
  return CollectionIterator(isolate, args, false, Kind::kValues, "Set.prototype.values");
}
Value Builtin_LibSetPrototypeEntries(Isolate* isolate, BuiltinArguments args) {
  return CollectionIterator(isolate, args, false, Kind::kEntries, "Set.prototype.entries");
}
Value Builtin_LibSetIteratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return CollectionIteratorNext(isolate, args, false);
}

// get Map[@@species] / get Set[@@species]: the receiver.
Value Builtin_LibCollectionSpecies(Isolate*, BuiltinArguments args) { return *args.receiver(); }

// -- Helpers for other builtins ---------------------------------------------------------

MaybeHandle<Value> IterableToArray(Isolate* isolate, Handle<Value> iterable) {
  Handle<Value> iterator, next;
  if (!GetIterator(isolate, iterable, &iterator, &next)) return {};
  Handle<JSArray> array = F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  for (double index = 0;; index++) {
    HandleScope scope(isolate);
    Handle<Value> item;
    int step = IteratorStep(isolate, iterator, next, &item);
    if (step < 0) return {};
    if (step == 0) break;
    if (!CreateDataElementOrThrow(isolate, array, index, item)) return {};
  }
  return Handle<Value>(array);
}

// -- Preview (util.inspect) -------------------------------------------------------------

Handle<FixedArray> CollectionPreview(Isolate* isolate, Handle<Value> object, bool* is_key_value) {
  Handle<Value> table_value;
  int index = 0;
  *is_key_value = false;
  bool is_map = false;
  bool map_values = false;  // a map's values() iterator
  if (lucid::IsJSMap(*object) || lucid::IsJSSet(*object)) {
    table_value = handle(JSCollection::cast(*object)->table(), isolate);
    is_map = lucid::IsJSMap(*object);
    *is_key_value = is_map;
  } else {
    auto* iterator = JSCollectionIterator::cast(*object);
    is_map = lucid::IsJSMapIterator(*object);
    *is_key_value = iterator->kind() == Kind::kEntries;
    if (iterator->table().IsUndefined()) return F(isolate)->NewFixedArray(0);
    table_value = handle(iterator->table(), isolate);
    index = iterator->index();
    map_values = is_map && iterator->kind() == Kind::kValues;
  }
  int count = 0;
  {
    DisallowGC no_gc;
    OrderedHashTable* table = OrderedHashTable::Transition(OrderedHashTable::cast(*table_value),
                                                           &index);
    table_value.Patch(table->ToValue());
    for (int i = index; i < table->UsedCapacity(); i++) {
      if (OrderedHashTable::IsLiveKey(table->KeyAt(i))) count++;
    }
  }
  int per_entry = *is_key_value ? 2 : 1;
  Handle<FixedArray> result = F(isolate)->NewFixedArray(count * per_entry);
  DisallowGC no_gc;
  OrderedHashTable* table = OrderedHashTable::cast(*table_value);
  int out = 0;
  for (int i = index; i < table->UsedCapacity(); i++) {
    Value key = table->KeyAt(i);
    if (!OrderedHashTable::IsLiveKey(key)) continue;
    Value value = is_map ? table->ValueAt(i) : key;
    if (*is_key_value) {
      result->set(out++, key);
      result->set(out++, value);
    } else {
      result->set(out++, map_values ? value : key);
    }
  }
  return result;
}

}  // namespace lucid
