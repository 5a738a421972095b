// Copyright the Lucid authors. MIT license.
// What other library files need from Map and Set (builtins_collections.cc).

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_COLLECTIONS_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_COLLECTIONS_H_

#include "gc/handles.h"
#include "runtime/builtins.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/instance_type.h"

namespace lucid {

class Isolate;

// The entries a JSMap, JSSet, JSMapIterator or JSSetIterator would yield
// from its current position, without advancing it (V8's previewEntries,
// for util.inspect). *is_key_value: the array holds key, value pairs
// (maps, and entries() iterators); otherwise one value per entry.
Handle<FixedArray> CollectionPreview(Isolate* isolate, Handle<Value> object, bool* is_key_value);

// Spec: IteratorToList(GetIterator(iterable)) as a new array (used where a
// builtin accepts any iterable, e.g. Object.fromEntries of a Map). Empty
// with an exception pending on failure (TypeError "x is not iterable"...).
MaybeHandle<Value> IterableToArray(Isolate* isolate, Handle<Value> iterable);

// Spec: OrdinaryCreateFromConstructor(newTarget, intrinsic prototype) for
// the builtin constructor args.target(): an instance of {type} with
// {header_size} bytes before its in-object properties, shaped from
// new.target for subclasses. Empty with an exception pending on failure.
MaybeHandle<JSObject> AllocateFromNewTarget(Isolate* isolate, BuiltinArguments args,
                                            InstanceType type, int header_size);

// Spec: AddEntriesFromIterable (is_map: calls collection.set(k, v) per
// [k, v] entry) and the loop of the Set/WeakSet constructor (collection.add).
// False with an exception pending (the iterator closed) on failure.
bool AddEntriesFromIterable(Isolate* isolate, Handle<JSObject> collection, Handle<Value> iterable,
                            bool is_map);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_COLLECTIONS_H_
