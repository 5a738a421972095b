// Copyright the Lucid authors. MIT license.
//
// The Promise builtins (ES2023 27.2.3-27.2.5): the constructor, then /
// catch / finally, resolve / reject, the combinators all / allSettled /
// race / any, AggregateError, and the closures they hand out (resolving
// functions, element functions, finally's thunks). The machinery they share
// with await and the job queue is runtime/promise.cc.
//
// NOTE: species is not looked up: then() and the statics always make
// %Promise% instances (a subclass constructed with `new` is still one of
// its instances).

#include <string>

#include "runtime/builtins.h"
#include "runtime/library/builtins_collections.h"
#include "runtime/promise.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"
#include "vm/roots.h"

namespace lucid {
namespace {

Handle<Value> Undefined(Isolate* isolate) { return Handle<Value>(Value::Undefined(), isolate); }

Handle<Name> Key(Isolate* isolate, const char* name) { return FactoryOf(isolate)->InternalizeUtf8(name); }

// Spec: Invoke(receiver, name, args).
MaybeHandle<Value> Invoke(Isolate* isolate, Handle<Value> receiver, const char* name, int argc,
                          const Handle<Value>* argv) {
  Handle<Name> key = Key(isolate, name);  // may allocate: before reading *receiver
  Value method = Runtime_GetProperty(isolate, *receiver, key->ToValue());
  if (method.IsException()) return {};
  Handle<Value> method_h(method, isolate);
  if (!IsCallable(*method_h)) {
    (void)ThrowError(isolate, MessageTemplate::kCalledNonCallable,
                     {DescribeValueForMessage(isolate, *method_h)});
    return {};
  }
  return Execution::Call(isolate, method_h, receiver, argc, argv);
}

// OrdinaryCreateFromConstructor(newTarget, "%Promise.prototype%").
MaybeHandle<JSPromise> AllocatePromise(Isolate* isolate, BuiltinArguments args) {
  Handle<JSFunction> target = Handle<JSFunction>::cast(args.target());
  Handle<Value> new_target = args.new_target();
  Handle<Shape> shape = JSFunction::EnsureInitialShape(isolate, target, InstanceType::kJSPromise,
                                                       JSPromise::kHeaderSize);
  if (*new_target != target->ToValue() && IsJSFunction(*new_target)) {
    Handle<JSFunction> nt = Handle<JSFunction>::cast(new_target);
    Value proto = Runtime_GetProperty(isolate, *new_target, isolate->roots().prototype_string());
    if (proto.IsException()) return {};
    Handle<Value> proto_h(proto, isolate);
    if (IsJSReceiver(*proto_h) && (*nt)->instance_prototype() != *proto_h) {
      JSFunction::SetInstancePrototype(isolate, nt, proto_h);
    }
    shape = JSFunction::GetDerivedShape(isolate, target, nt);
  }
  Handle<JSPromise> promise = Handle<JSPromise>::cast(FactoryOf(isolate)->NewJSObjectFromShape(shape));
  promise->set_reactions_or_result(Value::Undefined());
  promise->set_flags(JSPromise::kPending);
  return promise;
}

// The result of a combinator whose setup threw: a promise rejected with
// the exception (Spec: IfAbruptRejectPromise).
Value RejectWithPending(Isolate* isolate, Handle<JSPromise> promise) {
  if (IsTerminationException(isolate)) return Value::Exception();
  Handle<Value> error(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  if (promise->state() == JSPromise::kPending) RejectPromise(isolate, promise, error);
  return promise->ToValue();
}

Value ThrowIncompatible(Isolate* isolate, const char* method, Value receiver) {
  return ThrowError(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                    {method, DescribeValueForMessage(isolate, receiver)});
}

// An element closure's data: [already_called, index, state].
Handle<FixedArray> NewElementData(Isolate* isolate, int index, Handle<FixedArray> state) {
  Handle<FixedArray> data = FactoryOf(isolate)->NewFixedArray(3);
  (*data)->set(0, Value::False());
  (*data)->set(1, Value::FromInt32(index));
  (*data)->set(2, state->ToValue());
  return data;
}

// A combinator's shared state: [remaining, values, resolve, reject].
enum CombinatorState { kRemaining = 0, kValues = 1, kResolve = 2, kReject = 3, kStateSize = 4 };

Handle<Value> NewAggregateError(Isolate* isolate, Handle<Value> errors) {
  Handle<Value> message(FactoryOf(isolate)->InternalizeAscii("All promises were rejected")->ToValue(), isolate);
  Handle<Value> constructor = AggregateErrorFunction(isolate);
  Handle<Value> argv[] = {errors, message};
  Handle<Value> error;
  if (Execution::Construct(isolate, constructor, 2, argv, constructor).ToHandle(&error)) return error;
  // A stack overflow while making it: reject with that instead.
  error = Handle<Value>(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  return error;
}

// Counts one settled element down; the last one finishes the combinator
// (all/allSettled: resolve with the values; any: reject with the errors).
bool FinishElement(Isolate* isolate, Handle<FixedArray> state, bool reject_with_errors) {
  int remaining = (*state)->get(kRemaining).AsInt32() - 1;
  (*state)->set(kRemaining, Value::FromInt32(remaining));
  if (remaining != 0) return true;
  Handle<FixedArray> values(FixedArray::cast((*state)->get(kValues)), isolate);
  Handle<Value> array = FactoryOf(isolate)->NewJSArrayWithElements(values);
  Handle<Value> settle((*state)->get(reject_with_errors ? kReject : kResolve), isolate);
  Handle<Value> argument = reject_with_errors ? NewAggregateError(isolate, array) : array;
  return !Execution::Call(isolate, settle, Undefined(isolate), 1, &argument).is_null();
}

enum class Combinator { kAll, kAllSettled, kRace, kAny };

// Promise.all / allSettled / race / any: iterate, PromiseResolve each
// element, and attach the element closures (Spec: PerformPromiseAll ...).
Value RunCombinator(Isolate* isolate, BuiltinArguments args, Combinator kind) {
  if (!IsJSReceiver(*args.receiver())) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject,
                      {kind == Combinator::kAll          ? "Promise.all"
                       : kind == Combinator::kAllSettled ? "Promise.allSettled"
                       : kind == Combinator::kRace       ? "Promise.race"
                                                         : "Promise.any"});
  }
  Factory* factory = FactoryOf(isolate);
  Handle<JSPromise> result = NewJSPromise(isolate);
  Handle<Value> resolve, reject;
  CreateResolvingFunctions(isolate, result, &resolve, &reject);
  Handle<Value> list_value;
  if (!IterableToArray(isolate, args.at(0)).ToHandle(&list_value)) return RejectWithPending(isolate, result);
  Handle<JSArray> list = Handle<JSArray>::cast(list_value);
  int count = static_cast<int>(list->length());
  Handle<FixedArray> state = factory->NewFixedArray(kStateSize);
  Handle<FixedArray> values = factory->NewFixedArray(count);
  (*state)->set(kRemaining, Value::FromInt32(1));
  (*state)->set(kValues, values->ToValue());
  (*state)->set(kResolve, *resolve);
  (*state)->set(kReject, *reject);
  for (int i = 0; i < count; i++) {
    HandleScope scope(isolate);
    Value item = Runtime_GetProperty(isolate, list->ToValue(), Value::FromInt32(i));
    if (item.IsException()) return RejectWithPending(isolate, result);
    Handle<Value> item_h(item, isolate);
    Handle<JSPromise> next;
    if (!PromiseResolve(isolate, item_h).ToHandle(&next)) return RejectWithPending(isolate, result);
    Handle<Value> on_fulfilled = resolve, on_rejected = reject;
    if (kind != Combinator::kRace) {
      (*state)->set(kRemaining, Value::FromInt32((*state)->get(kRemaining).AsInt32() + 1));
      Handle<FixedArray> data = NewElementData(isolate, i, state);
      switch (kind) {
        case Combinator::kAll:
          on_fulfilled = NewPromiseClosure(isolate, PromiseClosure::kAllResolveElement, data);
          break;
        case Combinator::kAllSettled:
          on_fulfilled = NewPromiseClosure(isolate, PromiseClosure::kAllSettledFulfill, data);
          on_rejected = NewPromiseClosure(isolate, PromiseClosure::kAllSettledReject, data);
          break;
        case Combinator::kAny:
          on_rejected = NewPromiseClosure(isolate, PromiseClosure::kAnyRejectElement, data);
          break;
        case Combinator::kRace: break;
      }
    }
    Handle<Value> argv[] = {on_fulfilled, on_rejected};
    Handle<Value> next_value = next;
    if (Invoke(isolate, next_value, "then", 2, argv).is_null()) return RejectWithPending(isolate, result);
  }
  if (kind != Combinator::kRace &&
      !FinishElement(isolate, state, kind == Combinator::kAny)) {
    return RejectWithPending(isolate, result);
  }
  return result->ToValue();
}

// {status: "fulfilled", value} / {status: "rejected", reason}.
Handle<Value> SettledRecord(Isolate* isolate, bool fulfilled, Handle<Value> value) {
  Handle<JSObject> record = FactoryOf(isolate)->NewJSObject();
  Handle<Value> status(FactoryOf(isolate)->InternalizeAscii(fulfilled ? "fulfilled" : "rejected")->ToValue(),
                       isolate);
  JSObject::AddProperty(isolate, record, Key(isolate, "status"), status, NONE);
  JSObject::AddProperty(isolate, record, Key(isolate, fulfilled ? "value" : "reason"), value, NONE);
  return record;
}

// The element closures: store the value at the element's index once.
Value ElementSettled(Isolate* isolate, BuiltinArguments args, Handle<Value> value, bool any) {
  Handle<FixedArray> data(PromiseClosureData(*args.target()), isolate);
  if ((*data)->get(0).IsTrue()) return Value::Undefined();
  (*data)->set(0, Value::True());
  Handle<FixedArray> state(FixedArray::cast((*data)->get(2)), isolate);
  FixedArray::cast((*state)->get(kValues))->set((*data)->get(1).AsInt32(), *value);
  if (!FinishElement(isolate, state, any)) return Value::Exception();
  return Value::Undefined();
}

}  // namespace

// -- The constructor and its closures ---------------------------------------------------

Value Builtin_PromiseConstructor(Isolate* isolate, BuiltinArguments args) {
  if (!args.is_construct_call()) return ThrowError(isolate, MessageTemplate::kPromiseNewWithoutNew);
  Handle<Value> executor = args.at(0);
  if (!IsCallable(*executor)) {
    return ThrowError(isolate, MessageTemplate::kResolverNotAFunction,
                      {DescribeValueForMessage(isolate, *executor)});
  }
  Handle<JSPromise> promise;
  if (!AllocatePromise(isolate, args).ToHandle(&promise)) return Value::Exception();
  Handle<Value> resolve, reject;
  CreateResolvingFunctions(isolate, promise, &resolve, &reject);
  Handle<Value> argv[] = {resolve, reject};
  if (Execution::Call(isolate, executor, Undefined(isolate), 2, argv).is_null()) {
    // Spec: 10. If completion is abrupt, call reject(completion.[[Value]]).
    if (IsTerminationException(isolate)) return Value::Exception();
    Handle<Value> error(isolate->pending_exception(), isolate);
    isolate->clear_pending_exception();
    if (Execution::Call(isolate, reject, Undefined(isolate), 1, &error).is_null()) return Value::Exception();
  }
  return promise->ToValue();
}

Value Builtin_PromiseResolveFunction(Isolate* isolate, BuiltinArguments args) {
  Handle<FixedArray> data(PromiseClosureData(*args.target()), isolate);
  if ((*data)->get(1).IsTrue()) return Value::Undefined();
  (*data)->set(1, Value::True());
  Handle<JSPromise> promise(JSPromise::cast((*data)->get(0)), isolate);
  ResolvePromise(isolate, promise, args.at(0));
  return Value::Undefined();
}

Value Builtin_PromiseRejectFunction(Isolate* isolate, BuiltinArguments args) {
  Handle<FixedArray> data(PromiseClosureData(*args.target()), isolate);
  if ((*data)->get(1).IsTrue()) return Value::Undefined();
  (*data)->set(1, Value::True());
  Handle<JSPromise> promise(JSPromise::cast((*data)->get(0)), isolate);
  RejectPromise(isolate, promise, args.at(0));
  return Value::Undefined();
}

// -- Promise.prototype --------------------------------------------------------------------

Value Builtin_PromisePrototypeThen(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSPromise(*args.receiver())) {
    return ThrowIncompatible(isolate, "Promise.prototype.then", *args.receiver());
  }
  Handle<JSPromise> promise = Handle<JSPromise>::cast(args.receiver());
  Handle<JSPromise> result = NewJSPromise(isolate);
  PerformPromiseThen(isolate, promise, args.at(0), args.at(1), result);
  return result->ToValue();
}

Value Builtin_PromisePrototypeCatch(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> argv[] = {Undefined(isolate), args.at(0)};
  Handle<Value> result;
  if (!Invoke(isolate, args.receiver(), "then", 2, argv).ToHandle(&result)) return Value::Exception();
  return *result;
}

Value Builtin_PromisePrototypeFinally(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  if (!IsJSReceiver(*receiver)) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"Promise.prototype.finally"});
  }
  Handle<Value> on_finally = args.at(0);
  Handle<Value> then_finally = on_finally, catch_finally = on_finally;
  if (IsCallable(*on_finally)) {
    Handle<FixedArray> data = FactoryOf(isolate)->NewFixedArray(1);
    (*data)->set(0, *on_finally);
    then_finally = NewPromiseClosure(isolate, PromiseClosure::kThenFinally, data);
    catch_finally = NewPromiseClosure(isolate, PromiseClosure::kCatchFinally, data);
  }
  Handle<Value> argv[] = {then_finally, catch_finally};
  Handle<Value> result;
  if (!Invoke(isolate, receiver, "then", 2, argv).ToHandle(&result)) return Value::Exception();
  return *result;
}

namespace {

// thenFinally / catchFinally: call onFinally(), wait for its result, then
// pass the original value on (or throw the original reason).
Value FinallyStep(Isolate* isolate, BuiltinArguments args, PromiseClosure thunk_kind) {
  Handle<FixedArray> data(PromiseClosureData(*args.target()), isolate);
  Handle<Value> on_finally((*data)->get(0), isolate);
  Handle<Value> result;
  if (!Execution::Call(isolate, on_finally, Undefined(isolate), 0, nullptr).ToHandle(&result)) {
    return Value::Exception();
  }
  Handle<JSPromise> promise;
  if (!PromiseResolve(isolate, result).ToHandle(&promise)) return Value::Exception();
  Handle<FixedArray> thunk_data = FactoryOf(isolate)->NewFixedArray(1);
  (*thunk_data)->set(0, *args.at(0));
  Handle<Value> thunk = NewPromiseClosure(isolate, thunk_kind, thunk_data);
  Handle<Value> promise_value = promise;
  Handle<Value> out;
  if (!Invoke(isolate, promise_value, "then", 1, &thunk).ToHandle(&out)) return Value::Exception();
  return *out;
}

}  // namespace

Value Builtin_PromiseThenFinally(Isolate* isolate, BuiltinArguments args) {
  return FinallyStep(isolate, args, PromiseClosure::kValueThunk);
}

Value Builtin_PromiseCatchFinally(Isolate* isolate, BuiltinArguments args) {
  return FinallyStep(isolate, args, PromiseClosure::kThrower);
}

Value Builtin_PromiseValueThunk(Isolate*, BuiltinArguments args) {
  return PromiseClosureData(*args.target())->get(0);
}

Value Builtin_PromiseThrower(Isolate* isolate, BuiltinArguments args) {
  return ThrowValue(isolate, PromiseClosureData(*args.target())->get(0));
}

// -- Statics ------------------------------------------------------------------------------

Value Builtin_PromiseResolve(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(*args.receiver())) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"PromiseResolve"});
  }
  Handle<JSPromise> promise;
  if (!PromiseResolve(isolate, args.at(0)).ToHandle(&promise)) return Value::Exception();
  return promise->ToValue();
}

Value Builtin_PromiseReject(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(*args.receiver())) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"PromiseReject"});
  }
  Handle<JSPromise> promise = NewJSPromise(isolate);
  RejectPromise(isolate, promise, args.at(0));
  return promise->ToValue();
}

Value Builtin_PromiseAll(Isolate* isolate, BuiltinArguments args) {
  return RunCombinator(isolate, args, Combinator::kAll);
}
Value Builtin_PromiseAllSettled(Isolate* isolate, BuiltinArguments args) {
  return RunCombinator(isolate, args, Combinator::kAllSettled);
}
Value Builtin_PromiseRace(Isolate* isolate, BuiltinArguments args) {
  return RunCombinator(isolate, args, Combinator::kRace);
}
Value Builtin_PromiseAny(Isolate* isolate, BuiltinArguments args) {
  return RunCombinator(isolate, args, Combinator::kAny);
}

Value Builtin_PromiseAllResolveElement(Isolate* isolate, BuiltinArguments args) {
  return ElementSettled(isolate, args, args.at(0), false);
}
Value Builtin_PromiseAllSettledFulfill(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> record = SettledRecord(isolate, true, args.at(0));
  return ElementSettled(isolate, args, record, false);
}
Value Builtin_PromiseAllSettledReject(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> record = SettledRecord(isolate, false, args.at(0));
  return ElementSettled(isolate, args, record, false);
}
Value Builtin_PromiseAnyRejectElement(Isolate* isolate, BuiltinArguments args) {
  return ElementSettled(isolate, args, args.at(0), true);
}

// %AsyncFunction%: would compile source text at runtime, like Function.
Value Builtin_AsyncFunctionConstructor(Isolate* isolate, BuiltinArguments) {
  return ThrowError(isolate, MessageTemplate::kNotSupported, {"AsyncFunction constructor (eval)"});
}

// -- AggregateError -----------------------------------------------------------------------

// AggregateError(errors, message, options): an Error whose own `errors` is
// an array of the iterable's values.
Value Builtin_AggregateErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> error_function(FactoryOf(isolate)->native_context()->global_object(), isolate);
  Handle<Name> error_key = Key(isolate, "Error");
  Value error_ctor = Runtime_GetProperty(isolate, *error_function, error_key->ToValue());
  if (error_ctor.IsException()) return error_ctor;
  Handle<Value> error_ctor_h(error_ctor, isolate);
  Handle<Value> new_target = args.is_construct_call() ? args.new_target() : args.target();
  Handle<Value> argv[] = {args.at(1), args.at(2)};
  // Reflect.construct(Error, [message, options], new.target): the Error
  // builtin allocates from new.target's prototype chain.
  Handle<Value> error;
  if (!Execution::Construct(isolate, error_ctor_h, 2, argv, new_target).ToHandle(&error)) {
    return Value::Exception();
  }
  Handle<Value> errors;
  if (!IterableToArray(isolate, args.at(0)).ToHandle(&errors)) return Value::Exception();
  JSObject::AddProperty(isolate, Handle<JSObject>::cast(error), Key(isolate, "errors"), errors, DONT_ENUM);
  return *error;
}

// -- Installation ---------------------------------------------------------------------------



namespace {

// %AsyncFunction.prototype% (under Function.prototype, tagged
// "AsyncFunction") and the closure shape of every async function: "length"
// and "name" in-object as for the other closure shapes, callable, not a
// constructor.
void InstallAsyncFunctionShape(Isolate* isolate, Handle<NativeContext> context) {
  Factory* factory = FactoryOf(isolate);
  Handle<Value> function_prototype(context->function_prototype(), isolate);
  Handle<JSObject> async_proto = factory->NewJSObjectWithPrototype(function_prototype);
  JSObject::OptimizeAsPrototype(isolate, async_proto, false);
  Handle<Value> tag(factory->InternalizeAscii("AsyncFunction")->ToValue(), isolate);
  JSObject::AddProperty(isolate, async_proto, Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)),
                        tag, READ_ONLY | DONT_ENUM);
  // %AsyncFunction%: [[Prototype]] Function, not a global.
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, Builtin::kAsyncFunctionConstructor);
  JSObject::AddProperty(isolate, constructor, Key(isolate, "prototype"), async_proto,
                        READ_ONLY | DONT_ENUM | DONT_DELETE);
  JSObject::AddProperty(isolate, async_proto, Key(isolate, "constructor"), constructor, READ_ONLY | DONT_ENUM);
  Handle<Name> constructor_key = Key(isolate, "constructor");
  Value function_ctor = Runtime_GetProperty(isolate, *function_prototype, constructor_key->ToValue());
  if (IsJSReceiver(function_ctor)) {
    Handle<Value> function_ctor_h(function_ctor, isolate);
    (void)JSReceiver::SetPrototype(isolate, constructor, function_ctor_h);
  }
  Handle<Value> proto_value = async_proto;
  Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize, 2,
                                          proto_value);
  shape->set_is_callable(true);
  shape = Shape::TransitionToDataProperty(isolate, shape, Key(isolate, "length"), Representation::Tagged(),
                                          READ_ONLY | DONT_ENUM, StoreOrigin::kNamed);
  shape = Shape::TransitionToDataProperty(isolate, shape, Key(isolate, "name"), Representation::Tagged(),
                                          READ_ONLY | DONT_ENUM, StoreOrigin::kNamed);
  context->SetField(NativeContext::k_async_function_shape, shape->ToValue());
}

// %AsyncIteratorPrototype% ([Symbol.asyncIterator]() { return this }),
// %AsyncGeneratorPrototype% (next/return/throw, tagged "AsyncGenerator"),
// %AsyncGeneratorFunction.prototype% (tagged "AsyncGeneratorFunction") and
// the closure shape of every async generator function.
void InstallAsyncGenerators(Isolate* isolate, Handle<NativeContext> context) {
  Factory* factory = FactoryOf(isolate);
  Handle<Name> tag_key(isolate->roots().slot(RootIndex::k_to_string_tag_symbol));
  Handle<Value> object_prototype(context->object_prototype(), isolate);
  Handle<JSObject> async_iterator_proto = factory->NewJSObjectWithPrototype(object_prototype);
  Handle<Value> async_iterator_symbol(isolate->roots().async_iterator_symbol(), isolate);
  InstallFunctionWithSymbol(isolate, async_iterator_proto, async_iterator_symbol,
                            Builtin::kAsyncIteratorPrototypeAsyncIterator);
  JSObject::OptimizeAsPrototype(isolate, async_iterator_proto, false);
  Handle<JSObject> generator_proto = factory->NewJSObjectWithPrototype(async_iterator_proto);
  InstallFunction(isolate, generator_proto, Builtin::kAsyncGeneratorPrototypeNext);
  InstallFunction(isolate, generator_proto, Builtin::kAsyncGeneratorPrototypeReturn);
  InstallFunction(isolate, generator_proto, Builtin::kAsyncGeneratorPrototypeThrow);
  Handle<Value> generator_tag(factory->InternalizeAscii("AsyncGenerator")->ToValue(), isolate);
  JSObject::AddProperty(isolate, generator_proto, tag_key, generator_tag, READ_ONLY | DONT_ENUM);
  JSObject::OptimizeAsPrototype(isolate, generator_proto, false);
  Handle<Value> function_prototype(context->function_prototype(), isolate);
  Handle<JSObject> function_proto = factory->NewJSObjectWithPrototype(function_prototype);
  JSObject::AddProperty(isolate, function_proto, Key(isolate, "prototype"), generator_proto,
                        READ_ONLY | DONT_ENUM);
  JSObject::AddProperty(isolate, generator_proto, Key(isolate, "constructor"), function_proto,
                        READ_ONLY | DONT_ENUM);
  Handle<Value> function_tag(factory->InternalizeAscii("AsyncGeneratorFunction")->ToValue(), isolate);
  JSObject::AddProperty(isolate, function_proto, tag_key, function_tag, READ_ONLY | DONT_ENUM);
  // %AsyncGeneratorFunction%: [[Prototype]] Function, not a global.
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, Builtin::kAsyncGeneratorFunctionConstructor);
  JSObject::AddProperty(isolate, constructor, Key(isolate, "prototype"), function_proto,
                        READ_ONLY | DONT_ENUM | DONT_DELETE);
  JSObject::AddProperty(isolate, function_proto, Key(isolate, "constructor"), constructor,
                        READ_ONLY | DONT_ENUM);
  Value function_ctor = Runtime_GetProperty(isolate, *function_prototype, Key(isolate, "constructor")->ToValue());
  if (IsJSReceiver(function_ctor)) {
    Handle<Value> function_ctor_h(function_ctor, isolate);
    (void)JSReceiver::SetPrototype(isolate, constructor, function_ctor_h);
  }
  JSObject::OptimizeAsPrototype(isolate, function_proto, false);
  Handle<Value> proto_value = function_proto;
  Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize, 2,
                                          proto_value);
  shape->set_is_callable(true);
  shape = Shape::TransitionToDataProperty(isolate, shape, Key(isolate, "length"), Representation::Tagged(),
                                          READ_ONLY | DONT_ENUM, StoreOrigin::kNamed);
  shape = Shape::TransitionToDataProperty(isolate, shape, Key(isolate, "name"), Representation::Tagged(),
                                          READ_ONLY | DONT_ENUM, StoreOrigin::kNamed);
  Handle<Value> prototype_value = generator_proto;
  Handle<Value> shape_value = shape;
  SetAsyncGeneratorIntrinsics(isolate, prototype_value, shape_value);
}

}  // namespace

void InstallPromise(Isolate* isolate) {
  HandleScope scope(isolate);
  Factory* factory = FactoryOf(isolate);
  Handle<NativeContext> context = factory->native_context();
  Handle<JSObject> global(HandleScope::CreateHandle(isolate, context->global_object()));
  Handle<JSObject> proto(HandleScope::CreateHandle(isolate, context->promise_prototype()));
  Handle<JSObject> promise = NewBuiltinFunction(isolate, Builtin::kPromiseConstructor);
  PropertyAttributes fixed = READ_ONLY | DONT_ENUM | DONT_DELETE;
  JSObject::AddProperty(isolate, promise, Key(isolate, "prototype"), proto, fixed);
  JSFunction::SetInstancePrototype(isolate, Handle<JSFunction>::cast(promise), proto);
  JSObject::AddProperty(isolate, proto, Key(isolate, "constructor"), promise, DONT_ENUM);
  JSObject::AddProperty(isolate, global, Key(isolate, "Promise"), promise, DONT_ENUM);
  for (Builtin id : {Builtin::kPromiseAll, Builtin::kPromiseAllSettled, Builtin::kPromiseAny,
                     Builtin::kPromiseRace, Builtin::kPromiseResolve, Builtin::kPromiseReject}) {
    InstallFunction(isolate, promise, id);
  }
  for (Builtin id : {Builtin::kPromisePrototypeThen, Builtin::kPromisePrototypeCatch,
                     Builtin::kPromisePrototypeFinally}) {
    InstallFunction(isolate, proto, id);
  }
  Handle<Value> tag(factory->InternalizeAscii("Promise")->ToValue(), isolate);
  JSObject::AddProperty(isolate, proto, Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)),
                        tag, READ_ONLY | DONT_ENUM);
  SetUpPromiseState(isolate, promise);

  // AggregateError: [[Prototype]] Error, prototype under Error.prototype.
  Handle<Value> error_proto(context->error_prototype(), isolate);
  Handle<JSObject> aggregate_proto = factory->NewJSObjectWithPrototype(error_proto);
  JSObject::OptimizeAsPrototype(isolate, aggregate_proto, false);
  Handle<JSObject> aggregate = NewBuiltinFunction(isolate, Builtin::kAggregateErrorConstructor);
  JSObject::AddProperty(isolate, aggregate, Key(isolate, "prototype"), aggregate_proto, fixed);
  JSFunction::SetInstancePrototype(isolate, Handle<JSFunction>::cast(aggregate), aggregate_proto);
  JSObject::AddProperty(isolate, aggregate_proto, Key(isolate, "constructor"), aggregate, DONT_ENUM);
  Handle<Value> name(factory->InternalizeAscii("AggregateError")->ToValue(), isolate);
  Handle<Value> empty(isolate->roots().empty_string(), isolate);
  JSObject::AddProperty(isolate, aggregate_proto, Key(isolate, "name"), name, DONT_ENUM);
  JSObject::AddProperty(isolate, aggregate_proto, Key(isolate, "message"), empty, DONT_ENUM);
  Handle<Name> error_key = Key(isolate, "Error");
  Value error_ctor = Runtime_GetProperty(isolate, global->ToValue(), error_key->ToValue());
  if (IsJSReceiver(error_ctor)) {
    Handle<Value> error_ctor_h(error_ctor, isolate);
    (void)JSReceiver::SetPrototype(isolate, aggregate, error_ctor_h);
  }
  JSObject::AddProperty(isolate, global, Key(isolate, "AggregateError"), aggregate, DONT_ENUM);
  SetAggregateErrorFunction(isolate, aggregate);
  InstallAsyncFunctionShape(isolate, context);
  InstallAsyncGenerators(isolate, context);
}

}  // namespace lucid
