// Copyright 2025 the Lucid authors. MIT license.
// JSFunction (a closure) and JSBoundFunction.

#ifndef LUCID_VM_OBJECTS_JS_FUNCTION_H_
#define LUCID_VM_OBJECTS_JS_FUNCTION_H_

#include "vm/objects/js_object.h"
#include "vm/objects/shared_function_info.h"

namespace lucid {

// JSFunction: body kind Fixed, JSObject header plus:
//
//   +24  shared                      SharedFunctionInfo
//   +32  context                     the Context the closure captured
//   +40  feedback_cell               the interrupt budget, an int32 (set
//                                    at creation; see ChargeBudget)
//   +48  prototype_or_initial_shape  the hole (none yet), the "prototype"
//                                    object (a JSReceiver, or a primitive
//                                    the user assigned), or the initial
//                                    Shape once `new` ran (its prototype is
//                                    then the "prototype" object)
//   +56  code                        the Code cell of compiled code, or
//                                    undefined (run the bytecode / builtin
//                                    from shared.function_data)
//   (+64 in-object properties: none by default; "length", "name" and
//    "prototype" are ordinary properties defined by whoever creates the
//    function)
//
// The call path dispatches on {code} then {shared}'s function data
// (DESIGN.md "Stacks, frames and calls"); the interpreter engineer owns that
// behaviour, this class only the layout.
class JSFunction : public JSObject {
 public:
  static constexpr int kSharedOffset = 24;
  static constexpr int kContextOffset = 32;
  static constexpr int kFeedbackCellOffset = 40;
  static constexpr int kPrototypeOrInitialShapeOffset = 48;
  static constexpr int kCodeOffset = 56;
  static constexpr int kHeaderSize = 64;

  static JSFunction* cast(Value value) {
    DCHECK(lucid::IsJSFunction(value));
    return static_cast<JSFunction*>(value.heap_object());
  }

  SharedFunctionInfo* shared() const { return SharedFunctionInfo::cast(field(kSharedOffset)); }
  void set_shared(SharedFunctionInfo* sfi) { set_field(kSharedOffset, sfi->ToValue()); }
  Value context() const { return field(kContextOffset); }
  void set_context(Value v) { set_field(kContextOffset, v); }
  Value feedback_cell() const { return field(kFeedbackCellOffset); }
  void set_feedback_cell(Value v) { set_field(kFeedbackCellOffset, v); }
  Value prototype_or_initial_shape() const { return field(kPrototypeOrInitialShapeOffset); }
  void set_prototype_or_initial_shape(Value v) { set_field(kPrototypeOrInitialShapeOffset, v); }
  Value code() const { return field(kCodeOffset); }
  void set_code(Value v) { set_field(kCodeOffset, v); }

  bool has_initial_shape() const { return lucid::IsShape(prototype_or_initial_shape()); }
  Shape* initial_shape() const { return Shape::cast(prototype_or_initial_shape()); }
  // The "prototype" object `new` uses (the hole if none was set up).
  Value instance_prototype() const;

  // Sets F.prototype (Spec: MakeConstructor / a "prototype" store). If an
  // initial shape exists it is replaced by one with the new prototype;
  // objects become prototypes through JSObject::OptimizeAsPrototype.
  static void SetInstancePrototype(Isolate* isolate, Handle<JSFunction> function,
                                   Handle<Value> prototype);
  // The shape `new F` allocates from: created on first use from
  // shared.expected_nof_properties + Shape::kSlackTrackingSlack in-object
  // slots, prototype = F.prototype (Object.prototype if that is not an
  // object), slack tracking started. {instance_type} is JSObject for
  // ordinary functions; builtin constructors (Array, Error...) pass theirs.
  static Handle<Shape> EnsureInitialShape(Isolate* isolate, Handle<JSFunction> function,
                                          InstanceType instance_type = InstanceType::kJSObject,
                                          int header_size = JSObject::kHeaderSize);
  // For `new.target !== F` (class X extends Base): the shape Base's builtin
  // allocates for X (X's prototype, Base's instance type and header).
  static Handle<Shape> GetDerivedShape(Isolate* isolate, Handle<JSFunction> constructor,
                                       Handle<JSFunction> new_target);
};

// JSBoundFunction: Function.prototype.bind's result.
//   +24  bound_target_function  callable
//   +32  bound_this             Value
//   +40  bound_arguments        FixedArray
class JSBoundFunction : public JSObject {
 public:
  static constexpr int kBoundTargetFunctionOffset = 24;
  static constexpr int kBoundThisOffset = 32;
  static constexpr int kBoundArgumentsOffset = 40;
  static constexpr int kHeaderSize = 48;

  static JSBoundFunction* cast(Value value) {
    DCHECK(lucid::IsJSBoundFunction(value));
    return static_cast<JSBoundFunction*>(value.heap_object());
  }
  Value bound_target_function() const { return field(kBoundTargetFunctionOffset); }
  void set_bound_target_function(Value v) { set_field(kBoundTargetFunctionOffset, v); }
  Value bound_this() const { return field(kBoundThisOffset); }
  void set_bound_this(Value v) { set_field(kBoundThisOffset, v); }
  Value bound_arguments() const { return field(kBoundArgumentsOffset); }
  void set_bound_arguments(Value v) { set_field(kBoundArgumentsOffset, v); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_FUNCTION_H_
