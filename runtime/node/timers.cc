// Copyright the Lucid authors. MIT license.
// setTimeout, setInterval, setImmediate, their clear* functions and the
// Timeout / Immediate objects (ref, unref, hasRef, refresh, close,
// [Symbol.toPrimitive]), as node's lib/timers.js has them. The lists and
// the phases are runtime/event_loop.cc's.

#include <cmath>
#include <cstdio>
#include <unistd.h>

#include "runtime/builtins.h"
#include "runtime/event_loop.h"
#include "runtime/library/library_util.h"
#include "runtime/node/node_util.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"

namespace lucid {

namespace {

constexpr double kTimeoutMax = 2147483647.0;  // node's TIMEOUT_MAX (2^31 - 1 ms)

// The arguments from {first} on, as a FixedArray (undefined when none).
Handle<Value> ExtraArguments(Isolate* isolate, BuiltinArguments args, int first) {
  int count = args.length() - first;
  if (count <= 0) return Handle<Value>(Value::Undefined(), isolate);
  Handle<FixedArray> array = FactoryOf(isolate)->NewFixedArray(count);
  for (int i = 0; i < count; i++) (*array)->set(i, args[first + i]);
  return array;
}

void AddPrivate(Isolate* isolate, Handle<JSObject> object, Handle<Value> key, Handle<Value> value) {
  JSObject::AddProperty(isolate, object, Handle<Name>::cast(key), value, DONT_ENUM);
}

// The id behind a Timeout or Immediate object, or -1.
int64_t ObjectId(Isolate* isolate, Value receiver) {
  if (!receiver.IsHeapObject() || !IsJSObject(receiver)) return -1;
  EventLoop* loop = EventLoop::Get(isolate);
  Value id = Runtime_GetProperty(isolate, receiver, *loop->id_symbol());
  if (id.IsException()) {
    isolate->clear_pending_exception();
    return -1;
  }
  return id.IsNumber() ? static_cast<int64_t>(id.Number()) : -1;
}

EventLoop::Timer* TimerOf(Isolate* isolate, Value receiver) {
  int64_t id = ObjectId(isolate, receiver);
  return id < 0 ? nullptr : EventLoop::Get(isolate)->FindTimer(id);
}

EventLoop::Immediate* ImmediateOf(Isolate* isolate, Value receiver) {
  int64_t id = ObjectId(isolate, receiver);
  return id < 0 ? nullptr : EventLoop::Get(isolate)->FindImmediate(id);
}

Value CreateTimer(Isolate* isolate, BuiltinArguments args, bool repeat) {
  Handle<Value> callback = args.at(0);
  if (!library::IsCallableValue(*callback)) {
    return node::ThrowInvalidArgType(isolate, "callback", "function", callback);
  }
  // Spec (node): after *= 1; outside [1, TIMEOUT_MAX] (NaN too) it is 1.
  double after;
  if (!library::ToNumber(isolate, args.at(1), &after)) return Value::Exception();
  if (!(after >= 1 && after <= kTimeoutMax)) {
    if (after > kTimeoutMax) {
      std::fflush(stdout);
      std::fprintf(stderr,
                   "(lucid:%d) TimeoutOverflowWarning: %s does not fit into a 32-bit signed integer.\n"
                   "Timeout duration was set to 1.\n",
                   static_cast<int>(getpid()), library::NumberToAscii(after).c_str());
    }
    after = 1;
  }
  Handle<Value> timer_args = ExtraArguments(isolate, args, 2);
  EventLoop* loop = EventLoop::Get(isolate);
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectWithPrototype(loop->timeout_prototype());
  // Durations are truncated to whole milliseconds, as node's insert() does.
  EventLoop::Timer* timer = loop->NewTimer(object, static_cast<int64_t>(after), repeat);
  AddPrivate(isolate, object, loop->id_symbol(), node::NumberValue(isolate, static_cast<double>(timer->id)));
  AddPrivate(isolate, object, loop->callback_symbol(), callback);
  AddPrivate(isolate, object, loop->args_symbol(), timer_args);
  loop->InsertTimer(timer, timer->msecs);
  return object->ToValue();
}

// node's clearTimeout: a Timeout object, or the number/string its
// [Symbol.toPrimitive]() gave.
Value ClearTimer(Isolate* isolate, BuiltinArguments args) {
  EventLoop* loop = EventLoop::Get(isolate);
  Value value = args[0];
  EventLoop::Timer* timer = nullptr;
  if (value.IsNumber() || (value.IsHeapObject() && IsString(value))) {
    double number;
    if (!library::ToNumber(isolate, args.at(0), &number)) return Value::Exception();
    if (std::isfinite(number)) {
      EventLoop::Timer* found = loop->FindTimer(static_cast<int64_t>(number));
      if (found != nullptr && found->has_primitive) timer = found;
    }
  } else {
    timer = TimerOf(isolate, value);
    if (timer != nullptr) {
      Handle<Value> null(Value::Null(), isolate);
      Handle<JSObject> object = Handle<JSObject>::cast(args.at(0));
      (void)library::SetPropertyOrThrow(isolate, object,
                                        PropertyKey::FromName(Handle<Name>::cast(loop->callback_symbol())), null);
    }
  }
  if (timer != nullptr) loop->UnenrollTimer(timer);
  return Value::Undefined();
}

}  // namespace

Value Builtin_SetTimeout(Isolate* isolate, BuiltinArguments args) { return CreateTimer(isolate, args, false); }

Value Builtin_SetInterval(Isolate* isolate, BuiltinArguments args) { return CreateTimer(isolate, args, true); }

Value Builtin_ClearTimeout(Isolate* isolate, BuiltinArguments args) { return ClearTimer(isolate, args); }

Value Builtin_ClearInterval(Isolate* isolate, BuiltinArguments args) { return ClearTimer(isolate, args); }

Value Builtin_SetImmediate(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> callback = args.at(0);
  if (!library::IsCallableValue(*callback)) {
    return node::ThrowInvalidArgType(isolate, "callback", "function", callback);
  }
  Handle<Value> immediate_args = ExtraArguments(isolate, args, 1);
  EventLoop* loop = EventLoop::Get(isolate);
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectWithPrototype(loop->immediate_prototype());
  EventLoop::Immediate* immediate = loop->NewImmediate(object, callback, immediate_args);
  AddPrivate(isolate, object, loop->id_symbol(), node::NumberValue(isolate, static_cast<double>(immediate->id)));
  return object->ToValue();
}

Value Builtin_ClearImmediate(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Immediate* immediate = ImmediateOf(isolate, args[0]);
  if (immediate != nullptr) EventLoop::Get(isolate)->ClearImmediate(immediate);
  return Value::Undefined();
}

// -- Timeout.prototype ------------------------------------------------------------

Value Builtin_TimeoutRef(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Timer* timer = TimerOf(isolate, *args.receiver());
  if (timer != nullptr && !timer->refed) {
    timer->refed = true;
    if (!timer->destroyed) EventLoop::Get(isolate)->IncRefCount();
  }
  return *args.receiver();
}

Value Builtin_TimeoutUnref(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Timer* timer = TimerOf(isolate, *args.receiver());
  if (timer != nullptr && timer->refed) {
    timer->refed = false;
    if (!timer->destroyed) EventLoop::Get(isolate)->DecRefCount();
  }
  return *args.receiver();
}

Value Builtin_TimeoutHasRef(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Timer* timer = TimerOf(isolate, *args.receiver());
  return Value::FromBool(timer != nullptr && timer->refed);
}

Value Builtin_TimeoutRefresh(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Timer* timer = TimerOf(isolate, *args.receiver());
  if (timer != nullptr) EventLoop::Get(isolate)->ActivateTimer(timer, timer->refed);
  return *args.receiver();
}

Value Builtin_TimeoutClose(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Timer* timer = TimerOf(isolate, *args.receiver());
  if (timer != nullptr) {
    EventLoop* loop = EventLoop::Get(isolate);
    Handle<Value> null(Value::Null(), isolate);
    Handle<JSObject> object = Handle<JSObject>::cast(args.receiver());
    (void)library::SetPropertyOrThrow(isolate, object,
                                      PropertyKey::FromName(Handle<Name>::cast(loop->callback_symbol())), null);
    loop->UnenrollTimer(timer);
  }
  return *args.receiver();
}

Value Builtin_TimeoutToPrimitive(Isolate* isolate, BuiltinArguments args) {
  int64_t id = ObjectId(isolate, *args.receiver());
  if (id < 0) return Value::Undefined();
  EventLoop::Timer* timer = EventLoop::Get(isolate)->FindTimer(id);
  if (timer != nullptr) timer->has_primitive = true;
  return Value::FromDouble(static_cast<double>(id));
}

// -- Immediate.prototype ------------------------------------------------------------

Value Builtin_ImmediateRef(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Immediate* immediate = ImmediateOf(isolate, *args.receiver());
  if (immediate != nullptr) EventLoop::Get(isolate)->RefImmediate(immediate);
  return *args.receiver();
}

Value Builtin_ImmediateUnref(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Immediate* immediate = ImmediateOf(isolate, *args.receiver());
  if (immediate != nullptr) EventLoop::Get(isolate)->UnrefImmediate(immediate);
  return *args.receiver();
}

Value Builtin_ImmediateHasRef(Isolate* isolate, BuiltinArguments args) {
  EventLoop::Immediate* immediate = ImmediateOf(isolate, *args.receiver());
  return Value::FromBool(immediate != nullptr && immediate->refed);
}

// -- Installation -------------------------------------------------------------------

namespace {

// A constructor-less class: a prototype object whose constructor is a
// function named {name} (so console.log shows `Timeout {}`).
Handle<JSObject> NewPrototype(Isolate* isolate, Builtin constructor_id, const char* name) {
  Factory* factory = FactoryOf(isolate);
  Handle<JSObject> prototype = factory->NewJSObject();
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, constructor_id, name);
  Handle<Name> key = factory->InternalizeAscii("constructor");
  JSObject::AddProperty(isolate, prototype, key, constructor, DONT_ENUM);
  return prototype;
}

}  // namespace

void InstallTimers(Isolate* isolate, Handle<JSObject> global) {
  EventLoop* loop = EventLoop::Get(isolate);
  Handle<JSObject> timeout = NewPrototype(isolate, Builtin::kTimeoutClose, "Timeout");
  InstallFunction(isolate, timeout, Builtin::kTimeoutRef);
  InstallFunction(isolate, timeout, Builtin::kTimeoutUnref);
  InstallFunction(isolate, timeout, Builtin::kTimeoutHasRef);
  InstallFunction(isolate, timeout, Builtin::kTimeoutRefresh);
  InstallFunction(isolate, timeout, Builtin::kTimeoutClose);
  Handle<Value> to_primitive(isolate->roots().to_primitive_symbol(), isolate);
  InstallFunctionWithSymbol(isolate, timeout, to_primitive, Builtin::kTimeoutToPrimitive);
  Handle<JSObject> immediate = NewPrototype(isolate, Builtin::kImmediateHasRef, "Immediate");
  InstallFunction(isolate, immediate, Builtin::kImmediateRef);
  InstallFunction(isolate, immediate, Builtin::kImmediateUnref);
  InstallFunction(isolate, immediate, Builtin::kImmediateHasRef);
  loop->SetPrototypes(timeout, immediate);
  for (Builtin id : {Builtin::kSetTimeout, Builtin::kSetInterval, Builtin::kSetImmediate,
                     Builtin::kClearTimeout, Builtin::kClearInterval, Builtin::kClearImmediate}) {
    InstallFunction(isolate, global, id);
  }
}

}  // namespace lucid
