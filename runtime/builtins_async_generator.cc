// Copyright the Lucid authors. MIT license.
//
// Async generators (docs/bytecode.md "Async generators"): the runtime
// functions their bytecode calls, %AsyncGeneratorPrototype%'s next/return/
// throw, and the request queue that drives the frame (V8's scheme; ES2023
// 27.6).
//
// An async generator object (JSAsyncGeneratorObject) is a generator frame
// plus a queue of requests [mode, value, promise, next]. next/return/throw
// each make a promise, append a request and call ResumeNext, which serves
// the queue from the head while the frame is neither running nor waiting
// at an await:
//
//   frame suspended (start or yield)   resume it with the head's completion
//                                      (return/throw at the start close it)
//   generator closed                   next: {undefined, true}; throw:
//                                      reject; return: await the value,
//                                      then {value, true}
//
// The frame settles the head request itself: `yield v` awaits v, then
// AsyncGeneratorYield resolves the head with {v, done: false} and drops it
// before the frame suspends; a return resolves it with {v, done: true}
// (AsyncGeneratorResolve), an uncaught throw rejects it
// (AsyncGeneratorReject). `await` parks the object on the promise like an
// async function; the reaction job calls AsyncGeneratorAwaitResume.

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
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

// The awaiting field holds flags: kAwaiting while the frame waits at an
// await (or the generator waits for a return() value), kNotStarted until
// the first resume.
constexpr int32_t kAwaiting = 1;
constexpr int32_t kNotStarted = 2;

int32_t Flags(JSAsyncGeneratorObject* gen) { return gen->field(JSAsyncGeneratorObject::kAwaitingOffset).AsInt32(); }
void SetFlags(JSAsyncGeneratorObject* gen, int32_t flags) {
  gen->set_field(JSAsyncGeneratorObject::kAwaitingOffset, Value::FromInt32(flags), SKIP_WRITE_BARRIER);
}
bool IsAwaiting(JSAsyncGeneratorObject* gen) { return (Flags(gen) & kAwaiting) != 0; }
void SetAwaiting(JSAsyncGeneratorObject* gen, bool on) {
  SetFlags(gen, on ? (Flags(gen) | kAwaiting) : (Flags(gen) & ~kAwaiting));
}

void Close(Isolate* isolate, JSAsyncGeneratorObject* gen) { CloseGenerator(isolate, gen); }

Handle<JSAsyncGeneratorObject> AsGen(Handle<Value> value) {
  return Handle<JSAsyncGeneratorObject>::cast(value);
}

void Enqueue(Isolate* isolate, Handle<JSAsyncGeneratorObject> gen, int32_t mode, Handle<Value> value,
             Handle<JSPromise> promise) {
  Handle<FixedArray> request = FactoryOf(isolate)->NewFixedArray(JSAsyncGeneratorObject::kRequestLength);
  (*request)->set(JSAsyncGeneratorObject::kRequestMode, Value::FromInt32(mode));
  (*request)->set(JSAsyncGeneratorObject::kRequestValue, *value);
  (*request)->set(JSAsyncGeneratorObject::kRequestPromise, promise->ToValue());
  (*request)->set(JSAsyncGeneratorObject::kRequestNext, Value::Undefined());
  Value queue = gen->queue();
  if (!IsFixedArray(queue)) {
    gen->set_queue(request->ToValue());
    return;
  }
  FixedArray* tail = FixedArray::cast(queue);
  while (IsFixedArray(tail->get(JSAsyncGeneratorObject::kRequestNext))) {
    tail = FixedArray::cast(tail->get(JSAsyncGeneratorObject::kRequestNext));
  }
  tail->set(JSAsyncGeneratorObject::kRequestNext, request->ToValue());
}

// Settles the head request (ES2023 AsyncGeneratorCompleteStep) and drops it.
void CompleteStep(Isolate* isolate, Handle<JSAsyncGeneratorObject> gen, Handle<Value> value, bool done,
                  bool is_throw) {
  Value queue = gen->queue();
  if (!IsFixedArray(queue)) return;
  FixedArray* head = FixedArray::cast(queue);
  Handle<JSPromise> promise(JSPromise::cast(head->get(JSAsyncGeneratorObject::kRequestPromise)), isolate);
  gen->set_queue(head->get(JSAsyncGeneratorObject::kRequestNext));
  if (is_throw) {
    RejectPromise(isolate, promise, value);
    return;
  }
  Handle<Value> result(NewIteratorResult(isolate, value, done), isolate);
  ResolvePromise(isolate, promise, result);
}

// The frame could not run (a stack overflow pushing it): the head request
// is rejected with the error and the generator closed. False on a
// termination.
bool FailResume(Isolate* isolate, Handle<JSAsyncGeneratorObject> gen) {
  if (IsTerminationException(isolate)) return false;
  Handle<Value> error(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  Close(isolate, *gen);
  SetAwaiting(*gen, false);
  CompleteStep(isolate, gen, error, true, true);
  return true;
}

// AsyncGeneratorResumeNext / DrainQueue: serves requests while it can.
bool ResumeNext(Isolate* isolate, Handle<JSAsyncGeneratorObject> gen) {
  for (;;) {
    HandleScope scope(isolate);
    if (IsAwaiting(*gen) || gen->is_executing()) return true;
    Value queue = gen->queue();
    if (!IsFixedArray(queue)) return true;
    FixedArray* head = FixedArray::cast(queue);
    int32_t mode = head->get(JSAsyncGeneratorObject::kRequestMode).AsInt32();
    Handle<Value> value(head->get(JSAsyncGeneratorObject::kRequestValue), isolate);
    if (mode != JSGeneratorObject::kNext && (Flags(*gen) & kNotStarted) != 0) Close(isolate, *gen);
    if (gen->is_closed()) {
      if (mode == JSGeneratorObject::kNext) {
        Handle<Value> undefined(Value::Undefined(), isolate);
        CompleteStep(isolate, gen, undefined, true, false);
        continue;
      }
      if (mode == JSGeneratorObject::kThrow) {
        CompleteStep(isolate, gen, value, true, true);
        continue;
      }
      // return(): await the value, then {value, done: true} (ES2023
      // AsyncGeneratorAwaitReturn).
      Handle<JSPromise> promise;
      if (!PromiseResolve(isolate, value).ToHandle(&promise)) {
        if (IsTerminationException(isolate)) return false;
        Handle<Value> error(isolate->pending_exception(), isolate);
        isolate->clear_pending_exception();
        CompleteStep(isolate, gen, error, true, true);
        continue;
      }
      SetAwaiting(*gen, true);
      Handle<FixedArray> data = FactoryOf(isolate)->NewFixedArray(1);
      (*data)->set(0, gen->ToValue());
      Handle<Value> on_fulfilled =
          NewPromiseClosure(isolate, PromiseClosure::kAsyncGeneratorReturnFulfilled, data);
      Handle<Value> on_rejected = NewPromiseClosure(isolate, PromiseClosure::kAsyncGeneratorReturnRejected, data);
      Handle<Value> undefined(Value::Undefined(), isolate);
      PerformPromiseThen(isolate, promise, on_fulfilled, on_rejected, undefined);
      return true;
    }
    SetFlags(*gen, Flags(*gen) & ~kNotStarted);
    Value result =
        ResumeParkedGenerator(isolate, gen, value, static_cast<JSGeneratorObject::ResumeMode>(mode));
    if (result.IsException() && !FailResume(isolate, gen)) return false;
  }
}

Value Step(Isolate* isolate, BuiltinArguments args, JSGeneratorObject::ResumeMode mode, const char* method) {
  HandleScope scope(isolate);
  Handle<Value> receiver = args.receiver();
  Handle<Value> value = args.at(0);
  Handle<JSPromise> promise = NewJSPromise(isolate);
  if (!IsJSAsyncGeneratorObject(*receiver)) {
    // Spec: IfAbruptRejectPromise: a bad receiver rejects, it does not throw.
    (void)ThrowError(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                     {method, DescribeValueForMessage(isolate, *receiver)});
    if (IsTerminationException(isolate)) return Value::Exception();
    Handle<Value> error(isolate->pending_exception(), isolate);
    isolate->clear_pending_exception();
    RejectPromise(isolate, promise, error);
    return promise->ToValue();
  }
  Handle<JSAsyncGeneratorObject> gen = AsGen(receiver);
  Enqueue(isolate, gen, mode, value, promise);
  if (!ResumeNext(isolate, gen)) return Value::Exception();
  return promise->ToValue();
}

// The closure of %AsyncGeneratorFunction.prototype%-style shapes for the
// generator objects: [[Prototype]] function.prototype, or
// %AsyncGeneratorPrototype% when that is not an object.
Handle<Shape> AsyncGeneratorShapeFor(Isolate* isolate, Handle<JSFunction> function, Handle<Value> prototype) {
  if (!IsJSReceiver(*prototype)) {
    return Shape::NewJSShape(isolate, InstanceType::kJSAsyncGeneratorObject, JSAsyncGeneratorObject::kHeaderSize,
                             0, AsyncGeneratorPrototype(isolate));
  }
  if (function->has_initial_shape() && function->initial_shape()->prototype() == *prototype &&
      function->initial_shape()->instance_type() == InstanceType::kJSAsyncGeneratorObject) {
    return handle(function->initial_shape(), isolate);
  }
  Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSAsyncGeneratorObject,
                                          JSAsyncGeneratorObject::kHeaderSize, 0, prototype);
  shape->SetConstructor(function->ToValue());
  function->set_prototype_or_initial_shape(shape->ToValue());
  return shape;
}

Value ReturnSettled(Isolate* isolate, BuiltinArguments args, bool rejected) {
  HandleScope scope(isolate);
  Handle<JSAsyncGeneratorObject> gen(
      JSAsyncGeneratorObject::cast(PromiseClosureData(*args.target())->get(0)), isolate);
  SetAwaiting(*gen, false);
  CompleteStep(isolate, gen, args.at(0), true, rejected);
  if (!ResumeNext(isolate, gen)) return Value::Exception();
  return Value::Undefined();
}

}  // namespace

// -- Runtime functions ----------------------------------------------------------------

Value Runtime_AsyncGeneratorEnter(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSFunction> function = Handle<JSFunction>::cast(args.at(0));
  Handle<Value> receiver = args.at(1);
  Handle<Value> prototype;
  if (!GetGeneratorFunctionPrototype(isolate, function, &prototype)) return Value::Exception();
  Handle<Shape> shape = AsyncGeneratorShapeFor(isolate, function, prototype);
  JSAsyncGeneratorObject* gen = JSAsyncGeneratorObject::cast(
      NewGeneratorObjectForCall(isolate, function, receiver, shape)->ToValue());
  gen->set_queue(Value::Undefined());
  SetFlags(gen, kNotStarted);
  return gen->ToValue();
}

Value Runtime_AsyncGeneratorAwait(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Value> gen = args.at(0);
  Handle<JSPromise> promise;
  if (!PromiseResolve(isolate, args.at(1)).ToHandle(&promise)) return Value::Exception();
  Handle<Value> undefined(Value::Undefined(), isolate);
  PerformPromiseThen(isolate, promise, gen, gen, undefined);
  SetAwaiting(JSAsyncGeneratorObject::cast(*gen), true);
  return Value::Undefined();
}

Value Runtime_AsyncGeneratorYield(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  CompleteStep(isolate, AsGen(args.at(0)), args.at(1), false, false);
  return Value::Undefined();
}

Value Runtime_AsyncGeneratorResolve(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSAsyncGeneratorObject> gen = AsGen(args.at(0));
  Close(isolate, *gen);
  CompleteStep(isolate, gen, args.at(1), true, false);
  return Value::Undefined();
}

Value Runtime_AsyncGeneratorReject(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSAsyncGeneratorObject> gen = AsGen(args.at(0));
  Close(isolate, *gen);
  CompleteStep(isolate, gen, args.at(1), true, true);
  return Value::Undefined();
}

bool AsyncGeneratorAwaitResume(Isolate* isolate, Handle<JSGeneratorObject> generator, Handle<Value> value,
                               bool rejected) {
  Handle<JSAsyncGeneratorObject> gen = Handle<JSAsyncGeneratorObject>::cast(generator);
  SetAwaiting(*gen, false);
  Value result = ResumeParkedGenerator(isolate, gen, value,
                                       rejected ? JSGeneratorObject::kThrow : JSGeneratorObject::kNext);
  if (result.IsException() && !FailResume(isolate, gen)) return false;
  return ResumeNext(isolate, gen);
}

// -- %AsyncGeneratorPrototype% and friends ----------------------------------------------

Value Builtin_AsyncGeneratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return Step(isolate, args, JSGeneratorObject::kNext, "[AsyncGenerator].prototype.next");
}

Value Builtin_AsyncGeneratorPrototypeReturn(Isolate* isolate, BuiltinArguments args) {
  return Step(isolate, args, JSGeneratorObject::kReturn, "[AsyncGenerator].prototype.return");
}

Value Builtin_AsyncGeneratorPrototypeThrow(Isolate* isolate, BuiltinArguments args) {
  return Step(isolate, args, JSGeneratorObject::kThrow, "[AsyncGenerator].prototype.throw");
}

Value Builtin_AsyncIteratorPrototypeAsyncIterator(Isolate*, BuiltinArguments args) {
  return *args.receiver();
}

Value Builtin_AsyncGeneratorFunctionConstructor(Isolate* isolate, BuiltinArguments) {
  return ThrowError(isolate, MessageTemplate::kNotSupported, {"AsyncGeneratorFunction constructor (eval)"});
}

Value Builtin_AsyncGeneratorReturnFulfilled(Isolate* isolate, BuiltinArguments args) {
  return ReturnSettled(isolate, args, false);
}

Value Builtin_AsyncGeneratorReturnRejected(Isolate* isolate, BuiltinArguments args) {
  return ReturnSettled(isolate, args, true);
}

}  // namespace lucid
