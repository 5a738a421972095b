// Copyright the Lucid authors. MIT license.
// Shared helpers of the standard library builtins (runtime/library): the
// spec's abstract operations on Values (ToPrimitive, ToNumber, ToString,
// ToObject, ToLength...), property access on any Value, throwing errors with
// V8's messages, and UTF-16 string building.
//
// Every helper that may run JS (a getter, valueOf, toString) or allocate
// takes Isolate* first and returns a MaybeHandle (empty = exception pending)
// or a bool "ok" flag (false = exception pending), per STYLE.md.

#ifndef LUCID_RUNTIME_LIBRARY_LIBRARY_UTIL_H_
#define LUCID_RUNTIME_LIBRARY_LIBRARY_UTIL_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "gc/handles.h"
#include "runtime/builtins.h"
#include "runtime/library/library_builtins.h"
#include "vm/messages.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_key.h"
#include "vm/value.h"

namespace lucid {

class Factory;
class JSArray;

namespace library {

Factory* F(Isolate* isolate);

// -- Errors ---------------------------------------------------------------------------
//
// Each makes an error of {kind} with {message}, captures the JS stack (as
// the interpreter's ThrowError does), makes it pending and returns
// Value::Exception() so builtins can `return ThrowTypeError(...)`.
Value ThrowErrorKind(Isolate* isolate, ErrorKind kind, std::string_view message);
inline Value ThrowTypeError(Isolate* isolate, std::string_view message) {
  return ThrowErrorKind(isolate, ErrorKind::kTypeError, message);
}
inline Value ThrowRangeError(Isolate* isolate, std::string_view message) {
  return ThrowErrorKind(isolate, ErrorKind::kRangeError, message);
}
inline Value ThrowSyntaxError(Isolate* isolate, std::string_view message) {
  return ThrowErrorKind(isolate, ErrorKind::kSyntaxError, message);
}
Value ThrowTemplate(Isolate* isolate, MessageTemplate t,
                    std::initializer_list<std::string_view> args = {});

// -- Type tests -----------------------------------------------------------------------
bool IsCallableValue(Value value);
bool IsConstructorValue(Value value);
bool IsArrayValue(Value value);
// "undefined", "object", ... as the typeof operator answers.
const char* TypeOfName(Value value);

// -- Conversions (may run JS) -----------------------------------------------------------
enum class ToPrimitiveHint : uint8_t { kDefault, kNumber, kString };
MaybeHandle<Value> ToPrimitive(Isolate* isolate, Handle<Value> value,
                               ToPrimitiveHint hint = ToPrimitiveHint::kDefault);
// Spec: ToNumber. False if an exception is pending.
bool ToNumber(Isolate* isolate, Handle<Value> value, double* out);
// ToNumber of a primitive (no JS runs; symbols are the caller's problem).
double PrimitiveToNumber(Value value);
// Spec: ToIntegerOrInfinity / ToLength / ToInt32 / ToUint32.
bool ToIntegerOrInfinity(Isolate* isolate, Handle<Value> value, double* out);
bool ToLength(Isolate* isolate, Handle<Value> value, double* out);
bool ToInt32(Isolate* isolate, Handle<Value> value, int32_t* out);
bool ToUint32(Isolate* isolate, Handle<Value> value, uint32_t* out);
// Spec: ToString.
MaybeHandle<String> ToString(Isolate* isolate, Handle<Value> value);
// Spec: ToObject; TypeError "Cannot convert undefined or null to object".
MaybeHandle<JSReceiver> ToObject(Isolate* isolate, Handle<Value> value);
// Spec: RequireObjectCoercible(this) + ToString, the start of every
// String.prototype method: TypeError "String.prototype.x called on null or
// undefined".
MaybeHandle<String> ThisToString(Isolate* isolate, Handle<Value> receiver, const char* method);
// Spec: ToPropertyKey.
bool ToPropertyKey(Isolate* isolate, Handle<Value> value, PropertyKey* out);
bool ToBooleanValue(Value value);

// Relative index clamping used by slice/splice/fill/at...: ToIntegerOrInfinity
// then clamp into [0, length] from the end when negative. {value} undefined
// gives {default_value}.
bool RelativeIndex(Isolate* isolate, Handle<Value> value, double length, double default_value,
                   double* out);

// -- Property access on any Value -----------------------------------------------------
// Spec: GetV(V, P): primitives read from their prototype with themselves as
// the receiver; strings answer "length" and indices themselves.
MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<Value> object, const PropertyKey& key);
MaybeHandle<Value> GetProperty(Isolate* isolate, Handle<Value> object, std::string_view name);
MaybeHandle<Value> GetElement(Isolate* isolate, Handle<Value> object, double index);
// Spec: Set(O, P, V, true): a refused assignment is a TypeError.
bool SetPropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                        Handle<Value> value);
bool SetElementOrThrow(Isolate* isolate, Handle<JSReceiver> object, double index,
                       Handle<Value> value);
bool SetNamedOrThrow(Isolate* isolate, Handle<JSReceiver> object, std::string_view name,
                     Handle<Value> value);
// Spec: CreateDataPropertyOrThrow.
bool CreateDataPropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object,
                               const PropertyKey& key, Handle<Value> value);
bool CreateDataElementOrThrow(Isolate* isolate, Handle<JSReceiver> object, double index,
                              Handle<Value> value);
// Spec: DeletePropertyOrThrow.
bool DeletePropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key);
// Spec: HasProperty. Returns -1 on exception, else 0/1.
int HasPropertyValue(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key);
// A key for an index that may exceed the array-index range (a Name then).
PropertyKey KeyForIndex(Isolate* isolate, double index);
PropertyKey KeyForName(Isolate* isolate, std::string_view name);
// Spec: LengthOfArrayLike.
bool LengthOfArrayLike(Isolate* isolate, Handle<JSReceiver> object, double* out);
// Spec: Call(F, V, args).
MaybeHandle<Value> Call(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                        std::initializer_list<Handle<Value>> args);

// -- Intrinsics ---------------------------------------------------------------------------
// Fields of the native context (object_prototype, array_prototype, ...).
Handle<Value> Intrinsic(Isolate* isolate, int native_context_field);
Handle<JSReceiver> GlobalObject(Isolate* isolate);

// -- Strings ------------------------------------------------------------------------------
// The code units of {string} (ropes flattened into the copy).
std::u16string ToU16(String* string);
std::u16string ToU16(Handle<String> string);
std::u16string AsciiToU16(std::string_view ascii);
std::string U16ToUtf8(std::u16string_view units);
Handle<String> NewString(Isolate* isolate, std::u16string_view units);
Handle<String> NewAscii(Isolate* isolate, std::string_view ascii);
// Number::toString(x) in UTF-16.
std::u16string NumberToU16(double value);
std::string NumberToAscii(double value);
// StrictEquals / SameValueZero / SameValue on Values without running JS.
bool StrictEqualsValues(Value a, Value b);
bool SameValueZeroValues(Value a, Value b);
bool SameValueValues(Value a, Value b);

// A value as V8's messages show it: strings raw, numbers as JS prints them,
// objects as #<Constructor>.
std::string DescribeForMessage(Isolate* isolate, Value value);
// The receiver in V8's "Method X called on incompatible receiver Y": as
// DescribeForMessage, except arrays ("[object Array]") and objects without
// a prototype ("[object Object]"), which V8 renders by their builtin tag.
std::string DescribeReceiverForMessage(Isolate* isolate, Value value);

}  // namespace library

// The library's builtins (runtime/builtins.h declares them again once
// LIBRARY_BUILTIN_LIST is part of BUILTIN_LIST; identical declarations).
#define DECLARE_LIBRARY_BUILTIN(Name, js_name, length, kind) \
  Value Builtin_##Name(Isolate* isolate, BuiltinArguments args);
LIBRARY_BUILTIN_LIST(DECLARE_LIBRARY_BUILTIN)
#undef DECLARE_LIBRARY_BUILTIN

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_LIBRARY_UTIL_H_
