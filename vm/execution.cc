// Copyright the Lucid authors. MIT license.
//
// Execution::Call/Construct and the generic call path every non-interpreted
// callee goes through: builtins (BuiltinExit frames), bound functions, and
// interpreted functions entered from C++ (a new interpreter activation).

#include "vm/execution.h"

#include <algorithm>
#include <vector>

#include "jit/jit.h"
#include "runtime/builtins.h"
#include "vm/frames.h"
#include "vm/interpreter/interpreter.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/factory.h"
#include "vm/objects/string.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"

namespace lucid {
namespace {

// The JS stack's lowest used slot (frames are pushed below it).
Value* StackTop(Isolate* isolate) { return reinterpret_cast<Value*>(isolate->js_sp()); }

// Restores js_sp/js_fp when a call out of C++ finishes.
class StackRestorer {
 public:
  explicit StackRestorer(Isolate* isolate)
      : isolate_(isolate), sp_(isolate->js_sp()), fp_(isolate->js_fp()) {}
  ~StackRestorer() {
    isolate_->set_js_sp(sp_);
    isolate_->set_js_fp(fp_);
  }

 private:
  Isolate* isolate_;
  Address sp_;
  Address fp_;
};

// Pushes the caller part of a frame (n argument slots, receiver, new.target,
// argc) below the current stack top and returns the callee's fp. {args}:
// argument i is args[i * stride]. No allocation.
Value* PushCallerPart(Value* top, int n, int argc, const Value* args, int stride, Value receiver,
                      Value new_target) {
  Value* fp = top - n - (kCallerPushedFixedSlots + 1);
  for (int i = 0; i < argc; i++) fp[kFirstArgSlot + i] = args[i * stride];
  for (int i = argc; i < n; i++) fp[kFirstArgSlot + i] = Value::Undefined();
  fp[kReceiverSlot] = receiver;
  fp[kNewTargetSlot] = new_target;
  fp[kArgcSlot] = Value::FromInt32(argc);
  return fp;
}

void PushFixedPart(Isolate* isolate, Value* fp, FrameTier tier, Value closure, Value context,
                   Value bytecode) {
  fp[kCallerFpSlot] = Value::FromRawBits(static_cast<uint64_t>(isolate->js_fp()));
  fp[kFrameTypeSlot] = Value::FromInt32(EncodeFrameType(tier, FrameEntry::kFromNative));
  fp[kClosureSlot] = closure;
  fp[kContextSlot] = context;
  fp[kBytecodeArraySlot] = bytecode;
  fp[kBytecodeOffsetSlot] = Value::FromInt32(0);
  fp[kFeedbackVectorSlot] = IsJSFunction(closure) ? JSFunction::cast(closure)->shared()->feedback_vector()
                                                 : Value::Undefined();
  fp[kCodeSlot] = Value::Undefined();
  fp[kAccumulatorSlot] = Value::Undefined();
}

bool StackOverflows(Isolate* isolate, Value* lowest) {
  return reinterpret_cast<Address>(lowest) < isolate->real_js_stack_limit() ||
         isolate->NativeStackOverflow();
}

Value CallBuiltin(Isolate* isolate, JSFunction* function, Value receiver, Value new_target,
                  int argc, const Value* args, int stride) {
  int id = function->shared()->builtin_id();
  Value* top = StackTop(isolate);
  Value* fp = top - argc - (kCallerPushedFixedSlots + 1);
  // A continuation builtin keeps its loop state in registers (builtins.h).
  Value* lowest = FrameLowestSlot(fp, BuiltinFrameRegisters(id));
  if (StackOverflows(isolate, lowest)) return ThrowStackOverflow(isolate);
  StackRestorer restore(isolate);
  PushCallerPart(top, argc, argc, args, stride, receiver, new_target);
  PushFixedPart(isolate, fp, FrameTier::kBuiltinExit, function->ToValue(), function->context(),
                Value::Undefined());
  for (Value* r = fp + kFirstRegisterSlot; r >= lowest; r--) *r = Value::Undefined();
  isolate->set_js_sp(reinterpret_cast<Address>(lowest));
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  return InvokeBuiltin(isolate, id, fp);
}

// Runs the frame at {fp} (pushed, entry kFromNative): in {function}'s
// baseline code when it has some, else in a new interpreter activation.
Value RunPushedFrame(Isolate* isolate, Value* fp, JSFunction* function) {
  if (!function->code().IsUndefined()) {
    fp[kFrameTypeSlot] = Value::FromInt32(EncodeFrameType(FrameTier::kCompiled, FrameEntry::kFromNative));
    fp[kCodeSlot] = function->code();
    fp[kFeedbackVectorSlot] = function->shared()->feedback_vector();
    return jit::RunCompiled(isolate, fp);
  }
  return Interpreter::Run(isolate, fp);
}

Value CallInterpreted(Isolate* isolate, JSFunction* function, Value receiver, Value new_target,
                      int argc, const Value* args, int stride) {
  SharedFunctionInfo* shared = function->shared();
  BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
  int n = std::max(argc, shared->formal_parameter_count());
  Value* top = StackTop(isolate);
  Value* fp = top - n - (kCallerPushedFixedSlots + 1);
  Value* lowest = FrameLowestSlot(fp, bytecode->register_count());
  if (StackOverflows(isolate, lowest)) return ThrowStackOverflow(isolate);
  StackRestorer restore(isolate);
  PushCallerPart(top, n, argc, args, stride, receiver, new_target);
  PushFixedPart(isolate, fp, FrameTier::kInterpreted, function->ToValue(), function->context(),
                bytecode->ToValue());
  for (Value* r = fp + kFirstRegisterSlot; r >= lowest; r--) *r = Value::Undefined();
  isolate->set_js_sp(reinterpret_cast<Address>(lowest));
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  // The baseline JIT: a closure with code (or whose function has some, or
  // every function under --jit-eager) runs compiled on this frame. Compiling
  // may GC: everything is on the JS stack by now, and the closure is read
  // back from its slot.
  if (function->code().IsUndefined() && (!shared->baseline_code().IsUndefined() || isolate->flags().jit_eager) &&
      jit::IsEnabled(isolate)) {
    HandleScope scope(isolate);
    jit::EnsureBaselineCode(isolate, Handle<JSFunction>(function, isolate), "eager");
    function = JSFunction::cast(fp[kClosureSlot]);
  }
  return RunPushedFrame(isolate, fp, function);
}

// Collects the arguments of a bound-function chain into {out} (innermost
// bound arguments first) and returns the final target. No allocation.
Value UnwrapBound(Value target, Value* receiver, Value* new_target, int argc, const Value* args,
                  int stride, std::vector<Value>* out) {
  std::vector<Value> prefix;
  while (IsJSBoundFunction(target)) {
    JSBoundFunction* bound = JSBoundFunction::cast(target);
    FixedArray* bound_args = FixedArray::cast(bound->bound_arguments());
    std::vector<Value> layer;
    for (int i = 0; i < bound_args->length(); i++) layer.push_back(bound_args->get(i));
    prefix.insert(prefix.begin(), layer.begin(), layer.end());
    *receiver = bound->bound_this();
    Value next = bound->bound_target_function();
    if (*new_target == target) *new_target = next;
    target = next;
  }
  out->assign(prefix.begin(), prefix.end());
  for (int i = 0; i < argc; i++) out->push_back(args[i * stride]);
  return target;
}

// The rare callees of InvokeFunction, out of line so that its common path
// (a JSFunction) needs no vector and no error formatting.
LUCID_NOINLINE Value InvokeNonFunction(Isolate* isolate, Value target, Value receiver, Value new_target,
                                       int argc, const Value* args, int stride) {
  bool construct = !new_target.IsUndefined();
  if (IsJSBoundFunction(target)) {
    // NOTE: the vector holds raw Values only until they are pushed on the
    // JS stack (nothing allocates in between).
    std::vector<Value> all;
    target = UnwrapBound(target, &receiver, &new_target, argc, args, stride, &all);
    if (construct) receiver = Value::TheHole();
    return InvokeFunction(isolate, target, receiver, new_target, static_cast<int>(all.size()),
                          all.data(), 1);
  }
  return ThrowCallError(isolate, construct ? MessageTemplate::kNotConstructor : MessageTemplate::kNotAFunction,
                        target);
}

LUCID_NOINLINE Value ThrowClassConstructorCall(Isolate* isolate, SharedFunctionInfo* shared) {
  std::string name = IsString(shared->name()) ? String::cast(shared->name())->ToUTF8() : "";
  return ThrowError(isolate, MessageTemplate::kConstructorNonCallable, {name});
}

}  // namespace

Value InvokeFunction(Isolate* isolate, Value target, Value receiver, Value new_target, int argc,
                     const Value* args, int stride) {
  if (LUCID_UNLIKELY(!IsJSFunction(target))) {
    return InvokeNonFunction(isolate, target, receiver, new_target, argc, args, stride);
  }
  bool construct = !new_target.IsUndefined();
  JSFunction* function = JSFunction::cast(target);
  SharedFunctionInfo* shared = function->shared();
  if (shared->IsBuiltin()) {
    if (construct && BuiltinInfoOf(shared->builtin_id()).kind != BuiltinKind::kConstructor) {
      return ThrowCallError(isolate, MessageTemplate::kNotConstructor, target);
    }
    Value fast;
    if (!construct && HasFastBuiltinCall(shared->builtin_id()) &&
        TryFastBuiltinCall(isolate, shared->builtin_id(), receiver, argc, args, stride, &fast)) {
      return fast;
    }
    return CallBuiltin(isolate, function, receiver, new_target, argc, args, stride);
  }
  if (construct && !shared->IsConstructorKind()) {
    return ThrowCallError(isolate, MessageTemplate::kNotConstructor, target);
  }
  if (!construct && shared->is_class_constructor()) return ThrowClassConstructorCall(isolate, shared);
  if (!shared->HasBytecodeArray()) {
    return ThrowError(isolate, MessageTemplate::kNotSupported, {"Calling this function"});
  }
  if (construct) receiver = Value::TheHole();
  return CallInterpreted(isolate, function, receiver, new_target, argc, args, stride);
}

Value InvokeWithArrayLike(Isolate* isolate, Value target, Value receiver, Value new_target,
                          Value array) {
  // Elements of a FixedArray, or of a JSArray's fast elements, are copied
  // straight onto the JS stack by InvokeFunction.
  HandleScope scope(isolate);
  Handle<Value> target_h(target, isolate), receiver_h(receiver, isolate),
      new_target_h(new_target, isolate), array_h(array, isolate);
  Handle<FixedArray> list;
  if (IsFixedArray(array)) {
    list = Handle<FixedArray>::cast(array_h);
  } else {
    Value converted = Runtime_IterableToFixedArray(isolate, array);
    if (converted.IsException()) return converted;
    list = Handle<FixedArray>(FixedArray::cast(converted), isolate);
  }
  FixedArray* raw = *list;
  return InvokeFunction(isolate, *target_h, *receiver_h, *new_target_h, raw->length(),
                        raw->data_start(), 1);
}

Value Runtime_CallWithSpread(Isolate* isolate, Value* callee, Value* first, int count,
                             bool construct, Value* new_target) {
  HandleScope scope(isolate);
  // V8's wording for f(...x) with a non-iterable x.
  Value subject = first[-(count - 1)];
  if (subject.IsNullOrUndefined()) {
    std::string what = subject.IsNull() ? "null" : "undefined";
    return ThrowError(isolate, MessageTemplate::kNotIterableNoSymbolLoad, {what, what});
  }
  if (!IsString(subject) && !IsJSArray(subject)) {
    Value method = Runtime_GetProperty(isolate, subject, isolate->roots().iterator_symbol());
    if (method.IsException()) return method;
    if (!IsCallable(method)) return ThrowError(isolate, MessageTemplate::kSpreadIteratorSymbolNonCallable);
  }
  Value spread = Runtime_IterableToFixedArray(isolate, first[-(count - 1)]);
  if (spread.IsException()) return spread;
  Handle<FixedArray> spread_h(FixedArray::cast(spread), isolate);
  int skip = construct ? 0 : 1;  // the receiver
  int fixed = count - 1 - skip;
  int total = fixed + (*spread_h)->length();
  Handle<FixedArray> all = FactoryOf(isolate)->NewFixedArray(total);
  for (int i = 0; i < fixed; i++) (*all)->set(i, first[-(skip + i)]);
  for (int i = 0; i < (*spread_h)->length(); i++) (*all)->set(fixed + i, (*spread_h)->get(i));
  Value receiver = construct ? Value::TheHole() : first[0];
  Value nt = construct ? *new_target : Value::Undefined();
  return InvokeFunction(isolate, *callee, receiver, nt, total, (*all)->data_start(), 1);
}

Value ResumeGeneratorFrame(Isolate* isolate, Value generator_value) {
  JSGeneratorObject* generator = JSGeneratorObject::cast(generator_value);
  JSFunction* function = JSFunction::cast(generator->function());
  BytecodeArray* bytecode = BytecodeArray::cast(function->shared()->function_data());
  int params = bytecode->parameter_count() - 1;
  Value* top = StackTop(isolate);
  Value* fp = top - params - (kCallerPushedFixedSlots + 1);
  Value* lowest = FrameLowestSlot(fp, bytecode->register_count());
  if (StackOverflows(isolate, lowest)) return ThrowStackOverflow(isolate);
  StackRestorer restore(isolate);
  // No allocation from here on: the frame slots become the roots.
  const Value* saved = generator->parameters_and_registers()->data_start();
  PushCallerPart(top, params, params, saved, 1, generator->receiver(), Value::Undefined());
  PushFixedPart(isolate, fp, FrameTier::kInterpreted, function->ToValue(), generator->context(),
                bytecode->ToValue());
  for (Value* r = fp + kFirstRegisterSlot; r >= lowest; r--) *r = Value::Undefined();
  Frame(fp).reg(bytecode->incoming_new_target_or_generator_register()) = generator_value;
  isolate->set_js_sp(reinterpret_cast<Address>(lowest));
  isolate->set_js_fp(reinterpret_cast<Address>(fp));
  // A generator function with baseline code resumes in it: its
  // SwitchOnGeneratorState jumps to the resume point as the interpreter's does.
  return RunPushedFrame(isolate, fp, function);
}

MaybeHandle<Value> Execution::Call(Isolate* isolate, Handle<Value> callable,
                                   Handle<Value> receiver, int argc, const Handle<Value>* argv) {
  // While a termination (process.exit, a fatal uncaught exception) unwinds,
  // C++ may not start JS again: the call fails at once, as V8's does.
  if (IsTerminationException(isolate)) {
    isolate->Throw(Value::Undefined());  // the termination: RuntimeState::terminating says so
    return MaybeHandle<Value>();
  }
  // OPTIMIZATION: builtins call back with a few arguments (forEach: 3);
  // those need no heap vector.
  constexpr int kInline = 8;
  Value inline_args[kInline];
  std::vector<Value> heap_args;
  Value* args = inline_args;
  if (argc > kInline) {
    heap_args.resize(argc);
    args = heap_args.data();
  }
  for (int i = 0; i < argc; i++) args[i] = *argv[i];
  Value result = InvokeFunction(isolate, *callable, *receiver, Value::Undefined(), argc, args, 1);
  if (result.IsException()) return MaybeHandle<Value>();
  return Handle<Value>(result, isolate);
}

MaybeHandle<Value> Execution::Construct(Isolate* isolate, Handle<Value> constructor, int argc,
                                        const Handle<Value>* argv, Handle<Value> new_target) {
  std::vector<Value> args(argc);
  for (int i = 0; i < argc; i++) args[i] = *argv[i];
  Value nt = new_target.is_null() ? *constructor : *new_target;
  Value result = InvokeFunction(isolate, *constructor, Value::TheHole(), nt, argc, args.data(), 1);
  if (result.IsException()) return MaybeHandle<Value>();
  return Handle<Value>(result, isolate);
}

Value InvokeBuiltin(Isolate* isolate, int builtin_id, Value* fp) {
  HandleScope scope(isolate);
  Value result = BuiltinInfoOf(builtin_id).function(isolate, BuiltinArguments(fp));
  DCHECK(!result.IsException() || isolate->has_pending_exception());
  return result;
}

}  // namespace lucid
