// Copyright the Lucid authors. MIT license.
// Array helpers shared by builtins_array.cc and builtins_array_copy.cc.

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_ARRAY_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_ARRAY_H_

#include "gc/handles.h"
#include "vm/objects/js_object.h"

namespace lucid::library {

// Sorts object[0, length) in place as Array.prototype.sort does (stable
// merge sort over a heap array; undefineds last, holes after them). False if
// an exception is pending.
bool SortArrayLike(Isolate* isolate, Handle<JSReceiver> object, double length,
                   Handle<Value> comparator);
// TypeError "The comparison function must be either a function or
// undefined" unless {comparator} is undefined or callable.
bool CheckComparator(Isolate* isolate, Handle<Value> comparator);

}  // namespace lucid::library

namespace lucid {
// Array.prototype.push's frameless fast path (TryFastBuiltinCall).
bool TryFastArrayPush(Isolate* isolate, Value receiver, int argc, const Value* args, int stride, Value* out);

}  // namespace lucid::library

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_ARRAY_H_
