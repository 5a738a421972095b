// Copyright the Lucid authors. MIT license.
//
// %HaveSameMap, %HasFastProperties, %DebugPrint.

#include "runtime/natives.h"

#include <cstdio>
#include <string>

#include "runtime/builtins.h"
#include "runtime/console.h"
#include "vm/isolate.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

namespace lucid {

bool LookupNative(std::string_view name, Builtin* id) {
#define V(NativeName, builtin)   \
  if (name == #NativeName) {     \
    *id = Builtin::k##builtin;   \
    return true;                 \
  }
  NATIVE_LIST(V)
#undef V
  return false;
}

// %HaveSameMap(a, b): both objects have the same shape.
Value Builtin_NativeHaveSameMap(Isolate*, BuiltinArguments args) {
  Value a = args[0], b = args[1];
  if (!a.IsHeapObject() || !b.IsHeapObject()) return Value::False();
  return Value::FromBool(a.heap_object()->shape_layout() == b.heap_object()->shape_layout());
}

// %HasFastProperties(o): not in dictionary mode.
Value Builtin_NativeHasFastProperties(Isolate*, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) return Value::True();
  return Value::FromBool(JSReceiver::cast(args[0])->HasFastProperties());
}

// %DebugPrint(value): a short description of the value and its shape on
// stdout; returns the value.
Value Builtin_NativeDebugPrint(Isolate* isolate, BuiltinArguments args) {
  Value v = args[0];
  std::string out = "DebugPrint: ";
  if (!IsJSReceiver(v)) {
    out += FormatForConsole(isolate, v, false);
    if (isolate->has_pending_exception()) return Value::Exception();
    out += "\n";
  } else {
    JSReceiver* object = JSReceiver::cast(v);
    Shape* shape = object->shape();
    out += FormatForConsole(isolate, v, false);
    if (isolate->has_pending_exception()) return Value::Exception();
    object = JSReceiver::cast(args[0]);
    shape = object->shape();
    out += "\n - shape: M" + std::to_string(shape->trace_id()) + " " +
           (shape->has_fast_properties() ? "[FastProperties]" : "[DictionaryProperties]");
    out += "\n - elements kind: ";
    out += ElementsKindName(shape->elements_kind());
    out += "\n - in-object slots: " + std::to_string(shape->inobject_properties());
    out += "\n - prototype: ";
    Value proto = object->GetPrototype();
    out += proto.IsNull() ? "null" : "#<" + std::string(IsCallable(proto) ? "Function" : "Object") + ">";
    if (shape->has_fast_properties()) out += "\n - properties: " + shape->DescribeProperties();
    out += "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return args[0];
}

}  // namespace lucid
