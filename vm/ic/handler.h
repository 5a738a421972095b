// Copyright the Lucid authors. MIT license.
// IC handlers: what a load/store site does for one receiver shape.
//
// A handler is plain data that the interpreter (and later compiled code)
// reads without calling C++:
//
//   int32 Value      a smi handler: the kind and the field location, when
//                    nothing but the receiver is involved
//   DataHandler      a smi handler plus a validity cell, a holder and a
//                    datum (vm/objects/feedback_vector.h): loads from a
//                    prototype, constants, accessors, absent properties
//   Shape            a transitioning store: the shape the receiver moves to
//                    (the new field is its last descriptor)
//
// Smi handler bits:
//
//   bits 0-3    HandlerKind
//   bit  4      in-object (field kinds): the field is at byte offset
//               index * 8 of the object, else at PropertyArray index
//   bits 5-7    Representation::Kind (stores: what the field holds)
//   bit  8      the field is const (stores must not change its value)
//   bits 9-30   field index (byte offset / 8 in-object, else the
//               PropertyArray index), or the ElementsKind for elements

#ifndef LUCID_VM_IC_HANDLER_H_
#define LUCID_VM_IC_HANDLER_H_

#include <cstdint>

#include "vm/objects/elements_kind.h"
#include "vm/objects/property_details.h"

namespace lucid {

// V(Name, trace name)
#define HANDLER_KIND_LIST(V)                                                   \
  V(LoadField, "field")             /* a data field of the receiver/holder */ \
  V(LoadConstant, "constant")       /* DataHandler::data, cell-guarded */     \
  V(LoadNonexistent, "nonexistent") /* undefined, cell-guarded */             \
  V(LoadAccessor, "accessor")       /* the getter of the pair in a field */   \
  V(LoadArrayLength, "array_length")                                          \
  V(LoadStringLength, "string_length")                                        \
  V(LoadElement, "element")         /* fast elements, in bounds */            \
  V(LoadStringIndex, "string_char") /* s[i] */                                \
  V(LoadNormal, "dictionary")       /* the receiver's own NameDictionary */   \
  V(LoadDictionaryProto, "dictionary_proto") /* a dictionary-mode receiver  \
                                       without the name: DataHandler::data  \
                                       (a prototype's value, or undefined), \
                                       cell-guarded */                      \
  V(StoreField, "field")            /* an existing writable data field */     \
  V(StoreTransition, "transition")  /* add an in-object field: a new shape */ \
  V(StoreAccessor, "setter")        /* the setter of the pair in a field */   \
  V(StoreElement, "element")        /* fast elements, in bounds or append */  \
  V(Slow, "slow")                   /* the generic runtime path */

enum class HandlerKind : uint8_t {
#define V(Name, text) k##Name,
  HANDLER_KIND_LIST(V)
#undef V
};

const char* HandlerKindName(HandlerKind kind);

class SmiHandler {
 public:
  static constexpr int kKindBits = 4;
  static constexpr int32_t kInObjectBit = 1 << 4;
  static constexpr int kRepresentationShift = 5;
  static constexpr int32_t kConstBit = 1 << 8;
  static constexpr int kIndexShift = 9;
  static constexpr int kMaxIndex = (1 << 22) - 1;

  static constexpr int32_t Make(HandlerKind kind) { return static_cast<int32_t>(kind); }
  static constexpr int32_t Field(HandlerKind kind, bool in_object, int index,
                                 Representation representation = Representation::Tagged(),
                                 bool is_const = false) {
    return static_cast<int32_t>(kind) | (in_object ? kInObjectBit : 0) |
           (static_cast<int32_t>(representation.kind()) << kRepresentationShift) |
           (is_const ? kConstBit : 0) | (index << kIndexShift);
  }
  static constexpr int32_t Element(HandlerKind kind, ElementsKind elements_kind) {
    return static_cast<int32_t>(kind) | (static_cast<int32_t>(elements_kind) << kIndexShift);
  }

  static constexpr HandlerKind KindOf(int32_t h) {
    return static_cast<HandlerKind>(h & ((1 << kKindBits) - 1));
  }
  static constexpr bool IsInObject(int32_t h) { return (h & kInObjectBit) != 0; }
  static constexpr Representation RepresentationOf(int32_t h) {
    return Representation(static_cast<Representation::Kind>((h >> kRepresentationShift) & 7));
  }
  static constexpr bool IsConst(int32_t h) { return (h & kConstBit) != 0; }
  static constexpr int IndexOf(int32_t h) { return h >> kIndexShift; }
  static constexpr ElementsKind ElementsKindOf(int32_t h) {
    return static_cast<ElementsKind>(h >> kIndexShift);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_IC_HANDLER_H_
