// Copyright the Lucid authors. MIT license.
//
// V8's test natives under --allow-natives-syntax. NATIVE_LIST maps each
// `%Name` to its builtin (runtime/builtins.h); the IC issue adds the rest
// (%PrepareFunctionForOptimization, %OptimizeFunctionOnNextCall, ...).
//
// NOTE: until the parser accepts `%Name(args)`, the runner rewrites `%Name(`
// to `$Name(` (same length) and the bootstrapper installs each native as a
// global function `$Name` (runtime/runner.cc).

#ifndef LUCID_RUNTIME_NATIVES_H_
#define LUCID_RUNTIME_NATIVES_H_

#include "gc/handles.h"

namespace lucid {

class Isolate;
class JSObject;

// V(Name, builtin)
#define NATIVE_LIST(V)                          \
  V(HaveSameMap, NativeHaveSameMap)             \
  V(HasFastProperties, NativeHasFastProperties) \
  V(DebugPrint, NativeDebugPrint)

// Installs `$Name` for every native on {global}.
void InstallNatives(Isolate* isolate, Handle<JSObject> global);

}  // namespace lucid

#endif  // LUCID_RUNTIME_NATIVES_H_
