// Copyright the Lucid authors. MIT license.
//
// Runs a compiled program in a fresh isolate: a classic script, or the
// CommonJS wrapper of a node-style file called with (exports, require,
// module, __filename, __dirname) and this = module.exports.

#ifndef LUCID_RUNTIME_MODULE_LOADER_H_
#define LUCID_RUNTIME_MODULE_LOADER_H_

#include "parser/source.h"
#include "runtime/runner.h"

namespace lucid {

struct CompiledScript;
class Isolate;

// Prints the pending exception as node prints an uncaught one (stderr:
// file:line, source line, caret, stack) and clears it.
void ReportUncaughtException(Isolate* isolate);

// Returns the exit code (0, or 1 after reporting an uncaught exception).
int RunCompiledProgram(ProgramOptions* options, const SourceFile& source,
                       CompiledScript* script);

}  // namespace lucid

#endif  // LUCID_RUNTIME_MODULE_LOADER_H_
