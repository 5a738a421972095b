// Copyright 2025 the Lucid authors. MIT license.
// TransitionArray: a shape's outgoing edges, (key, attributes) -> child.

#ifndef LUCID_VM_OBJECTS_TRANSITIONS_H_
#define LUCID_VM_OBJECTS_TRANSITIONS_H_

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/property_details.h"
#include "vm/objects/string.h"

namespace lucid {

class Shape;

// TransitionArray: body kind TaggedArray, metadata space. Hangs off
// Shape::raw_transitions (undefined when a shape has no children).
//
//   +0   shape               transition_array_shape
//   +8   length              int32 Value: 1 + 3 * capacity
//   +16  [0] count           int32 Value: transitions in use
//   +24  [1 + 3i]     key    Name, or the elements_transition symbol
//   +32  [1 + 3i + 1] info   int32 Value: PropertyKind << 3 | attributes for
//                            a property edge; the target ElementsKind for an
//                            elements-kind edge
//   +40  [1 + 3i + 2] target child Shape
//
// Entries are unsorted: lookups scan. A shape with a wide fan-out stops
// getting new edges at kMaxNumberOfTransitions (its further children are
// made without an edge, as V8 does), which bounds the scan.
//
// Targets are weak (WEAK_BODY_TYPE_LIST, vm/objects/body_descriptors.h):
// a child shape that nothing else keeps alive dies at the next full GC,
// which removes its edge (the live entries keep their order; count
// shrinks). Keys are strong. Deprecated children are unlinked too, so
// replaced branches are not found again.
class TransitionArray : public FixedArray {
 public:
  static constexpr int kCountIndex = 0;
  static constexpr int kFirstIndex = 1;
  static constexpr int kEntrySize = 3;
  static constexpr int kMaxNumberOfTransitions = 1536;

  static TransitionArray* cast(Value value) {
    DCHECK(lucid::IsTransitionArray(value));
    return static_cast<TransitionArray*>(value.heap_object());
  }

  int count() const { return get(kCountIndex).AsInt32(); }
  int capacity() const { return (length() - kFirstIndex) / kEntrySize; }
  Name* GetKey(int i) const { return Name::cast(get(kFirstIndex + i * kEntrySize)); }
  int GetInfo(int i) const { return get(kFirstIndex + i * kEntrySize + 1).AsInt32(); }
  Shape* GetTarget(int i) const;

  // Encodes a property edge's info.
  static constexpr int PropertyInfo(PropertyKind kind, PropertyAttributes attributes) {
    return static_cast<int>(kind) << 3 | static_cast<int>(attributes);
  }

  // The child for (key, info), or null.
  static Shape* Search(const Shape* parent, const Name* key, int info);
  // Adds the edge parent --(key, info)--> target (replacing an existing edge
  // for the same (key, info)). Returns false when the fan-out limit is hit
  // (the caller keeps the target unlinked).
  static bool Insert(Isolate* isolate, Handle<Shape> parent, Handle<Name> key, int info,
                     Handle<Shape> target);
  // Drops the edge to {target} if present (deprecation unlinks the
  // replaced branch).
  static void Remove(Shape* parent, const Shape* target);
  // Number of children (0 if none).
  static int NumberOfTransitions(const Shape* parent);
  // The i-th child (tree walks: generalization, slack tracking).
  static Shape* TargetAt(const Shape* parent, int i);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_TRANSITIONS_H_
