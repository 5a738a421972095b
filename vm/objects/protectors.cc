// Copyright 2025 the Lucid authors. MIT license.

#include "vm/objects/protectors.h"

#include <cstdio>

#include "runtime/builtins.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/shape.h"

namespace lucid {

namespace {

bool IsValidCell(Value cell) { return IsCell(cell) && Cell::cast(cell)->IsValid(); }

// V8's protector names, as --trace-protector-invalidation prints them.
const char* ProtectorName(RootIndex index) {
  switch (index) {
    case RootIndex::kArrayIteratorProtector:
      return "ArrayIteratorLookupChain";
    case RootIndex::kStringIteratorProtector:
      return "StringIteratorLookupChain";
    case RootIndex::kNoElementsProtector:
      return "NoElements";
    case RootIndex::kArrayProtector:
      return "ArraySpeciesLookupChain";
    default:
      return "unknown";
  }
}

// True when {holder}'s own property {key} is a data property holding the
// builtin function {id}. No allocation.
bool OwnDataIsBuiltin(Isolate* isolate, Value holder, Value key, Builtin id) {
  (void)isolate;
  if (!IsJSReceiver(holder) || !IsName(key)) return false;
  JSObject* object = JSObject::cast(holder);
  Name* name = Name::cast(key);
  Value value;
  Shape* shape = object->shape();
  if (shape->has_fast_properties()) {
    int descriptor = shape->SearchDescriptor(name);
    if (descriptor < 0) return false;
    PropertyDetails details = shape->GetDetails(descriptor);
    if (!details.IsData()) return false;
    value = object->RawFastPropertyAt(details.field_index());
  } else {
    if (shape->IsJSGlobalObjectShape()) return false;
    Dictionary* dictionary = object->property_dictionary();
    int entry = dictionary->FindEntry(name);
    if (entry < 0 || !dictionary->DetailsAt(entry).IsData()) return false;
    value = dictionary->ValueAt(entry);
  }
  return IsJSFunction(value) && JSFunction::cast(value)->shared()->IsBuiltin() &&
         JSFunction::cast(value)->shared()->builtin_id() == static_cast<int>(id);
}

NativeContext* ContextOf(Isolate* isolate) { return NativeContext::cast(isolate->roots().native_context()); }

}  // namespace

bool Protectors::IsArrayIteratorLookupChainIntact(Isolate* isolate) {
  return IsValidCell(isolate->roots().array_iterator_protector());
}

bool Protectors::IsStringIteratorLookupChainIntact(Isolate* isolate) {
  return IsValidCell(isolate->roots().string_iterator_protector());
}

bool Protectors::IsNoElementsIntact(Isolate* isolate) {
  return IsValidCell(isolate->roots().no_elements_protector());
}

void Protectors::Invalidate(Isolate* isolate, RootIndex index) {
  Value cell = isolate->roots().at(index);
  if (!IsValidCell(cell)) return;
  Cell::cast(cell)->Invalidate();
  if (isolate->flags().trace_protector_invalidation) {
    // V8 prints with PrintF (stdout), between the program's own output.
    std::fprintf(stdout, "Invalidating protector cell %s\n", ProtectorName(index));
    std::fflush(stdout);
  }
}

void Protectors::DisarmIterationProtectors(Isolate* isolate) {
  for (RootIndex index : {RootIndex::kArrayIteratorProtector, RootIndex::kStringIteratorProtector}) {
    Value cell = isolate->roots().at(index);
    if (IsCell(cell)) Cell::cast(cell)->Invalidate();
  }
}

void Protectors::ArmIterationProtectors(Isolate* isolate) {
  for (RootIndex index : {RootIndex::kArrayIteratorProtector, RootIndex::kStringIteratorProtector}) {
    Value cell = isolate->roots().at(index);
    if (IsCell(cell)) Cell::cast(cell)->set_value(Value::FromInt32(Cell::kValid));
  }
  // Validate once: each iterator prototype re-checks its own protector.
  OnPrototypePropertiesChanged(isolate, JSObject::cast(ContextOf(isolate)->array_iterator_prototype()));
  OnPrototypePropertiesChanged(isolate, JSObject::cast(ContextOf(isolate)->string_iterator_prototype()));
}

void Protectors::OnPrototypePropertiesChanged(Isolate* isolate, const JSObject* object) {
  if (!IsArrayIteratorLookupChainIntact(isolate) && !IsStringIteratorLookupChainIntact(isolate)) return;
  NativeContext* context = ContextOf(isolate);
  Value self = object->ToValue();
  Value iterator = isolate->roots().iterator_symbol();
  Value next = isolate->roots().next_string();
  bool array_proto = self == context->array_prototype();
  bool string_proto = self == context->string_prototype();
  bool array_iterator_proto = self == context->array_iterator_prototype();
  bool string_iterator_proto = self == context->string_iterator_prototype();
  if (!array_proto && !string_proto && !array_iterator_proto && !string_iterator_proto) return;
  // While bootstrapping installs the builtins the two cells are invalid
  // (Bootstrap arms them last), so nothing below runs.
  if ((array_proto || array_iterator_proto) && IsArrayIteratorLookupChainIntact(isolate)) {
    bool intact = OwnDataIsBuiltin(isolate, context->array_prototype(), iterator, Builtin::kArrayPrototypeValues) &&
                  OwnDataIsBuiltin(isolate, context->array_iterator_prototype(), next,
                                   Builtin::kArrayIteratorPrototypeNext);
    if (!intact) Invalidate(isolate, RootIndex::kArrayIteratorProtector);
  }
  if ((string_proto || string_iterator_proto) && IsStringIteratorLookupChainIntact(isolate)) {
    bool intact =
        OwnDataIsBuiltin(isolate, context->string_prototype(), iterator, Builtin::kStringPrototypeIterator) &&
        OwnDataIsBuiltin(isolate, context->string_iterator_prototype(), next,
                         Builtin::kStringIteratorPrototypeNext);
    if (!intact) Invalidate(isolate, RootIndex::kStringIteratorProtector);
  }
}

void Protectors::OnOwnPropertyAdded(Isolate* isolate, const JSObject* object, Value key) {
  if (key != isolate->roots().iterator_symbol() || !object->IsJSArray()) return;
  Invalidate(isolate, RootIndex::kArrayIteratorProtector);
}

bool Protectors::IsFastIterableArray(Isolate* isolate, Value object) {
  if (!IsJSArray(object)) return false;
  Shape* shape = JSArray::cast(object)->shape();
  if (!IsFastElementsKind(shape->elements_kind()) || !shape->has_fast_properties()) return false;
  if (shape->prototype() != ContextOf(isolate)->array_prototype()) return false;
  if (!IsArrayIteratorLookupChainIntact(isolate)) return false;
  // An own @@iterator shows in the shape (the generic paths also invalidate
  // the protector when one is added, but a shape check costs little).
  return shape->SearchDescriptor(Name::cast(isolate->roots().iterator_symbol())) < 0;
}

}  // namespace lucid
