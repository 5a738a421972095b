// Copyright the Lucid authors. MIT license.
//
// The baseline JIT's interface to the rest of the VM (docs/jit.md): when to
// compile, compiling, and running compiled code on a pushed frame.

#ifndef LUCID_JIT_JIT_H_
#define LUCID_JIT_JIT_H_

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Code;
class Isolate;
class JSFunction;
class SharedFunctionInfo;

namespace jit {

// True when this build has a JIT for the host (x86-64) and --jit is on.
bool IsEnabled(Isolate* isolate);

// Why a function cannot be compiled, or nullptr when it can.
const char* CannotCompileReason(Isolate* isolate, SharedFunctionInfo* shared);

// Gives {function} baseline code: its SharedFunctionInfo's if it has some,
// else freshly compiled (allocates the feedback vector first). {reason}
// names the trigger for --trace-opt ("hot", "eager", "%OptimizeFunctionOnNextCall").
// True when the closure has code afterwards. May allocate (GC).
bool EnsureBaselineCode(Isolate* isolate, Handle<JSFunction> function, const char* reason);

// Runs the compiled code of the frame at {fp} (pushed by vm/execution.cc
// with tier kCompiled and its Code in the code slot) until it returns: the
// result, or Value::Exception() with the exception pending.
Value RunCompiled(Isolate* isolate, Value* fp);

// On-stack replacement: continues the interpreted frame at {fp} in its
// closure's baseline code at the loop header {loop_header} (the frame
// becomes a compiled one; its state -- offset, accumulator, js_sp -- is
// saved). Returns what the frame returns (the interpreter treats it as the
// frame's Return), Value::Exception() when it throws out of the frame, or
// the hole when the code has no entry there (keep interpreting).
Value EnterAtLoopHeader(Isolate* isolate, Value* fp, int32_t loop_header);

// The pc <-> bytecode-offset table of baseline code (Code::source_positions;
// --print-code prints it): the bytecode offset whose machine code contains
// {pc_offset}, and the pc offset where the code of the instruction at
// {bytecode_offset} starts; -1 when out of range / not an instruction.
int32_t BytecodeOffsetForPc(const Code* code, uint32_t pc_offset);
int64_t PcForBytecodeOffset(const Code* code, int32_t bytecode_offset);

}  // namespace jit
}  // namespace lucid

#endif  // LUCID_JIT_JIT_H_
