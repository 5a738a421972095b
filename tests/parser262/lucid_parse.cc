// Copyright the Lucid authors. MIT license.
//
// lucid_parse: parses files as classic scripts and prints one line per file,
// "OK <path>" or "SyntaxError <path>: message (line:col)" (RangeError for a
// too-deep nesting). The test262 parser corpus runner (tests/parser262/run.py)
// feeds it many files per process for speed.
//
//   lucid_parse [--commonjs] [--ast] file...    parse the files named
//   lucid_parse [--commonjs] -                   read file names from stdin
//
// Exits 0 when every file was read (whatever the parse outcome), 2 when a
// file cannot be read.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "parser/stack_limit.h"

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

// Parses one file; prints its result line. Returns false if unreadable.
bool ParseOne(const std::string& path, lucid::ParseMode mode, bool print_ast) {
  std::string bytes;
  if (!ReadFile(path, &bytes)) {
    std::printf("UNREADABLE %s\n", path.c_str());
    return false;
  }
  lucid::SourceFile source = lucid::SourceFile::FromUtf8(path, bytes);
  lucid::ParseOptions options;
  options.stack_limit = lucid::StackLimit::ForCurrentThread();
  lucid::ParseResult result = lucid::ParseScript(source, mode, options);
  if (result.ok()) {
    std::printf("OK %s\n", path.c_str());
    if (print_ast) std::fputs(lucid::PrintAst(result.literal()).c_str(), stdout);
  } else {
    const lucid::ParseError& error = result.error();
    lucid::SourceLocation location = source.GetLocation(error.position);
    std::printf("%s %s: %s (%d:%d)\n", error.TypeName(), path.c_str(), error.message.c_str(),
                location.line, location.column);
  }
  std::fflush(stdout);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  lucid::ParseMode mode = lucid::ParseMode::kClassicScript;
  bool print_ast = false;
  bool from_stdin = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--commonjs") {
      mode = lucid::ParseMode::kCommonJSModule;
    } else if (arg == "--ast") {
      print_ast = true;
    } else if (arg == "-") {
      from_stdin = true;
    } else if (arg == "--help" || arg == "-h") {
      std::printf("usage: lucid_parse [--commonjs] [--ast] (file... | -)\n");
      return 0;
    } else {
      files.push_back(arg);
    }
  }
  bool all_read = true;
  for (const std::string& file : files) all_read &= ParseOne(file, mode, print_ast);
  if (from_stdin) {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty()) all_read &= ParseOne(line, mode, print_ast);
    }
  }
  return all_read ? 0 : 2;
}
