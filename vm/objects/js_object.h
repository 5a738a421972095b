// Copyright 2025 the Lucid authors. MIT license.
// JSReceiver / JSObject: the object cell, its property stores, and the
// spec's ordinary-object internal methods ([[Get]], [[Set]],
// [[DefineOwnProperty]], [[Delete]], [[OwnPropertyKeys]], ...).

#ifndef LUCID_VM_OBJECTS_JS_OBJECT_H_
#define LUCID_VM_OBJECTS_JS_OBJECT_H_

#include <optional>

#include "gc/handles.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/property_key.h"
#include "vm/objects/shape.h"

namespace lucid {

class Isolate;

// "Maybe": the result of an operation that may throw. std::nullopt means
// an exception is pending (isolate->pending_exception()).
using MaybeBool = std::optional<bool>;

// -- PropertyArray ----------------------------------------------------------------

// PropertyArray: out-of-object fields of a fast object. Body kind
// TaggedArray with a 24-byte header (the shape's instance_size):
//
//   +0   shape           property_array_shape
//   +8   length          int32 Value: number of fields
//   +16  identity hash   int32 Value or undefined (see JSObject)
//   +24  field[0] ...    Values
class PropertyArray : public FixedArrayBase {
 public:
  static constexpr int kHashOffset = 16;
  static constexpr int kHeaderSize = 24;
  static constexpr int SizeFor(int length) { return kHeaderSize + length * kTaggedSize; }
  static PropertyArray* cast(Value value) {
    DCHECK(lucid::IsPropertyArray(value));
    return static_cast<PropertyArray*>(value.heap_object());
  }
  Value get(int index) const {
    DCHECK(index >= 0 && index < length());
    return field(kHeaderSize + index * kTaggedSize);
  }
  void set(int index, Value value, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    DCHECK(index >= 0 && index < length());
    set_field(kHeaderSize + index * kTaggedSize, value, mode);
  }
  Value hash() const { return field(kHashOffset); }
  void set_hash(Value hash) { set_field(kHashOffset, hash, SKIP_WRITE_BARRIER); }
};

// -- PropertyDescriptor -------------------------------------------------------------

// The spec's Property Descriptor record; absent fields are "has_x = false".
struct PropertyDescriptor {
  bool has_value = false, has_get = false, has_set = false;
  bool has_writable = false, has_enumerable = false, has_configurable = false;
  bool writable = false, enumerable = false, configurable = false;
  Handle<Value> value, get, set;

  bool IsAccessorDescriptor() const { return has_get || has_set; }
  bool IsDataDescriptor() const { return has_value || has_writable; }
  bool IsGenericDescriptor() const { return !IsAccessorDescriptor() && !IsDataDescriptor(); }

  // A complete data descriptor {value, writable, enumerable, configurable}.
  static PropertyDescriptor Data(Handle<Value> value, PropertyAttributes attributes);
};

// -- JSReceiver --------------------------------------------------------------------

// Every JS object (no proxies yet, so every receiver is an ordinary object
// or one of its exotic subclasses: arrays, strings wrappers, arguments).
//
//   +0   shape
//   +8   properties_or_hash   one of:
//                               int32 Value     identity hash, no
//                                               out-of-object fields
//                               empty_property_array root (nothing)
//                               PropertyArray   fast mode out-of-object fields
//                               Dictionary      dictionary mode (Name- or
//                                               GlobalDictionary)
//   +16  elements             FixedArray (fast kinds; empty_fixed_array when
//                             none) or a NumberDictionary (DICTIONARY)
//
// The identity hash (Map/Set/WeakMap keys) lives in the properties word
// while the object has no other use for it, and moves into the
// PropertyArray's or dictionary's hash slot when one appears (V8's trick):
// objects pay nothing until they are hashed.
class JSReceiver : public HeapObject {
 public:
  static constexpr int kPropertiesOrHashOffset = 8;
  static constexpr int kElementsOffset = 16;
  static constexpr int kHeaderSize = 24;

  static JSReceiver* cast(Value value) {
    DCHECK(lucid::IsJSReceiver(value));
    return static_cast<JSReceiver*>(value.heap_object());
  }

  Value properties_or_hash() const { return field(kPropertiesOrHashOffset); }
  void set_properties_or_hash(Value value, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kPropertiesOrHashOffset, value, mode);
  }
  Value elements() const { return field(kElementsOffset); }
  void set_elements(Value value, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kElementsOffset, value, mode);
  }
  bool HasFastProperties() const { return shape()->has_fast_properties(); }
  Dictionary* property_dictionary() const {
    DCHECK(!HasFastProperties());
    return Dictionary::cast(properties_or_hash());
  }
  // The prototype (null or a JSReceiver).
  Value GetPrototype() const { return shape_layout()->prototype(); }

  // Lazily assigned identity hash (never 0, fixed for the object's life).
  static uint32_t GetOrCreateIdentityHash(Isolate* isolate, Handle<JSReceiver> object);
  // The hash if one was assigned, else 0 (no allocation).
  uint32_t GetIdentityHash() const;

  // -- Internal methods (ordinary objects) --------------------------------------
  //
  // Accessor getters/setters run JS through Execution::Call, so everything
  // below may allocate and (except the pure lookups) may throw.

  // Spec: [[GetOwnProperty]](P). Returns false if absent, else fills {desc}
  // (complete). Strings wrappers and arrays contribute their exotic
  // properties (length, indices of the string).
  static bool GetOwnPropertyDescriptor(Isolate* isolate, Handle<JSReceiver> object,
                                       const PropertyKey& key, PropertyDescriptor* desc);
  // Spec: [[HasProperty]](P) / HasOwnProperty(O, P).
  static MaybeBool HasProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key);
  static bool HasOwnProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key);
  // Spec: [[Get]](P, Receiver): own lookup, then the prototype chain;
  // getters are called with {receiver}.
  static MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<JSReceiver> object,
                                        const PropertyKey& key, Handle<Value> receiver);
  static MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<JSReceiver> object,
                                        const PropertyKey& key) {
    return GetProperty(isolate, object, key, object);
  }
  // Spec: [[Set]](P, V, Receiver) = OrdinarySet. Returns false when the
  // assignment is refused (read-only, no setter, not extensible); strict
  // code turns that into a TypeError, the caller decides.
  static MaybeBool SetProperty(Isolate* isolate, Handle<JSReceiver> object,
                               const PropertyKey& key, Handle<Value> value,
                               Handle<Value> receiver,
                               StoreOrigin origin = StoreOrigin::kNamed);
  static MaybeBool SetProperty(Isolate* isolate, Handle<JSReceiver> object,
                               const PropertyKey& key, Handle<Value> value,
                               StoreOrigin origin = StoreOrigin::kNamed) {
    return SetProperty(isolate, object, key, value, object, origin);
  }
  // Spec: [[DefineOwnProperty]](P, Desc) = ValidateAndApplyPropertyDescriptor.
  // False if the definition is not allowed (callers like
  // Object.defineProperty throw "Cannot redefine property: x").
  static MaybeBool DefineOwnProperty(Isolate* isolate, Handle<JSReceiver> object,
                                     const PropertyKey& key, const PropertyDescriptor& desc,
                                     StoreOrigin origin = StoreOrigin::kNamed);
  // Spec: CreateDataProperty(O, P, V): define {value} as a writable,
  // enumerable, configurable data property (object literals, array
  // literals, JSON). Returns false if refused.
  static MaybeBool CreateDataProperty(Isolate* isolate, Handle<JSReceiver> object,
                                      const PropertyKey& key, Handle<Value> value,
                                      StoreOrigin origin = StoreOrigin::kNamed);
  // Spec: [[Delete]](P). False for a non-configurable property.
  static MaybeBool DeleteProperty(Isolate* isolate, Handle<JSReceiver> object,
                                  const PropertyKey& key);

  // Which keys OwnPropertyKeys returns.
  enum KeyFilter : uint8_t {
    kAllKeys = 0,
    kOnlyEnumerable = 1 << 0,
    kSkipSymbols = 1 << 1,
    kSkipStrings = 1 << 2,  // (and indices)
  };
  // Spec: [[OwnPropertyKeys]](): indices ascending, then strings in
  // insertion order, then symbols in insertion order; private symbols never.
  // Keys are Values: Strings (indices converted) and Symbols.
  static Handle<FixedArray> OwnPropertyKeys(Isolate* isolate, Handle<JSReceiver> object,
                                            int filter = kAllKeys);
  // for-in: enumerable String keys of the object and its prototype chain in
  // that order, each once (a key shadowed by a non-enumerable own property
  // is skipped, as the spec's EnumerateObjectProperties requires).
  static Handle<FixedArray> GetForInKeys(Isolate* isolate, Handle<JSReceiver> object);

  // Spec: [[SetPrototypeOf]](V) = OrdinarySetPrototypeOf. False on a cycle
  // or a non-extensible object (Object.setPrototypeOf throws).
  static bool SetPrototype(Isolate* isolate, Handle<JSReceiver> object, Handle<Value> prototype);
  // Spec: [[IsExtensible]] / [[PreventExtensions]].
  bool IsExtensible() const { return shape()->is_extensible(); }
  static bool PreventExtensions(Isolate* isolate, Handle<JSReceiver> object);
  // Spec: SetIntegrityLevel(O, sealed | frozen): every own property made
  // non-configurable (frozen: data properties non-writable too), then
  // [[PreventExtensions]]. False with a TypeError pending if a property
  // refuses (an exotic object). Object.seal/freeze and template objects.
  enum class IntegrityLevel { kSealed, kFrozen };
  static bool SetIntegrityLevel(Isolate* isolate, Handle<JSReceiver> object, IntegrityLevel level);
  // Spec: TestIntegrityLevel(O, level): Object.isSealed / isFrozen.
  static bool TestIntegrityLevel(Isolate* isolate, Handle<JSReceiver> object, IntegrityLevel level);
};

// -- JSObject ------------------------------------------------------------------------

// A plain object: the JSReceiver header, then the in-object property slots
// at the end of the instance (Shape "Field storage").
class JSObject : public JSReceiver {
 public:
  static JSObject* cast(Value value) {
    DCHECK(lucid::IsJSReceiver(value));
    return static_cast<JSObject*>(value.heap_object());
  }
  static JSObject* cast(HeapObject* object) { return cast(object->ToValue()); }

  // -- Fields (fast mode) --
  Value RawFastPropertyAt(int field_index) const;
  void FastPropertyAtPut(int field_index, Value value);
  // The out-of-object array (empty root if none).
  PropertyArray* property_array() const;

  // Fills a fresh instance: properties/elements as given, in-object slots
  // undefined, or (while slack tracking runs on {shape}) the unused slots
  // with one-word fillers so a later shrink leaves the heap iterable.
  void InitializeBody(Shape* shape, Value properties, Value elements);

  // Adds a property known to be absent to a fast or dictionary object
  // (follows/creates the transition, grows the PropertyArray, or goes to
  // dictionary mode). No checks: callers did the spec's validation.
  static void AddProperty(Isolate* isolate, Handle<JSObject> object, Handle<Name> key,
                          Handle<Value> value, PropertyAttributes attributes,
                          StoreOrigin origin = StoreOrigin::kNamed);
  // Adds a writable, enumerable, configurable data property known to be
  // absent whose value is stored next (an object literal's computed value):
  // a fast object gets a const field of representation None holding the
  // hole (V8's uninitialized field), which the first store turns into the
  // stored value's representation in place and keeps const; a dictionary
  // object gets undefined.
  static void AddUninitializedProperty(Isolate* isolate, Handle<JSObject> object, Handle<Name> key);
  // Adds an accessor property (AccessorPair value) known to be absent.
  static void AddAccessor(Isolate* isolate, Handle<JSObject> object, Handle<Name> key,
                          Handle<Value> getter, Handle<Value> setter,
                          PropertyAttributes attributes);
  // Overwrites data field {descriptor} of a fast object, generalizing the
  // field's representation/constness (and migrating off a deprecated shape).
  static void WriteDataField(Isolate* isolate, Handle<JSObject> object, int descriptor,
                             Handle<Value> value);

  // Moves the object to {new_shape} (same type; fields may move between
  // in-object and out-of-object storage; grows the PropertyArray).
  static void MigrateToShape(Isolate* isolate, Handle<JSObject> object, Handle<Shape> new_shape);
  // If the object's shape was deprecated, migrates to its replacement.
  static void MigrateInstance(Isolate* isolate, Handle<JSObject> object);
  // Fast -> dictionary mode (own shape, ordered hash table). {trace_key}:
  // the property being deleted or added, for --trace-maps only.
  static void NormalizeProperties(Isolate* isolate, Handle<JSObject> object,
                                  NormalizeReason reason, const Name* trace_key = nullptr);
  // Dictionary -> fast mode (prototypes made fast on first use; class
  // boilerplates). Keeps enumeration order. No-op if already fast or too
  // many properties.
  static void MigrateSlowToFast(Isolate* isolate, Handle<JSObject> object);

  // -- Prototype shapes --
  // Gives {object} a unique prototype shape (in setup mode: a dictionary one
  // that MakePrototypesFast turns fast at first use). Called whenever an
  // object becomes some shape's prototype.
  static void OptimizeAsPrototype(Isolate* isolate, Handle<JSObject> object,
                                  bool enable_setup_mode = true);
  // Makes every prototype on {receiver}'s chain fast (the first lookup
  // through a prototype does this, as V8's first IC miss does).
  static void MakePrototypesFast(Isolate* isolate, Handle<Value> receiver);
  // Invalidates validity cells after a change to a prototype object.
  static void InvalidatePrototypeChains(JSObject* object);
};

// -- Small JSObject subclasses ------------------------------------------------------------

// JSPrimitiveWrapper (new String("x"), Object(1), Object(sym)).
//   +24  value   the wrapped primitive
// For a String wrapper, indices below the length and "length" are
// read-only own properties (String exotic object).
class JSPrimitiveWrapper : public JSObject {
 public:
  static constexpr int kValueOffset = 24;
  static constexpr int kHeaderSize = 32;
  static JSPrimitiveWrapper* cast(Value value) {
    DCHECK(lucid::IsJSPrimitiveWrapper(value));
    return static_cast<JSPrimitiveWrapper*>(value.heap_object());
  }
  Value value() const { return field(kValueOffset); }
  void set_value(Value v) { set_field(kValueOffset, v); }
};

// JSError: the Error objects. "message" and "stack" are ordinary
// properties; the raw stack (closure, bytecode offset pairs, captured at
// construction and formatted lazily) sits in a field so formatting `stack`
// needs no lookup.
//   +24  stack_trace   FixedArray of (closure, offset) pairs, or undefined
class JSError : public JSObject {
 public:
  static constexpr int kStackTraceOffset = 24;
  static constexpr int kHeaderSize = 32;
  static JSError* cast(Value value) {
    DCHECK(lucid::IsJSError(value));
    return static_cast<JSError*>(value.heap_object());
  }
  Value stack_trace() const { return field(kStackTraceOffset); }
  void set_stack_trace(Value v) { set_field(kStackTraceOffset, v); }
};

// JSArgumentsObject: `arguments`. Its shape has in-object "length" (and for
// sloppy functions "callee") as ordinary DONT_ENUM fields 0 and 1, then
// @@iterator (%Array.prototype.values%); the
// elements are the argument values. Mapped (sloppy, simple parameters)
// arguments alias parameters through {mapped_context}: while element i is
// mapped, reads and writes go to context slot {mapping[i]}. The interpreter
// engineer owns that aliasing behaviour.
//   +24  mapped_context   Context or undefined (unmapped)
//   +32  mapping          FixedArray of int32 context slot indices (or the
//                         hole for unmapped), or undefined
class JSArgumentsObject : public JSObject {
 public:
  static constexpr int kMappedContextOffset = 24;
  static constexpr int kMappingOffset = 32;
  static constexpr int kHeaderSize = 40;
  static constexpr int kLengthFieldIndex = 0;
  static constexpr int kCalleeFieldIndex = 1;
  // @@iterator follows: field 2 (sloppy) or 1 (strict).
  static constexpr int IteratorFieldIndex(bool mapped) { return mapped ? 2 : 1; }
  static JSArgumentsObject* cast(Value value) {
    DCHECK(lucid::IsJSArgumentsObject(value));
    return static_cast<JSArgumentsObject*>(value.heap_object());
  }
  Value mapped_context() const { return field(kMappedContextOffset); }
  void set_mapped_context(Value v) { set_field(kMappedContextOffset, v); }
  Value mapping() const { return field(kMappingOffset); }
  void set_mapping(Value v) { set_field(kMappingOffset, v); }
};

// JSGlobalObject: the global object. Always in dictionary mode; its
// properties are a GlobalDictionary whose values are PropertyCells
// (DESIGN.md "Scripts, scopes and globals"), so LdaGlobal/StaGlobal can
// cache the cell.
//   +24  native_context   the NativeContext
class JSGlobalObject : public JSObject {
 public:
  static constexpr int kNativeContextOffset = 24;
  static constexpr int kHeaderSize = 32;
  static JSGlobalObject* cast(Value value) {
    DCHECK(lucid::IsJSGlobalObject(value));
    return static_cast<JSGlobalObject*>(value.heap_object());
  }
  Value native_context() const { return field(kNativeContextOffset); }
  void set_native_context(Value v) { set_field(kNativeContextOffset, v); }
  Dictionary* global_dictionary() const { return Dictionary::cast(properties_or_hash()); }

  // The PropertyCell for {name}, or undefined (LdaGlobal's slow path).
  Value FindPropertyCell(const Name* name) const;
  // The cell for {name}, created (holding the hole, "not yet defined", and
  // {attributes}) if missing. Script-level `var` and function declarations
  // use this.
  static Handle<Value> EnsurePropertyCell(Isolate* isolate, Handle<JSGlobalObject> global,
                                          Handle<Name> name, PropertyAttributes attributes);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_OBJECT_H_
