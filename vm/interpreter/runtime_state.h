// Copyright the Lucid authors. MIT license.
//
// RuntimeState: the execution engine's per-isolate C++ state (isolate
// extension kRuntime): the sources of the scripts that run (for line:col in
// stack traces), and the few heap values the runtime keeps (Global handles).

#ifndef LUCID_VM_INTERPRETER_RUNTIME_STATE_H_
#define LUCID_VM_INTERPRETER_RUNTIME_STATE_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/handles.h"
#include "parser/source.h"

namespace lucid {

class Isolate;

struct RuntimeState {
  struct ScriptRecord {
    const SourceFile* source;  // owned by the embedder (the CLI), outlives the isolate's use
    bool is_module_wrapper;
  };
  // Indexed by Script::id().
  std::vector<ScriptRecord> scripts;
  // The shared `stack` accessor pair of error objects.
  Global<Value> error_stack_getter;
  Global<Value> error_stack_setter;
  // The Error constructor, whose own `stackTraceLimit` bounds captured stacks.
  Global<Value> error_constructor;
  // Private symbols keying the array/string iterators' internal fields.
  Global<Value> iterator_target_symbol;
  Global<Value> iterator_index_symbol;
  Global<Value> iterator_kind_symbol;
  // CommonJS: module objects by resolved path, the sources of required
  // files, and the key of require's directory.
  std::unordered_map<std::string, Global<Value>> module_cache;
  std::vector<std::unique_ptr<SourceFile>> owned_sources;
  Global<Value> require_dirname_symbol;
  // The module that first required each file (node's require stack).
  std::unordered_map<std::string, std::string> module_parents;
  // %ThrowTypeError% (strict arguments.callee).
  Global<Value> throw_type_error;
  // Arguments after the script name (process.argv tail).
  std::vector<std::string> argv;
  // console: count() counters, time() start points (steady clock, ns) and
  // the group() indentation, per isolate.
  std::unordered_map<std::u16string, int> console_counts;
  std::unordered_map<std::u16string, int64_t> console_timers;
  int console_group_indent = 0;
  bool console_warned = false;
  // Set while a termination exception unwinds.
  bool terminating = false;
  int exit_code = 0;
};

// Creates the state on first use.
RuntimeState* RuntimeStateOf(Isolate* isolate);

// Registers a source so stack traces can turn positions into line:col.
int RegisterScriptSource(Isolate* isolate, const SourceFile* source, bool is_module_wrapper);

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_RUNTIME_STATE_H_
