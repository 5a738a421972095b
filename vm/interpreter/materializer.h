// Copyright the Lucid authors. MIT license.
//
// The materializer: turns the heap-free BytecodeUnits of a CompiledScript
// into metadata-space cells (SharedFunctionInfo, BytecodeArray, constant
// pool, ScopeInfo, FeedbackMetadata, handler and source-position tables),
// and the readers of the tables it writes (the interpreter, the unwinder and
// the stack-trace printer use these, never the raw bytes).

#ifndef LUCID_VM_INTERPRETER_MATERIALIZER_H_
#define LUCID_VM_INTERPRETER_MATERIALIZER_H_

#include <algorithm>
#include <cstdint>

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"
#include "vm/value.h"

namespace lucid {

struct CompiledScript;
class BytecodeArray;
class SharedFunctionInfo;
class Script;

// Materializes every unit of {script} (units[0] first) against {script_cell}
// and returns the top level's SharedFunctionInfo. All cells are in the
// metadata space: they never move, so the interpreter may keep raw pointers
// to bytecode and constant pools across a GC.
// {script_scope_info} receives the ScopeInfo of a classic script's script
// context (top-level let/const/class), or undefined.
Handle<SharedFunctionInfo> MaterializeScript(Isolate* isolate, const CompiledScript& script,
                                             Handle<Script> script_cell,
                                             Handle<Value>* script_scope_info);

// -- Function.length --------------------------------------------------------
// NOTE: SharedFunctionInfo has no `length` field yet (requested); the
// materializer keeps length + 1 in the unused flag bits 16..31 (0 = use the
// formal parameter count).
inline uint32_t EncodeFunctionLength(int length) {
  return static_cast<uint32_t>(std::min(length, 0xFFFE) + 1) << 16;
}
inline int DecodeFunctionLength(uint32_t flags, int formal_parameter_count) {
  uint32_t stored = flags >> 16;
  return stored == 0 ? formal_parameter_count : static_cast<int>(stored) - 1;
}

// -- ScopeInfo (a FixedArray-bodied cell, scope_info_shape) ------------------
//
//   [0] flags              int32: ScopeType | strict << 8
//   [1] context slot count int32
//   [2 + 2i] slot name     internalized String
//   [3 + 2i] slot mode     int32 VariableMode (let/const/class start as
//                          the hole)
struct ScopeInfoLayout {
  static constexpr int kFlagsIndex = 0;
  static constexpr int kSlotCountIndex = 1;
  static constexpr int kFirstSlotIndex = 2;
  static constexpr int kEntrySize = 2;
  // ScopeType values of parser/scope.h (kept as ints so this header needs
  // no parser include).
  static constexpr int kScriptScope = 0;
  static constexpr int kFunctionScope = 1;
  static constexpr int kBlockScope = 2;
  static constexpr int kCatchScope = 3;
  static constexpr int kClassScope = 4;
  // VariableMode values that start as the hole.
  static bool ModeNeedsHole(int mode) { return mode == 1 || mode == 2 || mode == 4; }

  static int ScopeType(const FixedArray* info) { return info->get(kFlagsIndex).AsInt32() & 0xFF; }
  static int SlotCount(const FixedArray* info) { return info->get(kSlotCountIndex).AsInt32(); }
  static Value SlotName(const FixedArray* info, int i) {
    return info->get(kFirstSlotIndex + kEntrySize * i);
  }
  static int SlotMode(const FixedArray* info, int i) {
    return info->get(kFirstSlotIndex + kEntrySize * i + 1).AsInt32();
  }
};

// -- Literal boilerplates (metadata FixedArrays in the constant pool) --------
//
// Object: [0] property_count int32, [1] flags int32 (bit 0: null prototype),
//         [2] n (properties listed), then n pairs (key, value); a key is an
//         internalized String or an int32 index; a computed value is
//         undefined (the code stores it after cloning).
// Array:  [0..] the element values (the hole for holes).
// Template object descriptor: [0] kTemplateMarker, [1] cooked FixedArray
//         (undefined for invalid escapes), [2] raw FixedArray; replaced in
//         the constant pool by the template array once created.
struct BoilerplateLayout {
  static constexpr int kObjectPropertyCountIndex = 0;
  static constexpr int kObjectFlagsIndex = 1;
  static constexpr int kObjectCountIndex = 2;
  static constexpr int kObjectFirstPropertyIndex = 3;
  static constexpr int kTemplateMarker = -7;
};

// -- Handler table (a ByteArray of int32 records) ----------------------------
struct HandlerTableEntryView {
  int32_t start, end, handler, context_register, prediction;
};
// The innermost handler covering {offset} (the last matching record), or
// false.
bool LookupHandler(const BytecodeArray* bytecode, int32_t offset, HandlerTableEntryView* out);

// -- Source positions and call sites ------------------------------------------
// The source position of the instruction at {offset} (the last entry at or
// before it), or -1.
int32_t SourcePositionForOffset(const BytecodeArray* bytecode, int32_t offset);
// The callee range recorded for the call at {offset}; false if none.
bool CallSiteForOffset(const BytecodeArray* bytecode, int32_t offset, int32_t* start,
                       int32_t* end);
// The error text recorded with BytecodeArrayBuilder::SetErrorText for the
// instruction at {offset}: its form and constant-pool index; false if none.
bool ErrorTextForOffset(const BytecodeArray* bytecode, int32_t offset, int32_t* form,
                        int32_t* constant_index);

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_MATERIALIZER_H_
