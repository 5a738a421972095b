// Copyright the Lucid authors. MIT license.
//
// The bootstrapper: the intrinsics and the global object's properties, on
// top of the object model's native context (InitializeObjectModel).

#include "runtime/bootstrapper.h"

#include <cmath>

#include "runtime/builtins.h"
#include "runtime/event_loop.h"
#include "vm/objects/protectors.h"
#include "runtime/library/library_builtins.h"
#include "runtime/promise.h"
#include "gc/heap.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

Handle<Name> RootName(Isolate* isolate, RootIndex index) {
  return Handle<Name>(isolate->roots().slot(index));
}

Handle<JSObject> ContextObject(Isolate* isolate, NativeContext::Field field) {
  return Handle<JSObject>(HandleScope::CreateHandle(isolate, FactoryOf(isolate)->native_context()->GetField(field)));
}

// Every closure shape gets "length" and "name" as in-object fields 0 and 1
// (non-writable, non-enumerable, configurable), so creating a closure is an
// allocation and two field stores.
void SetUpFunctionShapes(Isolate* isolate) {
  Handle<NativeContext> context = FactoryOf(isolate)->native_context();
  Handle<Value> function_prototype(context->function_prototype(), isolate);
  for (auto field : {NativeContext::k_sloppy_function_shape, NativeContext::k_strict_function_shape}) {
    Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize,
                                            2, function_prototype);
    shape->set_is_callable(true);
    shape->set_is_constructor(true);
    shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, RootIndex::k_length_string),
                                            Representation::Tagged(), READ_ONLY | DONT_ENUM,
                                            StoreOrigin::kNamed);
    shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, RootIndex::k_name_string),
                                            Representation::Tagged(), READ_ONLY | DONT_ENUM,
                                            StoreOrigin::kNamed);
    context->SetField(field, shape->ToValue());
  }
  // Sloppy `function` declarations and expressions (and `new Function`):
  // V8's sloppy_function_map adds own "arguments" and "caller" (fields 2
  // and 3: null, non-writable, non-enumerable, non-configurable), then
  // "prototype" lands in-object too. Strict functions, arrows, methods,
  // generators, async functions and classes have neither; reading them
  // there reaches Function.prototype's %ThrowTypeError% accessors.
  {
    Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize,
                                            5, function_prototype);
    shape->set_is_callable(true);
    shape->set_is_constructor(true);
    for (RootIndex key : {RootIndex::k_length_string, RootIndex::k_name_string}) {
      shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, key), Representation::Tagged(),
                                              READ_ONLY | DONT_ENUM, StoreOrigin::kNamed);
    }
    for (RootIndex key : {RootIndex::k_arguments_string, RootIndex::k_caller_string}) {
      shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, key), Representation::Tagged(),
                                              READ_ONLY | DONT_ENUM | DONT_DELETE, StoreOrigin::kNamed);
    }
    context->SetField(NativeContext::k_sloppy_function_with_arguments_shape, shape->ToValue());
  }
  // Generator functions: [[Prototype]] %GeneratorFunction.prototype%, not
  // constructors.
  Handle<Value> generator_function_prototype(context->generator_function_prototype(), isolate);
  Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize,
                                          2, generator_function_prototype);
  shape->set_is_callable(true);
  shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, RootIndex::k_length_string),
                                          Representation::Tagged(), READ_ONLY | DONT_ENUM,
                                          StoreOrigin::kNamed);
  shape = Shape::TransitionToDataProperty(isolate, shape, RootName(isolate, RootIndex::k_name_string),
                                          Representation::Tagged(), READ_ONLY | DONT_ENUM,
                                          StoreOrigin::kNamed);
  context->SetField(NativeContext::k_generator_function_shape, shape->ToValue());
}

void DefineGlobal(Isolate* isolate, Handle<JSObject> global, const char* name, Handle<Value> value,
                  PropertyAttributes attributes = DONT_ENUM) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  PropertyDescriptor desc = PropertyDescriptor::Data(value, attributes);
  (void)JSReceiver::DefineOwnProperty(isolate, global, PropertyKey::FromName(key), desc);
}

// ctor.prototype = prototype (fixed), prototype.constructor = ctor.
void LinkConstructor(Isolate* isolate, Handle<JSObject> constructor, Handle<JSObject> prototype) {
  JSObject::AddProperty(isolate, constructor, RootName(isolate, RootIndex::k_prototype_string), prototype,
                        READ_ONLY | DONT_ENUM | DONT_DELETE);
  JSFunction::SetInstancePrototype(isolate, Handle<JSFunction>::cast(constructor), prototype);
  JSObject::AddProperty(isolate, prototype, RootName(isolate, RootIndex::k_constructor_string), constructor,
                        DONT_ENUM);
}

Handle<JSObject> InstallConstructor(Isolate* isolate, Handle<JSObject> global, Builtin id,
                                    Handle<JSObject> prototype) {
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, id);
  LinkConstructor(isolate, constructor, prototype);
  DefineGlobal(isolate, global, BuiltinInfoOf(static_cast<int>(id)).name, constructor);
  return constructor;
}

void SetUpFunctionPrototype(Isolate* isolate) {
  Handle<JSObject> proto = ContextObject(isolate, NativeContext::k_function_prototype);
  JSFunction* f = JSFunction::cast(proto->ToValue());
  f->shared()->set_function_data(Value::FromInt32(static_cast<int32_t>(Builtin::kFunctionPrototype)));
  Handle<Value> zero(Value::FromInt32(0), isolate);
  Handle<Value> empty(isolate->roots().empty_string(), isolate);
  JSObject::AddProperty(isolate, proto, RootName(isolate, RootIndex::k_length_string), zero,
                        READ_ONLY | DONT_ENUM);
  JSObject::AddProperty(isolate, proto, RootName(isolate, RootIndex::k_name_string), empty,
                        READ_ONLY | DONT_ENUM);
  // Spec 10.2.4 AddRestrictedFunctionProperties: "caller" and "arguments"
  // are accessors whose getter and setter are %ThrowTypeError%, so strict
  // functions, arrows, methods and classes (no own ones) throw V8's
  // "'caller', 'callee', and 'arguments' properties may not be accessed..."
  Handle<Value> thrower = ThrowTypeErrorFunction(isolate);
  for (RootIndex key : {RootIndex::k_arguments_string, RootIndex::k_caller_string}) {
    JSObject::AddAccessor(isolate, proto, RootName(isolate, key), thrower, thrower, DONT_ENUM);
  }
  InstallFunction(isolate, proto, Builtin::kFunctionPrototypeCall);
  InstallFunction(isolate, proto, Builtin::kFunctionPrototypeApply);
  InstallFunction(isolate, proto, Builtin::kFunctionPrototypeBind);
  InstallFunction(isolate, proto, Builtin::kFunctionPrototypeToString);
  Handle<Value> has_instance(isolate->roots().has_instance_symbol(), isolate);
  InstallFunctionWithSymbol(isolate, proto, has_instance, Builtin::kFunctionPrototypeHasInstance);
}

void SetUpObject(Isolate* isolate, Handle<JSObject> global) {
  Handle<JSObject> proto = ContextObject(isolate, NativeContext::k_object_prototype);
  Handle<JSObject> ctor = InstallConstructor(isolate, global, Builtin::kObjectConstructor, proto);
  FactoryOf(isolate)->native_context()->set_object_function(ctor->ToValue());
  InstallFunction(isolate, proto, Builtin::kObjectPrototypeHasOwnProperty);
  InstallFunction(isolate, proto, Builtin::kObjectPrototypeToString);
  InstallFunction(isolate, proto, Builtin::kObjectPrototypeValueOf);
  InstallFunction(isolate, ctor, Builtin::kObjectGetPrototypeOf);
  InstallFunction(isolate, ctor, Builtin::kObjectSetPrototypeOf);
  InstallFunction(isolate, ctor, Builtin::kObjectCreate);
  InstallFunction(isolate, ctor, Builtin::kObjectKeys);
  InstallFunction(isolate, ctor, Builtin::kObjectDefineProperty);
  Handle<JSObject> function_proto = ContextObject(isolate, NativeContext::k_function_prototype);
  InstallConstructor(isolate, global, Builtin::kFunctionConstructor, function_proto);
}

void SetUpErrors(Isolate* isolate, Handle<JSObject> global) {
  struct ErrorSpec {
    Builtin id;
    NativeContext::Field prototype;
  };
  const ErrorSpec specs[] = {
      {Builtin::kErrorConstructor, NativeContext::k_error_prototype},
      {Builtin::kTypeErrorConstructor, NativeContext::k_type_error_prototype},
      {Builtin::kRangeErrorConstructor, NativeContext::k_range_error_prototype},
      {Builtin::kReferenceErrorConstructor, NativeContext::k_reference_error_prototype},
      {Builtin::kSyntaxErrorConstructor, NativeContext::k_syntax_error_prototype},
      {Builtin::kEvalErrorConstructor, NativeContext::k_eval_error_prototype},
      {Builtin::kURIErrorConstructor, NativeContext::k_uri_error_prototype},
  };
  Handle<JSObject> error_ctor;
  for (const ErrorSpec& spec : specs) {
    Handle<JSObject> proto = ContextObject(isolate, spec.prototype);
    Handle<JSObject> ctor = InstallConstructor(isolate, global, spec.id, proto);
    Handle<Value> name(FactoryOf(isolate)->InternalizeUtf8(BuiltinInfoOf(static_cast<int>(spec.id)).name)->ToValue(),
                       isolate);
    Handle<Value> empty(isolate->roots().empty_string(), isolate);
    JSObject::AddProperty(isolate, proto, RootName(isolate, RootIndex::k_name_string), name, DONT_ENUM);
    JSObject::AddProperty(isolate, proto, RootName(isolate, RootIndex::k_message_string), empty, DONT_ENUM);
    if (spec.id == Builtin::kErrorConstructor) {
      error_ctor = ctor;
      RuntimeStateOf(isolate)->error_constructor.Reset(isolate, Handle<Value>(ctor));
      InstallFunction(isolate, proto, Builtin::kErrorPrototypeToString);
      InstallFunction(isolate, ctor, Builtin::kErrorCaptureStackTrace);
      Handle<Value> limit(Value::FromInt32(10), isolate);
      JSObject::AddProperty(isolate, ctor, FactoryOf(isolate)->InternalizeAscii("stackTraceLimit"), limit,
                            NONE);
    } else {
      JSReceiver::SetPrototype(isolate, ctor, error_ctor);
    }
  }
}

void SetUpSymbol(Isolate* isolate, Handle<JSObject> global) {
  Handle<JSObject> proto = ContextObject(isolate, NativeContext::k_symbol_prototype);
  Handle<JSObject> ctor = InstallConstructor(isolate, global, Builtin::kSymbolConstructor, proto);
  InstallFunction(isolate, proto, Builtin::kSymbolPrototypeToString);
  InstallFunction(isolate, proto, Builtin::kSymbolPrototypeValueOf);
  Handle<Value> to_primitive(isolate->roots().to_primitive_symbol(), isolate);
  InstallFunctionWithSymbol(isolate, proto, to_primitive, Builtin::kSymbolPrototypeToPrimitive);
  InstallAccessor(isolate, proto, "description", Builtin::kSymbolPrototypeDescriptionGetter, Builtin::kCount);
  Handle<Value> symbol_tag(FactoryOf(isolate)->InternalizeAscii("Symbol")->ToValue(), isolate);
  JSObject::AddProperty(isolate, proto, Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)),
                        symbol_tag, READ_ONLY | DONT_ENUM);
  Roots roots = isolate->roots();
  struct WellKnown {
    const char* name;
    Value symbol;
  };
  const WellKnown symbols[] = {
      {"iterator", roots.iterator_symbol()},         {"asyncIterator", roots.async_iterator_symbol()},
      {"hasInstance", roots.has_instance_symbol()},  {"toPrimitive", roots.to_primitive_symbol()},
      {"toStringTag", roots.to_string_tag_symbol()}, {"species", roots.species_symbol()},
      {"isConcatSpreadable", roots.is_concat_spreadable_symbol()},
      {"unscopables", roots.unscopables_symbol()},   {"match", roots.match_symbol()},
      {"matchAll", roots.match_all_symbol()},        {"replace", roots.replace_symbol()},
      {"search", roots.search_symbol()},             {"split", roots.split_symbol()},
  };
  for (const WellKnown& w : symbols) {
    Handle<Value> value(w.symbol, isolate);
    InstallValue(isolate, ctor, w.name, value, false, false, false);
  }
}

void SetUpIteration(Isolate* isolate) {
  Handle<Value> iterator_symbol(isolate->roots().iterator_symbol(), isolate);
  Handle<JSObject> array_proto = ContextObject(isolate, NativeContext::k_array_prototype);
  Handle<JSObject> values = InstallFunction(isolate, array_proto, Builtin::kArrayPrototypeValues);
  JSObject::AddProperty(isolate, array_proto, Handle<Name>::cast(iterator_symbol), values, DONT_ENUM);
  // Arguments objects carry their own @@iterator (= %Array.prototype.values%)
  // as an in-object DONT_ENUM field after "length" (and "callee").
  Handle<NativeContext> context = FactoryOf(isolate)->native_context();
  context->set_array_values_function(values->ToValue());
  for (auto field : {NativeContext::k_sloppy_arguments_shape, NativeContext::k_strict_arguments_shape}) {
    Handle<Shape> shape(Shape::cast(context->GetField(field)), isolate);
    shape = Shape::TransitionToDataProperty(isolate, shape, Handle<Name>::cast(iterator_symbol),
                                            Representation::Tagged(), DONT_ENUM, StoreOrigin::kNamed);
    context->SetField(field, shape->ToValue());
  }
  Handle<JSObject> string_proto = ContextObject(isolate, NativeContext::k_string_prototype);
  InstallFunctionWithSymbol(isolate, string_proto, iterator_symbol, Builtin::kStringPrototypeIterator);
  Handle<JSObject> iterator_proto = ContextObject(isolate, NativeContext::k_iterator_prototype);
  InstallFunctionWithSymbol(isolate, iterator_proto, iterator_symbol, Builtin::kIteratorPrototypeIterator);
  // %ArrayIteratorPrototype% and %StringIteratorPrototype%: each its own
  // next and tag (V8 and the spec), so patching one iterator prototype
  // leaves the other kind alone.
  auto install_iterator_prototype = [&](NativeContext::Field context_index, Builtin next, const char* tag_text) {
    Handle<JSObject> proto = ContextObject(isolate, context_index);
    InstallFunction(isolate, proto, next);
    Handle<Value> tag(FactoryOf(isolate)->InternalizeAscii(tag_text)->ToValue(), isolate);
    JSObject::AddProperty(isolate, proto, Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)),
                          tag, READ_ONLY | DONT_ENUM);
  };
  install_iterator_prototype(NativeContext::k_array_iterator_prototype, Builtin::kArrayIteratorPrototypeNext,
                             "Array Iterator");
  install_iterator_prototype(NativeContext::k_string_iterator_prototype, Builtin::kStringIteratorPrototypeNext,
                             "String Iterator");
}

// %GeneratorFunction%, %GeneratorFunction.prototype% and %GeneratorPrototype%
// (ES2023 27.3-27.5): the chain every generator function and object uses.
void SetUpGenerators(Isolate* isolate) {
  Factory* factory = FactoryOf(isolate);
  Handle<Name> tag_key(isolate->roots().slot(RootIndex::k_to_string_tag_symbol));
  Handle<Name> constructor_key = RootName(isolate, RootIndex::k_constructor_string);
  Handle<JSObject> generator_proto = ContextObject(isolate, NativeContext::k_generator_prototype);
  Handle<JSObject> function_proto = ContextObject(isolate, NativeContext::k_generator_function_prototype);
  JSObject::AddProperty(isolate, generator_proto, constructor_key, function_proto, READ_ONLY | DONT_ENUM);
  InstallFunction(isolate, generator_proto, Builtin::kGeneratorPrototypeNext);
  InstallFunction(isolate, generator_proto, Builtin::kGeneratorPrototypeReturn);
  InstallFunction(isolate, generator_proto, Builtin::kGeneratorPrototypeThrow);
  Handle<Value> generator_tag(factory->InternalizeAscii("Generator")->ToValue(), isolate);
  JSObject::AddProperty(isolate, generator_proto, tag_key, generator_tag, READ_ONLY | DONT_ENUM);
  JSObject::AddProperty(isolate, function_proto, RootName(isolate, RootIndex::k_prototype_string),
                        generator_proto, READ_ONLY | DONT_ENUM);
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, Builtin::kGeneratorFunctionConstructor);
  // %GeneratorFunction%'s [[Prototype]] is %Function%.
  Handle<JSObject> function_prototype = ContextObject(isolate, NativeContext::k_function_prototype);
  Handle<Value> function_constructor;
  if (JSReceiver::GetProperty(isolate, function_prototype, PropertyKey::FromName(constructor_key))
          .ToHandle(&function_constructor)) {
    (void)JSReceiver::SetPrototype(isolate, constructor, function_constructor);
  }
  JSObject::AddProperty(isolate, constructor, RootName(isolate, RootIndex::k_prototype_string),
                        function_proto, READ_ONLY | DONT_ENUM | DONT_DELETE);
  JSObject::AddProperty(isolate, function_proto, constructor_key, constructor, READ_ONLY | DONT_ENUM);
  Handle<Value> function_tag(factory->InternalizeAscii("GeneratorFunction")->ToValue(), isolate);
  JSObject::AddProperty(isolate, function_proto, tag_key, function_tag, READ_ONLY | DONT_ENUM);
}

void SetUpGlobals(Isolate* isolate, Handle<JSObject> global) {
  Factory* factory = FactoryOf(isolate);
  DefineGlobal(isolate, global, "globalThis", global);
  Handle<Value> nan(Value::FromDouble(std::nan("")), isolate);
  Handle<Value> infinity(Value::FromDouble(INFINITY), isolate);
  Handle<Value> undefined(Value::Undefined(), isolate);
  PropertyAttributes fixed = READ_ONLY | DONT_ENUM | DONT_DELETE;
  DefineGlobal(isolate, global, "NaN", nan, fixed);
  DefineGlobal(isolate, global, "Infinity", infinity, fixed);
  DefineGlobal(isolate, global, "undefined", undefined, fixed);
  Handle<JSObject> console = factory->NewJSObject();
  InstallFunction(isolate, console, Builtin::kConsoleLog);
  InstallFunction(isolate, console, Builtin::kConsoleError);
  InstallFunction(isolate, console, Builtin::kConsoleLog, "info");
  InstallFunction(isolate, console, Builtin::kConsoleError, "warn");
  DefineGlobal(isolate, global, "console", console);
  Handle<JSObject> print = NewBuiltinFunction(isolate, Builtin::kGlobalPrint);
  DefineGlobal(isolate, global, "print", print);
  Handle<JSObject> queue_microtask = NewBuiltinFunction(isolate, Builtin::kGlobalQueueMicrotask);
  DefineGlobal(isolate, global, "queueMicrotask", queue_microtask);
  if (isolate->flags().expose_gc) {
    Handle<JSObject> gc = NewBuiltinFunction(isolate, Builtin::kGlobalGc);
    DefineGlobal(isolate, global, "gc", gc);
  }
}

// Shapes of the cells the execution engine materializes, if the object
// model did not make them.
void EnsureEngineShapes(Isolate* isolate) {
  Roots roots = isolate->roots();
  if (roots.at(RootIndex::kScopeInfoShape).IsUndefined()) {
    ShapeLayout* shape = isolate->heap()->AllocateShape(InstanceType::kScopeInfo, FixedArray::kHeaderSize);
    roots.set(RootIndex::kScopeInfoShape, shape->ToValue());
  }
}

}  // namespace

void Bootstrap(Isolate* isolate) {
  if (FactoryOf(isolate) == nullptr) InitializeObjectModel(isolate);
  HandleScope scope(isolate);
  EnsureEngineShapes(isolate);
  SetUpFunctionShapes(isolate);
  Handle<JSObject> global(HandleScope::CreateHandle(isolate, FactoryOf(isolate)->native_context()->global_object()));
  SetUpFunctionPrototype(isolate);
  SetUpObject(isolate, global);
  SetUpErrors(isolate, global);
  SetUpSymbol(isolate, global);
  Protectors::DisarmIterationProtectors(isolate);
  SetUpIteration(isolate);
  SetUpGenerators(isolate);
  SetUpGlobals(isolate, global);
  SetUpLanguageBuiltins(isolate, global);
  InstallLibrary(isolate);
  InstallPromise(isolate);
  // Timers, process, performance: the node-style host (runtime/event_loop.h).
  InstallEventLoopGlobals(isolate, global);
  Protectors::ArmIterationProtectors(isolate);
  // The IC state (stub caches, the --stats site counter) exists from the
  // start, so every run can report its IC sites.
  ICRuntimeOf(isolate);
}

}  // namespace lucid
