// Copyright 2024 the Lucid authors. MIT license.
// --trace-gc, --trace-gc-verbose and --trace-gc-nvp output.

#include "gc/gc_tracer.h"

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
  std::string line = FormatLine(current_);
  ring_[ring_next_] = line;
  ring_next_ = (ring_next_ + 1) % kRingSize;
  if (ring_count_ < kRingSize) ring_count_++;
  const Flags& flags = heap_->isolate()->flags();
  bool quiet = flags.trace_gc_ignore_scavenger &&
               current_.collector == GarbageCollector::kScavenger;
  if (flags.trace_gc && !quiet) {
    if (flags.trace_gc_nvp) {
      std::fprintf(stderr, "%s\n", FormatNvp(current_).c_str());
    } else {
      std::fprintf(stderr, "%s\n", line.c_str());
    }
    if (flags.trace_gc_verbose) heap_->PrintSpaceSizes(stderr);
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
  return head + Format("  marked=%.1fMB freed=%.1fMB compacted=0 pages moved=0.0MB mu=%.2f",
                       ToMB(e.marked), ToMB(e.freed), mu);
}

std::string GCTracer::FormatNvp(const Event& e) const {
  bool predictable = heap_->isolate()->flags().predictable;
  auto ms = [&](double v) { return predictable ? 0.0 : v; };
  if (e.collector == GarbageCollector::kScavenger) {
    return Format(
        "gc=s reason=%s pause=%.2f scavenge.roots=%.2f scavenge.copy=%.2f "
        "promoted=%zu promoted_early=%zu survived=%zu total_size_before=%zu "
        "total_size_after=%zu",
        GCReasonText(e.reason), ms(e.end_ms - e.start_ms), ms(e.roots_ms), ms(e.main_ms),
        e.promoted, e.promoted_early, e.survived, e.size_before, e.size_after);
  }
  return Format(
      "gc=mc reason=%s pause=%.2f mark=%.2f mark.roots=%.2f sweep=%.2f "
      "compact=0.00 compact.update_pointers=0.00 marked=%zu freed=%zu "
      "total_size_before=%zu total_size_after=%zu",
      GCReasonText(e.reason), ms(e.end_ms - e.start_ms), ms(e.main_ms), ms(e.roots_ms),
      ms(e.sweep_ms), e.marked, e.freed, e.size_before, e.size_after);
}

void GCTracer::PrintLastGCs(FILE* out) const {
  int first = (ring_next_ - ring_count_ + kRingSize) % kRingSize;
  for (int i = 0; i < ring_count_; i++) {
    std::fprintf(out, "%s\n", ring_[(first + i) % kRingSize].c_str());
  }
}

}  // namespace lucid
