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

// -- Natives syntax -------------------------------------------------------------
//
// NOTE: the parser does not accept `%Name(args)` yet (requested from the
// parser engineer). Until it does, --allow-natives-syntax rewrites each
// `%Name(` that starts an expression into `$Name(` -- the same length, so
// every source position stays right -- and the bootstrapper installs the
// natives as global functions named `$Name` (runtime/natives.h).
bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '$';
}

}  // namespace

void RewriteNativesSyntax(std::string* source) {
  std::string& s = *source;
  for (size_t i = 0; i + 1 < s.size(); i++) {
    if (s[i] != '%' || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z')) continue;
    size_t j = i + 1;
    while (j < s.size() && IsIdentChar(s[j])) j++;
    if (j >= s.size() || s[j] != '(') continue;
    // Only in prefix position: the previous non-blank character must not end
    // an operand (identifier, number, `)`, `]`), else this is `a %B(...)`.
    size_t k = i;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t')) k--;
    if (k > 0 && (IsIdentChar(s[k - 1]) || s[k - 1] == ')' || s[k - 1] == ']')) {
      // `return %Foo()` / `typeof %Foo()`: a keyword before is fine.
      size_t w = k;
      while (w > 0 && IsIdentChar(s[w - 1])) w--;
      std::string word = s.substr(w, k - w);
      if (word != "return" && word != "typeof" && word != "void" && word != "in" &&
          word != "of" && word != "case" && word != "throw" && word != "new") {
        continue;
      }
    }
    s[i] = '$';
  }
}

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

CompiledScript* CompileModuleSource(const SourceFile& source, bool, CompileError* error) {
  return CompileSource(source, ProgramKind::kCommonJSModule, error);
}

CompiledScript* CompileSource(const SourceFile& source, ProgramKind kind, CompileError* error) {
  uintptr_t stack_limit = StackLimit::ForCurrentThread();
  bool module = kind == ProgramKind::kCommonJSModule;
  ParseResult parsed =
      ParseScript(source, module ? ParseMode::kCommonJSModule : ParseMode::kClassicScript, stack_limit);
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
  if (options->flags.allow_natives_syntax) RewriteNativesSyntax(&options->source);
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
  ParseResult parsed = ParseScript(source, mode, stack_limit);
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
