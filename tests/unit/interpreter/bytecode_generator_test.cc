// Copyright 2025 the Lucid authors. MIT license.
// Bytecode generator tests: golden listings, wide operands, stack limits.
//
// Goldens live in tests/unit/interpreter/golden/<name>.golden. To regenerate
// them after an intended change, run the tests with LUCID_UPDATE_GOLDEN=1
// (e.g. `LUCID_UPDATE_GOLDEN=1 build/tests/unit/interpreter/interpreter_tests
// --gtest_filter='Golden*'`) and review the diff.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "parser/parser.h"
#include "parser/source.h"
#include "parser/stack_limit.h"
#include "vm/interpreter/bytecode_generator.h"
#include "vm/interpreter/bytecode_iterator.h"
#include "vm/interpreter/disassembler.h"

#ifndef LUCID_GOLDEN_DIR
#define LUCID_GOLDEN_DIR "tests/unit/interpreter/golden"
#endif

namespace lucid {
namespace {

struct Compiled {
  bool ok = false;
  std::string error;
  CompiledScript script;
  std::string listing;
};

Compiled Compile(const std::string& source, ParseMode mode = ParseMode::kClassicScript,
                 uintptr_t generator_stack_limit = 0) {
  Compiled c;
  SourceFile file = SourceFile::FromUtf8("test.js", source);
  ParseResult parsed = ParseScript(file, mode, StackLimit::ForCurrentThread());
  if (!parsed.ok()) {
    c.error = "parse: " + parsed.error().message;
    return c;
  }
  GeneratorError error;
  c.ok = GenerateBytecode(parsed.literal(),
                          mode == ParseMode::kClassicScript ? ScriptKind::kClassicScript
                                                            : ScriptKind::kCommonJSWrapper,
                          generator_stack_limit, &c.script, &error);
  if (!c.ok) {
    c.error = error.message;
    return c;
  }
  DisassemblerOptions options;
  options.file_name = "test.js";
  options.line_column = [&file](int32_t offset) {
    SourceLocation loc = file.GetLocation(offset);
    return LineColumn{loc.line, loc.column};
  };
  options.function_id = [](int32_t index) { return "F" + std::to_string(index); };
  c.listing = DisassembleScript(c.script, options);
  return c;
}

void CheckGolden(const std::string& name, const std::string& source,
                 ParseMode mode = ParseMode::kClassicScript) {
  Compiled c = Compile(source, mode);
  ASSERT_TRUE(c.ok) << c.error;
  std::string text = "// " + name + "\n// Source:\n";
  std::istringstream lines(source);
  for (std::string line; std::getline(lines, line);) text += "//   " + line + "\n";
  text += "\n" + c.listing;
  std::string path = std::string(LUCID_GOLDEN_DIR) + "/" + name + ".golden";
  const char* update = std::getenv("LUCID_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path) << text;
    return;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << "missing golden " << path << " (run with LUCID_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), text) << "golden " << name
                                  << " differs; LUCID_UPDATE_GOLDEN=1 regenerates it";
}

// Every instruction of every unit decodes and stays inside the stream; every
// jump lands on an instruction boundary; every constant index is in range.
void CheckWellFormed(const CompiledScript& script) {
  for (const BytecodeUnit& unit : script.units) {
    std::vector<bool> starts(unit.bytecode.size() + 1, false);
    for (BytecodeIterator it(unit.bytecode); !it.done(); it.Advance()) {
      starts[it.current_offset()] = true;
      ASSERT_LE(it.current_offset() + it.current_size(), static_cast<int>(unit.bytecode.size()));
    }
    for (BytecodeIterator it(unit.bytecode); !it.done(); it.Advance()) {
      Bytecode b = it.current_bytecode();
      ASSERT_NE(Bytecode::kIllegal, b);
      if (IsJump(b)) {
        int32_t target = it.GetJumpTarget();
        ASSERT_TRUE(target >= 0 && target < static_cast<int32_t>(starts.size()) && starts[target])
            << BytecodeName(b) << " at " << it.current_offset();
      }
      for (int i = 0; i < OperandCount(b); ++i) {
        OperandType t = OperandTypeOf(b, i);
        if (t == OperandType::kConst) {
          ASSERT_LT(it.GetOperand(i), static_cast<int64_t>(unit.constant_pool.size()));
        }
        if (t == OperandType::kSlot) {
          ASSERT_LT(it.GetOperand(i), unit.feedback_metadata.slot_count());
        }
        if (t == OperandType::kReg || t == OperandType::kRegOut) {
          Register r = it.GetRegister(i);
          if (r.is_local()) {
            ASSERT_LT(r.index(), unit.register_count);
          }
        }
      }
    }
    for (const HandlerTableEntry& h : unit.handler_table) {
      EXPECT_LE(h.start, h.end);
      EXPECT_TRUE(starts[h.handler]);
    }
  }
}

TEST(Golden, Arithmetic) {
  CheckGolden("arithmetic",
              "function add(a, b) { return a + b * 2; }\n"
              "var x = add(1, 2.5) - -1;\n"
              "x **= 2; x++; --x; x = ~x | 3 ^ x >>> 1;\n");
}

TEST(Golden, PropertyAccessAndCalls) {
  CheckGolden("property_calls",
              "function getX(o) { return o.x; }\n"
              "var o = { x: 1, y: 'two', f() { return this.x; } };\n"
              "o.f(); getX(o); o['y'] = o.x; new Object(o, ...[1]);\n"
              "o?.f?.(); delete o.y; typeof undeclared;\n");
}

TEST(Golden, ClosuresAndLetLoops) {
  CheckGolden("closures",
              "let fns = [];\n"
              "for (let i = 0; i < 3; i++) fns.push(() => i);\n"
              "function counter() { let n = 0; return { inc: () => ++n }; }\n"
              "const c = counter(); c.inc();\n");
}

TEST(Golden, ControlFlow) {
  CheckGolden("control_flow",
              "function f(x) {\n"
              "  outer: for (var i = 0; i < 10; i++) {\n"
              "    switch (x) { case 1: continue outer; default: x--; case 2: break outer; }\n"
              "    while (x && i) { if (x > 5) break; x--; }\n"
              "  }\n"
              "  do { x = x ?? 0; } while (x < 0 || !x);\n"
              "  return x ? 'yes' : 'no';\n"
              "}\n");
}

TEST(Golden, TryCatchFinally) {
  CheckGolden("try_finally",
              "function f() {\n"
              "  try { return g(); } catch (e) { throw e; } finally { cleanup(); }\n"
              "}\n"
              "function h() { for (const v of [1, 2]) { try { if (v) break; } finally { return v; } } }\n");
}

TEST(Golden, ClassesAndSuper) {
  CheckGolden("classes",
              "class A { constructor(x) { this.x = x; } get v() { return this.x; } static make() { return new A(1); } }\n"
              "class B extends A { constructor() { super(2); this.y = 3; } m() { return super.v; } }\n"
              "new B().m();\n");
}

TEST(Golden, DestructuringAndTemplates) {
  CheckGolden("destructuring",
              "function f({ a, b: [c, , d = 1, ...rest] = [] }, ...more) {\n"
              "  for (const k in a) `${k}=${a[k]}`;\n"
              "  return [c, d, rest, more];\n"
              "}\n");
}

TEST(Golden, CommonJSModule) {
  CheckGolden("commonjs",
              "const fs = require('fs');\n"
              "var local = 1;\n"
              "module.exports = function () { return this === module.exports && local; };\n",
              ParseMode::kCommonJSModule);
}

TEST(Golden, Generators) {
  CheckGolden("generators",
              "function* g(a) {\n"
              "  try { const x = yield a; yield* [x]; } finally { cleanup(); }\n"
              "}\n");
}

// A generator function starts with SwitchOnGeneratorState on the generator
// register, whose jump table has one entry per suspend id, each landing on
// the ResumeGenerator after that SuspendGenerator.
TEST(Generator, GeneratorResumeTable) {
  Compiled c = Compile("function* g(a, b) { yield a; let t = [b, yield 2]; yield* t; return t; }\n"
                       "function plain() { return 1; }\n");
  ASSERT_TRUE(c.ok) << c.error;
  CheckWellFormed(c.script);
  const BytecodeUnit& gen = c.script.units[1];
  EXPECT_EQ(-1, c.script.units[2].generator_register);
  BytecodeIterator first(gen.bytecode);
  ASSERT_EQ(Bytecode::kSwitchOnGeneratorState, first.current_bytecode());
  EXPECT_EQ(gen.generator_register, first.GetRegister(0).index());
  int64_t table = first.GetOperand(1), length = first.GetOperand(2);
  std::vector<int32_t> suspend_ids, resume_offsets;
  for (BytecodeIterator it(gen.bytecode); !it.done(); it.Advance()) {
    if (it.current_bytecode() == Bytecode::kSuspendGenerator) {
      suspend_ids.push_back(static_cast<int32_t>(it.GetOperand(3)));
      BytecodeIterator next = it;
      next.Advance();
      ASSERT_EQ(Bytecode::kResumeGenerator, next.current_bytecode());
      resume_offsets.push_back(next.current_offset());
    }
  }
  // The initial suspend, yield a, yield 2, and the one inside yield*.
  ASSERT_EQ(4u, suspend_ids.size());
  ASSERT_EQ(4, length);
  for (size_t i = 0; i < suspend_ids.size(); ++i) {
    EXPECT_EQ(static_cast<int32_t>(i), suspend_ids[i]);
    const auto* entry = std::get_if<JumpTableEntry>(&gen.constant_pool[table + i]);
    ASSERT_NE(nullptr, entry);
    EXPECT_EQ(resume_offsets[i], entry->delta);  // the switch is at offset 0
  }
}

// A broad program must compile and be well formed (no golden: too long).
TEST(Generator, CoversLanguageOfIssue2) {
  const char* source = R"js(
    'use strict';
    var g = 1; let l = 2; const k = 3;
    function f(a, b = a + 1, ...r) { return arguments.length + a + b + r.length; }
    const arrow = x => this;
    class P { static s = 1; #p = 2; f = 3; get p() { return this.#p; } set p(v) { this.#p = v; }
              [`c${k}`]() { return 1; } static { g++; } }
    class Q extends P { constructor(...xs) { super(...xs); } m() { return super.p; } }
    const o = { a: 1, [k]: 2, ...{ z: 1 }, __proto__: null, get x() { return 1; }, set x(v) {}, m() { return super.toString; } };
    const arr = [1, , 3, ...[4, 5], , ];
    let { a, ...others } = o; [l, g = 9] = [g, l];
    label: { if (a) break label; }
    for (const [i, v] of arr.entries()) { if (v === undefined) continue; }
    for (let i in o) { (() => i)(); }
    try { throw new Error('x'); } catch ({ message }) { message; } finally { g = 0; }
    switch (g) { case 0: case 1: g += 1; break; default: }
    l ||= 1; l &&= 2; l ??= 3; o.a ??= 4; o[k] ||= 5;
    g = typeof g === 'number' ? void 0 : (g, l, k);
    g = 1 in o && o instanceof Object;
    g = `a${1}b${'c'}d`; String.raw`x${g}`;
    delete o.a; -0; 1e21; 0.5;
  )js";
  Compiled c = Compile(std::string("function wrapper() { new.target;") + source + "}\n" + source);
  ASSERT_TRUE(c.ok) << c.error;
  CheckWellFormed(c.script);
  EXPECT_GT(c.script.units.size(), 10u);
}

// More than 65,535 registers and constants: ExtraWide operands.
TEST(Generator, ExtraWideRegistersAndConstants) {
  std::string source = "function big() {\n";
  const int kCount = 70000;
  for (int i = 0; i < kCount; ++i) {
    source += "var v" + std::to_string(i) + " = " + std::to_string(i) + ".5;\n";
  }
  source += "return v0 + v" + std::to_string(kCount - 1) + ";\n}\n";
  Compiled c = Compile(source);
  ASSERT_TRUE(c.ok) << c.error;
  CheckWellFormed(c.script);
  const BytecodeUnit& big = c.script.units[1];
  EXPECT_GE(big.register_count, kCount);
  EXPECT_GE(static_cast<int>(big.constant_pool.size()), kCount);
  bool saw_extra_wide_constant = false, saw_extra_wide_register = false;
  for (BytecodeIterator it(big.bytecode); !it.done(); it.Advance()) {
    if (it.current_scale() != OperandScale::kQuadruple) continue;
    if (it.current_bytecode() == Bytecode::kLdaConstant && it.GetOperand(0) > 65535) {
      saw_extra_wide_constant = true;
    }
    if (it.current_bytecode() == Bytecode::kStar && it.GetRegister(0).index() > 65535) {
      saw_extra_wide_register = true;
    }
  }
  EXPECT_TRUE(saw_extra_wide_constant);
  EXPECT_TRUE(saw_extra_wide_register);
  // The listing marks the prefix.
  EXPECT_NE(std::string::npos, c.listing.find("LdaConstant.ExtraWide [69999]"));
  EXPECT_NE(std::string::npos, c.listing.find("Star.ExtraWide r69999"));
}

// Deep nesting reports RangeError instead of overflowing the C++ stack.
TEST(Generator, StackLimitBecomesRangeError) {
  // 500 levels: far beyond 16 KB of generator frames, yet within the real
  // stack even in the ASan debug build, whose frames are several times larger.
  std::string source = "var x = ";
  for (int i = 0; i < 500; ++i) source += "(1 + ";
  source += "1";
  for (int i = 0; i < 500; ++i) source += ")";
  source += ";\n";
  // Parse without the generator's artificial limit, then give the generator
  // only ~16 KB of stack below this frame.
  uintptr_t limit = StackLimit::CurrentPosition() - 16 * 1024;
  Compiled c = Compile(source, ParseMode::kClassicScript, limit);
  EXPECT_FALSE(c.ok);
  EXPECT_EQ("Maximum call stack size exceeded", c.error);
  Compiled unlimited = Compile(source);
  EXPECT_TRUE(unlimited.ok) << unlimited.error;
}

TEST(Generator, ExpectedPropertyCountAndMetadata) {
  Compiled c = Compile("function Point(x, y) { this.x = x; this.y = y; this.z = 0; }\n"
                       "function sloppy(a) { return arguments[0]; }\n"
                       "function strict(a) { 'use strict'; return arguments[0]; }\n");
  ASSERT_TRUE(c.ok) << c.error;
  ASSERT_EQ(4u, c.script.units.size());
  const FunctionMetadata& point = c.script.units[1].metadata;
  EXPECT_EQ(u"Point", point.name);
  EXPECT_EQ(3, point.expected_property_count);
  EXPECT_EQ(2, point.length);
  EXPECT_TRUE(c.script.units[2].metadata.has_mapped_arguments);
  EXPECT_TRUE(c.script.units[3].metadata.uses_arguments);
  EXPECT_FALSE(c.script.units[3].metadata.has_mapped_arguments);
  EXPECT_EQ(0, c.script.units[1].parent);
}

TEST(Generator, CallSitesRecordCalleeRanges) {
  std::string source = "var o = {}; o.f();\n";
  Compiled c = Compile(source);
  ASSERT_TRUE(c.ok) << c.error;
  const BytecodeUnit& top = c.script.units[0];
  ASSERT_EQ(1u, top.call_sites.size());
  EXPECT_EQ("o.f", source.substr(top.call_sites[0].callee_start,
                                  top.call_sites[0].callee_end - top.call_sites[0].callee_start));
}

}  // namespace
}  // namespace lucid
