// Copyright 2025 the Lucid authors. MIT license.
// PrototypeInfo: what a prototype shape knows about its role as a
// prototype.

#ifndef LUCID_VM_OBJECTS_PROTOTYPE_INFO_H_
#define LUCID_VM_OBJECTS_PROTOTYPE_INFO_H_

#include "vm/objects/heap_object.h"

namespace lucid {

// PrototypeInfo: body kind Fixed, kSize = 32, metadata space. Hangs off
// Shape::prototype_info of prototype shapes (DESIGN.md "Shapes").
//
//   +0   shape              prototype_info_shape
//   +8   object_create_shape  the initial shape of Object.create(this
//                           prototype), or undefined
//   +16  users              WeakFixedArray (gc/weak_refs.h) of the
//                           prototype Shapes whose object has this
//                           prototype's object as its [[Prototype]]
//                           (slot 0: count), or undefined. Invalidating
//                           this prototype's validity cell walks them, so
//                           every cell below is invalidated. Weak: a dead
//                           user's entry becomes undefined (walks skip it).
//   +24  registry_slot      int32 Value: this shape's index in its own
//                           prototype's users list, or -1
class PrototypeInfo : public HeapObject {
 public:
  static constexpr int kObjectCreateShapeOffset = 8;
  static constexpr int kUsersOffset = 16;
  static constexpr int kRegistrySlotOffset = 24;
  static constexpr int kSize = 32;

  static PrototypeInfo* cast(Value value) {
    DCHECK(lucid::IsPrototypeInfo(value));
    return static_cast<PrototypeInfo*>(value.heap_object());
  }
  Value object_create_shape() const { return field(kObjectCreateShapeOffset); }
  void set_object_create_shape(Value v) { set_field(kObjectCreateShapeOffset, v); }
  Value users() const { return field(kUsersOffset); }
  void set_users(Value v) { set_field(kUsersOffset, v); }
  int registry_slot() const { return field(kRegistrySlotOffset).AsInt32(); }
  void set_registry_slot(int slot) {
    set_field(kRegistrySlotOffset, Value::FromInt32(slot), SKIP_WRITE_BARRIER);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_PROTOTYPE_INFO_H_
