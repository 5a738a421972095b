// Copyright the Lucid authors. MIT license.
//
// Slow paths for property access, globals, contexts, closures, literals,
// arguments, iteration and for-in.

#include <algorithm>

#include "runtime/builtins.h"
#include "vm/execution.h"
#include "jit/jit.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "runtime/promise.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/protectors.h"
#include "vm/objects/string.h"
#include "vm/objects/string_hasher.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

constexpr int kParameterMode = 5;  // parser/scope.h VariableMode::kParameter

Handle<NativeContext> NativeContextOf(Isolate* isolate) { return FactoryOf(isolate)->native_context(); }

// The object property lookups start at for {receiver}: itself, or the
// prototype of its primitive type.
Value LookupStartFor(Isolate* isolate, Value receiver) {
  if (IsJSReceiver(receiver)) return receiver;
  NativeContext* nc = *NativeContextOf(isolate);
  if (receiver.IsNumber()) return nc->number_prototype();
  if (IsString(receiver)) return nc->string_prototype();
  if (receiver.IsBoolean()) return nc->boolean_prototype();
  if (IsSymbol(receiver)) return nc->symbol_prototype();
  return Value::Undefined();
}

}  // namespace

bool IsConstructor(Value value) {
  if (IsJSFunction(value)) {
    SharedFunctionInfo* shared = JSFunction::cast(value)->shared();
    if (shared->IsBuiltin()) {
      return BuiltinInfoOf(shared->builtin_id()).kind == BuiltinKind::kConstructor;
    }
    return shared->IsConstructorKind();
  }
  if (IsJSBoundFunction(value)) return IsConstructor(JSBoundFunction::cast(value)->bound_target_function());
  return false;
}

// -- Property access ---------------------------------------------------------------------------

Value Runtime_GetPropertyWithReceiver(Isolate* isolate, Value holder, Value key, Value receiver) {
  HandleScope scope(isolate);
  Handle<Value> holder_h(holder, isolate), receiver_h(receiver, isolate);
  Value name = Runtime_ToName(isolate, key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  PropertyKey property_key = PropertyKey::From(isolate, name_h);
  if (IsString(*holder_h)) {
    String* s = String::cast(*holder_h);
    if (property_key.is_index()) {
      if (property_key.index() < static_cast<uint32_t>(s->length())) {
        uint16_t unit = s->Get(static_cast<int>(property_key.index()));
        return FactoryOf(isolate)->LookupSingleCharacterString(unit)->ToValue();
      }
    } else if (*property_key.name() == String::cast(isolate->roots().length_string())) {
      return Value::FromInt32(s->length());
    }
  }
  Value start = LookupStartFor(isolate, *holder_h);
  if (!IsJSReceiver(start)) return Value::Undefined();
  Handle<JSReceiver> start_h(JSReceiver::cast(start), isolate);
  Handle<Value> result;
  if (!JSReceiver::GetProperty(isolate, start_h, property_key, receiver_h).ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

// OPTIMIZATION: until the LoadIC exists, a load by an internalized name
// from fast-mode objects whose chain holds the property as a data field is
// answered without handles: own descriptors, then the prototypes'. Anything
// unusual (accessors, dictionary mode, exotic receivers) takes the generic
// path. Returns the hole when it cannot answer.
Value TryFastNamedLoad(Isolate* isolate, Value object, Value key) {
  if (!IsJSReceiver(object)) return Value::TheHole();
  if (key.IsInt32() && key.AsInt32() >= 0 && IsJSArray(object)) {
    JSArray* array = JSArray::cast(object);
    if (static_cast<uint32_t>(key.AsInt32()) >= array->length()) return Value::TheHole();
    ElementsKind kind = array->shape()->elements_kind();
    if (kind == DICTIONARY_ELEMENTS) return Value::TheHole();
    Value v = Elements::GetOwnElement(array, static_cast<uint32_t>(key.AsInt32()));
    return IsAccessorPair(v) ? Value::TheHole() : v;
  }
  if (!IsName(key)) return Value::TheHole();
  Name* name = Name::cast(key);
  if (IsString(key) && (!String::cast(key)->IsInternalizedString() ||
                        StringHasher::IsArrayIndex(name->raw_hash_field()))) {
    return Value::TheHole();
  }
  Value holder = object;
  for (int depth = 0; depth < 16; depth++) {
    JSReceiver* r = JSReceiver::cast(holder);
    Shape* shape = r->shape();
    InstanceType type = shape->instance_type();
    if (!shape->has_fast_properties() || type == InstanceType::kJSPrimitiveWrapper ||
        type == InstanceType::kJSGlobalObject) {
      return Value::TheHole();
    }
    if (type == InstanceType::kJSArray && key == isolate->roots().length_string()) {
      return JSArray::cast(holder)->length_value();
    }
    int descriptor = shape->SearchDescriptor(name);
    if (descriptor >= 0) {
      PropertyDetails details = shape->GetDetails(descriptor);
      if (!details.IsData()) return Value::TheHole();
      return JSObject::cast(holder)->RawFastPropertyAt(details.field_index());
    }
    holder = r->GetPrototype();
    if (holder.IsNull()) return Value::Undefined();
  }
  return Value::TheHole();
}

// The context slot a mapped arguments object's element {key} aliases, or -1.
int MappedArgumentSlot(Value object, Value key) {
  if (!IsJSArgumentsObject(object) || !key.IsInt32() || key.AsInt32() < 0) return -1;
  JSArgumentsObject* arguments = JSArgumentsObject::cast(object);
  if (!IsFixedArray(arguments->mapping())) return -1;
  FixedArray* mapping = FixedArray::cast(arguments->mapping());
  if (key.AsInt32() >= mapping->length()) return -1;
  Value slot = mapping->get(key.AsInt32());
  return slot.IsInt32() ? slot.AsInt32() : -1;
}

Value Runtime_GetProperty(Isolate* isolate, Value object, Value key) {
  if (object.IsNullOrUndefined()) return ThrowPropertyAccessError(isolate, object, key, false);
  if (IsJSReceiver(object) && JSReceiver::cast(object)->shape()->is_deprecated()) {
    // As V8's LoadIC: touching an instance of a deprecated shape migrates it.
    HandleScope scope(isolate);
    Handle<JSObject> object_h(JSObject::cast(object), isolate);
    Handle<Value> key_h(key, isolate);
    JSObject::MigrateInstance(isolate, object_h);
    object = object_h->ToValue();
    key = *key_h;
  }
  int mapped = MappedArgumentSlot(object, key);
  if (mapped >= 0) {
    return Context::cast(JSArgumentsObject::cast(object)->mapped_context())->GetSlot(mapped);
  }
  Value fast = TryFastNamedLoad(isolate, object, key);
  if (!fast.IsTheHole()) return fast;
  return Runtime_GetPropertyWithReceiver(isolate, object, key, object);
}

Value Runtime_SetProperty(Isolate* isolate, Value object, Value key, Value value, bool strict,
                          StoreOrigin origin) {
  if (object.IsNullOrUndefined()) return ThrowPropertyAccessError(isolate, object, key, true);
  int mapped = MappedArgumentSlot(object, key);
  if (mapped >= 0) {
    // Write the parameter; the element below keeps builtins' view in step.
    Context::cast(JSArgumentsObject::cast(object)->mapped_context())->SetSlot(mapped, value);
  }
  HandleScope scope(isolate);
  Handle<Value> object_h(object, isolate), value_h(value, isolate);
  Value name = Runtime_ToName(isolate, key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  if (!IsJSReceiver(*object_h)) {
    if (strict && IsString(*object_h)) {
      // A string's indices and length are read-only own properties.
      Handle<Value> key_h(*name_h, isolate);
      PropertyKey k = PropertyKey::From(isolate, key_h);
      int length = String::cast(*object_h)->length();
      bool own = k.is_index() ? k.index() < static_cast<uint32_t>(length)
                              : *k.name() == String::cast(isolate->roots().length_string());
      if (own) {
        return ThrowError(isolate, MessageTemplate::kStrictReadOnlyProperty,
                          {DescribeValueForMessage(isolate, *name_h), "string",
                           DescribeValueForMessage(isolate, *object_h)});
      }
    }
    if (strict) {
      std::string type = String::cast(TypeOf(isolate, *object_h))->ToUTF8();
      return ThrowError(isolate, MessageTemplate::kStrictCannotCreateProperty,
                        {DescribeValueForMessage(isolate, *name_h), type,
                         DescribeValueForMessage(isolate, *object_h)});
    }
    return *value_h;
  }
  PropertyKey property_key = PropertyKey::From(isolate, name_h);
  Handle<JSReceiver> receiver = Handle<JSReceiver>::cast(object_h);
  MaybeBool ok = JSReceiver::SetProperty(isolate, receiver, property_key, value_h, origin);
  if (!ok.has_value()) return Value::Exception();
  if (!*ok && strict) return ThrowStoreFailed(isolate, receiver, property_key);
  return *value_h;
}

Value ThrowStoreFailed(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& property_key) {
  HandleScope scope(isolate);
  Handle<Value> name_h = property_key.ToValue(isolate);
  // An accessor without a setter on the chain, or a read-only property.
  // A property found on the chain is read-only (or a getter alone); only
  // a missing one makes "not extensible" the reason.
  Value holder = object->ToValue();
  bool found = false;
  while (IsJSReceiver(holder)) {
    HandleScope inner(isolate);
    Handle<JSReceiver> h(JSReceiver::cast(holder), isolate);
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate, h, property_key, &desc)) {
      if (desc.IsAccessorDescriptor() && (!desc.has_set || desc.set->IsUndefined())) {
        return ThrowError(isolate, MessageTemplate::kNoSetterInCallback,
                          {DescribeValueForMessage(isolate, *name_h),
                           DescribeValueForMessage(isolate, object->ToValue())});
      }
      if (holder == object->ToValue() && IsJSArray(holder) && desc.IsDataDescriptor() && desc.writable &&
          !property_key.is_index() && *property_key.name() == Name::cast(isolate->roots().length_string())) {
        // A writable length that could not shrink: an element on the way
        // down is not configurable (a sealed or frozen array) and the
        // length stopped just above it, so V8 names that element.
        uint32_t length = JSArray::cast(holder)->length();
        return ThrowError(isolate, MessageTemplate::kStrictDeleteProperty,
                          {std::to_string(length == 0 ? 0 : length - 1), "[object Array]"});
      }
      found = true;
      break;
    }
    holder = (*h)->GetPrototype();
  }
  if (!found && !(*object)->IsExtensible()) {
    return ThrowError(isolate, MessageTemplate::kObjectNotExtensible,
                      {DescribeValueForMessage(isolate, *name_h)});
  }
  // V8 renders the receiver without side effects: arrays (whose toString
  // is not Object.prototype's) as their tag, other objects as #<Ctor>.
  std::string receiver_text =
      IsJSArray(object->ToValue()) ? "[object Array]" : DescribeValueForMessage(isolate, object->ToValue());
  std::string key_text = DescribeValueForMessage(isolate, *name_h);
  // Adding an element past a read-only length fails on the length.
  if (IsJSArray(object->ToValue()) && !found && property_key.is_index() &&
      property_key.index() >= JSArray::cast(object->ToValue())->length()) {
    key_text = "length";
  }
  const char* type = IsCallable(object->ToValue()) ? "function" : "object";
  return ThrowError(isolate, MessageTemplate::kStrictReadOnlyProperty, {key_text, type, receiver_text});
}

// Sets {function}'s `name` from a property key (symbols as "[desc]") with
// an optional "get "/"set " prefix.
void SetFunctionNameFromKey(Isolate* isolate, Handle<Value> function, Handle<Value> key,
                            const char* prefix) {
  if (!IsJSFunction(*function)) return;
  std::string name;
  if (IsSymbol(*key)) {
    Value description = Symbol::cast(*key)->description();
    name = IsString(description) ? "[" + String::cast(description)->ToUTF8() + "]" : "";
  } else {
    Value s = Runtime_ToString(isolate, *key);
    if (s.IsException()) {
      isolate->clear_pending_exception();
      return;
    }
    name = String::cast(s)->ToUTF8();
  }
  if (prefix != nullptr) name = std::string(prefix) + " " + name;
  Handle<Value> name_value(FactoryOf(isolate)->NewStringFromUtf8(name)->ToValue(), isolate);
  Handle<Name> name_key(isolate->roots().slot(RootIndex::k_name_string));
  PropertyDescriptor desc = PropertyDescriptor::Data(name_value, READ_ONLY | DONT_ENUM);
  (void)JSReceiver::DefineOwnProperty(isolate, Handle<JSReceiver>::cast(function),
                                      PropertyKey::FromName(name_key), desc);
}

Value Runtime_DefineOwnProperty(Isolate* isolate, Value object, Value key, Value value,
                                bool set_function_name, StoreOrigin origin) {
  HandleScope scope(isolate);
  Handle<Value> object_h(object, isolate), value_h(value, isolate);
  Value name = Runtime_ToName(isolate, key);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  if (set_function_name) SetFunctionNameFromKey(isolate, value_h, name_h, nullptr);
  PropertyKey property_key = PropertyKey::From(isolate, name_h);
  MaybeBool ok = JSReceiver::CreateDataProperty(isolate, Handle<JSReceiver>::cast(object_h),
                                                property_key, value_h, origin);
  if (!ok.has_value()) return Value::Exception();
  return *value_h;
}

Value Runtime_DeleteProperty(Isolate* isolate, Value object, Value key, bool strict) {
  if (MappedArgumentSlot(object, key) >= 0) {
    FixedArray::cast(JSArgumentsObject::cast(object)->mapping())->set(key.AsInt32(), Value::TheHole());
  }
  HandleScope scope(isolate);
  Handle<Value> key_h(key, isolate);
  Value receiver = Runtime_ToObject(isolate, object);
  if (receiver.IsException()) return receiver;
  Handle<JSReceiver> receiver_h(JSReceiver::cast(receiver), isolate);
  Value name = Runtime_ToName(isolate, *key_h);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  MaybeBool ok = JSReceiver::DeleteProperty(isolate, receiver_h, PropertyKey::From(isolate, name_h));
  if (!ok.has_value()) return Value::Exception();
  if (!*ok && strict) {
    std::string target = IsJSArray(receiver_h->ToValue()) ? "[object Array]"
                                                          : DescribeValueForMessage(isolate, receiver_h->ToValue());
    return ThrowError(isolate, MessageTemplate::kStrictDeleteProperty,
                      {DescribeValueForMessage(isolate, *name_h), target});
  }
  return Value::FromBool(*ok);
}

Value Runtime_GetFromSuper(Isolate* isolate, Value receiver, Value home, Value key) {
  if (!IsJSReceiver(home)) return Value::Undefined();
  Value proto = JSReceiver::cast(home)->GetPrototype();
  if (proto.IsNull()) return ThrowPropertyAccessError(isolate, proto, key, false);
  return Runtime_GetPropertyWithReceiver(isolate, proto, key, receiver);
}

// -- Globals --------------------------------------------------------------------------------

Value Runtime_LoadGlobal(Isolate* isolate, Value name, bool inside_typeof) {
  JSGlobalObject* global = JSGlobalObject::cast(NativeContextOf(isolate)->global_object());
  Value cell = global->FindPropertyCell(Name::cast(name));
  if (IsPropertyCell(cell)) {
    Value v = PropertyCell::cast(cell)->value();
    if (!v.IsTheHole() && !IsAccessorPair(v)) return v;
  }
  HandleScope scope(isolate);
  Handle<Name> name_h(Name::cast(name), isolate);
  Handle<JSReceiver> global_h(global, isolate);
  MaybeBool has = JSReceiver::HasProperty(isolate, global_h, PropertyKey::FromName(name_h));
  if (!has.has_value()) return Value::Exception();
  if (!*has) {
    if (inside_typeof) return Value::Undefined();
    return ThrowError(isolate, MessageTemplate::kNotDefined, {String::cast(*name_h)->ToUTF8()});
  }
  Handle<Value> result;
  if (!JSReceiver::GetProperty(isolate, global_h, PropertyKey::FromName(name_h)).ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

Value Runtime_StoreGlobal(Isolate* isolate, Value name, Value value, bool strict) {
  JSGlobalObject* global = JSGlobalObject::cast(NativeContextOf(isolate)->global_object());
  Value cell = global->FindPropertyCell(Name::cast(name));
  if (IsPropertyCell(cell)) {
    PropertyCell* c = PropertyCell::cast(cell);
    if (c->details().IsData() && !c->details().IsReadOnly() && !c->value().IsTheHole()) {
      c->set_value(value);
      return value;
    }
  }
  HandleScope scope(isolate);
  Handle<Name> name_h(Name::cast(name), isolate);
  Handle<Value> value_h(value, isolate);
  Handle<JSReceiver> global_h(global, isolate);
  if (strict) {
    MaybeBool has = JSReceiver::HasProperty(isolate, global_h, PropertyKey::FromName(name_h));
    if (!has.has_value()) return Value::Exception();
    if (!*has) return ThrowError(isolate, MessageTemplate::kNotDefined, {String::cast(*name_h)->ToUTF8()});
  }
  MaybeBool ok = JSReceiver::SetProperty(isolate, global_h, PropertyKey::FromName(name_h), value_h);
  if (!ok.has_value()) return Value::Exception();
  if (!*ok && strict) {
    return ThrowError(isolate, MessageTemplate::kStrictReadOnlyProperty,
                      {String::cast(*name_h)->ToUTF8(), "object", "#<Object>"});
  }
  return *value_h;
}

// -- Contexts and closures -------------------------------------------------------------------

Value Runtime_NewContext(Isolate* isolate, int type, Value scope_info, Value previous, int slots,
                         Value catch_value) {
  HandleScope scope(isolate);
  Handle<Value> info(scope_info, isolate), prev(previous, isolate), caught(catch_value, isolate);
  FixedArray* si = FixedArray::cast(*info);
  int count = slots >= 0 ? slots : ScopeInfoLayout::SlotCount(si);
  Handle<Context> context =
      FactoryOf(isolate)->NewContext(static_cast<InstanceType>(type), info, prev, count);
  si = FixedArray::cast(*info);
  int described = std::min(count, ScopeInfoLayout::SlotCount(si));
  for (int i = 0; i < described; i++) {
    if (ScopeInfoLayout::ModeNeedsHole(ScopeInfoLayout::SlotMode(si, i))) {
      (*context)->SetSlot(i, Value::TheHole());
    }
  }
  if (static_cast<InstanceType>(type) == InstanceType::kCatchContext && count > 0) {
    (*context)->SetSlot(0, *caught);
  }
  return context->ToValue();
}

Value Runtime_CreateClosure(Isolate* isolate, Value shared, Value context) {
  HandleScope scope(isolate);
  Handle<SharedFunctionInfo> shared_h(SharedFunctionInfo::cast(shared), isolate);
  Handle<Value> context_h(context, isolate);
  Factory* factory = FactoryOf(isolate);
  FunctionKind kind = (*shared_h)->kind();
  Handle<Shape> shape;
  if (kind == FunctionKind::kGeneratorFunction) {
    shape = Handle<Shape>::cast(Handle<Value>(
        FactoryOf(isolate)->native_context()->generator_function_shape(), isolate));
  } else if (kind == FunctionKind::kAsyncFunction || kind == FunctionKind::kAsyncArrowFunction) {
    // [[Prototype]] %AsyncFunction.prototype%; not a constructor.
    Value async_shape = FactoryOf(isolate)->native_context()->async_function_shape();
    if (IsShape(async_shape)) shape = Handle<Shape>::cast(Handle<Value>(async_shape, isolate));
  } else if (kind == FunctionKind::kAsyncGeneratorFunction) {
    // [[Prototype]] %AsyncGeneratorFunction.prototype%; not a constructor.
    Handle<Value> async_shape = AsyncGeneratorFunctionShape(isolate);
    if (IsShape(*async_shape)) shape = Handle<Shape>::cast(async_shape);
  }
  bool sloppy_normal = kind == FunctionKind::kNormalFunction && !(*shared_h)->is_strict();
  if (sloppy_normal) {
    shape = Handle<Shape>::cast(Handle<Value>(
        FactoryOf(isolate)->native_context()->sloppy_function_with_arguments_shape(), isolate));
  }
  Handle<JSFunction> function = factory->NewJSFunction(shared_h, context_h, shape);
  // The function shapes of the bootstrapper have "length" and "name" as
  // in-object fields 0 and 1 (and a sloppy function's "arguments" and
  // "caller" as 2 and 3).
  int length = DecodeFunctionLength((*shared_h)->flags(), (*shared_h)->formal_parameter_count());
  (*function)->FastPropertyAtPut(0, Value::FromInt32(length));
  (*function)->FastPropertyAtPut(1, (*shared_h)->name());
  if (sloppy_normal) {
    // OPTIMIZATION: always null, as V8 shows them outside a call; V8's live
    // values during a call (the frame's arguments, the calling function)
    // are not reproduced (docs/library.md "Known gaps").
    (*function)->FastPropertyAtPut(2, Value::Null());
    (*function)->FastPropertyAtPut(3, Value::Null());
  }
  Handle<Name> prototype_key(isolate->roots().slot(RootIndex::k_prototype_string));
  if (kind == FunctionKind::kNormalFunction) {
    // F.prototype = { constructor: F }.
    Handle<JSObject> prototype = factory->NewJSObject();
    Handle<Name> constructor_key(isolate->roots().slot(RootIndex::k_constructor_string));
    JSObject::AddProperty(isolate, prototype, constructor_key, function, DONT_ENUM);
    JSObject::AddProperty(isolate, function, prototype_key, prototype, DONT_ENUM | DONT_DELETE);
    JSFunction::SetInstancePrototype(isolate, function, prototype);
  } else if (kind == FunctionKind::kGeneratorFunction) {
    // G.prototype = an object inheriting from %GeneratorPrototype%, with no
    // "constructor" (the generator objects' [[Prototype]]).
    Handle<Value> intrinsic(factory->native_context()->generator_prototype(), isolate);
    Handle<JSObject> prototype = factory->NewJSObjectWithPrototype(intrinsic);
    JSObject::AddProperty(isolate, function, prototype_key, prototype, DONT_ENUM | DONT_DELETE);
    JSFunction::SetInstancePrototype(isolate, function, prototype);
  } else if (kind == FunctionKind::kAsyncGeneratorFunction) {
    // The same under %AsyncGeneratorPrototype%.
    Handle<Value> intrinsic = AsyncGeneratorPrototype(isolate);
    Handle<JSObject> prototype = factory->NewJSObjectWithPrototype(intrinsic);
    JSObject::AddProperty(isolate, function, prototype_key, prototype, DONT_ENUM | DONT_DELETE);
    JSFunction::SetInstancePrototype(isolate, function, prototype);
  }
  return function->ToValue();
}

// -- Literals -----------------------------------------------------------------------------------

namespace {

// Caches {object}'s shape in the literal's slot when replaying it is exact:
// fast, not deprecated, one field per boilerplate entry in order, named keys.
void CacheObjectLiteralShape(Isolate* isolate, Handle<FixedArray> boilerplate, Handle<JSObject> object,
                             Handle<Value> vector, int slot) {
  Shape* shape = object->shape();
  int n = boilerplate->get(BoilerplateLayout::kObjectCountIndex).AsInt32();
  if (!shape->has_fast_properties() || shape->is_deprecated() || shape->is_prototype_map() ||
      shape->number_of_own_descriptors() != n) {
    return;
  }
  for (int i = 0; i < n; i++) {
    Value key = boilerplate->get(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i);
    if (!IsName(key) || shape->GetKey(i) != Name::cast(key) || !shape->GetDetails(i).IsData() ||
        shape->GetDetails(i).field_index() != i) {
      return;
    }
  }
  FeedbackVector* v = FeedbackVector::cast(*vector);
  if (v->feedback(slot) == shape->ToValue()) return;
  v->set_feedback(slot, shape->ToValue());
  TraceLiteralShapeCached(isolate, v, slot, shape);
}

}  // namespace

Value Runtime_CreateObjectLiteral(Isolate* isolate, Value boilerplate, int flags, Value vector, int slot) {
  HandleScope scope(isolate);
  Handle<FixedArray> b(FixedArray::cast(boilerplate), isolate);
  Factory* factory = FactoryOf(isolate);
  int property_count = (*b)->get(BoilerplateLayout::kObjectPropertyCountIndex).AsInt32();
  bool null_proto = ((*b)->get(BoilerplateLayout::kObjectFlagsIndex).AsInt32() & 1) != 0 ||
                    (flags & LiteralFlags::kHasNullPrototype) != 0;
  int n = (*b)->get(BoilerplateLayout::kObjectCountIndex).AsInt32();
  Handle<Value> vector_h(vector, isolate);
  if (IsFeedbackVector(vector) && !null_proto) {
    // The literal's shape from its first run, cached in the Literal slot:
    // allocate straight into it instead of replaying n transitions.
    Value cached = FeedbackVector::cast(vector)->feedback(slot);
    if (IsShape(cached) && !Shape::cast(cached)->is_deprecated()) {
      Handle<Shape> shape(Shape::cast(cached), isolate);
      Handle<JSObject> object;
      if (n <= shape->inobject_properties()) {
        // Every field in-object: allocate straight into the cached shape.
        object = factory->NewJSObjectFromShape(shape);
      } else {
        object = factory->NewJSObjectFromShape(factory->ObjectLiteralShapeFor(property_count));
        JSObject::MigrateToShape(isolate, object, shape);  // grows the PropertyArray
      }
      for (int i = 0; i < n; i++) {
        object->FastPropertyAtPut(i, (*b)->get(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i + 1));
      }
      return object->ToValue();
    }
  }
  Handle<JSObject> object;
  if (null_proto) {
    object = factory->NewJSObjectWithPrototype(Handle<Value>(Value::Null(), isolate));
  } else {
    object = factory->NewJSObjectFromShape(factory->ObjectLiteralShapeFor(property_count));
  }
  for (int i = 0; i < n; i++) {
    int at = BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i;
    Value key = (*b)->get(at);
    Handle<Value> value((*b)->get(at + 1), isolate);
    if (key.IsInt32()) {
      if (!JSReceiver::CreateDataProperty(isolate, object,
                                          PropertyKey::FromIndex(static_cast<uint32_t>(key.AsInt32())),
                                          value)
               .has_value()) {
        return Value::Exception();
      }
    } else {
      Handle<Name> name(Name::cast(key), isolate);
      if ((*value).IsTheHole()) {
        // A computed value: the field's representation is left to the
        // DefineNamedOwnProperty that stores it (int32 -> smi, ...).
        JSObject::AddUninitializedProperty(isolate, object, name);
      } else {
        JSObject::AddProperty(isolate, object, name, value, NONE);
      }
    }
  }
  if (IsFeedbackVector(*vector_h) && !null_proto) CacheObjectLiteralShape(isolate, b, object, vector_h, slot);
  return object->ToValue();
}

Value Runtime_CreateEmptyObjectLiteral(Isolate* isolate) {
  HandleScope scope(isolate);
  return FactoryOf(isolate)->NewJSObject()->ToValue();
}

Value Runtime_CreateArrayLiteral(Isolate* isolate, Value boilerplate) {
  HandleScope scope(isolate);
  Handle<FixedArray> b(FixedArray::cast(boilerplate), isolate);
  int n = (*b)->length();
  Handle<FixedArray> elements = FactoryOf(isolate)->NewFixedArray(n);
  for (int i = 0; i < n; i++) (*elements)->set(i, (*b)->get(i));
  return FactoryOf(isolate)->NewJSArrayWithElements(elements)->ToValue();
}

Value Runtime_CreateEmptyArrayLiteral(Isolate* isolate) {
  HandleScope scope(isolate);
  return FactoryOf(isolate)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0)->ToValue();
}

Value Runtime_CreateArrayFromIterable(Isolate* isolate, Value iterable) {
  HandleScope scope(isolate);
  Value list = Runtime_IterableToFixedArray(isolate, iterable);
  if (list.IsException()) return list;
  Handle<FixedArray> elements(FixedArray::cast(list), isolate);
  return FactoryOf(isolate)->NewJSArrayWithElements(elements)->ToValue();
}

Value Runtime_GetTemplateObject(Isolate* isolate, Value constant_pool, int index) {
  HandleScope scope(isolate);
  Handle<FixedArray> pool(FixedArray::cast(constant_pool), isolate);
  Value entry = (*pool)->get(index);
  if (IsJSArray(entry)) return entry;
  Handle<FixedArray> descriptor(FixedArray::cast(entry), isolate);
  Factory* factory = FactoryOf(isolate);
  Handle<Value> arrays[2];
  for (int k = 0; k < 2; k++) {
    Handle<FixedArray> source(FixedArray::cast((*descriptor)->get(1 + k)), isolate);
    Handle<FixedArray> copy = factory->NewFixedArray((*source)->length());
    for (int i = 0; i < (*source)->length(); i++) (*copy)->set(i, (*source)->get(i));
    arrays[k] = factory->NewJSArrayWithElements(copy);
  }
  Handle<Name> raw_key = factory->InternalizeAscii("raw");
  JSObject::AddProperty(isolate, Handle<JSObject>::cast(arrays[0]), raw_key, arrays[1],
                        READ_ONLY | DONT_ENUM | DONT_DELETE);
  // Spec: GetTemplateObject 13-14: SetIntegrityLevel(rawObj / template, frozen).
  for (int k = 1; k >= 0; k--) {
    (void)JSReceiver::SetIntegrityLevel(isolate, Handle<JSReceiver>::cast(arrays[k]),
                                        JSReceiver::IntegrityLevel::kFrozen);
  }
  (*pool)->set(index, *arrays[0]);
  return *arrays[0];
}

Handle<Value> ThrowTypeErrorFunction(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->throw_type_error.IsEmpty()) {
    Handle<JSObject> f = NewBuiltinFunction(isolate, Builtin::kThrowTypeErrorAccessor, "");
    state->throw_type_error.Reset(isolate, Handle<Value>(f));
  }
  return state->throw_type_error.Get();
}

// -- Arguments ---------------------------------------------------------------------------------

Value Runtime_CreateArguments(Isolate* isolate, Value* fp, bool mapped) {
  HandleScope scope(isolate);
  Factory* factory = FactoryOf(isolate);
  int argc = fp[kArgcSlot].AsInt32();
  Handle<FixedArray> elements = factory->NewFixedArray(argc);
  for (int i = 0; i < argc; i++) (*elements)->set(i, fp[kFirstArgSlot + i]);
  NativeContext* nc = *NativeContextOf(isolate);
  // NOTE: mapped (aliasing) arguments are not implemented yet: sloppy
  // functions get an unmapped object with `callee`.
  Handle<Shape> shape(Shape::cast(mapped ? nc->sloppy_arguments_shape() : nc->strict_arguments_shape()),
                      isolate);
  Handle<JSObject> arguments = factory->NewJSObjectFromShape(shape);
  (*arguments)->set_elements(elements->ToValue());
  (*arguments)->FastPropertyAtPut(JSArgumentsObject::kLengthFieldIndex, Value::FromInt32(argc));
  (*arguments)->FastPropertyAtPut(JSArgumentsObject::IteratorFieldIndex(mapped),
                                  (*NativeContextOf(isolate))->array_values_function());
  if (mapped) {
    (*arguments)->FastPropertyAtPut(JSArgumentsObject::kCalleeFieldIndex, fp[kClosureSlot]);
    // Sloppy functions with simple parameters: the generator context-
    // allocates the parameters (in order, mode kParameter); element i
    // aliases parameter i's context slot while it stays mapped.
    Value context = fp[kContextSlot];
    if (context.IsHeapObject() && context.heap_object()->IsContext() &&
        IsScopeInfo(Context::cast(context)->scope_info())) {
      Handle<Value> context_h(context, isolate);
      FixedArray* info = FixedArray::cast(Context::cast(context)->scope_info());
      int formal = JSFunction::cast(fp[kClosureSlot])->shared()->formal_parameter_count();
      int mapped_count = std::min(argc, formal);
      Handle<FixedArray> mapping = factory->NewFixedArray(mapped_count);
      info = FixedArray::cast(Context::cast(*context_h)->scope_info());
      int param = 0;
      for (int slot = 0; slot < ScopeInfoLayout::SlotCount(info) && param < mapped_count; slot++) {
        if (ScopeInfoLayout::SlotMode(info, slot) != kParameterMode) continue;
        (*mapping)->set(param++, Value::FromInt32(slot));
      }
      for (; param < mapped_count; param++) (*mapping)->set(param, Value::TheHole());
      JSArgumentsObject* object = JSArgumentsObject::cast(arguments->ToValue());
      object->set_mapped_context(*context_h);
      object->set_mapping(mapping->ToValue());
    }
  } else {
    // Strict arguments: `callee` throws (Spec: %ThrowTypeError%).
    Handle<Value> thrower = ThrowTypeErrorFunction(isolate);
    Handle<Name> callee(isolate->roots().slot(RootIndex::k_callee_string));
    JSObject::AddAccessor(isolate, arguments, callee, thrower, thrower, DONT_ENUM | DONT_DELETE);
  }
  return arguments->ToValue();
}

Value Runtime_CreateRestParameter(Isolate* isolate, Value* fp) {
  HandleScope scope(isolate);
  int argc = fp[kArgcSlot].AsInt32();
  int start = JSFunction::cast(fp[kClosureSlot])->shared()->formal_parameter_count() - 1;
  if (start < 0) start = 0;
  int n = std::max(0, argc - start);
  Handle<FixedArray> elements = FactoryOf(isolate)->NewFixedArray(n);
  for (int i = 0; i < n; i++) (*elements)->set(i, fp[kFirstArgSlot + start + i]);
  return FactoryOf(isolate)->NewJSArrayWithElements(elements)->ToValue();
}

// -- Construction and receivers -----------------------------------------------------------------

// F.prototype when it is an own data property of F on fast properties, else
// the hole. OPTIMIZATION: "prototype" sits at the same descriptor index in
// nearly every function's shape (they grow from a few root layouts), so the
// index found last is tried before a search: `new F` pays a key compare,
// not a scan (V8 keeps F.prototype in the initial map instead; here it is
// an ordinary property, so every `new` re-checks it).
Value FunctionPrototypeFast(Isolate* isolate, JSFunction* f) {
  static thread_local int hint = 0;
  Shape* shape = f->shape();
  if (!shape->has_fast_properties()) return Value::TheHole();
  DescriptorArray* descriptors = shape->instance_descriptors_array();
  int count = shape->number_of_own_descriptors();
  Value key = isolate->roots().prototype_string();
  int index = hint;
  if (index >= count || descriptors->get(DescriptorArray::KeyIndex(index)) != key) {
    index = descriptors->Search(Name::cast(key), count);
    if (index < 0) return Value::TheHole();
    hint = index;
  }
  PropertyDetails details = descriptors->GetDetails(index);
  if (!details.IsData()) return Value::TheHole();
  int field = details.field_index();
  int inobject = shape->inobject_properties();
  if (field < inobject) return f->field(shape->GetInObjectPropertyOffset(field));
  return PropertyArray::cast(f->properties_or_hash())->get(field - inobject);
}

bool TryCreateThisFast(Isolate* isolate, Value target, Value new_target, Value* out) {
  // The common `new F()`: F's initial shape exists, slack tracking is over,
  // F.prototype is still the shape's prototype. Only a raw allocation.
  if (new_target != target || !IsJSFunction(target)) return false;
  JSFunction* f = JSFunction::cast(target);
  Value initial = f->prototype_or_initial_shape();
  if (!IsShape(initial)) return false;
  Shape* shape = Shape::cast(initial);
  if (shape->IsInobjectSlackTrackingInProgress() || shape->is_deprecated() ||
      shape->instance_type() != InstanceType::kJSObject) {
    return false;
  }
  if (FunctionPrototypeFast(isolate, f) != shape->prototype()) return false;
  // Metadata-space shapes never move: {shape} survives the allocation.
  int size = shape->instance_size();
  HeapObject* cell = isolate->heap()->AllocateRaw(size, AllocationType::kYoung);
  cell->set_shape(shape);
  auto* object = static_cast<JSObject*>(cell);
  object->set_field(JSObject::kPropertiesOrHashOffset, *isolate->roots().slot(RootIndex::kEmptyPropertyArray),
                    SKIP_WRITE_BARRIER);
  object->set_field(JSObject::kElementsOffset, isolate->roots().empty_fixed_array()->ToValue(), SKIP_WRITE_BARRIER);
  for (int offset = JSObject::kHeaderSize; offset < size; offset += kTaggedSize) {
    object->set_field(offset, Value::Undefined(), SKIP_WRITE_BARRIER);
  }
  *out = object->ToValue();
  return true;
}

Value Runtime_CreateThis(Isolate* isolate, Value target, Value new_target) {
  HandleScope scope(isolate);
  // OPTIMIZATION: new.target's "prototype" as a plain own field that still
  // matches the initial shape (the common case) needs no generic lookup.
  Value nt_value = IsJSFunction(new_target) ? new_target : target;
  Value fast_proto = TryFastNamedLoad(isolate, nt_value, isolate->roots().prototype_string());
  if (!fast_proto.IsTheHole() && JSFunction::cast(nt_value)->instance_prototype() == fast_proto) {
    Handle<JSFunction> constructor(JSFunction::cast(target), isolate);
    Handle<JSFunction> nt(JSFunction::cast(nt_value), isolate);
    return FactoryOf(isolate)->NewJSObjectForConstruct(constructor, nt)->ToValue();
  }
  Handle<JSFunction> constructor(JSFunction::cast(target), isolate);
  Handle<JSFunction> nt = IsJSFunction(new_target) ? Handle<JSFunction>(JSFunction::cast(new_target), isolate)
                                                   : constructor;
  // `new F` reads F.prototype: keep the initial shape's prototype in sync
  // with the property (assignments to F.prototype are ordinary stores).
  Handle<Name> key(isolate->roots().slot(RootIndex::k_prototype_string));
  Handle<Value> prototype;
  if (!JSReceiver::GetProperty(isolate, nt, PropertyKey::FromName(key)).ToHandle(&prototype)) {
    return Value::Exception();
  }
  if ((*nt)->instance_prototype() != *prototype) JSFunction::SetInstancePrototype(isolate, nt, prototype);
  return FactoryOf(isolate)->NewJSObjectForConstruct(constructor, nt)->ToValue();
}

Value Runtime_ConvertReceiver(Isolate* isolate, Value receiver) {
  if (receiver.IsNullOrUndefined()) return NativeContextOf(isolate)->global_object();
  return Runtime_ToObject(isolate, receiver);
}

// -- Iteration -----------------------------------------------------------------------------------

Value Runtime_GetIterator(Isolate* isolate, Value object) {
  HandleScope scope(isolate);
  Handle<Value> object_h(object, isolate);
  if (object.IsNullOrUndefined()) return ThrowNotIterableError(isolate, object);
  Handle<Value> key(isolate->roots().iterator_symbol(), isolate);
  Value method = Runtime_GetProperty(isolate, *object_h, *key);
  if (method.IsException()) return method;
  Handle<Value> method_h(method, isolate);
  if (!IsCallable(method)) return ThrowNotIterableError(isolate, *object_h);
  Handle<Value> iterator;
  if (!Execution::Call(isolate, method_h, object_h, 0, nullptr).ToHandle(&iterator)) {
    return Value::Exception();
  }
  if (!IsJSReceiver(*iterator)) return ThrowError(isolate, MessageTemplate::kIteratorNotObject);
  return *iterator;
}

bool IsBuiltin(Value v, Builtin id) {
  return IsJSFunction(v) && JSFunction::cast(v)->shared()->IsBuiltin() &&
         JSFunction::cast(v)->shared()->builtin_id() == static_cast<int>(id);
}

Value Runtime_IterableToFixedArray(Isolate* isolate, Value iterable) {
  HandleScope scope(isolate);
  Factory* factory = FactoryOf(isolate);
  Handle<Value> source(iterable, isolate);
  // OPTIMIZATION (V8's IterableToListMayPreserveHoles): while the
  // array-iterator protector holds, a fast array with the initial prototype
  // and no own @@iterator is copied without running the protocol; a hole
  // reads as undefined (what [[Get]] finds) while the no-elements protector
  // holds, else the protocol runs (nothing observable happened yet).
  if (Protectors::IsFastIterableArray(isolate, *source)) {
    uint32_t length = JSArray::cast(*source)->length();
    Handle<FixedArray> out = factory->NewFixedArray(static_cast<int>(length));
    bool holes_are_undefined = Protectors::IsNoElementsIntact(isolate);
    bool complete = true;
    for (uint32_t i = 0; i < length; i++) {
      Value v = Elements::GetOwnElement(JSArray::cast(*source), i);
      if (v.IsTheHole()) {
        if (!holes_are_undefined) {
          complete = false;
          break;
        }
        v = Value::Undefined();
      }
      (*out)->set(static_cast<int>(i), v);
    }
    if (complete) return out->ToValue();
  }
  if (IsString(*source) && Protectors::IsStringIteratorLookupChainIntact(isolate)) {
    Handle<String> s(String::cast(*source), isolate);
    int length = (*s)->length();
    Handle<FixedArray> out = factory->NewFixedArray(length);
    int count = 0;
    for (int i = 0; i < length; i++) {
      uint16_t unit = (*s)->Get(i);
      Handle<String> piece;
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length && (*s)->Get(i + 1) >= 0xDC00 &&
          (*s)->Get(i + 1) <= 0xDFFF) {
        piece = factory->NewSubString(s, i, i + 2);
        i++;
      } else {
        piece = factory->LookupSingleCharacterString(unit);
      }
      (*out)->set(count++, piece->ToValue());
    }
    if (count < length) isolate->heap()->RightTrimFixedArray(*out, count);
    return out->ToValue();
  }
  Value iterator = Runtime_GetIterator(isolate, *source);
  if (iterator.IsException()) return iterator;
  Handle<Value> iterator_h(iterator, isolate);
  Handle<Value> next_key(isolate->roots().next_string(), isolate);
  Value next = Runtime_GetProperty(isolate, *iterator_h, *next_key);
  if (next.IsException()) return next;
  Handle<Value> next_h(next, isolate);
  Handle<FixedArray> out = factory->NewFixedArray(8);
  int count = 0;
  for (;;) {
    HandleScope loop(isolate);
    Handle<Value> result;
    if (!Execution::Call(isolate, next_h, iterator_h, 0, nullptr).ToHandle(&result)) {
      return Value::Exception();
    }
    if (!IsJSReceiver(*result)) {
      return ThrowError(isolate, MessageTemplate::kIteratorResultNotAnObject,
                        {DescribeValueForMessage(isolate, *result)});
    }
    Value done = Runtime_GetProperty(isolate, *result, isolate->roots().done_string());
    if (done.IsException()) return done;
    if (ToBoolean(done)) break;
    Value value = Runtime_GetProperty(isolate, *result, isolate->roots().value_string());
    if (value.IsException()) return value;
    Handle<Value> value_h(value, isolate);
    if (count == (*out)->length()) {
      Handle<FixedArray> grown = factory->CopyFixedArrayAndGrow(out, count * 2);
      out.Patch(grown->ToValue());
    }
    (*out)->set(count++, *value_h);
  }
  if (count < (*out)->length()) isolate->heap()->RightTrimFixedArray(*out, count);
  return out->ToValue();
}

Value Runtime_ForInEnumerate(Isolate* isolate, Value receiver) {
  if (receiver.IsNullOrUndefined()) return isolate->roots().empty_fixed_array()->ToValue();
  HandleScope scope(isolate);
  Value object = Runtime_ToObject(isolate, receiver);
  if (object.IsException()) return object;
  Handle<JSReceiver> object_h(JSReceiver::cast(object), isolate);
  return JSReceiver::GetForInKeys(isolate, object_h)->ToValue();
}

Value Runtime_ForInHasKey(Isolate* isolate, Value receiver, Value key) {
  HandleScope scope(isolate);
  Handle<Value> key_h(key, isolate);
  Value object = Runtime_ToObject(isolate, receiver);
  if (object.IsException()) return object;
  Handle<JSReceiver> object_h(JSReceiver::cast(object), isolate);
  MaybeBool has = JSReceiver::HasProperty(isolate, object_h, PropertyKey::From(isolate, key_h));
  if (!has.has_value()) return Value::Exception();
  return *has ? *key_h : Value::Undefined();
}

// -- Classes and interrupts -------------------------------------------------------------------

Value Runtime_ThrowIfNotSuperConstructor(Isolate* isolate, Value constructor, Value function) {
  if (IsConstructor(constructor)) return Value::Undefined();
  // V8: a function's name, "null" when empty or null.
  std::string ctor;
  if (IsJSFunction(constructor)) {
    Value n = JSFunction::cast(constructor)->shared()->name();
    ctor = IsString(n) ? String::cast(n)->ToUTF8() : "";
  } else if (!constructor.IsNull()) {
    ctor = DescribeValueForMessage(isolate, constructor);
  }
  if (ctor.empty()) ctor = "null";
  std::string name;
  if (IsJSFunction(function) && IsString(JSFunction::cast(function)->shared()->name())) {
    name = String::cast(JSFunction::cast(function)->shared()->name())->ToUTF8();
  }
  if (name.empty()) return ThrowError(isolate, MessageTemplate::kNotSuperConstructor, {ctor});
  return ThrowError(isolate, MessageTemplate::kNotSuperConstructorNamed, {ctor, name});
}

Value Runtime_BudgetInterrupt(Isolate* isolate, Value closure) {
  // --lazy-feedback-allocation: the first time the budget runs out the
  // function gets its feedback vector; once it has one, the budget running
  // out --jit-threshold more times tiers it up to baseline code (taken by
  // its next call; a running frame stays interpreted).
  JSFunction* function = JSFunction::cast(closure);
  if (function->shared()->feedback_vector().IsUndefined()) {
    EnsureFeedbackVector(isolate, closure);
  } else if (function->code().IsUndefined() && jit::IsEnabled(isolate)) {
    SharedFunctionInfo* shared = function->shared();
    int ticks = shared->jit_ticks() + 1;
    if (ticks < 0xFFFF) shared->set_jit_ticks(ticks);
    if (ticks >= isolate->flags().jit_threshold) {
      HandleScope scope(isolate);
      jit::EnsureBaselineCode(isolate, Handle<JSFunction>(function, isolate), "hot");
    }
  }
  return Runtime_StackGuard(isolate);
}

Value Runtime_StackGuard(Isolate* isolate) {
  if (isolate->InterruptRequested()) isolate->ClearInterrupt();
  return Value::Undefined();
}

}  // namespace lucid
