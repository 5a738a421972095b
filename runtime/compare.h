// Copyright 2025 the Lucid authors. MIT license.
// `lucid compare a.js b.js`: runs two programs under --stats-file and prints
// their shape, inline-cache, GC and time counts side by side (docs/traces.md
// "lucid compare").

#ifndef LUCID_RUNTIME_COMPARE_H_
#define LUCID_RUNTIME_COMPARE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lucid {

struct CompareOptions {
  std::string files[2];                    // a.js, b.js as given
  int runs = 3;                            // --runs=N: the time is the median
  std::vector<std::string> program_flags;  // after "--": given to both programs
  bool help = false;                       // --help / -h
};

// Parses the arguments after "compare" (`--runs=N`, `--runs N`, `--help`,
// two files, then `--` and lucid flags for both programs). False with
// *error set on bad usage (the CLI exits 2).
bool ParseCompareArguments(const std::vector<std::string>& args, CompareOptions* options,
                           std::string* error);

// A JSON object flattened to "a.b.c" -> value: strings unescaped (UTF-8),
// numbers, true, false and null as their JSON text; array elements are
// "a.0", "a.1"... Enough for a --stats-file object. False with *error set
// when {text} is not one well-formed JSON object.
using FlatJson = std::map<std::string, std::string>;
bool ParseFlatJson(std::string_view text, FlatJson* out, std::string* error);

// `lucid compare ...`: {self} is the lucid binary to run (normally
// /proc/self/exe), {args} what follows "compare". Returns the exit status:
// 0 both programs ran, 1 a program failed or wrote no statistics, 2 bad
// usage or an unreadable file.
int RunCompare(const std::string& self, const std::vector<std::string>& args);

}  // namespace lucid

#endif  // LUCID_RUNTIME_COMPARE_H_
