// Copyright 2025 the Lucid authors. MIT license.
// PropertyDetails printing.
#include "vm/objects/property_details.h"

namespace lucid {

std::string AttributesToString(PropertyAttributes attributes) {
  std::string out;
  out += (attributes & READ_ONLY) ? '_' : 'W';
  out += (attributes & DONT_ENUM) ? '_' : 'E';
  out += (attributes & DONT_DELETE) ? '_' : 'C';
  return out;
}

const char* Representation::Mnemonic() const {
  static constexpr const char* kNames[] = {
#define V(Name, spelling) spelling,
      REPRESENTATION_LIST(V)
#undef V
  };
  return kNames[kind_];
}

}  // namespace lucid
