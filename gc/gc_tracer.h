// Copyright 2024 the Lucid authors. MIT license.
// GCTracer: per-collection statistics and the --trace-gc lines
// (../shared/TRACES.md format f).

#ifndef LUCID_GC_GC_TRACER_H_
#define LUCID_GC_GC_TRACER_H_

#include <cstdio>
#include <string>

#include "gc/gc_reason.h"
#include "vm/globals.h"

namespace lucid {

class GCTracer {
 public:
  struct Event {
    GarbageCollector collector = GarbageCollector::kScavenger;
    GCReason reason = GCReason::kUnknown;
    double start_ms = 0;
    double end_ms = 0;
    size_t size_before = 0;
    size_t committed_before = 0;
    size_t size_after = 0;
    size_t committed_after = 0;
    size_t young_before = 0;       // Scavenge: young bytes before.
    size_t survived = 0;           // Copied within the young generation.
    size_t promoted = 0;           // Promoted at the second survival.
    size_t promoted_early = 0;     // Promoted because to-space was full.
    size_t semispace = 0;          // Semispace capacity.
    size_t marked = 0;             // Full GC: live bytes.
    size_t freed = 0;              // Full GC: freed bytes.
    double roots_ms = 0;           // Scavenge roots / mark roots.
    double main_ms = 0;            // Scavenge copy / marking.
    double sweep_ms = 0;           // Full GC sweep.
  };

  explicit GCTracer(Heap* heap);

  Event& Start(GarbageCollector collector, GCReason reason);
  // Fills the "after" fields, prints the trace lines the flags ask for and
  // remembers the line for the OOM report.
  void Stop();
  Event& current() { return current_; }

  // The last few GC lines, oldest first (the OOM report's "Last few GCs").
  void PrintLastGCs(FILE* out) const;
  double NowMs() const;

 private:
  std::string FormatLine(const Event& e) const;
  std::string FormatNvp(const Event& e) const;

  static constexpr int kRingSize = 4;
  Heap* heap_;
  Event current_;
  double previous_end_ms_ = 0;
  std::string ring_[kRingSize];
  int ring_next_ = 0;
  int ring_count_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_GC_TRACER_H_
