// Copyright 2025 the Lucid authors. MIT license.
// DescriptorArray and TransitionArray: the tables a shape hangs its
// properties and children on.
#include "vm/objects/descriptors.h"

#include "vm/isolate.h"
#include "vm/objects/shape.h"
#include "vm/objects/shape.h"
#include "vm/objects/transitions.h"

namespace lucid {

// -- DescriptorArray ----------------------------------------------------------------

Handle<DescriptorArray> DescriptorArray::New(Isolate* isolate, int capacity) {
  if (capacity == 0) return Handle<DescriptorArray>(isolate->roots().slot(RootIndex::kEmptyDescriptorArray));
  int length = LengthFor(capacity);
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().descriptor_array_shape(),
                                               FixedArray::SizeFor(length), AllocationType::kMetadata,
                                               length);
  auto* array = static_cast<DescriptorArray*>(cell);
  array->set_number_of_descriptors(0);
  return Handle<DescriptorArray>(array, isolate);
}

Handle<DescriptorArray> DescriptorArray::CopyUpTo(Isolate* isolate, Handle<DescriptorArray> source,
                                                  int used, int extra_capacity) {
  Handle<DescriptorArray> result = New(isolate, used + extra_capacity);
  if (used == 0) return result;
  DisallowGC no_gc;
  DescriptorArray* from = *source;
  DescriptorArray* to = *result;
  for (int i = 0; i < used; ++i) to->Append(from->GetKey(i), from->GetDetails(i));
  return result;
}

void DescriptorArray::Append(Name* key, PropertyDetails details) {
  int n = number_of_descriptors();
  DCHECK(n < capacity());
  set(KeyIndex(n), key->ToValue());
  SetDetails(n, details);
  set_number_of_descriptors(n + 1);
  set_enum_cache(Value::Undefined());
}

void DescriptorArray::Set(int i, Name* key, PropertyDetails details) {
  DCHECK(i < number_of_descriptors());
  set(KeyIndex(i), key->ToValue());
  SetDetails(i, details);
  set_enum_cache(Value::Undefined());
}

int DescriptorArray::Search(const Name* key, int valid) const {
  Value target = key->ToValue();
  for (int i = 0; i < valid; ++i) {
    if (get(KeyIndex(i)) == target) return i;
  }
  return -1;
}

// -- TransitionArray -----------------------------------------------------------------

Shape* TransitionArray::GetTarget(int i) const {
  return Shape::cast(get(kFirstIndex + i * kEntrySize + 2));
}

Shape* TransitionArray::Search(const Shape* parent, const Name* key, int info) {
  Value raw = parent->raw_transitions();
  if (!lucid::IsTransitionArray(raw)) return nullptr;
  TransitionArray* array = TransitionArray::cast(raw);
  Value key_value = key->ToValue();
  int count = array->count();
  for (int i = 0; i < count; ++i) {
    if (array->get(kFirstIndex + i * kEntrySize) == key_value && array->GetInfo(i) == info) {
      return array->GetTarget(i);
    }
  }
  return nullptr;
}

bool TransitionArray::Insert(Isolate* isolate, Handle<Shape> parent, Handle<Name> key, int info,
                             Handle<Shape> target) {
  Value raw = parent->raw_transitions();
  if (lucid::IsTransitionArray(raw)) {
    TransitionArray* array = TransitionArray::cast(raw);
    Value key_value = key->ToValue();
    for (int i = 0; i < array->count(); ++i) {
      if (array->get(kFirstIndex + i * kEntrySize) == key_value && array->GetInfo(i) == info) {
        array->set(kFirstIndex + i * kEntrySize + 2, target->ToValue());
        return true;
      }
    }
    if (array->count() >= kMaxNumberOfTransitions) return false;
  }
  int count = lucid::IsTransitionArray(raw) ? TransitionArray::cast(raw)->count() : 0;
  int capacity = lucid::IsTransitionArray(raw) ? TransitionArray::cast(raw)->capacity() : 0;
  if (count == capacity) {
    int new_capacity = capacity == 0 ? 1 : capacity * 2;
    int length = kFirstIndex + new_capacity * kEntrySize;
    HeapObject* cell = isolate->heap()->Allocate(isolate->roots().transition_array_shape(),
                                                 FixedArray::SizeFor(length), AllocationType::kMetadata,
                                                 length);
    auto* grown = static_cast<TransitionArray*>(cell);
    // Edges are weak: the allocation may have run a full GC that dropped
    // dead children, so count again.
    Value current = parent->raw_transitions();
    count = lucid::IsTransitionArray(current) ? TransitionArray::cast(current)->count() : 0;
    grown->set(kCountIndex, Value::FromInt32(count), SKIP_WRITE_BARRIER);
    if (count > 0) {
      grown->CopyElements(kFirstIndex, TransitionArray::cast(parent->raw_transitions()), kFirstIndex,
                          count * kEntrySize);
    }
    parent->set_raw_transitions(grown->ToValue());
  }
  TransitionArray* array = TransitionArray::cast(parent->raw_transitions());
  int base = kFirstIndex + count * kEntrySize;
  array->set(base, key->ToValue());
  array->set(base + 1, Value::FromInt32(info), SKIP_WRITE_BARRIER);
  array->set(base + 2, target->ToValue());
  array->set(kCountIndex, Value::FromInt32(count + 1), SKIP_WRITE_BARRIER);
  return true;
}

void TransitionArray::Remove(Shape* parent, const Shape* target) {
  Value raw = parent->raw_transitions();
  if (!lucid::IsTransitionArray(raw)) return;
  TransitionArray* array = TransitionArray::cast(raw);
  int count = array->count();
  for (int i = 0; i < count; ++i) {
    if (array->GetTarget(i) != target) continue;
    // Move the last entry into the hole.
    int last = count - 1;
    for (int k = 0; k < kEntrySize; ++k) {
      array->set(kFirstIndex + i * kEntrySize + k, array->get(kFirstIndex + last * kEntrySize + k));
      array->set(kFirstIndex + last * kEntrySize + k, Value::Undefined());
    }
    array->set(kCountIndex, Value::FromInt32(last), SKIP_WRITE_BARRIER);
    return;
  }
}

int TransitionArray::NumberOfTransitions(const Shape* parent) {
  Value raw = parent->raw_transitions();
  return lucid::IsTransitionArray(raw) ? TransitionArray::cast(raw)->count() : 0;
}

Shape* TransitionArray::TargetAt(const Shape* parent, int i) {
  return TransitionArray::cast(parent->raw_transitions())->GetTarget(i);
}

}  // namespace lucid
