// Copyright 2025 the Lucid authors. MIT license.
// PropertyCell (one global-object property) and Cell (validity and
// protector cells).

#ifndef LUCID_VM_OBJECTS_PROPERTY_CELL_H_
#define LUCID_VM_OBJECTS_PROPERTY_CELL_H_

#include "vm/objects/heap_object.h"
#include "vm/objects/property_details.h"

namespace lucid {

// PropertyCell: body kind Fixed, kSize = 40, metadata space (feedback and
// compiled code refer to it directly, so it never moves).
//
//   +0   shape            property_cell_shape
//   +8   name             Name
//   +16  value            the property's value; the hole = not yet defined
//                         (a declared global before its initializer) or
//                         deleted
//   +24  details          PropertyDetails (dictionary layout: attributes,
//                         PropertyCellType) as int32 Value
//   +32  dependent_code   reserved for the JIT (undefined)
class PropertyCell : public HeapObject {
 public:
  static constexpr int kNameOffset = 8;
  static constexpr int kValueOffset = 16;
  static constexpr int kDetailsOffset = 24;
  static constexpr int kDependentCodeOffset = 32;
  static constexpr int kSize = 40;

  static PropertyCell* cast(Value value) {
    DCHECK(lucid::IsPropertyCell(value));
    return static_cast<PropertyCell*>(value.heap_object());
  }
  Value name() const { return field(kNameOffset); }
  void set_name(Value v) { set_field(kNameOffset, v); }
  Value value() const { return field(kValueOffset); }
  void set_value(Value v) { set_field(kValueOffset, v); }
  PropertyDetails details() const { return PropertyDetails::FromValue(field(kDetailsOffset)); }
  void set_details(PropertyDetails d) { set_field(kDetailsOffset, d.AsValue(), SKIP_WRITE_BARRIER); }
  Value dependent_code() const { return field(kDependentCodeOffset); }
};

// Cell: body kind Fixed, kSize = 16, metadata space. A validity cell holds
// int32 kValid / kInvalid; a protector cell holds kProtectorValid /
// kProtectorInvalid. Compiled code and IC handlers compare the value.
//
//   +0   shape   cell_shape
//   +8   value   Value
class Cell : public HeapObject {
 public:
  static constexpr int kValueOffset = 8;
  static constexpr int kSize = 16;
  static constexpr int32_t kValid = 0;
  static constexpr int32_t kInvalid = 1;

  static Cell* cast(Value value) {
    DCHECK(lucid::IsCell(value));
    return static_cast<Cell*>(value.heap_object());
  }
  Value value() const { return field(kValueOffset); }
  void set_value(Value v) { set_field(kValueOffset, v); }
  bool IsValid() const { return value() == Value::FromInt32(kValid); }
  void Invalidate() { set_value(Value::FromInt32(kInvalid)); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_PROPERTY_CELL_H_
