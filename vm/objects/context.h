// Copyright 2025 the Lucid authors. MIT license.
// Context: heap-allocated scopes for captured variables, and the native
// context holding the realm's intrinsics.

#ifndef LUCID_VM_OBJECTS_CONTEXT_H_
#define LUCID_VM_OBJECTS_CONTEXT_H_

#include "vm/objects/fixed_array.h"

namespace lucid {

// Context: body kind TaggedArray (one of the context instance types),
// young space.
//
//   +0   shape          native/script/function/block/catch_context_shape
//   +8   length         int32 Value: kHeaderSlots + number of variables
//   +16  [0] scope_info  ScopeInfo (undefined for the native context)
//   +24  [1] previous    the enclosing Context (undefined at the native one)
//   +32  [2] extension   NativeContext: the global object; catch: the
//                        caught value's slot lives in the variables; else
//                        undefined
//   +40  [3..]           variables (the interpreter's context slots), or
//                        for the native context the NATIVE_CONTEXT_FIELDS
class Context : public FixedArray {
 public:
  static constexpr int kScopeInfoIndex = 0;
  static constexpr int kPreviousIndex = 1;
  static constexpr int kExtensionIndex = 2;
  static constexpr int kHeaderSlots = 3;

  static Context* cast(Value value) {
    DCHECK(value.IsHeapObject() && value.heap_object()->IsContext());
    return static_cast<Context*>(value.heap_object());
  }

  Value scope_info() const { return get(kScopeInfoIndex); }
  Value previous() const { return get(kPreviousIndex); }
  Value extension() const { return get(kExtensionIndex); }
  void set_previous(Value v) { set(kPreviousIndex, v); }
  void set_extension(Value v) { set(kExtensionIndex, v); }
  // Variable slot {i} (i counts from the first variable).
  Value GetSlot(int i) const { return get(kHeaderSlots + i); }
  void SetSlot(int i, Value v) { set(kHeaderSlots + i, v); }
  int NumberOfSlots() const { return length() - kHeaderSlots; }
};

// V(Type, name) -- the native context's fields after the header. The
// bootstrapper (builtins) fills most of them; the object model reads the
// ones it needs (prototypes of primitives, literal and array shapes).
#define NATIVE_CONTEXT_FIELDS(V)                                      \
  V(JSObject, object_prototype)                                       \
  V(JSFunction, object_function)                                      \
  V(JSObject, function_prototype)                                     \
  V(JSObject, array_prototype)                                        \
  V(JSFunction, array_function)                                       \
  V(JSObject, string_prototype)                                       \
  V(JSObject, number_prototype)                                       \
  V(JSObject, boolean_prototype)                                      \
  V(JSObject, symbol_prototype)                                       \
  V(JSObject, bigint_prototype)                                       \
  V(JSObject, error_prototype)                                        \
  V(JSObject, type_error_prototype)                                   \
  V(JSObject, range_error_prototype)                                  \
  V(JSObject, reference_error_prototype)                              \
  V(JSObject, syntax_error_prototype)                                 \
  V(JSObject, eval_error_prototype)                                   \
  V(JSObject, uri_error_prototype)                                    \
  V(JSObject, iterator_prototype)                                     \
  V(JSObject, array_iterator_prototype)                               \
  V(JSObject, string_iterator_prototype)                              \
  V(JSObject, generator_prototype)                                    \
  V(JSObject, generator_function_prototype) /* %GeneratorFunction.prototype% */ \
  V(JSObject, promise_prototype)                                      \
  /* Shapes the object model allocates from. */                       \
  V(FixedArray, object_literal_shape_cache) /* [n] = literal root with n in-object */ \
  V(FixedArray, js_array_shapes)            /* [kind] = Array root per fast kind */  \
  V(Shape, slow_object_with_null_prototype_shape)                     \
  V(Shape, sloppy_function_shape)                                     \
  V(Shape, sloppy_function_with_arguments_shape) /* + arguments, caller */ \
  V(Shape, strict_function_shape)                                     \
  V(Shape, generator_function_shape)                                  \
  V(Value, async_function_shape) /* runtime/builtins_promise.cc */     \
  V(Shape, bound_function_shape)                                      \
  V(Shape, error_shape)                                               \
  V(Shape, sloppy_arguments_shape)                                    \
  V(Shape, strict_arguments_shape)                                    \
  V(Value, array_values_function) /* %Array.prototype.values%: arguments[@@iterator] */ \
  V(Value, symbol_registry)       /* Symbol.for's table (builtins_language.cc) */ \
  V(Shape, primitive_wrapper_shape)                                   \
  V(JSGlobalObject, global_object)                                    \
  V(Context, script_context_table)

class NativeContext : public Context {
 public:
  enum Field {
#define V(Type, name) k_##name,
    NATIVE_CONTEXT_FIELDS(V)
#undef V
    kFieldCount
  };
  static NativeContext* cast(Value value) {
    DCHECK(lucid::IsNativeContext(value));
    return static_cast<NativeContext*>(value.heap_object());
  }
#define V(Type, name)                                             \
  Value name() const { return GetSlot(k_##name); }                \
  void set_##name(Value v) { SetSlot(k_##name, v); }
  NATIVE_CONTEXT_FIELDS(V)
#undef V
  Value GetField(Field f) const { return GetSlot(f); }
  void SetField(Field f, Value v) { SetSlot(f, v); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_CONTEXT_H_
