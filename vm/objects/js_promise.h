// Copyright the Lucid authors. MIT license.
// JSPromise and the records of the promise machinery: PromiseReaction and
// the two promise jobs (docs/library.md "Promise"; ES2023 27.2).

#ifndef LUCID_VM_OBJECTS_JS_PROMISE_H_
#define LUCID_VM_OBJECTS_JS_PROMISE_H_

#include "vm/objects/heap_object.h"
#include "vm/objects/js_object.h"

namespace lucid {

// JSPromise: body kind Fixed, JSObject header plus:
//
//   +24  reactions_or_result  pending: the PromiseReaction list (newest
//                             first, as V8 keeps it) or undefined;
//                             settled: the value or the reason
//   +32  flags                int32: bits 0-1 the state, bit 2 has_handler
//                             (a then() ever looked at it: the spec's
//                             [[PromiseIsHandled]]), bit 3 the rejection
//                             is in the unhandled list
//   (+40 in-object properties: none)
class JSPromise : public JSObject {
 public:
  static constexpr int kReactionsOrResultOffset = 24;
  static constexpr int kFlagsOffset = 32;
  static constexpr int kHeaderSize = 40;

  enum State : int32_t { kPending = 0, kFulfilled = 1, kRejected = 2 };
  static constexpr int32_t kStateMask = 3;
  static constexpr int32_t kHasHandlerBit = 4;
  static constexpr int32_t kTrackedBit = 8;

  static JSPromise* cast(Value value) {
    DCHECK(lucid::IsJSPromise(value));
    return static_cast<JSPromise*>(value.heap_object());
  }

  Value reactions_or_result() const { return field(kReactionsOrResultOffset); }
  void set_reactions_or_result(Value v) { set_field(kReactionsOrResultOffset, v); }
  int32_t flags() const { return field(kFlagsOffset).AsInt32(); }
  void set_flags(int32_t f) { set_field(kFlagsOffset, Value::FromInt32(f), SKIP_WRITE_BARRIER); }

  State state() const { return static_cast<State>(flags() & kStateMask); }
  void set_state(State s) { set_flags((flags() & ~kStateMask) | s); }
  bool has_handler() const { return (flags() & kHasHandlerBit) != 0; }
  void set_has_handler() { set_flags(flags() | kHasHandlerBit); }
  bool is_tracked() const { return (flags() & kTrackedBit) != 0; }
  void set_tracked(bool on) { set_flags(on ? flags() | kTrackedBit : flags() & ~kTrackedBit); }
};

// PromiseReaction: body kind Fixed, kSize = 40. One then() on a pending
// promise (the spec's pair of PromiseReaction records, fulfill and reject,
// kept in one cell as V8 does).
//
//   +0   shape             promise_reaction_shape
//   +8   next              the next (older) reaction, or undefined
//   +16  fulfill_handler   callable, undefined, or an async function
//                          object (an await: resume it)
//   +24  reject_handler    callable, undefined, or the same async object
//   +32  result_promise    the promise then() returned (a JSPromise), or
//                          undefined (await, internal thens)
class PromiseReaction : public HeapObject {
 public:
  static constexpr int kNextOffset = 8;
  static constexpr int kFulfillHandlerOffset = 16;
  static constexpr int kRejectHandlerOffset = 24;
  static constexpr int kResultPromiseOffset = 32;
  static constexpr int kSize = 40;

  static PromiseReaction* cast(Value value) {
    DCHECK(lucid::IsPromiseReaction(value));
    return static_cast<PromiseReaction*>(value.heap_object());
  }
  Value next() const { return field(kNextOffset); }
  void set_next(Value v) { set_field(kNextOffset, v); }
  Value fulfill_handler() const { return field(kFulfillHandlerOffset); }
  void set_fulfill_handler(Value v) { set_field(kFulfillHandlerOffset, v); }
  Value reject_handler() const { return field(kRejectHandlerOffset); }
  void set_reject_handler(Value v) { set_field(kRejectHandlerOffset, v); }
  Value result_promise() const { return field(kResultPromiseOffset); }
  void set_result_promise(Value v) { set_field(kResultPromiseOffset, v); }
};

// PromiseReactionJobTask: body kind Fixed, kSize = 40. A microtask: call
// {handler} with {argument} and settle {result_promise} with the outcome
// (ES2023 27.2.2.1 NewPromiseReactionJob).
//
//   +0   shape           promise_reaction_job_task_shape
//   +8   argument        the settled promise's value or reason
//   +16  handler         callable, undefined (pass the argument through),
//                        or an async function object (resume it)
//   +24  result_promise  JSPromise or undefined
//   +32  kind            int32: 0 fulfill, 1 reject
class PromiseReactionJobTask : public HeapObject {
 public:
  static constexpr int kArgumentOffset = 8;
  static constexpr int kHandlerOffset = 16;
  static constexpr int kResultPromiseOffset = 24;
  static constexpr int kKindOffset = 32;
  static constexpr int kSize = 40;

  enum Kind : int32_t { kFulfill = 0, kReject = 1 };

  static PromiseReactionJobTask* cast(Value value) {
    DCHECK(lucid::IsPromiseReactionJobTask(value));
    return static_cast<PromiseReactionJobTask*>(value.heap_object());
  }
  Value argument() const { return field(kArgumentOffset); }
  void set_argument(Value v) { set_field(kArgumentOffset, v); }
  Value handler() const { return field(kHandlerOffset); }
  void set_handler(Value v) { set_field(kHandlerOffset, v); }
  Value result_promise() const { return field(kResultPromiseOffset); }
  void set_result_promise(Value v) { set_field(kResultPromiseOffset, v); }
  Kind kind() const { return static_cast<Kind>(field(kKindOffset).AsInt32()); }
  void set_kind(Kind k) { set_field(kKindOffset, Value::FromInt32(k), SKIP_WRITE_BARRIER); }
};

// PromiseResolveThenableJobTask: body kind Fixed, kSize = 32. A microtask:
// call then.call(thenable, resolve, reject) with fresh resolving functions
// of {promise_to_resolve} (ES2023 27.2.2.2 NewPromiseResolveThenableJob).
//
//   +0   shape               promise_resolve_thenable_job_task_shape
//   +8   promise_to_resolve  JSPromise
//   +16  thenable            the object resolve() was called with
//   +24  then                its `then` (callable)
class PromiseResolveThenableJobTask : public HeapObject {
 public:
  static constexpr int kPromiseToResolveOffset = 8;
  static constexpr int kThenableOffset = 16;
  static constexpr int kThenOffset = 24;
  static constexpr int kSize = 32;

  static PromiseResolveThenableJobTask* cast(Value value) {
    DCHECK(lucid::IsPromiseResolveThenableJobTask(value));
    return static_cast<PromiseResolveThenableJobTask*>(value.heap_object());
  }
  Value promise_to_resolve() const { return field(kPromiseToResolveOffset); }
  void set_promise_to_resolve(Value v) { set_field(kPromiseToResolveOffset, v); }
  Value thenable() const { return field(kThenableOffset); }
  void set_thenable(Value v) { set_field(kThenableOffset, v); }
  Value then() const { return field(kThenOffset); }
  void set_then(Value v) { set_field(kThenOffset, v); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_PROMISE_H_
