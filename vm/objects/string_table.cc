// Copyright 2025 the Lucid authors. MIT license.
// StringTable: internalization.
#include "vm/objects/string_table.h"

#include <cstring>

#include "vm/isolate.h"
#include "vm/objects/shape.h"
#include "vm/objects/factory.h"

namespace lucid {

namespace {

template <typename Char>
bool ContentEquals(const String* string, const Char* chars, int length) {
  if (string->length() != length) return false;
  String::FlatContent content = string->GetFlatChars();
  for (int i = 0; i < length; ++i) {
    if (content.Get(i) != static_cast<uint16_t>(chars[i])) return false;
  }
  return true;
}

Handle<StringTable> TableOf(Isolate* isolate) {
  return Handle<StringTable>(isolate->roots().slot(RootIndex::kStringTable));
}

// A new internalized copy of the units, in old space (keys outlive most
// objects, and shapes in the metadata space point at them).
template <typename Char>
Handle<String> NewInternalized(Isolate* isolate, const Char* chars, int length, uint64_t hash_field) {
  bool one_byte = true;
  for (int i = 0; i < length; ++i) one_byte &= static_cast<uint16_t>(chars[i]) <= 0xFF;
  Roots roots = isolate->roots();
  Heap* heap = isolate->heap();
  HeapObject* cell;
  if (one_byte) {
    cell = heap->Allocate(roots.internalized_one_byte_string_shape(),
                          SeqOneByteString::SizeFor(length), AllocationType::kOld, length);
    uint8_t* out = static_cast<SeqOneByteString*>(cell)->GetChars();
    for (int i = 0; i < length; ++i) out[i] = static_cast<uint8_t>(chars[i]);
  } else {
    cell = heap->Allocate(roots.internalized_two_byte_string_shape(),
                          SeqTwoByteString::SizeFor(length), AllocationType::kOld, length);
    uint16_t* out = static_cast<SeqTwoByteString*>(cell)->GetChars();
    for (int i = 0; i < length; ++i) out[i] = static_cast<uint16_t>(chars[i]);
  }
  auto* string = static_cast<String*>(cell);
  string->set_raw_hash_field(hash_field & ~StringHasher::kNonHashBits);
  return Handle<String>(string, isolate);
}

// Turns {string} (not internalized) into a ThinString forwarding to
// {internalized}, when its cell is big enough to hold one; the remainder
// becomes a filler so the page stays iterable.
void MakeThin(Isolate* isolate, String* string, String* internalized) {
  if (string == internalized || string->IsThin()) return;
  int size = string->Size();
  if (size < ThinString::kSize) return;
  DisallowGC no_gc;
  int length = string->length();
  uint64_t hash = internalized->raw_hash_field();
  string->set_shape(isolate->roots().thin_string_shape());
  auto* thin = static_cast<ThinString*>(static_cast<HeapObject*>(string));
  thin->set_length(length);
  thin->set_raw_hash_field(hash);
  thin->set_actual(internalized);
  if (size > ThinString::kSize) {
    isolate->heap()->CreateFillerObjectAt(thin->address() + ThinString::kSize, size - ThinString::kSize);
  }
}

}  // namespace

Handle<StringTable> StringTable::New(Isolate* isolate, int capacity) {
  DCHECK((capacity & (capacity - 1)) == 0);
  int length = kEntriesStart + capacity;
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().string_table_shape(),
                                               FixedArray::SizeFor(length), AllocationType::kOld, length);
  auto* table = static_cast<StringTable*>(cell);
  table->set(kElementCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  table->set(kDeletedCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  return Handle<StringTable>(table, isolate);
}

template <typename Char>
int StringTable::FindEntry(const Char* chars, int length, uint32_t hash) const {
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value key = EntryAt(static_cast<int>(entry));
    if (key.IsUndefined()) return -1;
    if (key.IsTheHole()) continue;
    const String* candidate = String::cast(key);
    if (candidate->hash() == hash && ContentEquals(candidate, chars, length)) {
      return static_cast<int>(entry);
    }
  }
}

int StringTable::FindInsertionEntry(uint32_t hash) const {
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value key = EntryAt(static_cast<int>(entry));
    if (key.IsUndefined() || key.IsTheHole()) return static_cast<int>(entry);
  }
}

void StringTable::AddAt(int entry, String* string) {
  if (EntryAt(entry).IsTheHole()) {
    set(kDeletedCountIndex, Value::FromInt32(NumberOfDeleted() - 1), SKIP_WRITE_BARRIER);
  }
  set(kEntriesStart + entry, string->ToValue());
  set(kElementCountIndex, Value::FromInt32(NumberOfElements() + 1), SKIP_WRITE_BARRIER);
}

Handle<StringTable> StringTable::EnsureCapacity(Isolate* isolate, Handle<StringTable> table) {
  int needed = table->NumberOfElements() + table->NumberOfDeleted() + 1;
  if (needed * 2 <= table->Capacity()) return table;
  int capacity = table->Capacity();
  while ((table->NumberOfElements() + 1) * 2 > capacity) capacity *= 2;
  if (table->NumberOfElements() * 4 < capacity && table->NumberOfDeleted() > 0 &&
      capacity == table->Capacity()) {
    // Only holes made it full: rehash at the same size.
  } else if (capacity == table->Capacity()) {
    capacity *= 2;
  }
  Handle<StringTable> bigger = New(isolate, capacity);
  DisallowGC no_gc;
  StringTable* from = *table;
  StringTable* to = *bigger;
  for (int i = 0; i < from->Capacity(); ++i) {
    Value key = from->EntryAt(i);
    if (key.IsUndefined() || key.IsTheHole()) continue;
    String* string = String::cast(key);
    to->AddAt(to->FindInsertionEntry(string->hash()), string);
  }
  isolate->roots().set(RootIndex::kStringTable, to->ToValue());
  return TableOf(isolate);
}

template <typename Char>
Handle<String> StringTable::LookupChars(Isolate* isolate, const Char* chars, int length) {
  uint64_t seed = FactoryOf(isolate)->hash_seed();
  uint64_t field = StringHasher::HashField(chars, length, seed);
  uint32_t hash = StringHasher::HashBits(field);
  {
    int entry = TableOf(isolate)->FindEntry(chars, length, hash);
    if (entry >= 0) return handle(String::cast(TableOf(isolate)->EntryAt(entry)), isolate);
  }
  // NOTE: {chars} may point into a heap string; copy before allocating.
  std::basic_string<uint16_t> units(chars, chars + length);
  Handle<String> result = NewInternalized(isolate, units.data(), length, field);
  Handle<StringTable> table = EnsureCapacity(isolate, TableOf(isolate));
  table->AddAt(table->FindInsertionEntry(hash), *result);
  return result;
}

Handle<String> StringTable::LookupOneByte(Isolate* isolate, std::span<const uint8_t> chars) {
  return LookupChars(isolate, chars.data(), static_cast<int>(chars.size()));
}

Handle<String> StringTable::LookupTwoByte(Isolate* isolate, std::span<const uint16_t> chars) {
  return LookupChars(isolate, chars.data(), static_cast<int>(chars.size()));
}

Value StringTable::TryLookup(Isolate* isolate, String* string) {
  if (string->IsInternalizedString()) return string->ToValue();
  if (string->IsThin()) return ThinString::cast(string->ToValue())->actual()->ToValue();
  DCHECK(string->IsFlat());
  uint32_t hash = string->EnsureHash(FactoryOf(isolate)->hash_seed());
  StringTable* table = *TableOf(isolate);
  String::FlatContent content = string->GetFlatChars();
  int entry = content.is_one_byte ? table->FindEntry(content.one_byte, content.length, hash)
                                  : table->FindEntry(content.two_byte, content.length, hash);
  return entry < 0 ? Value::Undefined() : table->EntryAt(entry);
}

Handle<String> StringTable::LookupString(Isolate* isolate, Handle<String> string) {
  if (string->IsInternalizedString()) return string;
  if (string->IsThin()) return handle(ThinString::cast(string->ToValue())->actual(), isolate);
  Handle<String> flat = String::Flatten(isolate, string);
  Value found = TryLookup(isolate, *flat);
  Handle<String> result;
  if (!found.IsUndefined()) {
    result = handle(String::cast(found), isolate);
  } else {
    uint64_t field = flat->EnsureRawHashField(FactoryOf(isolate)->hash_seed());
    int length = flat->length();
    // Copy the units out first: allocating the internalized copy may move
    // {flat}.
    std::basic_string<uint16_t> units(static_cast<size_t>(length), 0);
    String::WriteToFlat(*flat, units.data(), 0, length);
    result = NewInternalized(isolate, units.data(), length, field);
    Handle<StringTable> table = EnsureCapacity(isolate, TableOf(isolate));
    table->AddAt(table->FindInsertionEntry(result->hash()), *result);
  }
  // The original (and its flat copy) forward to the result from now on.
  MakeThin(isolate, *string, *result);
  if (!flat.is_identical_to(string)) MakeThin(isolate, *flat, *result);
  return result;
}

}  // namespace lucid
