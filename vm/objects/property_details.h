// Copyright 2025 the Lucid authors. MIT license.
// PropertyDetails: one property's kind, attributes, representation and slot,
// packed in 32 bits (stored as an int32 Value in descriptor arrays and
// dictionaries).

#ifndef LUCID_VM_OBJECTS_PROPERTY_DETAILS_H_
#define LUCID_VM_OBJECTS_PROPERTY_DETAILS_H_

#include <cstdint>
#include <string>

#include "vm/globals.h"
#include "vm/value.h"

namespace lucid {

// -- Attributes ---------------------------------------------------------------

// Stored inverted, as V8 does: a plain `o.x = 1` property (writable,
// enumerable, configurable: "WEC") is NONE = 0, so the common case is zero.
enum PropertyAttributes : uint8_t {
  NONE = 0,
  READ_ONLY = 1 << 0,    // not [[Writable]] (data properties only)
  DONT_ENUM = 1 << 1,    // not [[Enumerable]]
  DONT_DELETE = 1 << 2,  // not [[Configurable]]
  SEALED = DONT_DELETE,
  FROZEN = DONT_DELETE | READ_ONLY,
  ALL_ATTRIBUTES_MASK = READ_ONLY | DONT_ENUM | DONT_DELETE,
};

constexpr PropertyAttributes operator|(PropertyAttributes a, PropertyAttributes b) {
  return static_cast<PropertyAttributes>(static_cast<int>(a) | static_cast<int>(b));
}

// From the spec's three booleans.
constexpr PropertyAttributes AttributesFromWEC(bool writable, bool enumerable,
                                               bool configurable) {
  return static_cast<PropertyAttributes>((writable ? 0 : READ_ONLY) |
                                         (enumerable ? 0 : DONT_ENUM) |
                                         (configurable ? 0 : DONT_DELETE));
}

// "WEC", "_EC", "W__", ... as traces print attributes.
std::string AttributesToString(PropertyAttributes attributes);

// -- Kinds, representations ------------------------------------------------------

enum class PropertyKind : uint8_t {
  kData,      // a value in a slot
  kAccessor,  // an AccessorPair (getter, setter) in the slot
};

// Field constness, as V8 tracks it: a field starts kConst when added and
// becomes kMutable (in place, on the owner shape and all below) the first
// time an existing instance's field is overwritten with a different value.
// V8's TooManyFastProperties rule counts only mutable fields for named
// stores, which is why `o.p_i = i` 300 times stays fast.
enum class PropertyConstness : uint8_t { kMutable = 0, kConst = 1 };

// V(Name, trace spelling)
//
// The field representation lattice (DESIGN.md "Shapes"):
//
//   None --> Smi --> Double --> Tagged
//     \                           ^
//      `----> HeapObject ---------'
//
// "Smi" means int32 in Lucid. Doubles are unboxed in every Value, so no
// generalization changes storage; a change INTO Double still makes a new
// shape (deprecating the old one) to mirror V8, every other one is in place.
#define REPRESENTATION_LIST(V) \
  V(None, "none")              \
  V(Smi, "smi")                \
  V(Double, "double")          \
  V(HeapObject, "heapobject")  \
  V(Tagged, "tagged")

class Representation {
 public:
  enum Kind : uint8_t {
#define V(Name, spelling) k##Name,
    REPRESENTATION_LIST(V)
#undef V
  };

  constexpr Representation() : kind_(kNone) {}
  constexpr explicit Representation(Kind kind) : kind_(kind) {}
#define V(Name, spelling) \
  static constexpr Representation Name() { return Representation(k##Name); }
  REPRESENTATION_LIST(V)
#undef V

  // The least representation that can hold {value}.
  static Representation ForValue(Value value) {
    if (value.IsInt32()) return Smi();
    if (value.IsDouble()) return Double();
    if (value.IsHeapObject()) return HeapObject();
    return Tagged();  // undefined, null, booleans, the hole
  }

  constexpr Kind kind() const { return kind_; }
  constexpr bool IsNone() const { return kind_ == kNone; }
  constexpr bool IsSmi() const { return kind_ == kSmi; }
  constexpr bool IsDouble() const { return kind_ == kDouble; }
  constexpr bool IsHeapObject() const { return kind_ == kHeapObject; }
  constexpr bool IsTagged() const { return kind_ == kTagged; }

  // True if {other} fits this representation without generalizing.
  constexpr bool Includes(Representation other) const {
    if (kind_ == other.kind_ || other.IsNone() || IsTagged()) return true;
    if (IsDouble()) return other.IsSmi();  // an int32 is a double too
    return false;
  }
  // The join of the lattice above.
  constexpr Representation Generalize(Representation other) const {
    if (Includes(other)) return *this;
    if (other.Includes(*this)) return other;
    return Tagged();  // e.g. Smi and HeapObject
  }
  // Only a change into Double needs a new shape (see the list's comment);
  // a None field (an object literal's not yet initialized value) holds no
  // value of any representation, so it changes in place into anything.
  constexpr bool CanBeInPlaceChangedTo(Representation other) const {
    return IsNone() || !other.IsDouble() || IsDouble();
  }
  constexpr bool operator==(Representation other) const { return kind_ == other.kind_; }
  constexpr bool operator!=(Representation other) const { return kind_ != other.kind_; }

  const char* Mnemonic() const;

 private:
  Kind kind_;
};

// -- PropertyCellType (global object properties) ------------------------------

// What the value of a global PropertyCell has been, so LdaGlobal/StaGlobal
// feedback can assume it (V8's PropertyCellType, simplified).
enum class PropertyCellType : uint8_t {
  kMutable = 0,   // anything may be stored; loads must read the cell
  kUndefined,     // never initialized (a hole): a declared-but-unset global
  kConstant,      // stored once and never changed since
  kConstantType,  // always the same Value kind (int32 / double / cell type)
};

// -- PropertyDetails ------------------------------------------------------------

// Bit layout (an int32 Value in memory):
//
//   31      19 18        8 7     6   4 3      1 0
//  +----------+-----------+-+-------+--------+----+
//  | (free)   | field index |c| repr | attrs  |kind|   fast mode (descriptors)
//  +----------+-----------+-+-------+--------+----+
//  |   enumeration index   |-| cell  | attrs  |kind|   dictionary mode
//  |      (bits 8..30)     | | type  |        |    |
//  +-----------------------+-+-------+--------+----+
//
// c = constness. A fast property's value lives in field {field_index}: the
// shape's in-object slots first, then the out-of-object PropertyArray (see
// shape.h "Field indices"). Dictionary properties keep an enumeration index
// so OwnPropertyKeys can list them in insertion order.
class PropertyDetails {
 public:
  static constexpr int kKindShift = 0;
  static constexpr int kAttributesShift = 1;
  static constexpr int kRepresentationShift = 4;
  static constexpr int kConstnessShift = 7;
  static constexpr int kFieldIndexShift = 8;
  static constexpr int kFieldIndexBits = 11;
  static constexpr int kEnumerationIndexShift = 8;
  static constexpr int kEnumerationIndexBits = 23;
  static constexpr int kMaxFieldIndex = (1 << kFieldIndexBits) - 1;
  static constexpr int kMaxEnumerationIndex = (1 << kEnumerationIndexBits) - 1;

  constexpr PropertyDetails() : bits_(0) {}

  // A fast-mode (descriptor) property.
  static constexpr PropertyDetails Field(PropertyKind kind, PropertyAttributes attributes,
                                         Representation representation,
                                         PropertyConstness constness, int field_index) {
    return PropertyDetails(static_cast<uint32_t>(kind) << kKindShift |
                           static_cast<uint32_t>(attributes) << kAttributesShift |
                           static_cast<uint32_t>(representation.kind()) << kRepresentationShift |
                           static_cast<uint32_t>(constness) << kConstnessShift |
                           static_cast<uint32_t>(field_index) << kFieldIndexShift);
  }
  // A dictionary-mode property.
  static constexpr PropertyDetails Dictionary(PropertyKind kind, PropertyAttributes attributes,
                                              int enumeration_index,
                                              PropertyCellType cell_type = PropertyCellType::kMutable) {
    return PropertyDetails(static_cast<uint32_t>(kind) << kKindShift |
                           static_cast<uint32_t>(attributes) << kAttributesShift |
                           static_cast<uint32_t>(cell_type) << kRepresentationShift |
                           static_cast<uint32_t>(enumeration_index) << kEnumerationIndexShift);
  }

  static PropertyDetails FromValue(Value value) {
    DCHECK(value.IsInt32());
    return PropertyDetails(static_cast<uint32_t>(value.AsInt32()));
  }
  Value AsValue() const { return Value::FromInt32(static_cast<int32_t>(bits_)); }
  constexpr uint32_t bits() const { return bits_; }

  constexpr PropertyKind kind() const {
    return static_cast<PropertyKind>((bits_ >> kKindShift) & 1);
  }
  constexpr bool IsData() const { return kind() == PropertyKind::kData; }
  constexpr bool IsAccessor() const { return kind() == PropertyKind::kAccessor; }
  constexpr PropertyAttributes attributes() const {
    return static_cast<PropertyAttributes>((bits_ >> kAttributesShift) & 7);
  }
  constexpr bool IsReadOnly() const { return (attributes() & READ_ONLY) != 0; }
  constexpr bool IsEnumerable() const { return (attributes() & DONT_ENUM) == 0; }
  constexpr bool IsConfigurable() const { return (attributes() & DONT_DELETE) == 0; }

  // Fast mode.
  constexpr Representation representation() const {
    return Representation(static_cast<Representation::Kind>((bits_ >> kRepresentationShift) & 7));
  }
  constexpr PropertyConstness constness() const {
    return static_cast<PropertyConstness>((bits_ >> kConstnessShift) & 1);
  }
  constexpr int field_index() const {
    return static_cast<int>((bits_ >> kFieldIndexShift) & kMaxFieldIndex);
  }
  // Dictionary mode.
  constexpr int enumeration_index() const {
    return static_cast<int>((bits_ >> kEnumerationIndexShift) & kMaxEnumerationIndex);
  }
  constexpr PropertyCellType cell_type() const {
    return static_cast<PropertyCellType>((bits_ >> kRepresentationShift) & 7);
  }

  constexpr PropertyDetails WithAttributes(PropertyAttributes attributes) const {
    return Replace(kAttributesShift, 7, attributes);
  }
  constexpr PropertyDetails WithKind(PropertyKind kind) const {
    return Replace(kKindShift, 1, static_cast<uint32_t>(kind));
  }
  constexpr PropertyDetails WithRepresentation(Representation representation) const {
    return Replace(kRepresentationShift, 7, representation.kind());
  }
  constexpr PropertyDetails WithConstness(PropertyConstness constness) const {
    return Replace(kConstnessShift, 1, static_cast<uint32_t>(constness));
  }
  constexpr PropertyDetails WithFieldIndex(int index) const {
    return Replace(kFieldIndexShift, kMaxFieldIndex, static_cast<uint32_t>(index));
  }
  constexpr PropertyDetails WithEnumerationIndex(int index) const {
    return Replace(kEnumerationIndexShift, kMaxEnumerationIndex, static_cast<uint32_t>(index));
  }
  constexpr PropertyDetails WithCellType(PropertyCellType type) const {
    return Replace(kRepresentationShift, 7, static_cast<uint32_t>(type));
  }

  constexpr bool operator==(PropertyDetails other) const { return bits_ == other.bits_; }
  constexpr bool operator!=(PropertyDetails other) const { return bits_ != other.bits_; }

 private:
  constexpr explicit PropertyDetails(uint32_t bits) : bits_(bits) {}
  constexpr PropertyDetails Replace(int shift, uint32_t mask, uint32_t value) const {
    return PropertyDetails((bits_ & ~(mask << shift)) | ((value & mask) << shift));
  }

  uint32_t bits_;
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_PROPERTY_DETAILS_H_
