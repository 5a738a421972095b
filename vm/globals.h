// Copyright 2024 the Lucid authors. MIT license.
// Engine-wide constants, fatal-error checks and forward declarations.
//
// Everything here is a compile-time constant or a macro: no mutable state
// lives at namespace scope (DESIGN.md: everything hangs off the Isolate).

#ifndef LUCID_VM_GLOBALS_H_
#define LUCID_VM_GLOBALS_H_

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace lucid {

// -- Sizes -------------------------------------------------------------------

using Address = uintptr_t;

inline constexpr size_t KB = 1024;
inline constexpr size_t MB = 1024 * KB;
inline constexpr size_t GB = 1024 * MB;

inline constexpr int kSystemPointerSize = 8;
// Every field the GC scans is one Value, one 64-bit word.
inline constexpr int kTaggedSize = 8;
inline constexpr int kTaggedSizeLog2 = 3;
inline constexpr int kDoubleSize = 8;
inline constexpr int kInt32Size = 4;

// Cells start at 8-byte boundaries; sizes are multiples of 8. The forwarding
// tag (bit 0 of word 0) relies on this.
inline constexpr int kObjectAlignment = 8;
inline constexpr int kObjectAlignmentMask = kObjectAlignment - 1;

// Heap pages are 256 KB and aligned to their size, so the page header of any
// cell start is `address & ~kPageAlignmentMask` (DESIGN.md "Heap objects").
inline constexpr int kPageSizeBits = 18;
inline constexpr size_t kPageSize = size_t{1} << kPageSizeBits;
inline constexpr Address kPageAlignmentMask = kPageSize - 1;

// Heap cells live below 2^47, so a pointer fits the 48-bit payload of a Value
// with a zero top bit (DESIGN.md "Values").
inline constexpr int kHeapAddressBits = 47;
inline constexpr Address kHeapAddressLimit = Address{1} << kHeapAddressBits;

constexpr Address RoundUp(Address value, Address alignment) {
  return (value + alignment - 1) & ~(alignment - 1);
}
constexpr Address RoundDown(Address value, Address alignment) {
  return value & ~(alignment - 1);
}
constexpr int ObjectAlign(int size) {
  return (size + kObjectAlignmentMask) & ~kObjectAlignmentMask;
}
constexpr bool IsAligned(Address value, Address alignment) {
  return (value & (alignment - 1)) == 0;
}

// -- Allocation and barriers ---------------------------------------------------

// Where a new cell goes. kYoung cells move at every scavenge; kOld cells may
// move when compaction arrives; kMetadata cells never move (DESIGN.md: shapes,
// descriptor/transition tables, SharedFunctionInfos, BytecodeArrays, ...).
// A request larger than Heap::kMaxRegularObjectSize always goes to the large
// object space (old, never moved) whatever the type says.
enum class AllocationType : uint8_t { kYoung, kOld, kMetadata };

// kUpdate records old -> young slots. kSkip is allowed only when the host is
// known to be young (for example right after a young allocation with no
// allocation since); set_field DCHECKs that.
enum class WriteBarrierMode : uint8_t { kSkip, kUpdate };
inline constexpr WriteBarrierMode SKIP_WRITE_BARRIER = WriteBarrierMode::kSkip;
inline constexpr WriteBarrierMode UPDATE_WRITE_BARRIER = WriteBarrierMode::kUpdate;

// -- Forward declarations --------------------------------------------------------

class Value;
class HeapObject;
class ShapeLayout;
class Shape;  // The object model's Shape, derived from ShapeLayout.
class FixedArray;
class ByteArray;
class Heap;
class Isolate;
struct IsolateData;
class Flags;
class ObjectVisitor;
class RootVisitor;
template <typename T>
class Handle;
template <typename T>
class MaybeHandle;

// -- Fatal errors ------------------------------------------------------------------

// Prints "# Fatal error in <file>, line <line>\n# <message>" to stderr and
// aborts. Used by CHECK/DCHECK/UNREACHABLE; never returns. (Heap exhaustion is
// not a fatal error of this kind: it exits with 134 through _exit, see
// Heap::FatalProcessOutOfMemory.)
// Inline so that libraries without the heap (the parser) can CHECK too.
[[noreturn]] inline void FatalError(const char* file, int line,
                                    const char* format, ...)
    __attribute__((format(printf, 3, 4)));
[[noreturn]] inline void FatalError(const char* file, int line,
                                    const char* format, ...) {
  std::fflush(stdout);
  std::fprintf(stderr, "\n\n#\n# Fatal error in %s, line %d\n# ", file, line);
  va_list args;
  va_start(args, format);
  std::vfprintf(stderr, format, args);
  va_end(args);
  std::fprintf(stderr, "\n#\n");
  std::fflush(stderr);
  std::abort();
}

}  // namespace lucid

#define LUCID_LIKELY(x) __builtin_expect(!!(x), 1)
#define LUCID_UNLIKELY(x) __builtin_expect(!!(x), 0)
// For the small fast paths the interpreter loop must inline (IC probes).
#define LUCID_ALWAYS_INLINE inline __attribute__((always_inline))
// For slow paths kept out of a fast function, so it needs no stack frame.
#define LUCID_NOINLINE __attribute__((noinline))

// CHECK holds in every build; DCHECK only in builds without NDEBUG (the
// default debugoptimized build keeps them).
#define CHECK(condition)                                                 \
  do {                                                                   \
    if (LUCID_UNLIKELY(!(condition))) {                                  \
      ::lucid::FatalError(__FILE__, __LINE__, "Check failed: %s.", #condition); \
    }                                                                    \
  } while (false)

#define CHECK_MSG(condition, ...)                                        \
  do {                                                                   \
    if (LUCID_UNLIKELY(!(condition))) {                                  \
      ::lucid::FatalError(__FILE__, __LINE__, __VA_ARGS__);              \
    }                                                                    \
  } while (false)

#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_NE(a, b) CHECK((a) != (b))
#define CHECK_LT(a, b) CHECK((a) < (b))
#define CHECK_LE(a, b) CHECK((a) <= (b))
#define CHECK_GT(a, b) CHECK((a) > (b))
#define CHECK_GE(a, b) CHECK((a) >= (b))

#define UNREACHABLE() ::lucid::FatalError(__FILE__, __LINE__, "unreachable code")
#define UNIMPLEMENTED() ::lucid::FatalError(__FILE__, __LINE__, "unimplemented code")

#ifdef NDEBUG
#define LUCID_DEBUG 0
#define DCHECK(condition) ((void)0)
#define DCHECK_MSG(condition, ...) ((void)0)
#else
#define LUCID_DEBUG 1
#define DCHECK(condition) CHECK(condition)
#define DCHECK_MSG(condition, ...) CHECK_MSG(condition, __VA_ARGS__)
#endif
#define DCHECK_EQ(a, b) DCHECK((a) == (b))
#define DCHECK_NE(a, b) DCHECK((a) != (b))
#define DCHECK_LT(a, b) DCHECK((a) < (b))
#define DCHECK_LE(a, b) DCHECK((a) <= (b))
#define DCHECK_GT(a, b) DCHECK((a) > (b))
#define DCHECK_GE(a, b) DCHECK((a) >= (b))

#define LUCID_DISALLOW_COPY_AND_ASSIGN(TypeName) \
  TypeName(const TypeName&) = delete;            \
  TypeName& operator=(const TypeName&) = delete

#endif  // LUCID_VM_GLOBALS_H_
