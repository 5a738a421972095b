// Copyright 2024 the Lucid authors. MIT license.
// heap_tests link the object model (weak references need shapes and
// strings) but not the interpreter: nothing here runs JS, so the entry
// points the object model declares are fatal stubs.

#include "vm/execution.h"

namespace lucid {

MaybeHandle<Value> Execution::Call(Isolate*, Handle<Value>, Handle<Value>, int,
                                   const Handle<Value>*) {
  UNREACHABLE();
}

MaybeHandle<Value> Execution::Construct(Isolate*, Handle<Value>, int, const Handle<Value>*,
                                        Handle<Value>) {
  UNREACHABLE();
}

}  // namespace lucid
