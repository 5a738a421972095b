// Copyright 2025 the Lucid authors. MIT license.
// Tracer: the one sink of typed trace events (vm/trace_events.h), rendered
// as readable lines or JSON Lines (docs/traces.md), and the --stats counters.

#ifndef LUCID_VM_TRACER_H_
#define LUCID_VM_TRACER_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/gc_tracer.h"
#include "vm/globals.h"
#include "vm/interpreter/feedback_metadata.h"
#include "vm/objects/property_details.h"
#include "vm/trace_events.h"

namespace lucid {

class Flags;
class Isolate;
class Name;
class Script;
class Shape;
class SharedFunctionInfo;
enum class NormalizeReason : uint8_t;  // vm/objects/shape.h

// What a SiteResolver reports about the innermost running JS function.
struct TraceFrameInfo {
  const SharedFunctionInfo* shared = nullptr;  // null: no JS frame
  int32_t bytecode_offset = -1;
  int32_t source_position = -1;  // UTF-16 offset in the script, or -1
};

// The Tracer of an isolate (Isolate::tracer()). Hooks in the object model,
// the ICs, the JIT and the GC call it like this:
//
//   if (isolate->tracer()->enabled(TraceChannel::kMap)) {
//     isolate->tracer()->OnMapTransition(*parent, *child);
//   }
//
// A disabled channel costs that one test of a bitmask (one load, one
// predictable branch). Every On* hook runs under DisallowGC and never
// allocates on the JS heap: it reads the cells it is given and builds a
// plain-data event (vm/trace_events.h). Ids (M<n>, F<n>, S<n>, C<n>) are
// assigned at first mention in the trace and stored in the shape's and the
// SharedFunctionInfo's trace_id fields; scripts are keyed by Script::id().
//
// Channels other than the map channel build their events themselves:
//
//   TraceSite site;
//   if (tracer->BeginEvent(TraceChannel::kIC, &site)) {   // filter, site
//     ICEvent e;
//     e.site = site;
//     e.map = tracer->ShapeRef(shape);                      // M<n>, defined
//     ...
//     tracer->Emit(e);
//   }
class Tracer {
 public:
  // Resolves the innermost JS frame. The default (nullptr) reads the top
  // frame of the JS stack (vm/frames.h) and the bytecode's source-position
  // table; the interpreter may install its own.
  using SiteResolver = bool (*)(Isolate* isolate, void* data, TraceFrameInfo* out);

  explicit Tracer(Isolate* isolate);
  ~Tracer();
  LUCID_DISALLOW_COPY_AND_ASSIGN(Tracer);

  // Reads the trace flags (the constructor calls it with the isolate's
  // flags; tests may call it again before the first event).
  void Configure(const Flags& flags);

  // True when hooks for {channel} must run: the channel is traced, or
  // --stats counts its events.
  bool enabled(TraceChannel channel) const {
    return (hook_mask_ & (1u << static_cast<unsigned>(channel))) != 0;
  }
  // This tracer if {channel}'s hooks must run, else null (the same single
  // test): if (Tracer* t = isolate->tracer()->If(TraceChannel::kMap)) t->...;
  Tracer* If(TraceChannel channel) { return LUCID_UNLIKELY(enabled(channel)) ? this : nullptr; }
  // True when {channel}'s events are printed (not just counted).
  bool rendering(TraceChannel channel) const {
    return (render_mask_ & (1u << static_cast<unsigned>(channel))) != 0;
  }
  bool jsonl() const { return jsonl_; }
  bool details() const { return details_; }

  // Flushes the trace output (tests, and before the process exits).
  void Flush() {
    if (out_ != nullptr) std::fflush(out_);
  }

  void SetSiteResolver(SiteResolver resolver, void* data) {
    resolver_ = resolver;
    resolver_data_ = data;
  }

  // -- Map channel hooks (vm/objects/*.cc) ------------------------------------------
  enum class MapCreateKind : uint8_t {
    kInitialMap,     // a constructor's initial shape: root(Box)
    kObjectLiteral,  // the root for literals with n properties
    kElements,       // an elements-kind change
    kSetPrototype,   // a prototype change (setPrototypeOf, Object.create)
    kToFast,         // a dictionary-mode object made fast again
    kCopy,           // any other copy of an object's shape
  };
  void OnMapCreate(MapCreateKind kind, const Shape* shape, const Shape* parent);
  // {child} = {parent} + its last descriptor.
  void OnMapTransition(const Shape* parent, const Shape* child);
  // {key}: the property being deleted or added, if the reason has one.
  void OnMapNormalize(const Shape* from, const Shape* to, NormalizeReason reason,
                      const Name* key);
  void OnMapDeprecate(const Shape* deprecated, const Shape* replacement, const Shape* owner,
                      int descriptor, Representation from, Representation to);
  void OnMapGeneralize(const Shape* owner, int descriptor, Representation from,
                       Representation to, PropertyConstness from_constness,
                       PropertyConstness to_constness);
  void OnMapMigrate(const Shape* from, const Shape* to);
  void OnMapPrototype(const Shape* from, const Shape* to, bool setup_mode);
  void OnValidityCellsInvalidated(const Shape* prototype_shape, int cells);

  // -- GC channel (gc/gc_tracer.cc) --------------------------------------------------
  // One collection: counted for --stats and the summary; JSON Lines gets a
  // `gc` event (the text line stays gc/gc_tracer.cc's).
  void OnGC(const GCTracer::Event& event);

  // -- Async functions (runtime/builtins_async.cc) ------------------------------------
  // An await parked {shared}'s frame on the heap / a promise reaction
  // resumed it. Always counted (current and peak parked frames, for
  // --stats); --trace-async prints one line each.
  void OnAsyncSuspend(const SharedFunctionInfo* shared);
  void OnAsyncResume(const SharedFunctionInfo* shared, bool rejected);

  // -- Building events (other channels) ----------------------------------------------
  // Resolves the current site and applies --trace-filter. False: drop the
  // event (no id is assigned for it).
  bool BeginEvent(TraceChannel channel, TraceSite* site);
  // The id of a shape/function mentioned by an event, assigning it (and
  // emitting its definition first) at the first mention.
  TraceShapeId ShapeRef(const Shape* shape);
  TraceFnId FnRef(const SharedFunctionInfo* shared);
  TraceCodeId NewCodeId() { return TraceCodeId{++next_code_id_}; }

  // Renders one event (text or JSON Lines, per --trace-format).
#define V(Name, channel, ev, op, FIELDS) void Emit(const Name##Event& event);
  TRACE_EVENT_LIST(V)
#undef V

  // -- Statistics ------------------------------------------------------------------------
  struct Stats {
    int64_t shapes_created = 0;
    int64_t transitions = 0;
    int64_t dictionary = 0;
    int64_t deprecated = 0;
    int64_t generalized = 0;
    int64_t migrations = 0;
    int64_t prototypes = 0;
    int64_t invalidations = 0;
    int64_t ic_events = 0;
    int64_t opt_compiled = 0;
    int64_t opt_refused = 0;
    int64_t opt_osr = 0;
    int64_t opt_code_bytes = 0;
    int64_t opt_bytecode_bytes = 0;
    double opt_compile_ms = 0;
    int64_t deopts = 0;
    int64_t scavenges = 0;
    int64_t mark_compacts = 0;
    int64_t gc_pause_us_total = 0;
    int64_t gc_max_pause_us = 0;
    // IC sites by slot kind and state at the time of the report, filled by
    // the IC site counter (vm/ic/ic.cc installs it) walking every feedback
    // vector. States: ICStateIndex below.
    static constexpr int kICStateCount = 5;
    int64_t ic_sites[kFeedbackSlotKindCount][kICStateCount] = {};
    int64_t feedback_vectors = 0;
    int64_t stub_cache_hits = 0;    // megamorphic probes that hit
    int64_t stub_cache_misses = 0;  // megamorphic probes that missed
    int64_t async_suspends = 0;      // awaits that parked a frame
    int64_t async_frames_parked = 0; // async frames suspended right now
    int64_t async_frames_peak = 0;   // the most ever suspended at once
  };
  // The state columns of Stats::ic_sites, with V8's letters.
  enum ICStateIndex : int {
    kICUninitialized = 0,  // "0"
    kICMonomorphic = 1,    // "1"
    kICPolymorphic = 2,    // "P"
    kICMegamorphic = 3,    // "N"
    kICGeneric = 4,        // "G" (a slow handler: dictionary receivers, proxies, ...)
  };
  // Fills the IC fields of {stats} (the vm library installs it; null in
  // builds without the interpreter, which then report no IC sites).
  using ICSiteCounter = void (*)(Isolate* isolate, Stats* stats);
  static void SetICSiteCounter(ICSiteCounter counter) { ic_site_counter_ = counter; }
  const Stats& stats() const { return stats_; }
  // The --stats report (once; the isolate's teardown prints it if the CLI
  // did not). Counts what the traces would show: events that pass the filter.
  void PrintStats(FILE* out = stderr);
  SummaryEvent MakeSummary() const;

  // -- Helpers shared with tests -----------------------------------------------------------
  // Shell-style glob: '*' any run, '?' one character, '[abc]' / '[a-z]' /
  // '[!a]' classes, '\' escapes.
  static bool GlobMatch(std::string_view pattern, std::string_view text);
  // "M17{x:smi,y:smi}" style property list of {shape}: "{x:smi,y:smi}",
  // cut after 6 properties as "…+3"; "{dict}" for dictionary shapes.
  static void FormatShapeProperties(const Shape* shape, TraceLongString* out);
  // The address-free fingerprint: "Ctor:a:s|b:d" (V8 repr letters).
  static void FormatFingerprint(const Shape* shape, TraceLongString* out);
  // Milliseconds since the isolate started (0 under --predictable).
  double NowMs() const;

 private:
  struct Sink;
  struct ScriptInfo {
    uint32_t trace_id = 0;
    std::vector<int32_t> line_starts;  // UTF-16 offsets of each line's start
  };

  bool ResolveSite(TraceSite* site, const SharedFunctionInfo** shared);
  bool PassesFilter(const TraceSite& site) const;
  bool BeginMapEvent(TraceSite* site);
  TraceShapeId NewShapeId(const Shape* shape);
  TraceScriptId ScriptRef(const Script* script);
  ScriptInfo* InfoFor(const Script* script);
  void LineColumn(const Script* script, int32_t position, int32_t* line, int32_t* col);
  void FillShapeCommon(const Shape* shape, TraceShortString* ctor, TraceLongString* fp,
                       uint64_t* addr, TraceLongString* details);
  void FormatDetails(const Shape* shape, TraceLongString* out);
  void EmitHeaderIfNeeded();
  void WriteLine(std::string_view line);
  void OpenOutput();

  Isolate* isolate_;
  uint32_t hook_mask_ = 0;
  uint32_t render_mask_ = 0;
  bool jsonl_ = false;
  bool details_ = false;
  bool predictable_ = false;
  bool addresses_ = false;
  bool stats_flag_ = false;
  bool stats_printed_ = false;
  bool header_emitted_ = false;
  bool match_all_ = false;  // --trace-filter=* (internal events too)
  std::string filter_;
  std::string file_;
  TraceString<512> path_;  // the current site's full script name (filter)
  FILE* out_ = nullptr;
  bool owns_out_ = false;
  SiteResolver resolver_ = nullptr;
  void* resolver_data_ = nullptr;
  uint32_t next_shape_id_ = 0;
  uint32_t next_fn_id_ = 0;
  uint32_t next_script_id_ = 0;
  uint32_t next_code_id_ = 0;
  int64_t gc_seq_ = 0;
  std::unordered_map<int, ScriptInfo> scripts_;  // keyed by Script::id()
  Stats stats_;
  // --stats counts of the events themselves (the opt channel's).
  void Count(const OptEvent& event);
  template <class Event>
  void Count(const Event&) {}
  static inline ICSiteCounter ic_site_counter_ = nullptr;
};

}  // namespace lucid

#endif  // LUCID_VM_TRACER_H_
