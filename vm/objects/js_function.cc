// Copyright 2025 the Lucid authors. MIT license.
// JSFunction: instance prototypes, initial shapes, slack tracking hooks.
#include "vm/objects/js_function.h"

#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"

namespace lucid {

Value JSFunction::instance_prototype() const {
  Value value = prototype_or_initial_shape();
  if (lucid::IsShape(value)) return Shape::cast(value)->prototype();
  return value;
}

void JSFunction::SetInstancePrototype(Isolate* isolate, Handle<JSFunction> function, Handle<Value> prototype) {
  if (function->has_initial_shape()) {
    // Instances made from now on get the new prototype; the old initial
    // shape stays valid for the instances it already describes. Slack
    // tracking restarts on the new shape.
    Handle<Shape> old_shape(function->initial_shape(), isolate);
    if (old_shape->IsInobjectSlackTrackingInProgress()) old_shape->CompleteInobjectSlackTracking(isolate);
    Handle<Value> instance_prototype = prototype;
    if (!lucid::IsJSReceiver(*prototype)) {
      instance_prototype = handle(NativeContext::cast(isolate->roots().native_context())->object_prototype(), isolate);
    }
    Handle<Shape> shape = Shape::NewJSShape(isolate, old_shape->instance_type(),
                                            old_shape->GetInObjectPropertiesStartOffset(),
                                            old_shape->inobject_properties(), instance_prototype);
    shape->SetConstructor(function->ToValue());
    function->set_prototype_or_initial_shape(shape->ToValue());
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapCreate(Tracer::MapCreateKind::kInitialMap, *shape, nullptr);
    }
    return;
  }
  function->set_prototype_or_initial_shape(*prototype);
}

Handle<Shape> JSFunction::EnsureInitialShape(Isolate* isolate, Handle<JSFunction> function,
                                             InstanceType instance_type, int header_size) {
  if (function->has_initial_shape()) return handle(function->initial_shape(), isolate);
  // V8: in-object slots = the parser's `this.x =` estimate (2 if none) plus
  // 8 of slack, shrunk by slack tracking after 7 constructions.
  int estimate = function->shared()->expected_nof_properties();
  if (estimate == 0) estimate = 2;
  int inobject = std::min(estimate + Shape::kSlackTrackingSlack, Shape::kMaxInObjectProperties);
  Handle<Value> prototype(function->prototype_or_initial_shape(), isolate);
  if (!lucid::IsJSReceiver(*prototype)) {
    prototype = handle(NativeContext::cast(isolate->roots().native_context())->object_prototype(), isolate);
  }
  Handle<Shape> shape = Shape::NewJSShape(isolate, instance_type, header_size, inobject, prototype);
  shape->SetConstructor(function->ToValue());
  shape->StartInobjectSlackTracking();
  function->set_prototype_or_initial_shape(shape->ToValue());
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapCreate(Tracer::MapCreateKind::kInitialMap, *shape, nullptr);
  }
  return shape;
}

Handle<Shape> JSFunction::GetDerivedShape(Isolate* isolate, Handle<JSFunction> constructor,
                                          Handle<JSFunction> new_target) {
  Handle<Shape> base = EnsureInitialShape(isolate, constructor);
  Handle<Shape> target = EnsureInitialShape(isolate, new_target, base->instance_type(),
                                            base->GetInObjectPropertiesStartOffset());
  if (target->instance_type() == base->instance_type()) return target;
  // new.target's initial shape was made for another type: derive one with
  // the base's layout and new.target's prototype.
  return Shape::TransitionToPrototype(isolate, base, handle(target->prototype(), isolate));
}

}  // namespace lucid
