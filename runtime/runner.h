// Copyright the Lucid authors. MIT license.
//
// Runs one program end to end for the CLI: parse, generate, materialize,
// bootstrap an isolate, run, report an uncaught exception in node's layout.

#ifndef LUCID_RUNTIME_RUNNER_H_
#define LUCID_RUNTIME_RUNNER_H_

#include <string>
#include <vector>

#include "vm/flags.h"

namespace lucid {

enum class ProgramKind : uint8_t {
  kCommonJSModule,  // `lucid file.js`: wrapped as node wraps a CommonJS file
  kClassicScript,   // `lucid --script file.js`, `lucid -e code`
};

struct ProgramOptions {
  Flags flags;
  ProgramKind kind = ProgramKind::kCommonJSModule;
  std::string file_name;  // as given on the command line, or "[eval]"
  std::string source;     // UTF-8 bytes
  std::string argv0;
  std::vector<std::string> args;  // after the script name
};

struct CompiledScript;
class Isolate;
class SourceFile;

// require(): parses and generates {source} as a CommonJS module. Returns a
// new CompiledScript (free it with DeleteCompiledScript), or nullptr with
// the error's type ("SyntaxError"/"RangeError"), message and position.
struct CompileError {
  std::string type;
  std::string message;
  int position = 0;
};
CompiledScript* CompileModuleSource(const SourceFile& source, bool allow_natives,
                                    CompileError* error);
// The same for either kind of program (embedders, unit tests).
// {allow_natives}: --allow-natives-syntax (`%Name(args)`).
CompiledScript* CompileSource(const SourceFile& source, ProgramKind kind, CompileError* error,
                              bool allow_natives = false);
void DeleteCompiledScript(CompiledScript* script);

// Runs {script} (compiled from {source}, which must outlive the isolate's
// use of it) in {isolate}, bootstrapped. Returns false with the exception
// pending if it threw (the CLI reports it; module_loader.cc).
bool RunCompiledScript(Isolate* isolate, const SourceFile& source, CompiledScript* script,
                       ProgramKind kind);

// Returns the process exit code: 0 success, 1 uncaught exception or
// SyntaxError. Output is flushed before returning.
int RunProgram(ProgramOptions* options);

}  // namespace lucid

#endif  // LUCID_RUNTIME_RUNNER_H_
