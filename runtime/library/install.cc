// Copyright the Lucid authors. MIT license.
// InstallLibrary: puts the library's builtins and constants on the
// intrinsics. Runs after the core builtins (runtime/bootstrapper.cc), so
// where both installed a property the library's definition wins.

#include <cmath>
#include <ctime>
#include <utility>

#include "runtime/library/library_builtins.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/ordered_hash_table.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

Handle<JSObject> AsObject(Handle<Value> value) { return Handle<JSObject>::cast(value); }

// holder[key] = value with the given attributes (any key, symbols too).
void DefineValue(Isolate* isolate, Handle<JSReceiver> holder, const PropertyKey& key,
                 Handle<Value> value, bool writable, bool enumerable, bool configurable) {
  PropertyDescriptor desc;
  desc.has_value = desc.has_writable = desc.has_enumerable = desc.has_configurable = true;
  desc.value = value;
  desc.writable = writable;
  desc.enumerable = enumerable;
  desc.configurable = configurable;
  (void)JSReceiver::DefineOwnProperty(isolate, holder, key, desc);
}

// holder[name] = a new builtin function (writable, non-enumerable,
// configurable). Unlike InstallFunction (which adds a property known to be
// absent) this redefines, so it replaces a core builtin of the same name.
Handle<JSObject> InstallMethod(Isolate* isolate, Handle<JSObject> holder, Builtin id) {
  const char* name = BuiltinInfoOf(static_cast<int>(id)).name;
  Handle<JSObject> function = NewBuiltinFunction(isolate, id, name);
  DefineValue(isolate, holder, KeyForName(isolate, name), function, true, false, true);
  return function;
}

// A constant: { writable: false, enumerable: false, configurable: false }.
void InstallConstant(Isolate* isolate, Handle<JSObject> holder, const char* name, double value) {
  DefineValue(isolate, holder, KeyForName(isolate, name),
              handle(Value::FromDouble(value), isolate), false, false, false);
}

// The global's property {name} if it is an object, else a new plain object
// installed there (Math, JSON, console).
Handle<JSObject> GlobalNamespace(Isolate* isolate, const char* name) {
  Handle<JSReceiver> global = GlobalObject(isolate);
  Handle<Value> existing;
  if (JSReceiver::GetProperty(isolate, global, KeyForName(isolate, name)).ToHandle(&existing) &&
      lucid::IsJSReceiver(*existing)) {
    return AsObject(existing);
  }
  isolate->clear_pending_exception();
  Handle<JSObject> object = F(isolate)->NewJSObject();
  DefineValue(isolate, global, KeyForName(isolate, name), object, true, false, true);
  return object;
}

// A library constructor: name/length from the list, `prototype` (fixed),
// prototype.constructor, and the global binding.
Handle<JSObject> InstallConstructor(Isolate* isolate, Builtin id, const char* name,
                                    Handle<JSObject> prototype) {
  Handle<JSObject> constructor = NewBuiltinFunction(isolate, id, name);
  DefineValue(isolate, constructor, KeyForName(isolate, "prototype"), prototype, false, false,
              false);
  DefineValue(isolate, prototype, KeyForName(isolate, "constructor"), constructor, true, false,
              true);
  DefineValue(isolate, GlobalObject(isolate), KeyForName(isolate, name), constructor, true, false,
              true);
  return constructor;
}

void InstallConsole(Isolate* isolate) {
  Handle<JSObject> console = GlobalNamespace(isolate, "console");
  InstallMethod(isolate, console, Builtin::kLibConsoleLog);
  InstallMethod(isolate, console, Builtin::kLibConsoleInfo);
  InstallMethod(isolate, console, Builtin::kLibConsoleDebug);
  InstallMethod(isolate, console, Builtin::kLibConsoleError);
  InstallMethod(isolate, console, Builtin::kLibConsoleWarn);
  for (Builtin id : {Builtin::kLibConsoleAssert, Builtin::kLibConsoleCount,
                     Builtin::kLibConsoleCountReset, Builtin::kLibConsoleTime,
                     Builtin::kLibConsoleTimeEnd, Builtin::kLibConsoleTimeLog,
                     Builtin::kLibConsoleGroup, Builtin::kLibConsoleGroupCollapsed,
                     Builtin::kLibConsoleGroupEnd, Builtin::kLibConsoleDir,
                     Builtin::kLibConsoleTable, Builtin::kLibConsoleTrace}) {
    InstallMethod(isolate, console, id);
  }
}

void InstallObject(Isolate* isolate) {
  Handle<JSObject> object_function;
  Handle<Value> from_context = Intrinsic(isolate, NativeContext::k_object_function);
  if (lucid::IsJSReceiver(*from_context)) {
    object_function = AsObject(from_context);
  } else {
    object_function = GlobalNamespace(isolate, "Object");
  }
  for (Builtin id : {Builtin::kLibObjectKeys, Builtin::kLibObjectValues, Builtin::kLibObjectEntries,
                     Builtin::kLibObjectGetPrototypeOf, Builtin::kLibObjectSetPrototypeOf,
                     Builtin::kLibObjectCreate, Builtin::kLibObjectDefineProperty,
                     Builtin::kLibObjectDefineProperties, Builtin::kLibObjectGetOwnPropertyNames,
                     Builtin::kLibObjectGetOwnPropertySymbols,
                     Builtin::kLibObjectGetOwnPropertyDescriptor, Builtin::kLibObjectAssign,
                     Builtin::kLibObjectFreeze, Builtin::kLibObjectIsFrozen,
                     Builtin::kLibObjectPreventExtensions, Builtin::kLibObjectIsExtensible,
                     Builtin::kLibObjectIs, Builtin::kLibObjectFromEntries,
                     Builtin::kLibObjectHasOwn}) {
    InstallMethod(isolate, object_function, id);
  }
  Handle<JSObject> proto = AsObject(Intrinsic(isolate, NativeContext::k_object_prototype));
  for (Builtin id : {Builtin::kLibObjectPrototypeHasOwnProperty,
                     Builtin::kLibObjectPrototypeIsPrototypeOf,
                     Builtin::kLibObjectPrototypePropertyIsEnumerable,
                     Builtin::kLibObjectPrototypeToString,
                     Builtin::kLibObjectPrototypeToLocaleString,
                     Builtin::kLibObjectPrototypeValueOf}) {
    InstallMethod(isolate, proto, id);
  }
  // Annex B: Object.prototype.__proto__, an accessor pair.
  InstallAccessor(isolate, proto, "__proto__", Builtin::kLibObjectPrototypeProtoGetter,
                  Builtin::kLibObjectPrototypeProtoSetter);
}

void InstallArray(Isolate* isolate) {
  Handle<JSObject> proto = AsObject(Intrinsic(isolate, NativeContext::k_array_prototype));
  Handle<JSObject> array = InstallConstructor(isolate, Builtin::kLibArrayConstructor, "Array", proto);
  Handle<NativeContext> context = F(isolate)->native_context();
  context->set_array_function(array->ToValue());
  InstallMethod(isolate, array, Builtin::kLibArrayIsArray);
  InstallMethod(isolate, array, Builtin::kLibArrayOf);
  InstallMethod(isolate, array, Builtin::kLibArrayFrom);
#define V(Name, js_name, length, kind) InstallMethod(isolate, proto, Builtin::k##Name);
  V(LibArrayPrototypePush, "push", 1, kFunction)
  V(LibArrayPrototypePop, "pop", 0, kFunction)
  V(LibArrayPrototypeShift, "shift", 0, kFunction)
  V(LibArrayPrototypeUnshift, "unshift", 1, kFunction)
  V(LibArrayPrototypeSlice, "slice", 2, kFunction)
  V(LibArrayPrototypeSplice, "splice", 2, kFunction)
  V(LibArrayPrototypeIndexOf, "indexOf", 1, kFunction)
  V(LibArrayPrototypeLastIndexOf, "lastIndexOf", 1, kFunction)
  V(LibArrayPrototypeIncludes, "includes", 1, kFunction)
  V(LibArrayPrototypeJoin, "join", 1, kFunction)
  V(LibArrayPrototypeToString, "toString", 0, kFunction)
  V(LibArrayPrototypeConcat, "concat", 1, kFunction)
  V(LibArrayPrototypeReverse, "reverse", 0, kFunction)
  V(LibArrayPrototypeFill, "fill", 1, kFunction)
  V(LibArrayPrototypeForEach, "forEach", 1, kFunction)
  V(LibArrayPrototypeMap, "map", 1, kFunction)
  V(LibArrayPrototypeFilter, "filter", 1, kFunction)
  V(LibArrayPrototypeReduce, "reduce", 1, kFunction)
  V(LibArrayPrototypeReduceRight, "reduceRight", 1, kFunction)
  V(LibArrayPrototypeSome, "some", 1, kFunction)
  V(LibArrayPrototypeEvery, "every", 1, kFunction)
  V(LibArrayPrototypeFind, "find", 1, kFunction)
  V(LibArrayPrototypeFindIndex, "findIndex", 1, kFunction)
  V(LibArrayPrototypeFindLast, "findLast", 1, kFunction)
  V(LibArrayPrototypeFindLastIndex, "findLastIndex", 1, kFunction)
  V(LibArrayPrototypeSort, "sort", 1, kFunction)
  V(LibArrayPrototypeAt, "at", 1, kFunction)
  V(LibArrayPrototypeFlat, "flat", 0, kFunction)
  V(LibArrayPrototypeFlatMap, "flatMap", 1, kFunction)
  V(LibArrayPrototypeCopyWithin, "copyWithin", 2, kFunction)
  V(LibArrayPrototypeKeys, "keys", 0, kFunction)
  V(LibArrayPrototypeEntries, "entries", 0, kFunction)
  V(LibArrayPrototypeToReversed, "toReversed", 0, kFunction)
  V(LibArrayPrototypeToSorted, "toSorted", 1, kFunction)
  V(LibArrayPrototypeToSpliced, "toSpliced", 2, kFunction)
  V(LibArrayPrototypeWith, "with", 2, kFunction)
#undef V
  // Spec: Array.prototype[@@unscopables], a null-prototype object.
  Handle<JSObject> unscopables = F(isolate)->NewJSObjectWithPrototype(handle(Value::Null(), isolate));
  Handle<Value> yes = handle(Value::True(), isolate);
  for (const char* name : {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                           "findLastIndex", "flat", "flatMap", "includes", "keys", "values",
                           "toReversed", "toSorted", "toSpliced"}) {
    DefineValue(isolate, unscopables, KeyForName(isolate, name), yes, true, true, true);
  }
  DefineValue(isolate, proto,
              PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_unscopables_symbol))),
              unscopables, false, false, true);
}

void InstallString(Isolate* isolate) {
  Handle<JSObject> proto = AsObject(Intrinsic(isolate, NativeContext::k_string_prototype));
  Handle<JSObject> string =
      InstallConstructor(isolate, Builtin::kLibStringConstructor, "String", proto);
  InstallMethod(isolate, string, Builtin::kLibStringFromCharCode);
  InstallMethod(isolate, string, Builtin::kLibStringFromCodePoint);
  InstallMethod(isolate, string, Builtin::kLibStringRaw);
  for (Builtin id :
       {Builtin::kLibStringPrototypeCharAt, Builtin::kLibStringPrototypeCharCodeAt,
        Builtin::kLibStringPrototypeCodePointAt, Builtin::kLibStringPrototypeAt,
        Builtin::kLibStringPrototypeIndexOf, Builtin::kLibStringPrototypeLastIndexOf,
        Builtin::kLibStringPrototypeIncludes, Builtin::kLibStringPrototypeStartsWith,
        Builtin::kLibStringPrototypeEndsWith, Builtin::kLibStringPrototypeSlice,
        Builtin::kLibStringPrototypeSubstring, Builtin::kLibStringPrototypeSubstr,
        Builtin::kLibStringPrototypeSplit, Builtin::kLibStringPrototypeToUpperCase,
        Builtin::kLibStringPrototypeToLowerCase, Builtin::kLibStringPrototypeToLocaleUpperCase,
        Builtin::kLibStringPrototypeToLocaleLowerCase, Builtin::kLibStringPrototypeTrim,
        Builtin::kLibStringPrototypeTrimStart, Builtin::kLibStringPrototypeTrimEnd,
        Builtin::kLibStringPrototypePadStart, Builtin::kLibStringPrototypePadEnd,
        Builtin::kLibStringPrototypeRepeat, Builtin::kLibStringPrototypeConcat,
        Builtin::kLibStringPrototypeReplace, Builtin::kLibStringPrototypeReplaceAll,
        Builtin::kLibStringPrototypeLocaleCompare, Builtin::kLibStringPrototypeToString,
        Builtin::kLibStringPrototypeValueOf, Builtin::kLibStringPrototypeNormalize,
        Builtin::kLibStringPrototypeIsWellFormed, Builtin::kLibStringPrototypeToWellFormed}) {
    InstallMethod(isolate, proto, id);
  }
  // Annex B: trimLeft/trimRight are the same function objects as
  // trimStart/trimEnd.
  for (auto [alias, target] : {std::pair{"trimLeft", "trimStart"}, std::pair{"trimRight", "trimEnd"}}) {
    Handle<Value> function;
    if (JSReceiver::GetProperty(isolate, proto, KeyForName(isolate, target)).ToHandle(&function)) {
      DefineValue(isolate, proto, KeyForName(isolate, alias), function, true, false, true);
    }
  }
}

void InstallNumberAndGlobals(Isolate* isolate) {
  Handle<JSObject> proto = AsObject(Intrinsic(isolate, NativeContext::k_number_prototype));
  Handle<JSObject> number =
      InstallConstructor(isolate, Builtin::kLibNumberConstructor, "Number", proto);
  for (Builtin id : {Builtin::kLibNumberIsInteger, Builtin::kLibNumberIsSafeInteger,
                     Builtin::kLibNumberIsFinite, Builtin::kLibNumberIsNaN}) {
    InstallMethod(isolate, number, id);
  }
  InstallConstant(isolate, number, "MAX_SAFE_INTEGER", 9007199254740991.0);
  InstallConstant(isolate, number, "MIN_SAFE_INTEGER", -9007199254740991.0);
  InstallConstant(isolate, number, "EPSILON", std::ldexp(1.0, -52));
  InstallConstant(isolate, number, "MAX_VALUE", 1.7976931348623157e308);
  InstallConstant(isolate, number, "MIN_VALUE", 5e-324);
  InstallConstant(isolate, number, "POSITIVE_INFINITY", INFINITY);
  InstallConstant(isolate, number, "NEGATIVE_INFINITY", -INFINITY);
  InstallConstant(isolate, number, "NaN", std::nan(""));
  for (Builtin id : {Builtin::kLibNumberPrototypeToString, Builtin::kLibNumberPrototypeToLocaleString,
                     Builtin::kLibNumberPrototypeToFixed, Builtin::kLibNumberPrototypeToPrecision,
                     Builtin::kLibNumberPrototypeToExponential,
                     Builtin::kLibNumberPrototypeValueOf}) {
    InstallMethod(isolate, proto, id);
  }

  Handle<JSObject> boolean_proto = AsObject(Intrinsic(isolate, NativeContext::k_boolean_prototype));
  InstallConstructor(isolate, Builtin::kLibBooleanConstructor, "Boolean", boolean_proto);
  InstallMethod(isolate, boolean_proto, Builtin::kLibBooleanPrototypeToString);
  InstallMethod(isolate, boolean_proto, Builtin::kLibBooleanPrototypeValueOf);

  // Global functions; Number.parseInt/parseFloat are the same objects.
  Handle<JSObject> global = Handle<JSObject>::cast(GlobalObject(isolate));
  Handle<JSObject> parse_int = InstallMethod(isolate, global, Builtin::kLibGlobalParseInt);
  Handle<JSObject> parse_float = InstallMethod(isolate, global, Builtin::kLibGlobalParseFloat);
  InstallMethod(isolate, global, Builtin::kLibGlobalIsNaN);
  InstallMethod(isolate, global, Builtin::kLibGlobalIsFinite);
  DefineValue(isolate, number, KeyForName(isolate, "parseInt"), parse_int, true, false, true);
  DefineValue(isolate, number, KeyForName(isolate, "parseFloat"), parse_float, true, false, true);
  // NaN, Infinity, undefined and globalThis, unless the core already has them.
  auto define_if_absent = [&](const char* name, Handle<Value> value, bool fixed) {
    PropertyKey key = KeyForName(isolate, name);
    if (JSReceiver::HasOwnProperty(isolate, global, key)) return;
    DefineValue(isolate, global, key, value, !fixed, false, !fixed);
  };
  define_if_absent("NaN", handle(Value::FromDouble(std::nan("")), isolate), true);
  define_if_absent("Infinity", handle(Value::FromDouble(INFINITY), isolate), true);
  define_if_absent("undefined", handle(Value::Undefined(), isolate), true);
  define_if_absent("globalThis", global, false);
}

void InstallMath(Isolate* isolate) {
  Handle<JSObject> math = GlobalNamespace(isolate, "Math");
#define V(Name, js_name, length, kind) InstallMethod(isolate, math, Builtin::k##Name);
  LIBRARY_MATH_BUILTIN_LIST(V)
#undef V
  InstallConstant(isolate, math, "E", M_E);
  InstallConstant(isolate, math, "LN10", M_LN10);
  InstallConstant(isolate, math, "LN2", M_LN2);
  InstallConstant(isolate, math, "LOG10E", M_LOG10E);
  InstallConstant(isolate, math, "LOG2E", M_LOG2E);
  InstallConstant(isolate, math, "PI", M_PI);
  InstallConstant(isolate, math, "SQRT1_2", M_SQRT1_2);
  InstallConstant(isolate, math, "SQRT2", M_SQRT2);
  PropertyKey tag =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)));
  DefineValue(isolate, math, tag, NewAscii(isolate, "Math"), false, false, true);
}

void InstallJson(Isolate* isolate) {
  Handle<JSObject> json = GlobalNamespace(isolate, "JSON");
  InstallMethod(isolate, json, Builtin::kLibJsonParse);
  InstallMethod(isolate, json, Builtin::kLibJsonStringify);
  PropertyKey tag =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)));
  DefineValue(isolate, json, tag, NewAscii(isolate, "JSON"), false, false, true);
}

void InstallToStringTag(Isolate* isolate, Handle<JSObject> holder, const char* tag) {
  PropertyKey key =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_string_tag_symbol)));
  DefineValue(isolate, holder, key, NewAscii(isolate, tag), false, false, true);
}

PropertyKey IteratorSymbolKey(Isolate* isolate) {
  return PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_iterator_symbol)));
}

// A new prototype object (Map.prototype, Date.prototype...) inheriting from
// the intrinsic {parent}.
Handle<JSObject> NewPrototypeObject(Isolate* isolate, int parent) {
  Handle<JSObject> proto = F(isolate)->NewJSObjectWithPrototype(Intrinsic(isolate, parent));
  // A prototype from the start (as the intrinsic prototypes are): its
  // methods are then added to its own shape in place, with no transition
  // chain of throwaway shapes behind them.
  JSObject::OptimizeAsPrototype(isolate, proto, false);
  return proto;
}

// InstallConstructor for constructors that allocate from their initial
// shape (Map, Set, Date): the shape's prototype follows `prototype`.
Handle<JSObject> InstallShapedConstructor(Isolate* isolate, Builtin id, const char* name,
                                          Handle<JSObject> prototype) {
  Handle<JSObject> constructor = InstallConstructor(isolate, id, name, prototype);
  JSFunction::SetInstancePrototype(isolate, Handle<JSFunction>::cast(constructor), prototype);
  return constructor;
}

// %MapIteratorPrototype% / %SetIteratorPrototype% and the iterator shape
// (a root: JSMapIteratorShape / JSSetIteratorShape).
void InstallCollectionIterator(Isolate* isolate, Builtin next, const char* tag, InstanceType type,
                               RootIndex shape_root) {
  Handle<JSObject> proto = NewPrototypeObject(isolate, NativeContext::k_iterator_prototype);
  InstallMethod(isolate, proto, next);
  InstallToStringTag(isolate, proto, tag);
  Handle<Shape> shape =
      Shape::NewJSShape(isolate, type, JSCollectionIterator::kHeaderSize, 0, proto);
  isolate->roots().set(shape_root, shape->ToValue());
}

// constructor[@@species]: a getter returning `this` (non-enumerable,
// configurable).
void InstallSpecies(Isolate* isolate, Handle<JSObject> constructor) {
  Handle<Value> getter = NewBuiltinFunction(isolate, Builtin::kLibCollectionSpecies);
  Handle<Value> setter(Value::Undefined(), isolate);
  Handle<Name> key(isolate->roots().slot(RootIndex::k_species_symbol));
  JSObject::AddAccessor(isolate, constructor, key, getter, setter, DONT_ENUM);
}

void InstallMapAndSet(Isolate* isolate) {
  Handle<JSObject> map_proto = NewPrototypeObject(isolate, NativeContext::k_object_prototype);
  Handle<JSObject> map =
      InstallShapedConstructor(isolate, Builtin::kLibMapConstructor, "Map", map_proto);
  InstallSpecies(isolate, map);
  for (Builtin id : {Builtin::kLibMapPrototypeGet, Builtin::kLibMapPrototypeSet,
                     Builtin::kLibMapPrototypeHas, Builtin::kLibMapPrototypeDelete,
                     Builtin::kLibMapPrototypeClear}) {
    InstallMethod(isolate, map_proto, id);
  }
  Handle<JSObject> entries = InstallMethod(isolate, map_proto, Builtin::kLibMapPrototypeEntries);
  InstallMethod(isolate, map_proto, Builtin::kLibMapPrototypeForEach);
  InstallMethod(isolate, map_proto, Builtin::kLibMapPrototypeKeys);
  InstallAccessor(isolate, map_proto, "size", Builtin::kLibMapPrototypeSize, Builtin::kCount);
  InstallMethod(isolate, map_proto, Builtin::kLibMapPrototypeValues);
  DefineValue(isolate, map_proto, IteratorSymbolKey(isolate), entries, true, false, true);
  InstallToStringTag(isolate, map_proto, "Map");
  InstallCollectionIterator(isolate, Builtin::kLibMapIteratorPrototypeNext, "Map Iterator",
                            InstanceType::kJSMapIterator, RootIndex::kJSMapIteratorShape);

  Handle<JSObject> set_proto = NewPrototypeObject(isolate, NativeContext::k_object_prototype);
  Handle<JSObject> set =
      InstallShapedConstructor(isolate, Builtin::kLibSetConstructor, "Set", set_proto);
  InstallSpecies(isolate, set);
  for (Builtin id : {Builtin::kLibSetPrototypeHas, Builtin::kLibSetPrototypeAdd,
                     Builtin::kLibSetPrototypeDelete, Builtin::kLibSetPrototypeClear,
                     Builtin::kLibSetPrototypeEntries, Builtin::kLibSetPrototypeForEach}) {
    InstallMethod(isolate, set_proto, id);
  }
  InstallAccessor(isolate, set_proto, "size", Builtin::kLibSetPrototypeSize, Builtin::kCount);
  Handle<JSObject> values = InstallMethod(isolate, set_proto, Builtin::kLibSetPrototypeValues);
  DefineValue(isolate, set_proto, KeyForName(isolate, "keys"), values, true, false, true);
  DefineValue(isolate, set_proto, IteratorSymbolKey(isolate), values, true, false, true);
  InstallToStringTag(isolate, set_proto, "Set");
  InstallCollectionIterator(isolate, Builtin::kLibSetIteratorPrototypeNext, "Set Iterator",
                            InstanceType::kJSSetIterator, RootIndex::kJSSetIteratorShape);
}

void InstallDate(Isolate* isolate) {
  tzset();  // local time follows TZ (localtime_r alone need not read it)
  Handle<JSObject> proto = NewPrototypeObject(isolate, NativeContext::k_object_prototype);
  Handle<JSObject> date = InstallShapedConstructor(isolate, Builtin::kLibDateConstructor, "Date", proto);
  for (Builtin id : {Builtin::kLibDateNow, Builtin::kLibDateParse, Builtin::kLibDateUTC}) {
    InstallMethod(isolate, date, id);
  }
  // In node's property order.
  for (Builtin id : {Builtin::kLibDatePrototypeToString, Builtin::kLibDatePrototypeToDateString,
                     Builtin::kLibDatePrototypeToTimeString, Builtin::kLibDatePrototypeToISOString}) {
    InstallMethod(isolate, proto, id);
  }
  Handle<JSObject> to_utc = InstallMethod(isolate, proto, Builtin::kLibDatePrototypeToUTCString);
  DefineValue(isolate, proto, KeyForName(isolate, "toGMTString"), to_utc, true, false, true);
  for (Builtin id : {
           Builtin::kLibDatePrototypeGetDate, Builtin::kLibDatePrototypeSetDate,
           Builtin::kLibDatePrototypeGetDay, Builtin::kLibDatePrototypeGetFullYear,
           Builtin::kLibDatePrototypeSetFullYear, Builtin::kLibDatePrototypeGetHours,
           Builtin::kLibDatePrototypeSetHours, Builtin::kLibDatePrototypeGetMilliseconds,
           Builtin::kLibDatePrototypeSetMilliseconds, Builtin::kLibDatePrototypeGetMinutes,
           Builtin::kLibDatePrototypeSetMinutes, Builtin::kLibDatePrototypeGetMonth,
           Builtin::kLibDatePrototypeSetMonth, Builtin::kLibDatePrototypeGetSeconds,
           Builtin::kLibDatePrototypeSetSeconds, Builtin::kLibDatePrototypeGetTime,
           Builtin::kLibDatePrototypeSetTime, Builtin::kLibDatePrototypeGetTimezoneOffset,
           Builtin::kLibDatePrototypeGetUTCDate, Builtin::kLibDatePrototypeSetUTCDate,
           Builtin::kLibDatePrototypeGetUTCDay, Builtin::kLibDatePrototypeGetUTCFullYear,
           Builtin::kLibDatePrototypeSetUTCFullYear, Builtin::kLibDatePrototypeGetUTCHours,
           Builtin::kLibDatePrototypeSetUTCHours, Builtin::kLibDatePrototypeGetUTCMilliseconds,
           Builtin::kLibDatePrototypeSetUTCMilliseconds, Builtin::kLibDatePrototypeGetUTCMinutes,
           Builtin::kLibDatePrototypeSetUTCMinutes, Builtin::kLibDatePrototypeGetUTCMonth,
           Builtin::kLibDatePrototypeSetUTCMonth, Builtin::kLibDatePrototypeGetUTCSeconds,
           Builtin::kLibDatePrototypeSetUTCSeconds, Builtin::kLibDatePrototypeValueOf,
           Builtin::kLibDatePrototypeGetYear, Builtin::kLibDatePrototypeSetYear,
           Builtin::kLibDatePrototypeToJSON, Builtin::kLibDatePrototypeToLocaleString,
           Builtin::kLibDatePrototypeToLocaleDateString,
           Builtin::kLibDatePrototypeToLocaleTimeString}) {
    InstallMethod(isolate, proto, id);
  }
  PropertyKey to_primitive =
      PropertyKey::FromName(Handle<Name>(isolate->roots().slot(RootIndex::k_to_primitive_symbol)));
  Handle<JSObject> fn = NewBuiltinFunction(isolate, Builtin::kLibDatePrototypeToPrimitive);
  DefineValue(isolate, proto, to_primitive, fn, false, false, true);
}

// WeakMap, WeakSet, WeakRef, FinalizationRegistry: methods in node's
// property order.
void InstallWeakCollections(Isolate* isolate) {
  struct Weak {
    Builtin constructor;
    const char* name;
    std::initializer_list<Builtin> methods;
  };
  for (const Weak& weak : {
           Weak{Builtin::kLibWeakMapConstructor, "WeakMap",
                {Builtin::kLibWeakMapPrototypeDelete, Builtin::kLibWeakMapPrototypeGet,
                 Builtin::kLibWeakMapPrototypeSet, Builtin::kLibWeakMapPrototypeHas}},
           Weak{Builtin::kLibWeakSetConstructor, "WeakSet",
                {Builtin::kLibWeakSetPrototypeDelete, Builtin::kLibWeakSetPrototypeHas,
                 Builtin::kLibWeakSetPrototypeAdd}},
           Weak{Builtin::kLibWeakRefConstructor, "WeakRef", {Builtin::kLibWeakRefPrototypeDeref}},
           Weak{Builtin::kLibFinalizationRegistryConstructor, "FinalizationRegistry",
                {Builtin::kLibFinalizationRegistryPrototypeRegister,
                 Builtin::kLibFinalizationRegistryPrototypeUnregister}},
       }) {
    Handle<JSObject> proto = NewPrototypeObject(isolate, NativeContext::k_object_prototype);
    InstallShapedConstructor(isolate, weak.constructor, weak.name, proto);
    for (Builtin id : weak.methods) InstallMethod(isolate, proto, id);
    InstallToStringTag(isolate, proto, weak.name);
  }
}

}  // namespace

void InstallLibrary(Isolate* isolate) {
  HandleScope scope(isolate);
  InstallConsole(isolate);
  InstallObject(isolate);
  InstallArray(isolate);
  InstallString(isolate);
  InstallNumberAndGlobals(isolate);
  InstallMath(isolate);
  InstallJson(isolate);
  InstallMapAndSet(isolate);
  InstallDate(isolate);
  InstallWeakCollections(isolate);
}

}  // namespace lucid
