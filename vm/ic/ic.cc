// Copyright the Lucid authors. MIT license.
//
// The IC state machine, handler selection and the IC-miss runtime
// functions. vm/ic/ic.h draws what each slot holds.

#include "vm/ic/ic.h"

#include <cstring>
#include <string>

#include "vm/execution.h"
#include "vm/frames.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/context.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/string_hasher.h"
#include "vm/tracer.h"

namespace lucid {

// -- Names -------------------------------------------------------------------------------

const char* ICStateLetter(ICState state) {
  switch (state) {
#define V(Name, letter, word) \
  case ICState::k##Name:      \
    return letter;
    IC_STATE_LIST(V)
#undef V
  }
  return "?";
}

const char* ICStateWord(ICState state) {
  switch (state) {
#define V(Name, letter, word) \
  case ICState::k##Name:      \
    return word;
    IC_STATE_LIST(V)
#undef V
  }
  return "?";
}

const char* HandlerKindName(HandlerKind kind) {
  switch (kind) {
#define V(Name, text)         \
  case HandlerKind::k##Name: \
    return text;
    HANDLER_KIND_LIST(V)
#undef V
  }
  return "?";
}

const char* BinaryOpHint::Name(int32_t hint) {
  switch (hint) {
    case kNone: return "none";
    case kSignedSmall: return "signed_small";
    case kNumber: return "number";
    case kString: return "string";
    default: return "any";
  }
}

// -- The per-isolate state ---------------------------------------------------------------

void StubCache::Clear() {
  if (empty_) return;
  for (Entry& e : entries_) e = {Value::Undefined(), Value::Undefined(), Value::Undefined()};
  empty_ = true;
}

namespace {

void CountICSites(Isolate* isolate, Tracer::Stats* stats);

}  // namespace

ICRuntime* ICRuntimeOf(Isolate* isolate) {
  void* data = isolate->extension(IsolateExtension::kIC);
  if (data != nullptr) return static_cast<ICRuntime*>(data);
  auto* ic = new ICRuntime();
  ic->load_cache.Clear();
  ic->store_cache.Clear();
  isolate->set_extension(IsolateExtension::kIC, ic, [](void* p) { delete static_cast<ICRuntime*>(p); });
  isolate->heap()->AddGCPrologueCallback(
      [](Isolate* i, void*) {
        ICRuntime* state = static_cast<ICRuntime*>(i->extension(IsolateExtension::kIC));
        if (state == nullptr) return;
        state->load_cache.Clear();
        state->store_cache.Clear();
      },
      nullptr);
  Tracer::SetICSiteCounter(CountICSites);
  return ic;
}

namespace {

NativeContext* NativeContextOf(Isolate* isolate) {
  return NativeContext::cast(isolate->roots().native_context());
}

// The pseudo shapes of numbers and booleans: shapes no object has, whose
// prototype is the primitive's prototype object, so handlers are computed
// and checked as for objects.
void EnsurePseudoShapes(Isolate* isolate) {
  ICRuntime* ic = ICRuntimeOf(isolate);
  if (!ic->number_shape.IsEmpty()) return;
  HandleScope scope(isolate);
  Handle<Value> number_proto(NativeContextOf(isolate)->number_prototype(), isolate);
  Handle<Value> boolean_proto(NativeContextOf(isolate)->boolean_prototype(), isolate);
  Handle<Shape> number = Shape::NewJSShape(isolate, InstanceType::kJSPrimitiveWrapper,
                                           JSPrimitiveWrapper::kHeaderSize, 0, number_proto);
  ic->number_shape.Reset(isolate, Handle<Value>::cast(number));
  Handle<Shape> boolean = Shape::NewJSShape(isolate, InstanceType::kJSPrimitiveWrapper,
                                            JSPrimitiveWrapper::kHeaderSize, 0, boolean_proto);
  ic->boolean_shape.Reset(isolate, Handle<Value>::cast(boolean));
}

bool IsPseudoShape(Isolate* isolate, Value shape) {
  ICRuntime* ic = ICRuntimeOf(isolate);
  if (ic->number_shape.IsEmpty()) return false;
  return shape == *ic->number_shape.Get() || shape == *ic->boolean_shape.Get();
}

// Receivers whose named properties are all in their shape's descriptors (or
// dictionary): no exotic own properties to miss.
bool IsSimpleReceiverType(InstanceType type) {
  return IsJSReceiverType(type) && type != InstanceType::kJSPrimitiveWrapper &&
         type != InstanceType::kJSGlobalObject && type != InstanceType::kJSTypedArray;
}

bool IsElementsReceiverType(InstanceType type) {
  return type == InstanceType::kJSObject || type == InstanceType::kJSArray;
}


bool IsElementKey(Value key) { return key.IsInt32() && key.AsInt32() >= 0; }

int32_t FieldHandler(HandlerKind kind, const Shape* shape, int descriptor) {
  PropertyDetails details = shape->GetDetails(descriptor);
  int field = details.field_index();
  bool in_object = field < shape->inobject_properties();
  int index = in_object ? shape->GetInObjectPropertyOffset(field) / kTaggedSize : field - shape->inobject_properties();
  return SmiHandler::Field(kind, in_object, index, details.representation(),
                           details.constness() == PropertyConstness::kConst);
}

Value SmiValue(int32_t h) { return Value::FromInt32(h); }

// -- Tracing -------------------------------------------------------------------------

const char* HandlerTraceName(Value handler) {
  if (handler.IsInt32()) return HandlerKindName(SmiHandler::KindOf(handler.AsInt32()));
  if (IsShape(handler)) return "transition";
  if (IsDataHandler(handler)) {
    DataHandler* d = DataHandler::cast(handler);
    HandlerKind kind = SmiHandler::KindOf(d->smi_handler());
    if (kind == HandlerKind::kLoadField && d->holder().IsHeapObject()) return "proto_field";
    if (kind == HandlerKind::kLoadConstant) return "proto_constant";
    if (kind == HandlerKind::kStoreTransition) return "transition";
    return HandlerKindName(kind);
  }
  if (IsPropertyCell(handler)) return "property_cell";
  return nullptr;
}

void TraceIC(Isolate* isolate, const char* op, int slot, Value key, ICState from, ICState to,
             Value shape, Value handler, int nmaps, const char* extra = nullptr) {
  Tracer* tracer = isolate->tracer()->If(TraceChannel::kIC);
  if (tracer == nullptr) return;
  DisallowGC no_gc;
  TraceSite site;
  if (!tracer->BeginEvent(TraceChannel::kIC, &site)) return;
  ICEvent e;
  e.site = site;
  e.slot = slot;
  e.op = op;
  if (IsString(key)) {
    e.key = String::cast(key)->ToUTF8();
  } else if (IsSymbol(key)) {
    e.key = "<symbol>";
  } else if (key.IsNumber()) {
    e.key = "<element>";
  }
  e.from = ICStateLetter(from);
  e.to = ICStateLetter(to);
  if (IsShape(shape)) {
    e.map = tracer->ShapeRef(Shape::cast(shape));
    Tracer::FormatShapeProperties(Shape::cast(shape), &e.map_props);
  }
  if (nmaps > 0) e.nmaps = nmaps;
  e.handler = HandlerTraceName(handler);
  e.tier = "~";
  if (extra != nullptr) e.extra = extra;
  tracer->Emit(e);
}

// -- The state machine ------------------------------------------------------------------

// How a site stores its (shape, handler) pairs.
enum class PairMode { kDirect, kNamed };

// Adds or replaces (shape -> handler) at {slot}; past kMaxPolymorphism the
// site goes megamorphic. {key}: the name a keyed site is specialized to
// (kNamed mode), or undefined. Traces the change.
void UpdatePairs(Isolate* isolate, Handle<FeedbackVector> vector, int slot, Handle<Value> shape,
                 Handle<Value> handler, Handle<Value> key, const char* op, StubCache* cache) {
  ICState from = GetICState(*vector, slot);
  Value feedback = vector->feedback(slot);
  bool keyed_named = IsName(*key) && (vector->kind(slot) == FeedbackSlotKind::kKeyedLoadIC ||
                                      vector->kind(slot) == FeedbackSlotKind::kKeyedStoreIC ||
                                      vector->kind(slot) == FeedbackSlotKind::kIn);
  if (feedback == MegamorphicSentinel()) {
    if (IsName(*key)) cache->Set(*shape, Name::cast(*key), *handler);
    return;  // no trace: the state did not change
  }
  // The current live pairs.
  std::vector<Handle<Value>> shapes, handlers;
  if (keyed_named) {
    if (IsName(feedback) && feedback == *key && IsFeedbackArray(vector->extra(slot))) {
      Handle<FeedbackArray> array(FeedbackArray::cast(vector->extra(slot)), isolate);
      for (int i = 0; i < array->entries(); i++) {
        if (!IsShape(array->shape_at(i)) || Shape::cast(array->shape_at(i))->is_deprecated()) continue;
        shapes.push_back(handle(array->shape_at(i), isolate));
        handlers.push_back(handle(array->handler_at(i), isolate));
      }
    } else if (!feedback.IsUndefined() && !feedback.IsTheHole()) {
      // Another name (or elements) seen before: megamorphic.
      vector->set_feedback(slot, MegamorphicSentinel());
      vector->set_extra(slot, Value::Undefined());
      cache->Set(*shape, Name::cast(*key), *handler);
      TraceIC(isolate, op, slot, *key, from, ICState::kMegamorphic, *shape, *handler, 0);
      return;
    }
  } else if (IsShape(feedback)) {
    if (!Shape::cast(feedback)->is_deprecated()) {
      shapes.push_back(handle(feedback, isolate));
      handlers.push_back(handle(vector->extra(slot), isolate));
    }
  } else if (IsFeedbackArray(feedback)) {
    // As V8's UpdatePolymorphicIC: entries for dead or deprecated shapes go.
    Handle<FeedbackArray> array(FeedbackArray::cast(feedback), isolate);
    for (int i = 0; i < array->entries(); i++) {
      if (!IsShape(array->shape_at(i)) || Shape::cast(array->shape_at(i))->is_deprecated()) continue;
      shapes.push_back(handle(array->shape_at(i), isolate));
      handlers.push_back(handle(array->handler_at(i), isolate));
    }
  } else if (IsName(feedback)) {
    // An element site that saw a name before (or the reverse): megamorphic.
    vector->set_feedback(slot, MegamorphicSentinel());
    vector->set_extra(slot, Value::Undefined());
    TraceIC(isolate, op, slot, *key, from, ICState::kMegamorphic, *shape, *handler, 0);
    return;
  }
  bool replaced = false;
  for (size_t i = 0; i < shapes.size(); i++) {
    if (*shapes[i] == *shape) {
      handlers[i] = handler;
      replaced = true;
    }
  }
  if (!replaced) {
    shapes.push_back(shape);
    handlers.push_back(handler);
  }
  int n = static_cast<int>(shapes.size());
  if (n > kMaxPolymorphism) {
    vector->set_feedback(slot, MegamorphicSentinel());
    vector->set_extra(slot, Value::Undefined());
    if (IsName(*key)) {
      for (int i = 0; i < n; i++) cache->Set(*shapes[i], Name::cast(*key), *handlers[i]);
    }
    TraceIC(isolate, op, slot, *key, from, ICState::kMegamorphic, *shape, *handler, n);
    return;
  }
  if (keyed_named) {
    Handle<FeedbackArray> array = FeedbackArray::New(isolate, n);
    for (int i = 0; i < n; i++) {
      array->set(2 * i, *shapes[i]);
      array->set(2 * i + 1, *handlers[i]);
    }
    vector->set_feedback(slot, *key);
    vector->set_extra(slot, array->ToValue());
  } else if (n == 1) {
    vector->set_feedback(slot, *shapes[0]);
    vector->set_extra(slot, *handlers[0]);
  } else {
    Handle<FeedbackArray> array = FeedbackArray::New(isolate, n);
    for (int i = 0; i < n; i++) {
      array->set(2 * i, *shapes[i]);
      array->set(2 * i + 1, *handlers[i]);
    }
    vector->set_feedback(slot, array->ToValue());
    vector->set_extra(slot, Value::Undefined());
  }
  ICState to = GetICState(*vector, slot);
  TraceIC(isolate, op, slot, *key, from, to, *shape, *handler, n,
          replaced ? "recompute: handler replaced" : nullptr);
}

// -- Load handlers ---------------------------------------------------------------------

// The cell guarding everything a handler for {receiver_shape} assumes about
// objects other than the receiver: the receiver's own cell when it is a
// prototype (its shape changes in place), else its prototype chain's.
// Int32 kValid: nothing to guard.
Handle<Value> GuardCellFor(Isolate* isolate, Handle<Value> receiver, Handle<Shape> receiver_shape) {
  if (receiver_shape->is_prototype_map() && IsJSReceiver(*receiver)) {
    return handle(Shape::GetOrCreateValidityCellOf(isolate, Handle<JSObject>::cast(receiver)), isolate);
  }
  return handle(Shape::GetOrCreatePrototypeChainValidityCell(isolate, receiver_shape), isolate);
}

// A handler guarded by {cell} (a DataHandler when there is a real cell).
Handle<Value> Guarded(Isolate* isolate, int32_t smi, Handle<Value> cell, Handle<Value> holder,
                      Handle<Value> data) {
  if (!cell->IsHeapObject() && holder->IsUndefined() && data->IsUndefined()) {
    return handle(SmiValue(smi), isolate);
  }
  Handle<Value> real_cell = cell->IsHeapObject() ? cell : handle(Value::Undefined(), isolate);
  return Handle<Value>::cast(DataHandler::New(isolate, smi, real_cell, holder, data));
}

// The load handler for {name} on receivers of {shape} ({receiver} is one).
// {from_prototype}: the receiver is known not to have it; start at its
// prototype.
Handle<Value> ComputeLoadHandler(Isolate* isolate, Handle<Value> receiver, Handle<Shape> shape,
                                 Handle<Name> name, bool from_prototype = false) {
  Handle<Value> undefined = handle(Value::Undefined(), isolate);
  Handle<Value> slow = handle(SmiValue(SmiHandler::Make(HandlerKind::kSlow)), isolate);
  Roots roots = isolate->roots();
  InstanceType type = shape->instance_type();
  bool pseudo = IsPseudoShape(isolate, shape->ToValue());
  if (IsStringType(type)) {
    if (name->ToValue() == roots.length_string()) {
      return handle(SmiValue(SmiHandler::Make(HandlerKind::kLoadStringLength)), isolate);
    }
  } else if (!pseudo && !IsSymbol(*receiver) && !from_prototype) {
    if (!IsSimpleReceiverType(type)) return slow;
    if (type == InstanceType::kJSArray && name->ToValue() == roots.length_string()) {
      return handle(SmiValue(SmiHandler::Make(HandlerKind::kLoadArrayLength)), isolate);
    }
    if (!shape->has_fast_properties()) {
      Dictionary* dictionary = JSReceiver::cast(*receiver)->property_dictionary();
      int entry = dictionary->FindEntry(*name);
      if (entry >= 0 && dictionary->DetailsAt(entry).IsData()) {
        return handle(SmiValue(SmiHandler::Make(HandlerKind::kLoadNormal)), isolate);
      }
      if (entry >= 0) return slow;
      // Not an own property: a constant up the chain (a method, say
      // `map.hasOwnProperty` on an object used as a hash map) or nothing.
      // The receiver's keys change without a shape change, so each load
      // looks the name up in its dictionary first (V8's
      // kLookupOnLookupStartObject).
      Handle<Value> handler = ComputeLoadHandler(isolate, receiver, shape, name, /*from_prototype=*/true);
      if (handler->IsInt32() && SmiHandler::KindOf(handler->AsInt32()) == HandlerKind::kLoadNonexistent) {
        return handle(SmiValue(SmiHandler::Make(HandlerKind::kLoadDictionaryProto)), isolate);
      }
      if (!IsDataHandler(*handler)) return slow;
      DataHandler* d = DataHandler::cast(*handler);
      HandlerKind kind = SmiHandler::KindOf(d->smi_handler());
      if (kind != HandlerKind::kLoadConstant && kind != HandlerKind::kLoadNonexistent) return slow;
      Handle<Value> cell(d->validity_cell(), isolate), holder(d->holder(), isolate), data(d->data(), isolate);
      return Guarded(isolate, SmiHandler::Make(HandlerKind::kLoadDictionaryProto), cell, holder, data);
    }
    int descriptor = shape->SearchDescriptor(*name);
    if (descriptor >= 0) {
      PropertyDetails details = shape->GetDetails(descriptor);
      HandlerKind kind = details.IsData() ? HandlerKind::kLoadField : HandlerKind::kLoadAccessor;
      int32_t smi = FieldHandler(kind, *shape, descriptor);
      if (!shape->is_prototype_map()) return handle(SmiValue(smi), isolate);
      Handle<Value> cell = GuardCellFor(isolate, receiver, shape);
      return Guarded(isolate, smi, cell, undefined, undefined);
    }
  }
  // Up the prototype chain, every holder guarded by the cell.
  Handle<Value> start(shape->prototype(), isolate);
  if (IsStringType(type)) start = handle(NativeContextOf(isolate)->string_prototype(), isolate);
  if (IsSymbol(*receiver)) start = handle(NativeContextOf(isolate)->symbol_prototype(), isolate);
  if (IsJSReceiver(*start)) JSObject::MakePrototypesFast(isolate, receiver);
  Handle<Value> cell = IsStringType(type) || IsSymbol(*receiver)
                           ? handle(Shape::GetOrCreateValidityCellOf(isolate, Handle<JSObject>::cast(start)), isolate)
                           : GuardCellFor(isolate, receiver, shape);
  Handle<Value> holder = start;
  for (int depth = 0; IsJSReceiver(*holder); depth++) {
    if (depth > 64) return slow;
    JSObject* h = JSObject::cast(*holder);
    Shape* holder_shape = h->shape();
    InstanceType holder_type = holder_shape->instance_type();
    if (holder_type == InstanceType::kJSGlobalObject) return slow;
    if (holder_type == InstanceType::kJSPrimitiveWrapper && name->ToValue() == roots.length_string()) {
      return slow;
    }
    if (!holder_shape->is_prototype_map()) return slow;
    Value value = Value::TheHole();
    bool is_accessor = false;
    if (holder_shape->has_fast_properties()) {
      int descriptor = holder_shape->SearchDescriptor(*name);
      if (descriptor >= 0) {
        PropertyDetails details = holder_shape->GetDetails(descriptor);
        value = h->RawFastPropertyAt(details.field_index());
        is_accessor = details.IsAccessor();
        if (details.IsData() && !IsJSFunction(value) && !value.IsTheHole()) {
          // A data field on a prototype: read from the holder.
          return Guarded(isolate, FieldHandler(HandlerKind::kLoadField, holder_shape, descriptor), cell,
                         holder, undefined);
        }
      }
    } else {
      Dictionary* dictionary = h->property_dictionary();
      int entry = dictionary->FindEntry(*name);
      if (entry >= 0) {
        value = dictionary->ValueAt(entry);
        is_accessor = dictionary->DetailsAt(entry).IsAccessor();
      }
    }
    if (!value.IsTheHole()) {
      Handle<Value> data(value, isolate);
      if (is_accessor) {
        return Guarded(isolate, SmiHandler::Make(HandlerKind::kLoadAccessor), cell, holder, data);
      }
      // A method (or any value) on a prototype: every store to a prototype
      // invalidates the cell, so the value itself can be cached.
      return Guarded(isolate, SmiHandler::Make(HandlerKind::kLoadConstant), cell, holder, data);
    }
    holder = handle(h->GetPrototype(), isolate);
  }
  return Guarded(isolate, SmiHandler::Make(HandlerKind::kLoadNonexistent), cell, undefined, undefined);
}

// Performs the load through {handler}; the hole when the handler no longer
// applies (a dead cell, an uninitialized field): the caller re-learns.
Value LoadWithHandler(Isolate* isolate, Value handler, Value receiver, Value name) {
  Value result;
  if (TryLoadWithHandler(handler, receiver, &result)) return result;
  int32_t smi;
  Value holder = receiver;
  Value data = Value::Undefined();
  if (handler.IsInt32()) {
    smi = handler.AsInt32();
  } else if (IsDataHandler(handler)) {
    DataHandler* d = DataHandler::cast(handler);
    if (!IsValidityCellValid(d->validity_cell())) return Value::TheHole();
    smi = d->smi_handler();
    if (d->holder().IsHeapObject()) holder = d->holder();
    data = d->data();
  } else {
    return Value::TheHole();
  }
  switch (SmiHandler::KindOf(smi)) {
    case HandlerKind::kLoadAccessor: {
      Value pair = data.IsUndefined() ? LoadFieldWithSmiHandler(holder.heap_object(), smi) : data;
      if (!IsAccessorPair(pair)) return Value::TheHole();
      HandleScope scope(isolate);
      Handle<Value> getter(AccessorPair::cast(pair)->getter(), isolate);
      if (getter->IsUndefined()) return Value::Undefined();
      Handle<Value> receiver_h(receiver, isolate);
      Handle<Value> out;
      if (!Execution::Call(isolate, getter, receiver_h, 0, nullptr).ToHandle(&out)) return Value::Exception();
      return *out;
    }
    case HandlerKind::kLoadNormal: {
      Dictionary* dictionary = JSReceiver::cast(receiver)->property_dictionary();
      int entry = dictionary->FindEntry(Name::cast(name));
      if (entry < 0 || !dictionary->DetailsAt(entry).IsData()) return Value::TheHole();
      return dictionary->ValueAt(entry);
    }
    case HandlerKind::kLoadDictionaryProto: {
      if (!IsJSReceiver(receiver) || JSReceiver::cast(receiver)->shape()->has_fast_properties()) {
        return Value::TheHole();
      }
      if (JSReceiver::cast(receiver)->property_dictionary()->FindEntry(Name::cast(name)) >= 0) {
        return Value::TheHole();
      }
      return data;
    }
    case HandlerKind::kSlow:
      return Runtime_GetProperty(isolate, receiver, name);
    default:
      return Value::TheHole();
  }
}

}  // namespace

// -- GetICState --------------------------------------------------------------------------

ICState GetICState(const FeedbackVector* vector, int slot) {
  Value feedback = vector->feedback(slot);
  Value extra = vector->extra(slot);
  if (feedback == MegamorphicSentinel()) {
    FeedbackSlotKind kind = vector->kind(slot);
    bool generic = kind == FeedbackSlotKind::kLoadGlobalIC || kind == FeedbackSlotKind::kStoreGlobalIC ||
                   kind == FeedbackSlotKind::kLoadGlobalInsideTypeofIC;
    return generic ? ICState::kGeneric : ICState::kMegamorphic;
  }
  switch (vector->kind(slot)) {
    case FeedbackSlotKind::kBinaryOp:
    case FeedbackSlotKind::kCompareOp:
      return feedback.IsInt32() && feedback.AsInt32() != 0 ? ICState::kMonomorphic : ICState::kUninitialized;
    case FeedbackSlotKind::kCallIC:
    case FeedbackSlotKind::kInstanceOf:
    case FeedbackSlotKind::kLoadGlobalIC:
    case FeedbackSlotKind::kLoadGlobalInsideTypeofIC:
    case FeedbackSlotKind::kStoreGlobalIC:
    case FeedbackSlotKind::kLiteral:
      return feedback.IsHeapObject() ? ICState::kMonomorphic : ICState::kUninitialized;
    default:
      break;
  }
  if (IsShape(feedback)) {
    if (extra.IsInt32() && SmiHandler::KindOf(extra.AsInt32()) == HandlerKind::kSlow) return ICState::kGeneric;
    return ICState::kMonomorphic;
  }
  Value list = IsName(feedback) ? extra : feedback;
  if (IsFeedbackArray(list)) {
    FeedbackArray* array = FeedbackArray::cast(list);
    int live = 0;
    for (int i = 0; i < array->entries(); i++) live += IsShape(array->shape_at(i)) ? 1 : 0;
    if (live == 0) return ICState::kUninitialized;
    return live == 1 ? ICState::kMonomorphic : ICState::kPolymorphic;
  }
  return ICState::kUninitialized;
}

// -- Feedback vector allocation ------------------------------------------------------------

void EnsureFeedbackVector(Isolate* isolate, Value closure) {
  if (!IsJSFunction(closure)) return;
  SharedFunctionInfo* shared = JSFunction::cast(closure)->shared();
  if (!shared->HasBytecodeArray()) return;
  if (shared->feedback_vector().IsUndefined()) {
    HandleScope scope(isolate);
    Handle<SharedFunctionInfo> shared_h(shared, isolate);
    ICRuntimeOf(isolate);
    Handle<FeedbackVector> vector = FeedbackVector::New(isolate, shared_h);
    shared_h->set_feedback_vector(vector->ToValue());
    shared = *shared_h;
    closure = Value::Undefined();  // may have moved; the frame's copy is current
  }
  // Point the running frame (the one that ran out of budget) at it.
  Value* fp = reinterpret_cast<Value*>(isolate->js_fp());
  if (fp != nullptr && IsJSFunction(fp[kClosureSlot]) &&
      JSFunction::cast(fp[kClosureSlot])->shared() == shared) {
    fp[kFeedbackVectorSlot] = shared->feedback_vector();
  }
}

// -- LoadIC ------------------------------------------------------------------------------------

namespace {

// Finds the handler {vector}'s slot has for {shape} (stub cache included).
Value ExistingHandler(FeedbackVector* vector, int slot, Value shape, Value name, StubCache* cache) {
  Value feedback = vector->feedback(slot);
  if (feedback == MegamorphicSentinel()) {
    return IsName(name) ? cache->Get(shape, Name::cast(name)) : Value::TheHole();
  }
  if (IsName(feedback)) {
    // A keyed site specialized to one name.
    if (feedback != name) return Value::TheHole();
    return FindHandler(vector->extra(slot), Value::Undefined(), shape);
  }
  return FindHandler(feedback, vector->extra(slot), shape);
}

// Migrates a receiver whose shape is deprecated (deprecated shapes never
// enter feedback).
void MigrateIfDeprecated(Isolate* isolate, Handle<Value> receiver) {
  if (IsJSReceiver(*receiver) && JSObject::cast(*receiver)->shape()->is_deprecated()) {
    JSObject::MigrateInstance(isolate, Handle<JSObject>::cast(receiver));
  }
}

Value LoadICImpl(Isolate* isolate, Value receiver, Value name, Value vector_value, int slot,
                 const char* op) {
  if (receiver.IsNullOrUndefined() || !IsFeedbackVector(vector_value)) {
    return Runtime_GetProperty(isolate, receiver, name);
  }
  ICRuntime* ic = ICRuntimeOf(isolate);
  if (!receiver.IsHeapObject()) EnsurePseudoShapes(isolate);
  Value shape = FeedbackShapeOf(isolate, receiver);
  Value handler = ExistingHandler(FeedbackVector::cast(vector_value), slot, shape, name, &ic->load_cache);
  if (!handler.IsTheHole()) {
    Value result = LoadWithHandler(isolate, handler, receiver, name);
    if (!result.IsTheHole()) return result;
  }
  // Miss: learn.
  HandleScope scope(isolate);
  Handle<Value> receiver_h(receiver, isolate), name_h(name, isolate);
  Handle<FeedbackVector> vector(FeedbackVector::cast(vector_value), isolate);
  MigrateIfDeprecated(isolate, receiver_h);
  Handle<Shape> shape_h(Shape::cast(FeedbackShapeOf(isolate, *receiver_h)), isolate);
  Handle<Value> new_handler = ComputeLoadHandler(isolate, receiver_h, shape_h, Handle<Name>::cast(name_h));
  Handle<Value> key = IsName(*name_h) ? name_h : handle(Value::Undefined(), isolate);
  UpdatePairs(isolate, vector, slot, Handle<Value>::cast(shape_h), new_handler, key, op, &ic->load_cache);
  Value result = LoadWithHandler(isolate, *new_handler, *receiver_h, *name_h);
  if (!result.IsTheHole()) return result;
  return Runtime_GetProperty(isolate, *receiver_h, *name_h);
}

}  // namespace

Value Runtime_LoadIC(Isolate* isolate, Value receiver, Value name, Value vector, int slot) {
  return LoadICImpl(isolate, receiver, name, vector, slot, "load");
}

// -- KeyedLoadIC ------------------------------------------------------------------------------

namespace {

Handle<Value> ComputeElementLoadHandler(Isolate* isolate, Handle<Value> receiver) {
  if (IsString(*receiver)) return handle(SmiValue(SmiHandler::Make(HandlerKind::kLoadStringIndex)), isolate);
  if (!IsJSReceiver(*receiver)) return handle(SmiValue(SmiHandler::Make(HandlerKind::kSlow)), isolate);
  Shape* shape = JSObject::cast(*receiver)->shape();
  if (!IsElementsReceiverType(shape->instance_type()) || !IsFastElementsKind(shape->elements_kind())) {
    return handle(SmiValue(SmiHandler::Make(HandlerKind::kSlow)), isolate);
  }
  return handle(SmiValue(SmiHandler::Element(HandlerKind::kLoadElement, shape->elements_kind())), isolate);
}

Value LoadElementWithHandler(Isolate* isolate, Value handler, Value receiver, Value key) {
  if (!handler.IsInt32()) return Value::TheHole();
  switch (SmiHandler::KindOf(handler.AsInt32())) {
    case HandlerKind::kLoadStringIndex: {
      String* s = String::cast(receiver);
      int32_t index = key.AsInt32();
      if (index < s->length() && s->IsFlat()) {
        return FactoryOf(isolate)->LookupSingleCharacterString(s->Get(index))->ToValue();
      }
      return Runtime_GetProperty(isolate, receiver, key);
    }
    case HandlerKind::kLoadElement:
    case HandlerKind::kSlow:
      // Out of bounds, a hole, an unusual index: the generic path (which
      // walks the prototype chain as the spec says).
      return Runtime_GetProperty(isolate, receiver, key);
    default:
      return Value::TheHole();
  }
}

}  // namespace

Value Runtime_KeyedLoadIC(Isolate* isolate, Value receiver, Value key, Value vector_value, int slot) {
  if (receiver.IsNullOrUndefined() || !IsFeedbackVector(vector_value)) {
    return Runtime_GetProperty(isolate, receiver, key);
  }
  if (key.IsDouble() && key.Number() >= 0 && key.Number() <= INT32_MAX &&
      static_cast<double>(static_cast<int32_t>(key.Number())) == key.Number()) {
    key = Value::FromInt32(static_cast<int32_t>(key.Number()));
  }
  if (IsCacheableName(key)) return LoadICImpl(isolate, receiver, key, vector_value, slot, "keyed_load");
  if (!IsElementKey(key) || !receiver.IsHeapObject()) return Runtime_GetProperty(isolate, receiver, key);
  FeedbackVector* vector = FeedbackVector::cast(vector_value);
  Value shape = receiver.heap_object()->shape_value();
  Value handler = FindHandler(vector->feedback(slot), vector->extra(slot), shape);
  if (handler.IsTheHole()) {
    if (vector->feedback(slot) == MegamorphicSentinel()) return Runtime_GetProperty(isolate, receiver, key);
    HandleScope scope(isolate);
    Handle<Value> receiver_h(receiver, isolate), key_h(key, isolate);
    Handle<FeedbackVector> vector_h(vector, isolate);
    MigrateIfDeprecated(isolate, receiver_h);
    Handle<Value> shape_h(receiver_h->heap_object()->shape_value(), isolate);
    Handle<Value> new_handler = ComputeElementLoadHandler(isolate, receiver_h);
    UpdatePairs(isolate, vector_h, slot, shape_h, new_handler, key_h, "keyed_load",
                &ICRuntimeOf(isolate)->load_cache);
    return LoadElementWithHandler(isolate, *new_handler, *receiver_h, *key_h);
  }
  return LoadElementWithHandler(isolate, handler, receiver, key);
}

// -- KeyedHasIC (`in`) -----------------------------------------------------------------------

Value Runtime_KeyedHasIC(Isolate* isolate, Value receiver, Value key, Value vector_value, int slot) {
  // `key in receiver`: the same handlers as loads, read as presence.
  if (!IsJSReceiver(receiver) || !IsFeedbackVector(vector_value) || !IsCacheableName(key)) {
    return Runtime_HasProperty(isolate, key, receiver);
  }
  FeedbackVector* vector = FeedbackVector::cast(vector_value);
  Value shape = receiver.heap_object()->shape_value();
  Value handler = ExistingHandler(vector, slot, shape, key, &ICRuntimeOf(isolate)->load_cache);
  auto presence = [](Value h) -> int {  // 1 present, 0 absent, -1 unknown
    int32_t smi;
    if (h.IsInt32()) {
      smi = h.AsInt32();
    } else if (IsDataHandler(h)) {
      if (!IsValidityCellValid(DataHandler::cast(h)->validity_cell())) return -1;
      smi = DataHandler::cast(h)->smi_handler();
    } else {
      return -1;
    }
    switch (SmiHandler::KindOf(smi)) {
      case HandlerKind::kLoadField:
      case HandlerKind::kLoadConstant:
      case HandlerKind::kLoadAccessor:
      case HandlerKind::kLoadArrayLength:
        return 1;
      case HandlerKind::kLoadNonexistent:
        return 0;
      default:
        return -1;
    }
  };
  int known = presence(handler);
  if (known >= 0) return Value::FromBool(known == 1);
  if (handler.IsTheHole() && vector->feedback(slot) != MegamorphicSentinel()) {
    HandleScope scope(isolate);
    Handle<Value> receiver_h(receiver, isolate), key_h(key, isolate);
    Handle<FeedbackVector> vector_h(vector, isolate);
    MigrateIfDeprecated(isolate, receiver_h);
    Handle<Shape> shape_h(JSReceiver::cast(*receiver_h)->shape(), isolate);
    Handle<Value> new_handler = ComputeLoadHandler(isolate, receiver_h, shape_h, Handle<Name>::cast(key_h));
    UpdatePairs(isolate, vector_h, slot, Handle<Value>::cast(shape_h), new_handler, key_h, "in",
                &ICRuntimeOf(isolate)->load_cache);
    known = presence(*new_handler);
    if (known >= 0) return Value::FromBool(known == 1);
    return Runtime_HasProperty(isolate, *key_h, *receiver_h);
  }
  return Runtime_HasProperty(isolate, key, receiver);
}

// -- StoreIC -------------------------------------------------------------------------------------

namespace {

// The checks every transitioning store makes: {target} is live and the
// receiver's next shape, the chain gained no setter, the value fits.
bool TransitionApplies(Shape* target, Value receiver, Value value) {
  if (target->is_deprecated() || !IsJSReceiver(receiver)) return false;
  if (target->GetBackPointer() != JSObject::cast(receiver)->shape()) return false;
  Value proto = target->prototype();
  if (IsJSReceiver(proto)) {
    Value cell = JSReceiver::cast(proto)->shape()->prototype_validity_cell();
    if (!IsCell(cell) || !Cell::cast(cell)->IsValid()) return false;
  }
  PropertyDetails details = target->GetDetails(target->number_of_own_descriptors() - 1);
  return details.IsData() && details.representation().Includes(Representation::ForValue(value));
}

}  // namespace

bool TryTransitionWithoutAllocation(Value target_value, Value receiver, Value value) {
  Shape* target = Shape::cast(target_value);
  if (!TransitionApplies(target, receiver, value)) return false;
  int descriptor = target->number_of_own_descriptors() - 1;
  if (target->GetDetails(descriptor).field_index() >= target->inobject_properties()) return false;
  JSObject* object = JSObject::cast(receiver);
  object->set_shape(target);
  object->FastPropertyAtPut(descriptor, value);
  return true;
}

// -- StoreIC (slow parts) -------------------------------------------------------------------------------------

namespace {

// Applies a store handler that the inline path could not; false when the
// handler no longer applies (the caller re-learns).
bool StoreWithHandler(Isolate* isolate, Value handler, Handle<Value> receiver, Handle<Value> value,
                      bool* threw) {
  *threw = false;
  if (TryStoreWithHandler(handler, *receiver, *value)) return true;
  if (IsShape(handler)) {
    // A transition: old shape -> {handler}, the new field its last descriptor.
    Shape* target = Shape::cast(handler);
    if (!TransitionApplies(target, *receiver, *value)) return false;
    int descriptor = target->number_of_own_descriptors() - 1;
    HandleScope scope(isolate);
    Handle<Shape> target_h(target, isolate);
    Handle<JSObject> object_h = Handle<JSObject>::cast(receiver);
    JSObject::MigrateToShape(isolate, object_h, target_h);
    object_h->FastPropertyAtPut(descriptor, *value);
    return true;
  }
  int32_t smi;
  Value holder = *receiver;
  Value data = Value::Undefined();
  if (handler.IsInt32()) {
    smi = handler.AsInt32();
  } else if (IsDataHandler(handler)) {
    DataHandler* d = DataHandler::cast(handler);
    if (!IsValidityCellValid(d->validity_cell())) return false;
    smi = d->smi_handler();
    if (d->holder().IsHeapObject()) holder = d->holder();
    data = d->data();
  } else {
    return false;
  }
  switch (SmiHandler::KindOf(smi)) {
    case HandlerKind::kStoreTransition: {
      // The inline path failed: re-check against the target's current
      // details (a field may have generalized since).
      if (!IsShape(data)) return false;
      Shape* target = Shape::cast(data);
      if (!TransitionApplies(target, *receiver, *value)) return false;
      JSObject::cast(*receiver)->set_shape(target);
      JSObject::cast(*receiver)->FastPropertyAtPut(target->number_of_own_descriptors() - 1, *value);
      return true;
    }
    case HandlerKind::kStoreAccessor: {
      Value pair = data.IsUndefined() ? LoadFieldWithSmiHandler(holder.heap_object(), smi) : data;
      if (!IsAccessorPair(pair)) return false;
      HandleScope scope(isolate);
      Handle<Value> setter(AccessorPair::cast(pair)->setter(), isolate);
      if (setter->IsUndefined()) return false;  // the runtime throws in strict code
      Handle<Value> args[] = {value};
      if (Execution::Call(isolate, setter, receiver, 1, args).is_null()) *threw = true;
      return true;
    }
    default:
      return false;
  }
}

// What a store will do, decided before it happens.
enum class StorePlan { kSlow, kOwnField, kTransition, kSetter };

StorePlan PlanStore(Isolate* isolate, Handle<Value> receiver, Handle<Name> name, bool define_own,
                    Handle<Value>* setter_handler) {
  if (!IsJSReceiver(*receiver)) return StorePlan::kSlow;
  JSObject* object = JSObject::cast(*receiver);
  Shape* shape = object->shape();
  if (!IsSimpleReceiverType(shape->instance_type()) || !shape->has_fast_properties() ||
      shape->is_prototype_map()) {
    return StorePlan::kSlow;
  }
  if (IsString(name->ToValue()) && shape->instance_type() == InstanceType::kJSArray &&
      name->ToValue() == isolate->roots().length_string()) {
    return StorePlan::kSlow;
  }
  int descriptor = shape->SearchDescriptor(*name);
  if (descriptor >= 0) {
    PropertyDetails details = shape->GetDetails(descriptor);
    // A define must not change attributes: only a plain field is a write.
    if (details.IsData() && !details.IsReadOnly() && (!define_own || details.attributes() == NONE)) {
      return StorePlan::kOwnField;
    }
    if (details.IsAccessor() && !define_own) {
      *setter_handler = handle(SmiValue(FieldHandler(HandlerKind::kStoreAccessor, shape, descriptor)), isolate);
      return StorePlan::kSetter;
    }
    return StorePlan::kSlow;
  }
  if (!shape->is_extensible()) return StorePlan::kSlow;
  if (define_own) return StorePlan::kTransition;
  // The chain must hold no setter or read-only property of this name.
  Handle<Shape> shape_h(shape, isolate);
  Handle<Value> cell = GuardCellFor(isolate, receiver, shape_h);
  Value holder = shape_h->prototype();
  for (int depth = 0; IsJSReceiver(holder); depth++) {
    if (depth > 64) return StorePlan::kSlow;
    JSObject* h = JSObject::cast(holder);
    Shape* holder_shape = h->shape();
    if (holder_shape->instance_type() == InstanceType::kJSGlobalObject || !holder_shape->is_prototype_map()) {
      return StorePlan::kSlow;
    }
    PropertyDetails details;
    bool found = false;
    Value value = Value::Undefined();
    if (holder_shape->has_fast_properties()) {
      int d = holder_shape->SearchDescriptor(*name);
      if (d >= 0) {
        found = true;
        details = holder_shape->GetDetails(d);
        value = h->RawFastPropertyAt(details.field_index());
      }
    } else {
      Dictionary* dictionary = h->property_dictionary();
      int entry = dictionary->FindEntry(*name);
      if (entry >= 0) {
        found = true;
        details = dictionary->DetailsAt(entry);
        value = dictionary->ValueAt(entry);
      }
    }
    if (found) {
      if (details.IsAccessor() && IsAccessorPair(value) && IsCell(*cell)) {
        Handle<Value> holder_h(holder, isolate), pair(value, isolate), undefined(Value::Undefined(), isolate);
        *setter_handler = Handle<Value>::cast(
            DataHandler::New(isolate, SmiHandler::Make(HandlerKind::kStoreAccessor), cell, holder_h, pair));
        return StorePlan::kSetter;
      }
      if (details.IsAccessor() || details.IsReadOnly()) return StorePlan::kSlow;
      break;  // a writable data property up the chain: define on the receiver
    }
    holder = h->GetPrototype();
  }
  return StorePlan::kTransition;
}

Value StoreICImpl(Isolate* isolate, Value receiver, Value name, Value value, Value vector_value, int slot,
                  bool strict, bool define_own, const char* op) {
  auto generic = [&](Value r, Value n, Value v) {
    return define_own ? Runtime_DefineOwnProperty(isolate, r, n, v, false)
                      : Runtime_SetProperty(isolate, r, n, v, strict);
  };
  if (!IsFeedbackVector(vector_value) || !receiver.IsHeapObject()) return generic(receiver, name, value);
  ICRuntime* ic = ICRuntimeOf(isolate);
  {
    // OPTIMIZATION: handlers that need no allocation run before any handle
    // is made.
    Value handler = ExistingHandler(FeedbackVector::cast(vector_value), slot,
                                    receiver.heap_object()->shape_value(), name, &ic->store_cache);
    if (TryStoreWithHandler(handler, receiver, value)) return value;
    if (IsShape(handler) && TryTransitionWithoutAllocation(handler, receiver, value)) return value;
  }
  HandleScope scope(isolate);
  Handle<Value> receiver_h(receiver, isolate), name_h(name, isolate), value_h(value, isolate);
  Handle<FeedbackVector> vector(FeedbackVector::cast(vector_value), isolate);
  Value handler = ExistingHandler(*vector, slot, receiver_h->heap_object()->shape_value(), name,
                                  &ic->store_cache);
  if (!handler.IsTheHole() && !(handler.IsInt32() && SmiHandler::KindOf(handler.AsInt32()) == HandlerKind::kSlow)) {
    bool threw = false;
    if (StoreWithHandler(isolate, handler, receiver_h, value_h, &threw)) {
      return threw ? Value::Exception() : *value_h;
    }
  } else if (!handler.IsTheHole()) {
    return generic(*receiver_h, *name_h, *value_h);
  }
  // Miss: plan, store generically, then record what happened.
  MigrateIfDeprecated(isolate, receiver_h);
  Handle<Value> old_shape(receiver_h->heap_object()->shape_value(), isolate);
  Handle<Value> setter_handler;
  StorePlan plan = IsName(*name_h) ? PlanStore(isolate, receiver_h, Handle<Name>::cast(name_h), define_own,
                                              &setter_handler)
                                   : StorePlan::kSlow;
  Value result = generic(*receiver_h, *name_h, *value_h);
  if (result.IsException()) return result;
  Handle<Value> result_h(result, isolate);
  Handle<Value> new_handler = handle(SmiValue(SmiHandler::Make(HandlerKind::kSlow)), isolate);
  Handle<Value> key_shape = old_shape;
  Shape* now = receiver_h->heap_object()->shape();
  switch (plan) {
    case StorePlan::kOwnField: {
      // The store may have generalized the field (in place, or into a new
      // shape when it became a double): cache by the shape it has now.
      if (now->has_fast_properties() && !now->is_deprecated()) {
        int descriptor = now->SearchDescriptor(Name::cast(*name_h));
        if (descriptor >= 0 && now->GetDetails(descriptor).IsData()) {
          new_handler = handle(SmiValue(FieldHandler(HandlerKind::kStoreField, now, descriptor)), isolate);
          key_shape = handle(now->ToValue(), isolate);
        }
      }
      break;
    }
    case StorePlan::kTransition:
      if (now->ToValue() != *old_shape && now->has_fast_properties() && !now->is_deprecated() &&
          now->GetBackPointer() == Shape::cast(*old_shape) && now->LastAdded() == Name::cast(*name_h)) {
        int descriptor = now->number_of_own_descriptors() - 1;
        PropertyDetails details = now->GetDetails(descriptor);
        Handle<Shape> target(now, isolate);
        if (details.field_index() < target->inobject_properties()) {
          // In-object: a record the inline path applies without calling out,
          // guarded by the chain's cell (no cell: no prototype to guard, the
          // bare Shape handler below checks the chain itself).
          Handle<Value> cell = GuardCellFor(isolate, old_shape, Handle<Shape>(Shape::cast(*old_shape), isolate));
          if (IsCell(*cell)) {
            Handle<Value> undefined(Value::Undefined(), isolate);
            int32_t smi = SmiHandler::Field(HandlerKind::kStoreTransition, true,
                                            target->GetInObjectPropertyOffset(details.field_index()) / kTaggedSize,
                                            details.representation());
            new_handler = Handle<Value>::cast(DataHandler::New(isolate, smi, cell, undefined, Handle<Value>::cast(target)));
            break;
          }
        }
        new_handler = Handle<Value>::cast(target);
      }
      break;
    case StorePlan::kSetter:
      new_handler = setter_handler;
      break;
    case StorePlan::kSlow:
      break;
  }
  if (IsShape(*key_shape)) {
    Handle<Value> key = IsName(*name_h) ? name_h : handle(Value::Undefined(), isolate);
    UpdatePairs(isolate, vector, slot, key_shape, new_handler, key, op, &ic->store_cache);
  }
  return *result_h;
}

}  // namespace

Value Runtime_StoreIC(Isolate* isolate, Value receiver, Value name, Value value, Value vector, int slot,
                      bool strict) {
  return StoreICImpl(isolate, receiver, name, value, vector, slot, strict, false, "store");
}

Value Runtime_DefineNamedOwnIC(Isolate* isolate, Value receiver, Value name, Value value, Value vector,
                               int slot) {
  return StoreICImpl(isolate, receiver, name, value, vector, slot, true, true, "define_own");
}

// -- KeyedStoreIC ------------------------------------------------------------------------------

Value Runtime_KeyedStoreIC(Isolate* isolate, Value receiver, Value key, Value value, Value vector_value,
                           int slot, bool strict) {
  if (key.IsDouble() && key.Number() >= 0 && key.Number() <= INT32_MAX &&
      static_cast<double>(static_cast<int32_t>(key.Number())) == key.Number()) {
    key = Value::FromInt32(static_cast<int32_t>(key.Number()));
  }
  if (IsCacheableName(key) && receiver.IsHeapObject()) {
    return StoreICImpl(isolate, receiver, key, value, vector_value, slot, strict, false, "keyed_store");
  }
  if (!IsFeedbackVector(vector_value) || !IsElementKey(key) || !IsJSReceiver(receiver)) {
    return Runtime_SetProperty(isolate, receiver, key, value, strict, StoreOrigin::kMaybeKeyed);
  }
  FeedbackVector* vector = FeedbackVector::cast(vector_value);
  Value shape = receiver.heap_object()->shape_value();
  Value handler = FindHandler(vector->feedback(slot), vector->extra(slot), shape);
  HandleScope scope(isolate);
  Handle<Value> receiver_h(receiver, isolate), key_h(key, isolate), value_h(value, isolate);
  if (handler.IsInt32() && SmiHandler::KindOf(handler.AsInt32()) == HandlerKind::kStoreElement &&
      Elements::IsSimpleFastArray(isolate, JSObject::cast(receiver)) &&
      static_cast<uint32_t>(key.AsInt32()) == JSArray::cast(receiver)->length() &&
      key.AsInt32() < static_cast<int32_t>(JSArray::kMaxFastArrayLength)) {
    // OPTIMIZATION: `a[a.length] = v` on a simple fast array appends
    // directly; if the elements kind changes, the site learns the new shape.
    Elements::SetElement(isolate, Handle<JSObject>::cast(receiver_h), static_cast<uint32_t>(key.AsInt32()), value_h,
                         NONE);
    if (JSObject::cast(*receiver_h)->shape()->ToValue() != shape) {
      Shape* now = JSObject::cast(*receiver_h)->shape();
      Handle<Value> now_h(now->ToValue(), isolate);
      Handle<Value> new_handler(SmiValue(SmiHandler::Element(HandlerKind::kStoreElement, now->elements_kind())),
                                isolate);
      UpdatePairs(isolate, handle(FeedbackVector::cast(vector_value), isolate), slot, now_h, new_handler, key_h,
                  "keyed_store", &ICRuntimeOf(isolate)->store_cache);
    }
    return *value_h;
  }
  Handle<FeedbackVector> vector_h(vector, isolate);
  Handle<Value> old_shape(shape, isolate);
  Value result = Runtime_SetProperty(isolate, *receiver_h, *key_h, *value_h, strict, StoreOrigin::kMaybeKeyed);
  if (result.IsException()) return result;
  Handle<Value> result_h(result, isolate);
  // Learn the shape the receiver has now (an elements-kind transition moves
  // it): that is the shape the next store sees.
  Shape* now = JSObject::cast(*receiver_h)->shape();
  bool learn = handler.IsTheHole() || now->ToValue() != *old_shape;
  if (learn && vector_h->feedback(slot) != MegamorphicSentinel()) {
    Handle<Value> now_h(now->ToValue(), isolate);
    Handle<Value> new_handler =
        IsElementsReceiverType(now->instance_type()) && IsFastElementsKind(now->elements_kind())
            ? handle(SmiValue(SmiHandler::Element(HandlerKind::kStoreElement, now->elements_kind())), isolate)
            : handle(SmiValue(SmiHandler::Make(HandlerKind::kSlow)), isolate);
    UpdatePairs(isolate, vector_h, slot, now_h, new_handler, key_h, "keyed_store",
                &ICRuntimeOf(isolate)->store_cache);
  }
  return *result_h;
}

// -- Globals ------------------------------------------------------------------------------------

namespace {

// The global object's cell for {name} if it holds a plain data value.
Value CacheableGlobalCell(Isolate* isolate, Value name) {
  JSGlobalObject* global = JSGlobalObject::cast(NativeContextOf(isolate)->global_object());
  Value cell = global->FindPropertyCell(Name::cast(name));
  if (!IsPropertyCell(cell)) return Value::Undefined();
  PropertyCell* c = PropertyCell::cast(cell);
  if (c->value().IsTheHole() || IsAccessorPair(c->value()) || !c->details().IsData()) return Value::Undefined();
  return cell;
}

void LearnGlobal(Isolate* isolate, Handle<FeedbackVector> vector, int slot, Handle<Value> name, const char* op) {
  Value cell = CacheableGlobalCell(isolate, *name);
  Value feedback = vector->feedback(slot);
  if (feedback == cell || feedback == MegamorphicSentinel()) return;
  ICState from = GetICState(*vector, slot);
  if (cell.IsUndefined()) {
    if (feedback.IsUndefined()) return;  // stays uninitialized until a cell exists
    vector->set_feedback(slot, MegamorphicSentinel());
  } else {
    vector->set_feedback(slot, cell);
  }
  TraceIC(isolate, op, slot, *name, from, GetICState(*vector, slot), Value::Undefined(), cell, 0);
}

}  // namespace

Value Runtime_LoadGlobalIC(Isolate* isolate, Value name, Value vector, int slot, bool inside_typeof) {
  Value result = Runtime_LoadGlobal(isolate, name, inside_typeof);
  if (result.IsException() || !IsFeedbackVector(vector)) return result;
  HandleScope scope(isolate);
  Handle<Value> result_h(result, isolate), name_h(name, isolate);
  LearnGlobal(isolate, handle(FeedbackVector::cast(vector), isolate), slot, name_h, "global_load");
  return *result_h;
}

Value Runtime_StoreGlobalIC(Isolate* isolate, Value name, Value value, Value vector, int slot, bool strict) {
  Value result = Runtime_StoreGlobal(isolate, name, value, strict);
  if (result.IsException() || !IsFeedbackVector(vector)) return result;
  HandleScope scope(isolate);
  Handle<Value> result_h(result, isolate), name_h(name, isolate);
  LearnGlobal(isolate, handle(FeedbackVector::cast(vector), isolate), slot, name_h, "global_store");
  return *result_h;
}

// -- Calls and instanceof ---------------------------------------------------------------------------

void RecordCallFeedbackSlow(Isolate* isolate, FeedbackVector* vector, int slot, Value target) {
  ICState from = GetICState(vector, slot);
  Value feedback = vector->feedback(slot);
  bool weak_target = IsJSFunction(target);
  if ((feedback.IsUndefined() || feedback.IsTheHole()) && weak_target) {
    vector->set_feedback(slot, target);
  } else {
    vector->set_feedback(slot, MegamorphicSentinel());
  }
  if (LUCID_UNLIKELY(isolate->tracer()->enabled(TraceChannel::kIC))) {
    Value name = Value::Undefined();
    if (IsJSFunction(target)) name = JSFunction::cast(target)->shared()->name();
    TraceIC(isolate, "call", slot, name, from, GetICState(vector, slot), Value::Undefined(), Value::Undefined(),
            0);
  }
}

Value Runtime_InstanceOfIC(Isolate* isolate, Value object, Value callable, Value vector_value, int slot) {
  if (IsFeedbackVector(vector_value)) {
    FeedbackVector* vector = FeedbackVector::cast(vector_value);
    Value feedback = vector->feedback(slot);
    if (feedback != callable && feedback != MegamorphicSentinel()) {
      ICState from = GetICState(vector, slot);
      // The hole is a constructor the GC cleared: learn again.
      bool fresh = feedback.IsUndefined() || feedback.IsTheHole();
      vector->set_feedback(slot, fresh && IsJSFunction(callable) ? callable : MegamorphicSentinel());
      if (isolate->tracer()->enabled(TraceChannel::kIC)) {
        Value name = IsJSFunction(callable) ? JSFunction::cast(callable)->shared()->name() : Value::Undefined();
        TraceIC(isolate, "instanceof", slot, name, from, GetICState(vector, slot), Value::Undefined(),
                Value::Undefined(), 0);
      }
    }
  }
  return Runtime_InstanceOf(isolate, object, callable);
}

void TraceLiteralShapeCached(Isolate* isolate, FeedbackVector* vector, int slot, const Shape* shape) {
  if (!isolate->tracer()->enabled(TraceChannel::kIC)) return;
  (void)vector;
  TraceIC(isolate, "literal", slot, Value::Undefined(), ICState::kUninitialized, ICState::kMonomorphic,
          shape->ToValue(), Value::Undefined(), 1, "shape cached");
}

void TraceBinaryOpFeedback(Isolate* isolate, FeedbackVector* vector, int slot, int32_t from, int32_t to) {
  bool compare = vector->kind(slot) == FeedbackSlotKind::kCompareOp;
  std::string extra = std::string(BinaryOpHint::Name(from)) + " -> " + BinaryOpHint::Name(to);
  TraceIC(isolate, compare ? "compare" : "binary", slot, Value::Undefined(),
          from == 0 ? ICState::kUninitialized : ICState::kMonomorphic, ICState::kMonomorphic, Value::Undefined(),
          Value::Undefined(), 0, extra.c_str());
}

// -- --stats: IC sites by kind and state ------------------------------------------------------------

namespace {

void CountICSites(Isolate* isolate, Tracer::Stats* stats) {
  for (int k = 0; k < kFeedbackSlotKindCount; k++) {
    for (int s = 0; s < Tracer::Stats::kICStateCount; s++) stats->ic_sites[k][s] = 0;
  }
  stats->feedback_vectors = 0;
  isolate->heap()->ForEachObject([stats](HeapObject* object) {
    if (object->instance_type() != InstanceType::kFeedbackVector) return;
    const FeedbackVector* vector = static_cast<const FeedbackVector*>(object);
    stats->feedback_vectors++;
    for (int slot = 0; slot < vector->slot_count(); slot++) {
      FeedbackSlotKind kind = vector->kind(slot);
      if (kind == FeedbackSlotKind::kJumpLoop || kind == FeedbackSlotKind::kForIn) continue;
      stats->ic_sites[static_cast<int>(kind)][static_cast<int>(GetICState(vector, slot))]++;
    }
  });
  ICRuntime* ic = static_cast<ICRuntime*>(isolate->extension(IsolateExtension::kIC));
  if (ic != nullptr) {
    stats->stub_cache_hits = ic->load_cache.hits() + ic->store_cache.hits();
    stats->stub_cache_misses = ic->load_cache.misses() + ic->store_cache.misses();
  }
}

}  // namespace

}  // namespace lucid
