// Copyright the Lucid authors. MIT license.
//
// The promise machinery shared by the Promise builtins, await and the job
// queue (docs/library.md "Promise"): settling promises, reactions, the two
// promise jobs, resolving functions, and the host's rejection tracker.

#ifndef LUCID_RUNTIME_PROMISE_H_
#define LUCID_RUNTIME_PROMISE_H_

#include "gc/handles.h"
#include "vm/objects/js_promise.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSFunction;
class JSGeneratorObject;
class Shape;

// The builtin closures promises hand out; each carries its data (a
// FixedArray) in the closure's context slot. Their SharedFunctionInfos
// are made once per isolate.
enum class PromiseClosure : int {
  kResolve,             // data: [promise, already_resolved]
  kReject,              // the same array as its kResolve twin
  kAllResolveElement,   // data: [already_called, index, state]
  kAllSettledFulfill,   // data: [already_called, index, state]
  kAllSettledReject,    // data: [already_called, index, state]
  kAnyRejectElement,    // data: [already_called, index, state]
  kThenFinally,         // data: [on_finally]
  kCatchFinally,        // data: [on_finally]
  kValueThunk,          // data: [value]
  kThrower,             // data: [reason]
  kAsyncFromSyncNext,   // data: [sync iterator, its next]
  kAsyncFromSyncReturn, // data: [sync iterator, its next]
  kAsyncFromSyncThrow,  // data: [sync iterator, its next]
  kAsyncFromSyncUnwrap, // data: [done]
  kAsyncGeneratorReturnFulfilled,  // data: [async generator]
  kAsyncGeneratorReturnRejected,   // data: [async generator]
  kCount
};

// A new closure of {kind} with {data} in its context slot.
Handle<JSFunction> NewPromiseClosure(Isolate* isolate, PromiseClosure kind, Handle<Value> data);
// The data array of the running closure ({target} of its builtin call).
FixedArray* PromiseClosureData(Value target);

// A new pending promise inheriting from %Promise.prototype%.
Handle<JSPromise> NewJSPromise(Isolate* isolate);

// The resolve function's steps (ES2023 27.2.1.3.2) without the
// already-resolved check: a thenable is adopted through a
// PromiseResolveThenableJob, anything else fulfills. Never throws (an
// abrupt `then` lookup rejects).
void ResolvePromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> resolution);
// Settles a pending promise and queues a job per reaction.
void FulfillPromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> value);
void RejectPromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> reason);

// Spec: PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
// A handler that is not callable (nor an async function object) passes the
// value through; {result_promise} is a JSPromise or undefined.
void PerformPromiseThen(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> on_fulfilled,
                        Handle<Value> on_rejected, Handle<Value> result_promise);

// Spec: PromiseResolve(%Promise%, value): {value} itself when it is a
// native promise whose `constructor` is %Promise%, else a new promise
// resolved with it. Empty with an exception pending if reading
// `constructor` threw.
MaybeHandle<JSPromise> PromiseResolve(Isolate* isolate, Handle<Value> value);

// Spec: CreateResolvingFunctions(promise).
void CreateResolvingFunctions(Isolate* isolate, Handle<JSPromise> promise, Handle<Value>* resolve,
                              Handle<Value>* reject);

// True for the job-task cells the microtask queue may hold besides
// callables; RunPromiseJob runs one (false if a handler threw past its
// promise, which only a job without a result promise can do).
bool IsPromiseJobTask(Value job);
bool RunPromiseJob(Isolate* isolate, Handle<Value> job);

// Resumes the async function parked on {generator} with the awaited
// promise's value (runtime/builtins_async.cc). False if the resumed frame
// threw (an exception is pending).
bool AsyncFunctionResume(Isolate* isolate, Handle<JSGeneratorObject> generator, Handle<Value> value,
                         bool rejected);

// Resumes the async generator parked at an await (runtime/
// builtins_async_generator.cc), then serves its queued requests. False if
// a termination is unwinding.
bool AsyncGeneratorAwaitResume(Isolate* isolate, Handle<JSGeneratorObject> generator,
                               Handle<Value> value, bool rejected);
// %AsyncGeneratorPrototype% and the closure shape of async generator
// functions (undefined until InstallPromise made them).
Handle<Value> AsyncGeneratorPrototype(Isolate* isolate);
Handle<Value> AsyncGeneratorFunctionShape(Isolate* isolate);
void SetAsyncGeneratorIntrinsics(Isolate* isolate, Handle<Value> prototype, Handle<Value> function_shape);
// The shape of every JSAsyncFunctionObject.
Handle<Shape> AsyncFunctionObjectShape(Isolate* isolate);
// %AggregateError% (Promise.any rejects with one).
Handle<Value> AggregateErrorFunction(Isolate* isolate);
void SetAggregateErrorFunction(Isolate* isolate, Handle<Value> function);
// The %Promise% constructor (installed by InstallPromise).
Handle<Value> PromiseFunction(Isolate* isolate);
// Installs Promise, AggregateError and %AsyncFunction.prototype%.
void InstallPromise(Isolate* isolate);
// Creates roots.promise_state (InstallPromise calls it).
void SetUpPromiseState(Isolate* isolate, Handle<Value> promise_function);

}  // namespace lucid

#endif  // LUCID_RUNTIME_PROMISE_H_
