// Copyright 2025 the Lucid authors. MIT license.
// AccessorPair: the getter and setter of an accessor property.

#ifndef LUCID_VM_OBJECTS_ACCESSOR_PAIR_H_
#define LUCID_VM_OBJECTS_ACCESSOR_PAIR_H_

#include "vm/objects/heap_object.h"

namespace lucid {

// AccessorPair: body kind Fixed, kSize = 24. Stored as the field value (fast
// mode) or dictionary value of an accessor property. A missing half is
// undefined (the spec's absent [[Get]]/[[Set]]).
//
//   +0   shape    accessor_pair_shape
//   +8   getter   callable or undefined
//   +16  setter   callable or undefined
//
// Pairs are never shared between properties: defineProperty replacing one
// half writes into the property's own pair.
class AccessorPair : public HeapObject {
 public:
  static constexpr int kGetterOffset = 8;
  static constexpr int kSetterOffset = 16;
  static constexpr int kSize = 24;

  static AccessorPair* cast(Value value) {
    DCHECK(lucid::IsAccessorPair(value));
    return static_cast<AccessorPair*>(value.heap_object());
  }
  Value getter() const { return field(kGetterOffset); }
  void set_getter(Value v) { set_field(kGetterOffset, v); }
  Value setter() const { return field(kSetterOffset); }
  void set_setter(Value v) { set_field(kSetterOffset, v); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_ACCESSOR_PAIR_H_
