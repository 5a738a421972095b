// Copyright 2024 the Lucid authors. MIT license.
// --trace-gc, --trace-gc-verbose and --trace-gc-nvp output.

#include "gc/gc_tracer.h"

#include <algorithm>
#include <cinttypes>

#include "gc/heap.h"
#include "gc/new_space.h"
#include "vm/isolate.h"

namespace lucid {

namespace {

double ToMB(size_t bytes) { return static_cast<double>(bytes) / MB; }

std::string Format(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string Format(const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  vsnprintf(buffer, sizeof(buffer), format, args);
  va_end(args);
  return buffer;
}

}  // namespace

GCTracer::GCTracer(Heap* heap) : heap_(heap) {}

// -- PauseHistory -----------------------------------------------------------------------

void GCTracer::PauseHistory::Add(double ms) {
  count_++;
  total_ms_ += ms;
  max_ms_ = std::max(max_ms_, ms);
  if (samples_.size() < kMaxSamples) {
    samples_.push_back(ms);
    return;
  }
  // Reservoir sampling (Algorithm R) with a fixed-seed xorshift.
  rng_ ^= rng_ << 13;
  rng_ ^= rng_ >> 7;
  rng_ ^= rng_ << 17;
  uint64_t slot = rng_ % static_cast<uint64_t>(count_);
  if (slot < kMaxSamples) samples_[slot] = ms;
}

double GCTracer::PauseHistory::Percentile(double q) const {
  if (samples_.empty()) return 0;
  std::vector<double> sorted = samples_;
  std::sort(sorted.begin(), sorted.end());
  // Nearest rank: the smallest sample with at least q of them at or below.
  size_t rank = static_cast<size_t>(q * static_cast<double>(sorted.size()) + 0.999999);
  if (rank < 1) rank = 1;
  if (rank > sorted.size()) rank = sorted.size();
  return sorted[rank - 1];
}

double GCTracer::NowMs() const {
  return heap_->isolate()->TimeMillisSinceInit();
}

GCTracer::Event& GCTracer::Start(GarbageCollector collector, GCReason reason) {
  current_ = Event();
  current_.collector = collector;
  current_.reason = reason;
  current_.start_ms = NowMs();
  current_.size_before = heap_->SizeOfObjects();
  current_.committed_before = heap_->CommittedMemory();
  current_.young_before = heap_->YoungGenerationSize();
  return current_;
}

void GCTracer::Stop() {
  current_.end_ms = NowMs();
  current_.size_after = heap_->SizeOfObjects();
  current_.committed_after = heap_->CommittedMemory();
  current_.semispace = heap_->new_space()->Capacity();
  current_.promoted_total = current_.promoted + current_.promoted_early;
  double pause = current_.end_ms - current_.start_ms;
  if (current_.collector == GarbageCollector::kScavenger) {
    scavenge_pauses_.Add(pause);
  } else {
    mark_compact_pauses_.Add(pause);
  }
  std::string line = FormatLine(current_);
  ring_[ring_next_] = line;
  ring_next_ = (ring_next_ + 1) % kRingSize;
  if (ring_count_ < kRingSize) ring_count_++;
  const Flags& flags = heap_->isolate()->flags();
  bool quiet = flags.trace_gc_ignore_scavenger &&
               current_.collector == GarbageCollector::kScavenger;
  // The Tracer counts collections (--stats) and writes the JSON Lines `gc`
  // event; with --trace-format=jsonl that replaces the text line.
  Tracer* tracer = heap_->isolate()->tracer();
  if (tracer->enabled(TraceChannel::kGC)) tracer->OnGC(current_);
  // --trace-gc-nvp replaces the one-liner (V8 prints one or the other) and
  // works on its own; --trace-gc-verbose adds the per-space table.
  bool text = !quiet && !tracer->jsonl();
  if (text && flags.trace_gc_nvp) {
    std::fprintf(stderr, "%s\n", FormatNvp(current_).c_str());
  } else if (text && (flags.trace_gc || flags.trace_gc_verbose)) {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  if (text && flags.trace_gc_verbose) heap_->PrintSpaceSizes(stderr);
  if (text && (flags.trace_gc || flags.trace_gc_nvp || flags.trace_gc_verbose)) {
    std::fflush(stderr);
  }
  previous_end_ms_ = current_.end_ms;
}

std::string GCTracer::FormatLine(const Event& e) const {
  bool predictable = heap_->isolate()->flags().predictable;
  double pause = predictable ? 0 : e.end_ms - e.start_ms;
  int64_t time = predictable ? 0 : static_cast<int64_t>(e.start_ms);
  std::string head = Format(
      "[gc] %6" PRId64 " ms: %s %.1f (%.1f) -> %.1f (%.1f) MB, %.2f ms (%s)",
      time,
      e.collector == GarbageCollector::kScavenger ? "Scavenge" : "Mark-Compact",
      ToMB(e.size_before), ToMB(e.committed_before), ToMB(e.size_after),
      ToMB(e.committed_after), pause, GCReasonText(e.reason));
  if (e.collector == GarbageCollector::kScavenger) {
    size_t survived_total = e.survived + e.promoted + e.promoted_early;
    int rate = e.young_before == 0
                   ? 0
                   : static_cast<int>(100.0 * survived_total / e.young_before);
    std::string semispace = e.semispace >= MB
                                ? Format("%zuMB", e.semispace / MB)
                                : Format("%zuKB", e.semispace / KB);
    std::string line = head + Format("  survived=%zuKB promoted=%zuKB survival=%d%% semispace=%s",
                                     e.survived / KB, (e.promoted + e.promoted_early) / KB,
                                     rate, semispace.c_str());
    if (e.promoted_early > 0) line += Format(" promoted_early=%zuKB", e.promoted_early / KB);
    return line;
  }
  double interval = e.end_ms - previous_end_ms_;
  double mu = interval <= 0 || predictable ? 1.0 : 1.0 - (e.end_ms - e.start_ms) / interval;
  if (mu < 0) mu = 0;
  return head + Format("  marked=%.1fMB freed=%.1fMB compacted=%d pages moved=%.1fMB mu=%.2f",
                       ToMB(e.marked), ToMB(e.freed), e.compacted_pages, ToMB(e.moved), mu);
}

std::string GCTracer::FormatNvp(const Event& e) const {
  bool predictable = heap_->isolate()->flags().predictable;
  auto ms = [&](double v) { return predictable ? 0.0 : v; };
  // Reasons have spaces; name=value lines use underscores.
  std::string reason = GCReasonText(e.reason);
  std::replace(reason.begin(), reason.end(), ' ', '_');
  if (e.collector == GarbageCollector::kScavenger) {
    // promotion_rate: promoted / young bytes before (V8's "promotion rate"
    // is promoted / survivors of the previous scavenge; ours is per GC).
    double rate = e.young_before == 0 ? 0 : 100.0 * e.promoted_total / e.young_before;
    return Format(
        "gc=s reason=%s pause=%.2f scavenge.roots=%.2f scavenge.copy=%.2f "
        "scavenge.weak=%.2f survived=%zu promoted=%zu promoted_early=%zu "
        "promotion_rate=%.1f%% semispace=%zu total_size_before=%zu total_size_after=%zu "
        "committed_after=%zu",
        reason.c_str(), ms(e.end_ms - e.start_ms), ms(e.roots_ms), ms(e.main_ms), ms(e.weak_ms),
        e.survived, e.promoted, e.promoted_early, rate, e.semispace, e.size_before, e.size_after,
        e.committed_after);
  }
  return Format(
      "gc=mc reason=%s pause=%.2f mark=%.2f mark.roots=%.2f mark.ephemerons=%.2f weak=%.2f "
      "sweep=%.2f compact=%.2f compact.evacuate=%.2f compact.update_pointers=%.2f "
      "marked=%zu freed=%zu moved=%zu compacted_pages=%d dead_shapes=%d released_code=%d "
      "total_size_before=%zu total_size_after=%zu committed_after=%zu",
      reason.c_str(), ms(e.end_ms - e.start_ms), ms(e.main_ms), ms(e.roots_ms),
      ms(e.ephemeron_ms), ms(e.weak_ms), ms(e.sweep_ms), ms(e.evacuate_ms + e.update_pointers_ms),
      ms(e.evacuate_ms), ms(e.update_pointers_ms), e.marked, e.freed, e.moved, e.compacted_pages,
      e.dead_shapes, e.released_code, e.size_before, e.size_after, e.committed_after);
}

void GCTracer::PrintLastGCs(FILE* out) const {
  int first = (ring_next_ - ring_count_ + kRingSize) % kRingSize;
  for (int i = 0; i < ring_count_; i++) {
    std::fprintf(out, "%s\n", ring_[(first + i) % kRingSize].c_str());
  }
}

}  // namespace lucid
