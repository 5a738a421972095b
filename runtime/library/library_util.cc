// Copyright the Lucid authors. MIT license.
// Shared helpers of the standard library builtins: abstract operations,
// property access on any Value, errors, UTF-16 strings.

#include "runtime/library/library_util.h"

#include <cmath>
#include <vector>

#include "vm/conversions.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace library {

Factory* F(Isolate* isolate) { return FactoryOf(isolate); }

// -- Errors ---------------------------------------------------------------------------

Value ThrowErrorKind(Isolate* isolate, ErrorKind kind, std::string_view message) {
  HandleScope scope(isolate);
  Handle<JSError> error = F(isolate)->NewError(kind, message);
  // NOTE: the interpreter owns stack capture; errors made by builtins show
  // the JS frames that called them, as V8's do.
  CaptureErrorStack(isolate, error, Value::Undefined());
  return isolate->Throw(error->ToValue());
}

Value ThrowTemplate(Isolate* isolate, MessageTemplate t,
                    std::initializer_list<std::string_view> args) {
  return ThrowErrorKind(isolate, MessageErrorKind(t), FormatMessage(t, args));
}

// -- Type tests -----------------------------------------------------------------------

bool IsCallableValue(Value value) { return lucid::IsCallable(value); }

bool IsConstructorValue(Value value) { return lucid::IsConstructor(value); }

bool IsArrayValue(Value value) { return lucid::IsJSArray(value); }

const char* TypeOfName(Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "object";
  if (value.IsBoolean()) return "boolean";
  if (value.IsNumber()) return "number";
  if (lucid::IsString(value)) return "string";
  if (lucid::IsSymbol(value)) return "symbol";
  if (lucid::IsCallable(value)) return "function";
  return "object";
}

bool ToBooleanValue(Value value) {
  if (value.IsBoolean()) return value.IsTrue();
  if (value.IsNullOrUndefined()) return false;
  if (value.IsInt32()) return value.AsInt32() != 0;
  if (value.IsNumber()) {
    double d = value.Number();
    return !(d == 0 || std::isnan(d));
  }
  if (lucid::IsString(value)) return String::cast(value)->length() != 0;
  return true;
}

// -- Conversions ------------------------------------------------------------------------

MaybeHandle<Value> ToPrimitive(Isolate* isolate, Handle<Value> value, ToPrimitiveHint hint) {
  if (!lucid::IsJSReceiver(*value)) return value;
  // Spec: 2.a. Let exoticToPrim be ? GetMethod(input, @@toPrimitive).
  PropertyKey to_prim =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_primitive_symbol)));
  Handle<Value> exotic;
  if (!GetProperty(isolate, value, to_prim).ToHandle(&exotic)) return {};
  if (!exotic->IsNullOrUndefined()) {
    if (!IsCallableValue(*exotic)) {
      ThrowTypeError(isolate, "Symbol.toPrimitive is not a function");
      return {};
    }
    const char* hint_name = hint == ToPrimitiveHint::kNumber   ? "number"
                            : hint == ToPrimitiveHint::kString ? "string"
                                                               : "default";
    Handle<Value> hint_string = NewAscii(isolate, hint_name);
    Handle<Value> result;
    if (!Call(isolate, exotic, value, {hint_string}).ToHandle(&result)) return {};
    if (lucid::IsJSReceiver(*result)) {
      ThrowTemplate(isolate, MessageTemplate::kCannotConvertToPrimitive);
      return {};
    }
    return result;
  }
  // Spec: OrdinaryToPrimitive(input, hint).
  const char* order[2] = {"valueOf", "toString"};
  if (hint == ToPrimitiveHint::kString) std::swap(order[0], order[1]);
  for (const char* name : order) {
    Handle<Value> method;
    if (!GetProperty(isolate, value, name).ToHandle(&method)) return {};
    if (!IsCallableValue(*method)) continue;
    Handle<Value> result;
    if (!Call(isolate, method, value, {}).ToHandle(&result)) return {};
    if (!lucid::IsJSReceiver(*result)) return result;
  }
  ThrowTemplate(isolate, MessageTemplate::kCannotConvertToPrimitive);
  return {};
}

double PrimitiveToNumber(Value value) {
  if (value.IsNumber()) return value.Number();
  if (value.IsUndefined()) return std::nan("");
  if (value.IsNull() || value.IsFalse()) return 0;
  if (value.IsTrue()) return 1;
  if (lucid::IsString(value)) {
    std::u16string units = ToU16(String::cast(value));
    return StringToNumber(
        std::span<const uint16_t>(reinterpret_cast<const uint16_t*>(units.data()), units.size()));
  }
  return std::nan("");
}

bool ToNumber(Isolate* isolate, Handle<Value> value, double* out) {
  if (value->IsNumber()) {
    *out = value->Number();
    return true;
  }
  Handle<Value> primitive = value;
  if (lucid::IsJSReceiver(*value)) {
    if (!ToPrimitive(isolate, value, ToPrimitiveHint::kNumber).ToHandle(&primitive)) return false;
  }
  if (lucid::IsSymbol(*primitive)) {
    ThrowTemplate(isolate, MessageTemplate::kSymbolToNumber);
    return false;
  }
  *out = PrimitiveToNumber(*primitive);
  return true;
}

bool ToIntegerOrInfinity(Isolate* isolate, Handle<Value> value, double* out) {
  if (value->IsInt32()) {
    *out = value->AsInt32();
    return true;
  }
  double d;
  if (!ToNumber(isolate, value, &d)) return false;
  *out = DoubleToIntegerOrInfinity(d);
  return true;
}

bool ToLength(Isolate* isolate, Handle<Value> value, double* out) {
  double d;
  if (!ToIntegerOrInfinity(isolate, value, &d)) return false;
  if (d <= 0) d = 0;
  if (d > 9007199254740991.0) d = 9007199254740991.0;
  *out = d;
  return true;
}

bool ToInt32(Isolate* isolate, Handle<Value> value, int32_t* out) {
  if (value->IsInt32()) {
    *out = value->AsInt32();
    return true;
  }
  double d;
  if (!ToNumber(isolate, value, &d)) return false;
  *out = DoubleToInt32(d);
  return true;
}

bool ToUint32(Isolate* isolate, Handle<Value> value, uint32_t* out) {
  double d;
  if (!ToNumber(isolate, value, &d)) return false;
  *out = DoubleToUint32(d);
  return true;
}

MaybeHandle<String> ToString(Isolate* isolate, Handle<Value> value) {
  Value v = *value;
  Roots roots = isolate->roots();
  if (lucid::IsString(v)) return Handle<String>::cast(value);
  if (v.IsNumber()) return F(isolate)->NumberToString(value);
  if (v.IsUndefined()) return Handle<String>(roots.slot(RootIndex::k_undefined_string));
  if (v.IsNull()) return Handle<String>(roots.slot(RootIndex::k_null_string));
  if (v.IsTrue()) return Handle<String>(roots.slot(RootIndex::k_true_string));
  if (v.IsFalse()) return Handle<String>(roots.slot(RootIndex::k_false_string));
  if (lucid::IsSymbol(v)) {
    ThrowTemplate(isolate, MessageTemplate::kSymbolToString);
    return {};
  }
  Handle<Value> primitive;
  if (!ToPrimitive(isolate, value, ToPrimitiveHint::kString).ToHandle(&primitive)) return {};
  return ToString(isolate, primitive);
}

MaybeHandle<JSReceiver> ToObject(Isolate* isolate, Handle<Value> value) {
  if (lucid::IsJSReceiver(*value)) return Handle<JSReceiver>::cast(value);
  if (value->IsNullOrUndefined()) {
    ThrowTemplate(isolate, MessageTemplate::kUndefinedOrNullToObject);
    return {};
  }
  return Handle<JSReceiver>::cast(F(isolate)->NewJSPrimitiveWrapper(value));
}

MaybeHandle<String> ThisToString(Isolate* isolate, Handle<Value> receiver, const char* method) {
  if (receiver->IsNullOrUndefined()) {
    std::string name = std::string("String.prototype.") + method;
    ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined, {name});
    return {};
  }
  return ToString(isolate, receiver);
}

bool ToPropertyKey(Isolate* isolate, Handle<Value> value, PropertyKey* out) {
  Handle<Value> primitive = value;
  if (lucid::IsJSReceiver(*value)) {
    if (!ToPrimitive(isolate, value, ToPrimitiveHint::kString).ToHandle(&primitive)) return false;
  }
  *out = PropertyKey::From(isolate, primitive);
  return true;
}

bool RelativeIndex(Isolate* isolate, Handle<Value> value, double length, double default_value,
                   double* out) {
  if (value->IsUndefined()) {
    *out = default_value;
    return true;
  }
  double relative;
  if (!ToIntegerOrInfinity(isolate, value, &relative)) return false;
  if (relative < 0) {
    *out = std::max(length + relative, 0.0);
  } else {
    *out = std::min(relative, length);
  }
  return true;
}

// -- Property access ---------------------------------------------------------------------

namespace {

Handle<JSReceiver> PrototypeForPrimitive(Isolate* isolate, Value value) {
  int field = NativeContext::k_object_prototype;
  if (lucid::IsString(value)) field = NativeContext::k_string_prototype;
  else if (value.IsNumber()) field = NativeContext::k_number_prototype;
  else if (value.IsBoolean()) field = NativeContext::k_boolean_prototype;
  else if (lucid::IsSymbol(value)) field = NativeContext::k_symbol_prototype;
  return Handle<JSReceiver>::cast(Intrinsic(isolate, field));
}

}  // namespace

MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<Value> object, const PropertyKey& key) {
  if (lucid::IsJSReceiver(*object)) {
    return JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(object), key, object);
  }
  if (object->IsNullOrUndefined()) {
    std::string key_text = key.ToDebugString();
    ThrowTemplate(isolate, MessageTemplate::kNonObjectPropertyLoad,
                  {object->IsNull() ? "null" : "undefined", key_text});
    return {};
  }
  if (lucid::IsString(*object)) {
    String* string = String::cast(*object);
    if (key.is_index()) {
      if (key.index() < static_cast<uint32_t>(string->length())) {
        uint16_t unit = string->Get(static_cast<int>(key.index()));
        return F(isolate)->LookupSingleCharacterString(unit);
      }
    } else if (*key.name() == isolate->roots().length_string().heap_object()) {
      return handle(Value::FromInt32(string->length()), isolate);
    }
  }
  Handle<JSReceiver> proto = PrototypeForPrimitive(isolate, *object);
  return JSReceiver::GetProperty(isolate, proto, key, object);
}

MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<Value> object, std::string_view name) {
  return GetProperty(isolate, object, KeyForName(isolate, name));
}

MaybeHandle<Value> GetElement(Isolate* isolate, Handle<Value> object, double index) {
  return GetProperty(isolate, object, KeyForIndex(isolate, index));
}

PropertyKey KeyForIndex(Isolate* isolate, double index) {
  uint32_t as_index;
  if (DoubleToArrayIndex(index, &as_index)) return PropertyKey::FromIndex(as_index);
  Handle<Value> number = handle(Value::FromDouble(index), isolate);
  return PropertyKey::From(isolate, number);
}

PropertyKey KeyForName(Isolate* isolate, std::string_view name) {
  return PropertyKey::From(isolate, name);
}

bool SetPropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                        Handle<Value> value) {
  MaybeBool ok = JSReceiver::SetProperty(isolate, object, key, value);
  if (!ok.has_value()) return false;
  if (!*ok) {
    ThrowStoreFailed(isolate, object, key);
    return false;
  }
  return true;
}

bool SetElementOrThrow(Isolate* isolate, Handle<JSReceiver> object, double index,
                       Handle<Value> value) {
  return SetPropertyOrThrow(isolate, object, KeyForIndex(isolate, index), value);
}

bool SetNamedOrThrow(Isolate* isolate, Handle<JSReceiver> object, std::string_view name,
                     Handle<Value> value) {
  return SetPropertyOrThrow(isolate, object, KeyForName(isolate, name), value);
}

bool CreateDataPropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object,
                               const PropertyKey& key, Handle<Value> value) {
  MaybeBool ok = JSReceiver::CreateDataProperty(isolate, object, key, value);
  if (!ok.has_value()) return false;
  if (!*ok) {
    std::string key_text = key.ToDebugString();
    ThrowTemplate(isolate, MessageTemplate::kDefineDisallowed, {key_text});
    return false;
  }
  return true;
}

bool CreateDataElementOrThrow(Isolate* isolate, Handle<JSReceiver> object, double index,
                              Handle<Value> value) {
  return CreateDataPropertyOrThrow(isolate, object, KeyForIndex(isolate, index), value);
}

bool DeletePropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key) {
  MaybeBool ok = JSReceiver::DeleteProperty(isolate, object, key);
  if (!ok.has_value()) return false;
  if (!*ok) {
    std::string key_text = key.ToDebugString();
    // V8 renders the object without side effects: arrays as their tag,
    // other objects as #<Ctor>.
    std::string object_text = IsJSArray(object->ToValue()) ? "[object Array]"
                                                           : DescribeValueForMessage(isolate, object->ToValue());
    ThrowTemplate(isolate, MessageTemplate::kStrictDeleteProperty, {key_text, object_text});
    return false;
  }
  return true;
}

int HasPropertyValue(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key) {
  MaybeBool has = JSReceiver::HasProperty(isolate, object, key);
  if (!has.has_value()) return -1;
  return *has ? 1 : 0;
}

bool LengthOfArrayLike(Isolate* isolate, Handle<JSReceiver> object, double* out) {
  if (lucid::IsJSArray(object.value())) {
    *out = JSArray::cast(object.value())->length();
    return true;
  }
  Handle<Value> length;
  if (!JSReceiver::GetProperty(isolate, object, KeyForName(isolate, "length")).ToHandle(&length)) {
    return false;
  }
  return ToLength(isolate, length, out);
}

MaybeHandle<Value> Call(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                        std::initializer_list<Handle<Value>> args) {
  return Execution::Call(isolate, callable, receiver, static_cast<int>(args.size()),
                         args.size() == 0 ? nullptr : args.begin());
}

// -- Intrinsics ------------------------------------------------------------------------------

Handle<Value> Intrinsic(Isolate* isolate, int native_context_field) {
  Handle<NativeContext> context = F(isolate)->native_context();
  return handle(context->GetField(static_cast<NativeContext::Field>(native_context_field)),
                isolate);
}

Handle<JSReceiver> GlobalObject(Isolate* isolate) {
  return Handle<JSReceiver>::cast(Intrinsic(isolate, NativeContext::k_global_object));
}

// -- Strings -------------------------------------------------------------------------------

std::u16string ToU16(String* string) {
  std::u16string out(static_cast<size_t>(string->length()), u'\0');
  if (!out.empty()) {
    String::WriteToFlat(string, reinterpret_cast<uint16_t*>(out.data()), 0, string->length());
  }
  return out;
}

std::u16string ToU16(Handle<String> string) { return ToU16(*string); }

std::u16string AsciiToU16(std::string_view ascii) {
  return std::u16string(ascii.begin(), ascii.end());
}

std::string U16ToUtf8(std::u16string_view units) {
  std::string out;
  out.reserve(units.size());
  for (size_t i = 0; i < units.size(); i++) {
    uint32_t c = units[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;  // DESIGN.md: lone surrogates print as U+FFFD.
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

Handle<String> NewString(Isolate* isolate, std::u16string_view units) {
  return F(isolate)->NewStringFromTwoByte(
      std::span<const uint16_t>(reinterpret_cast<const uint16_t*>(units.data()), units.size()));
}

Handle<String> NewAscii(Isolate* isolate, std::string_view ascii) {
  return F(isolate)->NewStringFromAscii(ascii);
}

std::string NumberToAscii(double value) {
  char buffer[kDoubleToCStringBufferSize];
  return std::string(DoubleToCString(value, buffer));
}

std::u16string NumberToU16(double value) { return AsciiToU16(NumberToAscii(value)); }

bool StrictEqualsValues(Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) return a.Number() == b.Number();
  if (lucid::IsString(a) && lucid::IsString(b)) return String::cast(a)->Equals(String::cast(b));
  return a == b;
}

bool SameValueZeroValues(Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) {
    double x = a.Number(), y = b.Number();
    return x == y || (std::isnan(x) && std::isnan(y));
  }
  return StrictEqualsValues(a, b);
}

bool SameValueValues(Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) {
    double x = a.Number(), y = b.Number();
    if (std::isnan(x) && std::isnan(y)) return true;
    return x == y && std::signbit(x) == std::signbit(y);
  }
  return StrictEqualsValues(a, b);
}

std::string DescribeForMessage(Isolate* isolate, Value value) {
  if (lucid::IsString(value)) return String::cast(value)->ToUTF8();
  if (value.IsNumber()) return NumberToAscii(value.Number());
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "null";
  if (value.IsBoolean()) return value.IsTrue() ? "true" : "false";
  if (lucid::IsSymbol(value)) return Symbol::cast(value)->ToDescriptiveString();
  if (lucid::IsCallable(value)) return "function";
  HandleScope scope(isolate);
  Handle<Value> obj = handle(value, isolate);
  PropertyKey key = KeyForName(isolate, "constructor");
  while (lucid::IsJSReceiver(*obj)) {
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate, Handle<JSReceiver>::cast(obj), key, &desc) &&
        desc.has_value && lucid::IsJSReceiver(*desc.value)) {
      PropertyDescriptor name;
      if (JSReceiver::GetOwnPropertyDescriptor(isolate, Handle<JSReceiver>::cast(desc.value),
                                               KeyForName(isolate, "name"), &name) &&
          name.has_value && lucid::IsString(*name.value) &&
          String::cast(*name.value)->length() > 0) {
        return "#<" + String::cast(*name.value)->ToUTF8() + ">";
      }
    }
    obj = handle(JSReceiver::cast(*obj)->GetPrototype(), isolate);
  }
  return "#<Object>";
}

std::string DescribeReceiverForMessage(Isolate* isolate, Value value) {
  if (lucid::IsJSArray(value)) return "[object Array]";
  if (lucid::IsJSReceiver(value) && !lucid::IsCallable(value) &&
      JSReceiver::cast(value)->GetPrototype().IsNull()) {
    return "[object Object]";
  }
  return DescribeForMessage(isolate, value);
}

}  // namespace library
}  // namespace lucid
