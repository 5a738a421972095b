// Copyright 2025 the Lucid authors. MIT license.
// The --print-bytecode listing (docs/traces.md format a).

#ifndef LUCID_VM_INTERPRETER_DISASSEMBLER_H_
#define LUCID_VM_INTERPRETER_DISASSEMBLER_H_

#include <cstdint>
#include <functional>
#include <string>

#include "vm/interpreter/bytecode_unit.h"

namespace lucid {

struct LineColumn {
  int32_t line = 0;    // 1-based
  int32_t column = 0;  // 1-based, in UTF-16 units
};

struct DisassemblerOptions {
  std::string file_name;  // "deopt.js"; empty omits the file
  // Maps a UTF-16 source offset to line:col (the caller owns the line-ends
  // table, parser/source.h). Without it positions print as @offset.
  std::function<LineColumn(int32_t)> line_column;
  // Trace id printed after the name, "F2"; empty omits it.
  std::function<std::string(int32_t unit_index)> function_id;
};

// One function. {script} resolves FunctionRef constants to names (optional).
std::string DisassembleUnit(const BytecodeUnit& unit, int32_t unit_index,
                            const DisassemblerOptions& options,
                            const CompiledScript* script = nullptr);

// Every unit of the script, top level first, separated by blank lines.
std::string DisassembleScript(const CompiledScript& script, const DisassemblerOptions& options);

// The instruction text alone, "GetNamedProperty a0, [0], [0]" (tests).
std::string FormatInstruction(const uint8_t* bytes, int32_t length, int32_t offset);

// A constant as the listing shows it: "x" for strings, 1.5, <function f>.
std::string DescribeConstant(const ConstantPoolEntry& entry, const CompiledScript* script);

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_DISASSEMBLER_H_
