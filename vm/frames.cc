// Copyright the Lucid authors. MIT license.
//
// The JS stack walker.

#include "vm/frames.h"

#include "vm/isolate.h"

namespace lucid {

FrameIterator::FrameIterator(Isolate* isolate)
    : fp_(reinterpret_cast<Value*>(isolate->js_fp())) {}

}  // namespace lucid
