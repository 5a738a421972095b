// Copyright the Lucid authors. MIT license.
//
// Builtins that belong to the language rather than the library (issue 7):
// the global symbol registry (Symbol.for / Symbol.keyFor), the integrity
// levels Object.seal / Object.isSealed, Object.getOwnPropertyDescriptors,
// and the stand-ins for features Lucid does not implement (Proxy, Reflect,
// BigInt, RegExp, typed arrays), which throw a TypeError naming the feature
// instead of leaving a ReferenceError. docs/language.md lists them.

#include "runtime/builtins.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/messages.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_key.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

// -- Symbol registry ----------------------------------------------------------------------------
//
// The registry is a null-prototype object in the native context mapping
// each key string to its symbol; a registered symbol carries
// Symbol::kIsRegistered and its key as its description, so keyFor needs no
// reverse table.

namespace {

Handle<JSObject> SymbolRegistry(Isolate* isolate) {
  Handle<NativeContext> context = FactoryOf(isolate)->native_context();
  Value registry = context->symbol_registry();
  if (IsJSObject(registry)) return Handle<JSObject>(HandleScope::CreateHandle(isolate, registry));
  Handle<Value> null_proto(Value::Null(), isolate);
  Handle<JSObject> created = FactoryOf(isolate)->NewJSObjectWithPrototype(null_proto);
  FactoryOf(isolate)->native_context()->set_symbol_registry(created->ToValue());
  return created;
}

}  // namespace

// Spec: Symbol.for(key).
Value Builtin_SymbolFor(Isolate* isolate, BuiltinArguments args) {
  Value key_value = Runtime_ToString(isolate, args[0]);
  if (key_value.IsException()) return key_value;
  Handle<String> key(String::cast(key_value), isolate);
  key = FactoryOf(isolate)->InternalizeString(key);
  Handle<JSObject> registry = SymbolRegistry(isolate);
  PropertyKey property = PropertyKey::FromName(Handle<Name>::cast(key));
  PropertyDescriptor desc;
  if (JSReceiver::GetOwnPropertyDescriptor(isolate, registry, property, &desc)) return *desc.value;
  Handle<Value> description(key->ToValue(), isolate);
  Handle<Symbol> symbol = FactoryOf(isolate)->NewSymbol(description);
  (*symbol)->set_flags((*symbol)->flags() | Symbol::kIsRegistered);
  (void)JSReceiver::CreateDataProperty(isolate, registry, property, Handle<Value>::cast(symbol));
  return symbol->ToValue();
}

// Spec: Symbol.keyFor(sym).
Value Builtin_SymbolKeyFor(Isolate* isolate, BuiltinArguments args) {
  if (!IsSymbol(args[0])) {
    return ThrowError(isolate, MessageTemplate::kSymbolKeyFor, {DescribeValueForMessage(isolate, args[0])});
  }
  Symbol* symbol = Symbol::cast(args[0]);
  return (symbol->flags() & Symbol::kIsRegistered) != 0 ? symbol->description() : Value::Undefined();
}

// -- Integrity levels ---------------------------------------------------------------------------

// Spec: SetIntegrityLevel(O, sealed): every own property non-configurable,
// then [[PreventExtensions]].
Value Builtin_ObjectSeal(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) return args[0];
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  if (!JSReceiver::SetIntegrityLevel(isolate, object, JSReceiver::IntegrityLevel::kSealed)) {
    return Value::Exception();
  }
  return object->ToValue();
}

// Spec: TestIntegrityLevel(O, sealed).
Value Builtin_ObjectIsSealed(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) return Value::True();
  return Value::FromBool(JSReceiver::TestIntegrityLevel(isolate, Handle<JSReceiver>::cast(args.at(0)),
                                                        JSReceiver::IntegrityLevel::kSealed));
}

// Spec: FromPropertyDescriptor(Desc).
Handle<JSObject> DescriptorObject(Isolate* isolate, const PropertyDescriptor& desc) {
  Handle<JSObject> result = FactoryOf(isolate)->NewJSObject();
  auto add = [&](const char* name, Handle<Value> value) {
    PropertyKey key = PropertyKey::FromName(FactoryOf(isolate)->InternalizeUtf8(name));
    (void)JSReceiver::CreateDataProperty(isolate, result, key, value);
  };
  auto boolean = [&](bool b) { return Handle<Value>(Value::FromBool(b), isolate); };
  auto or_undefined = [&](Handle<Value> v) { return v.is_null() ? Handle<Value>(Value::Undefined(), isolate) : v; };
  if (desc.IsAccessorDescriptor()) {
    add("get", or_undefined(desc.get));
    add("set", or_undefined(desc.set));
  } else {
    add("value", or_undefined(desc.value));
    add("writable", boolean(desc.writable));
  }
  add("enumerable", boolean(desc.enumerable));
  add("configurable", boolean(desc.configurable));
  return result;
}

// Spec: Object.getOwnPropertyDescriptors(O): one descriptor object per own
// key (strings, then symbols).
Value Builtin_ObjectGetOwnPropertyDescriptors(Isolate* isolate, BuiltinArguments args) {
  Value converted = Runtime_ToObject(isolate, args[0]);
  if (converted.IsException()) return converted;
  Handle<JSReceiver> object(JSReceiver::cast(converted), isolate);
  Handle<JSObject> result = FactoryOf(isolate)->NewJSObject();
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, object);
  for (int i = 0; i < (*keys)->length(); i++) {
    HandleScope scope(isolate);
    Handle<Value> key_value((*keys)->get(i), isolate);
    PropertyKey key = PropertyKey::From(isolate, key_value);
    PropertyDescriptor desc;
    if (!JSReceiver::GetOwnPropertyDescriptor(isolate, object, key, &desc)) continue;
    Handle<JSObject> descriptor = DescriptorObject(isolate, desc);
    (void)JSReceiver::CreateDataProperty(isolate, result, key, Handle<Value>::cast(descriptor));
  }
  return result->ToValue();
}

// -- Unsupported features -----------------------------------------------------------------------

// Every stand-in is this builtin under the feature's name ("Proxy",
// "Reflect.ownKeys"); calling or constructing it is a TypeError
// "<name> is not supported yet".
Value Builtin_UnsupportedFeature(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> target = args.target();
  std::string name = "This feature";
  Handle<Value> name_value;
  PropertyKey name_key = PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_name_string)));
  if (JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(target), name_key).ToHandle(&name_value) &&
      IsString(*name_value)) {
    name = String::cast(*name_value)->ToUTF8();
  }
  return ThrowError(isolate, MessageTemplate::kNotSupported, {name});
}

namespace {

void InstallUnsupportedConstructor(Isolate* isolate, Handle<JSObject> global, const char* name) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  if (JSReceiver::HasOwnProperty(isolate, global, PropertyKey::FromName(key))) return;
  Handle<JSObject> stub = NewBuiltinFunction(isolate, Builtin::kUnsupportedFeature, name);
  InstallValue(isolate, global, name, Handle<Value>::cast(stub));
}

void InstallUnsupportedNamespace(Isolate* isolate, Handle<JSObject> global, const char* name,
                                 std::initializer_list<const char*> methods) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  if (JSReceiver::HasOwnProperty(isolate, global, PropertyKey::FromName(key))) return;
  Handle<JSObject> holder = FactoryOf(isolate)->NewJSObject();
  for (const char* method : methods) {
    std::string full = std::string(name) + "." + method;
    Handle<JSObject> stub = NewBuiltinFunction(isolate, Builtin::kUnsupportedFeature, full.c_str());
    InstallValue(isolate, holder, method, Handle<Value>::cast(stub));
  }
  Handle<Value> tag(FactoryOf(isolate)->InternalizeUtf8(name)->ToValue(), isolate);
  JSObject::AddProperty(isolate, holder, Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)),
                        tag, READ_ONLY | DONT_ENUM);
  InstallValue(isolate, global, name, Handle<Value>::cast(holder));
}

}  // namespace

void SetUpLanguageBuiltins(Isolate* isolate, Handle<JSObject> global) {
  Handle<JSObject> symbol_function;
  {
    Handle<Value> value;
    PropertyKey key = PropertyKey::FromName(FactoryOf(isolate)->InternalizeUtf8("Symbol"));
    if (JSReceiver::GetProperty(isolate, global, key).ToHandle(&value) && IsJSReceiver(*value)) {
      symbol_function = Handle<JSObject>::cast(value);
      InstallFunction(isolate, symbol_function, Builtin::kSymbolFor);
      InstallFunction(isolate, symbol_function, Builtin::kSymbolKeyFor);
    }
  }
  Handle<JSObject> object_function(JSObject::cast(FactoryOf(isolate)->native_context()->object_function()),
                                   isolate);
  InstallFunction(isolate, object_function, Builtin::kObjectSeal);
  InstallFunction(isolate, object_function, Builtin::kObjectIsSealed);
  InstallFunction(isolate, object_function, Builtin::kObjectGetOwnPropertyDescriptors);

  for (const char* name : {"Proxy", "BigInt", "RegExp", "ArrayBuffer", "SharedArrayBuffer", "DataView",
                           "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
                           "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array",
                           "BigUint64Array"}) {
    InstallUnsupportedConstructor(isolate, global, name);
  }
  InstallUnsupportedNamespace(isolate, global, "Reflect",
                              {"apply", "construct", "defineProperty", "deleteProperty", "get",
                               "getOwnPropertyDescriptor", "getPrototypeOf", "has", "isExtensible",
                               "ownKeys", "preventExtensions", "set", "setPrototypeOf"});
  InstallUnsupportedNamespace(isolate, global, "Atomics",
                              {"add", "and", "compareExchange", "exchange", "isLockFree", "load", "notify",
                               "or", "store", "sub", "wait", "xor"});
}

}  // namespace lucid
