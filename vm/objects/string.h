// Copyright 2025 the Lucid authors. MIT license.
// Name (property-key base), String and its representations: sequential
// one-/two-byte, ropes (ConsString), and ThinString forwarding to an
// internalized copy.

#ifndef LUCID_VM_OBJECTS_STRING_H_
#define LUCID_VM_OBJECTS_STRING_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "gc/handles.h"
#include "vm/objects/heap_object.h"
#include "vm/objects/string_hasher.h"

namespace lucid {

class Isolate;

// -- Name -------------------------------------------------------------------------
//
// A Name is a property key that is not an array index: an internalized
// String or a Symbol (DESIGN.md "Property keys and strings"). Every Name
// caches its hash in word 2, so shapes, transition tables and dictionaries
// hash a key without touching its characters.
//
//   +0   shape
//   +8   (String: length; Symbol: flags)    int32 Value
//   +16  raw_hash_field                     raw, see string_hasher.h
class Name : public HeapObject {
 public:
  static constexpr int kHashFieldOffset = 16;

  static Name* cast(Value value) {
    DCHECK(lucid::IsName(value));
    return static_cast<Name*>(value.heap_object());
  }

  uint64_t raw_hash_field() const { return raw_field<uint64_t>(kHashFieldOffset); }
  void set_raw_hash_field(uint64_t field) { set_raw_field<uint64_t>(kHashFieldOffset, field); }
  bool HasHashCode() const { return StringHasher::IsComputed(raw_hash_field()); }
  // The cached hash. Internalized strings and symbols always have one; for
  // other strings call String::EnsureHash first.
  uint32_t hash() const {
    DCHECK(HasHashCode());
    return StringHasher::HashBits(raw_hash_field());
  }

  bool IsSymbol() const { return HeapObject::IsSymbol(); }
  // Private symbols are internal slots: invisible to every JS-observable key
  // listing and never forwarded through proxies.
  bool IsPrivate() const;
};

// -- String -------------------------------------------------------------------------
//
// UTF-16 code units, stored one of these ways (the instance type says
// which). All share the Name header:
//
//   +0   shape           one of the string shapes (roots)
//   +8   length          int32 Value, in UTF-16 code units
//   +16  raw_hash_field  raw
//   +24  ...             representation-specific:
//
//   SeqOneByteString / InternalizedOneByteString   (body kind ByteArray)
//        +24  uint8_t chars[length]  (Latin-1), padded to 8
//   SeqTwoByteString / InternalizedTwoByteString   (body kind TwoByteArray)
//        +24  uint16_t chars[length], padded to 8
//   ConsString (a rope: first + second)            (Fixed, 40 bytes)
//        +24  first          String
//        +32  second         String; empty once flattened (then first is
//                            the flat result)
//   ThinString (forwarding after internalization)  (Fixed, 32 bytes)
//        +24  actual         the internalized String with the same chars
//
// A one-byte string holds only units <= 0xFF; a string with such units may
// still be two-byte (no canonical width), so comparisons go unit by unit.
// Internalized strings are always sequential and unique per content, so
// two internalized strings are equal iff they are the same cell.
class String : public Name {
 public:
  static constexpr int kLengthOffset = 8;
  static constexpr int kHeaderSize = 24;
  // DESIGN.md: the largest length; longer results are a RangeError
  // "Invalid string length".
  static constexpr int kMaxLength = (1 << 29) - 24;
  // Shorter concatenations are copied flat: a rope costs 40 bytes and a
  // flatten later.
  static constexpr int kMinConsLength = 13;

  static String* cast(Value value) {
    DCHECK(lucid::IsString(value));
    return static_cast<String*>(value.heap_object());
  }
  static String* cast(HeapObject* object) { return cast(object->ToValue()); }

  int length() const { return field(kLengthOffset).AsInt32(); }
  void set_length(int length) {
    set_field(kLengthOffset, Value::FromInt32(length), SKIP_WRITE_BARRIER);
  }

  // -- Representation tests --
  // Sequential one-byte (incl. internalized).
  bool IsOneByteRepresentation() const {
    InstanceType type = instance_type();
    return type == InstanceType::kSeqOneByteString || type == InstanceType::kInternalizedOneByteString;
  }
  // Sequential two-byte (incl. internalized).
  bool IsTwoByteRepresentation() const {
    InstanceType type = instance_type();
    return type == InstanceType::kSeqTwoByteString || type == InstanceType::kInternalizedTwoByteString;
  }
  // Whether the characters are stored two-byte anywhere: a two-byte
  // sequential string, or a rope (kTwoByteLeafBit) or thin string over one.
  // Their concatenation is two-byte too.
  bool HasTwoByteStorage() const;
  bool IsSequential() const { return IsOneByteRepresentation() || IsTwoByteRepresentation(); }
  bool IsCons() const { return HeapObject::IsConsString(); }
  bool IsThin() const { return HeapObject::IsThinString(); }
  // Flat: the characters are in one sequential cell reachable in O(1)
  // (sequential, thin, or a cons already flattened).
  bool IsFlat() const;

  // The code unit at {index}; O(1) on flat strings, a walk on ropes.
  uint16_t Get(int index) const;

  // The hash field, computing and caching it if needed (any representation;
  // ropes are read in place without flattening).
  uint64_t EnsureRawHashField(uint64_t seed);
  uint32_t EnsureHash(uint64_t seed) { return StringHasher::HashBits(EnsureRawHashField(seed)); }
  // True (with *index) if this is a canonical array index string, using and
  // filling the cached hash field.
  bool AsArrayIndex(uint64_t seed, uint32_t* index);

  // Content equality (any representations; no allocation).
  bool Equals(const String* other) const;
  bool EqualsAscii(std::string_view ascii) const;
  // <0, 0, >0 by UTF-16 code units (the spec's IsLessThan for strings).
  static int Compare(const String* a, const String* b);

  // Copies units [from, to) into {sink} iteratively (no recursion, however
  // deep the rope). {sink} has room for to - from units.
  template <typename Char>
  static void WriteToFlat(const String* source, Char* sink, int from, int to);

  // A flat string with the same contents: {string} itself if flat, else the
  // rope is copied once into a new sequential string and the ConsString is
  // rewritten to (flat, empty) so later reads are O(1).
  static Handle<String> Flatten(Isolate* isolate, Handle<String> string);

  // Follows ThinStrings and flattened ropes to the sequential cell holding
  // the characters. Requires IsFlat().
  const String* GetFlatContent() const;

  // The characters of a flat string (views into the heap: valid until the
  // next allocation).
  struct FlatContent {
    bool is_one_byte;
    const uint8_t* one_byte;
    const uint16_t* two_byte;
    int length;
    uint16_t Get(int i) const { return is_one_byte ? one_byte[i] : two_byte[i]; }
  };
  FlatContent GetFlatChars() const;

  // UTF-8 for console output and C++ diagnostics: lone surrogates become
  // U+FFFD (DESIGN.md "Property keys and strings"). Works on ropes.
  std::string ToUTF8() const;
};

// -- Sequential strings ------------------------------------------------------------

class SeqOneByteString : public String {
 public:
  static constexpr int SizeFor(int length) { return ObjectAlign(kHeaderSize + length); }
  static SeqOneByteString* cast(Value value) {
    DCHECK(lucid::IsString(value) && String::cast(value)->IsOneByteRepresentation());
    return static_cast<SeqOneByteString*>(value.heap_object());
  }
  uint8_t* GetChars() const { return reinterpret_cast<uint8_t*>(address() + kHeaderSize); }
  uint8_t Get(int index) const { return GetChars()[index]; }
};

class SeqTwoByteString : public String {
 public:
  static constexpr int SizeFor(int length) { return ObjectAlign(kHeaderSize + 2 * length); }
  static SeqTwoByteString* cast(Value value) {
    DCHECK(lucid::IsString(value) && String::cast(value)->IsTwoByteRepresentation());
    return static_cast<SeqTwoByteString*>(value.heap_object());
  }
  uint16_t* GetChars() const { return reinterpret_cast<uint16_t*>(address() + kHeaderSize); }
  uint16_t Get(int index) const { return GetChars()[index]; }
};

class ConsString : public String {
 public:
  static constexpr int kFirstOffset = 24;
  static constexpr int kSecondOffset = 32;
  static constexpr int kSize = 40;
  static ConsString* cast(Value value) {
    DCHECK(lucid::IsConsString(value));
    return static_cast<ConsString*>(value.heap_object());
  }
  String* first() const { return String::cast(field(kFirstOffset)); }
  String* second() const { return String::cast(field(kSecondOffset)); }
  void set_first(String* s, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kFirstOffset, s->ToValue(), mode);
  }
  void set_second(String* s, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kSecondOffset, s->ToValue(), mode);
  }
};

class ThinString : public String {
 public:
  static constexpr int kActualOffset = 24;
  static constexpr int kSize = 32;
  static ThinString* cast(Value value) {
    DCHECK(lucid::IsThinString(value));
    return static_cast<ThinString*>(value.heap_object());
  }
  String* actual() const { return String::cast(field(kActualOffset)); }
  void set_actual(String* s) { set_field(kActualOffset, s->ToValue()); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_STRING_H_
