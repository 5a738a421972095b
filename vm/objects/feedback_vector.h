// Copyright the Lucid authors. MIT license.
// FeedbackVector (the IC state of one function literal), FeedbackArray (a
// polymorphic site's list) and DataHandler (an IC handler record).

#ifndef LUCID_VM_OBJECTS_FEEDBACK_VECTOR_H_
#define LUCID_VM_OBJECTS_FEEDBACK_VECTOR_H_

#include "gc/handles.h"
#include "vm/interpreter/feedback_metadata.h"
#include "vm/objects/fixed_array.h"

namespace lucid {

class SharedFunctionInfo;

// FeedbackVector: body kind TaggedArray (the FixedArray layout), metadata
// space: it never moves, so the interpreter keeps it in a local across calls
// out, as it keeps the bytecode and the constant pool.
// One per SharedFunctionInfo (all closures of a literal share it), allocated
// when a closure's interrupt budget first runs out (--lazy-feedback-
// allocation, V8's scheme) and kept in SharedFunctionInfo::feedback_vector.
// A running frame caches it in its feedback-vector slot (vm/frames.h).
//
//   +0   shape          feedback_vector_shape
//   +8   length         int32 Value: kSlotsStart + 2 * slot_count
//   +16  [0] shared     the SharedFunctionInfo (strong)
//   +24  [1] kinds      ByteArray: one FeedbackSlotKind per slot (the
//                       SharedFunctionInfo's feedback_metadata)
//   +32  [2 + 2s]       slot s: the feedback word
//   +40  [3 + 2s]       slot s: the extra word
//
// What the two words hold depends on the slot's kind (vm/ic/ic.h draws every
// state). Weakness (vm/objects/body_descriptors.h WEAK_BODY_TYPE_LIST):
// in a FeedbackVector and a FeedbackArray every element that is a Shape or
// a JSFunction is weak. The full GC replaces a dead one with the hole
// ("cleared"), which every IC reads as a miss and re-learns from; so
// feedback never keeps a dead shape (or closure) alive.
class FeedbackVector : public FixedArray {
 public:
  static constexpr int kSharedIndex = 0;
  static constexpr int kKindsIndex = 1;
  static constexpr int kSlotsStart = 2;
  static constexpr int kEntriesPerSlot = 2;

  static FeedbackVector* cast(Value value) {
    DCHECK(lucid::IsFeedbackVector(value));
    return static_cast<FeedbackVector*>(value.heap_object());
  }

  static Handle<FeedbackVector> New(Isolate* isolate, Handle<SharedFunctionInfo> shared);

  SharedFunctionInfo* shared() const;
  int slot_count() const { return (length() - kSlotsStart) / kEntriesPerSlot; }
  FeedbackSlotKind kind(int slot) const;

  static constexpr int FeedbackIndex(int slot) { return kSlotsStart + kEntriesPerSlot * slot; }
  static constexpr int ExtraIndex(int slot) { return FeedbackIndex(slot) + 1; }
  Value feedback(int slot) const { return get(FeedbackIndex(slot)); }
  Value extra(int slot) const { return get(ExtraIndex(slot)); }
  void set_feedback(int slot, Value v) { set(FeedbackIndex(slot), v); }
  void set_extra(int slot, Value v) { set(ExtraIndex(slot), v); }
  // Byte offsets (compiled code reads the words directly).
  static constexpr int FeedbackOffset(int slot) { return OffsetOfElementAt(FeedbackIndex(slot)); }
};

// FeedbackArray: body kind TaggedArray, old space. A polymorphic site's
// (shape, handler) pairs: [2i] shape (weak; the hole once cleared),
// [2i + 1] handler. Length 2 * entries.
class FeedbackArray : public FixedArray {
 public:
  static FeedbackArray* cast(Value value) {
    DCHECK(lucid::IsFeedbackArray(value));
    return static_cast<FeedbackArray*>(value.heap_object());
  }
  static Handle<FeedbackArray> New(Isolate* isolate, int entries);
  int entries() const { return static_cast<int>(static_cast<uint32_t>(length()) >> 1); }
  Value shape_at(int i) const { return get(2 * i); }
  Value handler_at(int i) const { return get(2 * i + 1); }
};

// DataHandler: body kind Fixed, kSize = 48, old space. An IC handler that
// needs more than a smi handler (vm/ic/handler.h): a holder other than the
// receiver, a validity cell guarding the prototype chain, a constant or an
// accessor.
//
//   +0   shape          data_handler_shape
//   +8   smi_handler    int32 Value: the kind and field bits (vm/ic/handler.h)
//   +16  validity_cell  Cell guarding the receiver's prototype chain, or
//                       undefined (no chain to guard)
//   +24  holder         the JSObject the property lives on, or undefined
//   +32  data           the constant value, AccessorPair or AccessorInfo,
//                       the transition target Shape, or undefined. WEAK
//                       when it is a Shape or a JSFunction (as feedback:
//                       a dead one becomes the hole, which misses)
//   +40  data2          per kind (the transition target's field details)
class DataHandler : public HeapObject {
 public:
  static constexpr int kSmiHandlerOffset = 8;
  static constexpr int kValidityCellOffset = 16;
  static constexpr int kHolderOffset = 24;
  static constexpr int kDataOffset = 32;
  static constexpr int kData2Offset = 40;
  static constexpr int kSize = 48;

  static DataHandler* cast(Value value) {
    DCHECK(lucid::IsDataHandler(value));
    return static_cast<DataHandler*>(value.heap_object());
  }
  static Handle<DataHandler> New(Isolate* isolate, int32_t smi_handler, Handle<Value> validity_cell,
                                 Handle<Value> holder, Handle<Value> data);

  int32_t smi_handler() const { return field(kSmiHandlerOffset).AsInt32(); }
  Value validity_cell() const { return field(kValidityCellOffset); }
  Value holder() const { return field(kHolderOffset); }
  Value data() const { return field(kDataOffset); }
  Value data2() const { return field(kData2Offset); }
  void set_data2(Value v) { set_field(kData2Offset, v); }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_FEEDBACK_VECTOR_H_
