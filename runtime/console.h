// Copyright the Lucid authors. MIT license.
//
// The console's value formatter (a simple util.inspect; the builtins work
// replaces it with the full one).

#ifndef LUCID_RUNTIME_CONSOLE_H_
#define LUCID_RUNTIME_CONSOLE_H_

#include <string>

#include "vm/value.h"

namespace lucid {

class Isolate;

// node's rendering of {value} for console.log; strings print raw at the top
// level when {top_level_string_raw}. May run JS (getters); an exception is
// left pending.
std::string FormatForConsole(Isolate* isolate, Value value, bool top_level_string_raw);

}  // namespace lucid

#endif  // LUCID_RUNTIME_CONSOLE_H_
