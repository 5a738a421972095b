// Copyright the Lucid authors. MIT license.
//
// The bytecode interpreter: an Ignition-style accumulator + register machine
// dispatched with computed goto over the JS stack of vm/frames.h.

#ifndef LUCID_VM_INTERPRETER_INTERPRETER_H_
#define LUCID_VM_INTERPRETER_INTERPRETER_H_

#include "vm/value.h"

namespace lucid {

class Isolate;

class Interpreter {
 public:
  // Runs the interpreted frame at {entry_fp} -- fully pushed by the caller
  // (vm/execution.cc) with entry kind kFromNative and isolate->js_fp/js_sp
  // pointing at it -- until that frame returns. JS -> JS calls inside push
  // their frames and continue the same loop (no C++ recursion). Returns the
  // result, or Value::Exception() with the exception pending. On return
  // js_fp is the entry frame's caller fp; the caller restores js_sp.
  static Value Run(Isolate* isolate, Value* entry_fp);

  // The function prologue on a freshly pushed frame (`this` for a base
  // constructor's [[Construct]], sloppy receiver conversion): undefined, or
  // Value::Exception(). Compiled code runs it at entry.
  static Value Prologue(Isolate* isolate, Value* fp);

  // Executes the single instruction at {insn} (its prefix, if any) of the
  // frame at {fp} with accumulator {acc}, and returns the new accumulator or
  // Value::Exception(). The frame must be in its safepoint state (offset
  // slot current, accumulator spilled, js_sp saved). Never used for jumps or
  // Return. This is the baseline JIT's generic slow path for bytecodes it
  // does not compile inline (jit/baseline_compiler.cc).
  static Value Step(Isolate* isolate, Value* fp, const uint8_t* insn, Value acc);
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_INTERPRETER_H_
