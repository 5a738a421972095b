// Copyright 2025 the Lucid authors. MIT license.
// Factory: allocation of every object-model cell, returning Handles; and the
// object model's bootstrap (internal shapes, root strings and symbols, the
// intrinsic prototypes' cells).

#ifndef LUCID_VM_OBJECTS_FACTORY_H_
#define LUCID_VM_OBJECTS_FACTORY_H_

#include <cstdint>
#include <random>
#include <span>
#include <string_view>

#include "gc/handles.h"
#include "vm/messages.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/instance_type.h"
#include "vm/objects/property_details.h"
#include "vm/objects/shared_function_info.h"

namespace lucid {

class AccessorPair;
class BytecodeArray;
class Cell;
class Context;
class DescriptorArray;
class Dictionary;
class FixedArray;
class JSArray;
class JSBoundFunction;
class JSError;
class JSFunction;
class JSGlobalObject;
class JSObject;
class JSPrimitiveWrapper;
class JSReceiver;
class Name;
class NativeContext;
class PropertyArray;
class PropertyCell;
class PrototypeInfo;
class Script;
class SeqOneByteString;
class SeqTwoByteString;
class Shape;
class SharedFunctionInfo;
class String;
class Symbol;

// Bootstrap. Isolate::New (or, until it does, whoever creates an isolate)
// calls this once after Heap::CreateInitialObjects: it creates the Factory
// (isolate extension kFactory), every internal shape root, the empty
// string, INTERNALIZED_STRING_LIST, SYMBOL_ROOT_LIST, the string table,
// the empty property/descriptor arrays, and a native context whose
// intrinsic prototypes (Object.prototype, Function.prototype,
// Array.prototype, the primitive wrappers' and errors' prototypes) exist as
// empty objects with the right [[Prototype]] links. The builtins install
// functions and methods on them afterwards.
void InitializeObjectModel(Isolate* isolate);

// The isolate's factory (requested as isolate->factory(); until the Isolate
// grows that accessor, this is the way).
class Factory;
Factory* FactoryOf(Isolate* isolate);

class Factory {
 public:
  explicit Factory(Isolate* isolate);
  LUCID_DISALLOW_COPY_AND_ASSIGN(Factory);

  Isolate* isolate() const { return isolate_; }
  // Seed of every string hash: fixed under --predictable or --random-seed,
  // random otherwise (so hash flooding cannot be planned).
  uint64_t hash_seed() const { return hash_seed_; }
  // A pseudo-random nonzero 32-bit value (symbol and identity hashes);
  // deterministic under --predictable.
  uint32_t NextHash();

  // -- Strings ------------------------------------------------------------------------
  // All string constructors CHECK length <= String::kMaxLength; code that
  // may exceed it (concatenation, repeat, join) checks first and throws
  // through ThrowInvalidStringLength.
  Handle<String> empty_string();
  Handle<SeqOneByteString> NewRawOneByteString(int length,
                                               AllocationType type = AllocationType::kYoung);
  Handle<SeqTwoByteString> NewRawTwoByteString(int length,
                                               AllocationType type = AllocationType::kYoung);
  // Latin-1 bytes.
  Handle<String> NewStringFromOneByte(std::span<const uint8_t> chars,
                                      AllocationType type = AllocationType::kYoung);
  Handle<String> NewStringFromAscii(std::string_view ascii,
                                    AllocationType type = AllocationType::kYoung);
  // UTF-16 units; stored one-byte when every unit fits.
  Handle<String> NewStringFromTwoByte(std::span<const uint16_t> units,
                                      AllocationType type = AllocationType::kYoung);
  // UTF-8 (malformed sequences decode to U+FFFD).
  Handle<String> NewStringFromUtf8(std::string_view utf8,
                                   AllocationType type = AllocationType::kYoung);
  // left + right: a ConsString (rope) from String::kMinConsLength units on,
  // a flat copy below. Empty when the length would pass String::kMaxLength
  // (a RangeError "Invalid string length" is then pending).
  MaybeHandle<String> NewConsString(Handle<String> left, Handle<String> right);
  // Units [begin, end) of {string} (a flat copy).
  Handle<String> NewSubString(Handle<String> string, int begin, int end);
  // A one-unit string (cached for Latin-1 units).
  Handle<String> LookupSingleCharacterString(uint16_t unit);
  // Number::toString(10) (cached for small ints would go here).
  Handle<String> NumberToString(Handle<Value> number);
  Handle<String> Uint32ToString(uint32_t value);

  // Internalized strings: unique per content (StringTable).
  Handle<String> InternalizeString(Handle<String> string);
  Handle<String> InternalizeAscii(std::string_view ascii);
  Handle<String> InternalizeUtf8(std::string_view utf8);
  Handle<String> InternalizeTwoByte(std::span<const uint16_t> units);

  // -- Symbols ------------------------------------------------------------------------
  Handle<Symbol> NewSymbol(Handle<Value> description);  // description: String or undefined
  Handle<Symbol> NewPrivateSymbol(Handle<Value> description);

  // -- Arrays and tables --------------------------------------------------------------
  Handle<FixedArray> NewFixedArray(int length, AllocationType type = AllocationType::kYoung);
  // A FixedArray of {length} holes (fast elements backing stores).
  Handle<FixedArray> NewFixedArrayWithHoles(int length);
  // A copy of {source} grown (or shrunk) to {new_length}; new slots hold
  // {filler}.
  Handle<FixedArray> CopyFixedArrayAndGrow(Handle<FixedArray> source, int new_length,
                                           Value filler = Value::Undefined(),
                                           AllocationType type = AllocationType::kYoung);
  Handle<PropertyArray> NewPropertyArray(int length);
  Handle<PropertyArray> CopyPropertyArrayAndGrow(Handle<PropertyArray> source, int grow_by);
  Handle<Dictionary> NewNameDictionary(int at_least);
  Handle<Dictionary> NewNumberDictionary(int at_least);
  Handle<Dictionary> NewGlobalDictionary(int at_least);

  // -- Small cells ----------------------------------------------------------------------
  Handle<AccessorPair> NewAccessorPair(Handle<Value> getter, Handle<Value> setter);
  Handle<PropertyCell> NewPropertyCell(Handle<Name> name, Handle<Value> value,
                                       PropertyDetails details);
  Handle<Cell> NewCell(Value value);  // metadata space
  Handle<PrototypeInfo> NewPrototypeInfo();

  // -- Objects ------------------------------------------------------------------------
  // An instance of {shape} (any JSObject-like type): properties empty (or a
  // fresh dictionary for dictionary shapes), elements empty, in-object
  // fields undefined. Counts a construction for slack tracking when {shape}
  // is a constructor's initial shape in tracking.
  Handle<JSObject> NewJSObjectFromShape(Handle<Shape> shape,
                                        AllocationType type = AllocationType::kYoung);
  // `{}`: Object.prototype, 4 in-object slots (as node).
  Handle<JSObject> NewJSObject();
  // Object.create(null) / Object.create(proto): the prototype's cached
  // Object.create shape (PrototypeInfo), dictionary mode for null (as V8).
  Handle<JSObject> NewJSObjectWithPrototype(Handle<Value> prototype);
  // The root shape for an object literal with {property_count} properties:
  // exactly that many in-object slots (V8's literal shape cache). Adding the
  // literal's properties in order then shares transitions between literals
  // of the same layout.
  Handle<Shape> ObjectLiteralShapeFor(int property_count);
  // `new F` for an ordinary constructor: allocates from F's initial shape
  // (creating it) and steps slack tracking. {new_target} may differ from F
  // for derived classes.
  Handle<JSObject> NewJSObjectForConstruct(Handle<JSFunction> constructor,
                                           Handle<JSFunction> new_target);

  // -- Arrays ----------------------------------------------------------------------------
  // The Array root shape for a fast kind (native context js_array_shapes).
  Handle<Shape> JSArrayShapeFor(ElementsKind kind);
  // An array of {length} with a backing store of {capacity} (holes), kind
  // {kind} (a holey kind if length > 0 and the caller will not fill it).
  Handle<JSArray> NewJSArray(ElementsKind kind, uint32_t length, uint32_t capacity);
  // An array whose elements are {elements} (adopted, not copied), PACKED of
  // the least general kind that holds them (holes make it HOLEY).
  Handle<JSArray> NewJSArrayWithElements(Handle<FixedArray> elements);

  // -- Functions and code ----------------------------------------------------------------
  Handle<SharedFunctionInfo> NewSharedFunctionInfo(Handle<String> name, FunctionKind kind);
  // A closure of {shared} in {context} with {shape} (sloppy/strict function
  // shape from the native context if null).
  Handle<JSFunction> NewJSFunction(Handle<SharedFunctionInfo> shared, Handle<Value> context,
                                   Handle<Shape> shape = Handle<Shape>());
  Handle<JSBoundFunction> NewJSBoundFunction(Handle<Value> target, Handle<Value> bound_this,
                                             Handle<FixedArray> bound_arguments);
  Handle<BytecodeArray> NewBytecodeArray(std::span<const uint8_t> bytecodes,
                                         Handle<FixedArray> constant_pool, int register_count,
                                         int parameter_count, int feedback_slot_count);
  Handle<Script> NewScript(Handle<String> source, Handle<String> name);
  // A context of {type} (FunctionContext, BlockContext, ...) with
  // {variable_count} variable slots, linked to {previous}.
  Handle<Context> NewContext(InstanceType type, Handle<Value> scope_info, Handle<Value> previous,
                             int variable_count);

  // -- Wrappers, errors, the global object -------------------------------------------
  Handle<JSPrimitiveWrapper> NewJSPrimitiveWrapper(Handle<Value> primitive);
  // A JSError of {kind} with an own "message" (DONT_ENUM) when {message} is
  // non-empty; the stack is the interpreter's to capture.
  Handle<JSError> NewError(ErrorKind kind, std::string_view message);
  Handle<JSError> NewError(MessageTemplate message, std::initializer_list<std::string_view> args = {});
  // Throws (sets the pending exception) and returns the empty handle.
  template <typename T = Value>
  MaybeHandle<T> Throw(MessageTemplate message, std::initializer_list<std::string_view> args = {}) {
    ThrowError(message, args);
    return MaybeHandle<T>();
  }
  void ThrowError(MessageTemplate message, std::initializer_list<std::string_view> args);
  Handle<JSGlobalObject> NewJSGlobalObject(Handle<Value> prototype);

  // -- Shapes ---------------------------------------------------------------------------
  // A new shape for internal (non-JS) cells; JS shapes come from
  // Shape::NewJSShape.
  Handle<Shape> NewShape(InstanceType type, int instance_size, int raw_tail_words = 0);
  Handle<DescriptorArray> empty_descriptor_array();

  // The native context (roots.native_context).
  Handle<NativeContext> native_context();

 private:
  friend void InitializeObjectModel(Isolate* isolate);
  template <typename Char>
  Handle<String> InternalizeChars(std::span<const Char> chars);

  Isolate* isolate_;
  uint64_t hash_seed_;
  std::mt19937_64 rng_;
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_FACTORY_H_
