// Copyright the Lucid authors. MIT license.
//
// V8's test natives under --allow-natives-syntax. NATIVE_LIST maps each
// `%Name` to its builtin (runtime/builtins.h); the IC issue adds the rest
// (%PrepareFunctionForOptimization, %OptimizeFunctionOnNextCall, ...).
//
// The parser turns `%Name(args)` into a Call with runtime_function_name()
// "Name"; the generator emits CallRuntime [CallNative] with the name and the
// arguments, and Runtime_CallNative calls the builtin LookupNative finds.

#ifndef LUCID_RUNTIME_NATIVES_H_
#define LUCID_RUNTIME_NATIVES_H_

#include <string_view>

#include "runtime/builtins.h"

namespace lucid {

// V(Name, builtin)
#define NATIVE_LIST(V)                          \
  V(HaveSameMap, NativeHaveSameMap)             \
  V(HasFastProperties, NativeHasFastProperties) \
  V(DebugPrint, NativeDebugPrint)                                     \
  V(CollectGarbage, NativeCollectGarbage)                             \
  V(GetOptimizationStatus, NativeGetOptimizationStatus)               \
  V(PrepareFunctionForOptimization, NativePrepareFunctionForOptimization) \
  V(OptimizeFunctionOnNextCall, NativeOptimizeFunctionOnNextCall)     \
  V(CompileBaseline, NativeCompileBaseline)                           \
  V(GetFeedback, NativeGetFeedback)                                   \
  V(ICState, NativeICState)

// The builtin behind native %{name} ("HaveSameMap"); false if there is none.
bool LookupNative(std::string_view name, Builtin* id);

}  // namespace lucid

#endif  // LUCID_RUNTIME_NATIVES_H_
