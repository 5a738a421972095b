// Copyright 2025 the Lucid authors. MIT license.
// DescriptorArray: the key -> (details) table of fast-mode shapes, shared
// along a transition chain.

#ifndef LUCID_VM_OBJECTS_DESCRIPTORS_H_
#define LUCID_VM_OBJECTS_DESCRIPTORS_H_

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/property_details.h"
#include "vm/objects/string.h"

namespace lucid {

// DescriptorArray: body kind TaggedArray, metadata space.
//
//   +0   shape                  descriptor_array_shape
//   +8   length                 int32 Value: 2 + 2 * capacity
//   +16  [0] number_of_descriptors   int32 Value (entries in use)
//   +24  [1] enum_cache              FixedArray of enumerable String keys
//                                    (a prefix serves every shape sharing
//                                    the array) or undefined
//   +32  [2 + 2i]     key i          Name (internalized String or Symbol)
//   +40  [2 + 2i + 1] details i      PropertyDetails as int32 Value
//
// Sharing (V8's scheme). A chain of shapes built by adding a, then b, then c
// shares one array holding [a, b, c]; each shape sees the first
// number_of_own_descriptors() entries. Only the shape with the longest view
// "owns" the array (owns_descriptors) and may append to it in place (when
// the array has spare capacity) as its child transition is created; a
// branch from a non-owner copies its prefix into a fresh array.
//
//   M0 {}  --a-->  M1 {a}  --b-->  M2 {a,b}  --c-->  M3 {a,b,c}   (owner)
//                    |
//                    +--x-->  M4 {a,x}     (own copy: [a, x])
//
// Because all of M1..M3 read the same entries, generalizing a's
// representation in the shared array updates them all at once; a branch
// with its own copy is reached by walking the transition tree below the
// field's owner (Shape::GeneralizeFieldInPlace).
//
// Field indices: in Lucid every property of a fast shape (data or accessor)
// has a field, and descriptor i's field is field i. Field i lives in-object
// when i < shape.inobject_properties(), else in the PropertyArray at
// i - inobject_properties() (see shape.h "Field storage").
class DescriptorArray : public FixedArray {
 public:
  static constexpr int kNumberOfDescriptorsIndex = 0;
  static constexpr int kEnumCacheIndex = 1;
  static constexpr int kFirstIndex = 2;
  static constexpr int kEntrySize = 2;

  static DescriptorArray* cast(Value value) {
    DCHECK(lucid::IsDescriptorArray(value));
    return static_cast<DescriptorArray*>(value.heap_object());
  }

  // A new array with room for {capacity} entries, {used} of them copied from
  // {source} (which may be null when used == 0).
  static Handle<DescriptorArray> New(Isolate* isolate, int capacity);
  static Handle<DescriptorArray> CopyUpTo(Isolate* isolate, Handle<DescriptorArray> source,
                                          int used, int extra_capacity);

  int number_of_descriptors() const { return get(kNumberOfDescriptorsIndex).AsInt32(); }
  void set_number_of_descriptors(int n) {
    set(kNumberOfDescriptorsIndex, Value::FromInt32(n), SKIP_WRITE_BARRIER);
  }
  int capacity() const { return (length() - kFirstIndex) / kEntrySize; }
  int free_capacity() const { return capacity() - number_of_descriptors(); }

  Name* GetKey(int i) const { return Name::cast(get(KeyIndex(i))); }
  PropertyDetails GetDetails(int i) const { return PropertyDetails::FromValue(get(DetailsIndex(i))); }
  void SetDetails(int i, PropertyDetails details) {
    set(DetailsIndex(i), details.AsValue(), SKIP_WRITE_BARRIER);
  }
  // Appends entry number_of_descriptors(); there must be free capacity.
  void Append(Name* key, PropertyDetails details);
  // Overwrites entry i (used only on arrays owned by one shape).
  void Set(int i, Name* key, PropertyDetails details);

  // Index of {key} among the first {valid} entries, or -1. Keys are
  // internalized, so identity is equality.
  // OPTIMIZATION: a linear scan; V8 sorts by hash and bisects above 8
  // entries. Shapes here are small; revisit with ICs in place.
  int Search(const Name* key, int valid) const;

  Value enum_cache() const { return get(kEnumCacheIndex); }
  void set_enum_cache(Value cache) { set(kEnumCacheIndex, cache); }

  static constexpr int KeyIndex(int i) { return kFirstIndex + i * kEntrySize; }
  static constexpr int DetailsIndex(int i) { return kFirstIndex + i * kEntrySize + 1; }
  static constexpr int LengthFor(int capacity) { return kFirstIndex + capacity * kEntrySize; }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_DESCRIPTORS_H_
