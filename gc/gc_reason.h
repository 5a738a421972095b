// Copyright 2024 the Lucid authors. MIT license.
// GC_REASON_LIST: why a collection ran (printed by --trace-gc).

#ifndef LUCID_GC_GC_REASON_H_
#define LUCID_GC_GC_REASON_H_

#include <cstdint>

namespace lucid {

// V(Name, "text printed in parentheses by --trace-gc")
#define GC_REASON_LIST(V)                                     \
  V(Unknown, "unknown")                                       \
  V(AllocationFailure, "allocation failure")                  \
  V(OldSpaceLimit, "old space limit")                         \
  V(PromotionPrecheck, "scavenge pre-check")                  \
  V(GCStress, "gc stress")                                    \
  V(Testing, "testing")                                       \
  V(Runtime, "runtime")                                       \
  V(LastResort, "last resort")                                \
  V(Teardown, "teardown")

enum class GCReason : uint8_t {
#define V(Name, text) k##Name,
  GC_REASON_LIST(V)
#undef V
};

inline const char* GCReasonText(GCReason reason) {
  static constexpr const char* kTexts[] = {
#define V(Name, text) text,
      GC_REASON_LIST(V)
#undef V
  };
  return kTexts[static_cast<int>(reason)];
}

// Which collector runs.
enum class GarbageCollector : uint8_t {
  kScavenger,      // Young generation only (Cheney copy, age-mark promotion).
  kMarkCompactor,  // Everything: mark, sweep (compaction: a later issue).
};

}  // namespace lucid

#endif  // LUCID_GC_GC_REASON_H_
