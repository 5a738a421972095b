// Copyright the Lucid authors. MIT license.
//
// The builtin registry (kBuiltinInfo), the installers, and the core
// builtins: Function.prototype.call/apply/bind, Object basics, Error
// constructors, Symbol, and the array/string iterators.

#include "runtime/builtins.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "runtime/job_queue.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/protectors.h"
#include "runtime/library/builtins_array.h"
#include "runtime/library/builtins_object.h"
#include "runtime/library/builtins_string.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

const BuiltinInfo kBuiltinInfo[kBuiltinCount] = {
#define V(Name, js_name, length, kind) {&Builtin_##Name, js_name, length, BuiltinKind::kind},
    BUILTIN_LIST(V)
#undef V
};

bool TryFastBuiltinCall(Isolate* isolate, int builtin_id, Value receiver, int argc, const Value* args,
                        int stride, Value* out) {
  // Keep HasFastBuiltinCall (builtins.h) in step with the cases here.
  switch (static_cast<Builtin>(builtin_id)) {
    case Builtin::kLibArrayPrototypePush:
      return TryFastArrayPush(isolate, receiver, argc, args, stride, out);
    case Builtin::kLibStringPrototypeCharCodeAt:
      return TryFastStringCharCodeAt(receiver, argc, args, stride, out);
    case Builtin::kLibStringPrototypeCharAt:
      return TryFastStringCharAt(isolate, receiver, argc, args, stride, out);
    case Builtin::kLibStringFromCharCode:
      return TryFastStringFromCharCode(isolate, argc, args, stride, out);
    case Builtin::kLibObjectPrototypeHasOwnProperty:
      return TryFastHasOwnProperty(isolate, receiver, argc, args, stride, out);
    default:
      return false;
  }
}

namespace {

Handle<NativeContext> NativeContextOf(Isolate* isolate) { return FactoryOf(isolate)->native_context(); }

Handle<Name> RootName(Isolate* isolate, RootIndex index) {
  return Handle<Name>(isolate->roots().slot(index));
}

}  // namespace

// -- Installers ----------------------------------------------------------------------------------

Handle<JSObject> NewBuiltinFunction(Isolate* isolate, Builtin id, const char* name) {
  Factory* factory = FactoryOf(isolate);
  const BuiltinInfo& info = BuiltinInfoOf(static_cast<int>(id));
  Handle<String> name_string = factory->InternalizeUtf8(name != nullptr ? name : info.name);
  Handle<SharedFunctionInfo> shared = factory->NewSharedFunctionInfo(name_string, FunctionKind::kBuiltin);
  (*shared)->set_function_data(Value::FromInt32(static_cast<int32_t>(id)));
  (*shared)->set_is_strict(true);
  (*shared)->set_formal_parameter_count(info.length);
  Handle<Value> context(isolate->roots().native_context(), isolate);
  Handle<JSFunction> function = factory->NewJSFunction(shared, context);
  (*function)->FastPropertyAtPut(0, Value::FromInt32(info.length));
  (*function)->FastPropertyAtPut(1, name_string->ToValue());
  return function;
}

Handle<JSObject> InstallFunction(Isolate* isolate, Handle<JSObject> holder, Builtin id,
                                 const char* name) {
  const char* key = name != nullptr ? name : BuiltinInfoOf(static_cast<int>(id)).name;
  Handle<JSObject> function = NewBuiltinFunction(isolate, id, key);
  Handle<Name> key_name = FactoryOf(isolate)->InternalizeUtf8(key);
  JSObject::AddProperty(isolate, holder, key_name, function, DONT_ENUM);
  return function;
}

Handle<JSObject> InstallFunctionWithSymbol(Isolate* isolate, Handle<JSObject> holder,
                                           Handle<Value> symbol, Builtin id) {
  Handle<JSObject> function = NewBuiltinFunction(isolate, id);
  JSObject::AddProperty(isolate, holder, Handle<Name>::cast(symbol), function, DONT_ENUM);
  return function;
}

void InstallAccessor(Isolate* isolate, Handle<JSObject> holder, const char* name, Builtin getter,
                     Builtin setter, bool enumerable) {
  Handle<Value> get(Value::Undefined(), isolate), set(Value::Undefined(), isolate);
  if (getter != Builtin::kCount) get = NewBuiltinFunction(isolate, getter);
  if (setter != Builtin::kCount) set = NewBuiltinFunction(isolate, setter);
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  JSObject::AddAccessor(isolate, holder, key, get, set, enumerable ? NONE : DONT_ENUM);
}

void InstallValue(Isolate* isolate, Handle<JSObject> holder, const char* name, Handle<Value> value,
                  bool writable, bool configurable, bool enumerable) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  PropertyAttributes attributes = AttributesFromWEC(writable, enumerable, configurable);
  JSObject::AddProperty(isolate, holder, key, value, attributes);
}

// -- Function.prototype --------------------------------------------------------------------------

Value Builtin_FunctionPrototype(Isolate*, BuiltinArguments) { return Value::Undefined(); }

Value Builtin_FunctionConstructor(Isolate* isolate, BuiltinArguments) {
  return ThrowError(isolate, MessageTemplate::kNotSupported, {"Function constructor (eval)"});
}

// Spec: Function.prototype.call(thisArg, ...args)
Value Builtin_FunctionPrototypeCall(Isolate* isolate, BuiltinArguments args) {
  Value target = *args.receiver();
  if (!IsCallable(target)) return ThrowCallError(isolate, MessageTemplate::kNotAFunction, target);
  int argc = std::max(0, args.length() - 1);
  return InvokeFunction(isolate, target, args[0], Value::Undefined(), argc, args.arguments() + 1, 1);
}

// Spec: CreateListFromArrayLike(obj) into a FixedArray.
Value CreateListFromArrayLike(Isolate* isolate, Handle<Value> object) {
  if (IsJSArray(*object) || IsFixedArray(*object)) return Runtime_IterableToFixedArray(isolate, *object);
  if (!IsJSReceiver(*object)) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"CreateListFromArrayLike"});
  }
  Value length = Runtime_GetProperty(isolate, *object, isolate->roots().length_string());
  if (length.IsException()) return length;
  Value n = Runtime_ToNumber(isolate, length);
  if (n.IsException()) return n;
  int count = static_cast<int>(std::clamp(n.Number(), 0.0, 1e7));
  if (std::isnan(n.Number())) count = 0;
  Handle<FixedArray> list = FactoryOf(isolate)->NewFixedArray(count);
  for (int i = 0; i < count; i++) {
    Value v = Runtime_GetProperty(isolate, *object, Value::FromInt32(i));
    if (v.IsException()) return v;
    (*list)->set(i, v);
  }
  return list->ToValue();
}

// Spec: Function.prototype.apply(thisArg, argArray)
Value Builtin_FunctionPrototypeApply(Isolate* isolate, BuiltinArguments args) {
  Value target = *args.receiver();
  if (!IsCallable(target)) return ThrowCallError(isolate, MessageTemplate::kNotAFunction, target);
  if (args[1].IsNullOrUndefined()) {
    return InvokeFunction(isolate, target, args[0], Value::Undefined(), 0, nullptr, 1);
  }
  Value list = CreateListFromArrayLike(isolate, args.at(1));
  if (list.IsException()) return list;
  return InvokeWithArrayLike(isolate, *args.receiver(), args[0], Value::Undefined(), list);
}

// Spec: Function.prototype.bind(thisArg, ...args)
Value Builtin_FunctionPrototypeBind(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> target = args.receiver();
  if (!IsCallable(*target)) return ThrowError(isolate, MessageTemplate::kBindNonFunction);
  Factory* factory = FactoryOf(isolate);
  int bound_count = std::max(0, args.length() - 1);
  Handle<FixedArray> bound = factory->NewFixedArray(bound_count);
  for (int i = 0; i < bound_count; i++) (*bound)->set(i, args[i + 1]);
  Handle<JSBoundFunction> function = factory->NewJSBoundFunction(target, args.at(0), bound);
  // Spec: the bound function's [[Prototype]] is the target's (a bound
  // generator function inherits from %GeneratorFunction.prototype%).
  Handle<Value> target_proto(JSReceiver::cast(*target)->GetPrototype(), isolate);
  if (*target_proto != NativeContextOf(isolate)->function_prototype()) {
    (void)JSReceiver::SetPrototype(isolate, function, target_proto);  // a fresh object: cannot fail
  }
  // name = "bound " + target.name; length = max(0, target.length - bound).
  Value name = Runtime_GetProperty(isolate, *target, isolate->roots().name_string());
  if (name.IsException()) return name;
  std::string text = "bound " + (IsString(name) ? String::cast(name)->ToUTF8() : std::string());
  // Spec: 5-6. L = target's own "length" as ToIntegerOrInfinity, minus the
  // bound count, at least 0 (+-Infinity kept as +Infinity / 0).
  double n = 0;
  Handle<JSReceiver> target_object(JSReceiver::cast(*target), isolate);
  if (JSReceiver::HasOwnProperty(isolate, target_object,
                                 PropertyKey::FromName(RootName(isolate, RootIndex::k_length_string)))) {
    Value length = Runtime_GetProperty(isolate, *target, isolate->roots().length_string());
    if (length.IsException()) return length;
    if (length.IsNumber()) {
      double l = length.Number();
      if (std::isinf(l)) {
        n = l > 0 ? l : 0;
      } else if (!std::isnan(l)) {
        n = std::max(0.0, std::trunc(l) - bound_count);
      }
    }
  }
  Handle<Value> length_value(Value::FromDouble(n), isolate);
  Handle<Value> name_value(factory->NewStringFromUtf8(text)->ToValue(), isolate);
  JSObject::AddProperty(isolate, function, RootName(isolate, RootIndex::k_length_string), length_value,
                        READ_ONLY | DONT_ENUM);
  JSObject::AddProperty(isolate, function, RootName(isolate, RootIndex::k_name_string), name_value,
                        READ_ONLY | DONT_ENUM);
  return function->ToValue();
}

Value Builtin_FunctionPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  Value target = *args.receiver();
  if (!IsCallable(target)) {
    return ThrowError(isolate, MessageTemplate::kNotGeneric, {"Function.prototype.toString", "Function"});
  }
  // A bound function has no source text: V8 prints the native form.
  if (IsJSBoundFunction(target)) {
    return FactoryOf(isolate)->NewStringFromUtf8("function () { [native code] }")->ToValue();
  }
  std::string text = DescribeValueForMessage(isolate, target);
  return FactoryOf(isolate)->NewStringFromUtf8(text)->ToValue();
}

Value Builtin_FunctionPrototypeHasInstance(Isolate* isolate, BuiltinArguments args) {
  return OrdinaryHasInstance(isolate, *args.receiver(), args[0]);
}

// -- Object --------------------------------------------------------------------------------------

Value Builtin_ObjectConstructor(Isolate* isolate, BuiltinArguments args) {
  if (args[0].IsNullOrUndefined()) return FactoryOf(isolate)->NewJSObject()->ToValue();
  return Runtime_ToObject(isolate, args[0]);
}

Value Builtin_ObjectPrototypeHasOwnProperty(Isolate* isolate, BuiltinArguments args) {
  Value name = Runtime_ToName(isolate, args[0]);
  if (name.IsException()) return name;
  Handle<Value> key(name, isolate);
  Value object = Runtime_ToObject(isolate, *args.receiver());
  if (object.IsException()) return object;
  Handle<JSReceiver> receiver(JSReceiver::cast(object), isolate);
  return Value::FromBool(JSReceiver::HasOwnProperty(isolate, receiver, PropertyKey::From(isolate, key)));
}

Value Builtin_ObjectPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  Value receiver = *args.receiver();
  const char* tag = "Object";
  if (receiver.IsUndefined()) tag = "Undefined";
  else if (receiver.IsNull()) tag = "Null";
  else if (IsJSArray(receiver)) tag = "Array";
  else if (IsCallable(receiver)) tag = "Function";
  else if (IsJSError(receiver)) tag = "Error";
  else if (receiver.IsBoolean()) tag = "Boolean";
  else if (receiver.IsNumber()) tag = "Number";
  else if (IsString(receiver)) tag = "String";
  else if (IsJSArgumentsObject(receiver)) tag = "Arguments";
  if (IsJSReceiver(receiver)) {
    Value t = Runtime_GetProperty(isolate, receiver, isolate->roots().to_string_tag_symbol());
    if (t.IsException()) return t;
    if (IsString(t)) {
      std::string text = "[object " + String::cast(t)->ToUTF8() + "]";
      return FactoryOf(isolate)->NewStringFromUtf8(text)->ToValue();
    }
  }
  std::string text = std::string("[object ") + tag + "]";
  return FactoryOf(isolate)->NewStringFromUtf8(text)->ToValue();
}

Value Builtin_ObjectPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  return Runtime_ToObject(isolate, *args.receiver());
}

Value Builtin_ObjectGetPrototypeOf(Isolate* isolate, BuiltinArguments args) {
  Value object = Runtime_ToObject(isolate, args[0]);
  if (object.IsException()) return object;
  return JSReceiver::cast(object)->GetPrototype();
}

Value Builtin_ObjectSetPrototypeOf(Isolate* isolate, BuiltinArguments args) {
  if (args[0].IsNullOrUndefined()) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNullOrUndefined, {"Object.setPrototypeOf"});
  }
  if (!args[1].IsNull() && !IsJSReceiver(args[1])) {
    return ThrowError(isolate, MessageTemplate::kProtoObjectOrNull,
                      {DescribeValueForMessage(isolate, args[1])});
  }
  if (!IsJSReceiver(args[0])) return args[0];
  if (!JSReceiver::SetPrototype(isolate, Handle<JSReceiver>::cast(args.at(0)), args.at(1))) {
    return ThrowError(isolate, MessageTemplate::kCyclicProto);
  }
  return args[0];
}

Value Builtin_ObjectCreate(Isolate* isolate, BuiltinArguments args) {
  if (!args[0].IsNull() && !IsJSReceiver(args[0])) {
    return ThrowError(isolate, MessageTemplate::kProtoObjectOrNull,
                      {DescribeValueForMessage(isolate, args[0])});
  }
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectWithPrototype(args.at(0));
  if (!args[1].IsUndefined()) {
    return ThrowError(isolate, MessageTemplate::kNotSupported, {"Object.create with properties"});
  }
  return object->ToValue();
}

Value Builtin_ObjectKeys(Isolate* isolate, BuiltinArguments args) {
  Value object = Runtime_ToObject(isolate, args[0]);
  if (object.IsException()) return object;
  Handle<JSReceiver> receiver(JSReceiver::cast(object), isolate);
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(
      isolate, receiver, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
  return FactoryOf(isolate)->NewJSArrayWithElements(keys)->ToValue();
}

// Spec: ToPropertyDescriptor(obj).
Value ToPropertyDescriptor(Isolate* isolate, Handle<Value> object, PropertyDescriptor* desc) {
  if (!IsJSReceiver(*object)) {
    return ThrowError(isolate, MessageTemplate::kPropertyDescObject,
                      {DescribeValueForMessage(isolate, *object)});
  }
  Handle<JSReceiver> o = Handle<JSReceiver>::cast(object);
  struct Field {
    RootIndex key;
    bool* has;
    bool* flag;
    Handle<Value>* value;
  };
  Field fields[] = {
      {RootIndex::k_enumerable_string, &desc->has_enumerable, &desc->enumerable, nullptr},
      {RootIndex::k_configurable_string, &desc->has_configurable, &desc->configurable, nullptr},
      {RootIndex::k_value_string, &desc->has_value, nullptr, &desc->value},
      {RootIndex::k_writable_string, &desc->has_writable, &desc->writable, nullptr},
      {RootIndex::k_get_string, &desc->has_get, nullptr, &desc->get},
      {RootIndex::k_set_string, &desc->has_set, nullptr, &desc->set},
  };
  for (Field& f : fields) {
    Handle<Name> key = RootName(isolate, f.key);
    MaybeBool has = JSReceiver::HasProperty(isolate, o, PropertyKey::FromName(key));
    if (!has.has_value()) return Value::Exception();
    if (!*has) continue;
    Handle<Value> v;
    if (!JSReceiver::GetProperty(isolate, o, PropertyKey::FromName(key)).ToHandle(&v)) {
      return Value::Exception();
    }
    *f.has = true;
    if (f.flag != nullptr) *f.flag = ToBoolean(*v);
    if (f.value != nullptr) *f.value = v;
  }
  if (desc->has_get && !desc->get->IsUndefined() && !IsCallable(*desc->get)) {
    return ThrowError(isolate, MessageTemplate::kGetterMustBeCallable,
                      {DescribeValueForMessage(isolate, *desc->get)});
  }
  if (desc->has_set && !desc->set->IsUndefined() && !IsCallable(*desc->set)) {
    return ThrowError(isolate, MessageTemplate::kSetterMustBeCallable,
                      {DescribeValueForMessage(isolate, *desc->set)});
  }
  if ((desc->has_get || desc->has_set) && (desc->has_value || desc->has_writable)) {
    return ThrowError(isolate, MessageTemplate::kInvalidPropertyDescriptor,
                      {DescribeValueForMessage(isolate, *object)});
  }
  return Value::Undefined();
}

Value Builtin_ObjectDefineProperty(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"Object.defineProperty"});
  }
  Value name = Runtime_ToName(isolate, args[1]);
  if (name.IsException()) return name;
  Handle<Value> key(name, isolate);
  PropertyDescriptor desc;
  Value r = ToPropertyDescriptor(isolate, args.at(2), &desc);
  if (r.IsException()) return r;
  MaybeBool ok = JSReceiver::DefineOwnProperty(isolate, Handle<JSReceiver>::cast(args.at(0)),
                                               PropertyKey::From(isolate, key), desc);
  if (!ok.has_value()) return Value::Exception();
  if (!*ok) {
    return ThrowError(isolate, MessageTemplate::kRedefineDisallowed,
                      {DescribeValueForMessage(isolate, *key)});
  }
  return args[0];
}

// -- Errors --------------------------------------------------------------------------------------

namespace {

// Spec: the NativeError constructors (20.5.6.1): allocate from new.target's
// shape (so subclasses work), set message and cause, capture the stack.
Value ConstructError(Isolate* isolate, BuiltinArguments args) {
  Handle<JSFunction> target = Handle<JSFunction>::cast(args.target());
  Handle<Value> new_target_value = args.is_construct_call() ? args.new_target() : Handle<Value>(args.target());
  Handle<Shape> shape;
  if (IsJSFunction(*new_target_value) && *new_target_value != target->ToValue()) {
    Handle<JSFunction> nt = Handle<JSFunction>::cast(new_target_value);
    // Keep new.target's initial shape in step with its "prototype".
    Value proto = Runtime_GetProperty(isolate, nt->ToValue(), isolate->roots().prototype_string());
    if (proto.IsException()) return proto;
    Handle<Value> proto_h(proto, isolate);
    if ((*nt)->instance_prototype() != *proto_h) JSFunction::SetInstancePrototype(isolate, nt, proto_h);
    JSFunction::EnsureInitialShape(isolate, target, InstanceType::kJSError, JSError::kHeaderSize);
    shape = JSFunction::GetDerivedShape(isolate, target, nt);
  } else {
    shape = JSFunction::EnsureInitialShape(isolate, target, InstanceType::kJSError, JSError::kHeaderSize);
  }
  Handle<JSObject> error = FactoryOf(isolate)->NewJSObjectFromShape(shape);
  if (!args[0].IsUndefined()) {
    Value message = Runtime_ToString(isolate, args[0]);
    if (message.IsException()) return message;
    Handle<Value> message_h(message, isolate);
    JSObject::AddProperty(isolate, error, RootName(isolate, RootIndex::k_message_string), message_h,
                          DONT_ENUM);
  }
  if (IsJSReceiver(args[1])) {
    Handle<Name> cause = RootName(isolate, RootIndex::k_cause_string);
    MaybeBool has = JSReceiver::HasProperty(isolate, Handle<JSReceiver>::cast(args.at(1)),
                                            PropertyKey::FromName(cause));
    if (!has.has_value()) return Value::Exception();
    if (*has) {
      Value v = Runtime_GetProperty(isolate, args[1], cause->ToValue());
      if (v.IsException()) return v;
      Handle<Value> v_h(v, isolate);
      JSObject::AddProperty(isolate, error, cause, v_h, DONT_ENUM);
    }
  }
  CaptureErrorStack(isolate, error, *new_target_value);
  return error->ToValue();
}

}  // namespace

Value Builtin_ErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_TypeErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_RangeErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_ReferenceErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_SyntaxErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_EvalErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}
Value Builtin_URIErrorConstructor(Isolate* isolate, BuiltinArguments args) {
  return ConstructError(isolate, args);
}

Value Builtin_ThrowTypeErrorAccessor(Isolate* isolate, BuiltinArguments) {
  return ThrowError(isolate, MessageTemplate::kStrictPoisonPill);
}

// Error.captureStackTrace(object, constructorOpt): V8's API node code uses.
Value Builtin_ErrorCaptureStackTrace(Isolate* isolate, BuiltinArguments args) {
  if (!IsJSReceiver(args[0])) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNonObject, {"Error.captureStackTrace"});
  }
  // Skip this builtin's own frame, or up to and including constructorOpt.
  Value skip = IsJSFunction(args[1]) ? args[1] : *args.target();
  CaptureErrorStack(isolate, Handle<JSObject>::cast(args.at(0)), skip);
  return Value::Undefined();
}

Value Builtin_ErrorPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  return ErrorToString(isolate, args.receiver());
}

// -- Symbol --------------------------------------------------------------------------------------

Value Builtin_SymbolConstructor(Isolate* isolate, BuiltinArguments args) {
  if (args.is_construct_call()) return ThrowError(isolate, MessageTemplate::kSymbolConstructor);
  Handle<Value> description(Value::Undefined(), isolate);
  if (!args[0].IsUndefined()) {
    Value s = Runtime_ToString(isolate, args[0]);
    if (s.IsException()) return s;
    description.Patch(s);
  }
  return FactoryOf(isolate)->NewSymbol(description)->ToValue();
}

namespace {
Value ThisSymbol(Isolate* isolate, Value receiver, const char* method) {
  if (IsSymbol(receiver)) return receiver;
  if (IsJSPrimitiveWrapper(receiver) && IsSymbol(JSPrimitiveWrapper::cast(receiver)->value())) {
    return JSPrimitiveWrapper::cast(receiver)->value();
  }
  return ThrowError(isolate, MessageTemplate::kNotGeneric, {method, "Symbol"});
}
}  // namespace

Value Builtin_SymbolPrototypeToString(Isolate* isolate, BuiltinArguments args) {
  Value symbol = ThisSymbol(isolate, *args.receiver(), "Symbol.prototype.toString");
  if (symbol.IsException()) return symbol;
  return FactoryOf(isolate)->NewStringFromUtf8(Symbol::cast(symbol)->ToDescriptiveString())->ToValue();
}

Value Builtin_SymbolPrototypeValueOf(Isolate* isolate, BuiltinArguments args) {
  return ThisSymbol(isolate, *args.receiver(), "Symbol.prototype.valueOf");
}

Value Builtin_SymbolPrototypeToPrimitive(Isolate* isolate, BuiltinArguments args) {
  return ThisSymbol(isolate, *args.receiver(), "Symbol.prototype [ @@toPrimitive ]");
}

Value Builtin_SymbolPrototypeDescriptionGetter(Isolate* isolate, BuiltinArguments args) {
  Value symbol = ThisSymbol(isolate, *args.receiver(), "Symbol.prototype.description");
  if (symbol.IsException()) return symbol;
  return Symbol::cast(symbol)->description();
}

// -- Iterators ------------------------------------------------------------------------------------
//
// An array/string iterator is a plain object with prototype
// %ArrayIteratorPrototype% (or %StringIteratorPrototype%) and three private
// fields: the iterated value (undefined once exhausted), the next index and
// the kind (ArrayIteratorKind; kString marks a string iterator, which is how
// each next tells its own receivers from the other kind's).

namespace {

struct IteratorKeys {
  Handle<Name> target;
  Handle<Name> index;
  Handle<Name> kind;  // 0 values, 1 keys, 2 entries (ArrayIteratorKind)
};

IteratorKeys IteratorFieldKeys(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->iterator_target_symbol.IsEmpty()) {
    Factory* factory = FactoryOf(isolate);
    Handle<Value> d1(factory->InternalizeAscii("#iterated")->ToValue(), isolate);
    Handle<Value> d2(factory->InternalizeAscii("#index")->ToValue(), isolate);
    Handle<Value> d3(factory->InternalizeAscii("#kind")->ToValue(), isolate);
    state->iterator_target_symbol.Reset(isolate, Handle<Value>(factory->NewPrivateSymbol(d1)));
    state->iterator_index_symbol.Reset(isolate, Handle<Value>(factory->NewPrivateSymbol(d2)));
    state->iterator_kind_symbol.Reset(isolate, Handle<Value>(factory->NewPrivateSymbol(d3)));
  }
  return {Handle<Name>::cast(state->iterator_target_symbol.Get()),
          Handle<Name>::cast(state->iterator_index_symbol.Get()),
          Handle<Name>::cast(state->iterator_kind_symbol.Get())};
}

}  // namespace

Value NewListIterator(Isolate* isolate, Handle<Value> target, ArrayIteratorKind kind) {
  DCHECK((kind == ArrayIteratorKind::kString) == IsString(*target));
  Handle<Value> proto(kind == ArrayIteratorKind::kString
                          ? NativeContextOf(isolate)->string_iterator_prototype()
                          : NativeContextOf(isolate)->array_iterator_prototype(),
                      isolate);
  Handle<JSObject> iterator = FactoryOf(isolate)->NewJSObjectWithPrototype(proto);
  IteratorKeys keys = IteratorFieldKeys(isolate);
  Handle<Value> zero(Value::FromInt32(0), isolate);
  Handle<Value> kind_value(Value::FromInt32(static_cast<int>(kind)), isolate);
  JSObject::AddProperty(isolate, iterator, keys.target, target, DONT_ENUM);
  JSObject::AddProperty(isolate, iterator, keys.index, zero, DONT_ENUM);
  JSObject::AddProperty(isolate, iterator, keys.kind, kind_value, DONT_ENUM);
  return iterator->ToValue();
}

Value NewIteratorResult(Isolate* isolate, Handle<Value> value, bool done) {
  Factory* factory = FactoryOf(isolate);
  Handle<JSObject> result = factory->NewJSObjectFromShape(factory->ObjectLiteralShapeFor(2));
  Handle<Value> done_value(Value::FromBool(done), isolate);
  JSObject::AddProperty(isolate, result, RootName(isolate, RootIndex::k_value_string), value, NONE);
  JSObject::AddProperty(isolate, result, RootName(isolate, RootIndex::k_done_string), done_value, NONE);
  return result->ToValue();
}

Value Builtin_ArrayPrototypeValues(Isolate* isolate, BuiltinArguments args) {
  Value object = Runtime_ToObject(isolate, *args.receiver());
  if (object.IsException()) return object;
  Handle<Value> target(object, isolate);
  return NewListIterator(isolate, target);
}

Value Builtin_StringPrototypeIterator(Isolate* isolate, BuiltinArguments args) {
  if (args.receiver()->IsNullOrUndefined()) {
    return ThrowError(isolate, MessageTemplate::kCalledOnNullOrUndefined,
                      {"String.prototype[Symbol.iterator]"});
  }
  Value s = Runtime_ToString(isolate, *args.receiver());
  if (s.IsException()) return s;
  Handle<Value> target(s, isolate);
  return NewListIterator(isolate, target, ArrayIteratorKind::kString);
}

namespace {

// True when {receiver} is an iterator NewListIterator made, of the string
// kind when {string} says so and of an array kind otherwise. No allocation
// (the keys exist once any iterator does).
bool IsListIteratorOfKind(Value receiver, const IteratorKeys& keys, bool string) {
  if (!IsJSReceiver(receiver)) return false;
  JSObject* object = JSObject::cast(receiver);
  Shape* shape = object->shape();
  Value kind;
  if (shape->has_fast_properties()) {
    int descriptor = shape->SearchDescriptor(*keys.kind);
    if (descriptor < 0 || !shape->GetDetails(descriptor).IsData()) return false;
    kind = object->RawFastPropertyAt(shape->GetDetails(descriptor).field_index());
  } else {
    if (shape->IsJSGlobalObjectShape()) return false;
    Dictionary* dictionary = object->property_dictionary();
    int entry = dictionary->FindEntry(*keys.kind);
    if (entry < 0 || !dictionary->DetailsAt(entry).IsData()) return false;
    kind = dictionary->ValueAt(entry);
  }
  return kind.IsInt32() && (kind.AsInt32() == static_cast<int>(ArrayIteratorKind::kString)) == string;
}

Value ListIteratorNext(Isolate* isolate, BuiltinArguments args, bool string);

}  // namespace

Value Builtin_ArrayIteratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return ListIteratorNext(isolate, args, false);
}

Value Builtin_StringIteratorPrototypeNext(Isolate* isolate, BuiltinArguments args) {
  return ListIteratorNext(isolate, args, true);
}

namespace {

Value ListIteratorNext(Isolate* isolate, BuiltinArguments args, bool string) {
  Handle<Value> receiver = args.receiver();
  IteratorKeys keys = IteratorFieldKeys(isolate);
  if (!IsListIteratorOfKind(*receiver, keys, string)) {
    return ThrowError(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                      {string ? "String Iterator.prototype.next" : "Array Iterator.prototype.next",
                       DescribeValueForMessage(isolate, *receiver)});
  }
  Handle<JSReceiver> iterator = Handle<JSReceiver>::cast(receiver);
  Handle<Value> target;
  if (!JSReceiver::GetProperty(isolate, iterator, PropertyKey::FromName(keys.target)).ToHandle(&target)) {
    return Value::Exception();
  }
  Handle<Value> index_value;
  if (!JSReceiver::GetProperty(isolate, iterator, PropertyKey::FromName(keys.index)).ToHandle(&index_value)) {
    return Value::Exception();
  }
  Handle<Value> undefined(Value::Undefined(), isolate);
  if (target->IsUndefined()) return NewIteratorResult(isolate, undefined, true);
  int index = index_value->AsInt32();
  Handle<Value> value(Value::Undefined(), isolate);
  int next = index + 1;
  if (IsString(*target)) {
    Handle<String> s = Handle<String>::cast(target);
    if (index >= (*s)->length()) {
      JSReceiver::SetProperty(isolate, iterator, PropertyKey::FromName(keys.target), undefined);
      return NewIteratorResult(isolate, undefined, true);
    }
    uint16_t unit = (*s)->Get(index);
    if (unit >= 0xD800 && unit <= 0xDBFF && index + 1 < (*s)->length() &&
        (*s)->Get(index + 1) >= 0xDC00 && (*s)->Get(index + 1) <= 0xDFFF) {
      value = FactoryOf(isolate)->NewSubString(s, index, index + 2);
      next = index + 2;
    } else {
      value = FactoryOf(isolate)->LookupSingleCharacterString(unit);
    }
  } else {
    Handle<Value> kind_value;
    if (!JSReceiver::GetProperty(isolate, iterator, PropertyKey::FromName(keys.kind)).ToHandle(&kind_value)) {
      return Value::Exception();
    }
    Value length = IsJSArray(*target)
                       ? JSArray::cast(*target)->length_value()
                       : Runtime_GetProperty(isolate, *target, isolate->roots().length_string());
    if (length.IsException()) return length;
    if (!length.IsNumber() || index >= length.Number()) {
      JSReceiver::SetProperty(isolate, iterator, PropertyKey::FromName(keys.target), undefined);
      return NewIteratorResult(isolate, undefined, true);
    }
    ArrayIteratorKind kind = kind_value->IsInt32() ? static_cast<ArrayIteratorKind>(kind_value->AsInt32())
                                                   : ArrayIteratorKind::kValues;
    Handle<Value> index_handle(Value::FromInt32(index), isolate);
    if (kind == ArrayIteratorKind::kKeys) {
      value = index_handle;
    } else {
      Value v = Runtime_GetProperty(isolate, *target, Value::FromInt32(index));
      if (v.IsException()) return v;
      value.Patch(v);
      if (kind == ArrayIteratorKind::kEntries) {
        Handle<FixedArray> pair = FactoryOf(isolate)->NewFixedArray(2);
        pair->set(0, *index_handle);
        pair->set(1, *value);
        value = Handle<Value>(FactoryOf(isolate)->NewJSArrayWithElements(pair)->ToValue(), isolate);
      }
    }
  }
  Handle<Value> next_value(Value::FromInt32(next), isolate);
  JSReceiver::SetProperty(isolate, iterator, PropertyKey::FromName(keys.index), next_value);
  return NewIteratorResult(isolate, value, false);
}

}  // namespace

// The step of for-of and array spread when {next} is one of the builtins
// above (the iterator record's next, read once by GetIterator, so a later
// patch of %ArrayIteratorPrototype%.next or %StringIteratorPrototype%.next
// does not matter, as in the spec): reads the element or code point
// directly and advances #index without allocating a result object. The
// array next steps only array-kind iterators over arrays, the string next
// only string iterators (another kind's next called on an iterator throws,
// and the generic step does that). The hole sends the caller to the
// generic step (the builtin call), which also handles exhaustion.
Value Runtime_ForOfStepFast(Isolate* isolate, RuntimeArguments args) {
  Value next = args[1];
  if (!IsJSFunction(next) || !JSFunction::cast(next)->shared()->IsBuiltin() || !IsJSReceiver(args[0])) {
    return Value::TheHole();
  }
  int next_id = JSFunction::cast(next)->shared()->builtin_id();
  bool string_next = next_id == static_cast<int>(Builtin::kStringIteratorPrototypeNext);
  if (!string_next && next_id != static_cast<int>(Builtin::kArrayIteratorPrototypeNext)) return Value::TheHole();
  ArrayIteratorKind wanted_kind = string_next ? ArrayIteratorKind::kString : ArrayIteratorKind::kValues;
  HandleScope scope(isolate);
  IteratorKeys keys = IteratorFieldKeys(isolate);  // allocates only the first time
  uint16_t unit;
  int index;
  bool pair;
  Handle<String> string;
  {
    DisallowGC no_gc;
    JSObject* iterator = JSObject::cast(args[0]);
    Shape* shape = iterator->shape();
    if (!shape->has_fast_properties()) return Value::TheHole();
    // OPTIMIZATION: NewListIterator adds the three fields first, in this
    // order, so they are descriptors 0..2 unless something rebuilt the
    // shape; only then are they searched for.
    int target_descriptor = 0, index_descriptor = 1, kind_descriptor = 2;
    if (shape->number_of_own_descriptors() < 3 || shape->GetKey(0) != *keys.target ||
        shape->GetKey(1) != *keys.index || shape->GetKey(2) != *keys.kind) {
      target_descriptor = shape->SearchDescriptor(*keys.target);
      index_descriptor = shape->SearchDescriptor(*keys.index);
      kind_descriptor = shape->SearchDescriptor(*keys.kind);
    }
    if (target_descriptor < 0 || index_descriptor < 0 || kind_descriptor < 0) return Value::TheHole();
    int index_field = shape->GetDetails(index_descriptor).field_index();
    Value target = iterator->RawFastPropertyAt(shape->GetDetails(target_descriptor).field_index());
    Value index_value = iterator->RawFastPropertyAt(index_field);
    Value kind = iterator->RawFastPropertyAt(shape->GetDetails(kind_descriptor).field_index());
    if (!index_value.IsInt32() || index_value.AsInt32() < 0 || index_value.AsInt32() > 0x3FFFFFFF ||
        kind != Value::FromInt32(static_cast<int>(wanted_kind))) {
      return Value::TheHole();
    }
    index = index_value.AsInt32();
    if (!string_next) {
      if (!IsJSArray(target)) return Value::TheHole();
      JSArray* array = JSArray::cast(target);
      // The length is re-read every step: the body may have changed it.
      if (!IsFastElementsKind(array->shape()->elements_kind()) ||
          static_cast<uint32_t>(index) >= array->length()) {
        return Value::TheHole();
      }
      Value value = Elements::GetOwnElement(array, static_cast<uint32_t>(index));
      if (value.IsTheHole()) {
        // [[Get]] finds nothing on the chain: undefined.
        if (!Protectors::IsNoElementsIntact(isolate) ||
            array->shape()->prototype() != NativeContextOf(isolate)->array_prototype()) {
          return Value::TheHole();
        }
        value = Value::Undefined();
      }
      iterator->FastPropertyAtPut(index_field, Value::FromInt32(index + 1));
      return value;
    }
    if (!IsString(target)) return Value::TheHole();
    String* s = String::cast(target);
    int length = s->length();
    if (index >= length) return Value::TheHole();
    unit = s->Get(index);
    pair = unit >= 0xD800 && unit <= 0xDBFF && index + 1 < length && s->Get(index + 1) >= 0xDC00 &&
           s->Get(index + 1) <= 0xDFFF;
    iterator->FastPropertyAtPut(index_field, Value::FromInt32(index + (pair ? 2 : 1)));
    string = Handle<String>(s, isolate);
  }
  if (pair) return FactoryOf(isolate)->NewSubString(string, index, index + 2)->ToValue();
  return FactoryOf(isolate)->LookupSingleCharacterString(unit)->ToValue();
}

Value Builtin_IteratorPrototypeIterator(Isolate*, BuiltinArguments args) { return *args.receiver(); }

// -- Globals ----------------------------------------------------------------------------------------

// node's ERR_INVALID_ARG_TYPE description of a non-function argument.
std::string DescribeReceivedValue(Isolate* isolate, Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "null";
  if (IsJSReceiver(value)) {
    Value ctor = Runtime_GetProperty(isolate, value, isolate->roots().at(RootIndex::k_constructor_string));
    if (ctor.IsException()) {
      isolate->clear_pending_exception();
    } else if (IsJSFunction(ctor)) {
      Value name = JSFunction::cast(ctor)->shared()->name();
      if (IsString(name) && String::cast(name)->length() > 0) {
        return "an instance of " + String::cast(name)->ToUTF8();
      }
    }
    return DescribeValueForMessage(isolate, value);
  }
  std::string type = String::cast(TypeOf(isolate, value))->ToUTF8();
  std::string shown = DescribeValueForMessage(isolate, value);
  if (IsString(value)) shown = "'" + String::cast(value)->ToUTF8() + "'";
  return "type " + type + " (" + shown + ")";
}

Value Builtin_GlobalQueueMicrotask(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> callback = args.at(0);
  if (!IsCallable(*callback)) {
    Value thrown = ThrowError(isolate, MessageTemplate::kInvalidArgTypeFunction,
                              {"callback", DescribeReceivedValue(isolate, *callback)});
    HandleScope scope(isolate);
    Handle<Value> error(isolate->pending_exception(), isolate);
    if (IsJSReceiver(*error)) {
      isolate->clear_pending_exception();
      Handle<Name> code_key(Name::cast(FactoryOf(isolate)->InternalizeAscii("code")->ToValue()), isolate);
      Handle<Value> code(FactoryOf(isolate)->NewStringFromUtf8("ERR_INVALID_ARG_TYPE")->ToValue(), isolate);
      JSObject::AddProperty(isolate, Handle<JSObject>::cast(error), code_key, code, NONE);
      isolate->set_pending_exception(*error);
    }
    return thrown;
  }
  EnqueueMicrotask(isolate, callback);
  return Value::Undefined();
}

// gc() under --expose-gc: a full GC; gc({type: 'minor'}) a scavenge (node's
// options object; any other type is a full GC, as in node).
Value Builtin_GlobalGc(Isolate* isolate, BuiltinArguments args) {
  GarbageCollector collector = GarbageCollector::kMarkCompactor;
  if (IsJSReceiver(args[0])) {
    Value type_key = FactoryOf(isolate)->InternalizeAscii("type")->ToValue();
    Value type = Runtime_GetProperty(isolate, args[0], type_key);
    if (type.IsException()) return type;
    if (IsString(type) && String::cast(type)->ToUTF8() == "minor") {
      collector = GarbageCollector::kScavenger;
    }
  }
  isolate->heap()->CollectGarbage(collector, GCReason::kTesting);
  return Value::Undefined();
}

}  // namespace lucid
