// Copyright 2024 the Lucid authors. MIT license.
// HeapObject sizing and visiting through the body descriptors; shape
// initialization.

#include "vm/objects/heap_object.h"

#include "vm/objects/body_descriptors.h"

namespace lucid {

int HeapObject::Size() const {
  return BodyDescriptors::SizeOf(shape_layout(), this);
}

void HeapObject::IterateBody(ObjectVisitor* visitor) {
  ShapeLayout* shape = shape_layout();
  BodyDescriptors::IterateBody(shape, this, BodyDescriptors::SizeOf(shape, this), visitor);
}

void ShapeLayout::Initialize(InstanceType type, int instance_size, int raw_tail_words) {
  for (int offset = kPrototypeOffset; offset <= kLastTaggedOffset; offset += kTaggedSize) {
    *RawSlot(offset) = Value::Undefined();
  }
  *RawSlot(kPrototypeOffset) = Value::Null();
  for (int offset = kInstanceTypeOffset; offset < kSize; offset += kTaggedSize) {
    set_raw_field<uint64_t>(offset, 0);
  }
  set_instance_type(type);
  set_instance_size(instance_size);
  set_raw_tail_words(raw_tail_words);
}

const char* RootDescription(Root root) {
  static constexpr const char* kDescriptions[] = {
#define V(Name, description) description,
      ROOT_KIND_LIST(V)
#undef V
  };
  return kDescriptions[static_cast<int>(root)];
}

}  // namespace lucid
