// Copyright 2024 the Lucid authors. MIT license.
// GCTracer: per-collection statistics and the --trace-gc lines
// (../shared/TRACES.md format f).

#ifndef LUCID_GC_GC_TRACER_H_
#define LUCID_GC_GC_TRACER_H_

#include <cstdio>
#include <string>
#include <vector>

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
    // Added with compaction and weak processing.
    double weak_ms = 0;            // Weak processing (both collectors).
    double ephemeron_ms = 0;       // Full GC: the ephemeron fixpoint (in main_ms).
    double evacuate_ms = 0;        // Full GC: copying off candidates.
    double update_pointers_ms = 0; // Full GC: fixing every slot after it.
    int compacted_pages = 0;       // Evacuation candidates released.
    size_t moved = 0;              // Bytes copied off candidates.
    size_t promoted_total = 0;     // promoted + promoted_early (scavenge).
    int dead_shapes = 0;           // Shapes that died (shape-death hooks ran).
    int released_code = 0;         // Code cells whose machine code was freed.
    int queued_registries = 0;     // FinalizationRegistries given cleared cells.
  };

  // Pause samples of one collector kind, for p50/p99/max (--stats,
  // Heap::GetStatistics). Exact up to kMaxSamples pauses, then a uniform
  // reservoir sample (a fixed-seed generator keeps --predictable runs
  // identical).
  class PauseHistory {
   public:
    void Add(double ms);
    int count() const { return count_; }
    double total_ms() const { return total_ms_; }
    double max_ms() const { return max_ms_; }
    // The q-quantile (0 <= q <= 1) of the samples, nearest rank.
    double Percentile(double q) const;

   private:
    static constexpr size_t kMaxSamples = 1 << 16;
    std::vector<double> samples_;
    int count_ = 0;
    double total_ms_ = 0;
    double max_ms_ = 0;
    uint64_t rng_ = 0x9E3779B97F4A7C15ull;
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

  const PauseHistory& scavenge_pauses() const { return scavenge_pauses_; }
  const PauseHistory& mark_compact_pauses() const { return mark_compact_pauses_; }

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
  PauseHistory scavenge_pauses_;
  PauseHistory mark_compact_pauses_;
};

}  // namespace lucid

#endif  // LUCID_GC_GC_TRACER_H_
