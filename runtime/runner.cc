// Copyright the Lucid authors. MIT license.
//
// RunProgram: parse, generate, materialize, bootstrap, run, report.

#include "runtime/runner.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "parser/stack_limit.h"
#include "runtime/error_reporter.h"
#include "runtime/module_loader.h"
#include "vm/interpreter/bytecode_generator.h"
#include "vm/interpreter/disassembler.h"

namespace lucid {
namespace {

// -- Printing -----------------------------------------------------------------------

bool FilterMatches(const std::string& filter, const std::u16string& name) {
  if (filter.empty() || filter == "*") return true;
  std::string utf8 = Utf16ToUtf8(name);
  if (filter == utf8) return true;
  // A trailing '*' matches a prefix.
  if (filter.back() == '*') return utf8.starts_with(filter.substr(0, filter.size() - 1));
  return false;
}

void PrintBytecode(const ProgramOptions& options, const SourceFile& source,
                   const CompiledScript& script) {
  DisassemblerOptions dis;
  dis.file_name = options.file_name;
  dis.line_column = [&source](int32_t offset) {
    SourceLocation loc = source.GetLocation(offset);
    return LineColumn{loc.line, loc.column};
  };
  dis.function_id = [](int32_t index) { return "F" + std::to_string(index); };
  const std::string& filter = options.flags.print_bytecode_filter;
  bool first = true;
  for (size_t i = 0; i < script.units.size(); i++) {
    const BytecodeUnit& unit = script.units[i];
    std::u16string name = unit.metadata.name;
    if (i == 0 && name.empty()) name = u"";
    if (!FilterMatches(filter, name)) continue;
    if (!first) std::fputc('\n', stdout);
    first = false;
    std::string text = DisassembleUnit(unit, static_cast<int32_t>(i), dis, &script);
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  std::fflush(stdout);
}

}  // namespace

CompiledScript* CompileModuleSource(const SourceFile& source, bool allow_natives,
                                    CompileError* error) {
  return CompileSource(source, ProgramKind::kCommonJSModule, error, allow_natives);
}

CompiledScript* CompileSource(const SourceFile& source, ProgramKind kind, CompileError* error,
                              bool allow_natives) {
  uintptr_t stack_limit = StackLimit::ForCurrentThread();
  bool module = kind == ProgramKind::kCommonJSModule;
  ParseOptions parse_options;
  parse_options.stack_limit = stack_limit;
  parse_options.allow_natives_syntax = allow_natives;
  ParseResult parsed = ParseScript(
      source, module ? ParseMode::kCommonJSModule : ParseMode::kClassicScript, parse_options);
  if (!parsed.ok()) {
    error->type = parsed.error().TypeName();
    error->message = parsed.error().message;
    error->position = parsed.error().position;
    return nullptr;
  }
  auto* script = new CompiledScript();
  GeneratorError gen_error;
  if (!GenerateBytecode(parsed.literal(),
                        module ? ScriptKind::kCommonJSWrapper : ScriptKind::kClassicScript,
                        stack_limit, script, &gen_error)) {
    error->type = gen_error.type == GeneratorError::Type::kRangeError ? "RangeError" : "SyntaxError";
    error->message = gen_error.message;
    error->position = gen_error.position;
    delete script;
    return nullptr;
  }
  return script;
}

void DeleteCompiledScript(CompiledScript* script) { delete script; }

int RunProgram(ProgramOptions* options) {
  // node names files by their absolute path (stack traces, error reports).
  std::string name = options->file_name;
  if (name != "[eval]") {
    char* resolved = realpath(name.c_str(), nullptr);
    if (resolved != nullptr) {
      name = resolved;
      std::free(resolved);
    }
  }
  SourceFile source = SourceFile::FromUtf8(name, options->source);
  ParseMode mode = options->kind == ProgramKind::kCommonJSModule ? ParseMode::kCommonJSModule
                                                                   : ParseMode::kClassicScript;
  uintptr_t stack_limit = StackLimit::ForCurrentThread();
  ParseOptions parse_options;
  parse_options.stack_limit = stack_limit;
  parse_options.allow_natives_syntax = options->flags.allow_natives_syntax;
  ParseResult parsed = ParseScript(source, mode, parse_options);
  if (!parsed.ok()) {
    const ParseError& error = parsed.error();
    ReportSyntaxError(source, error.TypeName(), error.message, error.position,
                      error.end_position);
    return 1;
  }
  if (options->flags.print_ast) {
    std::string text = PrintAst(parsed.literal());
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  }
  CompiledScript script;
  GeneratorError gen_error;
  ScriptKind kind = options->kind == ProgramKind::kCommonJSModule ? ScriptKind::kCommonJSWrapper
                                                                  : ScriptKind::kClassicScript;
  if (!GenerateBytecode(parsed.literal(), kind, stack_limit, &script, &gen_error)) {
    const char* type = gen_error.type == GeneratorError::Type::kRangeError ? "RangeError"
                                                                          : "SyntaxError";
    ReportSyntaxError(source, type, gen_error.message, gen_error.position,
                      gen_error.position + 1);
    return 1;
  }
  if (options->flags.print_bytecode) PrintBytecode(*options, source, script);
  return RunCompiledProgram(options, source, &script);
}

}  // namespace lucid
