// Copyright 2025 the Lucid authors. MIT license.
// BytecodeArray: one function's bytecode and the tables that go with it.

#ifndef LUCID_VM_OBJECTS_BYTECODE_ARRAY_H_
#define LUCID_VM_OBJECTS_BYTECODE_ARRAY_H_

#include "vm/objects/fixed_array.h"

namespace lucid {

// BytecodeArray: body kind ByteArray, metadata space (never moves: frames
// and compiled code may hold raw pointers into it).
//
//   +0   shape                  bytecode_array_shape
//   +8   length                 int32 Value: bytes of bytecode
//   +16  constant_pool          FixedArray (metadata space)
//   +24  handler_table          ByteArray or empty_byte_array
//   +32  source_position_table  ByteArray or empty_byte_array
//   +40  register_count         int32 Value
//   +48  parameter_count        int32 Value (including the receiver)
//   +56  feedback_slot_count    int32 Value
//   +64  incoming_new_target_or_generator_register  int32 Value or -1
//   +72  bytecodes...           raw, padded to 8
class BytecodeArray : public FixedArrayBase {
 public:
  static constexpr int kConstantPoolOffset = 16;
  static constexpr int kHandlerTableOffset = 24;
  static constexpr int kSourcePositionTableOffset = 32;
  static constexpr int kRegisterCountOffset = 40;
  static constexpr int kParameterCountOffset = 48;
  static constexpr int kFeedbackSlotCountOffset = 56;
  static constexpr int kIncomingNewTargetOrGeneratorRegisterOffset = 64;
  static constexpr int kHeaderSize = 72;
  static constexpr int SizeFor(int length) { return ObjectAlign(kHeaderSize + length); }

  static BytecodeArray* cast(Value value) {
    DCHECK(lucid::IsBytecodeArray(value));
    return static_cast<BytecodeArray*>(value.heap_object());
  }
  Value constant_pool() const { return field(kConstantPoolOffset); }
  void set_constant_pool(Value v) { set_field(kConstantPoolOffset, v); }
  Value handler_table() const { return field(kHandlerTableOffset); }
  void set_handler_table(Value v) { set_field(kHandlerTableOffset, v); }
  Value source_position_table() const { return field(kSourcePositionTableOffset); }
  void set_source_position_table(Value v) { set_field(kSourcePositionTableOffset, v); }
  int register_count() const { return field(kRegisterCountOffset).AsInt32(); }
  void set_register_count(int n) { set_field(kRegisterCountOffset, Value::FromInt32(n), SKIP_WRITE_BARRIER); }
  int parameter_count() const { return field(kParameterCountOffset).AsInt32(); }
  void set_parameter_count(int n) { set_field(kParameterCountOffset, Value::FromInt32(n), SKIP_WRITE_BARRIER); }
  int feedback_slot_count() const { return field(kFeedbackSlotCountOffset).AsInt32(); }
  void set_feedback_slot_count(int n) {
    set_field(kFeedbackSlotCountOffset, Value::FromInt32(n), SKIP_WRITE_BARRIER);
  }
  int incoming_new_target_or_generator_register() const {
    return field(kIncomingNewTargetOrGeneratorRegisterOffset).AsInt32();
  }
  void set_incoming_new_target_or_generator_register(int r) {
    set_field(kIncomingNewTargetOrGeneratorRegisterOffset, Value::FromInt32(r), SKIP_WRITE_BARRIER);
  }
  uint8_t* GetFirstBytecodeAddress() const {
    return reinterpret_cast<uint8_t*>(address() + kHeaderSize);
  }
  uint8_t get(int offset) const { return GetFirstBytecodeAddress()[offset]; }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_BYTECODE_ARRAY_H_
