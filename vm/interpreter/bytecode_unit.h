// Copyright 2025 the Lucid authors. MIT license.
// BytecodeUnit: the heap-free output of the bytecode generator for one function.

#ifndef LUCID_VM_INTERPRETER_BYTECODE_UNIT_H_
#define LUCID_VM_INTERPRETER_BYTECODE_UNIT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "parser/ast.h"
#include "parser/scope.h"
#include "vm/interpreter/feedback_metadata.h"

namespace lucid {

// The generator knows nothing of the heap. It produces, per function, a
// BytecodeUnit of plain C++ data; a later step (vm/, not this layer) turns
// each unit into a BytecodeArray + SharedFunctionInfo in the metadata space
// and each constant-pool entry into a heap value:
//
//   CompiledScript
//     units[0]  top level (script or CommonJS wrapper function)
//     units[i]  every nested function literal, in source order; a
//               FunctionRef{i} in a parent's pool names it
//
// All source positions are UTF-16 offsets into the script's source.

// Function kinds (FunctionKind, FUNCTION_KIND_LIST) and scope types
// (ScopeType, VariableMode) are the parser's: one list each, shared.

// -- Scope descriptors (materialized as ScopeInfo cells) --------------------
struct ScopeInfoDescriptor {
  ScopeType type = ScopeType::kBlock;
  bool strict = false;
  // One entry per context slot (after the context header), in slot order.
  // Lexical slots (let/const/class) are created holding the hole.
  std::vector<std::u16string> slot_names;
  std::vector<VariableMode> slot_modes;
  int32_t context_slot_count() const { return static_cast<int32_t>(slot_names.size()); }
};

// -- Literal boilerplates ---------------------------------------------------
// A compile-time value baked into a boilerplate. kComputed marks a property
// or element the code fills in after cloning (the boilerplate keeps its
// position, so the object gets its final shape at once).
struct LiteralValue {
  enum class Kind : uint8_t { kUndefined, kNull, kTrue, kFalse, kTheHole, kNumber, kString, kComputed };
  Kind kind = Kind::kUndefined;
  double number = 0;
  std::u16string string;
};

struct ObjectLiteralBoilerplate {
  struct Property {
    std::u16string key;  // a canonical index string ("0") becomes an element
    LiteralValue value;
  };
  // The leading run of properties with literal keys (up to the first
  // computed key, spread, accessor or `__proto__:`); later ones are defined
  // by code. Duplicates keep the first position and the last value.
  std::vector<Property> properties;
  // Every property the literal may define, for in-object slot sizing.
  int32_t property_count = 0;
  bool has_null_prototype = false;
};

struct ArrayLiteralBoilerplate {
  // Elements up to the first spread; a hole is LiteralValue::kTheHole.
  std::vector<LiteralValue> elements;
};

struct TemplateObjectDescriptor {
  std::vector<std::optional<std::u16string>> cooked;  // nullopt: undefined
  std::vector<std::u16string> raw;
};

// Names a nested function: index into CompiledScript::units.
struct FunctionRef {
  int32_t unit_index = -1;
};

// One jump-table entry of SwitchOnSmiNoFeedback / SwitchOnGeneratorState:
// the byte distance from the switch bytecode's first byte to the target.
struct JumpTableEntry {
  int32_t delta = 0;
};

// -- The constant pool --------------------------------------------------------
using ConstantPoolEntry =
    std::variant<std::u16string,             // internalized string
                 double,                     // heap number (non-int32 or -0)
                 FunctionRef,                // SharedFunctionInfo of a child
                 ScopeInfoDescriptor,        // ScopeInfo
                 ObjectLiteralBoilerplate,   // object boilerplate description
                 ArrayLiteralBoilerplate,    // array boilerplate description
                 TemplateObjectDescriptor,   // template object description
                 JumpTableEntry>;            // Smi jump delta

// -- Side tables ----------------------------------------------------------------
enum class HandlerPrediction : uint8_t {
  kCaught,    // try/catch: the exception is handled here
  kUncaught,  // try/finally: the handler rethrows after the finally block
};

// [start, end) → handler. Entries are ordered by the start of their try
// (outer before inner), so the innermost handler covering an offset is the
// LAST matching entry. On a hit the interpreter restores the context from
// {context_register}, puts the exception in acc and jumps to {handler}.
struct HandlerTableEntry {
  int32_t start = 0;
  int32_t end = 0;
  int32_t handler = 0;
  int32_t context_register = 0;  // Register::index() of the saved context
  HandlerPrediction prediction = HandlerPrediction::kCaught;
};

// Bytecode offset → source position. Statement positions mark where a
// statement starts (stepping, the "at file:line" of a throw statement);
// expression positions mark the operation that can throw (a call, a load).
// Sorted by bytecode offset; at most one entry per offset.
struct SourcePositionEntry {
  int32_t bytecode_offset = 0;
  int32_t source_position = 0;
  bool is_statement = false;
};

// For every call/construct/iteration site: the callee expression's source
// range, so the VM can render "o.f is not a function" / "x is not iterable".
struct CallSiteEntry {
  int32_t bytecode_offset = 0;
  int32_t callee_start = 0;
  int32_t callee_end = 0;
};

// -- Function metadata --------------------------------------------------------
struct FunctionMetadata {
  std::u16string name;            // "" for anonymous functions
  std::u16string inferred_name;   // "o.f" for `o.f = function(){}` (stack traces)
  FunctionKind kind = FunctionKind::kNormalFunction;
  int32_t source_start = 0;       // [start, end): the function's source text
  int32_t source_end = 0;
  int32_t function_token_position = 0;
  bool strict = false;
  bool uses_arguments = false;    // an arguments object is created
  bool has_mapped_arguments = false;
  bool has_simple_parameters = true;
  bool has_rest_parameter = false;
  bool needs_home_object = false; // body (or a nested arrow) uses super.x
  bool uses_this = false;         // body (or a nested arrow) reads `this`
  bool is_anonymous_expression = false;
  // this.x = ... assignments in the body, for V8-style slack tracking.
  int32_t expected_property_count = 0;
  int32_t length = 0;             // Function.length
  std::vector<std::u16string> parameter_names;  // "" for patterns
  // Mapped arguments: for formal i, the slot of the function context that
  // holds it (the arguments object aliases it), or -1.
  std::vector<int32_t> mapped_parameter_slots;
  // The script context of a classic script's top level (let/const/class):
  // the runtime creates it before running units[0]. Absent otherwise.
  std::optional<ScopeInfoDescriptor> script_scope;
};

struct BytecodeUnit {
  FunctionMetadata metadata;
  std::vector<uint8_t> bytecode;
  std::vector<ConstantPoolEntry> constant_pool;
  std::vector<HandlerTableEntry> handler_table;
  std::vector<SourcePositionEntry> source_positions;
  std::vector<CallSiteEntry> call_sites;
  FeedbackMetadata feedback_metadata;
  int32_t register_count = 0;   // r0..r[register_count-1]
  int32_t parameter_count = 0;  // formal parameters, excluding the receiver
  // Generator functions: the register index holding the generator object
  // (SwitchOnGeneratorState's operand; resuming writes the object there).
  int32_t generator_register = -1;
  int32_t parent = -1;          // unit index of the enclosing function
  std::vector<int32_t> children;  // unit indices of nested functions, in order

  int32_t frame_size_bytes() const { return register_count * 8; }
};

enum class ScriptKind : uint8_t {
  kClassicScript,     // --script / -e: globals, script context
  kCommonJSWrapper,   // node-style module: top level is a function of
                      // (exports, require, module, __filename, __dirname)
};

struct CompiledScript {
  ScriptKind kind = ScriptKind::kClassicScript;
  std::vector<BytecodeUnit> units;  // units[0] is the top level
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODE_UNIT_H_
