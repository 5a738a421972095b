// Copyright 2025 the Lucid authors. MIT license.
// PropertyKey: ToPropertyKey.
#include "vm/objects/property_key.h"

#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/symbol.h"

namespace lucid {

PropertyKey PropertyKey::From(Isolate* isolate, Handle<Value> key) {
  Factory* factory = FactoryOf(isolate);
  Value value = *key;
  // Spec: ToPropertyKey, then DESIGN.md's split into index or Name.
  if (value.IsInt32() && value.AsInt32() >= 0) return FromIndex(static_cast<uint32_t>(value.AsInt32()));
  if (value.IsNumber()) {
    uint32_t index;
    if (DoubleToArrayIndex(value.Number(), &index)) return FromIndex(index);
    if (value.Number() == 0) return FromIndex(0);  // -0: ToString(-0) is "0"
    Handle<String> text = factory->NumberToString(key);
    return FromName(factory->InternalizeString(text));
  }
  if (lucid::IsString(value)) {
    uint32_t index;
    if (String::cast(value)->AsArrayIndex(factory->hash_seed(), &index)) return FromIndex(index);
    return FromName(factory->InternalizeString(Handle<String>::cast(key)));
  }
  if (lucid::IsSymbol(value)) return FromName(Handle<Name>::cast(key));
  Roots roots = isolate->roots();
  RootIndex root = RootIndex::k_undefined_string;
  if (value.IsNull()) root = RootIndex::k_null_string;
  else if (value.IsTrue()) root = RootIndex::k_true_string;
  else if (value.IsFalse()) root = RootIndex::k_false_string;
  else CHECK_MSG(value.IsUndefined(), "ToPropertyKey on an object: run ToPrimitive first");
  return FromName(Handle<Name>(roots.slot(root)));
}

PropertyKey PropertyKey::From(Isolate* isolate, std::string_view text) {
  uint32_t index;
  if (StringToArrayIndex(text, &index)) return FromIndex(index);
  return FromName(FactoryOf(isolate)->InternalizeAscii(text));
}

Handle<Value> PropertyKey::ToValue(Isolate* isolate) const {
  if (is_name()) return name_;
  return FactoryOf(isolate)->Uint32ToString(index_);
}

std::string PropertyKey::ToDebugString() const {
  if (is_index()) return std::to_string(index_);
  if ((*name_)->IsSymbol()) return static_cast<Symbol*>(*name_)->ToDescriptiveString();
  return static_cast<String*>(*name_)->ToUTF8();
}

}  // namespace lucid
