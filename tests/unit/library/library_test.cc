// Copyright the Lucid authors. MIT license.
// runtime/library from C++: inspect of factory-built objects, JSON
// stringify/parse of plain data, number formatting, against node's output.

#include <gtest/gtest.h>

#include <string>

#include "runtime/bootstrapper.h"
#include "runtime/library/inspect.h"
#include "runtime/library/json.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

using library::NewAscii;
using library::U16ToUtf8;

class LibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    isolate_ = Isolate::New();
    Bootstrap(isolate_);
  }
  void TearDown() override { Isolate::Dispose(isolate_); }

  Factory* factory() { return FactoryOf(isolate_); }
  Handle<Value> Num(double d) { return handle(Value::FromDouble(d), isolate_); }
  Handle<Value> Str(const char* s) { return NewAscii(isolate_, s); }

  void Set(Handle<JSObject> object, const char* key, Handle<Value> value) {
    ASSERT_TRUE(library::CreateDataPropertyOrThrow(isolate_, object,
                                                   library::KeyForName(isolate_, key), value));
  }
  Handle<JSArray> Array(std::initializer_list<Handle<Value>> values) {
    Handle<JSArray> array = factory()->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
    uint32_t i = 0;
    for (Handle<Value> v : values) {
      EXPECT_TRUE(library::CreateDataPropertyOrThrow(isolate_, array, PropertyKey::FromIndex(i++), v));
    }
    return array;
  }
  std::string Inspect(Handle<Value> value) {
    std::u16string out;
    EXPECT_TRUE(InspectValue(isolate_, value, InspectOptions(), &out));
    return U16ToUtf8(out);
  }
  std::string Stringify(Handle<Value> value, Handle<Value> space) {
    Handle<Value> none = handle(Value::Undefined(), isolate_);
    Handle<Value> result;
    EXPECT_TRUE(JsonStringify(isolate_, value, none, space).ToHandle(&result));
    if (result->IsUndefined()) return "undefined";
    return String::cast(*result)->ToUTF8();
  }

  Isolate* isolate_ = nullptr;
};

TEST_F(LibraryTest, InspectPrimitivesLikeNode) {
  HandleScope scope(isolate_);
  EXPECT_EQ(Inspect(Num(-0.0)), "-0");
  EXPECT_EQ(Inspect(Num(1e21)), "1e+21");
  EXPECT_EQ(Inspect(Str("it's")), "\"it's\"");
  EXPECT_EQ(Inspect(Str("a\nb")), "'a\\nb'");
  EXPECT_EQ(Inspect(handle(Value::Undefined(), isolate_)), "undefined");
}

TEST_F(LibraryTest, InspectObjectsAndArrays) {
  HandleScope scope(isolate_);
  Handle<JSObject> object = factory()->NewJSObject();
  Set(object, "a", Num(1));
  Set(object, "b-c", Str("x"));
  Set(object, "list", Array({Num(1), Num(2)}));
  EXPECT_EQ(Inspect(object), "{ a: 1, 'b-c': 'x', list: [ 1, 2 ] }");
  Handle<JSArray> seven = Array({Num(0), Num(1), Num(2), Num(3), Num(4), Num(5), Num(6)});
  EXPECT_EQ(Inspect(seven), "[\n  0, 1, 2, 3,\n  4, 5, 6\n]");
  Handle<JSArray> holes = factory()->NewJSArray(HOLEY_SMI_ELEMENTS, 5, 5);
  EXPECT_EQ(Inspect(holes), "[ <5 empty items> ]");
}

TEST_F(LibraryTest, InspectCircular) {
  HandleScope scope(isolate_);
  Handle<JSObject> object = factory()->NewJSObject();
  Set(object, "name", Str("o"));
  Set(object, "self", object);
  EXPECT_EQ(Inspect(object), "<ref *1> { name: 'o', self: [Circular *1] }");
}

TEST_F(LibraryTest, InspectNullPrototype) {
  HandleScope scope(isolate_);
  Handle<Value> null = handle(Value::Null(), isolate_);
  Handle<JSObject> object = factory()->NewJSObjectWithPrototype(null);
  EXPECT_EQ(Inspect(object), "[Object: null prototype] {}");
}

TEST_F(LibraryTest, StringifyPlainData) {
  HandleScope scope(isolate_);
  Handle<JSObject> object = factory()->NewJSObject();
  Set(object, "a", Array({Num(1), Str("x"), handle(Value::Undefined(), isolate_)}));
  Set(object, "z", Num(-0.0));
  Set(object, "n", Num(std::nan("")));
  Set(object, "u", handle(Value::Undefined(), isolate_));
  Handle<Value> none = handle(Value::Undefined(), isolate_);
  EXPECT_EQ(Stringify(object, none), "{\"a\":[1,\"x\",null],\"z\":0,\"n\":null}");
  EXPECT_EQ(Stringify(Array({Num(1)}), Num(2)), "[\n  1\n]");
  EXPECT_EQ(Stringify(none, none), "undefined");
}

TEST_F(LibraryTest, StringifyCycleIsATypeError) {
  HandleScope scope(isolate_);
  Handle<JSObject> object = factory()->NewJSObject();
  Set(object, "self", object);
  Handle<Value> none = handle(Value::Undefined(), isolate_);
  EXPECT_TRUE(JsonStringify(isolate_, object, none, none).is_null());
  EXPECT_TRUE(isolate_->has_pending_exception());
  isolate_->clear_pending_exception();
}

TEST_F(LibraryTest, ParseIsIterativeForDeepArrays) {
  HandleScope scope(isolate_);
  const int kDepth = 200000;
  std::string text(kDepth, '[');
  text += std::string(kDepth, ']');
  Handle<String> source = factory()->NewStringFromAscii(text);
  Handle<Value> none = handle(Value::Undefined(), isolate_);
  Handle<Value> result;
  ASSERT_TRUE(JsonParse(isolate_, source, none).ToHandle(&result));
  EXPECT_TRUE(IsJSArray(*result));
}

TEST_F(LibraryTest, ParseErrorsUseV8Messages) {
  HandleScope scope(isolate_);
  Handle<Value> none = handle(Value::Undefined(), isolate_);
  Handle<String> source = factory()->NewStringFromAscii("[1,2");
  EXPECT_TRUE(JsonParse(isolate_, source, none).is_null());
  Handle<Value> error = handle(isolate_->pending_exception(), isolate_);
  isolate_->clear_pending_exception();
  Handle<Value> message;
  ASSERT_TRUE(library::GetProperty(isolate_, error, "message").ToHandle(&message));
  EXPECT_EQ(String::cast(*message)->ToUTF8(),
            "Expected ',' or ']' after array element in JSON at position 4");
}

TEST_F(LibraryTest, NumberFormattingThroughJson) {
  HandleScope scope(isolate_);
  Handle<Value> none = handle(Value::Undefined(), isolate_);
  EXPECT_EQ(Stringify(Num(0.1 + 0.2), none), "0.30000000000000004");
  EXPECT_EQ(Stringify(Num(1e-7), none), "1e-7");
  EXPECT_EQ(Stringify(Num(123456789012345680000.0), none), "123456789012345680000");
}

}  // namespace
}  // namespace lucid
