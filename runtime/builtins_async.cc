// Copyright the Lucid authors. MIT license.
//
// Async functions (docs/bytecode.md "Async functions"): the runtime
// functions their bytecode calls (AsyncFunctionEnter / Await / Resolve /
// Reject) and AsyncFunctionResume, which a promise reaction job calls to
// continue a parked frame.
//
// An async function is a generator in V8's scheme: its frame suspends with
// SuspendGenerator into a JSAsyncFunctionObject and resumes through
// ResumeGeneratorFrame (vm/execution.cc). `await v` is
//
//   AsyncFunctionAwait(obj, v):  p = PromiseResolve(%Promise%, v)
//                                PerformPromiseThen(p, obj, obj, no result)
//   SuspendGenerator obj         the frame returns obj.promise to its caller
//   ...                          (the first activation) or to the job
//   the reaction job:            AsyncFunctionResume(obj, value, rejected)
//   ResumeGenerator obj          acc = value, or throw it at the await
//
// so awaiting a native promise takes no extra ticks (the spec's modern
// await), and a parked frame is nothing but heap cells.

#include "runtime/builtins.h"
#include "runtime/promise.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/shape.h"
#include "vm/tracer.h"

namespace lucid {
namespace {

SharedFunctionInfo* SharedOf(JSGeneratorObject* generator) {
  return JSFunction::cast(generator->function())->shared();
}

// The async object's function is done: drop the saved frame.
void Close(Isolate* isolate, JSGeneratorObject* generator) {
  generator->set_continuation(JSGeneratorObject::kGeneratorClosed);
  generator->set_parameters_and_registers(isolate->roots().empty_fixed_array()->ToValue());
}

}  // namespace

Value Runtime_AsyncFunctionEnter(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSFunction> function = Handle<JSFunction>::cast(args.at(0));
  Handle<Value> receiver = args.at(1);
  Factory* factory = FactoryOf(isolate);
  Handle<JSPromise> promise = NewJSPromise(isolate);
  BytecodeArray* bytecode = BytecodeArray::cast(function->shared()->function_data());
  int saved_slots = bytecode->parameter_count() - 1 + bytecode->register_count();
  Handle<FixedArray> store = factory->NewFixedArray(saved_slots);
  Handle<Shape> shape = AsyncFunctionObjectShape(isolate);
  Handle<JSObject> object = factory->NewJSObjectFromShape(shape);
  JSAsyncFunctionObject* async = JSAsyncFunctionObject::cast(object->ToValue());
  async->set_function(function->ToValue());
  async->set_context(function->context());
  async->set_receiver(*receiver);
  async->set_input_or_debug_pos(Value::Undefined());
  async->set_resume_mode(JSGeneratorObject::kNext);
  async->set_continuation(JSGeneratorObject::kGeneratorExecuting);
  async->set_parameters_and_registers(store->ToValue());
  async->set_promise(promise->ToValue());
  return async->ToValue();
}

Value Runtime_AsyncFunctionAwait(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Value> async = args.at(0);
  Handle<JSPromise> promise;
  if (!PromiseResolve(isolate, args.at(1)).ToHandle(&promise)) return Value::Exception();
  Handle<Value> undefined(Value::Undefined(), isolate);
  PerformPromiseThen(isolate, promise, async, async, undefined);
  JSAsyncFunctionObject* object = JSAsyncFunctionObject::cast(*async);
  isolate->tracer()->OnAsyncSuspend(SharedOf(object));
  return object->promise();
}

Value Runtime_AsyncFunctionResolve(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSAsyncFunctionObject> async = Handle<JSAsyncFunctionObject>::cast(args.at(0));
  Handle<JSPromise> promise(JSPromise::cast(async->promise()), isolate);
  Close(isolate, *async);
  ResolvePromise(isolate, promise, args.at(1));
  return promise->ToValue();
}

Value Runtime_AsyncFunctionReject(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSAsyncFunctionObject> async = Handle<JSAsyncFunctionObject>::cast(args.at(0));
  Handle<JSPromise> promise(JSPromise::cast(async->promise()), isolate);
  Close(isolate, *async);
  if (promise->state() == JSPromise::kPending) RejectPromise(isolate, promise, args.at(1));
  return promise->ToValue();
}

bool AsyncFunctionResume(Isolate* isolate, Handle<JSGeneratorObject> generator, Handle<Value> value,
                         bool rejected) {
  isolate->tracer()->OnAsyncResume(SharedOf(*generator), rejected);
  generator->set_input_or_debug_pos(*value);
  generator->set_resume_mode(rejected ? JSGeneratorObject::kThrow : JSGeneratorObject::kNext);
  Value result = ResumeGeneratorFrame(isolate, generator->ToValue());
  if (!result.IsException()) return true;
  // Only an exception the body's own handler could not take (a stack
  // overflow while pushing the frame) gets here: reject the promise.
  Handle<Value> error(isolate->pending_exception(), isolate);
  if (IsTerminationException(isolate)) return false;
  isolate->clear_pending_exception();
  Handle<JSPromise> promise(JSPromise::cast(JSAsyncFunctionObject::cast(generator->ToValue())->promise()),
                            isolate);
  Close(isolate, *generator);
  if (promise->state() == JSPromise::kPending) RejectPromise(isolate, promise, error);
  return true;
}

}  // namespace lucid
