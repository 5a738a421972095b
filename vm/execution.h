// Copyright 2025 the Lucid authors. MIT license.
// Execution: the only way C++ enters JS (declaration; the interpreter
// implements it).

#ifndef LUCID_VM_EXECUTION_H_
#define LUCID_VM_EXECUTION_H_

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Isolate;

// DESIGN.md "Stacks, frames and calls": C++ enters JS only through these.
// They push an entry frame and run a new interpreter activation (or compiled
// code), and return the result, or an empty MaybeHandle with the exception
// pending in isolate->pending_exception().
//
// The object model calls Call for accessor getters and setters
// (JSReceiver::GetProperty / SetProperty). The interpreter engineer
// implements both in vm/execution.cc; unit tests of the object model link a
// small fake (tests/unit/objects/fake_execution.cc).
class Execution {
 public:
  // Spec: Call(F, V, argumentsList).
  static MaybeHandle<Value> Call(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                                 int argc, const Handle<Value>* argv);
  // Spec: Construct(F, argumentsList, newTarget).
  static MaybeHandle<Value> Construct(Isolate* isolate, Handle<Value> constructor, int argc,
                                      const Handle<Value>* argv, Handle<Value> new_target);
};

}  // namespace lucid

#endif  // LUCID_VM_EXECUTION_H_
