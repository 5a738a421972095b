// Copyright 2024 the Lucid authors. MIT license.
// ROOT_LIST: the isolate's roots table (shapes of internal cells, canonical
// cells, internalized names, well-known symbols).

#ifndef LUCID_VM_ROOTS_H_
#define LUCID_VM_ROOTS_H_

#include <cstdint>

#include "vm/objects/heap_object.h"
#include "vm/objects/instance_type.h"
#include "vm/value.h"

namespace lucid {

// The roots table is an array of Values inside IsolateData (fixed offsets, so
// compiled code loads a root with one instruction). The GC visits every
// entry; an entry not yet created holds undefined. undefined, null, true,
// false, the hole and the exception sentinel are Values, not cells, and need
// no roots.
//
// Who fills what:
//  - Heap::CreateInitialObjects (gc/, at Isolate::New): the meta shape
//    (shape_shape), free_space_shape, filler_shape, fixed_array_shape,
//    fixed_double_array_shape, byte_array_shape, weak_fixed_array_shape,
//    ephemeron_hash_table_shape, weak_cell_shape, code_shape,
//    empty_fixed_array, empty_byte_array. kept_objects and
//    dirty_js_finalization_registries are the GC's (gc/weak_refs.h).
//  - The object model's bootstrap: every other shape (it knows the layouts),
//    the names and the symbols below, via Heap::AllocateShape and
//    isolate->roots().set(RootIndex::kX, value).

// Shape roots: one per INSTANCE_TYPE_LIST line, named <snake_name>_shape
// (so the meta shape is shape_shape(), also spelled meta_shape()). For non-JS
// types it is the type's one shape; for JS types, the initial shape the
// object model uses for plain instances (js_object_shape: `{}`'s shape), or
// undefined if it keeps none.

// V(Type, name, CamelName) -- other strong roots.
#define STRONG_ROOT_LIST(V)                                            \
  V(FixedArray, empty_fixed_array, EmptyFixedArray)                    \
  V(ByteArray, empty_byte_array, EmptyByteArray)                       \
  V(Value, empty_property_array, EmptyPropertyArray)                   \
  V(Value, empty_descriptor_array, EmptyDescriptorArray)               \
  V(Value, empty_scope_info, EmptyScopeInfo)                           \
  V(Value, string_table, StringTable)                                  \
  V(Value, native_context, NativeContext)                              \
  V(Value, global_object, GlobalObject)                                \
  V(Value, host_job_queue, HostJobQueue)                               \
  V(Value, script_list, ScriptList)                                    \
  V(Value, message_object, MessageObject)                              \
  V(Value, array_protector, ArrayProtector)                            \
  V(Value, array_iterator_protector, ArrayIteratorProtector)           \
  V(Value, string_iterator_protector, StringIteratorProtector)         \
  V(Value, no_elements_protector, NoElementsProtector)                 \
  /* gc/weak_refs.h: WeakRef targets kept alive until the job ends (a */ \
  /* FixedArray, [0] = count), and FinalizationRegistries with cleared */ \
  /* cells waiting for their cleanup task (linked via next_dirty). */     \
  V(Value, kept_objects, KeptObjects)                                  \
  V(Value, dirty_js_finalization_registries, DirtyJSFinalizationRegistries) \
  /* runtime/promise.cc: %Promise%, the unhandled-rejection list and */ \
  /* the template closures of the promise builtins (a FixedArray). */   \
  V(Value, promise_state, PromiseState)                                \
  /* vm/objects/factory.cc: the one-unit strings below 256 (a FixedArray */ \
  /* made at the first LookupSingleCharacterString; undefined entries). */  \
  V(Value, single_character_string_cache, SingleCharacterStringCache)

// V(name, "contents") -- internalized strings, root name <name>_string.
#define INTERNALIZED_STRING_LIST(V)            \
  V(empty, "")                                 \
  V(length, "length")                          \
  V(prototype, "prototype")                    \
  V(constructor, "constructor")                \
  V(name, "name")                              \
  V(message, "message")                        \
  V(stack, "stack")                            \
  V(cause, "cause")                            \
  V(proto, "__proto__")                        \
  V(to_string, "toString")                     \
  V(value_of, "valueOf")                       \
  V(arguments, "arguments")                    \
  V(callee, "callee")                          \
  V(caller, "caller")                          \
  V(value, "value")                            \
  V(done, "done")                              \
  V(next, "next")                              \
  V(get, "get")                                \
  V(set, "set")                                \
  V(writable, "writable")                      \
  V(enumerable, "enumerable")                  \
  V(configurable, "configurable")              \
  V(then, "then")                              \
  V(undefined, "undefined")                    \
  V(null, "null")                              \
  V(true, "true")                              \
  V(false, "false")                            \
  V(number, "number")                          \
  V(string, "string")                          \
  V(boolean, "boolean")                        \
  V(object, "object")                          \
  V(function, "function")                      \
  V(symbol, "symbol")                          \
  V(bigint, "bigint")                          \
  V(default, "default")                        \
  V(anonymous, "anonymous")                    \
  V(NaN, "NaN")                                \
  V(Infinity, "Infinity")                      \
  V(minus_Infinity, "-Infinity")               \
  V(zero, "0")                                 \
  V(Error, "Error")                            \
  V(TypeError, "TypeError")                    \
  V(RangeError, "RangeError")                  \
  V(SyntaxError, "SyntaxError")                \
  V(ReferenceError, "ReferenceError")          \
  V(EvalError, "EvalError")                    \
  V(URIError, "URIError")                      \
  V(AggregateError, "AggregateError")          \
  V(Object, "Object")                          \
  V(Function, "Function")                      \
  V(Array, "Array")                            \
  V(globalThis, "globalThis")                  \
  V(exports, "exports")                        \
  V(module, "module")                          \
  V(require, "require")                        \
  V(filename, "__filename")                    \
  V(dirname, "__dirname")

// V(name, "description") -- well-known and private symbols, root name
// <name>_symbol.
#define SYMBOL_ROOT_LIST(V)                                    \
  V(iterator, "Symbol.iterator")                               \
  V(async_iterator, "Symbol.asyncIterator")                    \
  V(has_instance, "Symbol.hasInstance")                        \
  V(to_primitive, "Symbol.toPrimitive")                        \
  V(to_string_tag, "Symbol.toStringTag")                       \
  V(species, "Symbol.species")                                 \
  V(is_concat_spreadable, "Symbol.isConcatSpreadable")         \
  V(unscopables, "Symbol.unscopables")                         \
  V(match, "Symbol.match")                                     \
  V(match_all, "Symbol.matchAll")                              \
  V(replace, "Symbol.replace")                                 \
  V(search, "Symbol.search")                                   \
  V(split, "Symbol.split")                                     \
  /* Private symbols (internal slots, never visible to JS). */  \
  V(error_stack, "#error_stack")                               \
  V(home_object, "#home_object")                               \
  V(class_fields, "#class_fields")                             \
  /* Object model: keys of non-property transition edges. */    \
  V(elements_transition, "#elements_transition")               \
  V(prototype_transition, "#prototype_transition")           \
  V(nonextensible_transition, "#nonextensible_transition")

enum class RootIndex : uint16_t {
#define V(Name, snake_name, body) k##Name##Shape,
  INSTANCE_TYPE_LIST(V)
#undef V
#define V(Type, name, CamelName) k##CamelName,
  STRONG_ROOT_LIST(V)
#undef V
#define V(name, contents) k_##name##_string,
  INTERNALIZED_STRING_LIST(V)
#undef V
#define V(name, description) k_##name##_symbol,
  SYMBOL_ROOT_LIST(V)
#undef V
  kRootCount,
  kMetaShape = kShapeShape,
  kFirstShapeRoot = 0,
  kLastShapeRoot = kJSFunctionShape,
};

inline constexpr int kRootCount = static_cast<int>(RootIndex::kRootCount);

// A typed view over the roots table (IsolateData::roots). Shape roots return
// Shape* (the object model's class; ShapeLayout* through shape_layout_at);
// Value-typed roots return the Value. Each root also has a Handle accessor:
// a root slot never moves, so a Handle may point straight at it.
class Roots {
 public:
  explicit Roots(Value* table) : table_(table) {}

  Value at(RootIndex index) const { return table_[static_cast<int>(index)]; }
  Value* slot(RootIndex index) const { return &table_[static_cast<int>(index)]; }
  // Roots are not in the heap, so no barrier.
  void set(RootIndex index, Value value) {
    table_[static_cast<int>(index)] = value;
  }
  ShapeLayout* shape_layout_at(RootIndex index) const {
    return static_cast<ShapeLayout*>(at(index).heap_object());
  }
  ShapeLayout* ShapeLayoutFor(InstanceType type) const {
    return shape_layout_at(static_cast<RootIndex>(type));
  }
  Shape* meta_shape() const { return shape_shape(); }

#define V(Name, snake_name, body)                                 \
  Shape* snake_name##_shape() const {                             \
    return reinterpret_cast<Shape*>(at(RootIndex::k##Name##Shape).heap_object()); \
  }
  INSTANCE_TYPE_LIST(V)
#undef V

#define V(Type, name, CamelName) \
  inline Type##RootReturn name() const;
#define FixedArrayRootReturn FixedArray*
#define ByteArrayRootReturn ByteArray*
#define ValueRootReturn Value
  STRONG_ROOT_LIST(V)
#undef FixedArrayRootReturn
#undef ByteArrayRootReturn
#undef ValueRootReturn
#undef V

#define V(name, contents) \
  Value name##_string() const { return at(RootIndex::k_##name##_string); }
  INTERNALIZED_STRING_LIST(V)
#undef V
#define V(name, description) \
  Value name##_symbol() const { return at(RootIndex::k_##name##_symbol); }
  SYMBOL_ROOT_LIST(V)
#undef V

 private:
  Value* table_;
};

inline FixedArray* Roots::empty_fixed_array() const {
  return reinterpret_cast<FixedArray*>(at(RootIndex::kEmptyFixedArray).heap_object());
}
inline ByteArray* Roots::empty_byte_array() const {
  return reinterpret_cast<ByteArray*>(at(RootIndex::kEmptyByteArray).heap_object());
}
#define V(Type, name, CamelName) \
  inline Value Roots::name() const { return at(RootIndex::k##CamelName); }
#define ROOT_VALUE_ONLY(Type, name, CamelName) ROOT_VALUE_ONLY_##Type(name, CamelName)
#define ROOT_VALUE_ONLY_FixedArray(name, CamelName)
#define ROOT_VALUE_ONLY_ByteArray(name, CamelName)
#define ROOT_VALUE_ONLY_Value(name, CamelName) V(Value, name, CamelName)
STRONG_ROOT_LIST(ROOT_VALUE_ONLY)
#undef ROOT_VALUE_ONLY_Value
#undef ROOT_VALUE_ONLY_ByteArray
#undef ROOT_VALUE_ONLY_FixedArray
#undef ROOT_VALUE_ONLY
#undef V

// Root names for --verify-heap messages and heap snapshots.
const char* RootName(RootIndex index);

}  // namespace lucid

#endif  // LUCID_VM_ROOTS_H_
