// Copyright the Lucid authors. MIT license.
//
// Native stack limits. Recursive C++ algorithms (the parser, the bytecode
// generator, JSON, inspect) compare the address of a local with a limit and
// report RangeError "Maximum call stack size exceeded" instead of crashing
// (DESIGN.md "Limits"). The stack grows down, so "too deep" means the local's
// address is below the limit.

#ifndef LUCID_PARSER_STACK_LIMIT_H_
#define LUCID_PARSER_STACK_LIMIT_H_

#include <cstddef>
#include <cstdint>

namespace lucid {

class StackLimit {
 public:
  // The lowest usable address of the current thread's stack plus `headroom`
  // bytes (reserved for building the error and for leaf calls). Returns 0
  // ("no limit") if the bounds cannot be determined.
  static uintptr_t ForCurrentThread(size_t headroom = kDefaultHeadroom);

  // Approximates the current stack pointer.
  static uintptr_t CurrentPosition() {
    return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  }

  static bool HasOverflowed(uintptr_t limit) {
    return limit != 0 && CurrentPosition() < limit;
  }

  static constexpr size_t kDefaultHeadroom = 128 * 1024;
};

}  // namespace lucid

#endif  // LUCID_PARSER_STACK_LIMIT_H_
