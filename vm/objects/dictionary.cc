// Copyright 2025 the Lucid authors. MIT license.
// Dictionary: open-addressing hash tables with insertion order.
#include "vm/objects/dictionary.h"

#include <algorithm>

#include "vm/isolate.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"
#include "vm/objects/string_hasher.h"

namespace lucid {

namespace {

int CapacityFor(int at_least) {
  int capacity = Dictionary::kMinCapacity;
  while (capacity < at_least * 2) capacity *= 2;
  return capacity;
}

// The capacity a rehash picks for {live} entries: room for half as many
// again (V8's HashTable slack). A table rehashed right at the 50% load
// that triggers the next rehash would rehash again after a handful of
// insert/delete pairs, a full copy each time.
int CapacityWithSlackFor(int live) { return CapacityFor(std::max(live + (live >> 1), 1)); }

}  // namespace

Handle<Dictionary> Dictionary::New(Isolate* isolate, InstanceType type, int at_least) {
  int capacity = CapacityFor(std::max(at_least, 1));
  int length = LengthFor(capacity);
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().ShapeLayoutFor(type),
                                               FixedArray::SizeFor(length), AllocationType::kYoung, length);
  auto* dictionary = static_cast<Dictionary*>(cell);
  dictionary->set(kElementCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  dictionary->set(kDeletedCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  dictionary->set(kNextEnumerationIndexIndex, Value::FromInt32(1), SKIP_WRITE_BARRIER);
  return Handle<Dictionary>(dictionary, isolate);
}

uint32_t Dictionary::HashOfKey(Value key) const {
  if (IsNumberKeyed()) return StringHasher::Finalize(static_cast<uint32_t>(key.Number()));
  return Name::cast(key)->hash();
}

int Dictionary::FindEntry(const Name* key) const {
  DCHECK(!IsNumberKeyed());
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  Value target = key->ToValue();
  uint32_t hash = key->hash();
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value candidate = KeyAt(static_cast<int>(entry));
    if (candidate.IsUndefined()) return -1;
    if (candidate == target) return static_cast<int>(entry);
  }
}

int Dictionary::FindEntry(uint32_t index) const {
  DCHECK(IsNumberKeyed());
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  uint32_t hash = StringHasher::Finalize(index);
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value candidate = KeyAt(static_cast<int>(entry));
    if (candidate.IsUndefined()) return -1;
    if (candidate.IsNumber() && candidate.Number() == static_cast<double>(index)) {
      return static_cast<int>(entry);
    }
  }
}

int Dictionary::FindInsertionEntry(uint32_t hash) const {
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value candidate = KeyAt(static_cast<int>(entry));
    if (!IsKey(candidate)) return static_cast<int>(entry);
  }
}

Handle<Dictionary> Dictionary::Rehash(Isolate* isolate, Handle<Dictionary> dictionary, int new_capacity) {
  InstanceType type = dictionary->shape_layout()->instance_type();
  int length = LengthFor(new_capacity);
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().ShapeLayoutFor(type),
                                               FixedArray::SizeFor(length), AllocationType::kYoung, length);
  DisallowGC no_gc;
  auto* to = static_cast<Dictionary*>(cell);
  Dictionary* from = *dictionary;
  to->set(kElementCountIndex, Value::FromInt32(from->NumberOfElements()));
  to->set(kDeletedCountIndex, Value::FromInt32(0));
  to->set(kNextEnumerationIndexIndex, from->get(kNextEnumerationIndexIndex));
  to->set(kIdentityHashIndex, from->identity_hash());
  for (int e = 0; e < from->Capacity(); ++e) {
    Value key = from->KeyAt(e);
    if (!IsKey(key)) continue;
    int target = to->FindInsertionEntry(from->HashOfKey(key));
    to->set(EntryIndex(target), key);
    to->set(EntryIndex(target) + 1, from->ValueAt(e));
    to->set(EntryIndex(target) + 2, from->get(EntryIndex(e) + 2));
  }
  return Handle<Dictionary>(to, isolate);
}

Handle<Dictionary> Dictionary::EnsureCapacity(Isolate* isolate, Handle<Dictionary> dictionary, int extra) {
  int live = dictionary->NumberOfElements() + extra;
  int used = live + dictionary->NumberOfDeleted();
  if (used * 2 <= dictionary->Capacity()) return dictionary;
  return Rehash(isolate, dictionary, CapacityWithSlackFor(live));
}

Handle<Dictionary> Dictionary::Add(Isolate* isolate, Handle<Dictionary> dictionary, Handle<Value> key,
                                   Handle<Value> value, PropertyDetails details) {
  dictionary = EnsureCapacity(isolate, dictionary, 1);
  DisallowGC no_gc;
  Dictionary* table = *dictionary;
  if (!table->IsNumberKeyed()) {
    int index = table->NextEnumerationIndex();
    if (index > PropertyDetails::kMaxEnumerationIndex) {
      // Renumber live entries 1..n in their current order.
      std::vector<int> order = table->EntriesInEnumerationOrder();
      int next = 1;
      for (int e : order) table->DetailsAtPut(e, table->DetailsAt(e).WithEnumerationIndex(next++));
      index = next;
    }
    details = details.WithEnumerationIndex(index);
    table->set(kNextEnumerationIndexIndex, Value::FromInt32(index + 1), SKIP_WRITE_BARRIER);
  }
  int entry = table->FindInsertionEntry(table->HashOfKey(*key));
  if (table->KeyAt(entry).IsTheHole()) {
    table->set(kDeletedCountIndex, Value::FromInt32(table->NumberOfDeleted() - 1), SKIP_WRITE_BARRIER);
  }
  table->set(EntryIndex(entry), *key);
  table->set(EntryIndex(entry) + 1, *value);
  table->DetailsAtPut(entry, details);
  table->set(kElementCountIndex, Value::FromInt32(table->NumberOfElements() + 1), SKIP_WRITE_BARRIER);
  return dictionary;
}

Handle<Dictionary> Dictionary::DeleteEntry(Isolate* isolate, Handle<Dictionary> dictionary, int entry) {
  {
    DisallowGC no_gc;
    Dictionary* table = *dictionary;
    table->set(EntryIndex(entry), Value::TheHole());
    table->set(EntryIndex(entry) + 1, Value::TheHole());
    table->set(EntryIndex(entry) + 2, Value::FromInt32(0));
    table->set(kElementCountIndex, Value::FromInt32(table->NumberOfElements() - 1), SKIP_WRITE_BARRIER);
    table->set(kDeletedCountIndex, Value::FromInt32(table->NumberOfDeleted() + 1), SKIP_WRITE_BARRIER);
  }
  // Shrink when an eighth full at most (keeps probe chains short after
  // mass deletion; the slack then still halves the capacity at least).
  int live = dictionary->NumberOfElements();
  if (dictionary->Capacity() > 16 && live * 8 <= dictionary->Capacity()) {
    return Rehash(isolate, dictionary, CapacityWithSlackFor(live));
  }
  return dictionary;
}

std::vector<int> Dictionary::EntriesInEnumerationOrder() const {
  std::vector<int> entries;
  entries.reserve(static_cast<size_t>(NumberOfElements()));
  for (int e = 0; e < Capacity(); ++e) {
    if (IsKey(KeyAt(e))) entries.push_back(e);
  }
  if (IsNumberKeyed()) {
    std::sort(entries.begin(), entries.end(),
              [this](int a, int b) { return KeyAt(a).Number() < KeyAt(b).Number(); });
  } else {
    std::sort(entries.begin(), entries.end(), [this](int a, int b) {
      return DetailsAt(a).enumeration_index() < DetailsAt(b).enumeration_index();
    });
  }
  return entries;
}

uint32_t Dictionary::MaxNumberKeyPlusOne() const {
  DCHECK(IsNumberKeyed());
  double max = -1;
  for (int e = 0; e < Capacity(); ++e) {
    Value key = KeyAt(e);
    if (IsKey(key)) max = std::max(max, key.Number());
  }
  return static_cast<uint32_t>(max + 1);
}

}  // namespace lucid
