// Copyright 2025 the Lucid authors. MIT license.
// Elements: indexed storage, kinds, growth and dictionary elements.
#include "vm/objects/elements.h"

#include <algorithm>

#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/protectors.h"

namespace lucid {

namespace {

bool HasDictionaryElements(const JSObject* object) {
  return lucid::IsDictionaryElementsKind(object->shape()->elements_kind());
}

uint32_t FastCapacity(const JSObject* object) {
  return static_cast<uint32_t>(FixedArray::cast(object->elements())->length());
}

}  // namespace

Value Elements::GetOwnElement(JSObject* object, uint32_t index, PropertyDetails* details) {
  if (details != nullptr) *details = PropertyDetails::Dictionary(PropertyKind::kData, NONE, 0);
  if (HasDictionaryElements(object)) {
    Dictionary* dictionary = Dictionary::cast(object->elements());
    int entry = dictionary->FindEntry(index);
    if (entry < 0) return Value::TheHole();
    if (details != nullptr) *details = dictionary->DetailsAt(entry);
    return dictionary->ValueAt(entry);
  }
  Value elements = object->elements();
  if (!lucid::IsFixedArray(elements)) return Value::TheHole();
  FixedArray* store = FixedArray::cast(elements);
  if (index >= static_cast<uint32_t>(store->length())) return Value::TheHole();
  if (object->IsJSArray() && index >= JSArray::cast(object->ToValue())->length()) return Value::TheHole();
  return store->get(static_cast<int>(index));
}

bool Elements::HasOwnElement(JSObject* object, uint32_t index) {
  return !GetOwnElement(object, index).IsTheHole();
}

void Elements::TransitionElementsKind(Isolate* isolate, Handle<JSObject> object, ElementsKind kind) {
  ElementsKind current = object->shape()->elements_kind();
  ElementsKind target = GeneralizeElementsKind(current, kind);
  if (target == current) return;
  Handle<Shape> shape = Shape::TransitionElementsTo(isolate, handle(object->shape(), isolate), target);
  JSObject::MigrateToShape(isolate, object, shape);
}

void Elements::EnsureCapacity(Isolate* isolate, Handle<JSObject> object, uint32_t capacity) {
  DCHECK(!HasDictionaryElements(*object));
  uint32_t old_capacity = FastCapacity(*object);
  if (capacity <= old_capacity) return;
  // Past the largest backing store: node's fatal OOM exit, not a crash.
  if (capacity > static_cast<uint32_t>(FixedArrayBase::kMaxLength)) {
    isolate->heap()->FatalInvalidSize("invalid array length");
  }
  Handle<FixedArray> store(FixedArray::cast(object->elements()), isolate);
  Handle<FixedArray> grown = FactoryOf(isolate)->CopyFixedArrayAndGrow(store, static_cast<int>(capacity),
                                                                       Value::TheHole());
  object->set_elements(grown->ToValue());
}

void Elements::NormalizeElements(Isolate* isolate, Handle<JSObject> object) {
  if (HasDictionaryElements(*object)) return;
  Handle<FixedArray> store(FixedArray::cast(object->elements()), isolate);
  uint32_t limit = static_cast<uint32_t>(store->length());
  if (object->IsJSArray()) limit = std::min(limit, JSArray::cast(object->ToValue())->length());
  int used = 0;
  for (uint32_t i = 0; i < limit; ++i) used += !store->get(static_cast<int>(i)).IsTheHole();
  Handle<Dictionary> dictionary = FactoryOf(isolate)->NewNumberDictionary(used + 1);
  for (uint32_t i = 0; i < limit; ++i) {
    HandleScope scope(isolate);
    Value value = store->get(static_cast<int>(i));
    if (value.IsTheHole()) continue;
    dictionary = scope.CloseAndEscape(
        Dictionary::Add(isolate, dictionary, handle(Value::FromUint32(i), isolate), handle(value, isolate),
                        PropertyDetails::Dictionary(PropertyKind::kData, NONE, 0)));
  }
  Handle<Shape> shape = Shape::TransitionElementsTo(isolate, handle(object->shape(), isolate), DICTIONARY_ELEMENTS);
  JSObject::MigrateToShape(isolate, object, shape);
  object->set_elements(dictionary->ToValue());
}

bool Elements::IsSimpleFastArray(Isolate* isolate, const JSObject* object) {
  if (!object->IsJSArray()) return false;
  Shape* shape = object->shape();
  if (!IsFastElementsKind(shape->elements_kind()) || !shape->is_extensible() ||
      (shape->bit_field2() & Shape::kArrayLengthReadOnlyBit) != 0) {
    return false;
  }
  NativeContext* context = NativeContext::cast(isolate->roots().native_context());
  Value empty = isolate->roots().empty_fixed_array()->ToValue();
  Value proto = shape->prototype();
  if (proto != context->array_prototype() || JSObject::cast(proto)->elements() != empty) return false;
  Value grand = JSObject::cast(proto)->GetPrototype();
  if (grand != context->object_prototype() || JSObject::cast(grand)->elements() != empty) return false;
  return JSObject::cast(grand)->GetPrototype().IsNull();
}

void Elements::InvalidateNoElementsProtectorIfPrototype(Isolate* isolate, const JSObject* object) {
  NativeContext* context = NativeContext::cast(isolate->roots().native_context());
  bool intrinsic = object->ToValue() == context->array_prototype() || object->ToValue() == context->object_prototype();
  if (!intrinsic && !object->shape()->is_prototype_map()) return;
  Protectors::Invalidate(isolate, RootIndex::kNoElementsProtector);
}

void Elements::SetElement(Isolate* isolate, Handle<JSObject> object, uint32_t index, Handle<Value> value,
                          PropertyAttributes attributes) {
  InvalidateNoElementsProtectorIfPrototype(isolate, *object);
  bool is_array = object->IsJSArray();
  uint32_t length = is_array ? JSArray::cast(object->ToValue())->length() : 0;
  if (!HasDictionaryElements(*object)) {
    uint32_t capacity = FastCapacity(*object);
    // Too sparse for a dense store: a store far past the end (V8's kMaxGap),
    // or any non-default attributes (only dictionaries keep them).
    bool too_sparse = index >= capacity && index - capacity >= JSArray::kMaxGap;
    if (attributes != NONE || too_sparse || index >= static_cast<uint32_t>(FixedArrayBase::kMaxLength)) {
      NormalizeElements(isolate, object);
    }
  }
  if (HasDictionaryElements(*object)) {
    Handle<Dictionary> dictionary(Dictionary::cast(object->elements()), isolate);
    int entry = dictionary->FindEntry(index);
    if (entry >= 0) {
      dictionary->ValueAtPut(entry, *value);
      dictionary->DetailsAtPut(entry, dictionary->DetailsAt(entry).WithAttributes(attributes));
    } else {
      dictionary = Dictionary::Add(isolate, dictionary, handle(Value::FromUint32(index), isolate), value,
                                   PropertyDetails::Dictionary(PropertyKind::kData, attributes, 0));
      object->set_elements(dictionary->ToValue());
    }
    if (is_array && index >= length) JSArray::cast(object->ToValue())->set_length(index + 1);
    return;
  }
  // Fast kinds. New kind: general enough for the value, holey if this store
  // leaves a gap (or fills one: a hole once made stays recorded).
  uint32_t capacity = FastCapacity(*object);
  bool fills_hole = index < capacity && FixedArray::cast(object->elements())->get(static_cast<int>(index)).IsTheHole();
  bool makes_gap = is_array ? index > length : false;
  ElementsKind kind = KindForValue(*value);
  if (makes_gap || (fills_hole && is_array && index < length)) kind = GetHoleyElementsKind(kind);
  if (!is_array) kind = GetHoleyElementsKind(kind);  // plain objects' elements are always HOLEY
  TransitionElementsKind(isolate, object, kind);
  if (index >= capacity) EnsureCapacity(isolate, object, NewCapacity(index + 1));
  FixedArray::cast(object->elements())->set(static_cast<int>(index), *value);
  if (is_array && index >= length) JSArray::cast(object->ToValue())->set_length(index + 1);
}

bool Elements::DeleteElement(Isolate* isolate, Handle<JSObject> object, uint32_t index) {
  if (HasDictionaryElements(*object)) {
    Handle<Dictionary> dictionary(Dictionary::cast(object->elements()), isolate);
    int entry = dictionary->FindEntry(index);
    if (entry < 0) return true;
    if (!dictionary->DetailsAt(entry).IsConfigurable()) return false;
    // Allocate first: in `object->f(g())`, `object->` is read before g runs.
    Handle<Dictionary> result = Dictionary::DeleteEntry(isolate, dictionary, entry);
    object->set_elements(result->ToValue());
    return true;
  }
  if (index >= FastCapacity(*object)) return true;
  TransitionElementsKind(isolate, object, GetHoleyElementsKind(object->shape()->elements_kind()));
  FixedArray::cast(object->elements())->set(static_cast<int>(index), Value::TheHole());
  return true;
}

void Elements::CollectElementIndices(JSObject* object, bool only_enumerable, std::vector<uint32_t>* out) {
  if (HasDictionaryElements(object)) {
    Dictionary* dictionary = Dictionary::cast(object->elements());
    for (int entry : dictionary->EntriesInEnumerationOrder()) {
      if (only_enumerable && !dictionary->DetailsAt(entry).IsEnumerable()) continue;
      out->push_back(static_cast<uint32_t>(dictionary->KeyAt(entry).Number()));
    }
    return;
  }
  if (!lucid::IsFixedArray(object->elements())) return;
  FixedArray* store = FixedArray::cast(object->elements());
  uint32_t limit = static_cast<uint32_t>(store->length());
  if (object->IsJSArray()) limit = std::min(limit, JSArray::cast(object->ToValue())->length());
  for (uint32_t i = 0; i < limit; ++i) {
    if (!store->get(static_cast<int>(i)).IsTheHole()) out->push_back(i);
  }
}

// -- JSArray ------------------------------------------------------------------------------------

bool JSArray::SetLength(Isolate* isolate, Handle<JSArray> array, uint32_t new_length) {
  uint32_t old_length = array->length();
  if (lucid::IsDictionaryElementsKind(array->shape()->elements_kind())) {
    // Spec: ArraySetLength step 17: delete from the top down; a
    // non-configurable element stops the truncation just above itself.
    Handle<Dictionary> dictionary(Dictionary::cast(array->elements()), isolate);
    std::vector<int> entries = dictionary->EntriesInEnumerationOrder();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
      uint32_t index = static_cast<uint32_t>(dictionary->KeyAt(*it).Number());
      if (index < new_length) break;
      if (!dictionary->DetailsAt(*it).IsConfigurable()) {
        array->set_length(index + 1);
        return false;
      }
      dictionary = Dictionary::DeleteEntry(isolate, dictionary, *it);
      array->set_elements(dictionary->ToValue());
      entries = dictionary->EntriesInEnumerationOrder();  // entries renumber after a shrink
      it = std::find_if(entries.rbegin(), entries.rend(), [&](int e) {
        return static_cast<uint32_t>(dictionary->KeyAt(e).Number()) < index;
      });
      if (it == entries.rend()) break;
      --it;
    }
    array->set_length(new_length);
    return true;
  }
  uint32_t capacity = FastCapacity(*array);
  if (new_length < old_length) {
    // Truncate: clear the dropped slots, and give memory back when the
    // store would be mostly empty.
    uint32_t clear_end = std::min(old_length, capacity);
    if (new_length < clear_end) {
      FixedArray::cast(array->elements())
          ->FillWith(static_cast<int>(new_length), static_cast<int>(clear_end), Value::TheHole());
    }
    if (new_length == 0) {
      array->set_elements(isolate->roots().empty_fixed_array()->ToValue());
    } else if (new_length * 2 < capacity && capacity > 16) {
      isolate->heap()->RightTrimFixedArray(FixedArray::cast(array->elements()), static_cast<int>(new_length));
    }
  } else if (new_length > old_length) {
    // Growing the length makes holes.
    Elements::TransitionElementsKind(isolate, array, GetHoleyElementsKind(array->shape()->elements_kind()));
  }
  array->set_length(new_length);
  return true;
}

}  // namespace lucid
