// Copyright 2025 the Lucid authors. MIT license.
// JSArray: an object whose "length" tracks its largest index + 1.

#ifndef LUCID_VM_OBJECTS_JS_ARRAY_H_
#define LUCID_VM_OBJECTS_JS_ARRAY_H_

#include "vm/objects/js_object.h"

namespace lucid {

// JSArray: body kind Fixed, JSObject header plus the length.
//
//   +0   shape        elements kind in the shape (elements_kind.h)
//   +8   properties_or_hash
//   +16  elements     FixedArray (capacity >= length for fast kinds) or
//                     NumberDictionary (DICTIONARY_ELEMENTS)
//   +24  length       number Value, 0 <= length <= 2^32 - 1
//   (+32 in-object properties, normally none)
//
// "length" is not a descriptor: it is this field, presented by
// GetOwnPropertyDescriptor as {value, writable, !enumerable,
// !configurable}. Writing it truncates (Spec: ArraySetLength); storing at
// an index >= length extends it.
class JSArray : public JSObject {
 public:
  static constexpr int kLengthOffset = 24;
  static constexpr int kHeaderSize = 32;
  // Spec: the largest length, 2^32 - 1.
  static constexpr uint32_t kMaxLength = 0xFFFFFFFFu;
  // An array whose length grows past kMaxFastArrayLength with fewer than
  // a quarter of its slots used switches to dictionary elements; one store
  // this far past the end does too (V8's kMaxGap idea).
  static constexpr uint32_t kMaxGap = 1024;
  static constexpr uint32_t kMaxFastArrayLength = 32 * 1024 * 1024;

  static JSArray* cast(Value value) {
    DCHECK(lucid::IsJSArray(value));
    return static_cast<JSArray*>(value.heap_object());
  }

  Value length_value() const { return field(kLengthOffset); }
  uint32_t length() const { return static_cast<uint32_t>(length_value().Number()); }
  void set_length(uint32_t length) {
    set_field(kLengthOffset, Value::FromUint32(length), SKIP_WRITE_BARRIER);
  }

  // Spec: ArraySetLength's core, after the caller validated {new_length}
  // (ToUint32(v) == ToNumber(v), else RangeError "Invalid array length").
  // Deletes elements at or above {new_length}, grows nothing. Returns false
  // if a non-configurable element stopped the truncation (dictionary
  // elements only); the length is then one past it.
  static bool SetLength(Isolate* isolate, Handle<JSArray> array, uint32_t new_length);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_ARRAY_H_
