// Copyright 2025 the Lucid authors. MIT license.
// Symbol: a unique Name, public (Symbol()) or private (internal slots).

#ifndef LUCID_VM_OBJECTS_SYMBOL_H_
#define LUCID_VM_OBJECTS_SYMBOL_H_

#include "vm/objects/string.h"

namespace lucid {

// Symbol: body kind Fixed, kSize = 40.
//
//   +0   shape           symbol_shape
//   +8   flags           int32 Value: kIsPrivate | kIsWellKnown | kIsRegistered
//                        | kIsPrivateBrand | kIsStaticBrand
//   +16  raw_hash_field  raw (Name header): a per-isolate pseudo-random hash,
//                        fixed at creation, never derived from the address
//   +24  description     String or undefined
//   +32  brand_class     the declaring class's name ("anonymous" when it has
//                        none) for a private method's or accessor's name,
//                        undefined otherwise: V8's brand-check messages
//                        ("Receiver must be an instance of class A") name it
//
// Private symbols key internal slots (the roots' error_stack, home_object,
// ...): they are ordinary shape/dictionary keys, but every key listing
// (OwnPropertyKeys, for-in, Object.getOwnPropertySymbols) skips them.
class Symbol : public Name {
 public:
  static constexpr int kFlagsOffset = 8;
  static constexpr int kDescriptionOffset = 24;
  static constexpr int kBrandClassOffset = 32;
  static constexpr int kSize = 40;

  static constexpr int kIsPrivate = 1 << 0;
  static constexpr int kIsWellKnown = 1 << 1;  // Symbol.iterator & co.
  static constexpr int kIsRegistered = 1 << 2;  // Symbol.for: description is the key
  // A private method's or accessor's name: a missing own property is a
  // failed brand check (of the class's instances, or of the class itself).
  static constexpr int kIsPrivateBrand = 1 << 3;
  static constexpr int kIsStaticBrand = 1 << 4;

  static Symbol* cast(Value value) {
    DCHECK(lucid::IsSymbol(value));
    return static_cast<Symbol*>(value.heap_object());
  }

  int flags() const { return field(kFlagsOffset).AsInt32(); }
  void set_flags(int flags) { set_field(kFlagsOffset, Value::FromInt32(flags), SKIP_WRITE_BARRIER); }
  bool is_private() const { return (flags() & kIsPrivate) != 0; }
  bool is_well_known() const { return (flags() & kIsWellKnown) != 0; }
  // Registered symbols cannot be held weakly (they can always be recreated).
  bool is_registered() const { return (flags() & kIsRegistered) != 0; }
  Value description() const { return field(kDescriptionOffset); }
  void set_description(Value description) { set_field(kDescriptionOffset, description); }
  bool is_private_brand() const { return (flags() & kIsPrivateBrand) != 0; }
  bool is_static_brand() const { return (flags() & kIsStaticBrand) != 0; }
  Value brand_class() const { return field(kBrandClassOffset); }
  void set_brand_class(Value name) { set_field(kBrandClassOffset, name); }

  // "Symbol(desc)" as String(sym) / console.log print it (UTF-8).
  std::string ToDescriptiveString() const;
};

inline bool Name::IsPrivate() const {
  return IsSymbol() && static_cast<const Symbol*>(this)->is_private();
}

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_SYMBOL_H_
