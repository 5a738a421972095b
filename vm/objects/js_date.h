// Copyright the Lucid authors. MIT license.
// JSDate: the Date object cell (runtime/library/builtins_date.cc does the
// time arithmetic).

#ifndef LUCID_VM_OBJECTS_JS_DATE_H_
#define LUCID_VM_OBJECTS_JS_DATE_H_

#include "vm/objects/js_object.h"

namespace lucid {

// JSDate: the JSObject header, then the time value.
//   +24  value   a Number: the time value (ms since the epoch, UTC), or NaN
class JSDate : public JSObject {
 public:
  static constexpr int kValueOffset = 24;
  static constexpr int kHeaderSize = 32;
  static JSDate* cast(Value value) {
    DCHECK(lucid::IsJSDate(value));
    return static_cast<JSDate*>(value.heap_object());
  }
  double time_value() const { return field(kValueOffset).Number(); }
  void set_time_value(double t) {
    set_field(kValueOffset, Value::FromDouble(t), SKIP_WRITE_BARRIER);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_JS_DATE_H_
