// Copyright 2024 the Lucid authors. MIT license.
// FixedArray (length-prefixed Values), FixedDoubleArray and ByteArray.

#ifndef LUCID_VM_OBJECTS_FIXED_ARRAY_H_
#define LUCID_VM_OBJECTS_FIXED_ARRAY_H_

#include "gc/write_barrier.h"
#include "vm/objects/heap_object.h"

namespace lucid {

// The header every length-prefixed cell shares. The length is an int32 Value
// (V8 stores a Smi), so every word of a TaggedArray body is a Value and the
// GC needs no exception for it.
//
//   +0   shape
//   +8   length      int32 Value: number of elements
//   +16  ...         (subclass header words, then elements)
class FixedArrayBase : public HeapObject {
 public:
  static constexpr int kLengthOffset = 8;
  static constexpr int kHeaderSize = 16;
  // Keeps SizeFor() of any array under 2^31 bytes.
  static constexpr int kMaxLength = (1 << 27) - 2;

  int length() const { return field(kLengthOffset).AsInt32(); }
  // Only for initialization and right trimming (Heap::RightTrimFixedArray).
  void set_length(int length) {
    set_field(kLengthOffset, Value::FromInt32(length), SKIP_WRITE_BARRIER);
  }
};

// FixedArray: body kind TaggedArray, header 16.
//
//   +0   shape       fixed_array_shape (or another TaggedArray shape)
//   +8   length      int32 Value
//   +16  [0]         Value
//   ...
//   +16+8*(n-1) [n-1]
//
// Other TaggedArray types (contexts, dictionaries, descriptor arrays, feedback
// vectors) share this layout with their own shape; a subclass may use the
// first elements as named header fields.
class FixedArray : public FixedArrayBase {
 public:
  static constexpr int SizeFor(int length) {
    return kHeaderSize + length * kTaggedSize;
  }
  static constexpr int OffsetOfElementAt(int index) {
    return kHeaderSize + index * kTaggedSize;
  }

  static FixedArray* cast(Value value) {
    DCHECK(value.IsHeapObject() &&
           BodyKindOf(value.heap_object()->instance_type()) ==
               BodyKind::kTaggedArray);
    return static_cast<FixedArray*>(value.heap_object());
  }
  static FixedArray* cast(HeapObject* object) {
    return cast(object->ToValue());
  }

  Value get(int index) const {
    DCHECK(index >= 0 && index < length());
    return field(OffsetOfElementAt(index));
  }
  void set(int index, Value value,
           WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    DCHECK(index >= 0 && index < length());
    set_field(OffsetOfElementAt(index), value, mode);
  }
  Value* data_start() const { return RawSlot(kHeaderSize); }

  // Fills [from, to) with `value`; records old -> young slots as needed.
  void FillWith(int from, int to, Value value) {
    DCHECK(from >= 0 && from <= to && to <= length());
    for (int i = from; i < to; i++) *RawSlot(OffsetOfElementAt(i)) = value;
    WriteBarrier::ForRange(this, RawSlot(OffsetOfElementAt(from)),
                           RawSlot(OffsetOfElementAt(to)));
  }
  // Copies `count` elements from `src[src_index]` into this[dst_index]
  // (overlap allowed) and records the copied range with the bulk barrier.
  void CopyElements(int dst_index, const FixedArray* src, int src_index,
                    int count) {
    DCHECK(count >= 0 && dst_index + count <= length() &&
           src_index + count <= src->length());
    if (count == 0) return;
    std::memmove(RawSlot(OffsetOfElementAt(dst_index)),
                 src->RawSlot(OffsetOfElementAt(src_index)),
                 static_cast<size_t>(count) * kTaggedSize);
    WriteBarrier::ForRange(this, RawSlot(OffsetOfElementAt(dst_index)),
                           RawSlot(OffsetOfElementAt(dst_index + count)));
  }
};

// FixedDoubleArray: body kind DoubleArray, header 16. Raw IEEE doubles (any
// bit pattern, so holes can be a signalling-NaN pattern the object model
// chooses).
class FixedDoubleArray : public FixedArrayBase {
 public:
  static constexpr int SizeFor(int length) {
    return kHeaderSize + length * kDoubleSize;
  }
  static FixedDoubleArray* cast(Value value) {
    DCHECK(::lucid::IsFixedDoubleArray(value));
    return static_cast<FixedDoubleArray*>(value.heap_object());
  }
  double get_scalar(int index) const {
    DCHECK(index >= 0 && index < length());
    return raw_field<double>(kHeaderSize + index * kDoubleSize);
  }
  uint64_t get_bits(int index) const {
    return raw_field<uint64_t>(kHeaderSize + index * kDoubleSize);
  }
  void set(int index, double value) {
    DCHECK(index >= 0 && index < length());
    set_raw_field<double>(kHeaderSize + index * kDoubleSize, value);
  }
  void set_bits(int index, uint64_t bits) {
    set_raw_field<uint64_t>(kHeaderSize + index * kDoubleSize, bits);
  }
};

// ByteArray: body kind ByteArray, header 16. Raw bytes, padded to 8.
//
//   +0   shape
//   +8   length      int32 Value: number of bytes
//   +16  bytes...    raw, then padding to an 8-byte multiple
class ByteArray : public FixedArrayBase {
 public:
  static constexpr int SizeFor(int length) {
    return ObjectAlign(kHeaderSize + length);
  }
  static ByteArray* cast(Value value) {
    DCHECK(::lucid::IsByteArray(value));
    return static_cast<ByteArray*>(value.heap_object());
  }
  uint8_t get(int index) const {
    DCHECK(index >= 0 && index < length());
    return raw_field<uint8_t>(kHeaderSize + index);
  }
  void set(int index, uint8_t value) {
    DCHECK(index >= 0 && index < length());
    set_raw_field<uint8_t>(kHeaderSize + index, value);
  }
  uint8_t* data_start() const {
    return reinterpret_cast<uint8_t*>(address() + kHeaderSize);
  }
};

// FreeSpace: the filler for gaps of 16 bytes or more (a one-word gap is a
// Filler: just a shape). Body kind FreeSpace.
//
//   +0   shape       free_space_shape
//   +8   size        int32 Value: the gap's size in bytes
//   +16  next        raw address of the next free-list entry (0 = none);
//                    present only when size >= 24
class FreeSpace : public HeapObject {
 public:
  static constexpr int kSizeOffset = 8;
  static constexpr int kNextOffset = 16;
  static constexpr int kMinFreeListEntrySize = 24;

  int size() const { return field(kSizeOffset).AsInt32(); }
  void set_size(int size) {
    set_field(kSizeOffset, Value::FromInt32(size), SKIP_WRITE_BARRIER);
  }
  FreeSpace* next() const {
    return reinterpret_cast<FreeSpace*>(raw_field<Address>(kNextOffset));
  }
  void set_next(FreeSpace* next) {
    set_raw_field<Address>(kNextOffset, reinterpret_cast<Address>(next));
  }
  static FreeSpace* cast(HeapObject* object) {
    DCHECK(object->IsFreeSpace());
    return static_cast<FreeSpace*>(object);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_FIXED_ARRAY_H_
