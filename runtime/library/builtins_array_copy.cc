// Copyright the Lucid authors. MIT license.
// Array.prototype's ES2023 "change array by copy" methods (toReversed,
// toSorted, toSpliced, with), copyWithin, the keys/entries iterators and
// Array.prototype[Symbol.unscopables]'s list. Generic over array-likes;
// holes read as undefined in the copying methods, as the spec says.

#include <algorithm>
#include <cmath>

#include "runtime/library/builtins_array.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;
constexpr double kMaxArrayLength = 4294967295.0;

// ToObject(this) (V8: "Cannot convert undefined or null to object") and
// LengthOfArrayLike.
bool ReceiverAndLength(Isolate* isolate, BuiltinArguments args, Handle<JSReceiver>* object,
                       double* length) {
  if (!ToObject(isolate, args.receiver()).ToHandle(object)) return false;
  return LengthOfArrayLike(isolate, *object, length);
}

// Spec: ArrayCreate(len): RangeError "Invalid array length" past 2^32-1.
bool NewArrayOfLength(Isolate* isolate, double length, Handle<JSArray>* out) {
  if (length > kMaxArrayLength) {
    ThrowTemplate(isolate, MessageTemplate::kInvalidArrayLength);
    return false;
  }
  *out = F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  return SetNamedOrThrow(isolate, *out, "length", handle(Value::FromDouble(length), isolate));
}

// result[to] = object[from] (Get, so a hole reads as undefined).
bool CopyOne(Isolate* isolate, Handle<JSReceiver> object, double from, Handle<JSArray> result,
             double to) {
  HandleScope scope(isolate);
  Handle<Value> value;
  if (!GetElement(isolate, object, from).ToHandle(&value)) return false;
  return CreateDataElementOrThrow(isolate, result, to, value);
}

}  // namespace

// Spec: Array.prototype.copyWithin(target, start, end).
Value Builtin_LibArrayPrototypeCopyWithin(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ReceiverAndLength(isolate, args, &object, &length)) return Value::Exception();
  double to, from, final;
  if (!RelativeIndex(isolate, args.at(0), length, 0, &to)) return Value::Exception();
  if (!RelativeIndex(isolate, args.at(1), length, 0, &from)) return Value::Exception();
  if (!RelativeIndex(isolate, args.at(2), length, length, &final)) return Value::Exception();
  double count = std::min(final - from, length - to);
  double direction = 1;
  if (from < to && to < from + count) {
    direction = -1;
    from = from + count - 1;
    to = to + count - 1;
  }
  for (; count > 0; count--, from += direction, to += direction) {
    HandleScope scope(isolate);
    PropertyKey from_key = KeyForIndex(isolate, from);
    PropertyKey to_key = KeyForIndex(isolate, to);
    int has = HasPropertyValue(isolate, object, from_key);
    if (has < 0) return Value::Exception();
    if (has == 1) {
      Handle<Value> value;
      if (!JSReceiver::GetProperty(isolate, object, from_key).ToHandle(&value)) {
        return Value::Exception();
      }
      if (!SetPropertyOrThrow(isolate, object, to_key, value)) return Value::Exception();
    } else if (!DeletePropertyOrThrow(isolate, object, to_key)) {
      return Value::Exception();
    }
  }
  return object->ToValue();
}

// Spec: Array.prototype.keys() / entries(): CreateArrayIterator(O, kind).
Value Builtin_LibArrayPrototypeKeys(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  return NewListIterator(isolate, object, ArrayIteratorKind::kKeys);
}

Value Builtin_LibArrayPrototypeEntries(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  return NewListIterator(isolate, object, ArrayIteratorKind::kEntries);
}

// Spec: Array.prototype.toReversed().
Value Builtin_LibArrayPrototypeToReversed(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ReceiverAndLength(isolate, args, &object, &length)) return Value::Exception();
  Handle<JSArray> result;
  if (!NewArrayOfLength(isolate, length, &result)) return Value::Exception();
  for (double k = 0; k < length; k++) {
    if (!CopyOne(isolate, object, length - k - 1, result, k)) return Value::Exception();
  }
  return result->ToValue();
}

// Spec: Array.prototype.toSorted(comparefn).
Value Builtin_LibArrayPrototypeToSorted(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> comparator = args.at(0);
  if (!CheckComparator(isolate, comparator)) return Value::Exception();
  Handle<JSReceiver> object;
  double length;
  if (!ReceiverAndLength(isolate, args, &object, &length)) return Value::Exception();
  Handle<JSArray> result;
  if (!NewArrayOfLength(isolate, length, &result)) return Value::Exception();
  for (double k = 0; k < length; k++) {
    if (!CopyOne(isolate, object, k, result, k)) return Value::Exception();
  }
  if (!SortArrayLike(isolate, result, length, comparator)) return Value::Exception();
  return result->ToValue();
}

// Spec: Array.prototype.toSpliced(start, skipCount, ...items).
Value Builtin_LibArrayPrototypeToSpliced(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ReceiverAndLength(isolate, args, &object, &length)) return Value::Exception();
  double start;
  if (!RelativeIndex(isolate, args.at(0), length, 0, &start)) return Value::Exception();
  int insert_count = std::max(args.length() - 2, 0);
  double skip_count;
  if (args.length() == 0) {
    skip_count = 0;
  } else if (args.length() == 1) {
    skip_count = length - start;
  } else {
    double sc;
    if (!ToIntegerOrInfinity(isolate, args.at(1), &sc)) return Value::Exception();
    skip_count = std::min(std::max(sc, 0.0), length - start);
  }
  double new_length = length + insert_count - skip_count;
  if (new_length > kMaxSafeInteger) return ThrowTypeError(isolate, "Invalid array length");
  Handle<JSArray> result;
  if (!NewArrayOfLength(isolate, new_length, &result)) return Value::Exception();
  double i = 0;
  for (; i < start; i++) {
    if (!CopyOne(isolate, object, i, result, i)) return Value::Exception();
  }
  for (int j = 0; j < insert_count; j++, i++) {
    if (!CreateDataElementOrThrow(isolate, result, i, args.at(j + 2))) return Value::Exception();
  }
  for (double r = start + skip_count; i < new_length; i++, r++) {
    if (!CopyOne(isolate, object, r, result, i)) return Value::Exception();
  }
  return result->ToValue();
}

// Spec: Array.prototype.with(index, value).
Value Builtin_LibArrayPrototypeWith(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  double length;
  if (!ReceiverAndLength(isolate, args, &object, &length)) return Value::Exception();
  double relative;
  if (!ToIntegerOrInfinity(isolate, args.at(0), &relative)) return Value::Exception();
  double actual = relative >= 0 ? relative : length + relative;
  if (actual >= length || actual < 0) {
    return ThrowRangeError(isolate, "Invalid index : " + NumberToAscii(relative));
  }
  Handle<JSArray> result;
  if (!NewArrayOfLength(isolate, length, &result)) return Value::Exception();
  for (double k = 0; k < length; k++) {
    if (k == actual) {
      if (!CreateDataElementOrThrow(isolate, result, k, args.at(1))) return Value::Exception();
    } else if (!CopyOne(isolate, object, k, result, k)) {
      return Value::Exception();
    }
  }
  return result->ToValue();
}

}  // namespace lucid
