// Copyright 2024 the Lucid authors. MIT license.
// FLAG_LIST: every command-line flag, and the per-isolate Flags struct.

#ifndef LUCID_VM_FLAGS_H_
#define LUCID_VM_FLAGS_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace lucid {

// Flag value types. kString values are std::string (empty = unset).
#define FLAG_TYPE_bool bool
#define FLAG_TYPE_int int64_t
#define FLAG_TYPE_string std::string

// V(type, name, default, help)
//
// `type` is bool, int or string. Names are V8's (DESIGN.md "Instrumentation":
// flag names follow V8's); on the command line dashes and underscores are
// interchangeable, bools take --name / --no-name / --noname / --name=true|false,
// others --name=value or --name value. Sizes are in the unit the help names.
// Generates: the Flags struct fields, the parser table, --help.
#define FLAG_LIST(V)                                                          \
  /* Memory */                                                                \
  V(int, stack_size, 984, "size of the JS stack in KB")                       \
  V(int, max_semi_space_size, 16, "max size of a young semispace in MB")      \
  V(int, min_semi_space_size, 1, "initial size of a young semispace in MB")   \
  V(int, max_old_space_size, 4096,                                            \
    "max size of the old generation (old, metadata, large) in MB")            \
  /* GC */                                                                    \
  V(bool, gc_stress, false,                                                   \
    "scavenge at every allocation and run a full GC every 10th collection")   \
  V(int, gc_interval, 0, "scavenge every N allocations (0 = off)")           \
  V(bool, verify_heap, false, "verify the heap before and after each GC")    \
  V(bool, expose_gc, false, "expose gc() to JS")                              \
  V(bool, trace_gc, false, "print one line per garbage collection")           \
  V(bool, trace_gc_verbose, false, "print per-space sizes after each GC")     \
  V(bool, trace_gc_nvp, false, "print one name=value line per GC")            \
  V(bool, trace_gc_ignore_scavenger, false, "trace only full GCs")            \
  /* Frames */                                                                \
  V(bool, verify_frames, false,                                               \
    "check the frame state at every call out of a handler (debug builds)")    \
  /* Natives and printing */                                                  \
  V(bool, allow_natives_syntax, false, "allow %Native() calls in JS")         \
  V(bool, print_bytecode, false, "print bytecode of compiled functions")      \
  V(string, print_bytecode_filter, "*",                                       \
    "print bytecode only for functions matching this name")                   \
  V(bool, print_ast, false, "print the AST of parsed scripts")                \
  V(bool, print_scopes, false, "print the scope analysis of parsed scripts")  \
  V(bool, print_code, false, "print JIT code")                                \
  V(bool, debug_code, false, "emit frame checks in JIT code")                 \
  /* JIT */                                                                   \
  V(bool, jit, true, "enable the baseline JIT tier (--no-jit: interpreter only)") \
  V(bool, jit_eager, false,                                                   \
    "compile every function (top-level code too) before its first run")      \
  V(int, jit_threshold, 1,                                                    \
    "budget interrupts (after the feedback vector exists) before tier-up")   \
  V(int, max_jit_bytecode_size, 60000,                                        \
    "functions with more bytecode bytes than this stay interpreted")         \
  V(string, print_code_filter, "*", "print JIT code only for matching names") \
  V(bool, lazy_feedback_allocation, true,                                     \
    "allocate feedback vectors when the interrupt budget runs out")           \
  V(int, interrupt_budget, 8192, "bytecode bytes charged before an interrupt")\
  V(int, interrupt_budget_for_feedback_allocation, 940,                       \
    "bytecode bytes charged before a function gets its feedback vector")      \
  /* Tracing (formats in docs/traces.md) */                                   \
  V(bool, trace_ic, false, "trace inline cache state transitions")            \
  V(bool, trace_maps, false, "trace shape creation and transitions")          \
  V(bool, trace_maps_details, false, "add descriptors to --trace-maps")       \
  V(bool, trace_opt, false, "trace JIT compilation")                          \
  V(bool, trace_opt_verbose, false, "trace JIT decisions in detail")          \
  V(bool, trace_deopt, false, "trace deoptimizations")                        \
  V(bool, trace_deopt_verbose, false, "add the frame translation to deopts")  \
  V(bool, trace_async, false,                                                 \
    "print one line per async function suspend (await) and resume")           \
  V(bool, trace_protector_invalidation, false,                                \
    "print one line when a protector cell is invalidated (stdout, as V8)")  \
  V(bool, trace_all, false, "enable every trace channel")                     \
  V(string, trace_file, "", "write traces to this file ('-' = stdout)")       \
  V(string, trace_format, "", "trace rendering: text or jsonl (default: jsonl when --trace-file ends in .jsonl, else text)") \
  V(string, trace_filter, "", "trace only files/functions matching the glob") \
  V(bool, trace_addresses, false, "print heap addresses in traces")           \
  V(bool, predictable, false,                                                 \
    "deterministic runs: no timestamps, fixed seeds")                         \
  V(int, random_seed, 0, "seed for Math.random and hashing (0 = random)")     \
  V(bool, stats, false, "print runtime statistics at exit")                   \
  V(string, stats_file, "",                                                   \
    "write the --stats counters to this file as one JSON object at exit")    \
  /* The event loop (runtime/event_loop.cc; docs/runtime.md) */               \
  /* --trace-event-loop: one stderr line per phase entry/exit and per batch */ \
  /* of callbacks (timers, immediates, ticks, microtasks), so nextTick */     \
  /* starvation and the phase order are visible. */                          \
  V(bool, trace_event_loop, false,                                            \
    "trace event-loop phases and callback batches (stderr)")                  \
  /* Execution mode */                                                        \
  V(bool, script, false, "run the file as a classic script, not a module")    \
  V(bool, help, false, "print this help and exit")                            \
  V(bool, version, false, "print the version and exit")

// V(alias, target). An alias sets the target flag.
#define FLAG_ALIAS_LIST(V)               \
  V(semi_space_size, max_semi_space_size) \
  V(log_ic, trace_ic)                    \
  V(log_maps, trace_maps)                \
  V(trace_shapes, trace_maps)

// Per-process configuration, owned by the Isolate (no global flag variables:
// several isolates may run with different flags). Plain data: copy it freely.
class Flags {
 public:
#define V(type, name, default_value, help) \
  FLAG_TYPE_##type name = default_value;
  FLAG_LIST(V)
#undef V

  enum class ParseResult {
    kOk,         // The argument was a flag and was applied.
    kConsumedNext,  // Applied, and it also consumed the following argument.
    kNotAFlag,   // Does not start with "--": the caller's business.
    kError,      // Unknown flag or bad value; *error says why.
  };

  // Applies one argument ("--name", "--no-name", "--name=value"). `next` is
  // the following argument (or nullptr) for "--name value" spellings.
  ParseResult ParseArgument(std::string_view arg, const char* next,
                            std::string* error);

  // Parses argv[start..] up to the first argument that is not a flag (the
  // script name, "-e", or "--" which is skipped). Returns the index of that
  // argument (argc if none), or -1 with *error set.
  int ParseCommandLine(int argc, const char* const* argv, int start,
                       std::string* error);

  // Applies the implications between flags (trace_all sets every trace_*,
  // gc_stress implies a small gc_interval, predictable fixes random_seed, ...).
  // Isolate::New calls it.
  void ApplyImplications();

  // One line per flag: "  --name (help)\n        type: T  default: D".
  static void PrintHelp(FILE* out);
};

}  // namespace lucid

#endif  // LUCID_VM_FLAGS_H_
