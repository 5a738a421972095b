// Copyright 2026 the Lucid authors. MIT license.
// What other parts of the runtime call in the Object builtins.

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_OBJECT_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_OBJECT_H_

#include "vm/value.h"

namespace lucid {

class Isolate;

// Object.prototype.hasOwnProperty's frameless fast path
// (TryFastBuiltinCall): an object receiver and a key that needs no
// conversion (a non-negative int32, a symbol, a string that is not an
// array index). A string that is not internalized is looked up in the
// string table without adding it: absent there, no object has it as a
// key. Argument i is args[i * stride]. No allocation; false: run the
// builtin.
bool TryFastHasOwnProperty(Isolate* isolate, Value receiver, int argc, const Value* args, int stride,
                           Value* out);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_OBJECT_H_
