// Copyright the Lucid authors. MIT license.
//
// Creates the intrinsics (Object, Function, Error constructors and
// prototypes, Symbol, iterators) and the global object's properties
// (globalThis, console, print, ...). The builtins work extends it; see
// docs/runtime.md "Adding a builtin".

#ifndef LUCID_RUNTIME_BOOTSTRAPPER_H_
#define LUCID_RUNTIME_BOOTSTRAPPER_H_

namespace lucid {

class Isolate;

// Runs once per isolate, after Isolate::New (initializes the object model
// first if Isolate::New did not).
void Bootstrap(Isolate* isolate);

}  // namespace lucid

#endif  // LUCID_RUNTIME_BOOTSTRAPPER_H_
