// Copyright 2025 the Lucid authors. MIT license.
// The ordinary object internal methods, spec-shaped: [[GetOwnProperty]],
// [[HasProperty]], [[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]],
// [[OwnPropertyKeys]], [[SetPrototypeOf]], [[PreventExtensions]], and the
// for-in key walk.
#include <algorithm>

#include "vm/conversions.h"
#include "vm/execution.h"
#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/string.h"
#include "vm/objects/string_table.h"
#include "vm/objects/symbol.h"

namespace lucid {

namespace {

// Where one own property lives (no allocation to find it).
struct OwnLookup {
  enum Kind : uint8_t {
    kNotFound,
    kField,        // fast mode: descriptor {index}
    kDictionary,   // dictionary mode: entry {index}
    kGlobalCell,   // global object: entry {index}, value in a PropertyCell
    kElement,      // indexed element
    kArrayLength,  // a JSArray's "length"
    kStringLength, // a String wrapper's "length"
    kStringIndex,  // a String wrapper's character {key.index}
  };
  Kind kind = kNotFound;
  int index = -1;
  PropertyDetails details;
};

bool SameValue(Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) return NumberSameValue(a.Number(), b.Number());
  if (lucid::IsString(a) && lucid::IsString(b)) return String::cast(a)->Equals(String::cast(b));
  return a == b;
}

// The String wrapped by {object}, or null.
String* WrappedString(const JSReceiver* object) {
  if (!object->IsJSPrimitiveWrapper()) return nullptr;
  Value value = static_cast<const JSPrimitiveWrapper*>(object)->value();
  return lucid::IsString(value) ? String::cast(value) : nullptr;
}

OwnLookup LookupOwn(Isolate* isolate, JSReceiver* object, const PropertyKey& key) {
  OwnLookup result;
  if (key.is_index()) {
    uint32_t index = key.index();
    if (String* string = WrappedString(object)) {
      if (index < static_cast<uint32_t>(string->length())) {
        result.kind = OwnLookup::kStringIndex;
        result.details = PropertyDetails::Dictionary(PropertyKind::kData, READ_ONLY | DONT_DELETE, 0);
        return result;
      }
    }
    PropertyDetails details;
    Value value = Elements::GetOwnElement(static_cast<JSObject*>(object), index, &details);
    if (!value.IsTheHole()) {
      result.kind = OwnLookup::kElement;
      result.details = details;
    }
    return result;
  }
  Name* name = *key.name();
  Roots roots = isolate->roots();
  if (name->ToValue() == roots.length_string()) {
    if (object->IsJSArray()) {
      result.kind = OwnLookup::kArrayLength;
      bool read_only = (object->shape()->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0;
      result.details = PropertyDetails::Dictionary(
          PropertyKind::kData, read_only ? DONT_ENUM | DONT_DELETE | READ_ONLY : DONT_ENUM | DONT_DELETE, 0);
      return result;
    }
    if (WrappedString(object) != nullptr) {
      result.kind = OwnLookup::kStringLength;
      result.details = PropertyDetails::Dictionary(PropertyKind::kData, READ_ONLY | DONT_ENUM | DONT_DELETE, 0);
      return result;
    }
  }
  Shape* shape = object->shape();
  if (shape->has_fast_properties()) {
    int descriptor = shape->SearchDescriptor(name);
    if (descriptor >= 0) {
      result.kind = OwnLookup::kField;
      result.index = descriptor;
      result.details = shape->GetDetails(descriptor);
    }
    return result;
  }
  Dictionary* dictionary = object->property_dictionary();
  int entry = dictionary->FindEntry(name);
  if (entry < 0) return result;
  if (shape->IsJSGlobalObjectShape()) {
    PropertyCell* cell = PropertyCell::cast(dictionary->ValueAt(entry));
    if (cell->value().IsTheHole()) return result;  // declared, not defined yet
    result.kind = OwnLookup::kGlobalCell;
    result.details = cell->details();
  } else {
    result.kind = OwnLookup::kDictionary;
    result.details = dictionary->DetailsAt(entry);
  }
  result.index = entry;
  return result;
}

// The stored value (data) or AccessorPair (accessor) of a found property.
Value ReadOwn(Isolate* isolate, JSReceiver* object, const PropertyKey& key, const OwnLookup& lookup) {
  switch (lookup.kind) {
    case OwnLookup::kField:
      return static_cast<JSObject*>(object)->RawFastPropertyAt(lookup.index);
    case OwnLookup::kDictionary:
      return object->property_dictionary()->ValueAt(lookup.index);
    case OwnLookup::kGlobalCell:
      return PropertyCell::cast(object->property_dictionary()->ValueAt(lookup.index))->value();
    case OwnLookup::kElement:
      return Elements::GetOwnElement(static_cast<JSObject*>(object), key.index());
    case OwnLookup::kArrayLength:
      return static_cast<JSArray*>(object)->length_value();
    case OwnLookup::kStringLength:
      return Value::FromInt32(WrappedString(object)->length());
    case OwnLookup::kStringIndex:
      return Value::Undefined();  // materialized by the caller (allocates)
    case OwnLookup::kNotFound:
      break;
  }
  (void)isolate;
  return Value::Undefined();
}

Handle<Value> ReadOwnHandle(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                            const OwnLookup& lookup) {
  if (lookup.kind == OwnLookup::kStringIndex) {
    uint16_t unit = WrappedString(*object)->Get(static_cast<int>(key.index()));
    return FactoryOf(isolate)->LookupSingleCharacterString(unit);
  }
  return handle(ReadOwn(isolate, *object, key, lookup), isolate);
}

// Overwrites an existing own data property's value (no attribute change).
void WriteOwn(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key, const OwnLookup& lookup,
              Handle<Value> value) {
  Handle<JSObject> js_object = Handle<JSObject>::cast(object);
  switch (lookup.kind) {
    case OwnLookup::kField:
      JSObject::WriteDataField(isolate, js_object, lookup.index, value);
      return;
    case OwnLookup::kDictionary:
      object->property_dictionary()->ValueAtPut(lookup.index, *value);
      if (object->shape()->is_prototype_map()) JSObject::InvalidatePrototypeChains(*js_object);
      return;
    case OwnLookup::kGlobalCell: {
      PropertyCell* cell = PropertyCell::cast(object->property_dictionary()->ValueAt(lookup.index));
      if (cell->value() != *value) {
        cell->set_details(cell->details().WithCellType(PropertyCellType::kMutable));
      }
      cell->set_value(*value);
      return;
    }
    case OwnLookup::kElement:
      Elements::SetElement(isolate, js_object, key.index(), value, lookup.details.attributes());
      return;
    default:
      UNREACHABLE();
  }
}

// Spec: ToUint32(v) == ToNumber(v) for an array length, on primitives
// (objects need ToPrimitive: the interpreter converts before calling).
bool ValueToArrayLength(Value value, uint32_t* length) {
  double number;
  if (value.IsNumber()) number = value.Number();
  else if (lucid::IsString(value)) {
    std::string text = String::cast(value)->ToUTF8();
    number = StringToNumber(text);
  } else if (value.IsBoolean()) number = value.IsTrue() ? 1 : 0;
  else if (value.IsNull()) number = 0;
  else return false;
  uint32_t as_uint = DoubleToUint32(number);
  if (static_cast<double>(as_uint) != number) return false;
  *length = as_uint;
  return true;
}

}  // namespace

PropertyDescriptor PropertyDescriptor::Data(Handle<Value> value, PropertyAttributes attributes) {
  PropertyDescriptor desc;
  desc.has_value = desc.has_writable = desc.has_enumerable = desc.has_configurable = true;
  desc.value = value;
  desc.writable = (attributes & READ_ONLY) == 0;
  desc.enumerable = (attributes & DONT_ENUM) == 0;
  desc.configurable = (attributes & DONT_DELETE) == 0;
  return desc;
}

// -- [[GetOwnProperty]] / [[HasProperty]] ----------------------------------------------------

bool JSReceiver::GetOwnPropertyDescriptor(Isolate* isolate, Handle<JSReceiver> object,
                                          const PropertyKey& key, PropertyDescriptor* desc) {
  OwnLookup lookup = LookupOwn(isolate, *object, key);
  if (lookup.kind == OwnLookup::kNotFound) return false;
  *desc = PropertyDescriptor();
  PropertyDetails details = lookup.details;
  desc->has_enumerable = desc->has_configurable = true;
  desc->enumerable = details.IsEnumerable();
  desc->configurable = details.IsConfigurable();
  Handle<Value> value = ReadOwnHandle(isolate, object, key, lookup);
  if (details.IsAccessor()) {
    desc->has_get = desc->has_set = true;
    desc->get = handle(AccessorPair::cast(*value)->getter(), isolate);
    desc->set = handle(AccessorPair::cast(*value)->setter(), isolate);
  } else {
    desc->has_value = desc->has_writable = true;
    desc->value = value;
    desc->writable = !details.IsReadOnly();
  }
  return true;
}

bool JSReceiver::HasOwnProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key) {
  return LookupOwn(isolate, *object, key).kind != OwnLookup::kNotFound;
}

MaybeBool JSReceiver::HasProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key) {
  // Spec: OrdinaryHasProperty, iterated up the chain.
  DisallowGC no_gc;
  JSReceiver* current = *object;
  while (true) {
    if (LookupOwn(isolate, current, key).kind != OwnLookup::kNotFound) return true;
    Value parent = current->GetPrototype();
    if (!lucid::IsJSReceiver(parent)) return false;
    current = JSReceiver::cast(parent);
  }
}

// -- [[Get]] --------------------------------------------------------------------------------

MaybeHandle<Value> JSReceiver::GetProperty(Isolate* isolate, Handle<JSReceiver> object,
                                           const PropertyKey& key, Handle<Value> receiver) {
  // DESIGN.md: a prototype being filled in setup mode turns fast at its
  // first use as a prototype by a lookup.
  JSObject::MakePrototypesFast(isolate, object);
  Handle<JSReceiver> holder = object;
  while (true) {
    OwnLookup lookup = LookupOwn(isolate, *holder, key);
    if (lookup.kind != OwnLookup::kNotFound) {
      if (!lookup.details.IsAccessor()) return ReadOwnHandle(isolate, holder, key, lookup);
      // Spec: OrdinaryGet step 6-8: call the getter with Receiver.
      Handle<Value> getter(AccessorPair::cast(ReadOwn(isolate, *holder, key, lookup))->getter(), isolate);
      if (getter->IsUndefined()) return handle(Value::Undefined(), isolate);
      return Execution::Call(isolate, getter, receiver, 0, nullptr);
    }
    Value parent = holder->GetPrototype();
    if (!lucid::IsJSReceiver(parent)) return handle(Value::Undefined(), isolate);
    holder = handle(JSReceiver::cast(parent), isolate);
  }
}

// -- [[Set]] ----------------------------------------------------------------------------------

MaybeBool JSReceiver::SetProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                                  Handle<Value> value, Handle<Value> receiver, StoreOrigin origin) {
  // Spec: OrdinarySet / OrdinarySetWithOwnDescriptor, with the lookup up
  // the prototype chain made iterative.
  Handle<JSReceiver> holder = object;
  while (true) {
    OwnLookup lookup = LookupOwn(isolate, *holder, key);
    if (lookup.kind == OwnLookup::kNotFound) {
      Value parent = holder->GetPrototype();
      if (lucid::IsJSReceiver(parent)) {
        holder = handle(JSReceiver::cast(parent), isolate);
        continue;
      }
      break;  // 3.a: ownDesc = {undefined, writable, enumerable, configurable}
    }
    if (lookup.details.IsAccessor()) {
      // 7. Accessor: call the setter, or refuse when there is none.
      Handle<Value> setter(AccessorPair::cast(ReadOwn(isolate, *holder, key, lookup))->setter(), isolate);
      if (setter->IsUndefined()) return false;
      Handle<Value> args[] = {value};
      if (Execution::Call(isolate, setter, receiver, 1, args).is_null()) return std::nullopt;
      return true;
    }
    // 2.a. If ownDesc.[[Writable]] is false, return false.
    if (lookup.details.IsReadOnly()) return false;
    if (receiver.is_identical_to(Handle<Value>(holder))) {
      // 2.d.iii: the receiver's own data property: just the value.
      if (lookup.kind == OwnLookup::kArrayLength) {
        uint32_t length;
        if (!ValueToArrayLength(*value, &length)) {
          FactoryOf(isolate)->ThrowError(MessageTemplate::kInvalidArrayLength, {});
          return std::nullopt;
        }
        return JSArray::SetLength(isolate, Handle<JSArray>::cast(holder), length);
      }
      WriteOwn(isolate, holder, key, lookup, value);
      return true;
    }
    break;  // found on a prototype: define on the receiver (2.c-2.e)
  }
  // 2.b. If Receiver is not an Object, return false.
  if (!lucid::IsJSReceiver(*receiver)) return false;
  Handle<JSReceiver> target = Handle<JSReceiver>::cast(receiver);
  OwnLookup existing = LookupOwn(isolate, *target, key);
  if (existing.kind != OwnLookup::kNotFound) {
    // 2.d. Existing own property on the receiver.
    if (existing.details.IsAccessor() || existing.details.IsReadOnly()) return false;
    PropertyDescriptor desc;
    desc.has_value = true;
    desc.value = value;
    return DefineOwnProperty(isolate, target, key, desc, origin);
  }
  // 2.e. CreateDataProperty(Receiver, P, V).
  return CreateDataProperty(isolate, target, key, value, origin);
}

MaybeBool JSReceiver::CreateDataProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                                         Handle<Value> value, StoreOrigin origin) {
  OwnLookup lookup = LookupOwn(isolate, *object, key);
  if (lookup.kind == OwnLookup::kNotFound) {
    // OPTIMIZATION: the common case (a new plain data property) skips the
    // descriptor validation.
    if (!object->IsExtensible()) return false;
    Handle<JSObject> js_object = Handle<JSObject>::cast(object);
    if (key.is_index()) {
      if (object->IsJSArray() && key.index() >= JSArray::cast(object->ToValue())->length() &&
          (object->shape()->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0) {
        return false;
      }
      Elements::SetElement(isolate, js_object, key.index(), value);
    } else {
      JSObject::AddProperty(isolate, js_object, key.name(), value, NONE, origin);
    }
    return true;
  }
  return DefineOwnProperty(isolate, object, key, PropertyDescriptor::Data(value, NONE), origin);
}

// -- [[DefineOwnProperty]] ------------------------------------------------------------------

MaybeBool JSReceiver::DefineOwnProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                                        const PropertyDescriptor& desc, StoreOrigin origin) {
  // Spec: ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current).
  PropertyDescriptor current;
  bool exists = GetOwnPropertyDescriptor(isolate, object, key, &current);
  Handle<JSObject> js_object = Handle<JSObject>::cast(object);
  Handle<Value> undefined = handle(Value::Undefined(), isolate);

  if (!exists) {
    // 2. current is undefined: refuse if not extensible, else create.
    if (!object->IsExtensible()) return false;
    PropertyAttributes attributes = AttributesFromWEC(desc.has_writable && desc.writable,
                                                      desc.has_enumerable && desc.enumerable,
                                                      desc.has_configurable && desc.configurable);
    if (desc.IsAccessorDescriptor()) {
      attributes = static_cast<PropertyAttributes>(attributes & ~READ_ONLY);
      Handle<Value> getter = desc.has_get ? desc.get : undefined;
      Handle<Value> setter = desc.has_set ? desc.set : undefined;
      if (key.is_index()) {
        Handle<Value> pair = FactoryOf(isolate)->NewAccessorPair(getter, setter);
        Elements::NormalizeElements(isolate, js_object);
        Elements::SetElement(isolate, js_object, key.index(), pair, attributes);
        Dictionary* elements = Dictionary::cast(js_object->elements());
        int entry = elements->FindEntry(key.index());
        elements->DetailsAtPut(entry, elements->DetailsAt(entry).WithKind(PropertyKind::kAccessor));
      } else {
        JSObject::AddAccessor(isolate, js_object, key.name(), getter, setter, attributes);
      }
      return true;
    }
    Handle<Value> value = desc.has_value ? desc.value : undefined;
    if (key.is_index()) {
      if (object->IsJSArray() && key.index() >= JSArray::cast(object->ToValue())->length() &&
          (object->shape()->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0) {
        return false;
      }
      Elements::SetElement(isolate, js_object, key.index(), value, attributes);
    } else {
      JSObject::AddProperty(isolate, js_object, key.name(), value, attributes, origin);
    }
    return true;
  }

  // 4-6. Validate against a non-configurable current.
  if (!current.configurable) {
    if (desc.has_configurable && desc.configurable) return false;
    if (desc.has_enumerable && desc.enumerable != current.enumerable) return false;
    bool current_accessor = current.IsAccessorDescriptor();
    if (!desc.IsGenericDescriptor() && desc.IsAccessorDescriptor() != current_accessor) return false;
    if (current_accessor) {
      if (desc.has_get && !SameValue(*desc.get, *current.get)) return false;
      if (desc.has_set && !SameValue(*desc.set, *current.set)) return false;
    } else if (!current.writable) {
      if (desc.has_writable && desc.writable) return false;
      if (desc.has_value && !SameValue(*desc.value, *current.value)) return false;
    }
  }

  // 7. Apply. Work out the resulting kind and attributes.
  bool to_accessor = desc.IsAccessorDescriptor() ||
                     (desc.IsGenericDescriptor() && current.IsAccessorDescriptor());
  bool enumerable = desc.has_enumerable ? desc.enumerable : current.enumerable;
  bool configurable = desc.has_configurable ? desc.configurable : current.configurable;
  bool writable = to_accessor ? false
                              : (desc.has_writable ? desc.writable
                                                   : (current.IsAccessorDescriptor() ? false : current.writable));
  PropertyAttributes attributes = AttributesFromWEC(writable || to_accessor, enumerable, configurable);
  if (to_accessor) attributes = static_cast<PropertyAttributes>(attributes & ~READ_ONLY);
  PropertyKind kind = to_accessor ? PropertyKind::kAccessor : PropertyKind::kData;

  OwnLookup lookup = LookupOwn(isolate, *object, key);
  if (lookup.kind == OwnLookup::kArrayLength) {
    Handle<JSArray> array = Handle<JSArray>::cast(object);
    bool ok = true;
    if (desc.has_value) {
      uint32_t length;
      if (!ValueToArrayLength(*desc.value, &length)) {
        FactoryOf(isolate)->ThrowError(MessageTemplate::kInvalidArrayLength, {});
        return std::nullopt;
      }
      if (length != array->length() && !current.writable) return false;
      ok = JSArray::SetLength(isolate, array, length);
    }
    if (desc.has_writable && !desc.writable) {
      // A read-only length is rare: give the array a shape of its own.
      JSObject::NormalizeProperties(isolate, js_object, NormalizeReason::kReconfigure);
      array->shape()->set_bit_field2(array->shape()->bit_field2() | Shape::kArrayLengthReadOnlyBit);
    }
    return ok;
  }
  if (lookup.kind == OwnLookup::kStringIndex || lookup.kind == OwnLookup::kStringLength) {
    return true;  // validated above: nothing can change
  }

  Handle<Value> new_value;
  if (to_accessor) {
    Handle<Value> getter = desc.has_get ? desc.get : (current.IsAccessorDescriptor() ? current.get : undefined);
    Handle<Value> setter = desc.has_set ? desc.set : (current.IsAccessorDescriptor() ? current.set : undefined);
    new_value = FactoryOf(isolate)->NewAccessorPair(getter, setter);
  } else {
    new_value = desc.has_value ? desc.value : (current.IsAccessorDescriptor() ? undefined : current.value);
  }
  bool same_shape = kind == lookup.details.kind() && attributes == lookup.details.attributes();

  if (lookup.kind == OwnLookup::kElement) {
    if (!same_shape) Elements::NormalizeElements(isolate, js_object);
    Elements::SetElement(isolate, js_object, key.index(), new_value, attributes);
    if (to_accessor) {
      Dictionary* elements = Dictionary::cast(js_object->elements());
      int entry = elements->FindEntry(key.index());
      elements->DetailsAtPut(entry, elements->DetailsAt(entry).WithKind(PropertyKind::kAccessor));
    }
    return true;
  }
  if (same_shape) {
    if (to_accessor) {
      // Keep the property's own pair, updating the halves given.
      AccessorPair* pair = AccessorPair::cast(ReadOwn(isolate, *object, key, lookup));
      pair->set_getter(AccessorPair::cast(*new_value)->getter());
      pair->set_setter(AccessorPair::cast(*new_value)->setter());
      if (object->shape()->is_prototype_map()) JSObject::InvalidatePrototypeChains(*js_object);
    } else if (desc.has_value) {
      WriteOwn(isolate, object, key, lookup, new_value);
    }
    return true;
  }
  // Reconfiguration (kind or attributes change). A non-extensible fast
  // shape is shared and has no back pointer: such an object goes to
  // dictionary mode first rather than change its shape in place.
  if (lookup.kind == OwnLookup::kField && !object->shape()->is_extensible() &&
      !object->shape()->is_prototype_map()) {
    JSObject::NormalizeProperties(isolate, js_object, NormalizeReason::kReconfigure);
    lookup = LookupOwn(isolate, *object, key);
  }
  switch (lookup.kind) {
    case OwnLookup::kField: {
      Handle<Shape> shape(object->shape(), isolate);
      if (shape->is_prototype_map() || shape->GetBackPointer() == nullptr) {
        DescriptorArray* descriptors = shape->instance_descriptors_array();
        PropertyDetails details = descriptors->GetDetails(lookup.index);
        descriptors->SetDetails(lookup.index, details.WithKind(kind).WithAttributes(attributes)
                                                  .WithRepresentation(Representation::Tagged())
                                                  .WithConstness(PropertyConstness::kMutable));
        shape->set_enum_length(Shape::kInvalidEnumCacheSentinel);
      } else {
        Handle<Shape> updated = Shape::ReconfigureProperty(isolate, shape, lookup.index, kind, attributes);
        JSObject::MigrateToShape(isolate, js_object, updated);
      }
      js_object->FastPropertyAtPut(lookup.index, *new_value);
      if (js_object->shape()->is_prototype_map()) JSObject::InvalidatePrototypeChains(*js_object);
      return true;
    }
    case OwnLookup::kDictionary: {
      Dictionary* dictionary = object->property_dictionary();
      PropertyDetails details = dictionary->DetailsAt(lookup.index);
      dictionary->DetailsAtPut(lookup.index, details.WithKind(kind).WithAttributes(attributes));
      dictionary->ValueAtPut(lookup.index, *new_value);
      if (object->shape()->is_prototype_map()) JSObject::InvalidatePrototypeChains(*js_object);
      return true;
    }
    case OwnLookup::kGlobalCell: {
      Dictionary* dictionary = object->property_dictionary();
      PropertyCell* cell = PropertyCell::cast(dictionary->ValueAt(lookup.index));
      PropertyDetails details = cell->details().WithKind(kind).WithAttributes(attributes)
                                    .WithCellType(PropertyCellType::kMutable);
      cell->set_details(details);
      cell->set_value(*new_value);
      dictionary->DetailsAtPut(lookup.index, details);
      return true;
    }
    default:
      UNREACHABLE();
  }
}

// -- [[Delete]] --------------------------------------------------------------------------------

MaybeBool JSReceiver::DeleteProperty(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key) {
  OwnLookup lookup = LookupOwn(isolate, *object, key);
  if (lookup.kind == OwnLookup::kNotFound) return true;
  if (!lookup.details.IsConfigurable()) return false;
  Handle<JSObject> js_object = Handle<JSObject>::cast(object);
  bool is_prototype = object->shape()->is_prototype_map();
  switch (lookup.kind) {
    case OwnLookup::kElement:
      return Elements::DeleteElement(isolate, js_object, key.index());
    case OwnLookup::kField: {
      Shape* shape = object->shape();
      Shape* parent = shape->GetBackPointer();
      if (!is_prototype && parent != nullptr && lookup.index == shape->number_of_own_descriptors() - 1 &&
          !shape->is_deprecated()) {
        // Deleting the last-added property steps back to the parent shape:
        // the object is then laid out exactly like one that never had it.
        js_object->FastPropertyAtPut(lookup.index, Value::Undefined());
        js_object->set_shape(parent);
        return true;
      }
      JSObject::NormalizeProperties(isolate, js_object, NormalizeReason::kDeleteNotLast, *key.name());
      lookup = LookupOwn(isolate, *object, key);
      [[fallthrough]];
    }
    case OwnLookup::kDictionary: {
      Handle<Dictionary> dictionary(object->property_dictionary(), isolate);
      // Allocate first: in `object->f(g())`, `object->` is read before g runs.
      Handle<Dictionary> result = Dictionary::DeleteEntry(isolate, dictionary, lookup.index);
      object->set_properties_or_hash(result->ToValue());
      if (is_prototype) JSObject::InvalidatePrototypeChains(*js_object);
      return true;
    }
    case OwnLookup::kGlobalCell: {
      Handle<Dictionary> dictionary(object->property_dictionary(), isolate);
      // Feedback may hold the cell: mark it dead before unlinking it.
      PropertyCell* cell = PropertyCell::cast(dictionary->ValueAt(lookup.index));
      cell->set_value(Value::TheHole());
      cell->set_details(cell->details().WithCellType(PropertyCellType::kMutable));
      // Allocate first: in `object->f(g())`, `object->` is read before g runs.
      Handle<Dictionary> result = Dictionary::DeleteEntry(isolate, dictionary, lookup.index);
      object->set_properties_or_hash(result->ToValue());
      return true;
    }
    default:
      return false;  // array length, string wrapper properties
  }
}

// -- [[OwnPropertyKeys]] and for-in -----------------------------------------------------------

Handle<FixedArray> JSReceiver::OwnPropertyKeys(Isolate* isolate, Handle<JSReceiver> object, int filter) {
  Factory* factory = FactoryOf(isolate);
  bool only_enumerable = (filter & kOnlyEnumerable) != 0;
  // Gather into a growing FixedArray (keys are heap values; no std::vector
  // of raw Values may live across the allocations below).
  Handle<FixedArray> keys = factory->NewFixedArray(8);
  int count = 0;
  auto push = [&](Handle<Value> key) {
    // Patch, not assign: push runs inside inner HandleScopes.
    if (count == keys->length()) keys.Patch(factory->CopyFixedArrayAndGrow(keys, keys->length() * 2)->ToValue());
    keys->set(count++, *key);
  };
  // 1. Integer indices, ascending.
  if ((filter & kSkipStrings) == 0) {
    std::vector<uint32_t> indices;
    if (String* string = WrappedString(*object)) {
      for (int i = 0; i < string->length(); ++i) indices.push_back(static_cast<uint32_t>(i));
    }
    Elements::CollectElementIndices(JSObject::cast(object->ToValue()), only_enumerable, &indices);
    std::sort(indices.begin(), indices.end());
    for (uint32_t index : indices) {
      HandleScope scope(isolate);
      push(factory->Uint32ToString(index));
    }
    // Exotic "length" (created with the object, so first among strings).
    if ((object->IsJSArray() || WrappedString(*object) != nullptr) && !only_enumerable) {
      push(handle(isolate->roots().length_string(), isolate));
    }
  }
  // 2-3. Strings in insertion order, then symbols in insertion order.
  for (int pass = 0; pass < 2; ++pass) {
    bool want_symbols = pass == 1;
    if (want_symbols && (filter & kSkipSymbols) != 0) continue;
    if (!want_symbols && (filter & kSkipStrings) != 0) continue;
    auto wanted = [&](Name* key, PropertyDetails details) {
      if (key->IsSymbol() != want_symbols || key->IsPrivate()) return false;
      return !only_enumerable || details.IsEnumerable();
    };
    if (object->HasFastProperties()) {
      int n = object->shape()->number_of_own_descriptors();
      for (int i = 0; i < n; ++i) {
        Shape* shape = object->shape();
        if (wanted(shape->GetKey(i), shape->GetDetails(i))) push(handle(shape->GetKey(i)->ToValue(), isolate));
      }
    } else {
      std::vector<int> order = object->property_dictionary()->EntriesInEnumerationOrder();
      bool global = object->shape()->IsJSGlobalObjectShape();
      for (int entry : order) {
        Dictionary* dictionary = object->property_dictionary();
        Name* key = Name::cast(dictionary->KeyAt(entry));
        PropertyDetails details = dictionary->DetailsAt(entry);
        if (global) {
          PropertyCell* cell = PropertyCell::cast(dictionary->ValueAt(entry));
          if (cell->value().IsTheHole()) continue;
          details = cell->details();
        }
        if (wanted(key, details)) push(handle(key->ToValue(), isolate));
      }
    }
  }
  return factory->CopyFixedArrayAndGrow(keys, count);
}

Handle<FixedArray> JSReceiver::GetForInKeys(Isolate* isolate, Handle<JSReceiver> object) {
  // Spec: EnumerateObjectProperties. Each object's own string keys in
  // OwnPropertyKeys order, then its prototype's, skipping keys already seen
  // (enumerable or not: a non-enumerable own key shadows the prototype's).
  Factory* factory = FactoryOf(isolate);
  Handle<Dictionary> seen = factory->NewNameDictionary(8);
  Handle<FixedArray> result = factory->NewFixedArray(8);
  int count = 0;
  Handle<JSReceiver> current = object;
  Handle<Value> undefined = handle(Value::Undefined(), isolate);
  while (true) {
    Handle<FixedArray> keys = OwnPropertyKeys(isolate, current, kSkipSymbols);
    for (int i = 0; i < keys->length(); ++i) {
      HandleScope scope(isolate);
      Handle<String> key = factory->InternalizeString(handle(String::cast(keys->get(i)), isolate));
      if (seen->FindEntry(*key) >= 0) continue;
      PropertyDescriptor desc;
      PropertyKey property_key = PropertyKey::From(isolate, Handle<Value>(key));
      if (GetOwnPropertyDescriptor(isolate, current, property_key, &desc) && desc.enumerable) {
        // Patch: the outer handles keep their slots; a handle made in this
        // scope would die with it.
        if (count == result->length()) result.Patch(factory->CopyFixedArrayAndGrow(result, count * 2)->ToValue());
        result->set(count++, key->ToValue());
      }
      seen.Patch(Dictionary::Add(isolate, seen, key, undefined,
                                 PropertyDetails::Dictionary(PropertyKind::kData, NONE, 0))->ToValue());
    }
    Value parent = current->GetPrototype();
    if (!lucid::IsJSReceiver(parent)) break;
    current = handle(JSReceiver::cast(parent), isolate);
  }
  return factory->CopyFixedArrayAndGrow(result, count);
}

// -- [[SetPrototypeOf]] / [[PreventExtensions]] ---------------------------------------------------

bool JSReceiver::SetPrototype(Isolate* isolate, Handle<JSReceiver> object, Handle<Value> prototype) {
  // Spec: OrdinarySetPrototypeOf(O, V).
  Value current = object->GetPrototype();
  if (current == *prototype) return true;                         // 4.
  if (!object->IsExtensible()) return false;                      // 5.
  if (object->shape()->is_immutable_prototype()) return false;
  for (Value p = *prototype; lucid::IsJSReceiver(p); p = JSReceiver::cast(p)->GetPrototype()) {
    if (p == object->ToValue()) return false;                     // 8.c.i: a cycle
  }
  Handle<JSObject> js_object = Handle<JSObject>::cast(object);
  JSObject::MigrateInstance(isolate, js_object);
  // A prototype's new prototype may bring elements along.
  Elements::InvalidateNoElementsProtectorIfPrototype(isolate, *js_object);
  Handle<Shape> shape(object->shape(), isolate);
  if (shape->is_prototype_map() || shape->is_dictionary_map()) {
    // The object's own shape: change it in place.
    if (lucid::IsJSReceiver(*prototype)) JSObject::OptimizeAsPrototype(isolate, Handle<JSObject>::cast(prototype));
    object->shape()->set_prototype(*prototype);
  } else {
    Handle<Shape> updated = Shape::TransitionToPrototype(isolate, shape, prototype);
    JSObject::MigrateToShape(isolate, js_object, updated);
  }
  if (object->shape()->is_prototype_map()) {
    // Its users' chains changed; it also leaves its old prototype's users.
    JSObject::InvalidatePrototypeChains(*js_object);
  }
  return true;
}

bool JSReceiver::PreventExtensions(Isolate* isolate, Handle<JSReceiver> object) {
  if (!object->IsExtensible()) return true;
  Handle<JSObject> js_object = Handle<JSObject>::cast(object);
  if (lucid::IsFixedArray(object->elements()) && FixedArray::cast(object->elements())->length() > 0) {
    Elements::NormalizeElements(isolate, js_object);
  }
  // A fast object takes the shared non-extensible transition (frozen and
  // sealed objects show in their shapes, as in V8); dictionary-mode and
  // prototype shapes are the object's own and change in place.
  if (!object->shape()->is_dictionary_map() && !object->shape()->is_prototype_map()) {
    Handle<Shape> shape(object->shape(), isolate);
    JSObject::MigrateToShape(isolate, js_object, Shape::TransitionToNonExtensible(isolate, shape));
    return true;
  }
  object->shape()->set_is_extensible(false);
  if (object->shape()->is_prototype_map()) JSObject::InvalidatePrototypeChains(*js_object);
  return true;
}

bool JSReceiver::SetIntegrityLevel(Isolate* isolate, Handle<JSReceiver> object, IntegrityLevel level) {
  Handle<FixedArray> keys = OwnPropertyKeys(isolate, object);
  for (int i = 0; i < (*keys)->length(); i++) {
    HandleScope scope(isolate);
    Handle<Value> key_value((*keys)->get(i), isolate);
    PropertyKey key = PropertyKey::From(isolate, key_value);
    PropertyDescriptor desc;
    desc.has_configurable = true;
    desc.configurable = false;
    if (level == IntegrityLevel::kFrozen) {
      PropertyDescriptor current;
      if (!GetOwnPropertyDescriptor(isolate, object, key, &current)) continue;
      if (!current.IsAccessorDescriptor()) {
        desc.has_writable = true;
        desc.writable = false;
      }
    }
    MaybeBool ok = DefineOwnProperty(isolate, object, key, desc);
    if (!ok.has_value()) return false;
    if (!*ok) {
      FactoryOf(isolate)->ThrowError(MessageTemplate::kRedefineDisallowed, {key.ToDebugString()});
      return false;
    }
  }
  return PreventExtensions(isolate, object);
}

bool JSReceiver::TestIntegrityLevel(Isolate* isolate, Handle<JSReceiver> object, IntegrityLevel level) {
  if (object->IsExtensible()) return false;
  Handle<FixedArray> keys = OwnPropertyKeys(isolate, object);
  for (int i = 0; i < (*keys)->length(); i++) {
    HandleScope scope(isolate);
    Handle<Value> key_value((*keys)->get(i), isolate);
    PropertyDescriptor desc;
    if (!GetOwnPropertyDescriptor(isolate, object, PropertyKey::From(isolate, key_value), &desc)) continue;
    if (desc.configurable) return false;
    if (level == IntegrityLevel::kFrozen && desc.IsDataDescriptor() && desc.writable) return false;
  }
  return true;
}

}  // namespace lucid
