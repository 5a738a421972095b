// Copyright 2024 the Lucid authors. MIT license.
// HeapObject (any cell) and ShapeLayout (the fields of a shape the GC and
// everybody else read): the base of every heap cell class.

#ifndef LUCID_VM_OBJECTS_HEAP_OBJECT_H_
#define LUCID_VM_OBJECTS_HEAP_OBJECT_H_

#include <cstring>

#include "gc/write_barrier.h"
#include "vm/globals.h"
#include "vm/objects/instance_type.h"
#include "vm/value.h"

namespace lucid {

// A heap cell is plain memory (STYLE.md "Heap cells are plain memory"): no
// vtable, constructor or destructor; C++ classes over it are views that read
// and write fields at constant offsets. Never create one with `new` or on the
// stack; pointers to cells come from the heap (Heap::AllocateRaw) or from
// Values.
//
//   +0  shape    raw ShapeLayout* (V8: map). During a GC it may instead
//                hold a forwarding address with bit 0 set.
//   +8  ...      the class's fields, each a Value unless its layout says raw
//
// A raw pointer to a cell (HeapObject*, FixedArray*, ...) lives only until
// the next possible allocation; hold a Handle<T> across one (docs/heap.md).
class HeapObject {
 public:
  static constexpr int kShapeOffset = 0;
  static constexpr int kHeaderSize = kTaggedSize;
  // Bit 0 of word 0 set = forwarded (shape pointers are 8-aligned).
  static constexpr uint64_t kForwardingTag = 1;

  HeapObject() = delete;
  LUCID_DISALLOW_COPY_AND_ASSIGN(HeapObject);

  Address address() const { return reinterpret_cast<Address>(this); }
  static HeapObject* FromAddress(Address address) {
    return reinterpret_cast<HeapObject*>(address);
  }
  Value ToValue() const { return Value::FromHeapObject(this); }

  // Casts a Value known to hold a cell; DCHECKs the tag.
  static HeapObject* cast(Value value) {
    DCHECK(value.IsHeapObject());
    return value.heap_object();
  }

  // -- Shape word ---------------------------------------------------------------
  ShapeLayout* shape_layout() const {
    uint64_t word = raw_field<uint64_t>(kShapeOffset);
    DCHECK((word & kForwardingTag) == 0);
    return reinterpret_cast<ShapeLayout*>(word);
  }
  // The object model's Shape (derived from ShapeLayout, no extra fields).
  Shape* shape() const { return reinterpret_cast<Shape*>(shape_layout()); }
  // The shape as a Value (what feedback compares against).
  Value shape_value() const {
    return Value::FromHeapObject(reinterpret_cast<const HeapObject*>(shape_layout()));
  }
  // No barrier: shapes are metadata cells, never young and never moved
  // (the metadata space is never an evacuation candidate), so compaction
  // never has to update word 0 (docs/gc.md "Barriers").
  void set_shape(const ShapeLayout* shape) {
    set_raw_field<uint64_t>(kShapeOffset, reinterpret_cast<uint64_t>(shape));
  }

  inline InstanceType instance_type() const;
  // The cell's size in bytes, from its shape and (for arrays) its length.
  int Size() const;
  // Visits every Value field of the body (word 0 excluded).
  void IterateBody(ObjectVisitor* visitor);

  // -- Forwarding (GC only) -------------------------------------------------------
  bool IsForwarded() const {
    return (raw_field<uint64_t>(kShapeOffset) & kForwardingTag) != 0;
  }
  HeapObject* ForwardingAddress() const {
    DCHECK(IsForwarded());
    return FromAddress(raw_field<uint64_t>(kShapeOffset) & ~kForwardingTag);
  }
  void SetForwardingAddress(HeapObject* target) {
    set_raw_field<uint64_t>(kShapeOffset, target->address() | kForwardingTag);
  }

  // -- Fields -------------------------------------------------------------------------
  Value* RawSlot(int offset) const {
    return reinterpret_cast<Value*>(address() + offset);
  }
  Value field(int offset) const { return *RawSlot(offset); }
  // Every store of a Value into a cell goes through here (or a setter built
  // on it), so the old -> young slot is recorded (gc/write_barrier.h).
  void set_field(int offset, Value value,
                 WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    Value* slot = RawSlot(offset);
    *slot = value;
    if (mode == UPDATE_WRITE_BARRIER) {
      WriteBarrier::Field(this, slot, value);
    } else {
      DCHECK(WriteBarrier::IsSkipAllowed(this, value));
    }
  }
  // Raw (non-Value) fields, declared raw in the class's layout table.
  template <typename T>
  T raw_field(int offset) const {
    T result;
    std::memcpy(&result, reinterpret_cast<const void*>(address() + offset),
                sizeof(T));
    return result;
  }
  template <typename T>
  void set_raw_field(int offset, T value) {
    std::memcpy(reinterpret_cast<void*>(address() + offset), &value,
                sizeof(T));
  }

  // -- Type predicates: Is<Name>() for every INSTANCE_TYPE_LIST line ------------------
#define V(Name, snake_name, body) \
  bool Is##Name() const { return instance_type() == InstanceType::k##Name; }
  INSTANCE_TYPE_LIST(V)
#undef V
  bool IsString() const { return IsStringType(instance_type()); }
  bool IsInternalizedString() const {
    return IsInternalizedStringType(instance_type());
  }
  bool IsName() const { return IsNameType(instance_type()); }
  bool IsContext() const { return IsContextType(instance_type()); }
  bool IsJSReceiver() const { return IsJSReceiverType(instance_type()); }
  bool IsCallable() const { return IsCallableType(instance_type()); }
  bool IsFreeSpaceOrFiller() const {
    InstanceType t = instance_type();
    return t == InstanceType::kFreeSpace || t == InstanceType::kFiller;
  }
};

// -- Value-level predicates: Is<Name>(value) ---------------------------------------
#define V(Name, snake_name, body)                                   \
  inline bool Is##Name(Value value) {                               \
    return value.IsHeapObject() && value.heap_object()->Is##Name(); \
  }
INSTANCE_TYPE_LIST(V)
#undef V
inline bool IsString(Value v) {
  return v.IsHeapObject() && v.heap_object()->IsString();
}
inline bool IsName(Value v) {
  return v.IsHeapObject() && v.heap_object()->IsName();
}
inline bool IsJSReceiver(Value v) {
  return v.IsHeapObject() && v.heap_object()->IsJSReceiver();
}
inline bool IsCallable(Value v) {
  return v.IsHeapObject() && v.heap_object()->IsCallable();
}

// -- ShapeLayout --------------------------------------------------------------------------
//
// The fields of a Shape (V8: Map). This class owns the layout; the object
// model's `class Shape : public ShapeLayout` (vm/objects/shape.h) adds the
// behaviour (transitions, descriptors, prototype handling) and no fields.
// Every shape lives in the metadata space: its address is stable and word 0
// of every cell may point at it without a barrier. The shape of a shape is
// the meta shape, whose word 0 points to itself.
//
//  +-----+----------------------------------+------------------------------------+
//  | off | field                            | contents                           |
//  +-----+----------------------------------+------------------------------------+
//  |   0 | shape                            | raw: the meta shape                |
//  |   8 | prototype                        | null or a JSReceiver               |
//  |  16 | constructor_or_back_pointer      | parent Shape (transition tree),    |
//  |     |                                  | or the constructor at the root     |
//  |  24 | instance_descriptors             | DescriptorArray or undefined       |
//  |  32 | raw_transitions                  | Shape, TransitionArray or undef.   |
//  |  40 | prototype_info                   | PrototypeInfo or undefined         |
//  |  48 | prototype_validity_cell          | Cell or undefined                  |
//  |  56 | dependent_code                   | weak list of Code, or undefined    |
//  |  64 | reserved                         | undefined (free for object model)  |
//  +-----+----------------------------------+------------------------------------+
//  |  72 | raw: instance_type:16  instance_size_in_words:16  inobject_properties:8 |
//  |     |      unused_property_fields:8  raw_tail_words:8  elements_kind:8       |
//  |  80 | raw: bit_field:32 (SHAPE_FLAG_LIST, construction_counter)          |
//  |     |      bit_field2:32 (free for the object model)                        |
//  |  88 | raw: trace_id:32 (the "M17" id, 0 = not yet named)  bit_field3:32     |
//  |     |      (number_of_own_descriptors:10, enum_length:10, rest free)       |
//  +-----+--------------------------------------------------------------------------+
//   kSize = 96; body kind Fixed with raw_tail_words = 3.
//
// instance_size means: for Fixed bodies, the cell's size in bytes; for array
// bodies (TaggedArray, ByteArray, TwoByteArray, DoubleArray), the size of
// the header before the elements (at least 16: shape + length).
// raw_tail_words: the last N words of a Fixed body are raw (not Values) and
// the GC skips them.

// V(CamelName, snake_name, bit) -- one-bit flags in bit_field.
#define SHAPE_FLAG_LIST(V)                                           \
  V(IsDictionaryMap, is_dictionary_map, 0)                           \
  V(IsPrototypeMap, is_prototype_map, 1)                             \
  V(IsDeprecated, is_deprecated, 2)                                  \
  V(IsStable, is_stable, 3)                                          \
  V(IsExtensible, is_extensible, 4)                                  \
  V(IsCallable, is_callable, 5)                                      \
  V(IsConstructor, is_constructor, 6)                                \
  V(IsUndetectable, is_undetectable, 7)                              \
  V(IsMigrationTarget, is_migration_target, 8)                       \
  V(OwnsDescriptors, owns_descriptors, 9)                            \
  V(HasNonInstancePrototype, has_non_instance_prototype, 10)         \
  V(NewTargetIsBase, new_target_is_base, 11)                         \
  V(MayHaveInterestingProperties, may_have_interesting_properties, 12) \
  V(IsImmutablePrototype, is_immutable_prototype, 13)                \
  V(HasPrototypeSlot, has_prototype_slot, 14)

class ShapeLayout : public HeapObject {
 public:
  static constexpr int kPrototypeOffset = 8;
  static constexpr int kConstructorOrBackPointerOffset = 16;
  static constexpr int kInstanceDescriptorsOffset = 24;
  static constexpr int kRawTransitionsOffset = 32;
  static constexpr int kPrototypeInfoOffset = 40;
  static constexpr int kPrototypeValidityCellOffset = 48;
  static constexpr int kDependentCodeOffset = 56;
  static constexpr int kReservedOffset = 64;
  static constexpr int kLastTaggedOffset = kReservedOffset;
  // Raw words (the raw tail).
  static constexpr int kInstanceTypeOffset = 72;          // uint16
  static constexpr int kInstanceSizeInWordsOffset = 74;   // uint16
  static constexpr int kInObjectPropertiesOffset = 76;    // uint8
  static constexpr int kUnusedPropertyFieldsOffset = 77;  // uint8
  static constexpr int kRawTailWordsOffset = 78;          // uint8
  static constexpr int kElementsKindOffset = 79;          // uint8
  static constexpr int kBitFieldOffset = 80;              // uint32
  static constexpr int kBitField2Offset = 84;             // uint32
  static constexpr int kTraceIdOffset = 88;               // uint32
  static constexpr int kBitField3Offset = 92;             // uint32
  static constexpr int kSize = 96;
  static constexpr int kRawTailWords = 3;
  static_assert(kSize - kRawTailWords * kTaggedSize == kInstanceTypeOffset);

  // Construction counter: bits 16..18 of bit_field (slack tracking, V8's
  // kSlackTrackingCounterStart = 7 fits).
  static constexpr int kConstructionCounterShift = 16;
  static constexpr uint32_t kConstructionCounterMask = 0x7u << 16;
  // bit_field3.
  static constexpr uint32_t kNumberOfOwnDescriptorsMask = 0x3FF;
  static constexpr int kEnumLengthShift = 10;
  static constexpr uint32_t kEnumLengthMask = 0x3FFu << 10;
  static constexpr int kMaxNumberOfDescriptors = 1020;

  static ShapeLayout* cast(Value value) {
    DCHECK(value.IsHeapObject() && value.heap_object()->IsShape());
    return static_cast<ShapeLayout*>(value.heap_object());
  }

  // -- Tagged fields --
#define TAGGED_ACCESSORS(name, offset)                                 \
  Value name() const { return field(offset); }                         \
  void set_##name(Value value, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) { \
    set_field(offset, value, mode);                                    \
  }
  TAGGED_ACCESSORS(prototype, kPrototypeOffset)
  TAGGED_ACCESSORS(constructor_or_back_pointer, kConstructorOrBackPointerOffset)
  TAGGED_ACCESSORS(instance_descriptors, kInstanceDescriptorsOffset)
  TAGGED_ACCESSORS(raw_transitions, kRawTransitionsOffset)
  TAGGED_ACCESSORS(prototype_info, kPrototypeInfoOffset)
  TAGGED_ACCESSORS(prototype_validity_cell, kPrototypeValidityCellOffset)
  TAGGED_ACCESSORS(dependent_code, kDependentCodeOffset)
  TAGGED_ACCESSORS(reserved, kReservedOffset)
#undef TAGGED_ACCESSORS

  // -- Raw fields --
  // The instance type of the cells this shape describes. Hides
  // HeapObject::instance_type() (which for a shape cell is kShape), as V8's
  // Map::instance_type() does: shape->instance_type() is what readers expect.
  InstanceType instance_type() const {
    return static_cast<InstanceType>(raw_field<uint16_t>(kInstanceTypeOffset));
  }
  void set_instance_type(InstanceType type) {
    set_raw_field<uint16_t>(kInstanceTypeOffset, static_cast<uint16_t>(type));
  }
  // In bytes (stored in words).
  int instance_size() const {
    return raw_field<uint16_t>(kInstanceSizeInWordsOffset) * kTaggedSize;
  }
  void set_instance_size(int size) {
    DCHECK(size % kTaggedSize == 0 && size / kTaggedSize <= 0xFFFF);
    set_raw_field<uint16_t>(kInstanceSizeInWordsOffset,
                            static_cast<uint16_t>(size / kTaggedSize));
  }
  int inobject_properties() const {
    return raw_field<uint8_t>(kInObjectPropertiesOffset);
  }
  void set_inobject_properties(int n) {
    set_raw_field<uint8_t>(kInObjectPropertiesOffset, static_cast<uint8_t>(n));
  }
  int unused_property_fields() const {
    return raw_field<uint8_t>(kUnusedPropertyFieldsOffset);
  }
  void set_unused_property_fields(int n) {
    set_raw_field<uint8_t>(kUnusedPropertyFieldsOffset,
                           static_cast<uint8_t>(n));
  }
  int raw_tail_words() const { return raw_field<uint8_t>(kRawTailWordsOffset); }
  void set_raw_tail_words(int n) {
    set_raw_field<uint8_t>(kRawTailWordsOffset, static_cast<uint8_t>(n));
  }
  // The ElementsKind enum belongs to the object model; stored as a byte.
  uint8_t elements_kind() const { return raw_field<uint8_t>(kElementsKindOffset); }
  void set_elements_kind(uint8_t kind) {
    set_raw_field<uint8_t>(kElementsKindOffset, kind);
  }
  uint32_t bit_field() const { return raw_field<uint32_t>(kBitFieldOffset); }
  void set_bit_field(uint32_t bits) { set_raw_field<uint32_t>(kBitFieldOffset, bits); }
  uint32_t bit_field2() const { return raw_field<uint32_t>(kBitField2Offset); }
  void set_bit_field2(uint32_t bits) {
    set_raw_field<uint32_t>(kBitField2Offset, bits);
  }
  uint32_t bit_field3() const { return raw_field<uint32_t>(kBitField3Offset); }
  void set_bit_field3(uint32_t bits) {
    set_raw_field<uint32_t>(kBitField3Offset, bits);
  }
  uint32_t trace_id() const { return raw_field<uint32_t>(kTraceIdOffset); }
  void set_trace_id(uint32_t id) { set_raw_field<uint32_t>(kTraceIdOffset, id); }

#define V(CamelName, snake_name, bit)                                  \
  static constexpr int k##CamelName##Bit = (bit);                      \
  bool snake_name() const { return (bit_field() >> (bit)) & 1; }       \
  void set_##snake_name(bool value) {                                  \
    set_bit_field(value ? (bit_field() | (1u << (bit)))                \
                        : (bit_field() & ~(1u << (bit))));             \
  }
  SHAPE_FLAG_LIST(V)
#undef V

  int construction_counter() const {
    return (bit_field() & kConstructionCounterMask) >> kConstructionCounterShift;
  }
  void set_construction_counter(int value) {
    set_bit_field((bit_field() & ~kConstructionCounterMask) |
                  ((static_cast<uint32_t>(value) << kConstructionCounterShift) &
                   kConstructionCounterMask));
  }
  int number_of_own_descriptors() const {
    return bit_field3() & kNumberOfOwnDescriptorsMask;
  }
  void set_number_of_own_descriptors(int n) {
    DCHECK(n >= 0 && n <= kMaxNumberOfDescriptors);
    set_bit_field3((bit_field3() & ~kNumberOfOwnDescriptorsMask) |
                   static_cast<uint32_t>(n));
  }
  int enum_length() const {
    return (bit_field3() & kEnumLengthMask) >> kEnumLengthShift;
  }
  void set_enum_length(int n) {
    set_bit_field3((bit_field3() & ~kEnumLengthMask) |
                   ((static_cast<uint32_t>(n) << kEnumLengthShift) &
                    kEnumLengthMask));
  }

  // Fills every field for a new shape: tagged fields undefined (prototype
  // null), raw fields zero, then the given type and sizes. Heap::AllocateShape
  // calls it; the object model sets the rest.
  void Initialize(InstanceType type, int instance_size, int raw_tail_words);
};

inline InstanceType HeapObject::instance_type() const {
  return shape_layout()->instance_type();
}

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_HEAP_OBJECT_H_
