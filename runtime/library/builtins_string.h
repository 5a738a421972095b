// Copyright 2026 the Lucid authors. MIT license.
// What other parts of the runtime call in the String builtins.

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_STRING_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_STRING_H_

#include "vm/value.h"

namespace lucid {

class Isolate;

// String.prototype.charCodeAt's frameless fast path (TryFastBuiltinCall):
// a flat primitive string receiver and an int32 position. Argument i is
// args[i * stride]. No allocation; false: run the builtin.
bool TryFastStringCharCodeAt(Value receiver, int argc, const Value* args, int stride, Value* out);
// String.prototype.charAt's: a flat string receiver and an int32 position
// whose code unit's one-character string is already in the root cache
// (or out of range: ""). No allocation; false: run the builtin.
bool TryFastStringCharAt(Isolate* isolate, Value receiver, int argc, const Value* args, int stride, Value* out);
// String.fromCharCode's with one int32 argument whose code unit's
// one-character string is in the root cache.
bool TryFastStringFromCharCode(Isolate* isolate, int argc, const Value* args, int stride, Value* out);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_STRING_H_
