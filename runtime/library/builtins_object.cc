// Copyright the Lucid authors. MIT license.
// Object's static functions and Object.prototype's methods (ECMA-262 20.1).

#include "runtime/library/builtins_collections.h"
#include "runtime/library/builtins_object.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"
#include "vm/objects/string_hasher.h"
#include "vm/objects/string_table.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

Handle<JSArray> ArrayFromFixed(Isolate* isolate, Handle<FixedArray> elements) {
  if (elements->length() == 0) return F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  Handle<FixedArray> copy = F(isolate)->CopyFixedArrayAndGrow(elements, elements->length());
  return F(isolate)->NewJSArrayWithElements(copy);
}

// Spec: ToPropertyDescriptor(Obj).
bool ToPropertyDescriptor(Isolate* isolate, Handle<Value> object, PropertyDescriptor* desc) {
  if (!lucid::IsJSReceiver(*object)) {
    ThrowTypeError(isolate, "Property description must be an object: " +
                                DescribeForMessage(isolate, *object));
    return false;
  }
  Handle<JSReceiver> obj = Handle<JSReceiver>::cast(object);
  struct Field {
    const char* name;
    bool* has;
  };
  Handle<Value> values[6];
  Field fields[6] = {{"enumerable", &desc->has_enumerable}, {"configurable", &desc->has_configurable},
                     {"value", &desc->has_value},           {"writable", &desc->has_writable},
                     {"get", &desc->has_get},               {"set", &desc->has_set}};
  for (int i = 0; i < 6; i++) {
    PropertyKey key = KeyForName(isolate, fields[i].name);
    int has = HasPropertyValue(isolate, obj, key);
    if (has < 0) return false;
    *fields[i].has = has == 1;
    if (has == 1 && !JSReceiver::GetProperty(isolate, obj, key).ToHandle(&values[i])) return false;
  }
  if (desc->has_enumerable) desc->enumerable = ToBooleanValue(*values[0]);
  if (desc->has_configurable) desc->configurable = ToBooleanValue(*values[1]);
  if (desc->has_value) desc->value = values[2];
  if (desc->has_writable) desc->writable = ToBooleanValue(*values[3]);
  if (desc->has_get) {
    if (!IsCallableValue(*values[4]) && !values[4]->IsUndefined()) {
      ThrowTypeError(isolate, "Getter must be a function: " + DescribeForMessage(isolate, *values[4]));
      return false;
    }
    desc->get = values[4];
  }
  if (desc->has_set) {
    if (!IsCallableValue(*values[5]) && !values[5]->IsUndefined()) {
      ThrowTypeError(isolate, "Setter must be a function: " + DescribeForMessage(isolate, *values[5]));
      return false;
    }
    desc->set = values[5];
  }
  if ((desc->has_get || desc->has_set) && (desc->has_value || desc->has_writable)) {
    ThrowTypeError(isolate,
                   "Invalid property descriptor. Cannot both specify accessors and a value or "
                   "writable attribute, " +
                       DescribeForMessage(isolate, *object));
    return false;
  }
  return true;
}

bool DefinePropertyOrThrow(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key,
                           const PropertyDescriptor& desc) {
  MaybeBool ok = JSReceiver::DefineOwnProperty(isolate, object, key, desc);
  if (!ok.has_value()) return false;
  if (!*ok) {
    std::string name = key.ToDebugString();
    if (!object->IsExtensible() && !JSReceiver::HasOwnProperty(isolate, object, key)) {
      ThrowTemplate(isolate, MessageTemplate::kDefineDisallowed, {name});
    } else {
      ThrowTemplate(isolate, MessageTemplate::kRedefineDisallowed, {name});
    }
    return false;
  }
  return true;
}

// Spec: ObjectDefineProperties(O, Properties).
bool DefineProperties(Isolate* isolate, Handle<JSReceiver> object, Handle<Value> properties) {
  Handle<JSReceiver> props;
  if (!ToObject(isolate, properties).ToHandle(&props)) return false;
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, props);
  std::vector<std::pair<PropertyKey, PropertyDescriptor>> descriptors;
  for (int i = 0; i < keys->length(); i++) {
    Handle<Value> key_value = handle(keys->get(i), isolate);
    PropertyKey key = PropertyKey::From(isolate, key_value);
    PropertyDescriptor prop_desc;
    if (!JSReceiver::GetOwnPropertyDescriptor(isolate, props, key, &prop_desc) ||
        !prop_desc.enumerable) {
      continue;
    }
    Handle<Value> desc_object;
    if (!JSReceiver::GetProperty(isolate, props, key).ToHandle(&desc_object)) return false;
    PropertyDescriptor desc;
    if (!ToPropertyDescriptor(isolate, desc_object, &desc)) return false;
    descriptors.emplace_back(key, desc);
  }
  for (auto& [key, desc] : descriptors) {
    if (!DefinePropertyOrThrow(isolate, object, key, desc)) return false;
  }
  return true;
}

enum class EnumKind { kKeys, kValues, kEntries };

// Spec: EnumerableOwnProperties(O, kind).
Value EnumerableOwn(Isolate* isolate, BuiltinArguments args, EnumKind kind) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(
      isolate, object, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
  if (kind == EnumKind::kKeys) return ArrayFromFixed(isolate, keys)->ToValue();
  Handle<JSArray> result = F(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
  uint32_t index = 0;
  for (int i = 0; i < keys->length(); i++) {
    HandleScope scope(isolate);
    Handle<Value> key = handle(keys->get(i), isolate);
    PropertyKey pkey = PropertyKey::From(isolate, key);
    PropertyDescriptor desc;
    // A key deleted or made non-enumerable by an earlier getter is skipped.
    if (!JSReceiver::GetOwnPropertyDescriptor(isolate, object, pkey, &desc) || !desc.enumerable) {
      continue;
    }
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, object, pkey).ToHandle(&value)) return Value::Exception();
    Handle<Value> item = value;
    if (kind == EnumKind::kEntries) {
      Handle<FixedArray> pair = F(isolate)->NewFixedArray(2);
      pair->set(0, *key);
      pair->set(1, *value);
      item = F(isolate)->NewJSArrayWithElements(pair);
    }
    if (!CreateDataPropertyOrThrow(isolate, result, PropertyKey::FromIndex(index++), item)) {
      return Value::Exception();
    }
  }
  return result->ToValue();
}

Handle<JSObject> FromPropertyDescriptor(Isolate* isolate, const PropertyDescriptor& desc) {
  Handle<JSObject> result = F(isolate)->NewJSObject();
  auto add = [&](const char* name, Handle<Value> value) {
    (void)JSReceiver::CreateDataProperty(isolate, result, KeyForName(isolate, name), value);
  };
  auto boolean = [&](bool b) { return handle(Value::FromBool(b), isolate); };
  if (desc.has_value) add("value", desc.value);
  if (desc.has_writable) add("writable", boolean(desc.writable));
  if (desc.has_get) add("get", desc.get.is_null() ? boolean(false) : desc.get);
  if (desc.has_set) add("set", desc.set.is_null() ? boolean(false) : desc.set);
  if (desc.has_enumerable) add("enumerable", boolean(desc.enumerable));
  if (desc.has_configurable) add("configurable", boolean(desc.configurable));
  return result;
}

}  // namespace

// Spec: Object.keys(O) / Object.values(O) / Object.entries(O).
Value Builtin_LibObjectKeys(Isolate* isolate, BuiltinArguments args) {
  return EnumerableOwn(isolate, args, EnumKind::kKeys);
}
Value Builtin_LibObjectValues(Isolate* isolate, BuiltinArguments args) {
  return EnumerableOwn(isolate, args, EnumKind::kValues);
}
Value Builtin_LibObjectEntries(Isolate* isolate, BuiltinArguments args) {
  return EnumerableOwn(isolate, args, EnumKind::kEntries);
}

// Spec: Object.getPrototypeOf(O): 1. Let obj be ? ToObject(O).
Value Builtin_LibObjectGetPrototypeOf(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  return object->GetPrototype();
}

// Spec: Object.setPrototypeOf(O, proto).
Value Builtin_LibObjectSetPrototypeOf(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> object = args.at(0);
  Handle<Value> proto = args.at(1);
  // Spec: 1. Set O to ? RequireObjectCoercible(O).
  if (object->IsNullOrUndefined()) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined,
                         {"Object.setPrototypeOf"});
  }
  // Spec: 2. If proto is not an Object and proto is not null, throw a TypeError.
  if (!lucid::IsJSReceiver(*proto) && !proto->IsNull()) {
    return ThrowTemplate(isolate, MessageTemplate::kProtoObjectOrNull,
                         {DescribeForMessage(isolate, *proto)});
  }
  if (!lucid::IsJSReceiver(*object)) return *object;
  Handle<JSReceiver> receiver = Handle<JSReceiver>::cast(object);
  if (!JSReceiver::SetPrototype(isolate, receiver, proto)) {
    if (!receiver->IsExtensible()) {
      return ThrowTypeError(isolate, DescribeForMessage(isolate, *object) + " is not extensible");
    }
    return ThrowTemplate(isolate, MessageTemplate::kCyclicProto);
  }
  return *object;
}

// Spec: Object.create(O, Properties).
Value Builtin_LibObjectCreate(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> proto = args.at(0);
  if (!lucid::IsJSReceiver(*proto) && !proto->IsNull()) {
    return ThrowTemplate(isolate, MessageTemplate::kProtoObjectOrNull,
                         {DescribeForMessage(isolate, *proto)});
  }
  Handle<JSObject> object = F(isolate)->NewJSObjectWithPrototype(proto);
  if (!args.at(1)->IsUndefined()) {
    if (!DefineProperties(isolate, object, args.at(1))) return Value::Exception();
  }
  return object->ToValue();
}

// Spec: Object.defineProperty(O, P, Attributes).
Value Builtin_LibObjectDefineProperty(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(*args.at(0))) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNonObject, {"Object.defineProperty"});
  }
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  PropertyKey key = PropertyKey::FromIndex(0);
  if (!ToPropertyKey(isolate, args.at(1), &key)) return Value::Exception();
  PropertyDescriptor desc;
  if (!ToPropertyDescriptor(isolate, args.at(2), &desc)) return Value::Exception();
  if (!DefinePropertyOrThrow(isolate, object, key, desc)) return Value::Exception();
  return object->ToValue();
}

Value Builtin_LibObjectDefineProperties(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(*args.at(0))) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNonObject,
                         {"Object.defineProperties"});
  }
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  if (!DefineProperties(isolate, object, args.at(1))) return Value::Exception();
  return object->ToValue();
}

Value Builtin_LibObjectGetOwnPropertyNames(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, object, JSReceiver::kSkipSymbols);
  return ArrayFromFixed(isolate, keys)->ToValue();
}

Value Builtin_LibObjectGetOwnPropertySymbols(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, object, JSReceiver::kSkipStrings);
  return ArrayFromFixed(isolate, keys)->ToValue();
}

Value Builtin_LibObjectGetOwnPropertyDescriptor(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  PropertyKey key = PropertyKey::FromIndex(0);
  if (!ToPropertyKey(isolate, args.at(1), &key)) return Value::Exception();
  PropertyDescriptor desc;
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate, object, key, &desc)) {
    return Value::Undefined();
  }
  return FromPropertyDescriptor(isolate, desc)->ToValue();
}

// Spec: Object.assign(target, ...sources).
Value Builtin_LibObjectAssign(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> target;
  if (!ToObject(isolate, args.at(0)).ToHandle(&target)) return Value::Exception();
  for (int i = 1; i < args.length(); i++) {
    HandleScope scope(isolate);
    if (args.at(i)->IsNullOrUndefined()) continue;
    Handle<JSReceiver> from;
    if (!ToObject(isolate, args.at(i)).ToHandle(&from)) return Value::Exception();
    Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, from);
    for (int k = 0; k < keys->length(); k++) {
      HandleScope inner(isolate);
      Handle<Value> key_value = handle(keys->get(k), isolate);
      PropertyKey key = PropertyKey::From(isolate, key_value);
      PropertyDescriptor desc;
      if (!JSReceiver::GetOwnPropertyDescriptor(isolate, from, key, &desc) || !desc.enumerable) {
        continue;
      }
      Handle<Value> value;
      if (!JSReceiver::GetProperty(isolate, from, key).ToHandle(&value)) return Value::Exception();
      if (!SetPropertyOrThrow(isolate, target, key, value)) return Value::Exception();
    }
  }
  return target->ToValue();
}

// Spec: SetIntegrityLevel(O, frozen).
Value Builtin_LibObjectFreeze(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(*args.at(0))) return *args.at(0);
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  if (!JSReceiver::SetIntegrityLevel(isolate, object, JSReceiver::IntegrityLevel::kFrozen)) {
    return Value::Exception();
  }
  return object->ToValue();
}

// Spec: TestIntegrityLevel(O, frozen).
Value Builtin_LibObjectIsFrozen(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(*args.at(0))) return Value::True();
  return Value::FromBool(JSReceiver::TestIntegrityLevel(isolate, Handle<JSReceiver>::cast(args.at(0)),
                                                        JSReceiver::IntegrityLevel::kFrozen));
}

Value Builtin_LibObjectPreventExtensions(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(*args.at(0))) return *args.at(0);
  JSReceiver::PreventExtensions(isolate, Handle<JSReceiver>::cast(args.at(0)));
  return *args.at(0);
}

Value Builtin_LibObjectIsExtensible(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  if (!lucid::IsJSReceiver(args[0])) return Value::False();
  return Value::FromBool(JSReceiver::cast(args[0])->IsExtensible());
}

// Spec: Object.is(value1, value2): SameValue.
Value Builtin_LibObjectIs(Isolate* isolate, BuiltinArguments args) {
  (void)isolate;
  return Value::FromBool(SameValueValues(args[0], args[1]));
}

// Spec: Object.fromEntries(iterable), for array-likes of [key, value].
Value Builtin_LibObjectFromEntries(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> entries;
  if (args.at(0)->IsNullOrUndefined()) {
    return ThrowTemplate(isolate, MessageTemplate::kNotIterable,
                         {DescribeForMessage(isolate, args[0])});
  }
  if (lucid::IsJSArray(args[0])) {
    entries = Handle<JSReceiver>::cast(args.at(0));
  } else {
    // Any other iterable (a Map...) goes through the iteration protocol.
    Handle<Value> list;
    if (!IterableToArray(isolate, args.at(0)).ToHandle(&list)) return Value::Exception();
    entries = Handle<JSReceiver>::cast(list);
  }
  Handle<JSObject> result = F(isolate)->NewJSObject();
  double length;
  if (!LengthOfArrayLike(isolate, entries, &length)) return Value::Exception();
  for (double i = 0; i < length; i++) {
    HandleScope scope(isolate);
    Handle<Value> entry;
    if (!GetElement(isolate, entries, i).ToHandle(&entry)) return Value::Exception();
    if (!lucid::IsJSReceiver(*entry)) {
      return ThrowTypeError(isolate, "Iterator value " + DescribeForMessage(isolate, *entry) +
                                         " is not an entry object");
    }
    Handle<Value> key, value;
    if (!GetElement(isolate, entry, 0).ToHandle(&key)) return Value::Exception();
    if (!GetElement(isolate, entry, 1).ToHandle(&value)) return Value::Exception();
    PropertyKey pkey = PropertyKey::FromIndex(0);
    if (!ToPropertyKey(isolate, key, &pkey)) return Value::Exception();
    if (!CreateDataPropertyOrThrow(isolate, result, pkey, value)) return Value::Exception();
  }
  return result->ToValue();
}

// -- Object.prototype ---------------------------------------------------------------------

// Spec: Object.prototype.hasOwnProperty(V).
bool TryFastHasOwnProperty(Isolate* isolate, Value receiver, int argc, const Value* args, int stride,
                           Value* out) {
  if (argc < 1 || !IsJSReceiver(receiver)) return false;
  (void)stride;  // only argument 0 is read
  Value key = args[0];
  // Handles on these locals: nothing below allocates (LookupOwn runs
  // without GC), so the slots need not be roots.
  Value name_slot = key;
  Value receiver_slot = receiver;
  PropertyKey property_key = PropertyKey::FromIndex(0);
  if (key.IsInt32()) {
    if (key.AsInt32() < 0) return false;  // "-1": a name, converted by the builtin
    property_key = PropertyKey::FromIndex(static_cast<uint32_t>(key.AsInt32()));
  } else if (IsString(key)) {
    String* string = String::cast(key);
    if (!string->IsInternalizedString()) {
      if (!string->IsThin() && !string->IsFlat()) return false;
      Value found = StringTable::TryLookup(isolate, string);
      if (found.IsUndefined()) {
        // Every property key is internalized: absent from the table, it
        // is no object's key (the lookup computed the hash, which says
        // whether it is an index, an element key instead).
        if (StringHasher::IsArrayIndex(string->raw_hash_field())) return false;
        *out = Value::False();
        return true;
      }
      string = String::cast(found);
    }
    if (StringHasher::IsArrayIndex(string->raw_hash_field())) return false;
    name_slot = string->ToValue();
    property_key = PropertyKey::FromName(Handle<Name>(&name_slot));
  } else if (IsSymbol(key)) {
    property_key = PropertyKey::FromName(Handle<Name>(&name_slot));
  } else {
    return false;
  }
  *out = Value::FromBool(JSReceiver::HasOwnProperty(isolate, Handle<JSReceiver>(&receiver_slot), property_key));
  return true;
}

Value Builtin_LibObjectPrototypeHasOwnProperty(Isolate* isolate, BuiltinArguments args) {
  // Spec: 1. Let P be ? ToPropertyKey(V).
  PropertyKey key = PropertyKey::FromIndex(0);
  if (!ToPropertyKey(isolate, args.at(0), &key)) return Value::Exception();
  // Spec: 2. Let O be ? ToObject(this value).
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  // Spec: 3. Return ? HasOwnProperty(O, P).
  return Value::FromBool(JSReceiver::HasOwnProperty(isolate, object, key));
}

// Spec: Object.hasOwn(O, P).
Value Builtin_LibObjectHasOwn(Isolate* isolate, BuiltinArguments args) {
  // Spec: 1. Let obj be ? ToObject(O). 2. Let key be ? ToPropertyKey(P).
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.at(0)).ToHandle(&object)) return Value::Exception();
  PropertyKey key = PropertyKey::FromIndex(0);
  if (!ToPropertyKey(isolate, args.at(1), &key)) return Value::Exception();
  return Value::FromBool(JSReceiver::HasOwnProperty(isolate, object, key));
}

// Spec: get Object.prototype.__proto__ (B.2.2.1.1).
Value Builtin_LibObjectPrototypeProtoGetter(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  return object->GetPrototype();
}

// Spec: set Object.prototype.__proto__ (B.2.2.1.2).
Value Builtin_LibObjectPrototypeProtoSetter(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  Handle<Value> proto = args.at(0);
  if (receiver->IsNullOrUndefined()) {
    return ThrowTemplate(isolate, MessageTemplate::kCalledOnNullOrUndefined,
                         {"set Object.prototype.__proto__"});
  }
  if (!lucid::IsJSReceiver(*proto) && !proto->IsNull()) return Value::Undefined();
  if (!lucid::IsJSReceiver(*receiver)) return Value::Undefined();
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(receiver);
  if (!JSReceiver::SetPrototype(isolate, object, proto)) {
    if (!object->IsExtensible()) {
      return ThrowTypeError(isolate, DescribeForMessage(isolate, *receiver) + " is not extensible");
    }
    return ThrowTemplate(isolate, MessageTemplate::kCyclicProto);
  }
  return Value::Undefined();
}

// Spec: Object.prototype.isPrototypeOf(V).
Value Builtin_LibObjectPrototypeIsPrototypeOf(Isolate* isolate, BuiltinArguments args) {
  if (!lucid::IsJSReceiver(args[0])) return Value::False();
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  for (Value p = JSReceiver::cast(args[0])->GetPrototype(); lucid::IsJSReceiver(p);
       p = JSReceiver::cast(p)->GetPrototype()) {
    if (p == object->ToValue()) return Value::True();
  }
  return Value::False();
}

Value Builtin_LibObjectPrototypePropertyIsEnumerable(Isolate* isolate, BuiltinArguments args) {
  PropertyKey key = PropertyKey::FromIndex(0);
  if (!ToPropertyKey(isolate, args.at(0), &key)) return Value::Exception();
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  PropertyDescriptor desc;
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate, object, key, &desc)) return Value::False();
  return Value::FromBool(desc.enumerable);
}

// Spec: Object.prototype.toString().
Value Builtin_LibObjectPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  // Spec: 1-2. undefined / null.
  if (receiver->IsUndefined()) return NewAscii(isolate, "[object Undefined]").value();
  if (receiver->IsNull()) return NewAscii(isolate, "[object Null]").value();
  // Spec: 3. Let O be ! ToObject(this value).
  Handle<JSReceiver> object;
  if (!ToObject(isolate, receiver).ToHandle(&object)) return Value::Exception();
  // Spec: 4-14. The builtinTag.
  Value raw = object->ToValue();
  const char* builtin_tag = "Object";
  if (lucid::IsJSArray(raw)) builtin_tag = "Array";
  else if (lucid::IsJSArgumentsObject(raw)) builtin_tag = "Arguments";
  else if (lucid::IsCallable(raw)) builtin_tag = "Function";
  else if (lucid::IsJSError(raw)) builtin_tag = "Error";
  else if (lucid::IsJSDate(raw)) builtin_tag = "Date";
  else if (lucid::IsJSRegExp(raw)) builtin_tag = "RegExp";
  else if (lucid::IsJSPrimitiveWrapper(raw)) {
    Value inner = JSPrimitiveWrapper::cast(raw)->value();
    if (inner.IsBoolean()) builtin_tag = "Boolean";
    else if (inner.IsNumber()) builtin_tag = "Number";
    else if (lucid::IsString(inner)) builtin_tag = "String";
  }
  // Spec: 15. Let tag be ? Get(O, @@toStringTag).
  PropertyKey tag_key =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)));
  Handle<Value> tag;
  if (!JSReceiver::GetProperty(isolate, object, tag_key).ToHandle(&tag)) return Value::Exception();
  std::u16string result = u"[object ";
  result += lucid::IsString(*tag) ? ToU16(String::cast(*tag)) : AsciiToU16(builtin_tag);
  result += u"]";
  return NewString(isolate, result).value();
}

// Spec: Object.prototype.toLocaleString(): Invoke(this, "toString").
Value Builtin_LibObjectPrototypeToLocaleString(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> method;
  if (!GetProperty(isolate, args.receiver(), "toString").ToHandle(&method)) {
    return Value::Exception();
  }
  if (!IsCallableValue(*method)) {
    return ThrowTemplate(isolate, MessageTemplate::kNotAFunction, {"toString"});
  }
  Handle<Value> result;
  if (!Call(isolate, method, args.receiver(), {}).ToHandle(&result)) return Value::Exception();
  return *result;
}

// Spec: Object.prototype.valueOf(): ? ToObject(this value).
Value Builtin_LibObjectPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  Handle<JSReceiver> object;
  if (!ToObject(isolate, args.receiver()).ToHandle(&object)) return Value::Exception();
  return object->ToValue();
}

}  // namespace lucid
