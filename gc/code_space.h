// Copyright 2024 the Lucid authors. MIT license.
// The code space: machine code in asmjit's JitAllocator (through a
// JitRuntime), owned by Code cells in the metadata space and released when
// they die.

#ifndef LUCID_GC_CODE_SPACE_H_
#define LUCID_GC_CODE_SPACE_H_

#include <cstddef>
#include <memory>

#include "gc/handles.h"
#include "vm/objects/heap_object.h"

// 1 when meson links asmjit (-Djit=true, the default): gc/meson.build.
#ifndef LUCID_CODE_SPACE
#define LUCID_CODE_SPACE 0
#endif

#if LUCID_CODE_SPACE
#include <asmjit/core.h>
#endif

namespace lucid {

// Code: body kind Fixed, kSize = 64, raw_tail_words = 3, metadata space
// (never moves, so compiled code may embed its address; DESIGN.md "JIT
// tier"). The JIT (jit/code.h) owns the meaning of the Value fields; the
// GC owns the raw tail: the machine code lives outside the heap, in the
// code space, and is released by the full GC that finds the cell dead
// (after sweeping, so a shape-death hook can still read the cell).
//
//   +0   shape                 code_shape
//   +8   shared_function_info  SharedFunctionInfo or undefined
//   +16  deoptimization_data   the JIT's (deopt exits) or undefined
//   +24  source_positions      the JIT's (pc -> bytecode offset) or undefined
//   +32  osr_entries           the JIT's (loop header -> pc) or undefined
//   +40  instruction_start     raw Address in the code space (0 = none)
//   +48  instruction_size      raw uint32 | trace_id raw uint32 ("C5")
//   +56  flags                 raw uint32 (kMarkedForDeoptimization) | pad
class Code : public HeapObject {
 public:
  static constexpr int kSharedFunctionInfoOffset = 8;
  static constexpr int kDeoptimizationDataOffset = 16;
  static constexpr int kSourcePositionsOffset = 24;
  static constexpr int kOsrEntriesOffset = 32;
  static constexpr int kInstructionStartOffset = 40;
  static constexpr int kInstructionSizeOffset = 48;
  static constexpr int kTraceIdOffset = 52;
  static constexpr int kFlagsOffset = 56;
  static constexpr int kSize = 64;
  static constexpr int kRawTailWords = 3;
  static_assert(kSize - kRawTailWords * kTaggedSize == kInstructionStartOffset);

  static constexpr uint32_t kMarkedForDeoptimization = 1u << 0;

  static Code* cast(Value value) {
    DCHECK(lucid::IsCode(value));
    return static_cast<Code*>(value.heap_object());
  }

  Value shared_function_info() const { return field(kSharedFunctionInfoOffset); }
  void set_shared_function_info(Value v) { set_field(kSharedFunctionInfoOffset, v); }
  Value deoptimization_data() const { return field(kDeoptimizationDataOffset); }
  void set_deoptimization_data(Value v) { set_field(kDeoptimizationDataOffset, v); }
  Value source_positions() const { return field(kSourcePositionsOffset); }
  Value osr_entries() const { return field(kOsrEntriesOffset); }
  void set_osr_entries(Value v) { set_field(kOsrEntriesOffset, v); }
  void set_source_positions(Value v) { set_field(kSourcePositionsOffset, v); }

  Address instruction_start() const { return raw_field<Address>(kInstructionStartOffset); }
  uint32_t instruction_size() const { return raw_field<uint32_t>(kInstructionSizeOffset); }
  uint32_t trace_id() const { return raw_field<uint32_t>(kTraceIdOffset); }
  void set_trace_id(uint32_t id) { set_raw_field<uint32_t>(kTraceIdOffset, id); }
  uint32_t flags() const { return raw_field<uint32_t>(kFlagsOffset); }
  bool marked_for_deoptimization() const { return (flags() & kMarkedForDeoptimization) != 0; }
  void set_marked_for_deoptimization(bool on) {
    uint32_t f = flags();
    set_raw_field<uint32_t>(kFlagsOffset, on ? f | kMarkedForDeoptimization
                                             : f & ~kMarkedForDeoptimization);
  }

  // A Code cell with no machine code yet (the JIT fills the fields).
  static Handle<Code> New(Isolate* isolate, Handle<Value> shared_function_info);
#if LUCID_CODE_SPACE
  // A Code cell owning the machine code of `code` (relocated into the code
  // space); CHECKs that asmjit accepted it.
  static Handle<Code> New(Isolate* isolate, asmjit::CodeHolder* code,
                          Handle<Value> shared_function_info);
#endif

 private:
  friend class CodeSpace;
  void set_instruction(Address start, uint32_t size) {
    set_raw_field<Address>(kInstructionStartOffset, start);
    set_raw_field<uint32_t>(kInstructionSizeOffset, size);
  }
};

// Machine code memory. One per heap (no global state: isolates on other
// threads get their own). Accounting is asmjit's: committed = bytes of
// executable blocks reserved, used = bytes handed out (rounded to the
// allocator's granularity). With asmjit's kImmediateRelease, a block whose
// last function is released is unmapped at once, so committed follows the
// live code.
class CodeSpace {
 public:
  explicit CodeSpace(Heap* heap);
  ~CodeSpace();
  LUCID_DISALLOW_COPY_AND_ASSIGN(CodeSpace);

  // False when Lucid was built without asmjit (-Djit=false).
  static constexpr bool IsAvailable() { return LUCID_CODE_SPACE != 0; }

  size_t Committed() const;
  size_t Used() const;
  size_t Available() const { return Committed() - Used(); }
  // Code cells currently owning machine code.
  int code_count() const { return code_count_; }
  size_t released_count() const { return released_count_; }

  // Frees the machine code at `start` (the full GC, for dead Code cells).
  void Release(Address start);

#if LUCID_CODE_SPACE
  // Relocates `code` into executable memory: its start and size. CHECKs
  // success (a code error is a compiler bug).
  Address Add(asmjit::CodeHolder* code, size_t* size);
  asmjit::JitRuntime* runtime() { return runtime_.get(); }
#endif

 private:
  Heap* heap_;
#if LUCID_CODE_SPACE
  std::unique_ptr<asmjit::JitRuntime> runtime_;
#endif
  int code_count_ = 0;
  size_t released_count_ = 0;
};

}  // namespace lucid

#endif  // LUCID_GC_CODE_SPACE_H_
