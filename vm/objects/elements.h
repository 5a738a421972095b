// Copyright 2025 the Lucid authors. MIT license.
// Elements: the indexed properties of any JSObject, in a FixedArray of
// Values (fast kinds) or a NumberDictionary (DICTIONARY_ELEMENTS).

#ifndef LUCID_VM_OBJECTS_ELEMENTS_H_
#define LUCID_VM_OBJECTS_ELEMENTS_H_

#include "gc/handles.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"

namespace lucid {

// Fast stores hold a Value per index and Value::TheHole() where there is
// none; the usable capacity is the FixedArray's length, for arrays at least
// JSArray::length. Growth follows V8: new capacity = old + old/2 + 16.
//
// Kind bookkeeping (elements_kind.h): a store of a double into SMI elements
// moves the shape to DOUBLE, of a non-number to ELEMENTS; a hole made by a
// gap or a delete moves PACKED to HOLEY. Kinds never go back.
class Elements {
 public:
  static constexpr int kPreallocatedArrayElements = 4;

  // New capacity for a store store at {index} into a store of {old}.
  static constexpr uint32_t NewCapacity(uint32_t old_capacity) {
    return old_capacity + (old_capacity >> 1) + 16;
  }

  // The own element at {index} (the hole if absent). No prototype walk; no
  // accessors (accessor elements are data-only in Lucid's fast kinds;
  // dictionary elements may hold AccessorPairs: GetOwnElement returns the
  // pair and *details says so).
  static Value GetOwnElement(JSObject* object, uint32_t index, PropertyDetails* details = nullptr);
  static bool HasOwnElement(JSObject* object, uint32_t index);

  // Stores {value} at {index}, adding the element if absent: grows the store,
  // updates the elements kind, extends an array's length, or goes to
  // dictionary elements when the result would be too sparse. The object must
  // be extensible when the element is new (the caller checked).
  // True for the arrays the element fast paths (push, pop, keyed stores past
  // the end) may touch directly: a JSArray with fast elements, extensible,
  // length writable, whose prototype chain is the initial Array.prototype
  // and Object.prototype, both without elements (no setter or value an
  // index could reach on the chain).
  static bool IsSimpleFastArray(Isolate* isolate, const JSObject* object);
  // The no-elements protector (roots.no_elements_protector, DESIGN.md
  // "Shapes"): valid while no prototype object (Array.prototype and
  // Object.prototype included) has ever had an element and neither of those
  // two changed its prototype. While it holds, a hole or a read past the
  // end of an array whose prototype is the initial Array.prototype is
  // undefined without a walk. Invalidated for good (as V8's protectors).
  static void InvalidateNoElementsProtectorIfPrototype(Isolate* isolate, const JSObject* object);
  static void SetElement(Isolate* isolate, Handle<JSObject> object, uint32_t index,
                         Handle<Value> value, PropertyAttributes attributes = NONE);
  // Removes the element (a hole in fast kinds, making them HOLEY).
  // False if it is non-configurable.
  static bool DeleteElement(Isolate* isolate, Handle<JSObject> object, uint32_t index);

  // Makes the elements kind at least as general as {kind}.
  static void TransitionElementsKind(Isolate* isolate, Handle<JSObject> object, ElementsKind kind);
  // Grows the fast store to at least {capacity} slots (filled with holes).
  static void EnsureCapacity(Isolate* isolate, Handle<JSObject> object, uint32_t capacity);
  // Fast -> dictionary elements.
  static void NormalizeElements(Isolate* isolate, Handle<JSObject> object);

  // Appends the own element indices in ascending order to {out} (only
  // enumerable ones if {only_enumerable}).
  static void CollectElementIndices(JSObject* object, bool only_enumerable, std::vector<uint32_t>* out);

  // The least general kind that can hold {value}.
  static ElementsKind KindForValue(Value value) {
    if (value.IsInt32()) return PACKED_SMI_ELEMENTS;
    if (value.IsDouble()) return PACKED_DOUBLE_ELEMENTS;
    return PACKED_ELEMENTS;
  }

  // CreateDataProperty(array, index, value) when it is a plain store: an
  // extensible array with fast elements, room at {index}, {index} at most
  // the length (at the length it appends; the length must be writable) and
  // a value its elements kind holds. False: use the generic path (kind
  // transitions, growth, anything unusual); nothing was changed. No
  // allocation. Array literals and map/filter results store through it.
  static bool TryDefineFastElement(JSArray* array, uint32_t index, Value value) {
    Shape* shape = array->shape();
    ElementsKind kind = shape->elements_kind();
    if (!IsFastElementsKind(kind) || !shape->is_extensible()) return false;
    if (GeneralizeElementsKind(kind, KindForValue(value)) != kind) return false;
    FixedArray* store = static_cast<FixedArray*>(array->elements().heap_object());
    uint32_t length = array->length();
    if (index >= static_cast<uint32_t>(store->length()) || index > length) return false;
    if (index == length && (shape->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0) return false;
    store->set(static_cast<int>(index), value);
    if (index == length) array->set_length(length + 1);
    return true;
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_ELEMENTS_H_
