// Copyright the Lucid authors. MIT license.
//
// The C++ functions compiled code calls (jit/jit.cc). Each takes the
// MacroAssembler::CallHelper arguments (isolate, JS fp, accumulator bits,
// two immediates) and returns the new accumulator's bits (or the exception
// sentinel), unless it says otherwise. Each is called at a safepoint.

#ifndef LUCID_JIT_JIT_HELPERS_H_
#define LUCID_JIT_JIT_HELPERS_H_

#include <cstdint>

#include "vm/value.h"

namespace lucid {

class Isolate;

namespace jit {

// The function prologue (Interpreter::Prologue): undefined or the sentinel.
uint64_t JitPrologue(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t);
// The interpreter's handler for the one instruction at {insn}.
uint64_t JitStep(Isolate* isolate, Value* fp, uint64_t acc, uint64_t insn, uint64_t);
// JumpLoop's slow path: the budget ran out or an interrupt is pending.
uint64_t JitBudgetInterrupt(Isolate* isolate, Value* fp, uint64_t acc, uint64_t amount, uint64_t);
// Return: charges {amount} to the budget, applies [[Construct]]'s rules.
uint64_t JitReturn(Isolate* isolate, Value* fp, uint64_t acc, uint64_t amount, uint64_t);
// The handler offset for the frame's pending exception (left in the
// accumulator slot), or -1: this frame has none and returns the sentinel.
uint64_t JitUnwind(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t);
// The compiled prologue's native-stack check failed.
uint64_t JitThrowStackOverflow(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t);

// Dedicated forms of the hottest bytecodes (operands in the comments of
// jit/jit_helpers.cc).
uint64_t JitGetNamedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops);
uint64_t JitSetNamedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops);
uint64_t JitGetKeyedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t ops, uint64_t);
uint64_t JitSetKeyedProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t ops, uint64_t slot);
uint64_t JitLdaGlobal(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t ops);
uint64_t JitStaGlobal(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name, uint64_t slot);
enum class CallKind : uint8_t { kProperty, kUndefinedReceiver, kAnyReceiver, kConstruct };
template <CallKind kKind>
uint64_t JitCall(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts);
// A compiled callee's frame pushed by the caller's helper (no C++ frame
// stays between the two compiled frames): {fp} null when the call must take
// the generic JitCall path (not compiled yet, a builtin, a bound function,
// an error to throw, a stack overflow).
struct PreparedCall {
  Value* fp;
  uint64_t entry;
};
template <CallKind kKind>
PreparedCall JitPrepareCall(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts);
uint64_t JitCreateClosure(Isolate* isolate, Value* fp, uint64_t acc, uint64_t shared, uint64_t);
uint64_t JitGeneratorState(Isolate* isolate, Value* fp, uint64_t acc, uint64_t gen_reg, uint64_t);
uint64_t JitSuspendGenerator(Isolate* isolate, Value* fp, uint64_t acc, uint64_t regs, uint64_t counts);
uint64_t JitDefineNamedOwnProperty(Isolate* isolate, Value* fp, uint64_t acc, uint64_t name,
                                   uint64_t ops);
uint64_t JitCreateObjectLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t boilerplate,
                                uint64_t ops);
uint64_t JitCreateArrayLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t boilerplate, uint64_t);
uint64_t JitCreateEmptyObjectLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t);
uint64_t JitCreateEmptyArrayLiteral(Isolate* isolate, Value* fp, uint64_t acc, uint64_t, uint64_t);

// Predicates (MacroAssembler::JumpIfPredicate): 0 or 1, no allocation.
uint64_t JitToBoolean(uint64_t value);
uint64_t JitIsJSReceiver(uint64_t value);

}  // namespace jit
}  // namespace lucid

#endif  // LUCID_JIT_JIT_HELPERS_H_
