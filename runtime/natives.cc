// Copyright the Lucid authors. MIT license.
//
// %HaveSameMap, %HasFastProperties, %DebugPrint, the optimization natives
// (accepted; they act once the JIT exists) and the IC readers %GetFeedback
// and %ICState.

#include "runtime/natives.h"

#include <cstdio>
#include <string>

#include "jit/jit.h"
#include "runtime/builtins.h"
#include "runtime/console.h"
#include "vm/ic/ic.h"
#include "vm/isolate.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/elements.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

namespace lucid {

bool LookupNative(std::string_view name, Builtin* id) {
#define V(NativeName, builtin)   \
  if (name == #NativeName) {     \
    *id = Builtin::k##builtin;   \
    return true;                 \
  }
  NATIVE_LIST(V)
#undef V
  return false;
}

// %HaveSameMap(a, b): both objects have the same shape.
Value Builtin_NativeHaveSameMap(Isolate*, BuiltinArguments args) {
  Value a = args[0], b = args[1];
  if (!a.IsHeapObject() || !b.IsHeapObject()) return Value::False();
  return Value::FromBool(a.heap_object()->shape_layout() == b.heap_object()->shape_layout());
}

// %HasFastProperties(o): not in dictionary mode.
Value Builtin_NativeHasFastProperties(Isolate*, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) return Value::True();
  return Value::FromBool(JSReceiver::cast(args[0])->HasFastProperties());
}

// %DebugPrint(value): a short description of the value and its shape on
// stdout; returns the value.
Value Builtin_NativeDebugPrint(Isolate* isolate, BuiltinArguments args) {
  Value v = args[0];
  std::string out = "DebugPrint: ";
  if (!IsJSReceiver(v)) {
    out += FormatForConsole(isolate, v, false);
    if (isolate->has_pending_exception()) return Value::Exception();
    out += "\n";
  } else {
    JSReceiver* object = JSReceiver::cast(v);
    Shape* shape = object->shape();
    out += FormatForConsole(isolate, v, false);
    if (isolate->has_pending_exception()) return Value::Exception();
    object = JSReceiver::cast(args[0]);
    shape = object->shape();
    out += "\n - shape: M" + std::to_string(shape->trace_id()) + " " +
           (shape->has_fast_properties() ? "[FastProperties]" : "[DictionaryProperties]");
    out += "\n - elements kind: ";
    out += ElementsKindName(shape->elements_kind());
    out += "\n - in-object slots: " + std::to_string(shape->inobject_properties());
    out += "\n - prototype: ";
    Value proto = object->GetPrototype();
    out += proto.IsNull() ? "null" : "#<" + std::string(IsCallable(proto) ? "Function" : "Object") + ">";
    if (shape->has_fast_properties()) out += "\n - properties: " + shape->DescribeProperties();
    out += "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return args[0];
}

// %CollectGarbage(any): a full, precise collection.
Value Builtin_NativeCollectGarbage(Isolate* isolate, BuiltinArguments) {
  isolate->heap()->PreciseCollectAllGarbage();
  return Value::Undefined();
}

namespace {

// V8's OptimizationStatus bits (V8 11.3, src/runtime/runtime-test.cc);
// docs/runtime.md lists them.
constexpr int32_t kStatusIsFunction = 1 << 0;
constexpr int32_t kStatusInterpreted = 1 << 7;
constexpr int32_t kStatusBaseline = 1 << 15;

FeedbackVector* FeedbackVectorOf(Value f) {
  if (!IsJSFunction(f)) return nullptr;
  Value vector = JSFunction::cast(f)->shared()->feedback_vector();
  return IsFeedbackVector(vector) ? FeedbackVector::cast(vector) : nullptr;
}

std::string DescribeSlot(const FeedbackVector* vector, int slot) {
  FeedbackSlotKind kind = vector->kind(slot);
  std::string out = "slot#" + std::to_string(slot) + " " + FeedbackSlotKindName(kind) + " ";
  if (kind == FeedbackSlotKind::kBinaryOp || kind == FeedbackSlotKind::kCompareOp) {
    Value hint = vector->feedback(slot);
    return out + BinaryOpHint::Name(hint.IsInt32() ? hint.AsInt32() : 0);
  }
  ICState state = GetICState(vector, slot);
  return out + ICStateLetter(state) + " (" + ICStateWord(state) + ")";
}

}  // namespace

// %GetOptimizationStatus(f): V8 11.3's bit set (docs/jit.md): kIsFunction
// plus kBaseline when f has baseline code, else kInterpreted. (V8's
// kIsLazy has no Lucid counterpart: every function has its bytecode.)
Value Builtin_NativeGetOptimizationStatus(Isolate*, BuiltinArguments args) {
  if (!IsJSFunction(args[0])) return Value::FromInt32(0);
  bool baseline = !JSFunction::cast(args[0])->code().IsUndefined();
  return Value::FromInt32(kStatusIsFunction | (baseline ? kStatusBaseline : kStatusInterpreted));
}

// %CompileBaseline(f), and %OptimizeFunctionOnNextCall(f) while the
// baseline tier is Lucid's only one: compiles f now (no-op under --no-jit
// or for a function that cannot be compiled; --trace-opt says why).
static Value CompileNow(Isolate* isolate, Value function, const char* reason) {
  if (IsJSFunction(function)) {
    HandleScope scope(isolate);
    ICRuntimeOf(isolate);
    jit::EnsureBaselineCode(isolate, Handle<JSFunction>(JSFunction::cast(function), isolate), reason);
  }
  return Value::Undefined();
}

Value Builtin_NativeCompileBaseline(Isolate* isolate, BuiltinArguments args) {
  return CompileNow(isolate, args[0], "%CompileBaseline");
}

// %PrepareFunctionForOptimization(f): as in V8, makes sure f has its
// feedback vector (so its ICs learn from the next call on).
Value Builtin_NativePrepareFunctionForOptimization(Isolate* isolate, BuiltinArguments args) {
  if (IsJSFunction(args[0])) {
    ICRuntimeOf(isolate);
    HandleScope scope(isolate);
    Handle<SharedFunctionInfo> shared(JSFunction::cast(args[0])->shared(), isolate);
    if (shared->HasBytecodeArray() && shared->feedback_vector().IsUndefined()) {
      Handle<FeedbackVector> vector = FeedbackVector::New(isolate, shared);
      shared->set_feedback_vector(vector->ToValue());
    }
  }
  return Value::Undefined();
}

Value Builtin_NativeOptimizeFunctionOnNextCall(Isolate* isolate, BuiltinArguments args) {
  return CompileNow(isolate, args[0], "%OptimizeFunctionOnNextCall");
}

// %GetFeedback(f): one string per feedback slot of f,
// "slot#0 LoadIC 1 (monomorphic)", or undefined before f has feedback.
Value Builtin_NativeGetFeedback(Isolate* isolate, BuiltinArguments args) {
  FeedbackVector* vector = FeedbackVectorOf(args[0]);
  if (vector == nullptr) return Value::Undefined();
  std::vector<std::string> lines;
  for (int slot = 0; slot < vector->slot_count(); slot++) lines.push_back(DescribeSlot(vector, slot));
  Factory* factory = FactoryOf(isolate);
  Handle<JSArray> array = factory->NewJSArray(PACKED_ELEMENTS, 0, static_cast<uint32_t>(lines.size()));
  for (size_t i = 0; i < lines.size(); i++) {
    Handle<Value> line(factory->NewStringFromUtf8(lines[i])->ToValue(), isolate);
    Elements::SetElement(isolate, Handle<JSObject>::cast(array), static_cast<uint32_t>(i), line, NONE);
  }
  return array->ToValue();
}

// %ICState(f, n): the state letter (0 1 P N G, V8's) of the n-th property
// access site of f (loads, stores, keyed, `in`; counted in source order),
// or undefined.
Value Builtin_NativeICState(Isolate* isolate, BuiltinArguments args) {
  FeedbackVector* vector = FeedbackVectorOf(args[0]);
  if (vector == nullptr || !args[1].IsNumber()) return Value::Undefined();
  int wanted = static_cast<int>(args[1].Number());
  int seen = 0;
  for (int slot = 0; slot < vector->slot_count(); slot++) {
    switch (vector->kind(slot)) {
      case FeedbackSlotKind::kLoadIC:
      case FeedbackSlotKind::kKeyedLoadIC:
      case FeedbackSlotKind::kStoreIC:
      case FeedbackSlotKind::kKeyedStoreIC:
      case FeedbackSlotKind::kDefineNamedOwnIC:
      case FeedbackSlotKind::kIn:
        if (seen++ == wanted) {
          return FactoryOf(isolate)->NewStringFromUtf8(ICStateLetter(GetICState(vector, slot)))->ToValue();
        }
        break;
      default:
        break;
    }
  }
  return Value::Undefined();
}

}  // namespace lucid
