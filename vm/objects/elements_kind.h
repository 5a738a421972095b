// Copyright 2025 the Lucid authors. MIT license.
// ELEMENTS_KIND_LIST: what a receiver's elements store may hold, recorded in
// its shape.

#ifndef LUCID_VM_OBJECTS_ELEMENTS_KIND_H_
#define LUCID_VM_OBJECTS_ELEMENTS_KIND_H_

#include <cstdint>

namespace lucid {

// V(Name, short name printed by %DebugPrint and traces)
//
// The lattice (DESIGN.md "Heap objects": the elements kind is part of the
// shape). A kind only ever moves down and right:
//
//   PACKED_SMI ----> PACKED_DOUBLE ----> PACKED
//       |                 |                |
//       v                 v                v
//   HOLEY_SMI  ----> HOLEY_DOUBLE  ----> HOLEY  ----> DICTIONARY
//
// "SMI" keeps V8's spelling (readers hold V8 beside Lucid); in Lucid it means
// "every element is an int32 Value". Every fast kind uses the same backing
// store, a FixedArray of Values: doubles are unboxed in a Value already, so
// unlike V8 no kind change copies the store; the kind exists to tell the
// interpreter/JIT what it may assume, and holes are Value::TheHole().
// DICTIONARY elements live in a NumberDictionary (very sparse arrays).
//
// Order matters: predicates below are range checks, pinned by static_asserts.
#define ELEMENTS_KIND_LIST(V)                   \
  V(PACKED_SMI_ELEMENTS, "PACKED_SMI")         \
  V(HOLEY_SMI_ELEMENTS, "HOLEY_SMI")           \
  V(PACKED_DOUBLE_ELEMENTS, "PACKED_DOUBLE")   \
  V(HOLEY_DOUBLE_ELEMENTS, "HOLEY_DOUBLE")     \
  V(PACKED_ELEMENTS, "PACKED")                 \
  V(HOLEY_ELEMENTS, "HOLEY")                   \
  V(DICTIONARY_ELEMENTS, "DICTIONARY")

enum class ElementsKind : uint8_t {
#define V(Name, short_name) k##Name,
  ELEMENTS_KIND_LIST(V)
#undef V
};

// Unprefixed aliases as V8 spells them (PACKED_SMI_ELEMENTS, ...).
#define V(Name, short_name) inline constexpr ElementsKind Name = ElementsKind::k##Name;
ELEMENTS_KIND_LIST(V)
#undef V

inline constexpr int kElementsKindCount = 0
#define V(...) +1
    ELEMENTS_KIND_LIST(V);
#undef V
inline constexpr int kFastElementsKindCount = 6;

inline constexpr const char* kElementsKindNames[] = {
#define V(Name, short_name) short_name,
    ELEMENTS_KIND_LIST(V)
#undef V
};

static_assert(static_cast<int>(HOLEY_ELEMENTS) + 1 == static_cast<int>(DICTIONARY_ELEMENTS),
              "fast kinds are a prefix, so IsFastElementsKind is one compare");
static_assert(static_cast<int>(HOLEY_SMI_ELEMENTS) == static_cast<int>(PACKED_SMI_ELEMENTS) + 1 &&
                  static_cast<int>(HOLEY_DOUBLE_ELEMENTS) ==
                      static_cast<int>(PACKED_DOUBLE_ELEMENTS) + 1 &&
                  static_cast<int>(HOLEY_ELEMENTS) == static_cast<int>(PACKED_ELEMENTS) + 1,
              "each packed kind is even and its holey twin follows it");
static_assert(kFastElementsKindCount == static_cast<int>(DICTIONARY_ELEMENTS));

constexpr const char* ElementsKindName(ElementsKind kind) {
  return kElementsKindNames[static_cast<int>(kind)];
}
constexpr bool IsFastElementsKind(ElementsKind kind) {
  return static_cast<int>(kind) < kFastElementsKindCount;
}
constexpr bool IsDictionaryElementsKind(ElementsKind kind) {
  return kind == DICTIONARY_ELEMENTS;
}
constexpr bool IsHoleyElementsKind(ElementsKind kind) {
  return lucid::IsFastElementsKind(kind) && (static_cast<int>(kind) & 1) != 0;
}
constexpr bool IsPackedElementsKind(ElementsKind kind) {
  return lucid::IsFastElementsKind(kind) && (static_cast<int>(kind) & 1) == 0;
}
constexpr bool IsSmiElementsKind(ElementsKind kind) {
  return kind == PACKED_SMI_ELEMENTS || kind == HOLEY_SMI_ELEMENTS;
}
constexpr bool IsDoubleElementsKind(ElementsKind kind) {
  return kind == PACKED_DOUBLE_ELEMENTS || kind == HOLEY_DOUBLE_ELEMENTS;
}
constexpr bool IsObjectElementsKind(ElementsKind kind) {
  return kind == PACKED_ELEMENTS || kind == HOLEY_ELEMENTS;
}
constexpr ElementsKind GetHoleyElementsKind(ElementsKind kind) {
  return lucid::IsPackedElementsKind(kind) ? static_cast<ElementsKind>(static_cast<int>(kind) + 1) : kind;
}
constexpr ElementsKind GetPackedElementsKind(ElementsKind kind) {
  return lucid::IsHoleyElementsKind(kind) ? static_cast<ElementsKind>(static_cast<int>(kind) - 1) : kind;
}

// The least general kind that is at least as general as both (the join of
// the lattice above). DICTIONARY absorbs everything.
constexpr ElementsKind GeneralizeElementsKind(ElementsKind a, ElementsKind b) {
  if (a == DICTIONARY_ELEMENTS || b == DICTIONARY_ELEMENTS) return DICTIONARY_ELEMENTS;
  bool holey = lucid::IsHoleyElementsKind(a) || lucid::IsHoleyElementsKind(b);
  int column_a = static_cast<int>(a) >> 1;
  int column_b = static_cast<int>(b) >> 1;
  int column = column_a > column_b ? column_a : column_b;
  return static_cast<ElementsKind>(column * 2 + (holey ? 1 : 0));
}

// True if {to} is a strictly more general kind than {from}: the allowed
// direction of an elements-kind transition.
constexpr bool IsMoreGeneralElementsKindTransition(ElementsKind from, ElementsKind to) {
  return from != to && GeneralizeElementsKind(from, to) == to;
}

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_ELEMENTS_KIND_H_
