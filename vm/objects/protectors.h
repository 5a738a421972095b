// Copyright 2025 the Lucid authors. MIT license.
// Protector cells (V8's Protectors): roots-held Cells that stay valid while
// an assumption about the initial builtins holds, and are invalidated for
// good the first time a program breaks it (docs/objects.md "Protectors").

#ifndef LUCID_VM_OBJECTS_PROTECTORS_H_
#define LUCID_VM_OBJECTS_PROTECTORS_H_

#include "vm/roots.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSObject;

class Protectors {
 public:
  // ArrayIteratorLookupChain: Array.prototype[@@iterator] is an own data
  // property holding the builtin `values`, %ArrayIteratorPrototype%.next is
  // an own data property holding the builtin next, and no JSArray ever got
  // an own @@iterator through the generic store/define paths.
  static bool IsArrayIteratorLookupChainIntact(Isolate* isolate);
  // StringIteratorLookupChain: String.prototype[@@iterator] is the builtin
  // and %StringIteratorPrototype%.next is the builtin (each iterator
  // prototype guards only its own protector, as in V8).
  static bool IsStringIteratorLookupChainIntact(Isolate* isolate);
  static bool IsNoElementsIntact(Isolate* isolate);

  // Invalidates the protector at {index} if it still holds; prints V8's
  // "Invalidating protector cell <Name>" line on stdout under
  // --trace-protector-invalidation.
  static void Invalidate(Isolate* isolate, RootIndex index);

  // Bootstrap: Disarm before the builtins are installed (the cells read
  // invalid, so installing them is not a change), Arm once they all exist.
  static void DisarmIterationProtectors(Isolate* isolate);
  static void ArmIterationProtectors(Isolate* isolate);

  // After any own property of prototype object {object} was added, changed,
  // reconfigured or deleted (the JSObject::InvalidatePrototypeChains hook):
  // re-checks the guarded properties when {object} is one of the guarded
  // intrinsics, invalidating the protectors whose assumption broke.
  static void OnPrototypePropertiesChanged(Isolate* isolate, const JSObject* object);
  // Before {object} gets own property {key} through the generic paths: a
  // JSArray getting @@iterator breaks ArrayIteratorLookupChain (as V8).
  static void OnOwnPropertyAdded(Isolate* isolate, const JSObject* object, Value key);

  // A JSArray the iteration fast paths may read directly instead of running
  // the protocol: fast elements, prototype the initial Array.prototype, no
  // own @@iterator (checked on the shape), and the protector holds. Holes
  // read as undefined only when IsNoElementsIntact too.
  static bool IsFastIterableArray(Isolate* isolate, Value object);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_PROTECTORS_H_
