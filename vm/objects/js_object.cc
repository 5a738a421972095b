// Copyright 2025 the Lucid authors. MIT license.
// JSObject storage: fields, adding properties, migration between shapes,
// dictionary mode and back, prototype shapes, identity hashes.
#include "vm/objects/js_object.h"

#include <algorithm>

#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/factory.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/protectors.h"
#include "vm/objects/prototype_info.h"
#include "vm/objects/string.h"

namespace lucid {

namespace {

Isolate* IsolateOf(const HeapObject* object) {
  return MemoryChunk::FromHeapObject(object)->heap()->isolate();
}

// The field count an object's PropertyArray must have for {shape}.
int OutOfObjectFieldsNeeded(const Shape* shape) {
  return std::max(0, shape->NumberOfFields() - shape->inobject_properties());
}

}  // namespace

// -- Fields -----------------------------------------------------------------------------

PropertyArray* JSObject::property_array() const {
  Value properties = properties_or_hash();
  return lucid::IsPropertyArray(properties) ? PropertyArray::cast(properties) : nullptr;
}

Value JSObject::RawFastPropertyAt(int field_index) const {
  Shape* s = shape();
  int inobject = s->inobject_properties();
  if (field_index < inobject) return field(s->GetInObjectPropertyOffset(field_index));
  return PropertyArray::cast(properties_or_hash())->get(field_index - inobject);
}

void JSObject::FastPropertyAtPut(int field_index, Value value) {
  Shape* s = shape();
  int inobject = s->inobject_properties();
  if (field_index < inobject) {
    set_field(s->GetInObjectPropertyOffset(field_index), value);
  } else {
    PropertyArray::cast(properties_or_hash())->set(field_index - inobject, value);
  }
}

void JSObject::InitializeBody(Shape* s, Value properties, Value elements) {
  set_properties_or_hash(properties);
  set_elements(elements);
  int start = s->GetInObjectPropertiesStartOffset();
  int end = s->instance_size();
  int used_end = end;
  if (s->IsInobjectSlackTrackingInProgress()) {
    // Slots no property uses yet get a one-word filler: if slack tracking
    // later shrinks the shape, they are this instance's freed tail, already
    // iterable. A raw shape pointer reads as a double Value, so the GC
    // scanning these slots meanwhile is harmless; adding a property
    // overwrites its slot with a real Value.
    used_end = start + std::min(s->number_of_own_descriptors(), s->inobject_properties()) * kTaggedSize;
    uint64_t filler = reinterpret_cast<uint64_t>(IsolateOf(s)->roots().filler_shape());
    for (int offset = used_end; offset < end; offset += kTaggedSize) {
      set_raw_field<uint64_t>(offset, filler);
    }
  }
  for (int offset = start; offset < used_end; offset += kTaggedSize) {
    set_field(offset, Value::Undefined(), SKIP_WRITE_BARRIER);
  }
}

// -- Identity hash ------------------------------------------------------------------------

uint32_t JSReceiver::GetIdentityHash() const {
  Value properties = properties_or_hash();
  Value hash = Value::Undefined();
  if (properties.IsInt32()) hash = properties;
  else if (lucid::IsPropertyArray(properties)) hash = PropertyArray::cast(properties)->hash();
  else if (lucid::IsNameDictionary(properties) || lucid::IsGlobalDictionary(properties)) {
    hash = Dictionary::cast(properties)->identity_hash();
  }
  return hash.IsInt32() ? static_cast<uint32_t>(hash.AsInt32()) : 0;
}

uint32_t JSReceiver::GetOrCreateIdentityHash(Isolate* isolate, Handle<JSReceiver> object) {
  uint32_t existing = object->GetIdentityHash();
  if (existing != 0) return existing;
  // int32 Values only: keep the hash within 31 bits and nonzero.
  uint32_t hash = FactoryOf(isolate)->NextHash() & 0x3FFFFFFF;
  if (hash == 0) hash = 1;
  Value hash_value = Value::FromInt32(static_cast<int32_t>(hash));
  Value properties = object->properties_or_hash();
  if (lucid::IsPropertyArray(properties)) {
    PropertyArray* array = PropertyArray::cast(properties);
    if (array->length() == 0) {
      object->set_properties_or_hash(hash_value);  // the empty root is shared
    } else {
      array->set_hash(hash_value);
    }
  } else if (lucid::IsNameDictionary(properties) || lucid::IsGlobalDictionary(properties)) {
    Dictionary::cast(properties)->set_identity_hash(hash_value);
  } else {
    object->set_properties_or_hash(hash_value);
  }
  return hash;
}

// -- Adding properties ---------------------------------------------------------------------

namespace {

// Makes the PropertyArray at least as long as {shape} needs, keeping the
// identity hash. Allocates.
void EnsurePropertyArrayFor(Isolate* isolate, Handle<JSObject> object, const Shape* shape) {
  int needed = OutOfObjectFieldsNeeded(shape);
  if (needed == 0) return;
  PropertyArray* current = object->property_array();
  int have = current == nullptr ? 0 : current->length();
  if (have >= needed) return;
  int grow = std::max(needed - have, Shape::kFieldsAdded);
  Handle<PropertyArray> grown;
  if (have == 0) {
    Value hash = object->properties_or_hash().IsInt32() ? object->properties_or_hash() : Value::Undefined();
    grown = FactoryOf(isolate)->NewPropertyArray(grow);
    grown->set_hash(hash);
  } else {
    grown = FactoryOf(isolate)->CopyPropertyArrayAndGrow(handle(current, isolate), grow);
  }
  object->set_properties_or_hash(grown->ToValue());
}

// Dictionary-mode add (names only; the global object wraps values in
// PropertyCells).
void AddToDictionary(Isolate* isolate, Handle<JSObject> object, Handle<Name> key, Handle<Value> value,
                     PropertyDetails details) {
  Handle<Dictionary> dictionary(object->property_dictionary(), isolate);
  Handle<Value> stored = value;
  if (object->shape()->IsJSGlobalObjectShape()) {
    stored = FactoryOf(isolate)->NewPropertyCell(key, value, details);
  }
  Handle<Dictionary> result = Dictionary::Add(isolate, dictionary, key, stored, details);
  if (object->shape()->IsJSGlobalObjectShape()) {
    // The cell mirrors the details (feedback reads them from the cell).
    int entry = result->FindEntry(*key);
    PropertyCell::cast(result->ValueAt(entry))->set_details(result->DetailsAt(entry));
  }
  object->set_properties_or_hash(result->ToValue());
}

// A prototype shape is the object's own: add the field in place (no
// transition, DESIGN.md "prototype shapes ... changed in place").
void AddFieldToPrototypeShape(Isolate* isolate, Handle<JSObject> object, Handle<Name> key,
                              Handle<Value> value, PropertyDetails details) {
  Handle<Shape> shape(object->shape(), isolate);
  int n = shape->number_of_own_descriptors();
  Handle<DescriptorArray> descriptors(shape->instance_descriptors_array(), isolate);
  if (descriptors->free_capacity() == 0 || descriptors->number_of_descriptors() != n ||
      descriptors->ToValue() == isolate->roots().empty_descriptor_array()) {
    descriptors = DescriptorArray::CopyUpTo(isolate, descriptors, n, std::max(Shape::kFieldsAdded, n / 2));
    shape->set_instance_descriptors(descriptors->ToValue());
  }
  // Storage first (may allocate), then the shape change.
  int unused = shape->unused_property_fields();
  {
    // Temporarily account for the new field to size the PropertyArray.
    shape->set_number_of_own_descriptors(n + 1);
    descriptors->Append(*key, details.WithFieldIndex(n));
    shape->set_unused_property_fields(unused > 0 ? unused - 1 : Shape::kFieldsAdded - 1);
  }
  EnsurePropertyArrayFor(isolate, object, *shape);
  shape->set_enum_length(Shape::kInvalidEnumCacheSentinel);
  object->FastPropertyAtPut(n, *value);
}

void AddPropertyImpl(Isolate* isolate, Handle<JSObject> object, Handle<Name> key, Handle<Value> value,
                     PropertyKind kind, PropertyAttributes attributes, StoreOrigin origin,
                     bool uninitialized = false) {
  // {uninitialized}: {value} is the hole, kept only in a fast non-prototype
  // field of representation None (see AddUninitializedProperty).
  JSObject::MigrateInstance(isolate, object);
  Protectors::OnOwnPropertyAdded(isolate, *object, key->ToValue());
  bool is_prototype = object->shape()->is_prototype_map();
  if (uninitialized && (is_prototype || !object->HasFastProperties())) {
    value = handle(Value::Undefined(), isolate);
    uninitialized = false;
  }
  if (object->HasFastProperties()) {
    if (is_prototype) {
      Representation representation =
          kind == PropertyKind::kAccessor ? Representation::Tagged() : Representation::ForValue(*value);
      PropertyDetails details = PropertyDetails::Field(kind, attributes, representation,
                                                       PropertyConstness::kConst, 0);
      if (object->shape()->number_of_own_descriptors() < Shape::kMaxNumberOfDescriptors) {
        AddFieldToPrototypeShape(isolate, object, key, value, details);
        JSObject::InvalidatePrototypeChains(*object);
        return;
      }
    } else {
      Handle<Shape> shape(object->shape(), isolate);
      Handle<Shape> target =
          kind == PropertyKind::kAccessor
              ? Shape::TransitionToAccessorProperty(isolate, shape, key, attributes)
              : Shape::TransitionToDataProperty(
                    isolate, shape, key,
                    uninitialized ? Representation::None() : Representation::ForValue(*value),
                    attributes, origin);
      if (!target.is_null()) {
        EnsurePropertyArrayFor(isolate, object, *target);
        object->set_shape(*target);
        object->FastPropertyAtPut(target->number_of_own_descriptors() - 1, *value);
        return;
      }
    }
    JSObject::NormalizeProperties(isolate, object, NormalizeReason::kTooManyFastProperties, *key);
  }
  if (uninitialized) value = handle(Value::Undefined(), isolate);
  AddToDictionary(isolate, object, key, value, PropertyDetails::Dictionary(kind, attributes, 0));
  if (is_prototype) JSObject::InvalidatePrototypeChains(*object);
}

}  // namespace

void JSObject::AddProperty(Isolate* isolate, Handle<JSObject> object, Handle<Name> key,
                           Handle<Value> value, PropertyAttributes attributes, StoreOrigin origin) {
  AddPropertyImpl(isolate, object, key, value, PropertyKind::kData, attributes, origin);
}

void JSObject::AddUninitializedProperty(Isolate* isolate, Handle<JSObject> object, Handle<Name> key) {
  AddPropertyImpl(isolate, object, key, handle(Value::TheHole(), isolate), PropertyKind::kData, NONE,
                  StoreOrigin::kNamed, /*uninitialized=*/true);
}

void JSObject::AddAccessor(Isolate* isolate, Handle<JSObject> object, Handle<Name> key,
                           Handle<Value> getter, Handle<Value> setter, PropertyAttributes attributes) {
  Handle<Value> pair = FactoryOf(isolate)->NewAccessorPair(getter, setter);
  AddPropertyImpl(isolate, object, key, pair, PropertyKind::kAccessor, attributes, StoreOrigin::kNamed);
}

void JSObject::WriteDataField(Isolate* isolate, Handle<JSObject> object, int descriptor,
                              Handle<Value> value) {
  MigrateInstance(isolate, object);
  Handle<Shape> shape(object->shape(), isolate);
  PropertyDetails details = shape->GetDetails(descriptor);
  Representation representation = Representation::ForValue(*value);
  // The hole is an uninitialized field (V8's IsConstFieldValueEqualTo): its
  // first store keeps the field const.
  Value current = object->RawFastPropertyAt(descriptor);
  bool same_value = current == *value || current.IsTheHole();
  bool needs_representation = !details.representation().Includes(representation);
  bool needs_mutable = details.constness() == PropertyConstness::kConst && !same_value;
  if (needs_representation || needs_mutable) {
    Handle<Shape> updated = Shape::GeneralizeField(
        isolate, shape, descriptor, representation,
        needs_mutable ? PropertyConstness::kMutable : PropertyConstness::kConst);
    if (*updated != *shape) object->set_shape(*updated);  // same layout: fields stay put
  }
  object->FastPropertyAtPut(descriptor, *value);
  if (object->shape()->is_prototype_map()) InvalidatePrototypeChains(*object);
}

// -- Migration ------------------------------------------------------------------------------

void JSObject::MigrateToShape(Isolate* isolate, Handle<JSObject> object, Handle<Shape> new_shape) {
  // Replays keep field i at descriptor i and the root's layout, so a
  // migration never moves a field: only the PropertyArray may need to grow.
  DCHECK(new_shape->instance_size() == object->shape()->instance_size());
  DCHECK(new_shape->inobject_properties() == object->shape()->inobject_properties());
  EnsurePropertyArrayFor(isolate, object, *new_shape);
  object->set_shape(*new_shape);
}

void JSObject::MigrateInstance(Isolate* isolate, Handle<JSObject> object) {
  if (!object->shape()->is_deprecated()) return;
  Handle<Shape> old_shape(object->shape(), isolate);
  Handle<Shape> updated = Shape::Update(isolate, old_shape);
  MigrateToShape(isolate, object, updated);
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) tracer->OnMapMigrate(*old_shape, *updated);
}

void JSObject::NormalizeProperties(Isolate* isolate, Handle<JSObject> object, NormalizeReason reason,
                                   const Name* trace_key) {
  if (!object->HasFastProperties()) return;
  MigrateInstance(isolate, object);
  Handle<Shape> shape(object->shape(), isolate);
  int n = shape->number_of_own_descriptors();
  Handle<Dictionary> dictionary = FactoryOf(isolate)->NewNameDictionary(n + 2);
  for (int i = 0; i < n; ++i) {
    HandleScope scope(isolate);
    Handle<Value> key(shape->GetKey(i)->ToValue(), isolate);
    Handle<Value> value(object->RawFastPropertyAt(i), isolate);
    PropertyDetails details = shape->GetDetails(i);
    dictionary = scope.CloseAndEscape(Dictionary::Add(
        isolate, dictionary, key, value, PropertyDetails::Dictionary(details.kind(), details.attributes(), 0)));
  }
  dictionary->set_identity_hash(object->GetIdentityHash() != 0
                                    ? Value::FromInt32(static_cast<int32_t>(object->GetIdentityHash()))
                                    : Value::Undefined());
  Handle<Shape> normalized = Shape::Normalize(isolate, shape, reason, trace_key);
  if (shape->is_prototype_map()) {
    normalized->set_is_prototype_map(true);
    normalized->set_prototype_info(shape->prototype_info());
    normalized->set_should_be_fast_prototype_map(reason != NormalizeReason::kPrototypeSetup &&
                                                 shape->should_be_fast_prototype_map());
  }
  DisallowGC no_gc;
  // Handlers may hold the old prototype shape's cell: it dies with the shape.
  if (shape->is_prototype_map()) Shape::InvalidatePrototypeChains(*shape);
  // In-object slots keep their space but no longer hold properties.
  for (int i = 0; i < shape->inobject_properties(); ++i) {
    object->set_field(shape->GetInObjectPropertyOffset(i), Value::Undefined());
  }
  object->set_shape(*normalized);
  object->set_properties_or_hash(dictionary->ToValue());
  if (shape->is_prototype_map()) InvalidatePrototypeChains(*object);
}

void JSObject::MigrateSlowToFast(Isolate* isolate, Handle<JSObject> object) {
  if (object->HasFastProperties() || object->shape()->IsJSGlobalObjectShape()) return;
  Handle<Dictionary> dictionary(object->property_dictionary(), isolate);
  std::vector<int> order = dictionary->EntriesInEnumerationOrder();
  int n = static_cast<int>(order.size());
  if (n > Shape::kMaxNumberOfDescriptors) return;
  Handle<Shape> old_shape(object->shape(), isolate);
  Handle<Shape> fast = Shape::CopyAsRoot(isolate, old_shape);
  Handle<DescriptorArray> descriptors = DescriptorArray::New(isolate, n + Shape::kFieldsAdded);
  int inobject = old_shape->inobject_properties();
  int out_of_object = std::max(0, n - inobject);
  Handle<PropertyArray> properties = FactoryOf(isolate)->NewPropertyArray(out_of_object);
  uint32_t hash = object->GetIdentityHash();
  DisallowGC no_gc;
  Dictionary* table = *dictionary;
  for (int i = 0; i < n; ++i) {
    int entry = order[static_cast<size_t>(i)];
    PropertyDetails details = table->DetailsAt(entry);
    Value value = table->ValueAt(entry);
    Representation representation =
        details.IsAccessor() ? Representation::Tagged() : Representation::ForValue(value);
    descriptors->Append(Name::cast(table->KeyAt(entry)),
                        PropertyDetails::Field(details.kind(), details.attributes(), representation,
                                               PropertyConstness::kMutable, i));
    if (i < inobject) {
      object->set_field(old_shape->GetInObjectPropertyOffset(i), value);
    } else {
      properties->set(i - inobject, value);
    }
  }
  fast->set_instance_descriptors(descriptors->ToValue());
  fast->set_number_of_own_descriptors(n);
  fast->set_unused_property_fields(n < inobject ? inobject - n : 0);
  if (old_shape->is_prototype_map()) {
    fast->set_is_prototype_map(true);
    fast->set_prototype_info(old_shape->prototype_info());
    fast->set_should_be_fast_prototype_map(true);
  }
  if (out_of_object > 0 && hash != 0) properties->set_hash(Value::FromInt32(static_cast<int32_t>(hash)));
  // Handlers may hold the old prototype shape's cell: it dies with the shape.
  if (old_shape->is_prototype_map()) Shape::InvalidatePrototypeChains(*old_shape);
  object->set_shape(*fast);
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapCreate(Tracer::MapCreateKind::kToFast, *fast, *old_shape);
  }
  object->set_properties_or_hash(out_of_object > 0 || hash == 0
                                     ? properties->ToValue()
                                     : Value::FromInt32(static_cast<int32_t>(hash)));
  if (old_shape->is_prototype_map()) InvalidatePrototypeChains(*object);
}

// -- Prototypes -------------------------------------------------------------------------------

void JSObject::OptimizeAsPrototype(Isolate* isolate, Handle<JSObject> object, bool enable_setup_mode) {
  Handle<Shape> shape(object->shape(), isolate);
  if (shape->is_prototype_map()) {
    if (!enable_setup_mode && !shape->should_be_fast_prototype_map()) {
      shape->set_should_be_fast_prototype_map(true);
      MigrateSlowToFast(isolate, object);
    }
    return;
  }
  if (shape->IsJSGlobalObjectShape()) {
    // The global object stays in dictionary mode; its shape is already its
    // own, so it only needs the prototype bookkeeping.
    shape->set_is_prototype_map(true);
  } else if (enable_setup_mode && shape->has_fast_properties()) {
    // V8's setup mode: a fresh prototype is about to receive many
    // assignments (F.prototype.m = ...); keep it in dictionary mode until
    // its first use as a prototype makes it fast (MakePrototypesFast).
    shape->set_is_prototype_map(true);  // NormalizeProperties carries it over
    NormalizeProperties(isolate, object, NormalizeReason::kPrototypeSetup);
    shape->set_is_prototype_map(false);  // the old shared shape stays ordinary
  } else {
    Handle<Shape> copy = shape->is_dictionary_map() ? Shape::Normalize(isolate, shape, NormalizeReason::kPrototypeSetup)
                                                    : Shape::CopyWithOwnDescriptors(isolate, shape);
    copy->set_is_prototype_map(true);
    copy->set_should_be_fast_prototype_map(!enable_setup_mode);
    object->set_shape(*copy);
    // A dictionary copy was traced by Shape::Normalize (reason: prototype setup).
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap); tracer != nullptr && copy->has_fast_properties()) {
      tracer->OnMapPrototype(*shape, *copy, enable_setup_mode);
    }
  }
  if (!lucid::IsPrototypeInfo(object->shape()->prototype_info())) {
    Handle<PrototypeInfo> info = FactoryOf(isolate)->NewPrototypeInfo();
    object->shape()->set_prototype_info(info->ToValue());
  }
}

void JSObject::MakePrototypesFast(Isolate* isolate, Handle<Value> receiver) {
  if (!lucid::IsJSReceiver(*receiver)) return;
  Value current = JSReceiver::cast(*receiver)->GetPrototype();
  while (lucid::IsJSReceiver(current)) {
    Shape* shape = JSReceiver::cast(current)->shape();
    if (!shape->is_prototype_map() || !shape->should_be_fast_prototype_map()) {
      HandleScope scope(isolate);
      Handle<JSObject> object(JSObject::cast(current), isolate);
      OptimizeAsPrototype(isolate, object, false);
      current = object->GetPrototype();
      continue;
    }
    current = JSReceiver::cast(current)->GetPrototype();
  }
}

void JSObject::InvalidatePrototypeChains(JSObject* object) {
  Shape::InvalidatePrototypeChains(object->shape());
  // Every change to a prototype's own properties ends here: the iteration
  // protectors re-check the builtins they guard (vm/objects/protectors.h).
  Protectors::OnPrototypePropertiesChanged(MemoryChunk::FromHeapObject(object)->heap()->isolate(), object);
}

// -- The global object -------------------------------------------------------------------------

Value JSGlobalObject::FindPropertyCell(const Name* name) const {
  Dictionary* dictionary = global_dictionary();
  int entry = dictionary->FindEntry(name);
  return entry < 0 ? Value::Undefined() : dictionary->ValueAt(entry);
}

Handle<Value> JSGlobalObject::EnsurePropertyCell(Isolate* isolate, Handle<JSGlobalObject> global,
                                                 Handle<Name> name, PropertyAttributes attributes) {
  Value existing = global->FindPropertyCell(*name);
  if (!existing.IsUndefined()) return handle(existing, isolate);
  Handle<Value> hole = handle(Value::TheHole(), isolate);
  AddToDictionary(isolate, global, name, hole,
                  PropertyDetails::Dictionary(PropertyKind::kData, attributes, 0,
                                              PropertyCellType::kUndefined));
  return handle(global->FindPropertyCell(*name), isolate);
}

}  // namespace lucid
