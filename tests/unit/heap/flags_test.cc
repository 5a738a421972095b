// Copyright 2024 the Lucid authors. MIT license.
// FLAG_LIST parsing: V8 spellings, aliases, errors.

#include "vm/flags.h"

#include <gtest/gtest.h>

namespace lucid {
namespace {

TEST(Flags, Defaults) {
  Flags flags;
  EXPECT_EQ(flags.max_semi_space_size, 16);
  EXPECT_FALSE(flags.gc_stress);
  EXPECT_TRUE(flags.jit);
  EXPECT_EQ(flags.print_bytecode_filter, "*");
  EXPECT_EQ(flags.trace_file, "");
}

TEST(Flags, BoolSpellings) {
  Flags flags;
  std::string error;
  EXPECT_EQ(flags.ParseArgument("--gc-stress", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_TRUE(flags.gc_stress);
  EXPECT_EQ(flags.ParseArgument("--no-gc-stress", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_FALSE(flags.gc_stress);
  EXPECT_EQ(flags.ParseArgument("--gc_stress", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_TRUE(flags.gc_stress);
  EXPECT_EQ(flags.ParseArgument("--nogc_stress", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_FALSE(flags.gc_stress);
  EXPECT_EQ(flags.ParseArgument("--no_jit", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_FALSE(flags.jit);
  EXPECT_EQ(flags.ParseArgument("--jit=true", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_TRUE(flags.jit);
  EXPECT_EQ(flags.ParseArgument("--jit=false", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_FALSE(flags.jit);
}

TEST(Flags, JitFlags) {
  Flags flags;
  std::string error;
  EXPECT_FALSE(flags.jit_eager);
  EXPECT_EQ(flags.jit_threshold, 1);
  EXPECT_EQ(flags.ParseArgument("--jit-eager", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_TRUE(flags.jit_eager);
  EXPECT_EQ(flags.ParseArgument("--jit-threshold=3", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_EQ(flags.jit_threshold, 3);
  EXPECT_EQ(flags.ParseArgument("--max-jit-bytecode-size=100", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_EQ(flags.max_jit_bytecode_size, 100);
  EXPECT_EQ(flags.ParseArgument("--print-code-filter=make*", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_EQ(flags.print_code_filter, "make*");
  EXPECT_NE(flags.ParseArgument("--jit-threshold=abc", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_NE(error, "");
}

TEST(Flags, ValuesAndAliases) {
  Flags flags;
  std::string error;
  EXPECT_EQ(flags.ParseArgument("--stack-size=500", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_EQ(flags.stack_size, 500);
  EXPECT_EQ(flags.ParseArgument("--semi-space-size=2", nullptr, &error),
            Flags::ParseResult::kOk);
  EXPECT_EQ(flags.max_semi_space_size, 2);
  EXPECT_EQ(flags.ParseArgument("--max_old_space_size", "64", &error),
            Flags::ParseResult::kConsumedNext);
  EXPECT_EQ(flags.max_old_space_size, 64);
  EXPECT_EQ(flags.ParseArgument("--print-bytecode-filter=fib", nullptr, &error),
            Flags::ParseResult::kOk);
  EXPECT_EQ(flags.print_bytecode_filter, "fib");
  EXPECT_EQ(flags.ParseArgument("--log-ic", nullptr, &error), Flags::ParseResult::kOk);
  EXPECT_TRUE(flags.trace_ic);
  EXPECT_EQ(flags.ParseArgument("--trace-file=out.jsonl", nullptr, &error),
            Flags::ParseResult::kOk);
  EXPECT_EQ(flags.trace_file, "out.jsonl");
}

TEST(Flags, Errors) {
  Flags flags;
  std::string error;
  EXPECT_EQ(flags.ParseArgument("--no-such-flag", nullptr, &error), Flags::ParseResult::kError);
  EXPECT_NE(error.find("unrecognized flag --no-such-flag"), std::string::npos) << error;
  EXPECT_EQ(flags.ParseArgument("--stack-size=abc", nullptr, &error), Flags::ParseResult::kError);
  EXPECT_EQ(flags.ParseArgument("--gc-stress=maybe", nullptr, &error),
            Flags::ParseResult::kError);
  EXPECT_EQ(flags.ParseArgument("--no-stack-size", nullptr, &error), Flags::ParseResult::kError);
  EXPECT_EQ(flags.ParseArgument("file.js", nullptr, &error), Flags::ParseResult::kNotAFlag);
  EXPECT_EQ(flags.ParseArgument("-e", nullptr, &error), Flags::ParseResult::kNotAFlag);
}

TEST(Flags, CommandLineStopsAtTheScript) {
  Flags flags;
  std::string error;
  const char* argv[] = {"lucid", "--trace-gc", "--stack-size", "100", "main.js", "--gc-stress"};
  int first = flags.ParseCommandLine(6, argv, 1, &error);
  EXPECT_EQ(first, 4);
  EXPECT_TRUE(flags.trace_gc);
  EXPECT_EQ(flags.stack_size, 100);
  EXPECT_FALSE(flags.gc_stress);  // Belongs to the script.
  const char* bad[] = {"lucid", "--bogus"};
  EXPECT_EQ(flags.ParseCommandLine(2, bad, 1, &error), -1);
}

TEST(Flags, Implications) {
  Flags flags;
  flags.trace_all = true;
  flags.ApplyImplications();
  EXPECT_TRUE(flags.trace_ic && flags.trace_maps && flags.trace_gc && flags.trace_deopt);
  Flags flags2;
  flags2.trace_gc_nvp = true;
  flags2.min_semi_space_size = 8;
  flags2.max_semi_space_size = 2;
  flags2.ApplyImplications();
  EXPECT_TRUE(flags2.trace_gc);
  EXPECT_EQ(flags2.min_semi_space_size, 2);
}

TEST(Flags, HelpListsEveryFlag) {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* out = open_memstream(&buffer, &size);
  Flags::PrintHelp(out);
  std::fclose(out);
  std::string help(buffer, size);
  free(buffer);
#define V(type, name, default_value, text)                \
  {                                                        \
    std::string dashed = #name;                            \
    for (char& c : dashed)                                 \
      if (c == '_') c = '-';                               \
    EXPECT_NE(help.find("--" + dashed + " "), std::string::npos) << #name; \
  }
  FLAG_LIST(V)
#undef V
}

}  // namespace
}  // namespace lucid
