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
#include "runtime/builtins_generator.h"
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
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"
#include "vm/tracer.h"

namespace lucid {
namespace {

SharedFunctionInfo* SharedOf(JSGeneratorObject* generator) {
  return JSFunction::cast(generator->function())->shared();
}

// The async object's function is done: drop the saved frame.
void Close(Isolate* isolate, JSGeneratorObject* generator) { CloseGenerator(isolate, generator); }

}  // namespace

Value Runtime_AsyncFunctionEnter(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSFunction> function = Handle<JSFunction>::cast(args.at(0));
  Handle<Value> receiver = args.at(1);
  Handle<JSPromise> promise = NewJSPromise(isolate);
  Handle<Shape> shape = AsyncFunctionObjectShape(isolate);
  JSAsyncFunctionObject* async = JSAsyncFunctionObject::cast(
      NewGeneratorObjectForCall(isolate, function, receiver, shape)->ToValue());
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

// -- for await: GetAsyncIterator and the AsyncFromSyncIterator ------------------------
//
// A sync iterable in `for await` (or async yield*) is wrapped in an object
// whose next/return/throw are closures over the sync iterator (the spec's %AsyncFromSyncIterator
// Prototype% methods; the object never reaches user code). Each returns a
// promise for {value: await value, done}, so an element costs the spec's
// ticks: the value's promise, then its reaction.

namespace {

// Spec: AsyncFromSyncIteratorContinuation(result): a promise for
// {value: Await(result.value), done: result.done}.
Value AsyncFromSyncContinuation(Isolate* isolate, Handle<Value> result) {
  Value done_value = Runtime_GetProperty(isolate, *result, isolate->roots().done_string());
  if (done_value.IsException()) return done_value;
  bool done = ToBoolean(done_value);
  Value value = Runtime_GetProperty(isolate, *result, isolate->roots().value_string());
  if (value.IsException()) return value;
  Handle<Value> value_h(value, isolate);
  Handle<JSPromise> wrapper;
  if (!PromiseResolve(isolate, value_h).ToHandle(&wrapper)) return Value::Exception();
  Handle<FixedArray> data = FactoryOf(isolate)->NewFixedArray(1);
  (*data)->set(0, done ? Value::True() : Value::False());
  Handle<Value> unwrap = NewPromiseClosure(isolate, PromiseClosure::kAsyncFromSyncUnwrap, data);
  Handle<JSPromise> promise = NewJSPromise(isolate);
  Handle<Value> undefined(Value::Undefined(), isolate);
  PerformPromiseThen(isolate, wrapper, unwrap, undefined, promise);
  return promise->ToValue();
}

// An abrupt completion inside next/return becomes a rejected promise.
Value RejectedWithPending(Isolate* isolate) {
  if (IsTerminationException(isolate)) return Value::Exception();
  Handle<Value> error(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  Handle<JSPromise> promise = NewJSPromise(isolate);
  RejectPromise(isolate, promise, error);
  return promise->ToValue();
}

enum class AsyncFromSyncMode { kNext, kReturn, kThrow };

Value AsyncFromSyncStep(Isolate* isolate, BuiltinArguments args, AsyncFromSyncMode mode) {
  Handle<FixedArray> data(PromiseClosureData(*args.target()), isolate);
  Handle<Value> iterator((*data)->get(0), isolate);
  Handle<Value> method((*data)->get(1), isolate);
  if (mode != AsyncFromSyncMode::kNext) {
    bool is_return = mode == AsyncFromSyncMode::kReturn;
    Handle<String> key = FactoryOf(isolate)->InternalizeAscii(is_return ? "return" : "throw");
    Value m = Runtime_GetProperty(isolate, *iterator, key->ToValue());
    if (m.IsException()) return RejectedWithPending(isolate);
    if (m.IsNullOrUndefined()) {
      // return(): {value, done: true}. throw(): the value rejects the
      // promise, the sync iterator left open (V8 in node 20 implements
      // this, the spec before ES2025's close-and-TypeError).
      Handle<JSPromise> promise = NewJSPromise(isolate);
      if (is_return) {
        Handle<Value> result(NewIteratorResult(isolate, args.at(0), true), isolate);
        ResolvePromise(isolate, promise, result);
      } else {
        RejectPromise(isolate, promise, args.at(0));
      }
      return promise->ToValue();
    }
    method = Handle<Value>(m, isolate);
  }
  Handle<Value> result;
  int argc = args.length() > 0 ? 1 : 0;
  Handle<Value> arg = args.at(0);
  if (!Execution::Call(isolate, method, iterator, argc, &arg).ToHandle(&result)) {
    return RejectedWithPending(isolate);
  }
  if (!IsJSReceiver(*result)) {
    (void)ThrowError(isolate, MessageTemplate::kIteratorResultNotAnObject,
                     {DescribeValueForMessage(isolate, *result)});
    return RejectedWithPending(isolate);
  }
  Value promise = AsyncFromSyncContinuation(isolate, result);
  if (promise.IsException()) return RejectedWithPending(isolate);
  return promise;
}

}  // namespace

Value Builtin_AsyncFromSyncIteratorNext(Isolate* isolate, BuiltinArguments args) {
  return AsyncFromSyncStep(isolate, args, AsyncFromSyncMode::kNext);
}

Value Builtin_AsyncFromSyncIteratorReturn(Isolate* isolate, BuiltinArguments args) {
  return AsyncFromSyncStep(isolate, args, AsyncFromSyncMode::kReturn);
}

Value Builtin_AsyncFromSyncIteratorThrow(Isolate* isolate, BuiltinArguments args) {
  return AsyncFromSyncStep(isolate, args, AsyncFromSyncMode::kThrow);
}

Value Builtin_AsyncFromSyncIteratorUnwrap(Isolate* isolate, BuiltinArguments args) {
  bool done = PromiseClosureData(*args.target())->get(0).IsTrue();
  return NewIteratorResult(isolate, args.at(0), done);
}

namespace {

// How GetAsyncIterator words a missing or non-callable method: for await
// names the operand ("x is not async iterable"); yield* words it as V8's
// bytecode does (the method called: "undefined is not a function", "number
// 1 is not a function"), except that a call or property operand with
// neither method is "yield* (intermediate value)... is not async iterable".
enum class AsyncIteratorUse { kForAwait, kYieldStar, kYieldStarCallOrProperty };

Value ThrowNoAsyncIteratorMethod(Isolate* isolate, AsyncIteratorUse use, Handle<Value> object,
                                 Value method) {
  if (use == AsyncIteratorUse::kForAwait) {
    return ThrowCallError(isolate, MessageTemplate::kNotAsyncIterable, *object);
  }
  if (method.IsUndefined() && use == AsyncIteratorUse::kYieldStarCallOrProperty) {
    return ThrowError(isolate, MessageTemplate::kNotAsyncIterable,
                      {"yield* (intermediate value)(intermediate value)(intermediate value)"
                       "(intermediate value)"});
  }
  return ThrowError(isolate, MessageTemplate::kNotAFunction, {DefaultCallSiteText(isolate, method)});
}

Value GetAsyncIterator(Isolate* isolate, Handle<Value> object, AsyncIteratorUse use) {
  Handle<Value> key(isolate->roots().async_iterator_symbol(), isolate);
  if (object->IsNullOrUndefined()) return ThrowPropertyAccessError(isolate, *object, *key, false);
  Value method = Runtime_GetProperty(isolate, *object, *key);
  if (method.IsException()) return method;
  if (!method.IsNullOrUndefined()) {
    Handle<Value> method_h(method, isolate);
    if (!IsCallable(*method_h)) return ThrowNoAsyncIteratorMethod(isolate, use, object, *method_h);
    Handle<Value> iterator;
    if (!Execution::Call(isolate, method_h, object, 0, nullptr).ToHandle(&iterator)) return Value::Exception();
    if (!IsJSReceiver(*iterator)) return ThrowError(isolate, MessageTemplate::kAsyncIteratorNotObject);
    return *iterator;
  }
  // Spec: CreateAsyncFromSyncIterator(GetIterator(obj, sync)).
  Value sync_method = Runtime_GetProperty(isolate, *object, isolate->roots().iterator_symbol());
  if (sync_method.IsException()) return sync_method;
  if (!IsCallable(sync_method)) return ThrowNoAsyncIteratorMethod(isolate, use, object, sync_method);
  Handle<Value> sync_method_h(sync_method, isolate);
  Handle<Value> sync;
  if (!Execution::Call(isolate, sync_method_h, object, 0, nullptr).ToHandle(&sync)) return Value::Exception();
  if (!IsJSReceiver(*sync)) return ThrowError(isolate, MessageTemplate::kIteratorNotObject);
  Value next = Runtime_GetProperty(isolate, *sync, isolate->roots().next_string());
  if (next.IsException()) return next;
  Handle<Value> next_h(next, isolate);
  Factory* factory = FactoryOf(isolate);
  Handle<FixedArray> data = factory->NewFixedArray(2);
  (*data)->set(0, *sync);
  (*data)->set(1, *next_h);
  Handle<JSObject> wrapper = factory->NewJSObject();
  Handle<Value> next_fn = NewPromiseClosure(isolate, PromiseClosure::kAsyncFromSyncNext, data);
  Handle<Value> return_fn = NewPromiseClosure(isolate, PromiseClosure::kAsyncFromSyncReturn, data);
  Handle<Value> throw_fn = NewPromiseClosure(isolate, PromiseClosure::kAsyncFromSyncThrow, data);
  JSObject::AddProperty(isolate, wrapper, factory->InternalizeAscii("next"), next_fn, DONT_ENUM);
  JSObject::AddProperty(isolate, wrapper, factory->InternalizeAscii("return"), return_fn, DONT_ENUM);
  JSObject::AddProperty(isolate, wrapper, factory->InternalizeAscii("throw"), throw_fn, DONT_ENUM);
  return wrapper->ToValue();
}

}  // namespace

Value Runtime_GetAsyncIterator(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  return GetAsyncIterator(isolate, args.at(0), AsyncIteratorUse::kForAwait);
}

Value Runtime_YieldStarGetAsyncIterator(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  return GetAsyncIterator(isolate, args.at(0),
                          args[1].AsInt32() == 1 ? AsyncIteratorUse::kYieldStarCallOrProperty
                                                 : AsyncIteratorUse::kYieldStar);
}

bool AsyncFunctionResume(Isolate* isolate, Handle<JSGeneratorObject> generator, Handle<Value> value,
                         bool rejected) {
  isolate->tracer()->OnAsyncResume(SharedOf(*generator), rejected);
  Value result = ResumeParkedGenerator(isolate, generator, value,
                                       rejected ? JSGeneratorObject::kThrow : JSGeneratorObject::kNext);
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
