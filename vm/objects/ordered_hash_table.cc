// Copyright the Lucid authors. MIT license.
// OrderedHashTable: Map and Set storage. The layout, the growth policy and
// the iterator-transition scheme are drawn in ordered_hash_table.h.

#include "vm/objects/ordered_hash_table.h"

#include <bit>
#include <cmath>
#include <cstring>

#include "gc/heap.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/string.h"

namespace lucid {

namespace {

// A 32-bit integer mix (the finalizer of MurmurHash3), so small integers and
// consecutive identity hashes spread over the buckets.
uint32_t Mix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

uint32_t Mix64(uint64_t bits) {
  return Mix32(static_cast<uint32_t>(bits) ^ Mix32(static_cast<uint32_t>(bits >> 32)));
}

int BucketsForCapacity(int capacity) {
  int wanted = std::max(capacity, OrderedHashTable::kInitialCapacity);
  int buckets = static_cast<int>(std::bit_ceil(static_cast<uint32_t>(wanted))) /
                OrderedHashTable::kLoadFactor;
  return std::max(buckets, 1);
}

}  // namespace

// -- Allocation -------------------------------------------------------------------

Handle<OrderedHashTable> OrderedHashTable::Allocate(Isolate* isolate, InstanceType type,
                                                    int capacity) {
  DCHECK(type == InstanceType::kOrderedHashMap || type == InstanceType::kOrderedHashSet);
  int buckets = BucketsForCapacity(capacity);
  int entry_size = type == InstanceType::kOrderedHashMap ? 3 : 2;
  int length = kHashTableStartIndex + buckets + buckets * kLoadFactor * entry_size;
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().ShapeLayoutFor(type),
                                               FixedArray::SizeFor(length),
                                               AllocationType::kYoung, length);
  auto* table = static_cast<OrderedHashTable*>(cell);
  table->set(kElementCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  table->set(kDeletedCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  table->set(kBucketCountIndex, Value::FromInt32(buckets), SKIP_WRITE_BARRIER);
  for (int i = 0; i < buckets; i++) {
    table->set(kHashTableStartIndex + i, Value::FromInt32(kNotFound), SKIP_WRITE_BARRIER);
  }
  // Entries and the next-table link stay undefined (Heap::Allocate).
  return Handle<OrderedHashTable>(table, isolate);
}

// -- Keys -------------------------------------------------------------------------

Value OrderedHashTable::NormalizeKey(Value key) {
  if (key.IsDouble() && key.AsDouble() == 0) return Value::FromInt32(0);  // -0 -> +0
  return key;
}

uint32_t OrderedHashTable::HashOf(Isolate* isolate, Value key, uint64_t seed, bool create) {
  if (key.IsInt32()) return Mix32(static_cast<uint32_t>(key.AsInt32()));
  if (key.IsDouble()) {
    double d = key.AsDouble();
    if (std::isnan(d)) return 0x7FF80000u;  // every NaN is one key
    if (d == 0) return Mix32(0);            // -0 is +0 (an int32 0)
    return Mix64(std::bit_cast<uint64_t>(d));
  }
  if (!key.IsHeapObject()) return Mix64(key.raw_bits());  // undefined, null, booleans
  HeapObject* object = key.heap_object();
  if (object->IsString()) return static_cast<String*>(object)->EnsureHash(seed);
  if (object->IsSymbol()) return static_cast<Name*>(object)->hash();
  if (object->IsJSReceiver()) {
    auto* receiver = static_cast<JSReceiver*>(object);
    uint32_t hash = receiver->GetIdentityHash();
    if (hash == 0 && create) {
      // Assigning the hash writes a field; nothing is allocated.
      hash = JSReceiver::GetOrCreateIdentityHash(isolate, Handle<JSReceiver>(receiver, isolate));
    }
    return hash == 0 ? 0 : Mix32(hash);
  }
  return Mix64(key.raw_bits());
}

bool OrderedHashTable::KeysEqual(Value a, Value b) {
  if (a == b) return true;
  if (a.IsNumber() && b.IsNumber()) {
    double x = a.Number(), y = b.Number();
    return x == y || (std::isnan(x) && std::isnan(y));
  }
  if (lucid::IsString(a) && lucid::IsString(b)) {
    return String::cast(a)->Equals(String::cast(b));
  }
  return false;
}

// -- Lookup -----------------------------------------------------------------------

int OrderedHashTable::FindEntry(Value key, uint64_t seed) const {
  DCHECK(!IsObsolete());
  uint32_t hash;
  if (lucid::IsJSReceiver(key)) {
    uint32_t identity = JSReceiver::cast(key)->GetIdentityHash();
    if (identity == 0) return kNotFound;  // never hashed, so never added
    hash = Mix32(identity);
  } else {
    hash = HashOf(nullptr, key, seed, false);
  }
  int entry = get(kHashTableStartIndex + BucketFor(hash)).AsInt32();
  while (entry != kNotFound) {
    Value candidate = KeyAt(entry);
    if (KeysEqual(candidate, key)) return entry;
    entry = ChainAt(entry);
  }
  return kNotFound;
}

// -- Adding -----------------------------------------------------------------------

void OrderedHashTable::AppendEntry(uint32_t hash, Value key, Value value) {
  int entry = UsedCapacity();
  DCHECK(entry < Capacity());
  int bucket_index = kHashTableStartIndex + BucketFor(hash);
  int index = EntryToIndex(entry);
  set(index, key);
  if (EntrySize() == 3) set(index + 1, value);
  set(index + EntrySize() - 1, get(bucket_index), SKIP_WRITE_BARRIER);
  set(bucket_index, Value::FromInt32(entry), SKIP_WRITE_BARRIER);
  set(kElementCountIndex, Value::FromInt32(NumberOfElements() + 1), SKIP_WRITE_BARRIER);
}

MaybeHandle<OrderedHashTable> OrderedHashTable::Add(Isolate* isolate,
                                                    Handle<OrderedHashTable> table,
                                                    Handle<Value> key, Handle<Value> value) {
  Factory* factory = FactoryOf(isolate);
  uint64_t seed = factory->hash_seed();
  Value normalized = NormalizeKey(*key);
  int existing = table->FindEntry(normalized, seed);
  if (existing != kNotFound) {
    if (table->EntrySize() == 3) table->ValueAtPut(existing, *value);
    return table;
  }
  if (table->UsedCapacity() >= table->Capacity()) {
    int capacity = table->Capacity();
    // Mostly holes: rehash in place size; else grow.
    int new_capacity = table->NumberOfDeleted() >= capacity / 2 ? capacity : capacity * 2;
    if (new_capacity > kMaxCapacity) {
      bool is_map = table->IsOrderedHashMap();
      factory->ThrowError(MessageTemplate::kCustomRangeError,
                          {is_map ? "Map maximum size exceeded" : "Set maximum size exceeded"});
      return MaybeHandle<OrderedHashTable>();
    }
    table = Rehash(isolate, table, new_capacity);
  }
  // No allocation from here on.
  uint32_t hash = HashOf(isolate, NormalizeKey(*key), seed, true);
  table->AppendEntry(hash, NormalizeKey(*key), *value);
  return table;
}

// -- Deleting and clearing ----------------------------------------------------------

Handle<OrderedHashTable> OrderedHashTable::Delete(Isolate* isolate,
                                                  Handle<OrderedHashTable> table, Value key,
                                                  bool* found) {
  int entry = table->FindEntry(key, FactoryOf(isolate)->hash_seed());
  *found = entry != kNotFound;
  if (!*found) return table;
  int index = table->EntryToIndex(entry);
  // The chain link stays: lookups walking through the hole still work.
  table->set(index, Value::TheHole(), SKIP_WRITE_BARRIER);
  if (table->EntrySize() == 3) table->set(index + 1, Value::TheHole(), SKIP_WRITE_BARRIER);
  table->set(kElementCountIndex, Value::FromInt32(table->NumberOfElements() - 1),
             SKIP_WRITE_BARRIER);
  table->set(kDeletedCountIndex, Value::FromInt32(table->NumberOfDeleted() + 1),
             SKIP_WRITE_BARRIER);
  int capacity = table->Capacity();
  if (capacity > kInitialCapacity && table->NumberOfElements() < capacity / 4) {
    return Rehash(isolate, table, capacity / 2);
  }
  return table;
}

Handle<OrderedHashTable> OrderedHashTable::Clear(Isolate* isolate,
                                                 Handle<OrderedHashTable> table) {
  Handle<OrderedHashTable> fresh = Allocate(isolate, table->instance_type());
  table->set(kNextTableIndex, fresh->ToValue());
  table->set(kDeletedCountIndex, Value::FromInt32(kClearedTableSentinel), SKIP_WRITE_BARRIER);
  return fresh;
}

Handle<OrderedHashTable> OrderedHashTable::Rehash(Isolate* isolate,
                                                  Handle<OrderedHashTable> table,
                                                  int new_capacity) {
  Handle<OrderedHashTable> fresh = Allocate(isolate, table->instance_type(), new_capacity);
  uint64_t seed = FactoryOf(isolate)->hash_seed();
  DisallowGC no_gc;
  OrderedHashTable* from = *table;
  OrderedHashTable* to = *fresh;
  int used = from->UsedCapacity();
  int entry_size = from->EntrySize();
  int removed = 0;
  for (int entry = 0; entry < used; entry++) {
    int index = from->EntryToIndex(entry);
    Value key = from->get(index);
    if (!IsLiveKey(key)) {
      // Record the hole for the old table's iterators. The list grows
      // from the bucket area and never passes the entry being read
      // (removed <= entry < buckets + entry * entry_size).
      from->set(kHashTableStartIndex + removed++, Value::FromInt32(entry), SKIP_WRITE_BARRIER);
      continue;
    }
    Value value = entry_size == 3 ? from->get(index + 1) : Value::Undefined();
    to->AppendEntry(HashOf(isolate, key, seed, false), key, value);
  }
  from->set(kDeletedCountIndex, Value::FromInt32(removed), SKIP_WRITE_BARRIER);
  from->set(kNextTableIndex, to->ToValue());
  return fresh;
}

// -- Iterators ---------------------------------------------------------------------

OrderedHashTable* OrderedHashTable::Transition(OrderedHashTable* table, int* index) {
  while (table->IsObsolete()) {
    int deleted = table->NumberOfDeleted();
    if (deleted == kClearedTableSentinel) {
      *index = 0;
    } else {
      int below = 0;
      for (int i = 0; i < deleted; i++) {
        int hole = table->get(kHashTableStartIndex + i).AsInt32();
        if (hole >= *index) break;
        below++;
      }
      *index -= below;
    }
    table = OrderedHashTable::cast(table->NextTable());
  }
  return table;
}

}  // namespace lucid
