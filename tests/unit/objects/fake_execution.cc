// Copyright 2025 the Lucid authors. MIT license.
// A stand-in for the interpreter's Execution::Call, so object-model tests can
// run accessors: the callee's SharedFunctionInfo function_data is an index
// into a table of C++ functions. Also the fixture helpers.
#include <vector>

#include "tests/unit/objects/objects_test_util.h"
#include "vm/objects/js_function.h"
#include "vm/objects/symbol.h"

namespace lucid {

namespace {
// Test-only registry (tests are single-threaded; engine code has no such
// global state).
std::vector<FakeNative>& Natives() {
  static std::vector<FakeNative> natives;
  return natives;
}
}  // namespace

int RegisterFakeNative(FakeNative native) {
  Natives().push_back(native);
  return static_cast<int>(Natives().size()) - 1;
}

MaybeHandle<Value> Execution::Call(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                                   int argc, const Handle<Value>* argv) {
  CHECK(IsJSFunction(*callable));
  Value data = JSFunction::cast(*callable)->shared()->function_data();
  CHECK(data.IsInt32());
  return Natives()[static_cast<size_t>(data.AsInt32())](isolate, receiver, argc, argv);
}

MaybeHandle<Value> Execution::Construct(Isolate*, Handle<Value>, int, const Handle<Value>*, Handle<Value>) {
  UNIMPLEMENTED();
}

Handle<JSFunction> ObjectsTest::NewNativeFunction(FakeNative native) {
  Handle<SharedFunctionInfo> shared =
      factory()->NewSharedFunctionInfo(factory()->empty_string(), FunctionKind::kBuiltin);
  shared->set_function_data(Value::FromInt32(RegisterFakeNative(native)));
  return factory()->NewJSFunction(shared, Undef());
}

std::string ObjectsTest::Keys(Handle<FixedArray> keys) {
  std::string out;
  for (int i = 0; i < keys->length(); ++i) {
    if (i > 0) out += ",";
    Value key = keys->get(i);
    out += IsSymbol(key) ? Symbol::cast(key)->ToDescriptiveString() : String::cast(key)->ToUTF8();
  }
  return out;
}

}  // namespace lucid
