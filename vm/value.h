// Copyright 2024 the Lucid authors. MIT license.
// Value: the one 64-bit NaN-boxed word every JS value, frame slot and heap
// field is made of.

#ifndef LUCID_VM_VALUE_H_
#define LUCID_VM_VALUE_H_

#include <bit>
#include <cmath>
#include <cstdint>

#include "vm/globals.h"

namespace lucid {

// The value table (DESIGN.md "Values", invariant). C++, the GC and both
// macro-assemblers use the constants below and nothing else.
//
//   63      48 47                                   0
//  +----------+--------------------------------------+
//  |  0x0000  |                                      |  double, IEEE-754 bits
//  |    ...   |        (any bits)                    |  unchanged, for every
//  |  0xFFF8  | 0000 0000 0000                       |  bits <= 0xFFF8_0000_0000_0000
//  +----------+--------------------------------------+
//  |  0xFFF9  | 0000 | int32 payload (low 32 bits)   |  int32
//  +----------+--------------------------------------+
//  |  0xFFFA  | 48-bit cell address (8-aligned,<2^47)|  heap pointer
//  +----------+--------------------------------------+
//  |  0xFFFB  | 0000 0000 00 | KK                    |  special: undefined (0),
//  |          |              |                       |  null (1), false (2),
//  |          |              |                       |  true (3), the hole (4),
//  |          |              |                       |  exception sentinel (5)
//  +----------+--------------------------------------+
//  |  0xFFFC  |                                      |
//  |   ...    |   never produced                     |
//  |  0xFFFF  |                                      |
//  +----------+--------------------------------------+
//
// Both hardware default NaNs are doubles: x86's 0xFFF8_0000_0000_0000 sits
// exactly on the boundary and ARM64's 0x7FF8_0000_0000_0000 is below it, so
// arithmetic results never need canonicalization. Only a NaN built from raw
// bits (a Float64Array read, Value::FromDouble of an arbitrary double) is
// rewritten to kCanonicalNaNBits.
//
// Numbers have one canonical form: a number whose value is an int32 and is not
// -0 is always an int32 Value. -0, NaN, +-Infinity and fractions are doubles.
// Hence "is this number an int32" is a tag test, and two canonical numbers
// with equal bits are equal (except NaN).
//
// Raw words that the GC may scan (the caller-fp slot of a frame, a zero-
// extended uint32 hash, a C++ pointer below 2^47) all decode as doubles, so a
// scanner treating every word as a Value never mistakes them for pointers.
class Value {
 public:
  // -- Tags (shared with the JIT; see the table above) ------------------------
  static constexpr uint64_t kTagMask = 0xFFFF'0000'0000'0000;
  static constexpr int kTagShift = 48;
  static constexpr uint64_t kPayloadMask = 0x0000'FFFF'FFFF'FFFF;
  // Largest bit pattern that is a double (x86's default NaN).
  static constexpr uint64_t kMaxDoubleBits = 0xFFF8'0000'0000'0000;
  static constexpr uint64_t kInt32Tag = 0xFFF9'0000'0000'0000;
  static constexpr uint64_t kPointerTag = 0xFFFA'0000'0000'0000;
  static constexpr uint64_t kSpecialTag = 0xFFFB'0000'0000'0000;
  static constexpr uint64_t kCanonicalNaNBits = 0x7FF8'0000'0000'0000;
  static constexpr uint64_t kInt32PayloadMask = 0x0000'0000'FFFF'FFFF;

  // Special payloads (the KK byte).
  static constexpr uint64_t kUndefinedBits = kSpecialTag | 0;
  static constexpr uint64_t kNullBits = kSpecialTag | 1;
  static constexpr uint64_t kFalseBits = kSpecialTag | 2;
  static constexpr uint64_t kTrueBits = kSpecialTag | 3;
  static constexpr uint64_t kTheHoleBits = kSpecialTag | 4;
  static constexpr uint64_t kExceptionBits = kSpecialTag | 5;

  // A default-constructed Value is undefined, never garbage the GC could
  // misread.
  constexpr Value() : bits_(kUndefinedBits) {}

  // -- Construction ----------------------------------------------------------
  static constexpr Value FromRawBits(uint64_t bits) { return Value(bits); }
  static constexpr Value FromInt32(int32_t i) {
    return Value(kInt32Tag | static_cast<uint32_t>(i));
  }
  // Canonicalizes: int32-valued non -0 doubles become int32 Values, NaNs
  // become kCanonicalNaNBits.
  static Value FromDouble(double d) {
    if (d >= -2147483648.0 && d <= 2147483647.0) {  // False for NaN.
      int32_t i = static_cast<int32_t>(d);
      if (static_cast<double>(i) == d && !(i == 0 && std::signbit(d))) {
        return FromInt32(i);
      }
      return Value(std::bit_cast<uint64_t>(d));
    }
    if (d != d) return Value(kCanonicalNaNBits);
    return Value(std::bit_cast<uint64_t>(d));
  }
  static Value FromUint32(uint32_t u) {
    if (u <= 0x7FFF'FFFFu) return FromInt32(static_cast<int32_t>(u));
    return Value(std::bit_cast<uint64_t>(static_cast<double>(u)));
  }
  static Value FromInt64(int64_t i) {
    if (i >= INT32_MIN && i <= INT32_MAX) {
      return FromInt32(static_cast<int32_t>(i));
    }
    return FromDouble(static_cast<double>(i));
  }
  static Value FromHeapObject(const HeapObject* object) {
    Address address = reinterpret_cast<Address>(object);
    return Value(kPointerTag | address);
  }
  static constexpr Value FromBool(bool b) {
    return Value(b ? kTrueBits : kFalseBits);
  }
  static constexpr Value Undefined() { return Value(kUndefinedBits); }
  static constexpr Value Null() { return Value(kNullBits); }
  static constexpr Value False() { return Value(kFalseBits); }
  static constexpr Value True() { return Value(kTrueBits); }
  // Marks an absent element or an uninitialized let binding; never reaches JS.
  static constexpr Value TheHole() { return Value(kTheHoleBits); }
  // Returned by anything that threw; the exception itself is
  // isolate->pending_exception(). Never reaches JS.
  static constexpr Value Exception() { return Value(kExceptionBits); }

  // -- Tests ------------------------------------------------------------------
  constexpr uint64_t raw_bits() const { return bits_; }
  constexpr uint64_t tag() const { return bits_ & kTagMask; }

  constexpr bool IsDouble() const { return bits_ <= kMaxDoubleBits; }
  // OPTIMIZATION: the tag tests compare the top 16 bits (a shift and a
  // compare with a 32-bit immediate), not a masked word (two 64-bit
  // constants), which keeps the interpreter's type checks short.
  constexpr bool IsInt32() const { return (bits_ >> 48) == (kInt32Tag >> 48); }
  constexpr bool IsNumber() const { return bits_ < kPointerTag; }
  constexpr bool IsHeapObject() const { return (bits_ >> 48) == (kPointerTag >> 48); }
  constexpr bool IsSpecial() const { return (bits_ >> 48) == (kSpecialTag >> 48); }
  constexpr bool IsUndefined() const { return bits_ == kUndefinedBits; }
  constexpr bool IsNull() const { return bits_ == kNullBits; }
  constexpr bool IsNullOrUndefined() const {
    return (bits_ & ~uint64_t{1}) == kUndefinedBits;
  }
  constexpr bool IsBoolean() const {
    return (bits_ & ~uint64_t{1}) == kFalseBits;
  }
  constexpr bool IsTrue() const { return bits_ == kTrueBits; }
  constexpr bool IsFalse() const { return bits_ == kFalseBits; }
  constexpr bool IsTheHole() const { return bits_ == kTheHoleBits; }
  constexpr bool IsException() const { return bits_ == kExceptionBits; }
  // Only the table's four live tags: anything else is a corrupted word.
  constexpr bool IsValid() const {
    return bits_ <= kMaxDoubleBits ||
           (IsInt32() && (bits_ & 0x0000'FFFF'0000'0000) == 0) ||
           (IsHeapObject() && (bits_ & kPayloadMask) < kHeapAddressLimit &&
            (bits_ & kObjectAlignmentMask) == 0) ||
           (IsSpecial() && (bits_ & kPayloadMask) <= 5);
  }

  // -- Accessors (caller checked the tag) --------------------------------------
  constexpr int32_t AsInt32() const { return static_cast<int32_t>(bits_); }
  double AsDouble() const { return std::bit_cast<double>(bits_); }
  constexpr bool AsBool() const { return bits_ == kTrueBits; }
  // Number() works on both number representations.
  double Number() const {
    return IsInt32() ? static_cast<double>(AsInt32()) : AsDouble();
  }
  HeapObject* heap_object() const {
    return reinterpret_cast<HeapObject*>(bits_ & kPayloadMask);
  }
  Address heap_address() const { return bits_ & kPayloadMask; }

  constexpr bool operator==(const Value& other) const {
    return bits_ == other.bits_;
  }
  constexpr bool operator!=(const Value& other) const {
    return bits_ != other.bits_;
  }

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}

  uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "a Value is one word");
static_assert(Value::kTrueBits == (Value::kFalseBits | 1),
              "IsBoolean masks bit 0");
static_assert(Value::kNullBits == (Value::kUndefinedBits | 1),
              "IsNullOrUndefined masks bit 0");

// -- Number comparisons on raw doubles (the spec's abstract operations) --------

// Number::sameValue: NaN equals NaN, +0 differs from -0.
bool NumberSameValue(double a, double b);
// Number::sameValueZero: NaN equals NaN, +0 equals -0 (Map/Set keys,
// Array.prototype.includes).
bool NumberSameValueZero(double a, double b);
// Number::equal (=== and == on numbers): NaN differs from everything.
inline bool NumberStrictEquals(double a, double b) { return a == b; }

// On two number Values. Both canonical, so equal bits imply equal numbers.
bool NumberValuesSameValue(Value a, Value b);
bool NumberValuesStrictEquals(Value a, Value b);

// True if `d` is an int32 and not -0: the test FromDouble applies.
bool DoubleIsInt32(double d, int32_t* out);

}  // namespace lucid

#endif  // LUCID_VM_VALUE_H_
