// Copyright the Lucid authors. MIT license.
// OrderedHashTable: the insertion-ordered hash table behind Map and Set
// (V8's OrderedHashMap / OrderedHashSet), and the JSMap, JSSet and their
// iterator cells that hold one.

#ifndef LUCID_VM_OBJECTS_ORDERED_HASH_TABLE_H_
#define LUCID_VM_OBJECTS_ORDERED_HASH_TABLE_H_

#include <cstdint>

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_object.h"

namespace lucid {

class Isolate;

// OrderedHashTable: body kind TaggedArray (every word is a Value, so the GC
// needs nothing special: the generic TaggedArray body visits keys, values
// and the next-table link). Two instance types share the layout; the type
// gives the entry size:
//
//   OrderedHashMap  entry = key, value, chain      (3 words)
//   OrderedHashSet  entry = key, chain             (2 words)
//
//   +0   shape            ordered_hash_map_shape / ordered_hash_set_shape
//   +8   length           int32 Value
//   [0]  element count    int32: live entries
//   [1]  deleted count    int32: deleted entries still occupying slots
//                         (an obsolete table: the number of removed holes
//                         listed below, or kClearedTableSentinel)
//   [2]  bucket count     int32, a power of two; capacity = 2 * buckets
//   [3]  next table       undefined, or (obsolete table) the table that
//                         replaced this one
//   [4 .. 4+B)            buckets: index of the first entry of the bucket's
//                         chain, or -1
//   [4+B ..)              entries in insertion order; a deleted entry's key
//                         is the hole (its slot is reused only by a rehash)
//
// Lookup hashes the key (HashOf: SameValueZero classes; strings by content,
// objects by their identity hash, never by address), takes the bucket
// hash & (B - 1) and walks the chain. Adding appends at entry
// element + deleted count; when that reaches the capacity the table is
// rehashed into a new cell (twice the buckets, or the same number when at
// least half the slots are deleted). Deleting leaves a hole and shrinks the
// table (half the buckets) when fewer than a quarter of the slots are live.
//
// Iterators and rehashing (V8's scheme). A live iterator holds a table and
// an entry index. A rehash or clear() never changes the old cell's entries
// in place: it makes a new table and turns the old one obsolete: [3] points
// to the new table, and the old bucket area lists the entry indices that
// were holes (dropped by the rehash), ascending, with their count in [1];
// clear() stores kClearedTableSentinel there instead. An iterator that finds
// its table obsolete follows the chain, moving its index down by the number
// of holes below it (or to 0 after a clear). That is the spec's behaviour
// for iteration while mutating: entries added are visited, deleted ones
// skipped, and after clear() only entries added later are seen. Nothing
// registers iterators; an obsolete table lives as long as an iterator
// holds it.
//
// WeakMap/WeakSet will reuse the layout with an ephemeron table type
// (EphemeronHashTable is already a weak body kind): keys there are objects
// and symbols only, hashed the same way.
class OrderedHashTable : public FixedArray {
 public:
  static constexpr int kElementCountIndex = 0;
  static constexpr int kDeletedCountIndex = 1;
  static constexpr int kBucketCountIndex = 2;
  static constexpr int kNextTableIndex = 3;
  static constexpr int kHashTableStartIndex = 4;
  static constexpr int kLoadFactor = 2;
  static constexpr int kInitialCapacity = 4;
  // V8's limit: 2^24 entries ("Map maximum size exceeded").
  static constexpr int kMaxCapacity = 1 << 24;
  static constexpr int kClearedTableSentinel = -1;
  static constexpr int kNotFound = -1;

  static OrderedHashTable* cast(Value value) {
    DCHECK(lucid::IsOrderedHashMap(value) || lucid::IsOrderedHashSet(value));
    return static_cast<OrderedHashTable*>(value.heap_object());
  }

  // An empty table of {type} (OrderedHashMap or OrderedHashSet) with room
  // for {capacity} entries (rounded up to a power of two, at least 4).
  static Handle<OrderedHashTable> Allocate(Isolate* isolate, InstanceType type,
                                           int capacity = kInitialCapacity);

  int EntrySize() const { return HeapObject::IsOrderedHashMap() ? 3 : 2; }
  int NumberOfElements() const { return get(kElementCountIndex).AsInt32(); }
  int NumberOfDeleted() const { return get(kDeletedCountIndex).AsInt32(); }
  int NumberOfBuckets() const { return get(kBucketCountIndex).AsInt32(); }
  int Capacity() const { return NumberOfBuckets() * kLoadFactor; }
  // Entries ever appended since the last rehash (live or deleted).
  int UsedCapacity() const { return NumberOfElements() + NumberOfDeleted(); }
  Value NextTable() const { return get(kNextTableIndex); }
  bool IsObsolete() const { return !NextTable().IsUndefined(); }

  int EntryToIndex(int entry) const {
    return kHashTableStartIndex + NumberOfBuckets() + entry * EntrySize();
  }
  Value KeyAt(int entry) const { return get(EntryToIndex(entry)); }
  // Maps only.
  Value ValueAt(int entry) const { return get(EntryToIndex(entry) + 1); }
  void ValueAtPut(int entry, Value value) { set(EntryToIndex(entry) + 1, value); }
  static bool IsLiveKey(Value key) { return !key.IsTheHole(); }

  // The entry holding {key} (SameValueZero), or kNotFound. Never allocates
  // (an object that was never hashed cannot be a key). {seed}: the
  // factory's string hash seed.
  int FindEntry(Value key, uint64_t seed) const;

  // Adds {key} -> {value} ({value} is ignored for sets) or overwrites the
  // value of an existing key. Returns the table to use from now on (the
  // same cell, or a grown copy). Empty when the table is full: a RangeError
  // "Map maximum size exceeded" / "Set maximum size exceeded" is pending.
  static MaybeHandle<OrderedHashTable> Add(Isolate* isolate, Handle<OrderedHashTable> table,
                                           Handle<Value> key, Handle<Value> value);
  // Removes {key}; *found says whether it was there. Returns the table to
  // use from now on (possibly a shrunk copy).
  static Handle<OrderedHashTable> Delete(Isolate* isolate, Handle<OrderedHashTable> table,
                                         Value key, bool* found);
  // A new empty table; {table} becomes obsolete (cleared) for its iterators.
  static Handle<OrderedHashTable> Clear(Isolate* isolate, Handle<OrderedHashTable> table);
  // A copy with {new_capacity} entries and no holes; {table} becomes obsolete.
  static Handle<OrderedHashTable> Rehash(Isolate* isolate, Handle<OrderedHashTable> table,
                                         int new_capacity);

  // For an iterator at entry {*index} of {table}: follows obsolete tables to
  // the live one, adjusting *index. No allocation.
  static OrderedHashTable* Transition(OrderedHashTable* table, int* index);

  // SameValueZero's hash: numbers by value (-0 as +0, every NaN alike),
  // strings by content, symbols by their hash, receivers by their identity
  // hash ({create}: assign one if missing; otherwise 0 means "never hashed"
  // and the key cannot be in any table). Never allocates.
  static uint32_t HashOf(Isolate* isolate, Value key, uint64_t seed, bool create);
  // SameValueZero(a, b) without running JS.
  static bool KeysEqual(Value a, Value b);
  // The key a table stores for {key}: -0 becomes +0 (spec: Map.prototype.set
  // step 5, Set.prototype.add step 4).
  static Value NormalizeKey(Value key);

 private:
  int BucketFor(uint32_t hash) const {
    return static_cast<int>(hash & static_cast<uint32_t>(NumberOfBuckets() - 1));
  }
  int ChainAt(int entry) const { return get(EntryToIndex(entry) + EntrySize() - 1).AsInt32(); }
  // Appends without growing: the caller ensured UsedCapacity() < Capacity().
  void AppendEntry(uint32_t hash, Value key, Value value);
};

// -- JSMap / JSSet ------------------------------------------------------------------

// JSMap and JSSet (V8: JSCollection): the JSObject header, then the table.
//   +24  table   OrderedHashMap / OrderedHashSet (replaced on grow, shrink,
//                clear; iterators keep the old one and follow its chain)
class JSCollection : public JSObject {
 public:
  static constexpr int kTableOffset = 24;
  static constexpr int kHeaderSize = 32;
  static JSCollection* cast(Value value) {
    DCHECK(lucid::IsJSMap(value) || lucid::IsJSSet(value));
    return static_cast<JSCollection*>(value.heap_object());
  }
  Value table() const { return field(kTableOffset); }
  void set_table(Value table) { set_field(kTableOffset, table); }
};

// JSMapIterator and JSSetIterator (one layout).
//   +24  table   the table being iterated, or undefined once exhausted
//   +32  index   int32: the next entry to look at
//   +40  kind    int32 Kind (keys, values, entries)
class JSCollectionIterator : public JSObject {
 public:
  enum class Kind : int32_t { kKeys = 0, kValues = 1, kEntries = 2 };
  static constexpr int kTableOffset = 24;
  static constexpr int kIndexOffset = 32;
  static constexpr int kKindOffset = 40;
  static constexpr int kHeaderSize = 48;
  static JSCollectionIterator* cast(Value value) {
    DCHECK(lucid::IsJSMapIterator(value) || lucid::IsJSSetIterator(value));
    return static_cast<JSCollectionIterator*>(value.heap_object());
  }
  Value table() const { return field(kTableOffset); }
  void set_table(Value table) { set_field(kTableOffset, table); }
  int index() const { return field(kIndexOffset).AsInt32(); }
  void set_index(int index) { set_field(kIndexOffset, Value::FromInt32(index), SKIP_WRITE_BARRIER); }
  Kind kind() const { return static_cast<Kind>(field(kKindOffset).AsInt32()); }
  void set_kind(Kind kind) {
    set_field(kKindOffset, Value::FromInt32(static_cast<int32_t>(kind)), SKIP_WRITE_BARRIER);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_ORDERED_HASH_TABLE_H_
