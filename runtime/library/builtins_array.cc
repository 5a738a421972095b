// Copyright the Lucid authors. MIT license.
// Array, Array.isArray/of/from and Array.prototype's methods (ECMA-262
// 23.1). Every method is generic (works on array-likes) and treats holes as
// the spec does: HasProperty before Get where the spec says so.

#include <cmath>
#include <vector>

#include "runtime/library/builtins_array.h"
#include "runtime/library/library_util.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/protectors.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

Handle<JSArray> NewArray(Isolate* isolate, uint32_t length = 0) {
  if (length == 0) return F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  uint32_t capacity = length <= 64 * 1024 ? length : 0;
  return F(isolate)->NewJSArray(HOLEY_SMI_ELEMENTS, length, capacity);
}

// The receiver as an object and its length: the first two steps of most
// Array.prototype methods. TypeError "Array.prototype.x called on null or
// undefined" for null/undefined.
bool ThisObjectAndLength(Isolate* isolate, BuiltinArguments args, const char* method,
                         Handle<JSReceiver>* object, double* length) {
  if (args.receiver()->IsNullOrUndefined()) {
    std::string name = std::string("Array.prototype.") + method;
    ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined, {name});
    return false;
  }
  if (!ToObject(isolate, args.receiver()).ToHandle(object)) return false;
  return LengthOfArrayLike(isolate, *object, length);
}

bool SetLength(Isolate* isolate, Handle<JSReceiver> object, double length) {
  return SetNamedOrThrow(isolate, object, "length", handle(Value::FromDouble(length), isolate));
}

bool RequireCallable(Isolate* isolate, Handle<Value> callback) {
  if (IsCallableValue(*callback)) return true;
  ThrowTemplate(isolate, MessageTemplate::kNotAFunction,
                {DescribeForMessage(isolate, *callback)});
  return false;
}

Handle<Value> Num(Isolate* isolate, double d) { return handle(Value::FromDouble(d), isolate); }

// -- Callback iteration: forEach, map, filter, some, every, find*, reduce* ------------------
//
// One resumable loop (runtime/builtins.h "Builtin continuations"): the state
// lives in registers of the builtin's own frame, StartContinuation runs the
// spec's first steps and ResumeContinuation takes each callback's result;
// both go on to the next index and ask for the next call, or finish. The
// interpreter drives it with in-loop calls; Builtin_* below, with C++ calls.

enum class IterationKind { kForEach, kMap, kFilter, kSome, kEvery, kFind, kFindIndex,
                           kFindLast, kFindLastIndex, kReduce, kReduceRight };

IterationKind IterationKindOf(int builtin_id) {
  switch (static_cast<Builtin>(builtin_id)) {
    case Builtin::kLibArrayPrototypeForEach: return IterationKind::kForEach;
    case Builtin::kLibArrayPrototypeMap: return IterationKind::kMap;
    case Builtin::kLibArrayPrototypeFilter: return IterationKind::kFilter;
    case Builtin::kLibArrayPrototypeSome: return IterationKind::kSome;
    case Builtin::kLibArrayPrototypeEvery: return IterationKind::kEvery;
    case Builtin::kLibArrayPrototypeFind: return IterationKind::kFind;
    case Builtin::kLibArrayPrototypeFindIndex: return IterationKind::kFindIndex;
    case Builtin::kLibArrayPrototypeFindLast: return IterationKind::kFindLast;
    case Builtin::kLibArrayPrototypeFindLastIndex: return IterationKind::kFindLastIndex;
    case Builtin::kLibArrayPrototypeReduce: return IterationKind::kReduce;
    default: DCHECK(builtin_id == static_cast<int>(Builtin::kLibArrayPrototypeReduceRight));
             return IterationKind::kReduceRight;
  }
}

const char* IterationName(IterationKind kind) {
  switch (kind) {
    case IterationKind::kForEach: return "forEach";
    case IterationKind::kMap: return "map";
    case IterationKind::kFilter: return "filter";
    case IterationKind::kSome: return "some";
    case IterationKind::kEvery: return "every";
    case IterationKind::kFind: return "find";
    case IterationKind::kFindIndex: return "findIndex";
    case IterationKind::kFindLast: return "findLast";
    case IterationKind::kFindLastIndex: return "findLastIndex";
    case IterationKind::kReduce: return "reduce";
    case IterationKind::kReduceRight: return "reduceRight";
  }
  return "";
}

bool IsReduce(IterationKind kind) {
  return kind == IterationKind::kReduce || kind == IterationKind::kReduceRight;
}
bool FromEnd(IterationKind kind) {
  return kind == IterationKind::kFindLast || kind == IterationKind::kFindLastIndex ||
         kind == IterationKind::kReduceRight;
}
// The find family visits holes (as undefined); the others skip them.
bool VisitsHoles(IterationKind kind) {
  return kind == IterationKind::kFind || kind == IterationKind::kFindIndex ||
         kind == IterationKind::kFindLast || kind == IterationKind::kFindLastIndex;
}

// OPTIMIZATION: HasProperty + Get of index {k} on a simple fast array
// (Elements::IsSimpleFastArray: nothing on its prototype chain has
// elements) is a look at its backing store. 1: present (*value set), 0:
// absent, -1: not a simple fast array with an int32 length, use the generic
// path. Checked at every index: a callback may change the array.
// The shape check of FastElementLookup, out of line: whether {object} is
// a simple fast array now; remembers its shape in {checked_shape} if so.
bool RecheckSimpleFastArray(Isolate* isolate, const JSReceiver* object, Value* checked_shape) {
  if (!object->IsJSArray() || !Elements::IsSimpleFastArray(isolate, static_cast<const JSObject*>(object))) {
    *checked_shape = Value::Undefined();
    return false;
  }
  *checked_shape = object->shape_value();
  return true;
}

LUCID_ALWAYS_INLINE int FastElementLookup(Isolate* isolate, const JSReceiver* object, int32_t k, Value* value,
                                          Value* checked_shape) {
  // The answer of IsSimpleFastArray depends on the array's shape and the
  // prototypes' elements: while the shape is the one last checked (a frame
  // slot keeps it alive, so its address cannot be reused) and the
  // no-elements protector holds, it has not changed.
  if (LUCID_UNLIKELY(object->shape_value() != *checked_shape ||
                     !static_cast<Cell*>(isolate->roots().no_elements_protector().heap_object())->IsValid()) &&
      !RecheckSimpleFastArray(isolate, object, checked_shape)) {
    return -1;
  }
  const JSArray* array = static_cast<const JSArray*>(object);
  Value length = array->length_value();
  if (!length.IsInt32()) return -1;
  if (k >= length.AsInt32()) return 0;
  FixedArray* store = static_cast<FixedArray*>(array->elements().heap_object());
  if (k >= store->length()) return 0;
  Value v = store->get(k);
  if (v.IsTheHole()) return 0;
  *value = v;
  return 1;
}

// The loop's state: registers of the builtin's frame (GC roots, updated in
// place, so a Handle may sit on them).
enum IterationSlot : int {
  kObjectSlot = 0,  // ToObject(this)
  kLengthSlot,      // LengthOfArrayLike, a Number
  kStepSlot,        // n, the step in flight (the index is n, or length-1-n from the end)
  kResultSlot,      // map/filter: the result array; reduce: the accumulator
  kToSlot,          // filter: the next index of the result
  kShapeSlot,       // FastElementLookup's checked shape
  kValueSlot,       // the element in flight (filter and find keep it)
  kIterationSlots
};
static_assert(kIterationSlots == kBuiltinContinuationSlots);

Value& Slot(Value* fp, IterationSlot slot) { return Frame(fp).reg(slot); }

IterationKind FrameIterationKind(Value* fp) {
  return IterationKindOf(JSFunction::cast(Frame(fp).closure())->shared()->builtin_id());
}

double IndexOfStep(IterationKind kind, double length, double n) {
  return FromEnd(kind) ? length - 1 - n : n;
}

// Fills {call} with the callback for the element {value} at {index} (step
// {n}). Nothing allocates from here to the call.
LUCID_ALWAYS_INLINE ContinuationAction AskForCall(Value* fp, IterationKind kind, Value step, Value index,
                                                  Value value, ContinuationCall* call) {
  Slot(fp, kStepSlot) = step;
  Slot(fp, kValueSlot) = value;
  BuiltinArguments args(fp);
  call->target = args[0];
  if (IsReduce(kind)) {
    call->receiver = Value::Undefined();
    call->argc = 4;
    call->set_arg(0, Slot(fp, kResultSlot));
    call->set_arg(1, value);
    call->set_arg(2, index);
    call->set_arg(3, Slot(fp, kObjectSlot));
  } else {
    call->receiver = args[1];
    call->argc = 3;
    call->set_arg(0, value);
    call->set_arg(1, index);
    call->set_arg(2, Slot(fp, kObjectSlot));
  }
  return ContinuationAction::kCall;
}

// The result once every step is done.
Value IterationResult(Value* fp, IterationKind kind) {
  switch (kind) {
    case IterationKind::kMap:
    case IterationKind::kFilter:
    case IterationKind::kReduce:
    case IterationKind::kReduceRight: return Slot(fp, kResultSlot);
    case IterationKind::kSome: return Value::False();
    case IterationKind::kEvery: return Value::True();
    case IterationKind::kFindIndex:
    case IterationKind::kFindLastIndex: return Value::FromInt32(-1);
    default: return Value::Undefined();
  }
}

// NextStep's loop for the steps FastElementLookup does not serve: any
// array-like, Number steps.
LUCID_NOINLINE ContinuationAction NextStepGeneric(Isolate* isolate, Value* fp, IterationKind kind,
                                                  ContinuationCall* call, Value* out) {
  double length = Slot(fp, kLengthSlot).Number();
  for (double n = Slot(fp, kStepSlot).Number(); n < length; n++) {
    HandleScope scope(isolate);
    double k = IndexOfStep(kind, length, n);
    Handle<JSReceiver> object(&Slot(fp, kObjectSlot));
    PropertyKey key = KeyForIndex(isolate, k);
    if (!VisitsHoles(kind)) {
      int has = HasPropertyValue(isolate, object, key);
      if (has < 0) return ContinuationAction::kThrow;
      if (has == 0) continue;
    }
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&value)) return ContinuationAction::kThrow;
    // undefined for an absent index
    return AskForCall(fp, kind, Value::FromDouble(n), Value::FromDouble(k), *value, call);
  }
  *out = IterationResult(fp, kind);
  return ContinuationAction::kReturn;
}

// From step {kStepSlot} on: the next index to visit asks for its callback
// (kCall), or the loop is done (kReturn).
LUCID_ALWAYS_INLINE ContinuationAction NextStep(Isolate* isolate, Value* fp, IterationKind kind,
                                                ContinuationCall* call, Value* out) {
  // OPTIMIZATION: int32 steps over the elements of a simple fast array; the
  // first step that needs more goes on in the generic loop.
  Value length = Slot(fp, kLengthSlot);
  Value step = Slot(fp, kStepSlot);
  if (LUCID_LIKELY(length.IsInt32() && step.IsInt32())) {
    int32_t n = step.AsInt32();
    for (; n < length.AsInt32(); n++) {
      int32_t k = FromEnd(kind) ? length.AsInt32() - 1 - n : n;
      Value value = Value::Undefined();
      int state = FastElementLookup(isolate, JSReceiver::cast(Slot(fp, kObjectSlot)), k, &value,
                                    &Slot(fp, kShapeSlot));
      if (state < 0) break;
      if (state == 0 && !VisitsHoles(kind)) continue;
      return AskForCall(fp, kind, Value::FromInt32(n), Value::FromInt32(k), value, call);
    }
    if (n >= length.AsInt32()) {
      *out = IterationResult(fp, kind);
      return ContinuationAction::kReturn;
    }
    Slot(fp, kStepSlot) = Value::FromInt32(n);
  }
  return NextStepGeneric(isolate, fp, kind, call, out);
}

// Spec: reduce's initial value without one passed: the first present
// element (TypeError if none), and the step after it.
bool FindInitialAccumulator(Isolate* isolate, Value* fp, IterationKind kind) {
  Handle<JSReceiver> object(&Slot(fp, kObjectSlot));
  double length = Slot(fp, kLengthSlot).Number();
  for (double n = 0; n < length; n++) {
    HandleScope scope(isolate);
    PropertyKey key = KeyForIndex(isolate, IndexOfStep(kind, length, n));
    int has = HasPropertyValue(isolate, object, key);
    if (has < 0) return false;
    if (has == 0) continue;
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&value)) return false;
    Slot(fp, kResultSlot) = *value;
    Slot(fp, kStepSlot) = Value::FromDouble(n + 1);
    return true;
  }
  ThrowTemplate(isolate, MessageTemplate::kReduceNoInitial);
  return false;
}

// map's result for the step in flight, stored the spec's way.
LUCID_NOINLINE bool StoreMapResult(Isolate* isolate, Value* fp, Value result) {
  HandleScope scope(isolate);
  Handle<Value> value = handle(result, isolate);
  double k = IndexOfStep(IterationKind::kMap, Slot(fp, kLengthSlot).Number(), Slot(fp, kStepSlot).Number());
  return CreateDataPropertyOrThrow(isolate, Handle<JSReceiver>(&Slot(fp, kResultSlot)), KeyForIndex(isolate, k),
                                   value);
}

// filter's kept element, appended the spec's way.
LUCID_NOINLINE bool AppendFilterResult(Isolate* isolate, Value* fp) {
  HandleScope scope(isolate);
  double to = Slot(fp, kToSlot).Number();
  Slot(fp, kToSlot) = Value::FromDouble(to + 1);
  return CreateDataElementOrThrow(isolate, Handle<JSReceiver>(&Slot(fp, kResultSlot)), to,
                                  Handle<Value>(&Slot(fp, kValueSlot)));
}

// Calls {callback} with raw arguments (arg i at args[-i]): nothing may
// allocate between reading them and this call (InvokeFunction puts them on
// the JS stack first). As Execution::Call, no JS starts while a
// termination unwinds.
Value CallWithRawArguments(Isolate* isolate, Value callback, Value receiver, int argc, const Value* args) {
  if (IsTerminationException(isolate)) {
    isolate->Throw(Value::Undefined());
    return Value::Exception();
  }
  return InvokeFunction(isolate, callback, receiver, Value::Undefined(), argc, args, -1);
}

// The builtins called from C++: the same loop, a C++ call per callback.
Value RunIteration(Isolate* isolate, BuiltinArguments args) {
  ContinuationCall call;
  Value out = Value::Undefined();
  ContinuationAction action = StartContinuation(isolate, args.fp(), &call, &out);
  while (action == ContinuationAction::kCall) {
    Value result = CallWithRawArguments(isolate, call.target, call.receiver, call.argc, call.args());
    if (result.IsException()) return result;
    action = ResumeContinuation(isolate, args.fp(), result, &call, &out);
  }
  return action == ContinuationAction::kReturn ? out : Value::Exception();
}

}  // namespace

// Spec: the shared shape of forEach / map / filter / some / every / find* /
// reduce*: 1. Let O be ? ToObject(this value). 2. Let len be ?
// LengthOfArrayLike(O). 3. If IsCallable(callbackfn) is false, throw a
// TypeError. Then visit each index (present ones only, except the find
// family) in order.
ContinuationAction StartContinuation(Isolate* isolate, Value* fp, ContinuationCall* call, Value* out) {
  HandleScope scope(isolate);
  IterationKind kind = FrameIterationKind(fp);
  BuiltinArguments args(fp);
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, IterationName(kind), &object, &length)) {
    return ContinuationAction::kThrow;
  }
  if (!RequireCallable(isolate, args.at(0))) return ContinuationAction::kThrow;
  Slot(fp, kObjectSlot) = object->ToValue();
  Slot(fp, kLengthSlot) = Value::FromDouble(length);
  Slot(fp, kStepSlot) = Value::FromInt32(0);
  Slot(fp, kToSlot) = Value::FromInt32(0);
  if (kind == IterationKind::kMap) {
    if (length > 4294967295.0) {
      ThrowTemplate(isolate, MessageTemplate::kInvalidArrayLength);
      return ContinuationAction::kThrow;
    }
    Slot(fp, kResultSlot) = NewArray(isolate, static_cast<uint32_t>(length))->ToValue();
  } else if (kind == IterationKind::kFilter) {
    Slot(fp, kResultSlot) = NewArray(isolate)->ToValue();
  } else if (IsReduce(kind)) {
    if (args.length() >= 2) {
      Slot(fp, kResultSlot) = args[1];
    } else if (!FindInitialAccumulator(isolate, fp, kind)) {
      return ContinuationAction::kThrow;
    }
  }
  return NextStep(isolate, fp, kind, call, out);
}

ContinuationAction ResumeContinuation(Isolate* isolate, Value* fp, Value result, ContinuationCall* call,
                                      Value* out) {
  IterationKind kind = FrameIterationKind(fp);
  Value step = Slot(fp, kStepSlot);
  switch (kind) {
    case IterationKind::kForEach: break;
    case IterationKind::kMap:
      // OPTIMIZATION: the result is a fresh array (no species): most
      // results are stored straight into its elements.
      if (step.IsInt32() &&
          Elements::TryDefineFastElement(JSArray::cast(Slot(fp, kResultSlot)), step.AsInt32(), result)) {
        break;
      }
      if (!StoreMapResult(isolate, fp, result)) return ContinuationAction::kThrow;
      break;
    case IterationKind::kFilter: {
      if (!ToBooleanValue(result)) break;
      Value to = Slot(fp, kToSlot);
      if (to.IsInt32() && to.AsInt32() < INT32_MAX &&
          Elements::TryDefineFastElement(JSArray::cast(Slot(fp, kResultSlot)), to.AsInt32(), Slot(fp, kValueSlot))) {
        Slot(fp, kToSlot) = Value::FromInt32(to.AsInt32() + 1);
        break;
      }
      if (!AppendFilterResult(isolate, fp)) return ContinuationAction::kThrow;
      break;
    }
    case IterationKind::kSome:
      if (!ToBooleanValue(result)) break;
      *out = Value::True();
      return ContinuationAction::kReturn;
    case IterationKind::kEvery:
      if (ToBooleanValue(result)) break;
      *out = Value::False();
      return ContinuationAction::kReturn;
    case IterationKind::kFind:
    case IterationKind::kFindLast:
      if (!ToBooleanValue(result)) break;
      *out = Slot(fp, kValueSlot);
      return ContinuationAction::kReturn;
    case IterationKind::kFindIndex:
    case IterationKind::kFindLastIndex:
      if (!ToBooleanValue(result)) break;
      *out = Value::FromDouble(IndexOfStep(kind, Slot(fp, kLengthSlot).Number(), step.Number()));
      return ContinuationAction::kReturn;
    case IterationKind::kReduce:
    case IterationKind::kReduceRight:
      Slot(fp, kResultSlot) = result;
      break;
  }
  Slot(fp, kStepSlot) = step.IsInt32() && step.AsInt32() < INT32_MAX ? Value::FromInt32(step.AsInt32() + 1)
                                                                   : Value::FromDouble(step.Number() + 1);
  return NextStep(isolate, fp, kind, call, out);
}

namespace {

// -- join ----------------------------------------------------------------------------

// NOTE: the arrays whose join is in progress, so a cyclic array joins as ""
// where it recurs (V8's join stack). The slots are global handles, updated
// by the GC; the list is per thread because an isolate runs on one thread
// at a time and a join cannot span threads.
thread_local std::vector<Value*> join_stack;

struct JoinStackEntry {
  JoinStackEntry(Isolate* isolate, Value object) : isolate_(isolate) {
    slot_ = GlobalHandlesOf(isolate)->Create(object);
    join_stack.push_back(slot_);
  }
  ~JoinStackEntry() {
    join_stack.pop_back();
    GlobalHandlesOf(isolate_)->Destroy(slot_);
  }
  Isolate* isolate_;
  Value* slot_;
};

Value Join(Isolate* isolate, Handle<JSReceiver> object, double length, Handle<Value> separator) {
  for (Value* slot : join_stack) {
    if (*slot == object.value()) return isolate->roots().empty_string();
  }
  if (isolate->NativeStackOverflow()) return ThrowTemplate(isolate, MessageTemplate::kStackOverflow);
  std::u16string sep = u",";
  if (!separator->IsUndefined()) {
    Handle<String> s;
    if (!ToString(isolate, separator).ToHandle(&s)) return Value::Exception();
    sep = ToU16(s);
  }
  JoinStackEntry entry(isolate, object.value());
  std::u16string result;
  for (double k = 0; k < length; k++) {
    HandleScope scope(isolate);
    if (k > 0) result += sep;
    Handle<Value> element;
    if (!GetElement(isolate, object, k).ToHandle(&element)) return Value::Exception();
    if (element->IsNullOrUndefined()) continue;
    Handle<String> s;
    if (!ToString(isolate, element).ToHandle(&s)) return Value::Exception();
    result += ToU16(s);
    if (result.size() > static_cast<size_t>(String::kMaxLength)) {
      return ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
    }
  }
  return NewString(isolate, result).value();
}

// -- sort ----------------------------------------------------------------------------

// Spec: SortCompare(x, y) with {comparator} (undefined = string order).
// Returns false on exception; *less_or_equal says x may stay before y.
bool SortCompare(Isolate* isolate, Handle<Value> comparator, Handle<Value> x, Handle<Value> y,
                 double* out) {
  HandleScope scope(isolate);
  if (!comparator->IsUndefined()) {
    Handle<Value> undefined = handle(Value::Undefined(), isolate);
    Handle<Value> result;
    if (!Call(isolate, comparator, undefined, {x, y}).ToHandle(&result)) return false;
    double d;
    if (!ToNumber(isolate, result, &d)) return false;
    *out = std::isnan(d) ? 0 : d;
    return true;
  }
  Handle<String> xs, ys;
  if (!ToString(isolate, x).ToHandle(&xs)) return false;
  if (!ToString(isolate, y).ToHandle(&ys)) return false;
  *out = String::Compare(*xs, *ys);
  return true;
}

// A stable bottom-up merge sort of values[0, count) with {scratch} as the
// buffer. Both are heap arrays held by handles: the comparator may run any
// JS (and GC) between two reads. An inconsistent comparator only yields
// some order; every index stays in bounds.
bool MergeSort(Isolate* isolate, Handle<FixedArray> values, Handle<FixedArray> scratch, int count,
               Handle<Value> comparator) {
  Handle<Value> x = handle(Value::Undefined(), isolate);
  Handle<Value> y = handle(Value::Undefined(), isolate);
  Handle<FixedArray> from = values;
  Handle<FixedArray> to = scratch;
  for (int width = 1; width < count; width *= 2) {
    for (int left = 0; left < count; left += 2 * width) {
      int mid = std::min(left + width, count);
      int right = std::min(left + 2 * width, count);
      int i = left, j = mid, k = left;
      while (i < mid && j < right) {
        x.Patch(from->get(i));
        y.Patch(from->get(j));
        double order;
        if (!SortCompare(isolate, comparator, x, y, &order)) return false;
        if (order <= 0) {
          to->set(k++, from->get(i++));
        } else {
          to->set(k++, from->get(j++));
        }
      }
      while (i < mid) to->set(k++, from->get(i++));
      while (j < right) to->set(k++, from->get(j++));
    }
    std::swap(from, to);
  }
  if (*from != *values) values->CopyElements(0, *from, 0, count);
  return true;
}

// -- Iteration protocol (Array.from) ------------------------------------------------------

bool CollectIterable(Isolate* isolate, Handle<Value> items, Handle<Value> method,
                     Handle<JSReceiver> result, Handle<Value> mapper, Handle<Value> this_arg) {
  Handle<Value> iterator;
  if (!Call(isolate, method, items, {}).ToHandle(&iterator)) return false;
  if (!lucid::IsJSReceiver(*iterator)) {
    ThrowTemplate(isolate, MessageTemplate::kIteratorNotObject);
    return false;
  }
  Handle<Value> next;
  if (!GetProperty(isolate, iterator, "next").ToHandle(&next)) return false;
  for (double k = 0;; k++) {
    HandleScope scope(isolate);
    Handle<Value> step;
    if (!Call(isolate, next, iterator, {}).ToHandle(&step)) return false;
    if (!lucid::IsJSReceiver(*step)) {
      ThrowTemplate(isolate, MessageTemplate::kIteratorResultNotAnObject,
                    {DescribeForMessage(isolate, *step)});
      return false;
    }
    Handle<Value> done, value;
    if (!GetProperty(isolate, step, "done").ToHandle(&done)) return false;
    if (ToBooleanValue(*done)) return SetLength(isolate, result, k);
    if (!GetProperty(isolate, step, "value").ToHandle(&value)) return false;
    if (!mapper->IsUndefined()) {
      if (!Call(isolate, mapper, this_arg, {value, Num(isolate, k)}).ToHandle(&value)) {
        // NOTE: the spec closes the iterator here (IteratorClose).
        return false;
      }
    }
    if (!CreateDataElementOrThrow(isolate, result, k, value)) return false;
  }
}

// Spec: FlattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg).
bool FlattenIntoArray(Isolate* isolate, Handle<JSReceiver> target, Handle<JSReceiver> source,
                      double source_length, double* target_index, double depth,
                      Handle<Value> mapper, Handle<Value> this_arg) {
  if (isolate->NativeStackOverflow()) {
    ThrowTemplate(isolate, MessageTemplate::kStackOverflow);
    return false;
  }
  for (double k = 0; k < source_length; k++) {
    HandleScope scope(isolate);
    PropertyKey key = KeyForIndex(isolate, k);
    int has = HasPropertyValue(isolate, source, key);
    if (has < 0) return false;
    if (has == 0) continue;
    Handle<Value> element;
    if (!JSReceiver::GetProperty(isolate, source, key).ToHandle(&element)) return false;
    if (!mapper->IsUndefined()) {
      if (!Call(isolate, mapper, this_arg, {element, Num(isolate, k), source}).ToHandle(&element)) {
        return false;
      }
    }
    if (depth > 0 && IsArrayValue(*element)) {
      Handle<JSReceiver> inner = Handle<JSReceiver>::cast(element);
      double inner_length;
      if (!LengthOfArrayLike(isolate, inner, &inner_length)) return false;
      if (!FlattenIntoArray(isolate, target, inner, inner_length, target_index, depth - 1,
                            handle(Value::Undefined(), isolate), this_arg)) {
        return false;
      }
      continue;
    }
    if (*target_index >= kMaxSafeInteger) {
      ThrowTypeError(isolate, "Flattened array is too long");
      return false;
    }
    if (!CreateDataElementOrThrow(isolate, target, (*target_index)++, element)) return false;
  }
  return true;
}

}  // namespace

// -- Constructor and statics ------------------------------------------------------------

// Spec: Array(...values) (23.1.1.1).
Value Builtin_LibArrayConstructor(Isolate* isolate, BuiltinArguments args) {
  Handle<JSArray> array;
  if (args.length() == 1 && args.at(0)->IsNumber()) {
    // Spec: 5.c. If SameValueZero(intLen, len) is false, throw a RangeError.
    double length = args[0].Number();
    if (!(length >= 0 && length <= 4294967295.0) || length != std::floor(length)) {
      return ThrowTemplate(isolate, MessageTemplate::kInvalidArrayLength);
    }
    array = NewArray(isolate, static_cast<uint32_t>(length));
  } else {
    array = NewArray(isolate);
    for (int i = 0; i < args.length(); i++) {
      if (!CreateDataElementOrThrow(isolate, array, i, args.at(i))) return Value::Exception();
    }
  }
  // Spec: GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
  Handle<Value> new_target = args.new_target();
  if (lucid::IsJSReceiver(*new_target) && *new_target != *args.target()) {
    Handle<Value> proto;
    if (!GetProperty(isolate, new_target, "prototype").ToHandle(&proto)) return Value::Exception();
    if (lucid::IsJSReceiver(*proto)) JSReceiver::SetPrototype(isolate, array, proto);
  }
  return array->ToValue();
}

Value Builtin_LibArrayIsArray(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  return Value::FromBool(IsArrayValue(args[0]));
}

// Spec: Array.of / Array.from step "If IsConstructor(C), let A be ?
// Construct(C, « len »); else ArrayCreate(len)": subclasses (`class L
// extends Array`, L.from(...)) get instances of themselves. {length} < 0
// means no argument.
bool CreateFromConstructor(Isolate* isolate, Handle<Value> constructor, double length,
                           Handle<JSReceiver>* out) {
  Value array_function = *Intrinsic(isolate, NativeContext::k_array_function);
  if (!IsConstructorValue(*constructor) || *constructor == array_function) {
    *out = NewArray(isolate);
    return true;
  }
  Handle<Value> length_value = Num(isolate, length);
  Handle<Value> result;
  if (!Execution::Construct(isolate, constructor, length < 0 ? 0 : 1, &length_value, constructor)
           .ToHandle(&result)) {
    return false;
  }
  if (!lucid::IsJSReceiver(*result)) {
    ThrowTypeError(isolate, "object is not a constructor result");
    return false;
  }
  *out = Handle<JSReceiver>::cast(result);
  return true;
}

// Spec: Array.of(...items).
Value Builtin_LibArrayOf(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> array;
  if (!CreateFromConstructor(isolate, args.receiver(), args.length(), &array)) return Value::Exception();
  for (int i = 0; i < args.length(); i++) {
    if (!CreateDataElementOrThrow(isolate, array, i, args.at(i))) return Value::Exception();
  }
  if (!SetLength(isolate, array, args.length())) return Value::Exception();
  return array->ToValue();
}

// Spec: Array.from(items, mapfn, thisArg).
Value Builtin_LibArrayFrom(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> items = args.at(0);
  Handle<Value> mapper = args.at(1);
  Handle<Value> this_arg = args.at(2);
  if (!mapper->IsUndefined() && !RequireCallable(isolate, mapper)) return Value::Exception();
  if (items->IsNullOrUndefined()) {
    // V8: "object null is not iterable (cannot read property Symbol(Symbol.iterator))".
    std::string what = items->IsNull() ? "object null" : "undefined";
    return ThrowTypeError(isolate,
                          what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  PropertyKey iterator_key =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_iterator_symbol)));
  Handle<Value> method;
  if (!GetProperty(isolate, items, iterator_key).ToHandle(&method)) return Value::Exception();
  Handle<JSReceiver> result;
  if (!method->IsNullOrUndefined()) {
    if (!RequireCallable(isolate, method)) return Value::Exception();
    if (!CreateFromConstructor(isolate, args.receiver(), -1, &result)) return Value::Exception();
    if (!CollectIterable(isolate, items, method, result, mapper, this_arg)) {
      return Value::Exception();
    }
    return result->ToValue();
  }
  // Spec: 8. NOTE: items is not an Iterable so assume it is an array-like.
  Handle<JSReceiver> array_like;
  if (!ToObject(isolate, items).ToHandle(&array_like)) return Value::Exception();
  double length;
  if (!LengthOfArrayLike(isolate, array_like, &length)) return Value::Exception();
  if (!CreateFromConstructor(isolate, args.receiver(), length, &result)) return Value::Exception();
  for (double k = 0; k < length; k++) {
    HandleScope scope(isolate);
    Handle<Value> value;
    if (!GetElement(isolate, array_like, k).ToHandle(&value)) return Value::Exception();
    if (!mapper->IsUndefined()) {
      if (!Call(isolate, mapper, this_arg, {value, Num(isolate, k)}).ToHandle(&value)) {
        return Value::Exception();
      }
    }
    if (!CreateDataElementOrThrow(isolate, result, k, value)) return Value::Exception();
  }
  if (!SetLength(isolate, result, length)) return Value::Exception();
  return result->ToValue();
}

// -- Mutators ----------------------------------------------------------------------------

// Spec: Array.prototype.push(...items).
// Array.prototype.push's frameless case: a fast array whose prototype is
// the initial Array.prototype with no elements anywhere on the chain (the
// NoElements protector), extensible with a writable length, whose store has
// room for every argument and whose kind already admits each of them.
bool TryFastArrayPush(Isolate* isolate, Value receiver, int argc, const Value* args, int stride, Value* out) {
  if (!IsJSArray(receiver) || argc == 0) return false;
  JSArray* array = JSArray::cast(receiver);
  Shape* shape = array->shape();
  ElementsKind kind = shape->elements_kind();
  if (!IsFastElementsKind(kind) || !shape->is_extensible() ||
      (shape->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0) {
    return false;
  }
  NativeContext* context = NativeContext::cast(isolate->roots().native_context());
  if (shape->prototype() != context->array_prototype() || !Protectors::IsNoElementsIntact(isolate)) return false;
  Value length_value = array->length_value();
  if (!length_value.IsInt32()) return false;
  int32_t length = length_value.AsInt32();
  FixedArray* store = FixedArray::cast(array->elements());
  if (argc > store->length() - length) return false;
  for (int i = 0; i < argc; i++) {
    if (GeneralizeElementsKind(kind, Elements::KindForValue(args[i * stride])) != kind) return false;
  }
  for (int i = 0; i < argc; i++) store->set(length + i, args[i * stride]);
  array->set_length(static_cast<uint32_t>(length + argc));
  *out = Value::FromInt32(length + argc);
  return true;
}

Value Builtin_LibArrayPrototypePush(Isolate* isolate, BuiltinArguments args) {
  // OPTIMIZATION: appending to a simple fast array (no elements on its
  // prototype chain, length writable) is a direct element store.
  if (IsJSArray(*args.receiver()) &&
      Elements::IsSimpleFastArray(isolate, JSObject::cast(*args.receiver()))) {
    Handle<JSObject> array = Handle<JSObject>::cast(args.receiver());
    uint32_t length = JSArray::cast(array->ToValue())->length();
    if (static_cast<double>(length) + args.length() < JSArray::kMaxFastArrayLength) {
      for (int i = 0; i < args.length(); i++) Elements::SetElement(isolate, array, length++, args.at(i), NONE);
      return Value::FromUint32(length);
    }
  }
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "push", &object, &length)) return Value::Exception();
  // Spec: 4. If len + argCount > 2^53 - 1, throw a TypeError.
  if (length + args.length() > kMaxSafeInteger) {
    return ThrowTypeError(isolate, "Pushing " + std::to_string(args.length()) +
                                       " elements on an array-like of length " +
                                       NumberToAscii(length) +
                                       " is disallowed, as the total surpasses 2**53-1");
  }
  for (int i = 0; i < args.length(); i++) {
    if (!SetElementOrThrow(isolate, object, length++, args.at(i))) return Value::Exception();
  }
  if (!SetLength(isolate, object, length)) return Value::Exception();
  return Value::FromDouble(length);
}

// Spec: Array.prototype.pop().
Value Builtin_LibArrayPrototypePop(Isolate* isolate, BuiltinArguments args) {
  // OPTIMIZATION: the last element of a simple fast array, if not a hole.
  if (IsJSArray(*args.receiver()) &&
      Elements::IsSimpleFastArray(isolate, JSObject::cast(*args.receiver()))) {
    JSArray* array = JSArray::cast(*args.receiver());
    uint32_t length = array->length();
    FixedArray* store = FixedArray::cast(array->elements());
    if (length > 0 && length <= static_cast<uint32_t>(store->length())) {
      Value last = store->get(static_cast<int>(length - 1));
      if (!last.IsTheHole()) {
        store->set(static_cast<int>(length - 1), Value::TheHole(), SKIP_WRITE_BARRIER);
        array->set_length(length - 1);
        return last;
      }
    }
  }
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "pop", &object, &length)) return Value::Exception();
  if (length == 0) {
    if (!SetLength(isolate, object, 0)) return Value::Exception();
    return Value::Undefined();
  }
  PropertyKey key = KeyForIndex(isolate, length - 1);
  Handle<Value> element;
  if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&element)) return Value::Exception();
  if (!DeletePropertyOrThrow(isolate, object, key)) return Value::Exception();
  if (!SetLength(isolate, object, length - 1)) return Value::Exception();
  return *element;
}

// Moves [from, from + count) to [to, to + count), keeping holes (the loop
// of shift/unshift/splice). Copies upward from the end when to > from.
static bool MoveElements(Isolate* isolate, Handle<JSReceiver> object, double from, double to,
                  double count) {
  for (double n = 0; n < count; n++) {
    HandleScope scope(isolate);
    double offset = to > from ? count - 1 - n : n;
    PropertyKey from_key = KeyForIndex(isolate, from + offset);
    PropertyKey to_key = KeyForIndex(isolate, to + offset);
    int has = HasPropertyValue(isolate, object, from_key);
    if (has < 0) return false;
    if (has == 1) {
      Handle<Value> value;
      if (!JSReceiver::GetProperty(isolate, object, from_key).ToHandle(&value)) return false;
      if (!SetPropertyOrThrow(isolate, object, to_key, value)) return false;
    } else if (!DeletePropertyOrThrow(isolate, object, to_key)) {
      return false;
    }
  }
  return true;
}

static bool DeleteRange(Isolate* isolate, Handle<JSReceiver> object, double from, double to) {
  for (double k = to; k > from; k--) {
    HandleScope scope(isolate);
    if (!DeletePropertyOrThrow(isolate, object, KeyForIndex(isolate, k - 1))) return false;
  }
  return true;
}

// Spec: Array.prototype.shift().
Value Builtin_LibArrayPrototypeShift(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "shift", &object, &length)) return Value::Exception();
  if (length == 0) {
    if (!SetLength(isolate, object, 0)) return Value::Exception();
    return Value::Undefined();
  }
  Handle<Value> first;
  if (!GetElement(isolate, object, 0).ToHandle(&first)) return Value::Exception();
  if (!MoveElements(isolate, object, 1, 0, length - 1)) return Value::Exception();
  if (!DeletePropertyOrThrow(isolate, object, KeyForIndex(isolate, length - 1))) {
    return Value::Exception();
  }
  if (!SetLength(isolate, object, length - 1)) return Value::Exception();
  return *first;
}

// Spec: Array.prototype.unshift(...items).
Value Builtin_LibArrayPrototypeUnshift(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "unshift", &object, &length)) return Value::Exception();
  int count = args.length();
  if (count > 0) {
    if (length + count > kMaxSafeInteger) {
      return ThrowTypeError(isolate, "Invalid array length");
    }
    if (!MoveElements(isolate, object, 0, count, length)) return Value::Exception();
    for (int j = 0; j < count; j++) {
      if (!SetElementOrThrow(isolate, object, j, args.at(j))) return Value::Exception();
    }
  }
  if (!SetLength(isolate, object, length + count)) return Value::Exception();
  return Value::FromDouble(length + count);
}

// Spec: Array.prototype.slice(start, end).
Value Builtin_LibArrayPrototypeSlice(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "slice", &object, &length)) return Value::Exception();
  double k, final;
  if (!RelativeIndex(isolate, args.at(0), length, 0, &k)) return Value::Exception();
  if (!RelativeIndex(isolate, args.at(1), length, length, &final)) return Value::Exception();
  Handle<JSArray> result = NewArray(isolate);
  double n = 0;
  for (; k < final; k++, n++) {
    HandleScope scope(isolate);
    PropertyKey key = KeyForIndex(isolate, k);
    int has = HasPropertyValue(isolate, object, key);
    if (has < 0) return Value::Exception();
    if (has == 0) continue;
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&value)) return Value::Exception();
    if (!CreateDataElementOrThrow(isolate, result, n, value)) return Value::Exception();
  }
  if (!SetLength(isolate, result, n)) return Value::Exception();
  return result->ToValue();
}

// Spec: Array.prototype.splice(start, deleteCount, ...items).
Value Builtin_LibArrayPrototypeSplice(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "splice", &object, &length)) return Value::Exception();
  double start;
  if (!RelativeIndex(isolate, args.at(0), length, 0, &start)) return Value::Exception();
  int item_count = std::max(args.length() - 2, 0);
  double delete_count;
  if (args.length() == 0) {
    delete_count = 0;
  } else if (args.length() == 1) {
    delete_count = length - start;
  } else {
    double dc;
    if (!ToIntegerOrInfinity(isolate, args.at(1), &dc)) return Value::Exception();
    delete_count = std::min(std::max(dc, 0.0), length - start);
  }
  if (length + item_count - delete_count > kMaxSafeInteger) {
    return ThrowTypeError(isolate, "Invalid array length");
  }
  Handle<JSArray> removed = NewArray(isolate);
  for (double k = 0; k < delete_count; k++) {
    HandleScope scope(isolate);
    PropertyKey key = KeyForIndex(isolate, start + k);
    int has = HasPropertyValue(isolate, object, key);
    if (has < 0) return Value::Exception();
    if (has == 0) continue;
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&value)) return Value::Exception();
    if (!CreateDataElementOrThrow(isolate, removed, k, value)) return Value::Exception();
  }
  if (!SetLength(isolate, removed, delete_count)) return Value::Exception();
  double tail = length - start - delete_count;
  if (item_count < delete_count) {
    if (!MoveElements(isolate, object, start + delete_count, start + item_count, tail)) {
      return Value::Exception();
    }
    if (!DeleteRange(isolate, object, length - delete_count + item_count, length)) {
      return Value::Exception();
    }
  } else if (item_count > delete_count) {
    if (!MoveElements(isolate, object, start + delete_count, start + item_count, tail)) {
      return Value::Exception();
    }
  }
  for (int i = 0; i < item_count; i++) {
    if (!SetElementOrThrow(isolate, object, start + i, args.at(i + 2))) return Value::Exception();
  }
  if (!SetLength(isolate, object, length - delete_count + item_count)) return Value::Exception();
  return removed->ToValue();
}

// Spec: Array.prototype.reverse().
Value Builtin_LibArrayPrototypeReverse(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "reverse", &object, &length)) return Value::Exception();
  double middle = std::floor(length / 2);
  for (double lower = 0; lower < middle; lower++) {
    HandleScope scope(isolate);
    double upper = length - lower - 1;
    PropertyKey lower_key = KeyForIndex(isolate, lower);
    PropertyKey upper_key = KeyForIndex(isolate, upper);
    int lower_exists = HasPropertyValue(isolate, object, lower_key);
    if (lower_exists < 0) return Value::Exception();
    Handle<Value> lower_value, upper_value;
    if (lower_exists == 1 &&
        !JSReceiver::GetProperty(isolate, object, lower_key).ToHandle(&lower_value)) {
      return Value::Exception();
    }
    int upper_exists = HasPropertyValue(isolate, object, upper_key);
    if (upper_exists < 0) return Value::Exception();
    if (upper_exists == 1 &&
        !JSReceiver::GetProperty(isolate, object, upper_key).ToHandle(&upper_value)) {
      return Value::Exception();
    }
    bool ok = true;
    if (upper_exists == 1) ok = SetPropertyOrThrow(isolate, object, lower_key, upper_value);
    else if (lower_exists == 1) ok = DeletePropertyOrThrow(isolate, object, lower_key);
    if (ok && lower_exists == 1) ok = SetPropertyOrThrow(isolate, object, upper_key, lower_value);
    else if (ok && upper_exists == 1) ok = DeletePropertyOrThrow(isolate, object, upper_key);
    if (!ok) return Value::Exception();
  }
  return object->ToValue();
}

// Spec: Array.prototype.fill(value, start, end).
Value Builtin_LibArrayPrototypeFill(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "fill", &object, &length)) return Value::Exception();
  double k, final;
  if (!RelativeIndex(isolate, args.at(1), length, 0, &k)) return Value::Exception();
  if (!RelativeIndex(isolate, args.at(2), length, length, &final)) return Value::Exception();
  for (; k < final; k++) {
    HandleScope scope(isolate);
    if (!SetElementOrThrow(isolate, object, k, args.at(0))) return Value::Exception();
  }
  return object->ToValue();
}

namespace library {

// Spec: SortIndexedProperties(obj, len, SortCompare, skip-holes) and the
// write-back of Array.prototype.sort: collect the present values,
// undefineds go last, holes after them.
bool SortArrayLike(Isolate* isolate, Handle<JSReceiver> object, double length,
                   Handle<Value> comparator) {
  if (length > FixedArray::kMaxLength) {
    ThrowTemplate(isolate, MessageTemplate::kInvalidArrayLength);
    return false;
  }
  int len = static_cast<int>(length);
  Handle<FixedArray> values = F(isolate)->NewFixedArray(len);
  int count = 0, undefined_count = 0;
  for (int k = 0; k < len; k++) {
    HandleScope scope(isolate);
    PropertyKey key = PropertyKey::FromIndex(static_cast<uint32_t>(k));
    int has = HasPropertyValue(isolate, object, key);
    if (has < 0) return false;
    if (has == 0) continue;
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&value)) return false;
    if (value->IsUndefined()) {
      undefined_count++;
    } else {
      values->set(count++, *value);
    }
  }
  Handle<FixedArray> scratch = F(isolate)->NewFixedArray(std::max(count, 1));
  if (!MergeSort(isolate, values, scratch, count, comparator)) return false;
  int k = 0;
  for (; k < count; k++) {
    HandleScope scope(isolate);
    Handle<Value> value = handle(values->get(k), isolate);
    if (!SetElementOrThrow(isolate, object, k, value)) return false;
  }
  Handle<Value> undefined = handle(Value::Undefined(), isolate);
  for (int u = 0; u < undefined_count; u++, k++) {
    if (!SetElementOrThrow(isolate, object, k, undefined)) return false;
  }
  return DeleteRange(isolate, object, k, length);
}

bool CheckComparator(Isolate* isolate, Handle<Value> comparator) {
  if (comparator->IsUndefined() || IsCallableValue(*comparator)) return true;
  ThrowTypeError(isolate, "The comparison function must be either a function or undefined");
  return false;
}

}  // namespace library

// Spec: Array.prototype.sort(comparefn).
Value Builtin_LibArrayPrototypeSort(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> comparator = args.at(0);
  // Spec: 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw.
  if (!CheckComparator(isolate, comparator)) return Value::Exception();
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "sort", &object, &length)) return Value::Exception();
  if (!SortArrayLike(isolate, object, length, comparator)) return Value::Exception();
  return object->ToValue();
}

// -- Searching -------------------------------------------------------------------------

// The search loop shared by indexOf (step 1) and lastIndexOf (step -1):
// from {k} while inside [0, length), skipping holes, comparing with ===.
// Returns the index, -1, or Value::Exception().
static Value StrictSearch(Isolate* isolate, Handle<JSReceiver> object, double k, double step,
                          double length, Handle<Value> needle) {
  for (; k >= 0 && k < length; k += step) {
    HandleScope scope(isolate);
    PropertyKey key = KeyForIndex(isolate, k);
    int has = HasPropertyValue(isolate, object, key);
    if (has < 0) return Value::Exception();
    if (has == 0) continue;
    Handle<Value> element;
    if (!JSReceiver::GetProperty(isolate, object, key).ToHandle(&element)) return Value::Exception();
    if (StrictEqualsValues(*element, *needle)) return Value::FromDouble(k);
  }
  return Value::FromInt32(-1);
}

// Spec: Array.prototype.indexOf(searchElement, fromIndex).
Value Builtin_LibArrayPrototypeIndexOf(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "indexOf", &object, &length)) return Value::Exception();
  if (length == 0) return Value::FromInt32(-1);
  double n;
  if (!ToIntegerOrInfinity(isolate, args.at(1), &n)) return Value::Exception();
  if (n == INFINITY) return Value::FromInt32(-1);
  double k = n >= 0 ? n : std::max(length + n, 0.0);
  return StrictSearch(isolate, object, k, 1, length, args.at(0));
}

// Spec: Array.prototype.lastIndexOf(searchElement, fromIndex).
Value Builtin_LibArrayPrototypeLastIndexOf(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "lastIndexOf", &object, &length)) {
    return Value::Exception();
  }
  if (length == 0) return Value::FromInt32(-1);
  double n = length - 1;
  if (args.length() > 1 && !ToIntegerOrInfinity(isolate, args.at(1), &n)) {
    return Value::Exception();
  }
  if (n == -INFINITY) return Value::FromInt32(-1);
  double k = n >= 0 ? std::min(n, length - 1) : length + n;
  return StrictSearch(isolate, object, k, -1, length, args.at(0));
}

// Spec: Array.prototype.includes(searchElement, fromIndex).
Value Builtin_LibArrayPrototypeIncludes(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "includes", &object, &length)) {
    return Value::Exception();
  }
  if (length == 0) return Value::False();
  double n;
  if (!ToIntegerOrInfinity(isolate, args.at(1), &n)) return Value::Exception();
  if (n == INFINITY) return Value::False();
  double k = n >= 0 ? n : std::max(length + n, 0.0);
  for (; k < length; k++) {
    HandleScope scope(isolate);
    Handle<Value> element;
    if (!GetElement(isolate, object, k).ToHandle(&element)) return Value::Exception();
    if (SameValueZeroValues(*element, args[0])) return Value::True();
  }
  return Value::False();
}

// Spec: Array.prototype.at(index).
Value Builtin_LibArrayPrototypeAt(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "at", &object, &length)) return Value::Exception();
  double relative;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &relative)) return Value::Exception();
  double k = relative >= 0 ? relative : length + relative;
  if (k < 0 || k >= length) return Value::Undefined();
  Handle<Value> element;
  if (!GetElement(isolate, object, k).ToHandle(&element)) return Value::Exception();
  return *element;
}

// -- Conversion and combination --------------------------------------------------------

// Spec: Array.prototype.join(separator).
Value Builtin_LibArrayPrototypeJoin(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "join", &object, &length)) return Value::Exception();
  return Join(isolate, object, length, args.at(0));
}

// Spec: Array.prototype.toString(): join if callable, else
// Object.prototype.toString.
Value Builtin_LibArrayPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  Handle<Value> join;
  if (!JSReceiver::GetProperty(isolate, object, KeyForName(isolate, "join")).ToHandle(&join)) {
    return Value::Exception();
  }
  if (!IsCallableValue(*join)) {
    std::u16string tag = IsArrayValue(object.value()) ? u"[object Array]" : u"[object Object]";
    return NewString(isolate, tag).value();
  }
  Handle<Value> result;
  if (!Call(isolate, join, object, {}).ToHandle(&result)) return Value::Exception();
  return *result;
}

// Spec: Array.prototype.concat(...items).
Value Builtin_LibArrayPrototypeConcat(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (args.receiver()->IsNullOrUndefined()) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined,
                         {"Array.prototype.concat"});
  }
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  Handle<JSArray> result = NewArray(isolate);
  PropertyKey spreadable_key = PropertyKey::FromName(
      Handle<Name>(isolate->roots().slot(RootIndex::k_is_concat_spreadable_symbol)));
  double n = 0;
  for (int i = -1; i < args.length(); i++) {
    HandleScope scope(isolate);
    Handle<Value> item = i < 0 ? Handle<Value>(object) : args.at(i);
    // Spec: IsConcatSpreadable(O).
    bool spreadable = false;
    if (lucid::IsJSReceiver(*item)) {
      Handle<Value> flag;
      if (!GetProperty(isolate, item, spreadable_key).ToHandle(&flag)) return Value::Exception();
      spreadable = flag->IsUndefined() ? IsArrayValue(*item) : ToBooleanValue(*flag);
    }
    if (!spreadable) {
      if (!CreateDataElementOrThrow(isolate, result, n++, item)) return Value::Exception();
      continue;
    }
    Handle<JSReceiver> source = Handle<JSReceiver>::cast(item);
    double length;
    if (!LengthOfArrayLike(isolate, source, &length)) return Value::Exception();
    if (n + length > kMaxSafeInteger) return ThrowTypeError(isolate, "Invalid array length");
    for (double k = 0; k < length; k++, n++) {
      HandleScope inner(isolate);
      PropertyKey key = KeyForIndex(isolate, k);
      int has = HasPropertyValue(isolate, source, key);
      if (has < 0) return Value::Exception();
      if (has == 0) continue;
      Handle<Value> value;
      if (!JSReceiver::GetProperty(isolate, source, key).ToHandle(&value)) {
        return Value::Exception();
      }
      if (!CreateDataElementOrThrow(isolate, result, n, value)) return Value::Exception();
    }
  }
  if (!SetLength(isolate, result, n)) return Value::Exception();
  return result->ToValue();
}

// Spec: Array.prototype.flat(depth).
Value Builtin_LibArrayPrototypeFlat(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "flat", &object, &length)) return Value::Exception();
  double depth = 1;
  if (!args.at(0)->IsUndefined()) {
    if (!ToIntegerOrInfinity(isolate, args.at(0), &depth)) return Value::Exception();
    if (depth < 0) depth = 0;
  }
  Handle<JSArray> result = NewArray(isolate);
  double index = 0;
  Handle<Value> undefined = handle(Value::Undefined(), isolate);
  if (!FlattenIntoArray(isolate, result, object, length, &index, depth, undefined, undefined)) {
    return Value::Exception();
  }
  return result->ToValue();
}

// Spec: Array.prototype.flatMap(mapperFunction, thisArg).
Value Builtin_LibArrayPrototypeFlatMap(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ThisObjectAndLength(isolate, args, "flatMap", &object, &length)) return Value::Exception();
  if (!RequireCallable(isolate, args.at(0))) return Value::Exception();
  Handle<JSArray> result = NewArray(isolate);
  double index = 0;
  if (!FlattenIntoArray(isolate, result, object, length, &index, 1, args.at(0), args.at(1))) {
    return Value::Exception();
  }
  return result->ToValue();
}

// -- Callback iteration -------------------------------------------------------------------

#define ITERATION_BUILTIN(Name)                                                      \
  Value Builtin_LibArrayPrototype##Name(Isolate* isolate, BuiltinArguments args) { \
    return RunIteration(isolate, args);                                            \
  }
ITERATION_BUILTIN(ForEach)
ITERATION_BUILTIN(Map)
ITERATION_BUILTIN(Filter)
ITERATION_BUILTIN(Some)
ITERATION_BUILTIN(Every)
ITERATION_BUILTIN(Find)
ITERATION_BUILTIN(FindIndex)
ITERATION_BUILTIN(FindLast)
ITERATION_BUILTIN(FindLastIndex)
ITERATION_BUILTIN(Reduce)
ITERATION_BUILTIN(ReduceRight)
#undef ITERATION_BUILTIN

}  // namespace lucid
