// Copyright the Lucid authors. MIT license.
// Helpers shared by the node-style host's builtins (node_util.h).

#include "runtime/node/node_util.h"

#include <cmath>

#include "runtime/builtins.h"
#include "runtime/library/inspect.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"

namespace lucid {
namespace node {

Value ThrowNodeError(Isolate* isolate, ErrorKind kind, std::string_view code, std::string_view message) {
  library::ThrowErrorKind(isolate, kind, message);
  HandleScope scope(isolate);
  Handle<Value> error(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  if (error->IsHeapObject() && IsJSReceiver(*error)) SetString(isolate, Handle<JSObject>::cast(error), "code", code);
  isolate->Throw(*error);
  return Value::Exception();
}

namespace {

// util.inspect's text, or "" if inspecting threw (the exception is dropped:
// this only builds a message).
std::string InspectForMessage(Isolate* isolate, Handle<Value> value, int depth) {
  InspectOptions options;
  options.depth = depth;
  std::u16string text;
  if (!InspectValue(isolate, value, options, &text)) {
    isolate->clear_pending_exception();
    return "";
  }
  return library::U16ToUtf8(text);
}

}  // namespace

std::string DescribeReceived(Isolate* isolate, Handle<Value> value) {
  HandleScope scope(isolate);
  if (value->IsUndefined()) return "Received undefined";
  if (value->IsNull()) return "Received null";
  if (library::IsCallableValue(*value)) {
    MaybeHandle<Value> name = library::GetProperty(isolate, value, "name");
    Handle<Value> name_value;
    if (name.ToHandle(&name_value) && IsString(*name_value) && String::cast(*name_value)->length() > 0) {
      return "Received function " + String::cast(*name_value)->ToUTF8();
    }
    if (name_value.is_null()) isolate->clear_pending_exception();
  } else if (value->IsHeapObject() && IsJSReceiver(*value)) {
    MaybeHandle<Value> ctor = library::GetProperty(isolate, value, "constructor");
    Handle<Value> ctor_value;
    if (ctor.ToHandle(&ctor_value) && ctor_value->IsHeapObject() && IsJSReceiver(*ctor_value)) {
      MaybeHandle<Value> name = library::GetProperty(isolate, ctor_value, "name");
      Handle<Value> name_value;
      if (name.ToHandle(&name_value) && IsString(*name_value) && String::cast(*name_value)->length() > 0) {
        return "Received an instance of " + String::cast(*name_value)->ToUTF8();
      }
    }
    if (isolate->has_pending_exception()) isolate->clear_pending_exception();
    return "Received " + InspectForMessage(isolate, value, -1);
  }
  std::string inspected = InspectForMessage(isolate, value, 2);
  if (inspected.size() > 28) inspected = inspected.substr(0, 25) + "...";
  return std::string("Received type ") + library::TypeOfName(*value) + " (" + inspected + ")";
}

Value ThrowInvalidArgType(Isolate* isolate, std::string_view name, std::string_view expected,
                          Handle<Value> actual) {
  // "must be an instance of Array" / "must be of type string or an instance of Buffer".
  std::string kind = expected.starts_with("an instance of") ? "" : "of type ";
  // node says "property" for a dotted name ("options.resolution").
  const char* what = name.find('.') != std::string_view::npos ? "property" : "argument";
  std::string message = "The \"" + std::string(name) + "\" " + what + " must be " + kind +
                        std::string(expected) + ". " + DescribeReceived(isolate, actual);
  return ThrowNodeError(isolate, ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE", message);
}

Value ThrowOutOfRange(Isolate* isolate, std::string_view name, std::string_view range,
                      std::string_view received) {
  std::string message = "The value of \"" + std::string(name) + "\" is out of range. It must be " +
                        std::string(range) + ". Received " + std::string(received);
  return ThrowNodeError(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE", message);
}

Handle<JSObject> NewObject(Isolate* isolate) { return FactoryOf(isolate)->NewJSObject(); }

void Set(Isolate* isolate, Handle<JSObject> object, const char* name, Handle<Value> value) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  (void)library::CreateDataPropertyOrThrow(isolate, object, PropertyKey::FromName(key), value);
}

Handle<Value> NumberValue(Isolate* isolate, double value) {
  return Handle<Value>(Value::FromDouble(value), isolate);
}

Handle<Value> StringValue(Isolate* isolate, std::string_view utf8) {
  return Handle<Value>(FactoryOf(isolate)->NewStringFromUtf8(utf8)->ToValue(), isolate);
}

void SetNumber(Isolate* isolate, Handle<JSObject> object, const char* name, double value) {
  Set(isolate, object, name, NumberValue(isolate, value));
}

void SetString(Isolate* isolate, Handle<JSObject> object, const char* name, std::string_view utf8) {
  Set(isolate, object, name, StringValue(isolate, utf8));
}

Handle<Value> NewByteArray(Isolate* isolate, std::string_view bytes) {
  Factory* factory = FactoryOf(isolate);
  int length = static_cast<int>(bytes.size());
  Handle<FixedArray> elements = factory->NewFixedArray(length);
  for (int i = 0; i < length; i++) {
    (*elements)->set(i, Value::FromInt32(static_cast<uint8_t>(bytes[i])));
  }
  Handle<JSArray> array = factory->NewJSArrayWithElements(elements);
  Handle<JSObject> to_string = NewBuiltinFunction(isolate, Builtin::kBytesToString);
  Handle<Name> key = factory->InternalizeAscii("toString");
  JSObject::AddProperty(isolate, array, key, to_string, DONT_ENUM);
  return array;
}

BytesResult ValueToBytes(Isolate* isolate, Handle<Value> value, std::string* out) {
  if (IsString(*value)) {
    *out = String::cast(*value)->ToUTF8();
    return BytesResult::kOk;
  }
  if (!library::IsArrayValue(*value)) return BytesResult::kWrongType;
  HandleScope scope(isolate);
  double length;
  if (!library::LengthOfArrayLike(isolate, Handle<JSReceiver>::cast(value), &length)) {
    return BytesResult::kException;
  }
  out->clear();
  for (double i = 0; i < length; i++) {
    HandleScope inner(isolate);
    Handle<Value> element;
    if (!library::GetElement(isolate, value, i).ToHandle(&element)) return BytesResult::kException;
    double number;
    if (!library::ToNumber(isolate, element, &number)) return BytesResult::kException;
    int64_t byte = std::isfinite(number) ? static_cast<int64_t>(std::trunc(number)) : 0;
    out->push_back(static_cast<char>(static_cast<uint8_t>(byte & 0xFF)));
  }
  return BytesResult::kOk;
}

namespace {

std::string Base64(std::string_view bytes) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t n = (static_cast<uint8_t>(bytes[i]) << 16) | (static_cast<uint8_t>(bytes[i + 1]) << 8) |
                 static_cast<uint8_t>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(kAlphabet[(n >> shift) & 63]);
  }
  size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16;
    if (rest == 2) n |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out.push_back(kAlphabet[(n >> 18) & 63]);
    out.push_back(kAlphabet[(n >> 12) & 63]);
    out.push_back(rest == 2 ? kAlphabet[(n >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

}  // namespace

bool DecodeBytes(Isolate* isolate, std::string_view bytes, std::string_view encoding,
                 Handle<Value>* out) {
  Factory* factory = FactoryOf(isolate);
  if (encoding == "utf8" || encoding == "utf-8") {
    *out = Handle<Value>(factory->NewStringFromUtf8(bytes)->ToValue(), isolate);
  } else if (encoding == "hex") {
    static const char kHex[] = "0123456789abcdef";
    std::string text;
    for (char c : bytes) {
      text.push_back(kHex[static_cast<uint8_t>(c) >> 4]);
      text.push_back(kHex[static_cast<uint8_t>(c) & 15]);
    }
    *out = Handle<Value>(factory->NewStringFromAscii(text)->ToValue(), isolate);
  } else if (encoding == "base64") {
    *out = Handle<Value>(factory->NewStringFromAscii(Base64(bytes))->ToValue(), isolate);
  } else if (encoding == "latin1" || encoding == "binary") {
    std::span<const uint8_t> chars(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    *out = Handle<Value>(factory->NewStringFromOneByte(chars)->ToValue(), isolate);
  } else {
    return false;
  }
  return true;
}

}  // namespace node

// toString([encoding]) of a byte array (NewByteArray).
Value Builtin_BytesToString(Isolate* isolate, BuiltinArguments args) {
  std::string bytes;
  node::BytesResult result = node::ValueToBytes(isolate, args.receiver(), &bytes);
  if (result == node::BytesResult::kException) return Value::Exception();
  if (result == node::BytesResult::kWrongType) {
    return library::ThrowTypeError(isolate, "toString called on a value that is not a byte array");
  }
  std::string encoding = "utf8";
  if (!args[0].IsUndefined()) {
    Handle<String> name;
    if (!library::ToString(isolate, args.at(0)).ToHandle(&name)) return Value::Exception();
    encoding = (*name)->ToUTF8();
  }
  Handle<Value> text;
  if (!node::DecodeBytes(isolate, bytes, encoding, &text)) {
    return node::ThrowNodeError(isolate, ErrorKind::kTypeError, "ERR_UNKNOWN_ENCODING",
                                "Unknown encoding: " + encoding);
  }
  return *text;
}

}  // namespace lucid
