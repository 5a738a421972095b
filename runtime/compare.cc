// Copyright 2025 the Lucid authors. MIT license.
// `lucid compare a.js b.js`: each program runs as a child of the same lucid
// binary with --stats-file, its output discarded; the statistics and the
// median wall time are printed side by side with one verdict per row that
// differs. docs/traces.md "lucid compare" shows the output.

#include "runtime/compare.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "parser/source.h"
#include "vm/flags.h"

extern char** environ;

namespace lucid {

// -- Arguments -------------------------------------------------------------------------------

namespace {

constexpr int kMaxRuns = 100;

bool ParseRuns(std::string_view text, int* runs, std::string* error) {
  int value = 0;
  bool ok = !text.empty() && text.size() <= 4;
  for (char c : text) {
    if (c < '0' || c > '9') ok = false;
    value = value * 10 + (c - '0');
  }
  if (!ok || value < 1 || value > kMaxRuns) {
    *error = "--runs wants a number of runs from 1 to " + std::to_string(kMaxRuns) + ", not '" +
             std::string(text) + "'";
    return false;
  }
  *runs = value;
  return true;
}

// Flags after "--" must be lucid flags: checked here so that a typo is a
// usage error, not two failed programs.
bool CheckProgramFlags(const std::vector<std::string>& flags, std::string* error) {
  Flags scratch;
  for (size_t i = 0; i < flags.size(); ++i) {
    const char* next = i + 1 < flags.size() ? flags[i + 1].c_str() : nullptr;
    std::string why;
    switch (scratch.ParseArgument(flags[i], next, &why)) {
      case Flags::ParseResult::kOk:
        break;
      case Flags::ParseResult::kConsumedNext:
        i++;
        break;
      case Flags::ParseResult::kNotAFlag:
        *error = "'" + flags[i] + "' after -- is not a lucid flag (flags after -- go to both programs)";
        return false;
      case Flags::ParseResult::kError:
        *error = "after --: " + (why.empty() ? "bad flag " + flags[i] : why);
        return false;
    }
  }
  return true;
}

}  // namespace

bool ParseCompareArguments(const std::vector<std::string>& args, CompareOptions* options,
                           std::string* error) {
  int files = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "--") {
      options->program_flags.assign(args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    if (arg == "--help" || arg == "-h") {
      options->help = true;
      return true;
    }
    if (arg.starts_with("--runs=")) {
      if (!ParseRuns(arg.substr(7), &options->runs, error)) return false;
      continue;
    }
    if (arg == "--runs") {
      if (i + 1 >= args.size()) {
        *error = "--runs wants a number";
        return false;
      }
      if (!ParseRuns(args[++i], &options->runs, error)) return false;
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      *error = "unknown option '" + std::string(arg) +
               "' (compare takes --runs=N; put flags for the programs after --)";
      return false;
    }
    if (files == 2) {
      *error = "compare takes two programs; a third was given: '" + std::string(arg) + "'";
      return false;
    }
    options->files[files++] = std::string(arg);
  }
  if (files < 2) {
    *error = files == 0 ? "compare wants two programs: lucid compare a.js b.js"
                        : "compare wants a second program: lucid compare a.js b.js";
    return false;
  }
  return CheckProgramFlags(options->program_flags, error);
}

// -- JSON ------------------------------------------------------------------------------------

namespace {

class FlatJsonParser {
 public:
  FlatJsonParser(std::string_view text, FlatJson* out) : text_(text), out_(out) {}

  bool Parse(std::string* error) {
    SkipSpace();
    if (Peek() != '{') return Fail("expected '{' at the start", error);
    if (!Value("", 0)) return Fail(error_, error);
    SkipSpace();
    if (pos_ != text_.size()) return Fail("unexpected text after the object", error);
    return true;
  }

 private:
  static constexpr int kMaxDepth = 32;

  bool Fail(const std::string& what, std::string* error) {
    *error = what + " (at byte " + std::to_string(pos_) + ")";
    return false;
  }
  bool Error(const char* what) {
    if (error_.empty()) error_ = what;
    return false;
  }
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' ||
                                   text_[pos_] == '\t')) {
      pos_++;
    }
  }
  static std::string Join(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
  }

  bool Value(const std::string& key, int depth) {
    if (depth > kMaxDepth) return Error("nested too deeply");
    SkipSpace();
    char c = Peek();
    if (c == '{') return Object(key, depth);
    if (c == '[') return Array(key, depth);
    if (c == '"') {
      std::string s;
      if (!String(&s)) return false;
      (*out_)[key] = s;
      return true;
    }
    return Literal(key);
  }

  bool Object(const std::string& prefix, int depth) {
    pos_++;  // '{'
    SkipSpace();
    if (Peek() == '}') {
      pos_++;
      return true;
    }
    for (;;) {
      SkipSpace();
      std::string name;
      if (Peek() != '"' || !String(&name)) return Error("expected a string key");
      SkipSpace();
      if (Peek() != ':') return Error("expected ':'");
      pos_++;
      if (!Value(Join(prefix, name), depth + 1)) return false;
      SkipSpace();
      if (Peek() == ',') {
        pos_++;
        continue;
      }
      if (Peek() == '}') {
        pos_++;
        return true;
      }
      return Error("expected ',' or '}'");
    }
  }

  bool Array(const std::string& prefix, int depth) {
    pos_++;  // '['
    SkipSpace();
    if (Peek() == ']') {
      pos_++;
      return true;
    }
    for (int index = 0;; ++index) {
      if (!Value(Join(prefix, std::to_string(index)), depth + 1)) return false;
      SkipSpace();
      if (Peek() == ',') {
        pos_++;
        continue;
      }
      if (Peek() == ']') {
        pos_++;
        return true;
      }
      return Error("expected ',' or ']'");
    }
  }

  // Numbers, true, false, null: kept as their text, after a shape check.
  bool Literal(const std::string& key) {
    size_t start = pos_;
    for (const char* word : {"true", "false", "null"}) {
      if (text_.substr(pos_).starts_with(word)) {
        pos_ += std::strlen(word);
        (*out_)[key] = std::string(word);
        return true;
      }
    }
    if (Peek() == '-') pos_++;
    size_t digits = pos_;
    while (Peek() >= '0' && Peek() <= '9') pos_++;
    if (pos_ == digits) return Error("expected a value");
    if (Peek() == '.') {
      pos_++;
      size_t fraction = pos_;
      while (Peek() >= '0' && Peek() <= '9') pos_++;
      if (pos_ == fraction) return Error("expected digits after '.'");
    }
    if (Peek() == 'e' || Peek() == 'E') {
      pos_++;
      if (Peek() == '+' || Peek() == '-') pos_++;
      size_t exponent = pos_;
      while (Peek() >= '0' && Peek() <= '9') pos_++;
      if (pos_ == exponent) return Error("expected digits in the exponent");
    }
    (*out_)[key] = std::string(text_.substr(start, pos_ - start));
    return true;
  }

  bool String(std::string* out) {
    pos_++;  // '"'
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return Error("control character in a string");
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) break;
      char e = text_[pos_++];
      switch (e) {
        case '"': case '\\': case '/': out->push_back(e); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': if (!Unicode(out)) return false; break;
        default: return Error("bad escape in a string");
      }
    }
    return Error("unterminated string");
  }

  // \uXXXX (the "\u" already read), surrogate pairs joined, as UTF-8.
  bool Unicode(std::string* out) {
    auto hex4 = [this](uint32_t* value) {
      if (pos_ + 4 > text_.size()) return false;
      *value = 0;
      for (int i = 0; i < 4; ++i) {
        char h = text_[pos_++];
        int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                  : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        if (digit < 0) return false;
        *value = *value * 16 + static_cast<uint32_t>(digit);
      }
      return true;
    };
    uint32_t c;
    if (!hex4(&c)) return Error("bad \\u escape");
    if (c >= 0xD800 && c <= 0xDBFF && text_.substr(pos_).starts_with("\\u")) {
      size_t save = pos_;
      pos_ += 2;
      uint32_t low;
      if (hex4(&low) && low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      } else {
        pos_ = save;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    AppendUtf8(out, c);
    return true;
  }

  std::string_view text_;
  FlatJson* out_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

bool ParseFlatJson(std::string_view text, FlatJson* out, std::string* error) {
  FlatJsonParser parser(text, out);
  return parser.Parse(error);
}

// -- Running one program ---------------------------------------------------------------------

namespace {

bool ReadWholeFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buffer[1 << 14];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) out->append(buffer, n);
  std::fclose(f);
  return true;
}

double NowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// What waitpid's status says, in words.
std::string DescribeStatus(int status) {
  if (WIFEXITED(status)) return "exit status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const char* name = sigabbrev_np(WTERMSIG(status));
    return std::string("killed by signal ") + (name != nullptr ? std::string("SIG") + name
                                                               : std::to_string(WTERMSIG(status)));
  }
  return "status " + std::to_string(status);
}

// The last {lines} lines of {text} (trailing blank lines dropped), each
// indented with "    | ".
std::string Tail(const std::string& text, size_t lines) {
  std::vector<std::string> all;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    all.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  while (!all.empty() && all.back().empty()) all.pop_back();
  std::string out;
  for (size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i) {
    out += all[i].empty() ? "    |\n" : "    | " + all[i] + "\n";
  }
  return out;
}

struct Program {
  std::string path;  // as given
  std::string name;  // as printed in the table
  std::vector<double> times_ms;  // of the timed runs
  FlatJson stats;                // of the counting run
};

// Runs {program} once: stdout to /dev/null, stderr to {err_path} (shown if
// it fails). The counting run (--stats-file={stats_path}) reads the
// statistics; the others are timed without it, since counting runs the
// tracer's hooks at every shape event and would skew the time. False with
// *error set on failure.
bool RunOnce(const std::string& self, const CompareOptions& options, bool counting,
             const std::string& stats_path, const std::string& err_path, Program* program,
             std::string* error) {
  std::vector<std::string> args = {self};
  args.insert(args.end(), options.program_flags.begin(), options.program_flags.end());
  if (counting) args.push_back("--stats-file=" + stats_path);
  args.push_back(program->path);
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  unlink(stats_path.c_str());
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::fflush(nullptr);
  double start = NowMs();
  pid_t pid;
  int spawned = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    *error = "cannot start " + self + ": " + std::strerror(spawned);
    return false;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      *error = std::string("waitpid: ") + std::strerror(errno);
      return false;
    }
  }
  double elapsed = NowMs() - start;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string err;
    ReadWholeFile(err_path, &err);
    *error = program->path + " failed (" + DescribeStatus(status) + ")";
    std::string tail = Tail(err, 12);
    *error += tail.empty() ? "; it printed nothing on stderr" : "; its stderr ends with:\n" + tail;
    return false;
  }
  if (!counting) {
    program->times_ms.push_back(elapsed);
    return true;
  }
  std::string text, why;
  if (!ReadWholeFile(stats_path, &text)) {
    *error = program->path + " wrote no statistics (" + stats_path + ")";
    return false;
  }
  if (!ParseFlatJson(text, &program->stats, &why) || program->stats["format"] != "lucid stats") {
    *error = program->path + ": unreadable --stats-file output: " + (why.empty() ? "not lucid stats" : why);
    return false;
  }
  return true;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  if (n == 0) return 0;
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// -- The table and the verdicts --------------------------------------------------------------

struct Row {
  const char* label;     // left column
  const char* key;       // the --stats-file key; nullptr: stub-cache probes (computed)
  const char* ic_state;  // IC rows: the state key ("poly") for the per-kind detail
  const char* noun;      // the verdict's "N <noun> vs M" (noun_one for N = 1)
  const char* noun_one;
  bool neutral;          // neither side is worse: the verdict names both
  const char* hint;      // the verdict's explanation, or nullptr
};

constexpr Row kRows[] = {
    {"shapes created", "shapes.created", nullptr, "shapes created", "shape created", false,
     "objects built along different transition paths"},
    {"transitions", "shapes.transitions", nullptr, "transitions", "transition", false,
     "properties added in different orders, or after construction"},
    {"dictionary-mode objects", "shapes.dictionary", nullptr, "dictionary-mode objects",
     "dictionary-mode object", false, nullptr},
    {"deprecations", "shapes.deprecated", nullptr, "deprecated shapes", "deprecated shape", false,
     "a field changed representation, e.g. smi -> double: objects migrate"},
    {"IC sites monomorphic", "ics.mono", "mono", "monomorphic IC sites", "monomorphic IC site", true,
     nullptr},
    {"IC sites polymorphic", "ics.poly", "poly", "polymorphic IC sites", "polymorphic IC site", false,
     "sites that saw 2-4 shapes"},
    {"IC sites megamorphic", "ics.mega", "mega", "megamorphic IC sites", "megamorphic IC site", false,
     "sites that saw more than 4 shapes: every access probes the stub cache"},
    {"IC sites generic", "ics.generic", "generic", "generic IC sites", "generic IC site", false,
     "sites left to the slow path"},
    {"megamorphic stub-cache probes", nullptr, "", "megamorphic stub-cache probes",
     "megamorphic stub-cache probe", false, nullptr},
    {"scavenges", "gc.scavenges", nullptr, "scavenges", "scavenge", false, "more short-lived garbage"},
    {"mark-compacts", "gc.mark_compacts", nullptr, "mark-compacts", "mark-compact", false,
     "more old-generation garbage"},
};

bool ICCounted(const Program& p) { return p.stats.count("ics.counted") && p.stats.at("ics.counted") == "true"; }

int64_t Count(const Program& p, const char* key) {
  auto it = p.stats.find(key);
  return it == p.stats.end() ? 0 : std::strtoll(it->second.c_str(), nullptr, 10);
}

int64_t RowValue(const Program& p, const Row& row) {
  if (row.key != nullptr) return Count(p, row.key);
  return Count(p, "ics.stub_cache_hits") + Count(p, "ics.stub_cache_misses");
}

// "(delete 1000, prototype setup 1)" from shapes.dictionary_reasons.
std::string DictionaryReasons(const Program& p) {
  static constexpr struct {
    const char* key;
    const char* text;
  } kReasons[] = {
      {"delete_not_last", "delete"},
      {"too_many_fast_properties", "too many properties"},
      {"reconfigure", "attributes reconfigured"},
      {"prototype_setup", "used as a prototype"},
      {"prevent_extensions", "preventExtensions/freeze/seal"},
      {"too_many_transitions", "too many transitions"},
      {"global_object", "global object"},
      {"testing", "testing"},
  };
  std::string out;
  for (const auto& reason : kReasons) {
    int64_t n = Count(p, (std::string("shapes.dictionary_reasons.") + reason.key).c_str());
    if (n == 0) continue;
    out += (out.empty() ? "" : ", ") + std::string(reason.text) + " " + std::to_string(n);
  }
  return out;
}

// "LoadIC 2, KeyedLoadIC 1" from ics.by_kind.<Kind>.<state>.
std::string KindsInState(const Program& p, const char* state) {
  std::string out;
  std::string suffix = std::string(".") + state;
  for (const auto& [key, value] : p.stats) {
    if (!key.starts_with("ics.by_kind.") || !key.ends_with(suffix) || value == "0") continue;
    std::string kind = key.substr(12, key.size() - 12 - suffix.size());
    out += (out.empty() ? "" : ", ") + kind + " " + value;
  }
  return out;
}

// A neutral row (more monomorphic sites is neither better nor worse: the
// programs may just have more sites): "<noun>: N in a, M in b (...)".
std::string NeutralVerdict(const Row& row, const Program& a, const Program& b) {
  return std::string(row.noun) + ": " + std::to_string(RowValue(a, row)) + " in " + a.name + ", " +
         std::to_string(RowValue(b, row)) + " in " + b.name + " (of " + std::to_string(Count(a, "ics.sites")) +
         " and " + std::to_string(Count(b, "ics.sites")) + " IC sites)";
}

// "<worse>: N <noun> vs M (<detail>; <hint>)".
std::string Verdict(const Row& row, const Program& worse, const Program& other) {
  int64_t n = RowValue(worse, row);
  int64_t m = RowValue(other, row);
  std::string line = worse.name + ": " + std::to_string(n) + " " + (n == 1 ? row.noun_one : row.noun) +
                     " vs " + std::to_string(m);
  std::string detail;
  const char* hint = row.hint;
  if (row.key == nullptr) {
    detail = "hits " + std::to_string(Count(worse, "ics.stub_cache_hits")) + ", misses " +
             std::to_string(Count(worse, "ics.stub_cache_misses"));
  } else if (std::strcmp(row.key, "shapes.dictionary") == 0) {
    detail = DictionaryReasons(worse);
  } else if (std::strcmp(row.key, "shapes.created") == 0) {
    // A dictionary-mode object gets a shape of its own: say so when those
    // make most of the difference.
    int64_t dictionary = Count(worse, "shapes.dictionary") - Count(other, "shapes.dictionary");
    if (dictionary * 2 >= n - m) {
      detail = std::to_string(dictionary) + " of them dictionary-mode shapes, one per object";
      hint = nullptr;
    }
  } else if (row.ic_state != nullptr) {
    detail = KindsInState(worse, row.ic_state);
  }
  if (hint != nullptr) detail += (detail.empty() ? "" : "; ") + std::string(hint);
  if (!detail.empty()) line += " (" + detail + ")";
  return line;
}

// One row's cell: the count, or "n/a" for an IC row of a program that
// reported no IC counts.
std::string Cell(const Program& p, const Row& row) {
  if (row.ic_state != nullptr && !ICCounted(p)) return "n/a";
  return std::to_string(RowValue(p, row));
}

void PrintComparison(const CompareOptions& options, const Program (&programs)[2]) {
  const Program& a = programs[0];
  const Program& b = programs[1];
  constexpr int kLabelWidth = 32;
  int width_a = static_cast<int>(std::max<size_t>(a.name.size(), 10));
  int width_b = static_cast<int>(std::max<size_t>(b.name.size(), 10));
  std::printf("lucid compare: %s vs %s\n(counts: 1 run with --stats-file; time: median of %d more run%s",
              a.path.c_str(), b.path.c_str(), options.runs, options.runs == 1 ? "" : "s");
  if (!options.program_flags.empty()) {
    std::printf("; flags:");
    for (const std::string& flag : options.program_flags) std::printf(" %s", flag.c_str());
  }
  std::printf(")\n\n  %-*s  %*s  %*s\n", kLabelWidth, "", width_a, a.name.c_str(), width_b, b.name.c_str());
  std::vector<std::string> verdicts;
  for (const Row& row : kRows) {
    std::printf("  %-*s  %*s  %*s\n", kLabelWidth, row.label, width_a, Cell(a, row).c_str(), width_b,
                Cell(b, row).c_str());
    if (row.ic_state != nullptr && !(ICCounted(a) && ICCounted(b))) continue;
    int64_t va = RowValue(a, row);
    int64_t vb = RowValue(b, row);
    if (va == vb) continue;
    if (row.neutral) {
      verdicts.push_back(NeutralVerdict(row, a, b));
    } else {
      verdicts.push_back(vb > va ? Verdict(row, b, a) : Verdict(row, a, b));
    }
  }
  double ta = Median(a.times_ms);
  double tb = Median(b.times_ms);
  std::printf("  %-*s  %*.1f  %*.1f\n\n", kLabelWidth, "time per run (ms)", width_a, ta, width_b, tb);
  for (const std::string& verdict : verdicts) std::printf("  %s\n", verdict.c_str());
  if (verdicts.empty()) std::printf("  same shapes, inline caches and GCs\n");
  const Program& slower = tb > ta ? b : a;
  double ratio = std::min(ta, tb) > 0 ? std::max(ta, tb) / std::min(ta, tb) : 1.0;
  if (ratio >= 1.10) {
    std::printf("  time: %s is %.2fx slower (%.1f ms vs %.1f ms)\n", slower.name.c_str(), ratio,
                std::max(ta, tb), std::min(ta, tb));
  } else {
    std::printf("  time: within 10%% (%.1f ms vs %.1f ms)\n", ta, tb);
  }
  for (const Program* p : {&a, &b}) {
    if (!ICCounted(*p)) std::printf("  (%s: IC rows n/a, no IC site counter was installed)\n", p->name.c_str());
  }
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void PrintCompareHelp(FILE* out) {
  std::fprintf(out,
               "Usage: lucid compare [--runs=N] a.js b.js [-- lucid flags for both programs]\n"
               "\n"
               "Runs each program N times (default 3) as a child of this lucid with\n"
               "--stats-file, its output discarded, and prints side by side: shapes created,\n"
               "transitions, dictionary-mode objects, deprecations, IC sites by state,\n"
               "megamorphic stub-cache probes, GCs and the median wall time per run, then\n"
               "one verdict per row that differs.\n"
               "\n"
               "  --runs=N   runs per program (1-%d); the time is the median\n"
               "  -h, --help this help\n"
               "\n"
               "Exit status: 0 both ran, 1 a program failed, 2 bad usage or a missing file.\n"
               "Example: lucid compare examples/compare/delete-undefined.js \\\n"
               "           examples/compare/delete-delete.js -- --no-lazy-feedback-allocation\n",
               kMaxRuns);
}

// A private directory for the runs' --stats-file and stderr files.
bool MakeScratchDir(std::string* dir) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/lucid-compare-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) return false;
  *dir = buffer.data();
  return true;
}

}  // namespace

// -- lucid compare ---------------------------------------------------------------------------

int RunCompare(const std::string& self, const std::vector<std::string>& args) {
  CompareOptions options;
  std::string error;
  if (!ParseCompareArguments(args, &options, &error)) {
    std::fprintf(stderr, "lucid compare: %s\n", error.c_str());
    std::fprintf(stderr, "usage: lucid compare [--runs=N] a.js b.js [-- flags]  (lucid compare --help)\n");
    return 2;
  }
  if (options.help) {
    PrintCompareHelp(stdout);
    return 0;
  }
  Program programs[2];
  for (int i = 0; i < 2; ++i) {
    programs[i].path = options.files[i];
    const char* why = nullptr;
    struct stat st;
    if (stat(options.files[i].c_str(), &st) != 0) {
      why = std::strerror(errno);
    } else if (!S_ISREG(st.st_mode)) {
      why = "not a regular file";
    } else if (access(options.files[i].c_str(), R_OK) != 0) {
      why = std::strerror(errno);
    }
    if (why != nullptr) {
      std::fprintf(stderr, "lucid compare: cannot read '%s': %s\n", options.files[i].c_str(), why);
      return 2;
    }
  }
  bool same_base = BaseName(options.files[0]) == BaseName(options.files[1]);
  for (Program& p : programs) p.name = same_base ? p.path : BaseName(p.path);
  if (programs[0].name == programs[1].name) {  // one program twice
    programs[0].name += " (1)";
    programs[1].name += " (2)";
  }
  std::string dir;
  if (!MakeScratchDir(&dir)) {
    std::fprintf(stderr, "lucid compare: cannot make a temporary directory: %s\n", std::strerror(errno));
    return 1;
  }
  std::string stats_path = dir + "/stats.json";
  std::string err_path = dir + "/stderr.txt";
  int status = 0;
  // The counting run first, then the timed runs, interleaved (a b a b ...)
  // so that a slow spell of the machine hits both.
  for (int run = -1; run < options.runs && status == 0; ++run) {
    for (Program& p : programs) {
      if (!RunOnce(self, options, run < 0, stats_path, err_path, &p, &error)) {
        std::fprintf(stderr, "lucid compare: %s\n", error.c_str());
        status = 1;
        break;
      }
    }
  }
  unlink(stats_path.c_str());
  unlink(err_path.c_str());
  rmdir(dir.c_str());
  if (status != 0) return status;
  PrintComparison(options, programs);
  return 0;
}

}  // namespace lucid
