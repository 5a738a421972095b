// Copyright the Lucid authors. MIT license.
// The host side of WeakRef and FinalizationRegistry (builtins_weak.cc).

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_WEAK_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_WEAK_H_

namespace lucid {

class Isolate;

// The end of a microtask checkpoint: clears the KeepDuringJob set (WeakRef
// targets of the job that just ran may die from now on) and, when a GC left
// FinalizationRegistries with cleared cells, posts one host task that calls
// their cleanup callbacks (never from inside the GC).
void FinishMicrotaskCheckpoint(Isolate* isolate);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_WEAK_H_
