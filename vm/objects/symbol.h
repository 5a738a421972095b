// Copyright 2025 the Lucid authors. MIT license.
// Symbol: a unique Name, public (Symbol()) or private (internal slots).

#ifndef LUCID_VM_OBJECTS_SYMBOL_H_
#define LUCID_VM_OBJECTS_SYMBOL_H_

#include "vm/objects/string.h"

namespace lucid {

// Symbol: body kind Fixed, kSize = 32.
//
//   +0   shape           symbol_shape
//   +8   flags           int32 Value: kIsPrivate | kIsWellKnown | kIsRegistered
//   +16  raw_hash_field  raw (Name header): a per-isolate pseudo-random hash,
//                        fixed at creation, never derived from the address
//   +24  description     String or undefined
//
// Private symbols key internal slots (the roots' error_stack, home_object,
// ...): they are ordinary shape/dictionary keys, but every key listing
// (OwnPropertyKeys, for-in, Object.getOwnPropertySymbols) skips them.
class Symbol : public Name {
 public:
  static constexpr int kFlagsOffset = 8;
  static constexpr int kDescriptionOffset = 24;
  static constexpr int kSize = 32;

  static constexpr int kIsPrivate = 1 << 0;
  static constexpr int kIsWellKnown = 1 << 1;  // Symbol.iterator & co.
  static constexpr int kIsRegistered = 1 << 2;  // Symbol.for: description is the key

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

  // "Symbol(desc)" as String(sym) / console.log print it (UTF-8).
  std::string ToDescriptiveString() const;
};

inline bool Name::IsPrivate() const {
  return IsSymbol() && static_cast<const Symbol*>(this)->is_private();
}

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_SYMBOL_H_
