// Copyright 2024 the Lucid authors. MIT license.
// INSTANCE_TYPE_LIST: every kind of heap cell, with the body kind the GC uses
// to size and visit it.

#ifndef LUCID_VM_OBJECTS_INSTANCE_TYPE_H_
#define LUCID_VM_OBJECTS_INSTANCE_TYPE_H_

#include <cstdint>

namespace lucid {

// How the GC sizes a cell and finds its Value fields, from the shape alone
// (DESIGN.md: "the GC knows cells only through their shapes"). Every layout
// keeps word 0 = shape. "length" is always word 1 (offset 8) stored as an
// int32 Value, so array sizes can be read without knowing the class.
//
// V(Kind, description)
#define BODY_KIND_LIST(V)                                                     \
  V(FreeSpace, "gap of N bytes; N is the int32 Value in word 1; no slots")    \
  V(Fixed,                                                                    \
    "size = shape.instance_size; Values in [8, size - 8 * shape.raw_tail)")   \
  V(TaggedArray,                                                              \
    "size = shape.instance_size + 8 * length; every word after word 0 is a "  \
    "Value")                                                                  \
  V(ByteArray,                                                                \
    "size = align8(shape.instance_size + length); Values in "                 \
    "[16, instance_size), raw bytes after")                                   \
  V(TwoByteArray,                                                             \
    "size = align8(shape.instance_size + 2 * length); Values in "             \
    "[16, instance_size), raw uint16s after")                                 \
  V(DoubleArray,                                                              \
    "size = shape.instance_size + 8 * length; Values in [16, instance_size), "\
    "raw doubles after")

enum class BodyKind : uint8_t {
#define V(Kind, description) k##Kind,
  BODY_KIND_LIST(V)
#undef V
};

// V(Name, snake_name, BodyKind)
//
// Order matters: ranges (strings, names, contexts, JS receivers, callables)
// are contiguous so their predicates are range checks; static_asserts below
// pin them. The object-model engineer adds lines inside the matching range.
//
// Internalized strings are separate instance types (V8's way), not a shape
// bit: "is this key internalized" is then one range check on the shape's
// instance type, and the internalized shapes are fixed roots.
//
// Non-JS types (everything before JSObject's range) have exactly one shape
// each, kept in the roots table as <snake_name>_shape (vm/roots.h).
#define INSTANCE_TYPE_LIST(V)                                                 \
  /* Fillers: every gap in a page is one of these. */                         \
  V(FreeSpace, free_space, FreeSpace)                                         \
  V(Filler, filler, Fixed) /* one word: just the shape */                     \
  /* Strings (contiguous; internalized last). */                              \
  V(SeqOneByteString, seq_one_byte_string, ByteArray)                         \
  V(SeqTwoByteString, seq_two_byte_string, TwoByteArray)                      \
  V(ConsString, cons_string, Fixed)                                           \
  V(ThinString, thin_string, Fixed)                                           \
  V(SlicedString, sliced_string, Fixed)                                       \
  V(InternalizedOneByteString, internalized_one_byte_string, ByteArray)       \
  V(InternalizedTwoByteString, internalized_two_byte_string, TwoByteArray)    \
  /* Names end with Symbol (private symbols are a flag in the cell). */       \
  V(Symbol, symbol, Fixed)                                                    \
  /* Shapes (the meta shape is the shape of every shape). */                  \
  V(Shape, shape, Fixed)                                                      \
  /* Arrays and tables. */                                                    \
  V(FixedArray, fixed_array, TaggedArray)                                     \
  V(FixedDoubleArray, fixed_double_array, DoubleArray)                        \
  V(ByteArray, byte_array, ByteArray)                                         \
  V(PropertyArray, property_array, TaggedArray)                               \
  V(DescriptorArray, descriptor_array, TaggedArray)                           \
  V(TransitionArray, transition_array, TaggedArray)                           \
  V(NameDictionary, name_dictionary, TaggedArray)                             \
  V(NumberDictionary, number_dictionary, TaggedArray)                         \
  V(GlobalDictionary, global_dictionary, TaggedArray)                         \
  V(OrderedHashMap, ordered_hash_map, TaggedArray)                            \
  V(OrderedHashSet, ordered_hash_set, TaggedArray)                            \
  V(StringTable, string_table, TaggedArray)                                   \
  /* GC-owned weak containers (gc/weak_refs.h). */                            \
  V(WeakFixedArray, weak_fixed_array, TaggedArray)                            \
  V(EphemeronHashTable, ephemeron_hash_table, TaggedArray)                    \
  /* Contexts (contiguous): length-prefixed, slots after the header. */       \
  V(NativeContext, native_context, TaggedArray)                               \
  V(ScriptContext, script_context, TaggedArray)                               \
  V(FunctionContext, function_context, TaggedArray)                           \
  V(BlockContext, block_context, TaggedArray)                                 \
  V(CatchContext, catch_context, TaggedArray)                                 \
  V(ScriptContextTable, script_context_table, TaggedArray)                    \
  /* Code and metadata (allocated in the metadata space). */                  \
  V(ScopeInfo, scope_info, TaggedArray)                                       \
  V(SharedFunctionInfo, shared_function_info, Fixed)                          \
  V(BytecodeArray, bytecode_array, ByteArray)                                 \
  V(FeedbackMetadata, feedback_metadata, ByteArray)                           \
  V(FeedbackVector, feedback_vector, TaggedArray)                             \
  V(FeedbackArray, feedback_array, TaggedArray) /* polymorphic IC list */     \
  V(DataHandler, data_handler, Fixed)           /* IC handler record */       \
  V(FeedbackCell, feedback_cell, Fixed)                                       \
  V(Code, code, Fixed)                                                        \
  V(Script, script, Fixed)                                                    \
  /* Cells and small records. */                                              \
  V(PropertyCell, property_cell, Fixed)                                       \
  V(Cell, cell, Fixed) /* validity and protector cells */                     \
  V(PrototypeInfo, prototype_info, Fixed)                                     \
  V(AccessorPair, accessor_pair, Fixed)                                       \
  V(AccessorInfo, accessor_info, Fixed) /* native getter/setter */            \
  V(Foreign, foreign, Fixed)            /* boxes a raw C++ pointer */         \
  V(WeakCell, weak_cell, Fixed) /* weak target (+ FinalizationRegistry) */    \
  /* Host job queue: the queue record and its job kinds. */                   \
  V(HostJobQueue, host_job_queue, Fixed)                                      \
  V(CallableTask, callable_task, Fixed)                                       \
  V(PromiseReaction, promise_reaction, Fixed)                                 \
  V(PromiseReactionJobTask, promise_reaction_job_task, Fixed)                 \
  V(PromiseResolveThenableJobTask, promise_resolve_thenable_job_task, Fixed)  \
  /* JS receivers (contiguous; callables last). */                            \
  V(JSObject, js_object, Fixed)                                               \
  V(JSArgumentsObject, js_arguments_object, Fixed)                            \
  V(JSArray, js_array, Fixed)                                                 \
  V(JSPrimitiveWrapper, js_primitive_wrapper, Fixed)                          \
  V(JSError, js_error, Fixed)                                                 \
  V(JSDate, js_date, Fixed)                                                   \
  V(JSRegExp, js_reg_exp, Fixed)                                              \
  V(JSPromise, js_promise, Fixed)                                             \
  V(JSGeneratorObject, js_generator_object, Fixed)                            \
  V(JSAsyncFunctionObject, js_async_function_object, Fixed)                   \
  V(JSAsyncGeneratorObject, js_async_generator_object, Fixed)                 \
  V(JSMap, js_map, Fixed)                                                     \
  V(JSSet, js_set, Fixed)                                                     \
  V(JSWeakMap, js_weak_map, Fixed)                                            \
  V(JSWeakSet, js_weak_set, Fixed)                                            \
  V(JSWeakRef, js_weak_ref, Fixed)                                            \
  V(JSFinalizationRegistry, js_finalization_registry, Fixed)                  \
  V(JSArrayIterator, js_array_iterator, Fixed)                                \
  V(JSMapIterator, js_map_iterator, Fixed)                                    \
  V(JSSetIterator, js_set_iterator, Fixed)                                    \
  V(JSStringIterator, js_string_iterator, Fixed)                              \
  V(JSArrayBuffer, js_array_buffer, Fixed)                                    \
  V(JSTypedArray, js_typed_array, Fixed)                                      \
  V(JSDataView, js_data_view, Fixed)                                          \
  V(JSGlobalObject, js_global_object, Fixed)                                  \
  V(JSBoundFunction, js_bound_function, Fixed)                                \
  V(JSFunction, js_function, Fixed)

enum class InstanceType : uint16_t {
#define V(Name, snake_name, body) k##Name,
  INSTANCE_TYPE_LIST(V)
#undef V
};

inline constexpr int kInstanceTypeCount = 0
#define V(...) +1
    INSTANCE_TYPE_LIST(V);
#undef V

// Range ends, named as V8 names them.
inline constexpr InstanceType kFirstStringType = InstanceType::kSeqOneByteString;
inline constexpr InstanceType kLastStringType =
    InstanceType::kInternalizedTwoByteString;
inline constexpr InstanceType kFirstInternalizedStringType =
    InstanceType::kInternalizedOneByteString;
inline constexpr InstanceType kFirstNameType = kFirstStringType;
inline constexpr InstanceType kLastNameType = InstanceType::kSymbol;
inline constexpr InstanceType kFirstContextType = InstanceType::kNativeContext;
inline constexpr InstanceType kLastContextType = InstanceType::kCatchContext;
inline constexpr InstanceType kFirstJSReceiverType = InstanceType::kJSObject;
inline constexpr InstanceType kLastJSReceiverType = InstanceType::kJSFunction;
inline constexpr InstanceType kFirstCallableType = InstanceType::kJSBoundFunction;
inline constexpr InstanceType kLastCallableType = InstanceType::kJSFunction;

static_assert(static_cast<int>(kLastStringType) + 1 ==
                  static_cast<int>(InstanceType::kSymbol),
              "Names are the strings followed by Symbol");
static_assert(kLastJSReceiverType == InstanceType::kJSFunction &&
                  static_cast<int>(kLastJSReceiverType) + 1 == kInstanceTypeCount,
              "JS receivers are the last range, callables at its end");
static_assert(static_cast<int>(kFirstCallableType) + 1 ==
                  static_cast<int>(kLastCallableType),
              "JSBoundFunction and JSFunction are adjacent");
static_assert(kInstanceTypeCount < 256, "instance types fit a byte today");

constexpr bool InRange(InstanceType type, InstanceType first,
                       InstanceType last) {
  return static_cast<uint16_t>(type) >= static_cast<uint16_t>(first) &&
         static_cast<uint16_t>(type) <= static_cast<uint16_t>(last);
}
constexpr bool IsStringType(InstanceType t) {
  return InRange(t, kFirstStringType, kLastStringType);
}
constexpr bool IsInternalizedStringType(InstanceType t) {
  return InRange(t, kFirstInternalizedStringType, kLastStringType);
}
constexpr bool IsNameType(InstanceType t) {
  return InRange(t, kFirstNameType, kLastNameType);
}
constexpr bool IsContextType(InstanceType t) {
  return InRange(t, kFirstContextType, kLastContextType);
}
constexpr bool IsJSReceiverType(InstanceType t) {
  return InRange(t, kFirstJSReceiverType, kLastJSReceiverType);
}
constexpr bool IsCallableType(InstanceType t) {
  return InRange(t, kFirstCallableType, kLastCallableType);
}

// The body kind of each type, indexed by InstanceType.
inline constexpr BodyKind kBodyKindOf[] = {
#define V(Name, snake_name, body) BodyKind::k##body,
    INSTANCE_TYPE_LIST(V)
#undef V
};

inline constexpr const char* kInstanceTypeNames[] = {
#define V(Name, snake_name, body) #Name,
    INSTANCE_TYPE_LIST(V)
#undef V
};

constexpr BodyKind BodyKindOf(InstanceType type) {
  return kBodyKindOf[static_cast<int>(type)];
}
constexpr const char* InstanceTypeName(InstanceType type) {
  return kInstanceTypeNames[static_cast<int>(type)];
}

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_INSTANCE_TYPE_H_
