// Copyright 2025 the Lucid authors. MIT license.
// Script: one source file (or -e string) the engine compiled.

#ifndef LUCID_VM_OBJECTS_SCRIPT_H_
#define LUCID_VM_OBJECTS_SCRIPT_H_

#include "vm/objects/heap_object.h"

namespace lucid {

// Script: body kind Fixed, kSize = 48, metadata space.
//
//   +0   shape        script_shape
//   +8   source       String (the whole text)
//   +16  name         String (the file name as printed in stack traces)
//   +24  line_ends    FixedArray of int32 UTF-16 offsets of each '\n', or
//                     undefined until first needed (line:col lookups)
//   +32  id           int32 Value (unique per isolate)
//   +40  flags        int32 Value: kIsModuleWrapper (CommonJS wrapped) |
//                     kIsClassicScript
class Script : public HeapObject {
 public:
  static constexpr int kSourceOffset = 8;
  static constexpr int kNameOffset = 16;
  static constexpr int kLineEndsOffset = 24;
  static constexpr int kIdOffset = 32;
  static constexpr int kFlagsOffset = 40;
  static constexpr int kSize = 48;
  static constexpr int kIsModuleWrapper = 1 << 0;
  static constexpr int kIsClassicScript = 1 << 1;

  static Script* cast(Value value) {
    DCHECK(lucid::IsScript(value));
    return static_cast<Script*>(value.heap_object());
  }
  Value source() const { return field(kSourceOffset); }
  void set_source(Value v) { set_field(kSourceOffset, v); }
  Value name() const { return field(kNameOffset); }
  void set_name(Value v) { set_field(kNameOffset, v); }
  Value line_ends() const { return field(kLineEndsOffset); }
  void set_line_ends(Value v) { set_field(kLineEndsOffset, v); }
  int id() const { return field(kIdOffset).AsInt32(); }
  void set_id(int id) { set_field(kIdOffset, Value::FromInt32(id), SKIP_WRITE_BARRIER); }
  int flags() const { return field(kFlagsOffset).AsInt32(); }
  void set_flags(int f) { set_field(kFlagsOffset, Value::FromInt32(f), SKIP_WRITE_BARRIER); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_SCRIPT_H_
