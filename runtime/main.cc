// Copyright the Lucid authors. MIT license.
//
// The `lucid` command line: `lucid [flags] file.js [args...]`,
// `lucid --script file.js`, `lucid -e 'code'`, `--help`, `--version`, and
// the subcommand `lucid compare a.js b.js` (runtime/compare.h).
// Exit codes: 0 success, 1 uncaught exception, 2 bad usage or unreadable file.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/compare.h"
#include "runtime/runner.h"
#include "vm/flags.h"

namespace lucid {
namespace {

constexpr const char* kVersion = "lucid 0.1.0";

void PrintUsage(FILE* out) {
  // Flags::PrintHelp prints the usage line and every FLAG_LIST entry.
  Flags::PrintHelp(out);
  std::fprintf(out,
               "  -e, --eval CODE  run CODE as a classic script ([eval])\n"
               "  --print-bytecode=NAME  the same as --print-bytecode "
               "--print-bytecode-filter=NAME\n"
               "\n"
               "Subcommands:\n"
               "  lucid compare [--runs=N] a.js b.js [-- flags]  run both programs and\n"
               "        compare their shapes, inline caches, GCs and time (compare --help)\n");
}

bool ReadFile(const std::string& path, std::string* out, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) out->append(buffer, n);
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  std::fclose(f);
  if (failed) {
    *error = std::strerror(saved);
    return false;
  }
  return true;
}

int Main(int argc, char** argv) {
  // Subcommands come first, before any flag (a script named "compare" runs
  // as ./compare).
  if (argc >= 2 && std::string_view(argv[1]) == "compare") {
    // The children are this very binary, whatever path started it.
    return RunCompare("/proc/self/exe", std::vector<std::string>(argv + 2, argv + argc));
  }
  ProgramOptions options;
  Flags& flags = options.flags;
  bool have_eval = false;
  int i = 1;
  for (; i < argc; i++) {
    std::string_view arg = argv[i];
    if (arg == "-e" || arg == "--eval") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "lucid: %s requires an argument\n", argv[i]);
        return 2;
      }
      have_eval = true;
      options.source = argv[++i];
      options.file_name = "[eval]";
      options.kind = ProgramKind::kClassicScript;
      i++;
      break;
    }
    if (arg == "-h") arg = "--help";
    if (arg == "-v") arg = "--version";
    if (arg == "--") {
      i++;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;
    // --print-bytecode=NAME is --print-bytecode --print-bytecode-filter=NAME.
    std::string rewritten;
    if (arg.starts_with("--print-bytecode=") || arg.starts_with("--print_bytecode=")) {
      flags.print_bytecode = true;
      rewritten = "--print-bytecode-filter=" + std::string(arg.substr(17));
      arg = rewritten;
    }
    std::string error;
    switch (flags.ParseArgument(arg, i + 1 < argc ? argv[i + 1] : nullptr, &error)) {
      case Flags::ParseResult::kOk:
        break;
      case Flags::ParseResult::kConsumedNext:
        i++;
        break;
      case Flags::ParseResult::kNotAFlag:
        std::fprintf(stderr, "lucid: bad option: %s\n", argv[i]);
        return 2;
      case Flags::ParseResult::kError:
        std::fprintf(stderr, "lucid: %s\n", error.empty() ? "bad option" : error.c_str());
        return 2;
    }
  }
  if (flags.help) {
    PrintUsage(stdout);
    return 0;
  }
  if (flags.version) {
    std::printf("%s\n", kVersion);
    return 0;
  }
  if (!have_eval) {
    if (i >= argc) {
      std::fprintf(stderr, "lucid: no script given\n");
      PrintUsage(stderr);
      return 2;
    }
    options.file_name = argv[i++];
    std::string error;
    if (!ReadFile(options.file_name, &options.source, &error)) {
      std::fprintf(stderr, "lucid: cannot read file '%s': %s\n", options.file_name.c_str(),
                   error.c_str());
      return 2;
    }
    options.kind = flags.script ? ProgramKind::kClassicScript : ProgramKind::kCommonJSModule;
  }
  options.argv0 = argv[0];
  for (; i < argc; i++) options.args.push_back(argv[i]);
  return RunProgram(&options);
}

}  // namespace
}  // namespace lucid

int main(int argc, char** argv) { return lucid::Main(argc, argv); }
