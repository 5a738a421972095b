// Copyright 2025 the Lucid authors. MIT license.
// TRACE_EVENT_LIST: every event the Tracer (vm/tracer.h) receives, with its
// fields, and the plain-data structs generated from it.

#ifndef LUCID_VM_TRACE_EVENTS_H_
#define LUCID_VM_TRACE_EVENTS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lucid {

// -- Channels ----------------------------------------------------------------------
//
// V(Name, text tag, JSON name). A channel is switched on by its flags
// (docs/traces.md "Flags"); kMeta carries the JSON Lines header, the
// definitions (script, fn) and the summary, and is on whenever the JSON Lines
// rendering is.
#define TRACE_CHANNEL_LIST(V) \
  V(IC, "[ic]", "ic")         \
  V(Map, "[map]", "map")      \
  V(Opt, "[opt]", "opt")      \
  V(Deopt, "[deopt]", "deopt") \
  V(GC, "[gc]", "gc")         \
  V(Meta, "", "meta")

enum class TraceChannel : uint8_t {
#define V(Name, tag, json) k##Name,
  TRACE_CHANNEL_LIST(V)
#undef V
  kCount
};

// -- Field types -------------------------------------------------------------------
//
// Events are plain data: the tracer builds them under DisallowGC from heap
// cells it reads but never keeps. No heap pointer, no owning pointer, no
// allocation: ids, ints, static C strings and short strings copied into
// fixed buffers (cut with "…" when too long).

// A short string in a fixed buffer. Assigning a longer string cuts it and
// ends it with "…" (UTF-8), never splitting a UTF-8 sequence.
template <size_t N>
struct TraceString {
  static_assert(N >= 8);
  char data[N] = {};
  uint16_t size = 0;

  TraceString& operator=(std::string_view text) {
    Assign(text);
    return *this;
  }
  void Assign(std::string_view text) {
    if (text.size() < N) {
      std::memcpy(data, text.data(), text.size());
      size = static_cast<uint16_t>(text.size());
    } else {
      size_t cut = N - 4;  // room for "…" (3 bytes) and the NUL
      while (cut > 0 && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) cut--;
      std::memcpy(data, text.data(), cut);
      std::memcpy(data + cut, "\xE2\x80\xA6", 3);
      size = static_cast<uint16_t>(cut + 3);
    }
    data[size] = '\0';
  }
  // Appends as much of {text} as fits (cut with "…" when it does not).
  void Append(std::string_view text) {
    char joined[N * 2];
    std::memcpy(joined, data, size);
    size_t extra = text.size() < N ? text.size() : N;
    std::memcpy(joined + size, text.data(), extra);
    Assign(std::string_view(joined, size + extra));
  }
  bool empty() const { return size == 0; }
  std::string_view view() const { return std::string_view(data, size); }
  const char* c_str() const { return data; }
};

using TraceShortString = TraceString<64>;
using TraceLongString = TraceString<512>;

// A fixed list of short strings (the header's argv and channel list).
struct TraceStringList {
  static constexpr int kMaxItems = 32;
  TraceString<256> items[kMaxItems];
  int count = 0;
  void Add(std::string_view item) {
    if (count < kMaxItems) items[count++] = item;
  }
};

// Small stable ids, assigned at first mention in a trace (0 = none).
// Printed as M<n> (shapes), F<n> (functions), S<n> (scripts), C<n> (code).
struct TraceShapeId {
  uint32_t value = 0;
};
struct TraceFnId {
  uint32_t value = 0;
};
struct TraceScriptId {
  uint32_t value = 0;
};
struct TraceCodeId {
  uint32_t value = 0;
};

// An int that may be absent (omitted from JSON, not printed).
struct TraceOptInt {
  int64_t value = -1;
  TraceOptInt& operator=(int64_t v) {
    value = v;
    return *this;
  }
  bool present() const { return value >= 0; }
};

// Where an event happened: the innermost JS frame's function, bytecode
// offset and source line:col (1-based). Unknown when no JS frame is running
// (bootstrap, the embedder's C++), printed "<unknown>".
struct TraceSite {
  TraceFnId fn;
  int32_t bc = -1;
  int32_t line = 0;
  int32_t col = 0;
  TraceShortString fn_name;  // "<top>" for a script's top level
  TraceString<128> file;     // the script's name, as the CLI gave it
  bool known() const { return fn.value != 0 || line > 0; }
};

// -- Field lists -----------------------------------------------------------------------
//
// F(type, name, "json key"). The type tokens:
//   Shape Fn Script Code   ids (TraceShapeId ...), JSON "M3", omitted when 0
//   Site                   TraceSite, JSON {"fn":"F1","bc":3,"line":2,"col":39}
//   CStr                   const char* to static text, omitted when null
//   Str LongStr            TraceShortString / TraceLongString, omitted when empty
//   StrList                TraceStringList, JSON array
//   Int                    int64_t, always written
//   OptInt                 TraceOptInt, omitted when negative
//   Double                 double, written with 3 decimals
//   Bool                   bool, always written
//   Addr                   uint64_t address, omitted when 0 (--trace-addresses)
// A key "a.b" nests: consecutive "before.used", "before.committed" fields
// become "before":{"used":…,"committed":…} (one level; an object whose
// fields are all omitted is omitted).

#define TRACE_HEADER_FIELDS(F)                \
  F(CStr, format, "format")                   \
  F(Int, version, "version")                  \
  F(Str, vm, "vm")                            \
  F(StrList, argv, "argv")                    \
  F(StrList, channels, "channels")            \
  F(CStr, time_unit, "time_unit")             \
  F(Int, start_unix_ms, "start_unix_ms")      \
  F(Int, pid, "pid")                          \
  F(Bool, predictable, "predictable")         \
  F(Str, filter, "filter")

#define TRACE_SCRIPT_FIELDS(F) \
  F(Script, id, "id")          \
  F(LongStr, url, "url")       \
  F(Int, len, "len")

#define TRACE_FUNCTION_FIELDS(F)           \
  F(Fn, id, "id")                          \
  F(Str, name, "name")                     \
  F(Script, script, "script")              \
  F(Int, line, "line")                     \
  F(Int, col, "col")                       \
  F(Int, params, "params")                 \
  F(OptInt, bytecode_len, "bytecode_len")

// A shape first mentioned by reference (created before the trace saw it):
// its definition, emitted before the event that mentions it.
#define TRACE_MAP_EXISTING_FIELDS(F)    \
  F(Shape, id, "id")                    \
  F(Str, ctor, "ctor")                  \
  F(LongStr, props, "props")            \
  F(Int, nprops, "nprops")              \
  F(Int, inobject, "inobject")          \
  F(CStr, elements, "elements")         \
  F(Bool, dictionary, "dictionary")     \
  F(Bool, prototype, "prototype")       \
  F(Bool, deprecated, "deprecated")     \
  F(LongStr, fp, "fp")                  \
  F(Addr, addr, "addr")                 \
  F(LongStr, details, "details")

// A new shape that is not a property transition. {op} is one of
// initial_map, object_literal, elements, set_prototype, to_fast, copy.
#define TRACE_MAP_CREATE_FIELDS(F)      \
  F(CStr, op, "op")                     \
  F(Shape, id, "id")                    \
  F(Shape, parent, "parent")            \
  F(Str, ctor, "ctor")                  \
  F(OptInt, inobject, "inobject")       \
  F(CStr, elements, "elements")         \
  F(Str, proto, "proto")                \
  F(Site, site, "site")                 \
  F(LongStr, fp, "fp")                  \
  F(Addr, addr, "addr")                 \
  F(LongStr, details, "details")

// parent + prop:repr -> id (a new edge in the transition tree).
#define TRACE_MAP_TRANSITION_FIELDS(F)  \
  F(Shape, id, "id")                    \
  F(Shape, parent, "parent")            \
  F(Str, prop, "prop")                  \
  F(CStr, repr, "repr")                 \
  F(CStr, attrs, "attrs")               \
  F(Str, loc, "loc")                    \
  F(Str, ctor, "ctor")                  \
  F(Site, site, "site")                 \
  F(LongStr, fp, "fp")                  \
  F(Addr, addr, "addr")                 \
  F(LongStr, details, "details")

// An object left fast mode: {id} is its new dictionary shape.
#define TRACE_MAP_NORMALIZE_FIELDS(F)   \
  F(Shape, id, "id")                    \
  F(Shape, parent, "parent")            \
  F(Str, reason, "reason")              \
  F(Str, prop, "prop")                  \
  F(Site, site, "site")                 \
  F(Addr, addr, "addr")                 \
  F(LongStr, details, "details")

// A field went into Double: {id}'s branch (from {owner}, the shape that
// added the field) is deprecated; {replacement} is the live shape for {id}.
#define TRACE_MAP_DEPRECATE_FIELDS(F)   \
  F(Shape, id, "id")                    \
  F(Shape, replacement, "replacement")  \
  F(Shape, owner, "owner")              \
  F(Str, prop, "prop")                  \
  F(CStr, from_repr, "from_repr")       \
  F(CStr, to_repr, "to_repr")           \
  F(Site, site, "site")                 \
  F(LongStr, details, "details")

// A field generalized in place on its owner {id} and every shape below it.
#define TRACE_MAP_GENERALIZE_FIELDS(F)  \
  F(Shape, id, "id")                    \
  F(Str, prop, "prop")                  \
  F(CStr, from_repr, "from_repr")       \
  F(CStr, to_repr, "to_repr")           \
  F(CStr, from_const, "from_const")     \
  F(CStr, to_const, "to_const")         \
  F(Bool, in_place, "in_place")         \
  F(Site, site, "site")                 \
  F(LongStr, details, "details")

// An object on a deprecated shape {from} moved to its replacement {id}.
#define TRACE_MAP_MIGRATE_FIELDS(F) \
  F(Shape, id, "id")                \
  F(Shape, from, "from")            \
  F(Site, site, "site")

// An object became a prototype: its own shape {id}, copied from {parent}.
#define TRACE_MAP_PROTOTYPE_FIELDS(F) \
  F(Shape, id, "id")                  \
  F(Shape, parent, "parent")          \
  F(CStr, mode, "mode")               \
  F(Site, site, "site")               \
  F(Addr, addr, "addr")               \
  F(LongStr, details, "details")

// A change on prototype {id} invalidated {cells} validity cells (its own
// and those of the prototypes below it).
#define TRACE_MAP_INVALIDATE_CELL_FIELDS(F) \
  F(Shape, id, "id")                        \
  F(Int, cells, "cells")                    \
  F(Site, site, "site")

// Inline cache state change (format b). {op}: load store keyed_load
// keyed_store global_load global_store call construct in instanceof binary
// compare. {from}/{to}: V8 letters X 0 1 ^ P N G.
#define TRACE_IC_FIELDS(F)         \
  F(Site, site, "site")            \
  F(Int, slot, "slot")             \
  F(CStr, op, "op")                \
  F(Str, key, "key")               \
  F(CStr, from, "from")            \
  F(CStr, to, "to")                \
  F(Shape, map, "map")             \
  F(LongStr, map_props, "map_props") \
  F(OptInt, nmaps, "nmaps")        \
  F(CStr, handler, "handler")      \
  F(CStr, tier, "tier")            \
  F(Str, extra, "extra")

// A Code object made by the JIT (the definition of C<n>).
#define TRACE_CODE_FIELDS(F)         \
  F(Code, id, "id")                  \
  F(Fn, fn, "fn")                    \
  F(CStr, tier, "tier")              \
  F(Int, size, "size")               \
  F(Double, ms_graph, "ms.graph")    \
  F(Double, ms_opt, "ms.opt")        \
  F(Double, ms_codegen, "ms.codegen") \
  F(LongStr, assumes, "assumes")

// Tier-up decisions (format d). {phase}: mark compiled delayed refused.
#define TRACE_OPT_FIELDS(F)              \
  F(Fn, fn, "fn")                        \
  F(Str, name, "name")                   \
  F(CStr, phase, "phase")                \
  F(Str, reason, "reason")               \
  F(OptInt, ticks, "ticks")              \
  F(Code, code, "code")                  \
  F(OptInt, bytecode_len, "bytecode_len") \
  F(Double, ms, "ms")                    \
  F(OptInt, code_size, "code_size")      \
  F(Site, site, "site")

// A deoptimization (format e). {kind}: eager lazy soft.
#define TRACE_DEOPT_FIELDS(F)          \
  F(Fn, fn, "fn")                      \
  F(Str, name, "name")                 \
  F(Code, code, "code")                \
  F(CStr, kind, "kind")                \
  F(Str, reason, "reason")             \
  F(Site, site, "site")                \
  F(OptInt, slot, "slot")              \
  F(Shape, expected, "expected")       \
  F(LongStr, expected_props, "expected_props") \
  F(Shape, actual, "actual")           \
  F(LongStr, actual_props, "actual_props") \
  F(OptInt, resume_bc, "resume_bc")    \
  F(OptInt, count, "count")            \
  F(LongStr, hint, "hint")

// One garbage collection (format f; the text line is gc/gc_tracer.cc's).
#define TRACE_GC_FIELDS(F)                                 \
  F(Int, seq, "seq")                                       \
  F(CStr, kind, "kind")                                    \
  F(Str, reason, "reason")                                 \
  F(Int, pause_us, "pause_us")                             \
  F(Int, before_used, "before.used")                       \
  F(Int, before_committed, "before.committed")             \
  F(Int, after_used, "after.used")                         \
  F(Int, after_committed, "after.committed")               \
  F(OptInt, young_survived, "young.survived")              \
  F(OptInt, young_promoted, "young.promoted")              \
  F(OptInt, young_promoted_early, "young.promoted_early")  \
  F(OptInt, young_semispace, "young.semispace")            \
  F(OptInt, old_marked, "old.marked")                      \
  F(OptInt, old_freed, "old.freed")                        \
  F(OptInt, phase_roots_us, "phases_us.roots")             \
  F(OptInt, phase_copy_us, "phases_us.copy")               \
  F(OptInt, phase_mark_us, "phases_us.mark")               \
  F(OptInt, phase_sweep_us, "phases_us.sweep")

#define TRACE_GC_SPACE_FIELDS(F) \
  F(Int, seq, "seq")             \
  F(CStr, space, "space")        \
  F(Int, used, "used")           \
  F(Int, available, "available") \
  F(Int, committed, "committed")

// End of run (also what --stats prints). Counters of channels that were off
// are omitted; the ics.sites..stub_cache_* counts only when an IC site
// counter is installed (Tracer::SetICSiteCounter). Per-kind IC counts are
// in the --stats-file object (one level of nesting here).
#define TRACE_SUMMARY_FIELDS(F)                                  \
  F(OptInt, shapes_created, "shapes.created")                    \
  F(OptInt, shapes_transitions, "shapes.transitions")            \
  F(OptInt, shapes_dictionary, "shapes.dictionary")              \
  F(OptInt, shapes_deprecated, "shapes.deprecated")              \
  F(OptInt, shapes_generalized, "shapes.generalized")            \
  F(OptInt, shapes_migrations, "shapes.migrations")              \
  F(OptInt, shapes_prototypes, "shapes.prototypes")              \
  F(OptInt, shapes_invalidations, "shapes.invalidations")        \
  F(OptInt, ics_events, "ics.events")                            \
  F(OptInt, ics_sites, "ics.sites")                              \
  F(OptInt, ics_uninit, "ics.uninit")                            \
  F(OptInt, ics_mono, "ics.mono")                                \
  F(OptInt, ics_poly, "ics.poly")                                \
  F(OptInt, ics_mega, "ics.mega")                                \
  F(OptInt, ics_generic, "ics.generic")                          \
  F(OptInt, ics_feedback_vectors, "ics.feedback_vectors")        \
  F(OptInt, ics_stub_cache_hits, "ics.stub_cache_hits")          \
  F(OptInt, ics_stub_cache_misses, "ics.stub_cache_misses")      \
  F(OptInt, opt_compiled, "opt.compiled")                        \
  F(OptInt, opt_deopts, "opt.deopts")                            \
  F(OptInt, gc_scavenges, "gc.scavenges")                        \
  F(OptInt, gc_mark_compacts, "gc.mark_compacts")                \
  F(OptInt, gc_pause_us_total, "gc.pause_us_total")              \
  F(OptInt, gc_max_pause_us, "gc.max_pause_us")

// -- The list ------------------------------------------------------------------------------
//
// V(Name, channel, "ev", "op" or nullptr, FIELDS)
//
// Generates: TraceEventType, the Name##Event structs (below), the JSON Lines
// writer for each (vm/trace_render.cc, straight from FIELDS, so JSON and the
// struct never diverge), the declaration of each text renderer, and the
// sweep in tests/unit/tracer/tracer_test.cc. docs/traces.md documents every
// entry; add a line format and a schema there with each new event.
#define TRACE_EVENT_LIST(V)                                                               \
  V(Header, kMeta, "header", nullptr, TRACE_HEADER_FIELDS)                                \
  V(ScriptDef, kMeta, "script", nullptr, TRACE_SCRIPT_FIELDS)                             \
  V(FunctionDef, kMeta, "fn", nullptr, TRACE_FUNCTION_FIELDS)                             \
  V(MapExisting, kMap, "shape", "existing", TRACE_MAP_EXISTING_FIELDS)                    \
  V(MapCreate, kMap, "shape", nullptr, TRACE_MAP_CREATE_FIELDS)                           \
  V(MapTransition, kMap, "shape", "add", TRACE_MAP_TRANSITION_FIELDS)                     \
  V(MapNormalize, kMap, "shape", "to_dictionary", TRACE_MAP_NORMALIZE_FIELDS)             \
  V(MapDeprecate, kMap, "shape", "deprecate", TRACE_MAP_DEPRECATE_FIELDS)                 \
  V(MapGeneralize, kMap, "shape", "generalize", TRACE_MAP_GENERALIZE_FIELDS)              \
  V(MapMigrate, kMap, "shape", "migrate", TRACE_MAP_MIGRATE_FIELDS)                       \
  V(MapPrototype, kMap, "shape", "prototype", TRACE_MAP_PROTOTYPE_FIELDS)                 \
  V(MapInvalidateCell, kMap, "shape", "invalidate_cell", TRACE_MAP_INVALIDATE_CELL_FIELDS) \
  V(IC, kIC, "ic", nullptr, TRACE_IC_FIELDS)                                              \
  V(Code, kOpt, "code", nullptr, TRACE_CODE_FIELDS)                                       \
  V(Opt, kOpt, "opt", nullptr, TRACE_OPT_FIELDS)                                          \
  V(Deopt, kDeopt, "deopt", nullptr, TRACE_DEOPT_FIELDS)                                  \
  V(GC, kGC, "gc", nullptr, TRACE_GC_FIELDS)                                              \
  V(GCSpace, kGC, "gc_space", nullptr, TRACE_GC_SPACE_FIELDS)                             \
  V(Summary, kMeta, "summary", nullptr, TRACE_SUMMARY_FIELDS)

enum class TraceEventType : uint8_t {
#define V(Name, channel, ev, op, FIELDS) k##Name,
  TRACE_EVENT_LIST(V)
#undef V
  kCount
};

// The C++ type of each field type token.
#define TRACE_FIELD_CTYPE_Shape TraceShapeId
#define TRACE_FIELD_CTYPE_Fn TraceFnId
#define TRACE_FIELD_CTYPE_Script TraceScriptId
#define TRACE_FIELD_CTYPE_Code TraceCodeId
#define TRACE_FIELD_CTYPE_Site TraceSite
#define TRACE_FIELD_CTYPE_CStr const char*
#define TRACE_FIELD_CTYPE_Str TraceShortString
#define TRACE_FIELD_CTYPE_LongStr TraceLongString
#define TRACE_FIELD_CTYPE_StrList TraceStringList
#define TRACE_FIELD_CTYPE_Int int64_t
#define TRACE_FIELD_CTYPE_OptInt TraceOptInt
#define TRACE_FIELD_CTYPE_Double double
#define TRACE_FIELD_CTYPE_Bool bool
#define TRACE_FIELD_CTYPE_Addr uint64_t

#define TRACE_FIELD_DECLARE(type, name, key) TRACE_FIELD_CTYPE_##type name{};
#define V(Name, channel, ev, op, FIELDS)                                  \
  struct Name##Event {                                                    \
    static constexpr TraceEventType kType = TraceEventType::k##Name;      \
    static constexpr TraceChannel kChannel = TraceChannel::channel;      \
    static constexpr const char* kEv = ev;                                \
    static constexpr const char* kOp = op;                                \
    FIELDS(TRACE_FIELD_DECLARE)                                           \
  };
TRACE_EVENT_LIST(V)
#undef V
#undef TRACE_FIELD_DECLARE

const char* TraceEventName(TraceEventType type);
const char* TraceChannelName(TraceChannel channel);

}  // namespace lucid

#endif  // LUCID_VM_TRACE_EVENTS_H_
