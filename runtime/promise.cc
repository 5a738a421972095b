// Copyright the Lucid authors. MIT license.
//
// Promise internals (ES2023 27.2.1-27.2.2, 27.2.5.4.1): settling, reactions,
// the reaction and resolve-thenable jobs, resolving functions, and the
// host's promise rejection tracker with node's unhandled-rejection report.
//
// A pending promise keeps its reactions newest first (one PromiseReaction
// cell per then(), as V8 does); settling reverses the list so the jobs
// are queued in the order the thens ran. Jobs are cells on the microtask
// queue (runtime/job_queue.cc), never JS closures:
//
//   then(f, r) on a pending p   p.reactions = Reaction{f, r, result} -> ...
//   p settles                   for each reaction, oldest first:
//                                 enqueue ReactionJob{value, f or r, result, kind}
//   ReactionJob runs            v = handler(value); ResolvePromise(result, v)
//                               (no handler: pass value / reason through)
//   ResolvePromise(p, thenable) enqueue ResolveThenableJob{p, thenable, then}
//   ResolveThenableJob runs     then.call(thenable, resolve_p, reject_p)
//
// await parks an async function object as both handlers of a reaction with
// no result promise; its job resumes the frame (AsyncFunctionResume).

#include "runtime/promise.h"

#include <string>

#include "runtime/builtins.h"
#include "runtime/console.h"
#include "runtime/error_reporter.h"
#include "runtime/job_queue.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/script.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"
#include "vm/roots.h"

namespace lucid {

int32_t ReportedPosition(Isolate* isolate, SharedFunctionInfo* shared, int32_t offset);

namespace {

// roots.promise_state: a FixedArray
//   [0] %Promise%   [1] the unhandled-rejection list
//   [2] the shape of async function objects   [3] %AggregateError%
//   [4] %AsyncGeneratorPrototype%   [5] the async generator function shape
//   [6...] template closures
constexpr int kPromiseFunctionIndex = 0;
constexpr int kRejectionsIndex = 1;
constexpr int kAsyncShapeIndex = 2;
constexpr int kAggregateErrorIndex = 3;
constexpr int kAsyncGeneratorPrototypeIndex = 4;
constexpr int kAsyncGeneratorFunctionShapeIndex = 5;
constexpr int kFirstTemplateIndex = 6;
constexpr int kStateLength = kFirstTemplateIndex + static_cast<int>(PromiseClosure::kCount);

constexpr Builtin kClosureBuiltins[] = {
    Builtin::kPromiseResolveFunction,     Builtin::kPromiseRejectFunction,
    Builtin::kPromiseAllResolveElement,   Builtin::kPromiseAllSettledFulfill,
    Builtin::kPromiseAllSettledReject,    Builtin::kPromiseAnyRejectElement,
    Builtin::kPromiseThenFinally,         Builtin::kPromiseCatchFinally,
    Builtin::kPromiseValueThunk,          Builtin::kPromiseThrower,
    Builtin::kAsyncFromSyncIteratorNext,  Builtin::kAsyncFromSyncIteratorReturn,
    Builtin::kAsyncFromSyncIteratorThrow, Builtin::kAsyncFromSyncIteratorUnwrap, Builtin::kAsyncGeneratorReturnFulfilled,
    Builtin::kAsyncGeneratorReturnRejected,
};
static_assert(sizeof(kClosureBuiltins) / sizeof(kClosureBuiltins[0]) ==
              static_cast<size_t>(PromiseClosure::kCount));

FixedArray* State(Isolate* isolate) {
  Value state = isolate->roots().promise_state();
  DCHECK(IsFixedArray(state));
  return FixedArray::cast(state);
}

bool IsAsyncResumeHandler(Value handler) {
  return IsJSAsyncFunctionObject(handler) || IsJSAsyncGeneratorObject(handler);
}

// The reason a rejected promise with no handler yet is remembered: spec
// HostPromiseRejectionTracker(promise, "reject").
void TrackRejection(Isolate* isolate, Handle<JSPromise> promise) {
  Factory* factory = FactoryOf(isolate);
  Handle<Value> list_value(State(isolate)->get(kRejectionsIndex), isolate);
  Handle<FixedArray> list;
  if (IsFixedArray(*list_value)) {
    list = Handle<FixedArray>::cast(list_value);
  } else {
    list = factory->NewFixedArray(9);
    (*list)->set(0, Value::FromInt32(0));
  }
  int count = (*list)->get(0).AsInt32();
  if (count + 1 >= (*list)->length()) {
    Handle<FixedArray> grown = factory->NewFixedArray(2 * (*list)->length());
    for (int i = 0; i <= count; i++) (*grown)->set(i, (*list)->get(i));
    list = grown;
  }
  (*list)->set(count + 1, promise->ToValue());
  (*list)->set(0, Value::FromInt32(count + 1));
  State(isolate)->set(kRejectionsIndex, list->ToValue());
  promise->set_tracked(true);
}

void EnqueueReactionJob(Isolate* isolate, Handle<Value> argument, Handle<Value> handler,
                        Handle<Value> result_promise, PromiseReactionJobTask::Kind kind) {
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().promise_reaction_job_task_shape(),
                                               PromiseReactionJobTask::kSize, AllocationType::kYoung);
  auto* task = static_cast<PromiseReactionJobTask*>(cell);
  task->set_argument(*argument);
  task->set_handler(*handler);
  task->set_result_promise(*result_promise);
  task->set_kind(kind);
  Handle<Value> job(task->ToValue(), isolate);
  EnqueueMicrotask(isolate, job);
}

// Spec: TriggerPromiseReactions. {reactions} is newest first.
void TriggerReactions(Isolate* isolate, Handle<Value> reactions, Handle<Value> argument,
                      PromiseReactionJobTask::Kind kind) {
  // Reverse in place: the list is ours alone once the promise settled.
  Value previous = Value::Undefined();
  Value current = *reactions;
  while (!current.IsUndefined()) {
    PromiseReaction* reaction = PromiseReaction::cast(current);
    Value next = reaction->next();
    reaction->set_next(previous);
    previous = current;
    current = next;
  }
  Handle<Value> cursor(previous, isolate);
  while (!cursor->IsUndefined()) {
    HandleScope scope(isolate);
    PromiseReaction* reaction = PromiseReaction::cast(*cursor);
    Handle<Value> handler(kind == PromiseReactionJobTask::kFulfill ? reaction->fulfill_handler()
                                                                     : reaction->reject_handler(),
                          isolate);
    Handle<Value> result(reaction->result_promise(), isolate);
    EnqueueReactionJob(isolate, argument, handler, result, kind);
    *cursor.location() = PromiseReaction::cast(*cursor)->next();
  }
}

void EnqueueResolveThenableJob(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> thenable,
                               Handle<Value> then) {
  HeapObject* cell =
      isolate->heap()->Allocate(isolate->roots().promise_resolve_thenable_job_task_shape(),
                                PromiseResolveThenableJobTask::kSize, AllocationType::kYoung);
  auto* task = static_cast<PromiseResolveThenableJobTask*>(cell);
  task->set_promise_to_resolve(promise->ToValue());
  task->set_thenable(*thenable);
  task->set_then(*then);
  Handle<Value> job(task->ToValue(), isolate);
  EnqueueMicrotask(isolate, job);
}

// Takes the pending exception (clearing it) as a handle.
Handle<Value> TakeException(Isolate* isolate) {
  Handle<Value> exception(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  return exception;
}

// Runs a PromiseReactionJob (ES2023 27.2.2.1).
bool RunReactionJob(Isolate* isolate, Handle<PromiseReactionJobTask> task) {
  Handle<Value> argument(task->argument(), isolate);
  Handle<Value> handler(task->handler(), isolate);
  Handle<Value> result_value(task->result_promise(), isolate);
  bool rejected = task->kind() == PromiseReactionJobTask::kReject;
  if (IsJSAsyncGeneratorObject(*handler)) {
    return AsyncGeneratorAwaitResume(isolate, Handle<JSGeneratorObject>::cast(handler), argument, rejected);
  }
  if (IsAsyncResumeHandler(*handler)) {
    return AsyncFunctionResume(isolate, Handle<JSGeneratorObject>::cast(handler), argument, rejected);
  }
  Handle<Value> outcome = argument;
  bool threw = rejected;
  if (IsCallable(*handler)) {
    Handle<Value> undefined(Value::Undefined(), isolate);
    MaybeHandle<Value> result = Execution::Call(isolate, handler, undefined, 1, &argument);
    threw = !result.ToHandle(&outcome);
    if (threw) {
      // NOTE: termination (process.exit) is not a JS exception: it leaves
      // the job with the exception still pending.
      if (!IsJSPromise(*result_value) || IsTerminationException(isolate)) return false;
      outcome = TakeException(isolate);
    }
  }
  if (!IsJSPromise(*result_value)) return true;
  Handle<JSPromise> result_promise = Handle<JSPromise>::cast(result_value);
  if (result_promise->state() != JSPromise::kPending) return true;
  if (threw) {
    RejectPromise(isolate, result_promise, outcome);
  } else {
    ResolvePromise(isolate, result_promise, outcome);
  }
  return true;
}

// Runs a PromiseResolveThenableJob (ES2023 27.2.2.2).
bool RunResolveThenableJob(Isolate* isolate, Handle<PromiseResolveThenableJobTask> task) {
  Handle<JSPromise> promise(JSPromise::cast(task->promise_to_resolve()), isolate);
  Handle<Value> thenable(task->thenable(), isolate);
  Handle<Value> then(task->then(), isolate);
  Handle<Value> resolve, reject;
  CreateResolvingFunctions(isolate, promise, &resolve, &reject);
  Handle<Value> args[] = {resolve, reject};
  if (!Execution::Call(isolate, then, thenable, 2, args).is_null()) return true;
  if (IsTerminationException(isolate)) return false;
  Handle<Value> error = TakeException(isolate);
  Handle<Value> undefined(Value::Undefined(), isolate);
  // The reject function does nothing if resolve/reject already ran.
  return !Execution::Call(isolate, reject, undefined, 1, &error).is_null();
}

}  // namespace

// -- Closures ---------------------------------------------------------------------------

Handle<JSFunction> NewPromiseClosure(Isolate* isolate, PromiseClosure kind, Handle<Value> data) {
  Value template_value = State(isolate)->get(kFirstTemplateIndex + static_cast<int>(kind));
  JSFunction* model = JSFunction::cast(template_value);
  Handle<SharedFunctionInfo> shared(model->shared(), isolate);
  Value length = model->RawFastPropertyAt(0);
  Handle<JSFunction> function = FactoryOf(isolate)->NewJSFunction(shared, data);
  (*function)->FastPropertyAtPut(0, length);
  (*function)->FastPropertyAtPut(1, isolate->roots().empty_string());
  return function;
}

FixedArray* PromiseClosureData(Value target) {
  return FixedArray::cast(JSFunction::cast(target)->context());
}

void CreateResolvingFunctions(Isolate* isolate, Handle<JSPromise> promise, Handle<Value>* resolve,
                              Handle<Value>* reject) {
  Handle<FixedArray> data = FactoryOf(isolate)->NewFixedArray(2);
  (*data)->set(0, promise->ToValue());
  (*data)->set(1, Value::False());
  *resolve = NewPromiseClosure(isolate, PromiseClosure::kResolve, data);
  *reject = NewPromiseClosure(isolate, PromiseClosure::kReject, data);
}

Handle<Shape> AsyncFunctionObjectShape(Isolate* isolate) {
  return Handle<Shape>(Shape::cast(State(isolate)->get(kAsyncShapeIndex)), isolate);
}

Handle<Value> AsyncGeneratorPrototype(Isolate* isolate) {
  return Handle<Value>(State(isolate)->get(kAsyncGeneratorPrototypeIndex), isolate);
}

Handle<Value> AsyncGeneratorFunctionShape(Isolate* isolate) {
  return Handle<Value>(State(isolate)->get(kAsyncGeneratorFunctionShapeIndex), isolate);
}

void SetAsyncGeneratorIntrinsics(Isolate* isolate, Handle<Value> prototype, Handle<Value> function_shape) {
  State(isolate)->set(kAsyncGeneratorPrototypeIndex, *prototype);
  State(isolate)->set(kAsyncGeneratorFunctionShapeIndex, *function_shape);
}

Handle<Value> AggregateErrorFunction(Isolate* isolate) {
  return Handle<Value>(State(isolate)->get(kAggregateErrorIndex), isolate);
}

void SetAggregateErrorFunction(Isolate* isolate, Handle<Value> function) {
  State(isolate)->set(kAggregateErrorIndex, *function);
}

Handle<Value> PromiseFunction(Isolate* isolate) {
  return Handle<Value>(State(isolate)->get(kPromiseFunctionIndex), isolate);
}

// -- Settling ---------------------------------------------------------------------------

Handle<JSPromise> NewJSPromise(Isolate* isolate) {
  Handle<JSFunction> promise_function = Handle<JSFunction>::cast(PromiseFunction(isolate));
  Handle<Shape> shape = JSFunction::EnsureInitialShape(isolate, promise_function, InstanceType::kJSPromise,
                                                       JSPromise::kHeaderSize);
  Handle<JSPromise> promise = Handle<JSPromise>::cast(FactoryOf(isolate)->NewJSObjectFromShape(shape));
  promise->set_reactions_or_result(Value::Undefined());
  promise->set_flags(JSPromise::kPending);
  return promise;
}

void FulfillPromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> value) {
  DCHECK(promise->state() == JSPromise::kPending);
  Handle<Value> reactions(promise->reactions_or_result(), isolate);
  promise->set_reactions_or_result(*value);
  promise->set_state(JSPromise::kFulfilled);
  TriggerReactions(isolate, reactions, value, PromiseReactionJobTask::kFulfill);
}

void RejectPromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> reason) {
  DCHECK(promise->state() == JSPromise::kPending);
  Handle<Value> reactions(promise->reactions_or_result(), isolate);
  promise->set_reactions_or_result(*reason);
  promise->set_state(JSPromise::kRejected);
  if (!promise->has_handler()) TrackRejection(isolate, promise);
  TriggerReactions(isolate, reactions, reason, PromiseReactionJobTask::kReject);
}

void ResolvePromise(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> resolution) {
  HandleScope scope(isolate);
  if (*resolution == promise->ToValue()) {
    // Spec: 7. If SameValue(resolution, promise), reject with a TypeError.
    (void)ThrowError(isolate, MessageTemplate::kPromiseCyclic,
                     {DescribeValueForMessage(isolate, *resolution)});
    Handle<Value> error = TakeException(isolate);
    RejectPromise(isolate, promise, error);
    return;
  }
  if (!IsJSReceiver(*resolution)) {
    FulfillPromise(isolate, promise, resolution);
    return;
  }
  Value then = Runtime_GetProperty(isolate, *resolution, isolate->roots().then_string());
  if (then.IsException()) {
    Handle<Value> error = TakeException(isolate);
    RejectPromise(isolate, promise, error);
    return;
  }
  Handle<Value> then_h(then, isolate);
  if (!IsCallable(*then_h)) {
    FulfillPromise(isolate, promise, resolution);
    return;
  }
  EnqueueResolveThenableJob(isolate, promise, resolution, then_h);
}

void PerformPromiseThen(Isolate* isolate, Handle<JSPromise> promise, Handle<Value> on_fulfilled,
                        Handle<Value> on_rejected, Handle<Value> result_promise) {
  HandleScope scope(isolate);
  Handle<Value> fulfill(IsCallable(*on_fulfilled) || IsAsyncResumeHandler(*on_fulfilled)
                            ? *on_fulfilled : Value::Undefined(), isolate);
  Handle<Value> reject(IsCallable(*on_rejected) || IsAsyncResumeHandler(*on_rejected)
                           ? *on_rejected : Value::Undefined(), isolate);
  switch (promise->state()) {
    case JSPromise::kPending: {
      HeapObject* cell = isolate->heap()->Allocate(isolate->roots().promise_reaction_shape(),
                                                   PromiseReaction::kSize, AllocationType::kYoung);
      auto* reaction = static_cast<PromiseReaction*>(cell);
      reaction->set_next(promise->reactions_or_result());
      reaction->set_fulfill_handler(*fulfill);
      reaction->set_reject_handler(*reject);
      reaction->set_result_promise(*result_promise);
      promise->set_reactions_or_result(reaction->ToValue());
      break;
    }
    case JSPromise::kFulfilled: {
      Handle<Value> value(promise->reactions_or_result(), isolate);
      EnqueueReactionJob(isolate, value, fulfill, result_promise, PromiseReactionJobTask::kFulfill);
      break;
    }
    case JSPromise::kRejected: {
      // Spec: HostPromiseRejectionTracker(promise, "handle").
      if (!promise->has_handler()) promise->set_tracked(false);
      Handle<Value> reason(promise->reactions_or_result(), isolate);
      EnqueueReactionJob(isolate, reason, reject, result_promise, PromiseReactionJobTask::kReject);
      break;
    }
  }
  promise->set_has_handler();
}

MaybeHandle<JSPromise> PromiseResolve(Isolate* isolate, Handle<Value> value) {
  if (IsJSPromise(*value)) {
    // OPTIMIZATION: the spec reads value.constructor; a native promise
    // whose constructor is %Promise% is returned as is (await's fast path).
    Value constructor = Runtime_GetProperty(isolate, *value, isolate->roots().constructor_string());
    if (constructor.IsException()) return {};
    if (constructor == State(isolate)->get(kPromiseFunctionIndex)) {
      return Handle<JSPromise>::cast(value);
    }
  }
  Handle<JSPromise> promise = NewJSPromise(isolate);
  ResolvePromise(isolate, promise, value);
  return promise;
}

// -- Jobs -------------------------------------------------------------------------------

bool IsPromiseJobTask(Value job) {
  return IsPromiseReactionJobTask(job) || IsPromiseResolveThenableJobTask(job);
}

bool RunPromiseJob(Isolate* isolate, Handle<Value> job) {
  HandleScope scope(isolate);
  if (IsPromiseReactionJobTask(*job)) {
    return RunReactionJob(isolate, Handle<PromiseReactionJobTask>::cast(job));
  }
  return RunResolveThenableJob(isolate, Handle<PromiseResolveThenableJobTask>::cast(job));
}

// -- Unhandled rejections ----------------------------------------------------------------

namespace {

// V8's NoSideEffectsToString, as node quotes a non-error reason.
std::string ReasonText(Isolate* isolate, Handle<Value> reason) {
  if (IsJSReceiver(*reason) && !IsCallable(*reason)) {
    Value to_string = Runtime_GetProperty(isolate, *reason, isolate->roots().to_string_string());
    if (to_string.IsException()) isolate->clear_pending_exception();
    bool object_to_string = false;
    if (IsJSFunction(to_string)) {
      Value data = JSFunction::cast(to_string)->shared()->function_data();
      object_to_string =
          data == Value::FromInt32(static_cast<int32_t>(Builtin::kObjectPrototypeToString)) ||
          data == Value::FromInt32(static_cast<int32_t>(Builtin::kLibObjectPrototypeToString));
    }
    if (object_to_string) {
      Value ctor = Runtime_GetProperty(isolate, *reason, isolate->roots().constructor_string());
      if (ctor.IsException()) isolate->clear_pending_exception();
      if (IsJSFunction(ctor)) {
        Value name = JSFunction::cast(ctor)->shared()->name();
        if (IsString(name) && String::cast(name)->length() > 0) {
          return "#<" + String::cast(name)->ToUTF8() + ">";
        }
      }
    }
    return IsJSArray(*reason) ? "[object Array]" : "[object Object]";
  }
  if (IsSymbol(*reason) || IsCallable(*reason)) {
    std::string text = FormatForConsole(isolate, *reason, true);
    if (isolate->has_pending_exception()) isolate->clear_pending_exception();
    if (IsCallable(*reason)) {
      Handle<Value> fn_to_string(Runtime_GetProperty(isolate, *reason, isolate->roots().to_string_string()),
                                 isolate);
      if (fn_to_string->IsException()) {
        isolate->clear_pending_exception();
      } else if (IsCallable(*fn_to_string)) {
        Handle<Value> source;
        if (Execution::Call(isolate, fn_to_string, reason, 0, nullptr).ToHandle(&source) &&
            IsString(*source)) {
          return String::cast(*source)->ToUTF8();
        }
        if (isolate->has_pending_exception()) isolate->clear_pending_exception();
      }
    }
    return text;
  }
  std::string text = FormatForConsole(isolate, *reason, true);
  if (isolate->has_pending_exception()) isolate->clear_pending_exception();
  return text;
}

// An Error reason is printed as node prints an uncaught throw: the source
// line where the error was made (its first stack frame), then its stack.
void ReportErrorRejection(Isolate* isolate, Handle<Value> error) {
  std::string text;
  Value raw = JSError::cast(*error)->stack_trace();
  if (IsFixedArray(raw) && FixedArray::cast(raw)->length() >= 2 &&
      IsJSFunction(FixedArray::cast(raw)->get(0))) {
    SharedFunctionInfo* shared = JSFunction::cast(FixedArray::cast(raw)->get(0))->shared();
    int32_t offset = FixedArray::cast(raw)->get(1).AsInt32();
    int32_t position = ReportedPosition(isolate, shared, offset);
    RuntimeState* state = RuntimeStateOf(isolate);
    if (position >= 0 && IsScript(shared->script())) {
      int id = Script::cast(shared->script())->id();
      if (id >= 0 && id < static_cast<int>(state->scripts.size())) {
        text = FormatSourceExcerpt(*state->scripts[id].source, position, position + 1, false) + "\n";
      }
    }
  }
  std::string body;
  Value stack = Runtime_GetProperty(isolate, *error, isolate->roots().stack_string());
  if (stack.IsException()) {
    isolate->clear_pending_exception();
  } else if (IsString(stack)) {
    body = String::cast(stack)->ToUTF8();
  }
  if (body.empty()) {
    body = FormatForConsole(isolate, *error, true);
    if (isolate->has_pending_exception()) isolate->clear_pending_exception();
  }
  text += body + "\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void ReportOtherRejection(Isolate* isolate, Handle<Value> reason) {
  std::string text =
      "node:internal/process/promises:389\n"
      "      new UnhandledPromiseRejection(reason);\n"
      "      ^\n\n"
      "UnhandledPromiseRejection: This error originated either by throwing inside of an async "
      "function without a catch block, or by rejecting a promise which was not handled with "
      ".catch(). The promise rejected with the reason \"" +
      ReasonText(isolate, reason) +
      "\".\n"
      "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n"
      "    at processPromiseRejections (node:internal/process/promises:470:17)\n"
      "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n"
      "  code: 'ERR_UNHANDLED_REJECTION'\n"
      "}\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace

bool ProcessUnhandledRejections(Isolate* isolate) {
  HandleScope scope(isolate);
  Value state = isolate->roots().promise_state();
  if (!IsFixedArray(state)) return true;
  Handle<Value> list_value(FixedArray::cast(state)->get(kRejectionsIndex), isolate);
  if (!IsFixedArray(*list_value)) return true;
  FixedArray::cast(state)->set(kRejectionsIndex, Value::Undefined());
  Handle<FixedArray> list = Handle<FixedArray>::cast(list_value);
  int count = (*list)->get(0).AsInt32();
  for (int i = 1; i <= count; i++) {
    JSPromise* promise = JSPromise::cast((*list)->get(i));
    if (!promise->is_tracked()) continue;
    promise->set_tracked(false);
    if (promise->has_handler()) continue;
    // node: the first rejection still unhandled after the microtask
    // checkpoint is raised as an uncaught exception; the process exits.
    Handle<Value> reason(promise->reactions_or_result(), isolate);
    std::fflush(stdout);
    if (IsJSError(*reason)) {
      ReportErrorRejection(isolate, reason);
    } else {
      ReportOtherRejection(isolate, reason);
    }
    std::fflush(stderr);
    return false;
  }
  return true;
}

// -- Setup ------------------------------------------------------------------------------

void SetUpPromiseState(Isolate* isolate, Handle<Value> promise_function) {
  Handle<FixedArray> state = FactoryOf(isolate)->NewFixedArray(kStateLength, AllocationType::kOld);
  (*state)->set(kPromiseFunctionIndex, *promise_function);
  (*state)->set(kRejectionsIndex, Value::Undefined());
  (*state)->set(kAggregateErrorIndex, Value::Undefined());
  (*state)->set(kAsyncGeneratorPrototypeIndex, Value::Undefined());
  (*state)->set(kAsyncGeneratorFunctionShapeIndex, Value::Undefined());
  Handle<Value> prototype(FactoryOf(isolate)->native_context()->object_prototype(), isolate);
  Handle<Shape> async_shape = Shape::NewJSShape(isolate, InstanceType::kJSAsyncFunctionObject,
                                                JSAsyncFunctionObject::kHeaderSize, 0, prototype);
  (*state)->set(kAsyncShapeIndex, async_shape->ToValue());
  for (int i = 0; i < static_cast<int>(PromiseClosure::kCount); i++) {
    Handle<JSObject> model = NewBuiltinFunction(isolate, kClosureBuiltins[i]);
    (*state)->set(kFirstTemplateIndex + i, model->ToValue());
  }
  isolate->roots().set(RootIndex::kPromiseState, state->ToValue());
}

}  // namespace lucid
