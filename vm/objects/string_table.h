// Copyright 2025 the Lucid authors. MIT license.
// StringTable: the isolate's set of internalized strings, keyed by content.

#ifndef LUCID_VM_OBJECTS_STRING_TABLE_H_
#define LUCID_VM_OBJECTS_STRING_TABLE_H_

#include <span>

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/string.h"

namespace lucid {

// StringTable: body kind TaggedArray (a heap cell, in the roots as
// string_table), open addressing with linear probing over a power-of-two
// capacity, at most half full.
//
//   +0   shape              string_table_shape
//   +8   length             int32 Value: 2 + capacity
//   +16  [0] element count  int32 Value
//   +24  [1] deleted count  int32 Value
//   +32  [2..] entries      internalized String, undefined (empty) or the
//                           hole (deleted)
//
// The probe sequence starts at hash & (capacity - 1): hashes come from the
// characters (StringHasher), never from addresses, so strings may move and
// the table needs no rehash after a GC.
//
// The entries are weak (WEAK_BODY_TYPE_LIST, vm/objects/body_descriptors.h):
// the full GC clears an entry whose string died to the hole (the element
// count drops, the deleted count grows), as V8's string table does; a
// string somebody still uses (a shape's descriptor key, a root, a live
// value) stays.
class StringTable : public FixedArray {
 public:
  static constexpr int kElementCountIndex = 0;
  static constexpr int kDeletedCountIndex = 1;
  static constexpr int kEntriesStart = 2;
  static constexpr int kInitialCapacity = 1024;

  static StringTable* cast(Value value) {
    DCHECK(lucid::IsStringTable(value));
    return static_cast<StringTable*>(value.heap_object());
  }

  int Capacity() const { return length() - kEntriesStart; }
  int NumberOfElements() const { return get(kElementCountIndex).AsInt32(); }
  int NumberOfDeleted() const { return get(kDeletedCountIndex).AsInt32(); }
  Value EntryAt(int entry) const { return get(kEntriesStart + entry); }

  // Allocates the empty table (bootstrap).
  static Handle<StringTable> New(Isolate* isolate, int capacity);

  // The internalized string with {string}'s contents: an existing one, or a
  // new internalized copy added to the table. {string} itself (if it is not
  // internalized already) becomes a ThinString pointing at the result, so
  // re-internalizing it later is O(1) ("hashed once", DESIGN.md).
  static Handle<String> LookupString(Isolate* isolate, Handle<String> string);
  // The same from characters, allocating only when the string is new.
  static Handle<String> LookupOneByte(Isolate* isolate, std::span<const uint8_t> chars);
  static Handle<String> LookupTwoByte(Isolate* isolate, std::span<const uint16_t> chars);

  // The internalized string equal to {string} if there is one (no
  // allocation; {string} must be flat).
  static Value TryLookup(Isolate* isolate, String* string);

 private:
  template <typename Char>
  static Handle<String> LookupChars(Isolate* isolate, const Char* chars, int length);
  // Grows (doubling) when adding one more entry would pass half full.
  static Handle<StringTable> EnsureCapacity(Isolate* isolate, Handle<StringTable> table);
  // Entry index of an equal string, or -1.
  template <typename Char>
  int FindEntry(const Char* chars, int length, uint32_t hash) const;
  int FindInsertionEntry(uint32_t hash) const;
  void AddAt(int entry, String* string);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_STRING_TABLE_H_
