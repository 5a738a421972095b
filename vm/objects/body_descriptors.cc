// Copyright 2024 the Lucid authors. MIT license.
// Shape consistency checks for the body descriptors.

#include "vm/objects/body_descriptors.h"

namespace lucid {

bool BodyDescriptors::IsValidShape(const ShapeLayout* shape) {
  int type = static_cast<int>(shape->instance_type());
  if (type < 0 || type >= kInstanceTypeCount) return false;
  int size = shape->instance_size();
  if (size % kTaggedSize != 0) return false;
  switch (BodyKindOf(shape->instance_type())) {
    case BodyKind::kFreeSpace:
      return shape->raw_tail_words() == 0;
    case BodyKind::kFixed:
      // At least the shape word; the raw tail inside the body.
      return size >= kTaggedSize &&
             shape->raw_tail_words() * kTaggedSize <= size - kTaggedSize;
    case BodyKind::kTaggedArray:
    case BodyKind::kByteArray:
    case BodyKind::kTwoByteArray:
    case BodyKind::kDoubleArray:
      return size >= 2 * kTaggedSize && shape->raw_tail_words() == 0;
  }
  return false;
}

}  // namespace lucid
