// Copyright the Lucid authors. MIT license.
//
// The RUNTIME_FUNCTION_LIST functions the CallRuntime bytecode reaches.

#include "vm/interpreter/runtime_functions.h"

#include <vector>

#include "runtime/builtins.h"
#include "runtime/natives.h"

#include "vm/execution.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

const RuntimeFunction kRuntimeFunctionTable[kRuntimeFunctionCount] = {
#define V(Name, arity) &Runtime_##Name,
    RUNTIME_FUNCTION_LIST(V)
#undef V
};

namespace {

Handle<NativeContext> NativeContextOf(Isolate* isolate) { return FactoryOf(isolate)->native_context(); }

Handle<Name> RootName(Isolate* isolate, RootIndex index) {
  return Handle<Name>(isolate->roots().slot(index));
}

Value ToPropertyKeyValue(Isolate* isolate, Handle<Value> key, PropertyKey* out) {
  Value name = Runtime_ToName(isolate, *key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  *out = PropertyKey::From(isolate, name_h);
  return name;
}

Value DefineData(Isolate* isolate, Handle<Value> object, const PropertyKey& key, Handle<Value> value,
                 PropertyAttributes attributes) {
  PropertyDescriptor desc = PropertyDescriptor::Data(value, attributes);
  MaybeBool ok = JSReceiver::DefineOwnProperty(isolate, Handle<JSReceiver>::cast(object), key, desc);
  if (!ok.has_value()) return Value::Exception();
  return Value::Undefined();
}

Value SetHomeObject(Isolate* isolate, Handle<Value> closure, Handle<Value> home) {
  if (!IsJSFunction(*closure)) return *closure;
  Handle<Name> key = RootName(isolate, RootIndex::k_home_object_symbol);
  return DefineData(isolate, closure, PropertyKey::FromName(key), home, DONT_ENUM);
}

}  // namespace

// -- Script top level -------------------------------------------------------------------------

Value Runtime_DeclareGlobalVar(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSGlobalObject> global(JSGlobalObject::cast(NativeContextOf(isolate)->global_object()), isolate);
  Handle<Name> name = Handle<Name>::cast(args.at(0));
  if (!JSReceiver::HasOwnProperty(isolate, global, PropertyKey::FromName(name))) {
    Handle<Value> cell = JSGlobalObject::EnsurePropertyCell(isolate, global, name, DONT_DELETE);
    if (PropertyCell::cast(*cell)->value().IsTheHole()) {
      PropertyCell::cast(*cell)->set_value(Value::Undefined());
    }
  }
  return Value::Undefined();
}

Value Runtime_DeclareGlobalFunction(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSGlobalObject> global(JSGlobalObject::cast(NativeContextOf(isolate)->global_object()), isolate);
  Handle<Name> name = Handle<Name>::cast(args.at(0));
  Handle<Value> cell = JSGlobalObject::EnsurePropertyCell(isolate, global, name, DONT_DELETE);
  PropertyCell::cast(*cell)->set_value(args[1]);
  return Value::Undefined();
}

// -- Errors -------------------------------------------------------------------------------------

Value Runtime_ThrowConstAssignError(Isolate* isolate, RuntimeArguments) {
  return ThrowError(isolate, MessageTemplate::kConstAssign);
}

Value Runtime_ThrowIteratorResultNotAnObject(Isolate* isolate, RuntimeArguments args) {
  return ThrowError(isolate, MessageTemplate::kIteratorResultNotAnObject,
                    {DescribeValueForMessage(isolate, args[0])});
}

Value Runtime_ThrowPatternAssignmentNonCoercible(Isolate* isolate, RuntimeArguments args) {
  // (value, text, key, nested): see BuildRequireObjectCoercible.
  std::string what = args[0].IsNull() ? "null" : "undefined";
  std::string text = IsString(args[1]) ? String::cast(args[1])->ToUTF8()
                     : args[1].IsTrue() ? DefaultCallSiteText(isolate, args[0])
                                        : what;
  if (IsString(args[2])) {
    std::string key = String::cast(args[2])->ToUTF8();
    if (args[3].IsTrue()) return ThrowError(isolate, MessageTemplate::kNonObjectPropertyLoad, {what, key});
    return ThrowError(isolate, MessageTemplate::kNonObjectDestructure, {key, text, what});
  }
  if (args[3].IsTrue()) return ThrowError(isolate, MessageTemplate::kNonObjectPropertyLoadNoKey, {what});
  return ThrowError(isolate, MessageTemplate::kNonObjectDestructureNoKey, {text, what});
}

Value Runtime_ThrowNotConstructor(Isolate* isolate, RuntimeArguments args) {
  return ThrowCallError(isolate, MessageTemplate::kNotConstructor, args[0]);
}

Value Runtime_ThrowSymbolIteratorInvalid(Isolate* isolate, RuntimeArguments) {
  return ThrowError(isolate, MessageTemplate::kIteratorNotObject);
}

Value Runtime_ThrowUnsupportedSuperError(Isolate* isolate, RuntimeArguments) {
  return ThrowError(isolate, MessageTemplate::kUnexpectedSuper);
}

Value Runtime_ThrowUnsupportedFeature(Isolate* isolate, RuntimeArguments args) {
  return ThrowError(isolate, MessageTemplate::kUnsupportedFeature,
                    {DescribeValueForMessage(isolate, args[0])});
}

Value Runtime_ThrowInvalidLhsError(Isolate* isolate, RuntimeArguments args) {
  return ThrowError(isolate, MessageTemplate::kInvalidLhs,
                    {DescribeValueForMessage(isolate, args[0])});
}

// -- Objects ------------------------------------------------------------------------------------

Value Runtime_CopyDataProperties(Isolate* isolate, RuntimeArguments args) {
  if (args[1].IsNullOrUndefined()) return args[0];
  HandleScope scope(isolate);
  Value source = Runtime_ToObject(isolate, args[1]);
  if (source.IsException()) return source;
  Handle<JSReceiver> from(JSReceiver::cast(source), isolate);
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, from, JSReceiver::kOnlyEnumerable);
  for (int i = 0; i < (*keys)->length(); i++) {
    HandleScope inner(isolate);
    Handle<Value> key((*keys)->get(i), isolate);
    PropertyKey property_key = PropertyKey::From(isolate, key);
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, from, property_key).ToHandle(&value)) return Value::Exception();
    if (!JSReceiver::CreateDataProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), property_key, value)
             .has_value()) {
      return Value::Exception();
    }
  }
  return args[0];
}

Value Runtime_CopyDataPropertiesWithExcludedKeys(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  if (args[0].IsNullOrUndefined()) {
    std::string what = args[0].IsNull() ? "null" : "undefined";
    return ThrowError(isolate, MessageTemplate::kNonObjectDestructureNoKey, {what, what});
  }
  Value source = Runtime_ToObject(isolate, args[0]);
  if (source.IsException()) return source;
  Handle<JSReceiver> from(JSReceiver::cast(source), isolate);
  Handle<JSObject> target = FactoryOf(isolate)->NewJSObject();
  Handle<FixedArray> excluded = FactoryOf(isolate)->NewFixedArray(args.length() - 1);
  for (int i = 1; i < args.length(); i++) {
    Value name = Runtime_ToName(isolate, args[i]);
    if (name.IsException()) return name;
    (*excluded)->set(i - 1, name);
  }
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, from, JSReceiver::kOnlyEnumerable);
  for (int i = 0; i < (*keys)->length(); i++) {
    HandleScope inner(isolate);
    Value name = Runtime_ToName(isolate, (*keys)->get(i));
    if (name.IsException()) return name;
    bool skip = false;
    for (int j = 0; j < (*excluded)->length(); j++) {
      if (SameValue((*excluded)->get(j), name)) skip = true;
    }
    if (skip) continue;
    Handle<Value> key((*keys)->get(i), isolate);
    PropertyKey property_key = PropertyKey::From(isolate, key);
    Handle<Value> value;
    if (!JSReceiver::GetProperty(isolate, from, property_key).ToHandle(&value)) return Value::Exception();
    if (!JSReceiver::CreateDataProperty(isolate, target, property_key, value).has_value()) {
      return Value::Exception();
    }
  }
  return target->ToValue();
}

Value Runtime_DefineAccessorPropertyUnchecked(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  PropertyKey key = PropertyKey::FromIndex(0);
  Value name = ToPropertyKeyValue(isolate, args.at(1), &key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  PropertyDescriptor desc;
  // The accessors' home object is the object they are defined on (super
  // inside a getter/setter).
  if (!args[2].IsNull()) {
    desc.has_get = true;
    desc.get = args.at(2);
    SetFunctionNameFromKey(isolate, args.at(2), name_h, "get");
    if (SetHomeObject(isolate, args.at(2), args.at(0)).IsException()) return Value::Exception();
  }
  if (!args[3].IsNull()) {
    desc.has_set = true;
    desc.set = args.at(3);
    SetFunctionNameFromKey(isolate, args.at(3), name_h, "set");
    if (SetHomeObject(isolate, args.at(3), args.at(0)).IsException()) return Value::Exception();
  }
  desc.has_enumerable = desc.has_configurable = true;
  desc.enumerable = (args[4].AsInt32() & 1) == 0;
  desc.configurable = true;
  if (!JSReceiver::DefineOwnProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), key, desc).has_value()) {
    return Value::Exception();
  }
  return Value::Undefined();
}

Value Runtime_InternalSetPrototype(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  if (!args[1].IsNull() && !IsJSReceiver(args[1])) return Value::Undefined();
  JSReceiver::SetPrototype(isolate, Handle<JSReceiver>::cast(args.at(0)), args.at(1));
  return Value::Undefined();
}

Value Runtime_SetHomeObject(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Value r = SetHomeObject(isolate, args.at(0), args.at(1));
  if (r.IsException()) return r;
  return args[0];
}

Value Runtime_GetHomeObject(Isolate* isolate, RuntimeArguments args) {
  if (!IsJSReceiver(args[0])) return Value::Undefined();
  HandleScope scope(isolate);
  Handle<Name> key = RootName(isolate, RootIndex::k_home_object_symbol);
  Handle<Value> result;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), PropertyKey::FromName(key))
           .ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

Value Runtime_SetFunctionName(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  SetFunctionNameFromKey(isolate, args.at(0), args.at(1), nullptr);
  return args[0];
}

// -- Private names ------------------------------------------------------------------------------

Value Runtime_CreatePrivateName(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Symbol> symbol = FactoryOf(isolate)->NewPrivateSymbol(args.at(0));
  if (IsString(args[1])) {
    (*symbol)->set_flags((*symbol)->flags() | Symbol::kIsPrivateBrand |
                         (args[2].IsTrue() ? Symbol::kIsStaticBrand : 0));
    (*symbol)->set_brand_class(args[1]);
  }
  return symbol->ToValue();
}

namespace {
std::string PrivateDescription(Value symbol) {
  Value d = Symbol::cast(symbol)->description();
  return IsString(d) ? String::cast(d)->ToUTF8() : "#<private>";
}

// V8 checks a private method's or accessor's brand (the class) before
// anything else, and names the class in the null/undefined case too.
std::string PrivateKeyName(Value symbol) {
  Symbol* s = Symbol::cast(symbol);
  if (s->is_private_brand()) return String::cast(s->brand_class())->ToUTF8();
  return PrivateDescription(symbol);
}

Value ThrowMissingPrivate(Isolate* isolate, Value symbol, MessageTemplate field_template) {
  Symbol* s = Symbol::cast(symbol);
  if (!s->is_private_brand()) return ThrowError(isolate, field_template, {PrivateDescription(symbol)});
  return ThrowError(isolate,
                    s->is_static_brand() ? MessageTemplate::kInvalidPrivateBrandStatic
                                         : MessageTemplate::kInvalidPrivateBrandInstance,
                    {String::cast(s->brand_class())->ToUTF8()});
}
}  // namespace

Value Runtime_LoadPrivateField(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Name> key = Handle<Name>::cast(args.at(1));
  if (args[0].IsNullOrUndefined()) {
    return ThrowError(isolate, MessageTemplate::kNonObjectPropertyLoad,
                      {args[0].IsNull() ? "null" : "undefined", PrivateKeyName(args[1])});
  }
  if (!IsJSReceiver(args[0]) ||
      !JSReceiver::HasOwnProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), PropertyKey::FromName(key))) {
    return ThrowMissingPrivate(isolate, args[1], MessageTemplate::kInvalidPrivateMemberRead);
  }
  PropertyDescriptor desc;
  if (JSReceiver::GetOwnPropertyDescriptor(isolate, Handle<JSReceiver>::cast(args.at(0)),
                                           PropertyKey::FromName(key), &desc) &&
      desc.IsAccessorDescriptor() && (desc.get.is_null() || desc.get->IsUndefined())) {
    return ThrowError(isolate, MessageTemplate::kInvalidPrivateGetterAccess, {PrivateDescription(args[1])});
  }
  Handle<Value> result;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), PropertyKey::FromName(key))
           .ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

Value Runtime_StorePrivateField(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Name> key = Handle<Name>::cast(args.at(1));
  if (args[0].IsNullOrUndefined()) {
    return ThrowError(isolate, MessageTemplate::kNonObjectPropertyStore,
                      {args[0].IsNull() ? "null" : "undefined", PrivateKeyName(args[1])});
  }
  if (!IsJSReceiver(args[0]) ||
      !JSReceiver::HasOwnProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), PropertyKey::FromName(key))) {
    return ThrowMissingPrivate(isolate, args[1], MessageTemplate::kInvalidPrivateMemberWrite);
  }
  // Private methods are read-only; private accessors run their setter.
  PropertyDescriptor desc;
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  if (JSReceiver::GetOwnPropertyDescriptor(isolate, object, PropertyKey::FromName(key), &desc)) {
    if (desc.IsAccessorDescriptor()) {
      if (desc.set.is_null() || desc.set->IsUndefined()) {
        return ThrowError(isolate, MessageTemplate::kInvalidPrivateSetterAccess, {PrivateDescription(args[1])});
      }
      Handle<Value> setter = desc.set;
      Handle<Value> value = args.at(2);
      if (Execution::Call(isolate, setter, Handle<Value>::cast(object), 1, &value).is_null()) {
        return Value::Exception();
      }
      return args[2];
    }
    if (!desc.writable) {
      return ThrowError(isolate, MessageTemplate::kInvalidPrivateMethodWrite, {PrivateDescription(args[1])});
    }
  }
  Value r = DefineData(isolate, args.at(0), PropertyKey::FromName(key), args.at(2), DONT_ENUM);
  if (r.IsException()) return r;
  return args[2];
}

Value Runtime_DefinePrivateField(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<Name> key = Handle<Name>::cast(args.at(1));
  if (JSReceiver::HasOwnProperty(isolate, Handle<JSReceiver>::cast(args.at(0)), PropertyKey::FromName(key))) {
    return ThrowError(isolate, MessageTemplate::kInvalidPrivateFieldReinitialization,
                      {PrivateDescription(args[1])});
  }
  Value r = DefineData(isolate, args.at(0), PropertyKey::FromName(key), args.at(2), DONT_ENUM);
  if (r.IsException()) return r;
  return args[2];
}

Value Runtime_DefinePrivateMember(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(args.at(0));
  PropertyKey key = PropertyKey::FromName(Handle<Name>::cast(args.at(1)));
  int kind = args[3].AsInt32();
  PropertyDescriptor current;
  bool exists = JSReceiver::GetOwnPropertyDescriptor(isolate, object, key, &current);
  auto absent = [](const Handle<Value>& half) { return half.is_null() || half->IsUndefined(); };
  bool completes_pair = exists && current.IsAccessorDescriptor() &&
                        (kind == 1 ? absent(current.get) : kind == 2 && absent(current.set));
  if (exists && !completes_pair) {
    return ThrowError(isolate, MessageTemplate::kInvalidPrivateFieldReinitialization,
                      {PrivateDescription(args[1])});
  }
  PropertyDescriptor desc;
  desc.has_enumerable = desc.has_configurable = true;
  desc.enumerable = false;
  desc.configurable = kind != 0;  // an accessor's other half is added later
  if (kind == 0) {
    desc.has_value = desc.has_writable = true;
    desc.value = args.at(2);
    desc.writable = false;
  } else if (kind == 1) {
    desc.has_get = true;
    desc.get = args.at(2);
  } else {
    desc.has_set = true;
    desc.set = args.at(2);
  }
  if (!JSReceiver::DefineOwnProperty(isolate, object, key, desc).has_value()) return Value::Exception();
  return Value::Undefined();
}

// -- Classes --------------------------------------------------------------------------------------

Value Runtime_DefineClass(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  Factory* factory = FactoryOf(isolate);
  Handle<JSFunction> constructor = Handle<JSFunction>::cast(args.at(0));
  Handle<Value> parent = args.at(1);
  Handle<Value> proto_parent(NativeContextOf(isolate)->object_prototype(), isolate);
  Handle<Value> ctor_parent(NativeContextOf(isolate)->function_prototype(), isolate);
  if (parent->IsNull()) {
    proto_parent.Patch(Value::Null());
  } else if (!parent->IsTheHole()) {
    if (!IsConstructor(*parent)) {
      return ThrowError(isolate, MessageTemplate::kExtendsValueNotConstructor,
                        {DescribeValueForMessage(isolate, *parent)});
    }
    Value p = Runtime_GetProperty(isolate, *parent, isolate->roots().prototype_string());
    if (p.IsException()) return p;
    if (!p.IsNull() && !IsJSReceiver(p)) {
      return ThrowError(isolate, MessageTemplate::kPrototypeParentNotAnObject,
                        {DescribeValueForMessage(isolate, p)});
    }
    proto_parent.Patch(p);
    ctor_parent.Patch(*parent);
  }
  Handle<JSObject> prototype = factory->NewJSObject();
  JSReceiver::SetPrototype(isolate, prototype, proto_parent);
  JSReceiver::SetPrototype(isolate, constructor, ctor_parent);
  Handle<Name> constructor_key = RootName(isolate, RootIndex::k_constructor_string);
  JSObject::AddProperty(isolate, prototype, constructor_key, constructor, DONT_ENUM);
  Handle<Name> prototype_key = RootName(isolate, RootIndex::k_prototype_string);
  JSObject::AddProperty(isolate, constructor, prototype_key, prototype,
                        READ_ONLY | DONT_ENUM | DONT_DELETE);
  JSFunction::SetInstancePrototype(isolate, constructor, prototype);
  Value r = SetHomeObject(isolate, constructor, prototype);
  if (r.IsException()) return r;
  return prototype->ToValue();
}

Value Runtime_DefineClassMethod(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  PropertyKey key = PropertyKey::FromIndex(0);
  Value name = ToPropertyKeyValue(isolate, args.at(1), &key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  Handle<Value> closure = args.at(2);
  if (IsJSFunction(*closure)) {
    Value current = JSFunction::cast(*closure)->shared()->name();
    if (!IsString(current) || String::cast(current)->length() == 0) {
      SetFunctionNameFromKey(isolate, closure, name_h, nullptr);
    }
  }
  Value r = SetHomeObject(isolate, closure, args.at(0));
  if (r.IsException()) return r;
  r = DefineData(isolate, args.at(0), key, closure, DONT_ENUM);
  if (r.IsException()) return r;
  return *closure;
}

// -- super --------------------------------------------------------------------------------------

Value Runtime_LoadKeyedFromSuper(Isolate* isolate, RuntimeArguments args) {
  return Runtime_GetFromSuper(isolate, args[0], args[1], args[2]);
}

Value Runtime_StoreToSuper(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  if (!IsJSReceiver(args[1])) return args[3];
  Value proto = JSReceiver::cast(args[1])->GetPrototype();
  if (!IsJSReceiver(proto)) return ThrowPropertyAccessError(isolate, proto, args[2], true);
  Handle<JSReceiver> proto_h(JSReceiver::cast(proto), isolate);
  PropertyKey key = PropertyKey::FromIndex(0);
  Value name = ToPropertyKeyValue(isolate, args.at(2), &key);
  if (name.IsException()) return name;
  MaybeBool ok = JSReceiver::SetProperty(isolate, proto_h, key, args.at(3), args.at(0));
  if (!ok.has_value()) return Value::Exception();
  return args[3];
}

// -- Calls ----------------------------------------------------------------------------------------

Value Runtime_Apply(Isolate* isolate, RuntimeArguments args) {
  return InvokeWithArrayLike(isolate, args[0], args[1], Value::Undefined(), args[2]);
}

Value Runtime_ConstructWithArray(Isolate* isolate, RuntimeArguments args) {
  if (!IsConstructor(args[0])) return ThrowCallError(isolate, MessageTemplate::kNotConstructor, args[0]);
  return InvokeWithArrayLike(isolate, args[0], Value::TheHole(), args[2], args[1]);
}

Value Runtime_ArrayAppend(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  JSArray* array = JSArray::cast(args[0]);
  uint32_t index = array->length();
  if (!JSReceiver::CreateDataProperty(isolate, Handle<JSReceiver>::cast(args.at(0)),
                                      PropertyKey::FromIndex(index), args.at(1))
           .has_value()) {
    return Value::Exception();
  }
  return args[0];
}

// -- Natives ------------------------------------------------------------------------------------

// CallNative(name, args...): the builtin of %name called with args (receiver
// undefined). Natives are test helpers, so the function object is made per
// call rather than kept in a root.
Value Runtime_CallNative(Isolate* isolate, RuntimeArguments args) {
  HandleScope scope(isolate);
  std::string name = DescribeValueForMessage(isolate, args[0]);
  Builtin id;
  if (!LookupNative(name, &id)) return ThrowError(isolate, MessageTemplate::kUnknownNative, {name});
  Handle<Value> function = NewBuiltinFunction(isolate, id);
  std::vector<Handle<Value>> argv;
  for (int i = 1; i < args.length(); i++) argv.push_back(args.at(i));
  Handle<Value> receiver(Value::Undefined(), isolate);
  Handle<Value> result;
  if (!Execution::Call(isolate, function, receiver, static_cast<int>(argv.size()), argv.data())
           .ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

}  // namespace lucid
