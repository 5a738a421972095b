// Copyright the Lucid authors. MIT license.
// Inline caches: the state machine of a feedback slot, the megamorphic stub
// cache, the fast paths the interpreter inlines and the IC-miss runtime
// functions (DESIGN.md "Feedback and inline caches").
//
// What a slot's two words hold (FeedbackVector::feedback / extra):
//
//   kind              state          feedback word        extra word
//   ----------------  -------------  -------------------  ------------------
//   Load/Store/       uninitialized  undefined            undefined
//   DefineNamedOwn    cleared        the hole (GC)        stale handler
//   KeyedLoad/Store   monomorphic    Shape (weak)         handler
//   KeyedHas          polymorphic    FeedbackArray        undefined
//   (element keys)                   (shape, handler)*
//                     megamorphic    kMegamorphic         undefined
//   Keyed* with a     monomorphic/   the Name             FeedbackArray
//   name key          polymorphic                         (shape, handler)*
//   LoadGlobal/       monomorphic    PropertyCell         undefined
//   StoreGlobal       generic        kMegamorphic         undefined
//   Call              monomorphic    JSFunction (weak)    call count
//                     megamorphic    kMegamorphic         call count
//   InstanceOf        monomorphic    the constructor      undefined
//   BinaryOp/Compare  (lattice)      int32 BinaryOpHint / CompareOpHint bits
//
// Handlers are vm/ic/handler.h's. A cleared (dead) shape reads as a miss;
// the miss re-learns the site.

#ifndef LUCID_VM_IC_IC_H_
#define LUCID_VM_IC_IC_H_

#include <cstdint>

#include "gc/handles.h"
#include "vm/ic/handler.h"
#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/context.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/string.h"

namespace lucid {

// V(Name, letter, word): V8's --trace-ic letters.
#define IC_STATE_LIST(V)                           \
  V(Uninitialized, "0", "uninitialized")           \
  V(Monomorphic, "1", "monomorphic")               \
  V(Polymorphic, "P", "polymorphic")               \
  V(Megamorphic, "N", "megamorphic")               \
  V(Generic, "G", "generic")

enum class ICState : uint8_t {
#define V(Name, letter, word) k##Name,
  IC_STATE_LIST(V)
#undef V
};
const char* ICStateLetter(ICState state);
const char* ICStateWord(ICState state);

inline constexpr int kMaxPolymorphism = 4;
// The feedback word of a megamorphic site (an int32: never a cell).
inline Value MegamorphicSentinel() { return Value::FromInt32(-1); }

// The state of {slot} (--trace-ic, --stats, %GetICState).
ICState GetICState(const FeedbackVector* vector, int slot);

// -- Binary-operation and compare feedback (a join lattice, V8's hints) ----------
//
//   none (0) ⊂ signed small (1) ⊂ number (3) ⊂ any (0x7F);  string (4)
namespace BinaryOpHint {
inline constexpr int32_t kNone = 0;
inline constexpr int32_t kSignedSmall = 1;
inline constexpr int32_t kNumber = 3;
inline constexpr int32_t kString = 4;
inline constexpr int32_t kAny = 0x7F;
// The hint for one operation's inputs (and int32 result).
inline int32_t For(Value lhs, Value rhs, bool int32_result) {
  if (lhs.IsNumber() && rhs.IsNumber()) return int32_result ? kSignedSmall : kNumber;
  if (lucid::IsString(lhs) && lucid::IsString(rhs)) return kString;
  return kAny;
}
const char* Name(int32_t hint);
}  // namespace BinaryOpHint

// Joins {hint} into a BinaryOp/CompareOp slot. A store only when it changes.
inline void RecordBinaryOpFeedback(Isolate* isolate, FeedbackVector* v, int slot, int32_t hint) {
  if (v == nullptr) return;
  Value old = v->feedback(slot);
  int32_t bits = old.IsInt32() ? old.AsInt32() : 0;
  if ((bits | hint) == bits) return;
  void TraceBinaryOpFeedback(Isolate*, FeedbackVector*, int, int32_t, int32_t);
  if (LUCID_UNLIKELY(isolate->tracer()->enabled(TraceChannel::kIC))) {
    TraceBinaryOpFeedback(isolate, v, slot, bits, bits | hint);
  }
  v->set(FeedbackVector::FeedbackIndex(slot), Value::FromInt32(bits | hint), SKIP_WRITE_BARRIER);
}

// -- The megamorphic stub cache ----------------------------------------------------------
//
// One global table per isolate and access kind, keyed by (shape, name),
// direct-mapped. Its words are raw: it is cleared at the start of every GC
// (Heap::AddGCPrologueCallback), so it never holds a moved or dead cell.
class StubCache {
 public:
  static constexpr int kEntries = 1024;
  struct Entry {
    Value shape;
    Value name;
    Value handler;
  };
  static int Index(Value shape, const Name* name) {
    uint64_t bits = shape.raw_bits() >> 3;
    return static_cast<int>((bits ^ (bits >> 10) ^ name->hash()) & (kEntries - 1));
  }
  // The handler for (shape, name), or the hole.
  Value Get(Value shape, const Name* name) {
    const Entry& e = entries_[Index(shape, name)];
    if (e.shape == shape && e.name == name->ToValue()) {
      hits_++;
      return e.handler;
    }
    misses_++;
    return Value::TheHole();
  }
  void Set(Value shape, const Name* name, Value handler) {
    entries_[Index(shape, name)] = {shape, name->ToValue(), handler};
    empty_ = false;
  }
  void Clear();
  int64_t hits() const { return hits_; }
  int64_t misses() const { return misses_; }

 private:
  Entry entries_[kEntries];
  // OPTIMIZATION: nothing to clear since the last Clear (--gc-stress
  // collects at every allocation).
  bool empty_ = false;
  int64_t hits_ = 0;
  int64_t misses_ = 0;
};

// The per-isolate IC state (IsolateExtension::kIC): the stub caches and the
// pseudo shapes of primitive receivers.
struct ICRuntime {
  StubCache load_cache;
  StubCache store_cache;
  Global<Value> number_shape;   // the feedback shape of numbers
  Global<Value> boolean_shape;  // of booleans
};
ICRuntime* ICRuntimeOf(Isolate* isolate);

// The shape a receiver is cached by: its own for cells, a pseudo shape for
// numbers and booleans, undefined for null/undefined (which throw).
LUCID_ALWAYS_INLINE Value FeedbackShapeOf(Isolate* isolate, Value receiver) {
  if (receiver.IsHeapObject()) return receiver.heap_object()->shape_value();
  ICRuntime* ic = static_cast<ICRuntime*>(isolate->extension(IsolateExtension::kIC));
  if (ic == nullptr) return Value::Undefined();
  if (ic->number_shape.IsEmpty()) return Value::Undefined();
  if (receiver.IsNumber()) return *ic->number_shape.Get();
  if (receiver.IsBoolean()) return *ic->boolean_shape.Get();
  return Value::Undefined();
}

// -- Fast paths (no allocation, no calls; the interpreter inlines them) ------------
// They take the vector as a FeedbackVector* (null: no feedback yet), as the
// interpreter keeps it: metadata space does not move.

// {vector} (a FeedbackVector or undefined) as the fast paths take it.
LUCID_ALWAYS_INLINE FeedbackVector* VectorOrNull(Value vector) {
  return vector.IsHeapObject() ? static_cast<FeedbackVector*>(vector.heap_object()) : nullptr;
}

// The handler {feedback}/{extra} hold for {shape}, or the hole.
LUCID_ALWAYS_INLINE Value FindHandler(Value feedback, Value extra, Value shape) {
  if (feedback == shape) return extra;
  if (lucid::IsFeedbackArray(feedback)) {
    FeedbackArray* array = static_cast<FeedbackArray*>(feedback.heap_object());
    int n = array->entries();
    for (int i = 0; i < n; i++) {
      if (array->shape_at(i) == shape) return array->handler_at(i);
    }
  }
  return Value::TheHole();
}

LUCID_ALWAYS_INLINE Value LoadFieldWithSmiHandler(const HeapObject* holder, int32_t h) {
  int index = SmiHandler::IndexOf(h);
  if (SmiHandler::IsInObject(h)) return holder->field(index * kTaggedSize);
  Value properties = holder->field(JSObject::kPropertiesOrHashOffset);
  return static_cast<PropertyArray*>(properties.heap_object())->get(index);
}

LUCID_ALWAYS_INLINE bool IsValidityCellValid(Value cell) {
  return !cell.IsHeapObject() || static_cast<Cell*>(cell.heap_object())->IsValid();
}

// A load through {handler}; false when it needs the runtime (or its guard
// failed).
LUCID_ALWAYS_INLINE bool TryLoadWithHandler(Value handler, Value receiver, Value* out) {
  if (handler.IsInt32()) {
    int32_t h = handler.AsInt32();
    // OPTIMIZATION: an own field, by far the most common handler, is tested
    // before the switch.
    if (LUCID_LIKELY(SmiHandler::KindOf(h) == HandlerKind::kLoadField)) {
      *out = LoadFieldWithSmiHandler(receiver.heap_object(), h);
      return !out->IsTheHole();
    }
    switch (SmiHandler::KindOf(h)) {
      case HandlerKind::kLoadArrayLength:
        *out = static_cast<JSArray*>(receiver.heap_object())->length_value();
        return true;
      case HandlerKind::kLoadStringLength:
        *out = Value::FromInt32(static_cast<String*>(receiver.heap_object())->length());
        return true;
      case HandlerKind::kLoadNonexistent:
        *out = Value::Undefined();
        return true;
      default:
        return false;
    }
  }
  // OPTIMIZATION: a load handler that is a cell is a DataHandler (only
  // stores have Shape handlers), so no instance-type check.
  if (!handler.IsHeapObject()) return false;
  DCHECK(lucid::IsDataHandler(handler));
  DataHandler* d = static_cast<DataHandler*>(handler.heap_object());
  if (!IsValidityCellValid(d->validity_cell())) return false;
  int32_t h = d->smi_handler();
  switch (SmiHandler::KindOf(h)) {
    case HandlerKind::kLoadField: {
      Value holder = d->holder();
      *out = LoadFieldWithSmiHandler(holder.IsHeapObject() ? holder.heap_object() : receiver.heap_object(), h);
      return !out->IsTheHole();
    }
    case HandlerKind::kLoadConstant:
      *out = d->data();
      return true;
    case HandlerKind::kLoadNonexistent:
      *out = Value::Undefined();
      return true;
    default:
      return false;
  }
}

// The named LoadIC's inline path: the site's handler for the receiver's
// shape (monomorphic, polymorphic or the stub cache), applied if it needs
// no call.
// The handler a named site has for a cell receiver's shape: its own pairs,
// or the stub cache when it is megamorphic; the hole if none.
LUCID_ALWAYS_INLINE Value ProbeNamedSite(Isolate* isolate, FeedbackVector* v, int slot, Value receiver, Value name,
                                         bool store) {
  Value feedback = v->feedback(slot);
  Value shape = receiver.heap_object()->shape_value();
  if (feedback != MegamorphicSentinel()) return FindHandler(feedback, v->extra(slot), shape);
  ICRuntime* ic = static_cast<ICRuntime*>(isolate->extension(IsolateExtension::kIC));
  return (store ? ic->store_cache : ic->load_cache).Get(shape, static_cast<Name*>(name.heap_object()));
}

// The handler a named site has for {receiver}, or the hole (no vector, a
// primitive receiver, nothing learned for its shape).
LUCID_ALWAYS_INLINE Value NamedSiteHandler(Isolate* isolate, FeedbackVector* vector, int slot, Value receiver,
                                           Value name, bool store) {
  if (vector == nullptr || !receiver.IsHeapObject()) return Value::TheHole();
  return ProbeNamedSite(isolate, vector, slot, receiver, name, store);
}

// The JS function an accessor handler calls for {receiver} (the getter, or
// with {setter} the setter): an own accessor field, or a prototype's pair
// behind a valid cell; false otherwise. The interpreter calls it in its
// loop like any call.
LUCID_ALWAYS_INLINE bool AccessorOfHandler(Value handler, Value receiver, bool setter, Value* function) {
  HandlerKind wanted = setter ? HandlerKind::kStoreAccessor : HandlerKind::kLoadAccessor;
  Value pair;
  if (handler.IsInt32()) {
    int32_t h = handler.AsInt32();
    if (SmiHandler::KindOf(h) != wanted) return false;
    pair = LoadFieldWithSmiHandler(receiver.heap_object(), h);
  } else if (lucid::IsDataHandler(handler)) {
    DataHandler* d = static_cast<DataHandler*>(handler.heap_object());
    if (SmiHandler::KindOf(d->smi_handler()) != wanted || !IsValidityCellValid(d->validity_cell())) return false;
    pair = d->data();
  } else {
    return false;
  }
  if (!lucid::IsAccessorPair(pair)) return false;
  Value f = static_cast<const HeapObject*>(pair.heap_object())
                ->field(setter ? AccessorPair::kSetterOffset : AccessorPair::kGetterOffset);
  if (!lucid::IsJSFunction(f)) return false;
  *function = f;
  return true;
}

LUCID_ALWAYS_INLINE bool ValueFitsRepresentation(int32_t h, Value value) {
  switch (SmiHandler::RepresentationOf(h).kind()) {
    case Representation::kNone: return false;
    case Representation::kSmi: return value.IsInt32();
    case Representation::kDouble: return value.IsNumber();
    case Representation::kHeapObject: return value.IsHeapObject();
    case Representation::kTagged: return true;
  }
  return false;
}

// A transition into an in-object field through a kStoreTransition
// DataHandler: the chain's cell is valid, the target shape is live and not
// deprecated, the value fits the representation recorded when the site
// learned it (a field only ever generalizes, so a stale record is narrower,
// never wrong).
LUCID_ALWAYS_INLINE bool TryStoreTransitionWithHandler(DataHandler* d, Value receiver, Value value) {
  int32_t h = d->smi_handler();
  if (SmiHandler::KindOf(h) != HandlerKind::kStoreTransition) return false;
  if (!IsValidityCellValid(d->validity_cell())) return false;
  Value target = d->data();
  if (!target.IsHeapObject() || !ValueFitsRepresentation(h, value)) return false;
  ShapeLayout* layout = static_cast<ShapeLayout*>(target.heap_object());
  if (layout->is_deprecated()) return false;
  HeapObject* object = receiver.heap_object();
  object->set_shape(layout);
  object->set_field(SmiHandler::IndexOf(h) * kTaggedSize, value);
  return true;
}

// A store into an existing field (or an in-object transition) through
// {handler}; false when it needs the runtime (growing storage, a setter, a
// representation or const change).
LUCID_ALWAYS_INLINE bool TryStoreWithHandler(Value handler, Value receiver, Value value) {
  if (!handler.IsInt32()) {
    return lucid::IsDataHandler(handler) &&
           TryStoreTransitionWithHandler(static_cast<DataHandler*>(handler.heap_object()), receiver, value);
  }
  int32_t h = handler.AsInt32();
  if (SmiHandler::KindOf(h) != HandlerKind::kStoreField || !ValueFitsRepresentation(h, value)) return false;
  HeapObject* object = receiver.heap_object();
  int index = SmiHandler::IndexOf(h);
  if (SmiHandler::IsInObject(h)) {
    if (SmiHandler::IsConst(h)) {
      // A const field takes only its own value, or its first one (the hole
      // of an uninitialized literal field).
      Value current = object->field(index * kTaggedSize);
      if (current != value && !current.IsTheHole()) return false;
    }
    object->set_field(index * kTaggedSize, value);
  } else {
    PropertyArray* properties =
        static_cast<PropertyArray*>(object->field(JSObject::kPropertiesOrHashOffset).heap_object());
    if (SmiHandler::IsConst(h)) {
      Value current = properties->get(index);
      if (current != value && !current.IsTheHole()) return false;
    }
    properties->set(index, value);
  }
  return true;
}

// A transitioning store whose new field is in-object (no storage to grow):
// the receiver moves to {target} and the field is written. False when the
// transition does not apply as is.
bool TryTransitionWithoutAllocation(Value target, Value receiver, Value value);

LUCID_ALWAYS_INLINE bool TryStoreICFast(Isolate* isolate, FeedbackVector* vector, int slot, Value receiver,
                                        Value name, Value value) {
  if (vector == nullptr || !receiver.IsHeapObject()) return false;
  Value handler = ProbeNamedSite(isolate, vector, slot, receiver, name, true);
  if (TryStoreWithHandler(handler, receiver, value)) return true;
  return lucid::IsShape(handler) && TryTransitionWithoutAllocation(handler, receiver, value);
}

// A hole or a read past the end of an array: undefined when the
// no-elements protector holds and the array's prototype is the initial
// Array.prototype (nothing on the chain has elements).
LUCID_ALWAYS_INLINE bool IsUndefinedBeyondArray(Isolate* isolate, HeapObject* object) {
  if (object->instance_type() != InstanceType::kJSArray) return false;
  Roots roots = isolate->roots();
  Value protector = roots.no_elements_protector();
  return static_cast<Cell*>(protector.heap_object())->IsValid() &&
         object->shape_layout()->prototype() ==
             static_cast<NativeContext*>(roots.native_context().heap_object())->array_prototype();
}

// Keyed element load: fast elements; in bounds and not a hole, or (for
// arrays under the no-elements protector) undefined.
LUCID_ALWAYS_INLINE bool TryLoadElementFast(Isolate* isolate, FeedbackVector* v, int slot, Value receiver, Value key,
                                            Value* out) {
  if (v == nullptr || !receiver.IsHeapObject() || !key.IsInt32() || key.AsInt32() < 0) {
    return false;
  }
  Value handler = FindHandler(v->feedback(slot), v->extra(slot), receiver.heap_object()->shape_value());
  if (!handler.IsInt32() || SmiHandler::KindOf(handler.AsInt32()) != HandlerKind::kLoadElement) {
    return false;
  }
  HeapObject* object = receiver.heap_object();
  Value elements = object->field(JSObject::kElementsOffset);
  uint32_t index = static_cast<uint32_t>(key.AsInt32());
  FixedArray* store = static_cast<FixedArray*>(elements.heap_object());
  if (index >= static_cast<uint32_t>(store->length()) ||
      (object->instance_type() == InstanceType::kJSArray && index >= static_cast<JSArray*>(object)->length())) {
    if (!IsUndefinedBeyondArray(isolate, object)) return false;
    *out = Value::Undefined();
    return true;
  }
  *out = store->get(static_cast<int>(index));
  if (!out->IsTheHole()) return true;
  if (!IsUndefinedBeyondArray(isolate, object)) return false;
  *out = Value::Undefined();
  return true;
}

// An internalized, non-index name (what named feedback may be keyed by).
LUCID_ALWAYS_INLINE bool IsCacheableName(Value key) {
  if (lucid::IsSymbol(key)) return true;
  if (!lucid::IsString(key)) return false;
  String* s = static_cast<String*>(key.heap_object());
  return s->IsInternalizedString() && !StringHasher::IsArrayIndex(s->raw_hash_field());
}

// Keyed load of a name: at a site specialized to that name (the feedback
// is the name, the extra word its shape/handler pairs, as V8's keyed ICs)
// or a megamorphic one (the stub cache), the handler for the receiver's
// shape applied if it needs no call. False: the runtime (another name, a
// miss, a getter).
LUCID_ALWAYS_INLINE bool TryLoadKeyedNameFast(Isolate* isolate, FeedbackVector* v, int slot, Value receiver, Value key,
                                              Value* out) {
  if (v == nullptr || !receiver.IsHeapObject() || !key.IsHeapObject()) return false;
  Value feedback = v->feedback(slot);
  Value shape = receiver.heap_object()->shape_value();
  Value handler;
  if (feedback == key) {
    handler = FindHandler(v->extra(slot), Value::Undefined(), shape);
  } else if (feedback == MegamorphicSentinel() && IsCacheableName(key)) {
    handler = static_cast<ICRuntime*>(isolate->extension(IsolateExtension::kIC))
                  ->load_cache.Get(shape, static_cast<Name*>(key.heap_object()));
  } else {
    return false;
  }
  return TryLoadWithHandler(handler, receiver, out);
}

// Keyed element store: fast elements, in bounds (over a non-hole, or a
// hole no prototype can observe), a value the elements kind holds.
LUCID_ALWAYS_INLINE bool TryStoreElementFast(Isolate* isolate, FeedbackVector* v, int slot, Value receiver, Value key,
                                             Value value) {
  if (v == nullptr || !receiver.IsHeapObject() || !key.IsInt32() || key.AsInt32() < 0) {
    return false;
  }
  Value handler = FindHandler(v->feedback(slot), v->extra(slot), receiver.heap_object()->shape_value());
  if (!handler.IsInt32() || SmiHandler::KindOf(handler.AsInt32()) != HandlerKind::kStoreElement) {
    return false;
  }
  ElementsKind kind = SmiHandler::ElementsKindOf(handler.AsInt32());
  if (IsSmiElementsKind(kind) ? !value.IsInt32() : IsDoubleElementsKind(kind) && !value.IsNumber()) {
    return false;
  }
  HeapObject* object = receiver.heap_object();
  FixedArray* store = static_cast<FixedArray*>(object->field(JSObject::kElementsOffset).heap_object());
  uint32_t index = static_cast<uint32_t>(key.AsInt32());
  if (index >= static_cast<uint32_t>(store->length())) return false;
  if (object->instance_type() == InstanceType::kJSArray &&
      index >= static_cast<JSArray*>(object)->length()) {
    return false;
  }
  // A hole is filled in place when nothing on the chain can see the store:
  // an array on the initial Array.prototype under the no-elements
  // protector (as loads read holes as undefined). `new Array(n)` then
  // `a[i] = x` stays on this path.
  if (store->get(static_cast<int>(index)).IsTheHole() && !IsUndefinedBeyondArray(isolate, object)) return false;
  store->set(static_cast<int>(index), value);
  return true;
}

// Call feedback: the target, then megamorphic. Counts calls in the extra
// word. Cheap when the target repeats.
void RecordCallFeedbackSlow(Isolate* isolate, FeedbackVector* vector, int slot, Value target);
// The inline part: counts the call; true when the site already knows
// {target} (or is megamorphic), false when RecordCallFeedbackSlow must
// learn it. {v} is not null.
LUCID_ALWAYS_INLINE bool RecordCallFeedbackFast(FeedbackVector* v, int slot, Value target) {
  Value count = v->extra(slot);
  v->set(FeedbackVector::ExtraIndex(slot), Value::FromInt32(count.IsInt32() ? count.AsInt32() + 1 : 1),
         SKIP_WRITE_BARRIER);
  Value feedback = v->feedback(slot);
  return feedback == target || feedback == MegamorphicSentinel();
}

// -- IC-miss runtime functions: (receiver, key, vector, slot) ---------------------------
// Each applies the site's handler when one matches (calling getters and
// setters, growing storage), otherwise learns: computes the handler,
// moves the site's state and traces the change, then performs the access.
// {vector} may be undefined (no feedback yet): the generic path.

Value Runtime_LoadIC(Isolate* isolate, Value receiver, Value name, Value vector, int slot);
Value Runtime_KeyedLoadIC(Isolate* isolate, Value receiver, Value key, Value vector, int slot);
Value Runtime_StoreIC(Isolate* isolate, Value receiver, Value name, Value value, Value vector,
                      int slot, bool strict);
Value Runtime_DefineNamedOwnIC(Isolate* isolate, Value receiver, Value name, Value value,
                               Value vector, int slot);
Value Runtime_KeyedStoreIC(Isolate* isolate, Value receiver, Value key, Value value, Value vector,
                           int slot, bool strict);
Value Runtime_KeyedHasIC(Isolate* isolate, Value receiver, Value key, Value vector, int slot);
Value Runtime_LoadGlobalIC(Isolate* isolate, Value name, Value vector, int slot, bool inside_typeof);
Value Runtime_StoreGlobalIC(Isolate* isolate, Value name, Value value, Value vector, int slot,
                            bool strict);
Value Runtime_InstanceOfIC(Isolate* isolate, Value object, Value callable, Value vector, int slot);

// The global load/store inline paths: the cached PropertyCell.
LUCID_ALWAYS_INLINE bool TryLoadGlobalFast(FeedbackVector* vector, int slot, Value* out) {
  if (vector == nullptr) return false;
  Value feedback = vector->feedback(slot);
  if (!lucid::IsPropertyCell(feedback)) return false;
  Value v = static_cast<PropertyCell*>(feedback.heap_object())->value();
  if (v.IsTheHole() || lucid::IsAccessorPair(v)) return false;
  *out = v;
  return true;
}
LUCID_ALWAYS_INLINE bool TryStoreGlobalFast(FeedbackVector* vector, int slot, Value value) {
  if (vector == nullptr) return false;
  Value feedback = vector->feedback(slot);
  if (!lucid::IsPropertyCell(feedback)) return false;
  PropertyCell* cell = static_cast<PropertyCell*>(feedback.heap_object());
  PropertyDetails details = cell->details();
  Value current = cell->value();
  if (current.IsTheHole() || lucid::IsAccessorPair(current) || details.IsReadOnly()) return false;
  if (current != value && details.cell_type() != PropertyCellType::kMutable) return false;
  cell->set_value(value);
  return true;
}

// --trace-ic for a literal site that cached its shape.
void TraceLiteralShapeCached(Isolate* isolate, FeedbackVector* vector, int slot, const Shape* shape);

// Allocates {closure}'s feedback vector if its function has none, and
// points the running frame at it (Runtime_BudgetInterrupt).
void EnsureFeedbackVector(Isolate* isolate, Value closure);

}  // namespace lucid

#endif  // LUCID_VM_IC_IC_H_
