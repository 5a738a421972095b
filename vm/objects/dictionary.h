// Copyright 2025 the Lucid authors. MIT license.
// Dictionary: the hash tables behind dictionary-mode properties
// (NameDictionary), the global object (GlobalDictionary) and sparse
// elements (NumberDictionary).

#ifndef LUCID_VM_OBJECTS_DICTIONARY_H_
#define LUCID_VM_OBJECTS_DICTIONARY_H_

#include <vector>

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/property_details.h"

namespace lucid {

class Name;

// Dictionary: body kind TaggedArray, young space (it belongs to one object).
// One layout for the three instance types; the type says how keys compare.
//
//   +0   shape                 name_dictionary_shape / global_dictionary_shape
//                              / number_dictionary_shape
//   +8   length                int32 Value: kEntriesStart + 3 * capacity
//   +16  [0] element count     int32 Value
//   +24  [1] deleted count     int32 Value
//   +32  [2] next enum index   int32 Value (names: insertion counter)
//   +40  [3] identity hash     int32 Value or undefined (the owner's hash,
//                              see JSObject "properties_or_hash")
//   +48  [4 + 3e]     key      NameDictionary/GlobalDictionary: a Name;
//                              NumberDictionary: the index as a number.
//                              undefined = never used, the hole = deleted
//   +56  [4 + 3e + 1] value    Value (GlobalDictionary: a PropertyCell)
//   +64  [4 + 3e + 2] details  PropertyDetails (dictionary layout) as int32
//
// Open addressing, linear probing from hash & (capacity - 1), capacity a
// power of two kept at most half full. Names hash by their cached hash,
// indices by StringHasher::Finalize(index): never by address.
//
// Insertion order: each added name gets the next enumeration index in its
// details; OwnPropertyKeys sorts live entries by it (DESIGN.md: dictionary
// objects keep an enumeration index). Deleting leaves a hole; re-adding
// gets a fresh index (so it enumerates last, as in V8 and the spec).
class Dictionary : public FixedArray {
 public:
  static constexpr int kElementCountIndex = 0;
  static constexpr int kDeletedCountIndex = 1;
  static constexpr int kNextEnumerationIndexIndex = 2;
  static constexpr int kIdentityHashIndex = 3;
  static constexpr int kEntriesStart = 4;
  static constexpr int kEntrySize = 3;
  static constexpr int kMinCapacity = 4;

  static Dictionary* cast(Value value) {
    DCHECK(lucid::IsNameDictionary(value) || lucid::IsGlobalDictionary(value) || lucid::IsNumberDictionary(value));
    return static_cast<Dictionary*>(value.heap_object());
  }

  // A dictionary of {type} with room for {at_least} entries before growing.
  static Handle<Dictionary> New(Isolate* isolate, InstanceType type, int at_least);

  bool IsNumberKeyed() const { return HeapObject::IsNumberDictionary(); }
  int Capacity() const { return (length() - kEntriesStart) / kEntrySize; }
  int NumberOfElements() const { return get(kElementCountIndex).AsInt32(); }
  int NumberOfDeleted() const { return get(kDeletedCountIndex).AsInt32(); }
  int NextEnumerationIndex() const { return get(kNextEnumerationIndexIndex).AsInt32(); }
  Value identity_hash() const { return get(kIdentityHashIndex); }
  void set_identity_hash(Value hash) { set(kIdentityHashIndex, hash, SKIP_WRITE_BARRIER); }

  // True for a slot holding a live key.
  static bool IsKey(Value key) { return !key.IsUndefined() && !key.IsTheHole(); }
  Value KeyAt(int entry) const { return get(EntryIndex(entry)); }
  Value ValueAt(int entry) const { return get(EntryIndex(entry) + 1); }
  PropertyDetails DetailsAt(int entry) const {
    return PropertyDetails::FromValue(get(EntryIndex(entry) + 2));
  }
  void ValueAtPut(int entry, Value value) { set(EntryIndex(entry) + 1, value); }
  void DetailsAtPut(int entry, PropertyDetails details) {
    set(EntryIndex(entry) + 2, details.AsValue(), SKIP_WRITE_BARRIER);
  }

  // Entry of {key}, or -1. No allocation.
  int FindEntry(const Name* key) const;
  int FindEntry(uint32_t index) const;

  // Adds a key that is not present. Name dictionaries stamp the details
  // with the next enumeration index. May grow: use the returned table.
  static Handle<Dictionary> Add(Isolate* isolate, Handle<Dictionary> dictionary,
                                Handle<Value> key, Handle<Value> value, PropertyDetails details);
  // Deletes entry {entry} (leaves a hole). Returns the (maybe shrunk)
  // table.
  static Handle<Dictionary> DeleteEntry(Isolate* isolate, Handle<Dictionary> dictionary,
                                        int entry);

  // Live entries in enumeration order (names) or ascending index order
  // (numbers).
  std::vector<int> EntriesInEnumerationOrder() const;
  // Largest index key + 1 (NumberDictionary), 0 if empty.
  uint32_t MaxNumberKeyPlusOne() const;

  static constexpr int EntryIndex(int entry) { return kEntriesStart + entry * kEntrySize; }
  static constexpr int LengthFor(int capacity) { return kEntriesStart + capacity * kEntrySize; }

 private:
  uint32_t HashOfKey(Value key) const;
  int FindInsertionEntry(uint32_t hash) const;
  static Handle<Dictionary> EnsureCapacity(Isolate* isolate, Handle<Dictionary> dictionary,
                                           int extra);
  static Handle<Dictionary> Rehash(Isolate* isolate, Handle<Dictionary> dictionary,
                                   int new_capacity);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_DICTIONARY_H_
