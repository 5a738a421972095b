// Copyright the Lucid authors. MIT license.
//
// Generators: the runtime functions the generator bytecode calls
// (CreateJSGeneratorObject, GeneratorGetResumeMode, CreateIterResultObject,
// ThrowThrowMethodMissing) and %GeneratorPrototype%.next/return/throw.
//
// Resuming (docs/bytecode.md "Generators"): record the value and the resume
// mode in the generator object, push a frame for the generator function
// (ResumeGeneratorFrame in vm/execution.cc: the saved parameters as
// arguments, the saved receiver and context, the generator object in its
// register) and run the interpreter from the function entry. The
// SwitchOnGeneratorState there jumps to the resume point; ResumeGenerator
// restores the registers. The activation ends either at a SuspendGenerator
// (continuation >= 0; the result is the iterator result the bytecode made)
// or by returning/throwing (continuation still "executing": the generator is
// closed here).

#include <string>

#include "runtime/builtins_generator.h"

#include "runtime/builtins.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/tracer.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

// The shape of {function}'s generator objects: [[Prototype]] is
// function.prototype, or %GeneratorPrototype% when that is not an object.
// Cached as the function's initial shape while the prototype is unchanged.
Handle<Shape> GeneratorShapeFor(Isolate* isolate, Handle<JSFunction> function,
                                Handle<Value> prototype) {
  if (!IsJSReceiver(*prototype)) {
    Handle<Value> intrinsic(FactoryOf(isolate)->native_context()->generator_prototype(), isolate);
    return Shape::NewJSShape(isolate, InstanceType::kJSGeneratorObject,
                             JSGeneratorObject::kHeaderSize, 0, intrinsic);
  }
  if (function->has_initial_shape() && function->initial_shape()->prototype() == *prototype &&
      function->initial_shape()->instance_type() == InstanceType::kJSGeneratorObject) {
    return handle(function->initial_shape(), isolate);
  }
  Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSGeneratorObject,
                                          JSGeneratorObject::kHeaderSize, 0, prototype);
  shape->SetConstructor(function->ToValue());
  function->set_prototype_or_initial_shape(shape->ToValue());
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapCreate(Tracer::MapCreateKind::kInitialMap, *shape, nullptr);
  }
  return shape;
}

Value ResumeWith(Isolate* isolate, BuiltinArguments args, JSGeneratorObject::ResumeMode mode,
                 const char* method) {
  Handle<Value> receiver = args.receiver();
  Handle<Value> value = args.at(0);
  if (!IsJSGeneratorObject(*receiver)) {
    return ThrowError(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                      {method, DescribeValueForMessage(isolate, *receiver)});
  }
  Handle<JSGeneratorObject> generator = Handle<JSGeneratorObject>::cast(receiver);
  if (generator->is_executing()) return ThrowError(isolate, MessageTemplate::kGeneratorRunning);
  if (generator->is_closed()) {
    switch (mode) {
      case JSGeneratorObject::kNext: {
        Handle<Value> undefined(Value::Undefined(), isolate);
        return NewIteratorResult(isolate, undefined, true);
      }
      case JSGeneratorObject::kReturn: return NewIteratorResult(isolate, value, true);
      case JSGeneratorObject::kThrow: return ThrowValue(isolate, *value);
    }
  }
  // NOTE: a generator suspended at its start needs no special case: its
  // first resume point lies outside every try, so return() returns and
  // throw() throws there, completing it as the spec's GeneratorResumeAbrupt.
  Value result = ResumeParkedGenerator(isolate, generator, value, mode);
  if (result.IsException()) return result;
  if (generator->is_closed()) {
    // The body returned: {value: the return value, done: true}.
    Handle<Value> returned(result, isolate);
    return NewIteratorResult(isolate, returned, true);
  }
  return result;  // the iterator result the yield made
}

}  // namespace

// -- Resuming a parked frame (builtins_generator.h) ------------------------------------

void CloseGenerator(Isolate* isolate, JSGeneratorObject* generator) {
  generator->set_continuation(JSGeneratorObject::kGeneratorClosed);
  generator->set_parameters_and_registers(isolate->roots().empty_fixed_array()->ToValue());
}

Value ResumeParkedGenerator(Isolate* isolate, Handle<JSGeneratorObject> generator,
                            Handle<Value> value, JSGeneratorObject::ResumeMode mode) {
  generator->set_input_or_debug_pos(*value);
  generator->set_resume_mode(mode);
  Value result = ResumeGeneratorFrame(isolate, generator->ToValue());
  // Still "executing": the activation ended without a SuspendGenerator.
  // (CloseGenerator does not allocate, so {result} stays valid.)
  if (generator->is_executing()) CloseGenerator(isolate, *generator);
  return result;
}

Handle<JSGeneratorObject> NewGeneratorObjectForCall(Isolate* isolate, Handle<JSFunction> function,
                                                    Handle<Value> receiver, Handle<Shape> shape) {
  BytecodeArray* bytecode = BytecodeArray::cast(function->shared()->function_data());
  int saved_slots = bytecode->parameter_count() - 1 + bytecode->register_count();
  Factory* factory = FactoryOf(isolate);
  Handle<FixedArray> store = factory->NewFixedArray(saved_slots);
  Handle<JSObject> object = factory->NewJSObjectFromShape(shape);
  JSGeneratorObject* generator = JSGeneratorObject::cast(object->ToValue());
  generator->set_function(function->ToValue());
  generator->set_context(function->context());
  generator->set_receiver(*receiver);
  generator->set_input_or_debug_pos(Value::Undefined());
  generator->set_resume_mode(JSGeneratorObject::kNext);
  generator->set_continuation(JSGeneratorObject::kGeneratorExecuting);
  generator->set_parameters_and_registers(store->ToValue());
  return Handle<JSGeneratorObject>::cast(object);
}

bool GetGeneratorFunctionPrototype(Isolate* isolate, Handle<JSFunction> function, Handle<Value>* prototype) {
  Handle<Name> key(isolate->roots().slot(RootIndex::k_prototype_string));
  return JSReceiver::GetProperty(isolate, function, PropertyKey::FromName(key)).ToHandle(prototype);
}

// -- Runtime functions (CallRuntime from generator bytecode) -----------------------

Value Runtime_CreateJSGeneratorObject(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSFunction> function = Handle<JSFunction>::cast(args.at(0));
  Handle<Value> receiver = args.at(1);
  Handle<Value> prototype;
  if (!GetGeneratorFunctionPrototype(isolate, function, &prototype)) return Value::Exception();
  Handle<Shape> shape = GeneratorShapeFor(isolate, function, prototype);
  return NewGeneratorObjectForCall(isolate, function, receiver, shape)->ToValue();
}

Value Runtime_GeneratorGetResumeMode(Isolate*, RuntimeArguments args) {
  return Value::FromInt32(JSGeneratorObject::cast(args[0])->resume_mode());
}

Value Runtime_CreateIterResultObject(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  return NewIteratorResult(isolate, args.at(0), args[1].IsTrue());
}

Value Runtime_ThrowThrowMethodMissing(Isolate* isolate, RuntimeArguments) {
  return ThrowError(isolate, MessageTemplate::kThrowMethodMissing);
}

namespace {

// V8's rendering of a value when no call site names it (BuildDefaultCallSite):
// typeof, then the value for primitives that have one.
std::string DefaultCallSite(Isolate* isolate, Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "object null";
  if (value.IsBoolean()) return value.IsTrue() ? "boolean true" : "boolean false";
  if (value.IsNumber()) return "number " + DescribeValueForMessage(isolate, value);
  if (IsString(value)) return "string \"" + String::cast(value)->ToUTF8() + "\"";
  if (IsSymbol(value)) return "symbol";
  return IsCallable(value) ? "function" : "object";
}

}  // namespace

Value Runtime_YieldStarGetIterator(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Value> iterable = args.at(0);
  int32_t rendering = args[1].AsInt32();
  Value method = Value::Undefined();
  if (!iterable->IsNullOrUndefined()) {
    method = Runtime_GetProperty(isolate, *iterable, isolate->roots().iterator_symbol());
    if (method.IsException()) return method;
  }
  if (!IsCallable(method)) {
    // NOTE: V8's call printer renders a call or property operand of yield*
    // this way; other operands get the default rendering.
    if (rendering == 1) {
      return ThrowError(isolate, MessageTemplate::kNotIterable,
                        {"yield* (intermediate value)(intermediate value)"});
    }
    if (rendering == 2) {
      return ThrowError(isolate, MessageTemplate::kNotIterable, {"yield* (intermediate value)"});
    }
    return ThrowError(isolate, MessageTemplate::kNonObjectIterable,
                      {DefaultCallSite(isolate, *iterable)});
  }
  Handle<Value> method_h(method, isolate);
  Handle<Value> iterator;
  if (!Execution::Call(isolate, method_h, iterable, 0, nullptr).ToHandle(&iterator)) {
    return Value::Exception();
  }
  if (!IsJSReceiver(*iterator)) return ThrowError(isolate, MessageTemplate::kIteratorNotObject);
  return *iterator;
}

// -- %GeneratorPrototype% -------------------------------------------------------------

Value Builtin_GeneratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return ResumeWith(isolate, args, JSGeneratorObject::kNext, "[Generator].prototype.next");
}

Value Builtin_GeneratorPrototypeReturn(Isolate* isolate, BuiltinArguments args) {
  return ResumeWith(isolate, args, JSGeneratorObject::kReturn, "[Generator].prototype.return");
}

Value Builtin_GeneratorPrototypeThrow(Isolate* isolate, BuiltinArguments args) {
  return ResumeWith(isolate, args, JSGeneratorObject::kThrow, "[Generator].prototype.throw");
}

// %GeneratorFunction%: would compile source text at runtime, like Function.
Value Builtin_GeneratorFunctionConstructor(Isolate* isolate, BuiltinArguments) {
  return ThrowError(isolate, MessageTemplate::kNotSupported, {"GeneratorFunction constructor (eval)"});
}

}  // namespace lucid
