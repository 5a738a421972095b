// Copyright the Lucid authors. MIT license.
// JSGeneratorObject: the heap half of a suspended generator frame
// (DESIGN.md "Bytecode and interpreter"; docs/bytecode.md "Generators").

#ifndef LUCID_VM_OBJECTS_JS_GENERATOR_H_
#define LUCID_VM_OBJECTS_JS_GENERATOR_H_

#include "gc/write_barrier.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_object.h"

namespace lucid {

// JSGeneratorObject: body kind Fixed, JSObject header plus:
//
//   +24  function                  the generator function (JSFunction)
//   +32  context                   the frame's context at the last suspend
//   +40  receiver                  the frame's `this` (already converted)
//   +48  input_or_debug_pos        the value sent in by next/throw/return;
//                                  ResumeGenerator loads it into acc
//   +56  resume_mode               int32: kNext, kReturn, kThrow
//   +64  continuation              int32: the suspend id to resume at, or
//                                  kGeneratorExecuting / kGeneratorClosed
//   +72  parameters_and_registers  FixedArray: the formal parameters, then
//                                  the registers r0..r[N-1] of the frame
//   (+80 in-object properties: none)
//
// Every field is a Value, so the GC traces a generator through the Fixed
// body kind like any JSObject: the saved frame is ordinary heap data.
// SuspendGenerator copies the frame into {parameters_and_registers} with
// one bulk write barrier (WriteBarrier::ForRange).
class JSGeneratorObject : public JSObject {
 public:
  static constexpr int kFunctionOffset = 24;
  static constexpr int kContextOffset = 32;
  static constexpr int kReceiverOffset = 40;
  static constexpr int kInputOrDebugPosOffset = 48;
  static constexpr int kResumeModeOffset = 56;
  static constexpr int kContinuationOffset = 64;
  static constexpr int kParametersAndRegistersOffset = 72;
  static constexpr int kHeaderSize = 80;

  // continuation values besides suspend ids (which are >= 0).
  static constexpr int32_t kGeneratorExecuting = -2;
  static constexpr int32_t kGeneratorClosed = -1;

  // resume_mode values (the order V8 uses).
  enum ResumeMode : int32_t { kNext = 0, kReturn = 1, kThrow = 2 };

  static JSGeneratorObject* cast(Value value) {
    DCHECK((lucid::IsJSGeneratorObject(value) || lucid::IsJSAsyncFunctionObject(value) ||
            lucid::IsJSAsyncGeneratorObject(value)));
    return static_cast<JSGeneratorObject*>(value.heap_object());
  }

  Value function() const { return field(kFunctionOffset); }
  void set_function(Value v) { set_field(kFunctionOffset, v); }
  Value context() const { return field(kContextOffset); }
  void set_context(Value v) { set_field(kContextOffset, v); }
  Value receiver() const { return field(kReceiverOffset); }
  void set_receiver(Value v) { set_field(kReceiverOffset, v); }
  Value input_or_debug_pos() const { return field(kInputOrDebugPosOffset); }
  void set_input_or_debug_pos(Value v) { set_field(kInputOrDebugPosOffset, v); }
  int32_t resume_mode() const { return field(kResumeModeOffset).AsInt32(); }
  void set_resume_mode(int32_t mode) {
    set_field(kResumeModeOffset, Value::FromInt32(mode), SKIP_WRITE_BARRIER);
  }
  int32_t continuation() const { return field(kContinuationOffset).AsInt32(); }
  void set_continuation(int32_t c) {
    set_field(kContinuationOffset, Value::FromInt32(c), SKIP_WRITE_BARRIER);
  }
  FixedArray* parameters_and_registers() const {
    return FixedArray::cast(field(kParametersAndRegistersOffset));
  }
  void set_parameters_and_registers(Value v) { set_field(kParametersAndRegistersOffset, v); }

  // SuspendGenerator: saves the frame's {param_count} parameters (params[i])
  // and {register_count} registers (first_register[-i]: registers grow down
  // the stack) with one bulk write barrier. No allocation.
  void SaveFrame(const Value* params, int param_count, const Value* first_register,
                 int register_count) {
    FixedArray* store = parameters_and_registers();
    DCHECK((param_count + register_count <= store->length()));
    Value* saved = store->data_start();
    for (int i = 0; i < param_count; i++) saved[i] = params[i];
    for (int i = 0; i < register_count; i++) saved[param_count + i] = first_register[-i];
    WriteBarrier::ForRange(store, saved, saved + param_count + register_count);
  }
  // ResumeGenerator: the inverse for the registers (the parameters come
  // back as the resumed frame's arguments).
  void RestoreRegisters(int param_count, Value* first_register, int register_count) const {
    const Value* saved = parameters_and_registers()->data_start() + param_count;
    for (int i = 0; i < register_count; i++) first_register[-i] = saved[i];
  }

  bool is_closed() const { return continuation() == kGeneratorClosed; }
  bool is_executing() const { return continuation() == kGeneratorExecuting; }
  bool is_suspended() const { return continuation() >= 0; }
};

// JSAsyncFunctionObject: the suspended frame of an async function (V8's
// scheme: an async function is a generator whose yields are awaits). The
// JSGeneratorObject layout plus:
//
//   +80  promise   the JSPromise the call returned
//   (+88 in-object properties: none)
//
// The object never reaches JS: it is created by the function's prologue,
// lives in the frame's generator register and, while the function waits,
// in the PromiseReaction of the awaited promise (that reaction's handler
// resumes it). A parked async frame is therefore one of these cells plus
// its saved-registers array, found by the GC like any other object.
class JSAsyncFunctionObject : public JSGeneratorObject {
 public:
  static constexpr int kPromiseOffset = 80;
  static constexpr int kHeaderSize = 88;

  static JSAsyncFunctionObject* cast(Value value) {
    DCHECK(lucid::IsJSAsyncFunctionObject(value));
    return static_cast<JSAsyncFunctionObject*>(value.heap_object());
  }
  Value promise() const { return field(kPromiseOffset); }
  void set_promise(Value v) { set_field(kPromiseOffset, v); }
};

// JSAsyncGeneratorObject: an async generator's suspended frame (V8's
// scheme; docs/bytecode.md "Async generators"). The JSGeneratorObject
// layout plus:
//
//   +80  queue      the AsyncGeneratorRequest list: undefined, or a
//                   FixedArray [completion mode, value, promise, next]
//   +88  awaiting   Smi 1 while the frame waits at an await (a promise
//                   reaction will resume it), else 0
//   (+96 in-object properties: none)
class JSAsyncGeneratorObject : public JSGeneratorObject {
 public:
  static constexpr int kQueueOffset = 80;
  static constexpr int kAwaitingOffset = 88;
  static constexpr int kHeaderSize = 96;

  // A request's slots.
  static constexpr int kRequestMode = 0;
  static constexpr int kRequestValue = 1;
  static constexpr int kRequestPromise = 2;
  static constexpr int kRequestNext = 3;
  static constexpr int kRequestLength = 4;

  static JSAsyncGeneratorObject* cast(Value value) {
    DCHECK(lucid::IsJSAsyncGeneratorObject(value));
    return static_cast<JSAsyncGeneratorObject*>(value.heap_object());
  }
  Value queue() const { return field(kQueueOffset); }
  void set_queue(Value v) { set_field(kQueueOffset, v); }
  bool awaiting() const { return field(kAwaitingOffset).AsInt32() != 0; }
  void set_awaiting(bool a) { set_field(kAwaitingOffset, Value::FromInt32(a ? 1 : 0), SKIP_WRITE_BARRIER); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_GENERATOR_H_
