// Copyright 2024 the Lucid authors. MIT license.
// The command-line parser for FLAG_LIST (V8 spellings).

#include "vm/flags.h"

#include <charconv>
#include <cstring>

namespace lucid {

namespace {

enum class FlagType { kBool, kInt, kString };

struct FlagInfo {
  const char* name;
  FlagType type;
  const char* help;
  const char* default_text;
};

#define FLAG_ENUM_bool FlagType::kBool
#define FLAG_ENUM_int FlagType::kInt
#define FLAG_ENUM_string FlagType::kString

constexpr FlagInfo kFlagInfos[] = {
#define V(type, name, default_value, help) \
  {#name, FLAG_ENUM_##type, help, #default_value},
    FLAG_LIST(V)
#undef V
};

struct AliasInfo {
  const char* alias;
  const char* target;
};
constexpr AliasInfo kAliases[] = {
#define V(alias, target) {#alias, #target},
    FLAG_ALIAS_LIST(V)
#undef V
};

// Dashes and underscores are the same character in flag names.
bool NameEquals(std::string_view given, const char* name) {
  size_t n = std::strlen(name);
  if (given.size() != n) return false;
  for (size_t i = 0; i < n; i++) {
    char a = given[i] == '-' ? '_' : given[i];
    if (a != name[i]) return false;
  }
  return true;
}

// Index into kFlagInfos (aliases resolved), or -1.
int FindFlag(std::string_view name) {
  for (const AliasInfo& alias : kAliases) {
    if (NameEquals(name, alias.alias)) {
      name = alias.target;
      break;
    }
  }
  int i = 0;
  for (const FlagInfo& info : kFlagInfos) {
    if (NameEquals(name, info.name)) return i;
    i++;
  }
  return -1;
}

bool ParseBool(std::string_view text, bool* out) {
  if (text == "true" || text == "1") {
    *out = true;
    return true;
  }
  if (text == "false" || text == "0") {
    *out = false;
    return true;
  }
  return false;
}

bool ParseInt(std::string_view text, int64_t* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && !text.empty();
}

// Pointers to each flag's storage, in kFlagInfos order.
struct FlagSlots {
  explicit FlagSlots(Flags* flags) {
    int i = 0;
#define V(type, name, default_value, help) slots[i++] = &flags->name;
    FLAG_LIST(V)
#undef V
  }
  void* slots[sizeof(kFlagInfos) / sizeof(kFlagInfos[0])];
};

}  // namespace

Flags::ParseResult Flags::ParseArgument(std::string_view arg, const char* next,
                                        std::string* error) {
  if (arg.size() < 3 || arg[0] != '-' || arg[1] != '-') {
    return ParseResult::kNotAFlag;
  }
  std::string_view body = arg.substr(2);
  std::string_view name = body;
  std::string_view value;
  bool has_value = false;
  size_t eq = body.find('=');
  if (eq != std::string_view::npos) {
    name = body.substr(0, eq);
    value = body.substr(eq + 1);
    has_value = true;
  }
  int index = FindFlag(name);
  bool negated = false;
  if (index < 0) {
    // --no-name, --no_name and --noname.
    std::string_view stripped;
    if (name.substr(0, 3) == "no-" || name.substr(0, 3) == "no_") {
      stripped = name.substr(3);
    } else if (name.substr(0, 2) == "no") {
      stripped = name.substr(2);
    }
    if (!stripped.empty()) {
      index = FindFlag(stripped);
      negated = index >= 0;
    }
  }
  if (index < 0) {
    *error = "Error: unrecognized flag " + std::string(arg) +
             "\nTry --help for options";
    return ParseResult::kError;
  }
  const FlagInfo& info = kFlagInfos[index];
  void* slot = FlagSlots(this).slots[index];
  if (negated && (info.type != FlagType::kBool || has_value)) {
    *error = "Error: illegal value for flag " + std::string(arg) +
             " (--no- takes no value and only applies to booleans)";
    return ParseResult::kError;
  }
  switch (info.type) {
    case FlagType::kBool: {
      bool b = !negated;
      if (has_value && !ParseBool(value, &b)) {
        *error = "Error: illegal value for flag " + std::string(arg) +
                 " of type bool";
        return ParseResult::kError;
      }
      *static_cast<bool*>(slot) = b;
      return ParseResult::kOk;
    }
    case FlagType::kInt: {
      bool consumed = false;
      if (!has_value && next != nullptr) {
        value = next;
        consumed = true;
      }
      int64_t n;
      if (!ParseInt(value, &n)) {
        *error = "Error: illegal value for flag " + std::string(arg) +
                 " of type int";
        return ParseResult::kError;
      }
      *static_cast<int64_t*>(slot) = n;
      return consumed ? ParseResult::kConsumedNext : ParseResult::kOk;
    }
    case FlagType::kString: {
      bool consumed = false;
      if (!has_value) {
        if (next == nullptr) {
          *error = "Error: missing value for flag " + std::string(arg) +
                   " of type string";
          return ParseResult::kError;
        }
        value = next;
        consumed = true;
      }
      *static_cast<std::string*>(slot) = std::string(value);
      return consumed ? ParseResult::kConsumedNext : ParseResult::kOk;
    }
  }
  return ParseResult::kError;
}

int Flags::ParseCommandLine(int argc, const char* const* argv, int start,
                            std::string* error) {
  int i = start;
  while (i < argc) {
    std::string_view arg = argv[i];
    if (arg == "--") return i + 1;
    const char* next = i + 1 < argc ? argv[i + 1] : nullptr;
    switch (ParseArgument(arg, next, error)) {
      case ParseResult::kOk:
        i++;
        break;
      case ParseResult::kConsumedNext:
        i += 2;
        break;
      case ParseResult::kNotAFlag:
        return i;
      case ParseResult::kError:
        return -1;
    }
  }
  return i;
}

void Flags::ApplyImplications() {
  if (trace_all) {
    trace_ic = trace_maps = trace_opt = trace_deopt = trace_gc = true;
  }
  if (trace_gc_verbose || trace_gc_nvp) trace_gc = true;
  if (trace_maps_details) trace_maps = true;
  if (trace_opt_verbose) trace_opt = true;
  if (trace_deopt_verbose) trace_deopt = true;
  if (predictable && random_seed == 0) random_seed = 42;
  if (max_semi_space_size < 1) max_semi_space_size = 1;
  if (min_semi_space_size < 1) min_semi_space_size = 1;
  if (min_semi_space_size > max_semi_space_size) {
    min_semi_space_size = max_semi_space_size;
  }
  if (max_old_space_size < 1) max_old_space_size = 1;
  if (stack_size < 16) stack_size = 16;
}

void Flags::PrintHelp(FILE* out) {
  std::fprintf(out,
               "Usage: lucid [flags] file.js [args...]\n"
               "       lucid [flags] --script file.js | -e 'code'\n\n"
               "Flags (dashes and underscores are interchangeable; "
               "--no-<flag> negates a boolean):\n");
  for (const FlagInfo& info : kFlagInfos) {
    std::string name = info.name;
    for (char& c : name) {
      if (c == '_') c = '-';
    }
    const char* type = info.type == FlagType::kBool  ? "bool"
                       : info.type == FlagType::kInt ? "int"
                                                     : "string";
    std::fprintf(out, "  --%s (%s)\n        type: %s  default: %s\n",
                 name.c_str(), info.help, type, info.default_text);
  }
  for (const AliasInfo& alias : kAliases) {
    std::fprintf(out, "  --%s: alias of --%s\n", alias.alias, alias.target);
  }
}

}  // namespace lucid
