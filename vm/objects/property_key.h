// Copyright 2025 the Lucid authors. MIT license.
// PropertyKey: an array index or a Name, the only two kinds of keys shapes,
// dictionaries and elements stores see.

#ifndef LUCID_VM_OBJECTS_PROPERTY_KEY_H_
#define LUCID_VM_OBJECTS_PROPERTY_KEY_H_

#include <cstdint>

#include "gc/handles.h"
#include "vm/objects/string.h"

namespace lucid {

class Isolate;

// DESIGN.md "Property keys": a key is an array index (uint32 < 2^32 - 1) or
// a Name, i.e. an internalized String or a Symbol. ToPropertyKey below makes
// int32 >= 0, integral doubles below 2^32 - 1 and canonical index strings
// ("7", not "07" or "-1") indices, and everything else a Name, so "7" and 7
// are one key and shapes/dictionaries never hold an index-like string.
//
// A PropertyKey holds its name in a Handle: build it inside a HandleScope
// and do not keep it past the scope.
class PropertyKey {
 public:
  static PropertyKey FromIndex(uint32_t index) {
    DCHECK(index <= 0xFFFFFFFEu);
    return PropertyKey(index, Handle<Name>());
  }
  // From a Name that is already a Name key: a Symbol, or an internalized
  // String that is not an array index (DCHECKed). Use From() otherwise.
  static PropertyKey FromName(Handle<Name> name) { return PropertyKey(0, name); }

  // Spec: ToPropertyKey(argument) for a primitive {key} (the caller has
  // already run ToPrimitive on objects): numbers, strings, symbols,
  // booleans, null, undefined. Strings are internalized (allocates).
  static PropertyKey From(Isolate* isolate, Handle<Value> key);
  // From ASCII/Latin-1 text (C++ callers, tests).
  static PropertyKey From(Isolate* isolate, std::string_view text);

  bool is_index() const { return name_.is_null(); }
  bool is_name() const { return !name_.is_null(); }
  uint32_t index() const {
    DCHECK(is_index());
    return index_;
  }
  Handle<Name> name() const {
    DCHECK(is_name());
    return name_;
  }
  bool is_symbol() const { return is_name() && (*name_)->IsSymbol(); }
  bool is_private() const { return is_name() && (*name_)->IsPrivate(); }

  // The key as a JS value: an internalized String or Symbol, or the index as
  // a String (allocates for indices).
  Handle<Value> ToValue(Isolate* isolate) const;
  // For messages ("Cannot read properties of undefined (reading 'x')").
  std::string ToDebugString() const;

 private:
  PropertyKey(uint32_t index, Handle<Name> name) : index_(index), name_(name) {}

  uint32_t index_;
  Handle<Name> name_;
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_PROPERTY_KEY_H_
