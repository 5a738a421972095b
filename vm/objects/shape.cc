// Copyright 2025 the Lucid authors. MIT license.
// Shape: transitions, descriptor sharing, generalization, deprecation and
// replay (MapUpdater), dictionary shapes, prototypes, slack tracking.
#include "vm/objects/shape.h"

#include <algorithm>
#include <vector>

#include "gc/weak_refs.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/prototype_info.h"
#include "vm/objects/symbol.h"
#include "vm/objects/transitions.h"

namespace lucid {

const char* NormalizeReasonText(NormalizeReason reason) {
  static constexpr const char* kTexts[] = {
#define V(Name, text) text,
      NORMALIZE_REASON_LIST(V)
#undef V
  };
  return kTexts[static_cast<int>(reason)];
}

// -- Basic accessors ----------------------------------------------------------------

Shape* Shape::GetBackPointer() const {
  if (is_integrity_level_child()) return nullptr;
  Value value = constructor_or_back_pointer();
  return lucid::IsShape(value) ? Shape::cast(value) : nullptr;
}

Shape* Shape::GetIntegrityLevelParent() const {
  if (!is_integrity_level_child()) return nullptr;
  return Shape::cast(constructor_or_back_pointer());
}

Shape* Shape::FindRootShape() const {
  // Every property edge adds exactly one descriptor, so the ancestor with
  // none is the root (an elements-kind or prototype root is a root too: its
  // constructor_or_back_pointer holds the constructor, not a shape).
  const Shape* current = this;
  while (Shape* parent = current->GetBackPointer()) current = parent;
  return const_cast<Shape*>(current);
}

Value Shape::GetConstructor() const {
  const Shape* root = FindRootShape();
  while (Shape* parent = root->GetIntegrityLevelParent()) root = parent->FindRootShape();
  return root->constructor_or_back_pointer();
}

void Shape::SetConstructor(Value constructor) {
  DCHECK(GetBackPointer() == nullptr);
  set_constructor_or_back_pointer(constructor);
}

int Shape::SearchDescriptor(const Name* key) const {
  return instance_descriptors_array()->Search(key, number_of_own_descriptors());
}

int Shape::EnumLength() {
  if (enum_length() != kInvalidEnumCacheSentinel) return enum_length();
  int count = 0;
  DescriptorArray* descriptors = instance_descriptors_array();
  for (int i = 0; i < number_of_own_descriptors(); ++i) {
    if (descriptors->GetDetails(i).IsEnumerable() && !descriptors->GetKey(i)->IsSymbol()) ++count;
  }
  set_enum_length(count);
  return count;
}

// -- Creation ---------------------------------------------------------------------------

Handle<Shape> Shape::NewJSShape(Isolate* isolate, InstanceType type, int header_size,
                                int inobject_properties, Handle<Value> prototype,
                                ElementsKind elements_kind) {
  DCHECK(lucid::IsJSReceiverType(type));
  CHECK(inobject_properties <= kMaxInObjectProperties);
  Handle<Shape> shape = FactoryOf(isolate)->NewShape(
      type, header_size + inobject_properties * kTaggedSize, 0);
  shape->set_inobject_properties(inobject_properties);
  shape->set_unused_property_fields(inobject_properties);
  shape->set_elements_kind(elements_kind);
  shape->set_prototype(*prototype);
  shape->set_is_extensible(true);
  shape->set_owns_descriptors(true);
  shape->set_is_callable(lucid::IsCallableType(type));
  if (lucid::IsJSReceiver(*prototype)) {
    JSObject::OptimizeAsPrototype(isolate, Handle<JSObject>::cast(prototype));
  }
  return shape;
}

Handle<Shape> Shape::CopyAsRoot(Isolate* isolate, Handle<Shape> shape) {
  Handle<Shape> copy = FactoryOf(isolate)->NewShape(shape->instance_type(), shape->instance_size(), 0);
  copy->set_inobject_properties(shape->inobject_properties());
  copy->set_unused_property_fields(shape->inobject_properties());
  copy->set_elements_kind(shape->elements_kind());
  copy->set_prototype(shape->prototype());
  copy->set_is_extensible(shape->is_extensible());
  copy->set_is_callable(shape->is_callable());
  copy->set_is_constructor(shape->is_constructor());
  copy->set_owns_descriptors(true);
  copy->set_constructor_or_back_pointer(shape->GetConstructor());
  return copy;
}

Handle<Shape> Shape::CopyWithOwnDescriptors(Isolate* isolate, Handle<Shape> shape) {
  Handle<Shape> copy = CopyAsRoot(isolate, shape);
  int n = shape->number_of_own_descriptors();
  Handle<DescriptorArray> descriptors = DescriptorArray::CopyUpTo(
      isolate, handle(shape->instance_descriptors_array(), isolate), n, kFieldsAdded);
  copy->set_instance_descriptors(descriptors->ToValue());
  copy->set_number_of_own_descriptors(n);
  copy->set_unused_property_fields(shape->unused_property_fields());
  copy->set_is_dictionary_map(shape->is_dictionary_map());
  return copy;
}

// -- Adding properties ------------------------------------------------------------------

bool Shape::TooManyFastProperties(StoreOrigin origin) const {
  // V8's Map::TooManyFastProperties. Only checked when no field is free:
  //   keyed stores: more than max(12, inobject) out-of-object fields;
  //   named stores: more than max(128, inobject) out-of-object *mutable*
  //   fields. `{}` has 4 in-object slots and out-of-object storage grows by
  //   3, so the check runs when 4, 7, 10, 13, 16, 19 fields exist; keyed
  //   adds trip it at 19 (15 > 12): the 20th property goes dictionary, as
  //   node shows. Fields added by name start const, so named adds never
  //   count as mutable and 300 of them stay fast.
  if (unused_property_fields() != 0) return false;
  if (is_prototype_map()) return false;
  int inobject = inobject_properties();
  if (origin == StoreOrigin::kNamed) {
    int mutable_fields = 0;
    DescriptorArray* descriptors = instance_descriptors_array();
    for (int i = 0; i < number_of_own_descriptors(); ++i) {
      if (descriptors->GetDetails(i).constness() == PropertyConstness::kMutable) ++mutable_fields;
    }
    int limit = std::max(kMaxFastProperties, inobject);
    return mutable_fields - inobject > limit;
  }
  int limit = std::max(kFastPropertiesSoftLimit, inobject);
  return NumberOfFields() - inobject > limit;
}

Handle<Shape> Shape::AddField(Isolate* isolate, Handle<Shape> parent, Handle<Name> key,
                              PropertyDetails details, bool insert_transition) {
  int n = parent->number_of_own_descriptors();
  DCHECK(details.field_index() == n);
  if (insert_transition &&
      TransitionArray::NumberOfTransitions(*parent) >= TransitionArray::kMaxNumberOfTransitions) {
    insert_transition = false;  // the child lives unlinked, as V8 does past the limit
  }
  Handle<Shape> child = FactoryOf(isolate)->NewShape(parent->instance_type(), parent->instance_size(), 0);
  child->set_inobject_properties(parent->inobject_properties());
  child->set_elements_kind(parent->elements_kind());
  child->set_prototype(parent->prototype());
  child->set_is_extensible(parent->is_extensible());
  child->set_is_callable(parent->is_callable());
  child->set_is_constructor(parent->is_constructor());
  child->set_construction_counter(parent->construction_counter());
  // Storage bookkeeping: a free slot is used, or the PropertyArray grows by
  // kFieldsAdded when the new field is out-of-object and none is free.
  int unused = parent->unused_property_fields();
  child->set_unused_property_fields(unused > 0 ? unused - 1 : kFieldsAdded - 1);

  // Descriptors: share the parent's array when it owns it (append in
  // place, or into a bigger copy all sharers switch to); a branch copies.
  Handle<DescriptorArray> descriptors(parent->instance_descriptors_array(), isolate);
  bool share = insert_transition && parent->owns_descriptors() &&
               descriptors->number_of_descriptors() == n;
  if (share) {
    if (descriptors->free_capacity() == 0) {
      Handle<DescriptorArray> bigger = DescriptorArray::CopyUpTo(isolate, descriptors, n, std::max(kFieldsAdded, n / 2));
      // Every shape on the chain that sees the old array sees the new one.
      DisallowGC no_gc;
      for (Shape* s = *parent; s != nullptr && s->instance_descriptors() == descriptors->ToValue();
           s = s->GetBackPointer()) {
        s->set_instance_descriptors(bigger->ToValue());
      }
      descriptors = bigger;
    }
    parent->set_owns_descriptors(false);
  } else {
    descriptors = DescriptorArray::CopyUpTo(isolate, descriptors, n, 1 + kFieldsAdded);
  }
  descriptors->Append(*key, details);
  child->set_instance_descriptors(descriptors->ToValue());
  child->set_number_of_own_descriptors(n + 1);
  child->set_owns_descriptors(true);
  child->set_constructor_or_back_pointer(parent->ToValue());
  if (insert_transition) {
    int info = TransitionArray::PropertyInfo(details.kind(), details.attributes());
    TransitionArray::Insert(isolate, parent, key, info, child);
  }
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) tracer->OnMapTransition(*parent, *child);
  return child;
}

Handle<Shape> Shape::TransitionToDataProperty(Isolate* isolate, Handle<Shape> shape, Handle<Name> key,
                                              Representation representation,
                                              PropertyAttributes attributes, StoreOrigin origin) {
  DCHECK(shape->has_fast_properties() && !shape->is_deprecated());
  int info = TransitionArray::PropertyInfo(PropertyKind::kData, attributes);
  if (Shape* target = TransitionArray::Search(*shape, *key, info)) {
    Handle<Shape> found(target, isolate);
    int descriptor = found->number_of_own_descriptors() - 1;
    if (!found->GetDetails(descriptor).representation().Includes(representation)) {
      found = GeneralizeField(isolate, found, descriptor, representation, PropertyConstness::kConst);
    }
    return found;
  }
  if (shape->number_of_own_descriptors() >= kMaxNumberOfDescriptors) return Handle<Shape>();
  if (shape->TooManyFastProperties(origin)) return Handle<Shape>();
  PropertyDetails details = PropertyDetails::Field(PropertyKind::kData, attributes, representation,
                                                   PropertyConstness::kConst,
                                                   shape->number_of_own_descriptors());
  return AddField(isolate, shape, key, details, true);
}

Handle<Shape> Shape::TransitionToAccessorProperty(Isolate* isolate, Handle<Shape> shape,
                                                  Handle<Name> key, PropertyAttributes attributes) {
  DCHECK(shape->has_fast_properties() && !shape->is_deprecated());
  int info = TransitionArray::PropertyInfo(PropertyKind::kAccessor, attributes);
  if (Shape* target = TransitionArray::Search(*shape, *key, info)) return handle(target, isolate);
  if (shape->number_of_own_descriptors() >= kMaxNumberOfDescriptors) return Handle<Shape>();
  if (shape->TooManyFastProperties(StoreOrigin::kNamed)) return Handle<Shape>();
  PropertyDetails details =
      PropertyDetails::Field(PropertyKind::kAccessor, attributes, Representation::Tagged(),
                             PropertyConstness::kConst, shape->number_of_own_descriptors());
  return AddField(isolate, shape, key, details, true);
}

// -- Generalization and replay ------------------------------------------------------------

void Shape::GeneralizeFieldInPlace(Shape* owner, int descriptor, Representation representation,
                                   PropertyConstness constness) {
  // Walk the tree below the owner (the owner included) with an explicit
  // stack; each distinct descriptor array gets the new details once
  // (rewriting a shared one twice is harmless).
  DisallowGC no_gc;
  std::vector<Shape*> pending{owner};
  while (!pending.empty()) {
    Shape* shape = pending.back();
    pending.pop_back();
    DescriptorArray* descriptors = shape->instance_descriptors_array();
    PropertyDetails details = descriptors->GetDetails(descriptor);
    descriptors->SetDetails(descriptor,
                            details.WithRepresentation(representation).WithConstness(constness));
    int count = TransitionArray::NumberOfTransitions(shape);
    for (int i = 0; i < count; ++i) {
      Shape* child = TransitionArray::TargetAt(shape, i);
      // A non-extensible child owns its descriptors, already Tagged and
      // mutable: nothing to widen there.
      if (child->is_integrity_level_child()) continue;
      if (child->number_of_own_descriptors() > descriptor) pending.push_back(child);
    }
  }
}

void Shape::DeprecateTree(Shape* shape) {
  DisallowGC no_gc;
  Shape* parent = shape->GetBackPointer();
  if (parent == nullptr) parent = shape->GetIntegrityLevelParent();
  if (parent != nullptr) TransitionArray::Remove(parent, shape);
  std::vector<Shape*> pending{shape};
  while (!pending.empty()) {
    Shape* current = pending.back();
    pending.pop_back();
    current->set_is_deprecated(true);
    current->set_is_stable(false);
    int count = TransitionArray::NumberOfTransitions(current);
    for (int i = 0; i < count; ++i) pending.push_back(TransitionArray::TargetAt(current, i));
  }
}

Handle<Shape> Shape::ReplayFromRoot(Isolate* isolate, Handle<Shape> shape, int changed,
                                    PropertyDetails changed_details) {
  return ReplayDescriptors(isolate, handle(shape->FindRootShape(), isolate), shape, changed,
                           changed_details);
}

// MapUpdater's replay: starting from {start} (a root), re-add {shape}'s
// descriptors in order, taking existing live edges where they exist
// (generalizing their fields to at least the replayed representation) and
// creating edges where they do not. Descriptor {changed} uses
// {changed_details} instead of its own (kind, attributes, representation).
// No dictionary heuristics here: a replay reproduces a layout that exists.
Handle<Shape> Shape::ReplayDescriptors(Isolate* isolate, Handle<Shape> start, Handle<Shape> shape,
                                       int changed, PropertyDetails changed_details) {
  Handle<Shape> current = start;
  int count = shape->number_of_own_descriptors();
  for (int i = current->number_of_own_descriptors(); i < count; ++i) {
    HandleScope scope(isolate);
    Handle<Name> key(shape->GetKey(i), isolate);
    PropertyDetails details = i == changed ? changed_details : shape->GetDetails(i);
    int info = TransitionArray::PropertyInfo(details.kind(), details.attributes());
    Shape* target = TransitionArray::Search(*current, *key, info);
    Handle<Shape> next;
    if (target != nullptr && !target->is_deprecated()) {
      next = handle(target, isolate);
      PropertyDetails existing = next->GetDetails(i);
      Representation wanted = existing.representation().Generalize(details.representation());
      PropertyConstness constness = existing.constness() == PropertyConstness::kMutable ||
                                            details.constness() == PropertyConstness::kMutable
                                        ? PropertyConstness::kMutable
                                        : PropertyConstness::kConst;
      if (wanted != existing.representation() || constness != existing.constness()) {
        next = GeneralizeField(isolate, next, i, wanted, constness);
      }
    } else {
      PropertyDetails fresh = PropertyDetails::Field(details.kind(), details.attributes(),
                                                     details.representation(), details.constness(), i);
      next = AddField(isolate, current, key, fresh, true);
    }
    current = scope.CloseAndEscape(next);
  }
  return current;
}

Handle<Shape> Shape::GeneralizeField(Isolate* isolate, Handle<Shape> shape, int descriptor,
                                     Representation representation, PropertyConstness constness) {
  PropertyDetails details = shape->GetDetails(descriptor);
  Representation old_representation = details.representation();
  Representation new_representation = old_representation.Generalize(representation);
  PropertyConstness new_constness = details.constness() == PropertyConstness::kMutable ||
                                            constness == PropertyConstness::kMutable
                                        ? PropertyConstness::kMutable
                                        : PropertyConstness::kConst;
  if (new_representation == old_representation && new_constness == details.constness()) return shape;

  if (shape->is_dictionary_map() || shape->is_prototype_map() || shape->GetBackPointer() == nullptr) {
    // A shape of its own (prototype, or a fast shape made by
    // MigrateSlowToFast): nobody shares its descriptors.
    DescriptorArray* descriptors = shape->instance_descriptors_array();
    descriptors->SetDetails(descriptor, details.WithRepresentation(new_representation)
                                            .WithConstness(new_constness));
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapGeneralize(*shape, descriptor, old_representation, new_representation,
                              details.constness(), new_constness);
    }
    return shape;
  }
  // The owner is the shape that added the field.
  Shape* owner = *shape;
  while (owner->GetBackPointer() != nullptr &&
         owner->GetBackPointer()->number_of_own_descriptors() > descriptor) {
    owner = owner->GetBackPointer();
  }
  if (old_representation.CanBeInPlaceChangedTo(new_representation)) {
    GeneralizeFieldInPlace(owner, descriptor, new_representation, new_constness);
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapGeneralize(owner, descriptor, old_representation, new_representation,
                              details.constness(), new_constness);
    }
    return shape;
  }
  // Into Double: deprecate the owner's branch and rebuild it from the root
  // with the general representation (V8's MapUpdater). Objects on the old
  // shapes migrate when next touched (JSObject::MigrateInstance).
  DeprecateTree(owner);
  // The owner stays reachable through {shape}'s back pointers (a metadata
  // cell: it does not move), so the tracer may read it after the replay.
  PropertyDetails changed = details.WithRepresentation(new_representation).WithConstness(new_constness);
  Handle<Shape> replacement = ReplayFromRoot(isolate, shape, descriptor, changed);
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapDeprecate(*shape, *replacement, owner, descriptor, old_representation, new_representation);
  }
  return replacement;
}

Handle<Shape> Shape::ReconfigureProperty(Isolate* isolate, Handle<Shape> shape, int descriptor,
                                         PropertyKind kind, PropertyAttributes attributes) {
  PropertyDetails details = shape->GetDetails(descriptor);
  Representation representation =
      kind == PropertyKind::kAccessor ? Representation::Tagged() : details.representation();
  PropertyDetails changed = PropertyDetails::Field(kind, attributes, representation,
                                                   PropertyConstness::kMutable, descriptor);
  return ReplayFromRoot(isolate, shape, descriptor, changed);
}

Handle<Shape> Shape::Update(Isolate* isolate, Handle<Shape> shape) {
  if (!shape->is_deprecated()) return shape;
  if (Shape* parent = shape->GetIntegrityLevelParent()) {
    // Deprecated with its parent's branch: update the parent, then take the
    // non-extensible edge again (V8's MapUpdater re-applies the integrity
    // level transition the same way).
    Handle<Shape> updated = Update(isolate, handle(parent, isolate));
    return TransitionToNonExtensible(isolate, updated);
  }
  return ReplayFromRoot(isolate, shape, -1, PropertyDetails());
}

// -- Dictionary mode ------------------------------------------------------------------------

Handle<Shape> Shape::Normalize(Isolate* isolate, Handle<Shape> shape, NormalizeReason reason,
                               const Name* trace_key) {
  Handle<Shape> copy = CopyAsRoot(isolate, shape);
  copy->set_is_dictionary_map(true);
  copy->set_unused_property_fields(0);
  copy->set_is_stable(false);
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapNormalize(*shape, *copy, reason, trace_key);
  }
  return copy;
}

// -- Elements kinds ---------------------------------------------------------------------------

Handle<Shape> Shape::TransitionElementsTo(Isolate* isolate, Handle<Shape> shape, ElementsKind kind) {
  if (shape->elements_kind() == kind) return shape;
  if (shape->is_dictionary_map() || shape->is_prototype_map() || shape->is_deprecated() ||
      (shape->GetBackPointer() == nullptr && shape->number_of_own_descriptors() > 0)) {
    // Shapes of one object change by copy (no edges to share).
    Handle<Shape> copy = CopyWithOwnDescriptors(isolate, shape);
    copy->set_elements_kind(kind);
    copy->set_bit_field2(copy->bit_field2() | (shape->bit_field2() & kArrayLengthReadOnlyBit));
    copy->set_is_prototype_map(shape->is_prototype_map());
    copy->set_prototype_info(shape->prototype_info());
    copy->set_prototype_validity_cell(shape->prototype_validity_cell());
    copy->set_should_be_fast_prototype_map(shape->should_be_fast_prototype_map());
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapCreate(Tracer::MapCreateKind::kElements, *copy, *shape);
    }
    return copy;
  }
  Handle<Shape> root(shape->FindRootShape(), isolate);
  Handle<Name> key(isolate->roots().slot(RootIndex::k_elements_transition_symbol));
  int info = static_cast<int>(kind);
  Handle<Shape> target_root;
  if (Shape* found = TransitionArray::Search(*root, *key, info)) {
    target_root = handle(found, isolate);
  } else {
    target_root = CopyAsRoot(isolate, root);
    target_root->set_elements_kind(kind);
    target_root->set_construction_counter(root->construction_counter());
    TransitionArray::Insert(isolate, root, key, info, target_root);
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapCreate(Tracer::MapCreateKind::kElements, *target_root, *root);
    }
  }
  return ReplayDescriptors(isolate, target_root, shape, -1, PropertyDetails());
}

// -- Integrity levels -------------------------------------------------------------------------

Handle<Shape> Shape::TransitionToNonExtensible(Isolate* isolate, Handle<Shape> shape) {
  Handle<Name> key(isolate->roots().slot(RootIndex::k_nonextensible_transition_symbol));
  if (Shape* found = TransitionArray::Search(*shape, *key, 0)) return handle(found, isolate);
  Handle<Shape> copy = CopyWithOwnDescriptors(isolate, shape);
  DescriptorArray* descriptors = copy->instance_descriptors_array();
  for (int i = 0; i < copy->number_of_own_descriptors(); i++) {
    PropertyDetails details = descriptors->GetDetails(i);
    if (!details.IsData()) continue;
    descriptors->SetDetails(i, details.WithRepresentation(Representation::Tagged())
                                   .WithConstness(PropertyConstness::kMutable));
  }
  copy->set_is_extensible(false);
  copy->set_construction_counter(0);
  // The back pointer (V8): the child keeps its parent, and so the parent's
  // chain up to the root, alive while any object uses the child; the edge
  // stays weak, so the child dies with its last user.
  copy->set_constructor_or_back_pointer(shape->ToValue());
  copy->set_bit_field2(copy->bit_field2() | kIntegrityLevelChildBit);
  TransitionArray::Insert(isolate, shape, key, 0, copy);
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapCreate(Tracer::MapCreateKind::kCopy, *copy, *shape);
  }
  return copy;
}

// -- Prototypes -----------------------------------------------------------------------------

Handle<Shape> Shape::TransitionToPrototype(Isolate* isolate, Handle<Shape> shape, Handle<Value> prototype) {
  if (shape->prototype() == *prototype) return shape;
  if (lucid::IsJSReceiver(*prototype)) {
    JSObject::OptimizeAsPrototype(isolate, Handle<JSObject>::cast(prototype));
  }
  if (shape->is_dictionary_map() || shape->is_prototype_map() ||
      (shape->GetBackPointer() == nullptr && shape->number_of_own_descriptors() > 0)) {
    Handle<Shape> copy = CopyWithOwnDescriptors(isolate, shape);
    copy->set_prototype(*prototype);
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapCreate(Tracer::MapCreateKind::kSetPrototype, *copy, *shape);
    }
    return copy;
  }
  // Prototype edges hang off roots under one key; the target is told apart
  // by its prototype (a scan: few prototypes share a root in practice).
  Handle<Shape> root(shape->FindRootShape(), isolate);
  Handle<Name> key(isolate->roots().slot(RootIndex::k_prototype_transition_symbol));
  Handle<Shape> target_root;
  int count = TransitionArray::NumberOfTransitions(*root);
  for (int i = 0; i < count; ++i) {
    TransitionArray* array = TransitionArray::cast(root->raw_transitions());
    if (array->GetKey(i) == *key && array->GetTarget(i)->prototype() == *prototype) {
      target_root = handle(array->GetTarget(i), isolate);
      break;
    }
  }
  if (target_root.is_null()) {
    target_root = CopyAsRoot(isolate, root);
    target_root->set_prototype(*prototype);
    // Distinct info per edge so Insert never replaces another prototype's.
    TransitionArray::Insert(isolate, root, key, TransitionArray::NumberOfTransitions(*root), target_root);
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnMapCreate(Tracer::MapCreateKind::kSetPrototype, *target_root, *root);
    }
  }
  return ReplayDescriptors(isolate, target_root, shape, -1, PropertyDetails());
}

Value Shape::GetOrCreatePrototypeChainValidityCell(Isolate* isolate, Handle<Shape> shape) {
  Value prototype = shape->prototype();
  if (!lucid::IsJSReceiver(prototype)) return Value::FromInt32(Cell::kValid);  // end of chain: always valid
  return GetOrCreateValidityCellOf(isolate, handle(JSObject::cast(prototype), isolate));
}

Value Shape::GetOrCreateValidityCellOf(Isolate* isolate, Handle<JSObject> object) {
  JSObject::OptimizeAsPrototype(isolate, object, false);
  Handle<Shape> proto_shape(object->shape(), isolate);
  Value existing = proto_shape->prototype_validity_cell();
  if (lucid::IsCell(existing) && Cell::cast(existing)->IsValid()) return existing;
  // Register this prototype object as a user of its own prototype's info,
  // so a change up the chain reaches it, then make sure the chain above has
  // cells too (a change there must find this one through the users). Users
  // are objects, not shapes: a prototype's shape may be replaced (made
  // dictionary, made fast again) and the users walk must still find the
  // shape it has now. registry_slot remembers where it was registered; it is
  // re-checked because setPrototypeOf may have moved it to another parent.
  Value grand = proto_shape->prototype();
  if (lucid::IsJSReceiver(grand)) {
    GetOrCreatePrototypeChainValidityCell(isolate, proto_shape);
    Handle<JSObject> grand_object(JSObject::cast(proto_shape->prototype()), isolate);
    Handle<PrototypeInfo> info(PrototypeInfo::cast(grand_object->shape()->prototype_info()), isolate);
    int slot = PrototypeInfo::cast(object->shape()->prototype_info())->registry_slot();
    bool has_list = lucid::IsWeakFixedArray(info->users());
    bool registered = has_list && slot > 0 && slot < FixedArray::cast(info->users())->length() &&
                      FixedArray::cast(info->users())->get(slot) == object->ToValue();
    if (!registered) {
      // The users list is weak (gc/weak_refs.h WeakFixedArray): a dead
      // prototype's entry becomes undefined, which the walk skips.
      Handle<FixedArray> users = has_list ? handle(FixedArray::cast(info->users()), isolate)
                                          : Handle<FixedArray>(WeakFixedArray::New(isolate, 4, AllocationType::kOld));
      if (!has_list) users->set(0, Value::FromInt32(0));
      int count = users->get(0).AsInt32();
      if (count + 1 >= users->length()) {
        users = FactoryOf(isolate)->CopyFixedArrayAndGrow(users, users->length() * 2, Value::Undefined(),
                                                          AllocationType::kOld);
        users->set_shape(isolate->roots().weak_fixed_array_shape());
      }
      users->set(count + 1, object->ToValue());
      users->set(0, Value::FromInt32(count + 1));
      info->set_users(users->ToValue());
      PrototypeInfo::cast(object->shape()->prototype_info())->set_registry_slot(count + 1);
    }
    proto_shape = handle(object->shape(), isolate);
  }
  Handle<Cell> cell = FactoryOf(isolate)->NewCell(Value::FromInt32(Cell::kValid));
  proto_shape->set_prototype_validity_cell(cell->ToValue());
  return cell->ToValue();
}

void Shape::InvalidatePrototypeChains(Shape* shape) {
  DisallowGC no_gc;
  int invalidated = 0;  // for --trace-maps
  std::vector<Shape*> pending{shape};
  while (!pending.empty()) {
    Shape* current = pending.back();
    pending.pop_back();
    Value cell = current->prototype_validity_cell();
    if (lucid::IsCell(cell)) {
      Cell::cast(cell)->Invalidate();
      current->set_prototype_validity_cell(Value::Undefined());
      invalidated++;
    }
    Value info = current->prototype_info();
    if (!lucid::IsPrototypeInfo(info)) continue;
    Value users = PrototypeInfo::cast(info)->users();
    if (!lucid::IsWeakFixedArray(users)) continue;
    FixedArray* list = FixedArray::cast(users);
    int count = list->get(0).AsInt32();
    for (int i = 1; i <= count; ++i) {
      Value user = list->get(i);
      if (lucid::IsJSReceiver(user)) pending.push_back(JSReceiver::cast(user)->shape());
    }
  }
  if (invalidated > 0) {
    Isolate* isolate = MemoryChunk::FromHeapObject(shape)->heap()->isolate();
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kMap)) {
      tracer->OnValidityCellsInvalidated(shape, invalidated);
    }
  }
}

// -- Slack tracking ---------------------------------------------------------------------------

void Shape::StartInobjectSlackTracking() {
  DCHECK(GetBackPointer() == nullptr && number_of_own_descriptors() == 0);
  if (inobject_properties() == 0) return;  // nothing to shrink
  set_construction_counter(kSlackTrackingCounterStart);
}

void Shape::InobjectSlackTrackingStep(Isolate* isolate) {
  int counter = construction_counter();
  if (counter == 0) return;
  set_construction_counter(counter - 1);
  if (counter == kSlackTrackingCounterEnd) CompleteInobjectSlackTracking(isolate);
}

void Shape::CompleteInobjectSlackTracking(Isolate* isolate) {
  (void)isolate;
  DisallowGC no_gc;
  Shape* root = FindRootShape();
  // Pass 1: the least number of unused in-object slots over the tree.
  int slack = root->inobject_properties();
  std::vector<Shape*> pending{root};
  std::vector<Shape*> tree;
  while (!pending.empty()) {
    Shape* shape = pending.back();
    pending.pop_back();
    tree.push_back(shape);
    int unused_inobject = std::max(0, shape->inobject_properties() - shape->number_of_own_descriptors());
    slack = std::min(slack, unused_inobject);
    int count = TransitionArray::NumberOfTransitions(shape);
    for (int i = 0; i < count; ++i) {
      Shape* child = TransitionArray::TargetAt(shape, i);
      // Only this constructor's tree (not prototype/elements roots hung
      // off it, which have their own instances' sizes... they share the
      // layout, so shrinking them too keeps them consistent).
      pending.push_back(child);
    }
  }
  // Pass 2: shrink. In-object field i keeps its offset (instance size and
  // the in-object start move together); instances' freed tails already hold
  // one-word fillers (JSObject::InitializeBody).
  for (Shape* shape : tree) {
    shape->set_construction_counter(0);
    if (slack == 0 || shape->is_deprecated()) continue;
    shape->set_instance_size(shape->instance_size() - slack * kTaggedSize);
    shape->set_inobject_properties(shape->inobject_properties() - slack);
    if (shape->number_of_own_descriptors() < shape->inobject_properties() + slack) {
      shape->set_unused_property_fields(shape->unused_property_fields() - slack);
    }
  }
}

// -- Printing ---------------------------------------------------------------------------------

std::string Shape::DescribeProperties() const {
  std::string out = "{";
  int n = number_of_own_descriptors();
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += ", ";
    Name* key = GetKey(i);
    out += key->IsSymbol() ? static_cast<Symbol*>(key)->ToDescriptiveString()
                           : static_cast<String*>(key)->ToUTF8();
    PropertyDetails details = GetDetails(i);
    out += ":";
    out += details.IsAccessor() ? "accessor" : details.representation().Mnemonic();
    out += i < inobject_properties() ? "@in" + std::to_string(i)
                                     : "@out" + std::to_string(i - inobject_properties());
  }
  out += "}";
  return out;
}

}  // namespace lucid
