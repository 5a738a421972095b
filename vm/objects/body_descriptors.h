// Copyright 2024 the Lucid authors. MIT license.
// Body descriptors: a cell's size and Value fields, computed from its shape
// and BodyKindOf(instance type) alone.

#ifndef LUCID_VM_OBJECTS_BODY_DESCRIPTORS_H_
#define LUCID_VM_OBJECTS_BODY_DESCRIPTORS_H_

#include "vm/objects/heap_object.h"
#include "vm/objects/object_visitor.h"

namespace lucid {

// The whole scheme is data: INSTANCE_TYPE_LIST gives each type a BodyKind,
// the shape gives instance_size (and raw_tail_words), and word 1 of array
// kinds is the length. Every kind today has exactly one contiguous range of
// Value fields:
//
//  kind          size                                   Value range
//  ------------  -------------------------------------  -----------------------
//  FreeSpace     word 1 (int32)                         none
//  Fixed         shape.instance_size                    [8, size - 8*raw_tail)
//  TaggedArray   shape.instance_size + 8*length         [16, size)
//  ByteArray     align8(shape.instance_size + length)   [16, instance_size)
//  TwoByteArray  align8(shape.instance_size + 2*length) [16, instance_size)
//  DoubleArray   shape.instance_size + 8*length         [16, instance_size)
//
// (The length word of array kinds is an int32 Value, so starting at 16
// loses nothing.) A layout needing two ranges adds a kind here; the GC
// learns it in this one file.
//
// Weak fields. Some types hold references that must not keep their target
// alive. Their body kind stays the one above (so the scavenger, the
// pointer-updating pass of compaction and --verify-heap see every field and
// treat them all alike: a scavenge keeps weak targets alive until the next
// full GC), and WEAK_BODY_TYPE_LIST names them: the full GC's marker visits
// their strong fields only, records the cell, and after marking clears the
// weak fields whose targets died (gc/weak_refs.cc says how per type). To
// make a field weak, add the type here and a case to the marker's
// MarkingVisitor::VisitWeakBody and to WeakRefs::ClearDeadReferences.
//
// V(Name)                    which fields are weak
#define WEAK_BODY_TYPE_LIST(V)                                               \
  V(TransitionArray)    /* every target [1+3i+2]; dead edges are removed */  \
  V(StringTable)        /* every entry; dead strings become the hole */      \
  V(WeakFixedArray)     /* every element; dead ones become undefined */      \
  V(EphemeronHashTable) /* key weak, value live iff key live (ephemeron) */  \
  V(WeakCell)           /* target and unregister_token */                    \
  V(JSWeakRef)          /* target */                                         \
  V(FeedbackVector)     /* every Shape and JSFunction element; -> the hole */ \
  V(FeedbackArray)      /* the same (vm/objects/feedback_vector.h) */     \
  V(DataHandler)        /* data, when a Shape or JSFunction */

constexpr bool HasWeakFields(InstanceType type) {
  switch (type) {
#define V(Name) case InstanceType::k##Name:
    WEAK_BODY_TYPE_LIST(V)
#undef V
    return true;
    default:
      return false;
  }
}

class BodyDescriptors {
 public:
  // Size in bytes of `object` whose shape is `shape` (pass the shape
  // explicitly: during a GC word 0 may be a forwarding address).
  static int SizeOf(const ShapeLayout* shape, const HeapObject* object) {
    BodyKind kind = BodyKindOf(shape->instance_type());
    switch (kind) {
      case BodyKind::kFreeSpace:
        return object->field(kTaggedSize).AsInt32();
      case BodyKind::kFixed:
        return shape->instance_size();
      case BodyKind::kTaggedArray:
      case BodyKind::kDoubleArray:
        return shape->instance_size() + Length(object) * kTaggedSize;
      case BodyKind::kByteArray:
        return ObjectAlign(shape->instance_size() + Length(object));
      case BodyKind::kTwoByteArray:
        return ObjectAlign(shape->instance_size() + 2 * Length(object));
    }
    return 0;
  }

  // The byte offsets [*start, *end) of the Value fields.
  static void TaggedRange(const ShapeLayout* shape, const HeapObject* object,
                          int size, int* start, int* end) {
    switch (BodyKindOf(shape->instance_type())) {
      case BodyKind::kFreeSpace:
        *start = *end = size;
        return;
      case BodyKind::kFixed:
        *start = kTaggedSize;
        *end = size - shape->raw_tail_words() * kTaggedSize;
        return;
      case BodyKind::kTaggedArray:
        *start = 2 * kTaggedSize;
        *end = size;
        return;
      case BodyKind::kByteArray:
      case BodyKind::kTwoByteArray:
      case BodyKind::kDoubleArray:
        *start = 2 * kTaggedSize;
        *end = shape->instance_size();
        return;
    }
    *start = *end = 0;
    (void)object;
  }

  static void IterateBody(const ShapeLayout* shape, HeapObject* object,
                          int size, ObjectVisitor* visitor) {
    int start = 0, end = 0;
    TaggedRange(shape, object, size, &start, &end);
    if (start < end) {
      visitor->VisitPointers(object, object->RawSlot(start),
                             object->RawSlot(end));
    }
  }

  // Checks a shape's fields are consistent with its body kind (sizes aligned,
  // array headers >= 16, raw tail inside the cell). Used by --verify-heap and
  // Heap::AllocateShape.
  static bool IsValidShape(const ShapeLayout* shape);

 private:
  static int Length(const HeapObject* object) {
    return object->field(kTaggedSize).AsInt32();
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_BODY_DESCRIPTORS_H_
