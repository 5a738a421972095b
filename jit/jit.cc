// Copyright the Lucid authors. MIT license.
//
// The baseline JIT's driver (jit/jit.h) and the helpers compiled code calls
// (jit/jit_helpers.h).

#include "jit/jit.h"

#include <chrono>
#include <cstring>
#include <cstdio>
#include <string>

#include "gc/code_space.h"
#include "gc/heap.h"
#include "jit/baseline_compiler.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/frame_state.h"
#include "vm/interpreter/interpreter.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"
#include "vm/tracer.h"

#include <asmjit/x86.h>

namespace lucid {
// vm/interpreter/disassembler.h, which cannot be included beside the heap's
// headers (it pulls in the parser's FunctionKind).
std::string FormatInstruction(const uint8_t* bytes, int32_t length, int32_t offset);
}  // namespace lucid

namespace lucid::jit {

namespace {

std::string FunctionName(SharedFunctionInfo* shared) {
  std::string name = IsString(shared->name()) ? String::cast(shared->name())->ToUTF8() : "";
  if (name.empty()) name = shared->kind() == FunctionKind::kTopLevel ? "(script)" : "(anonymous)";
  return name;
}

bool NameMatches(const std::string& filter, const std::string& name) {
  if (filter.empty() || filter == "*") return true;
  if (filter.back() == '*') return name.compare(0, filter.size() - 1, filter, 0, filter.size() - 1) == 0;
  return name == filter;
}

void TraceOpt(Isolate* isolate, SharedFunctionInfo* shared, const char* phase, const char* reason,
              TraceCodeId code, double ms, int code_size) {
  Tracer* tracer = isolate->tracer()->If(TraceChannel::kOpt);
  if (tracer == nullptr) return;
  DisallowGC no_gc;
  TraceSite site;
  if (!tracer->BeginEvent(TraceChannel::kOpt, &site)) return;
  OptEvent e;
  e.fn = tracer->FnRef(shared);
  e.name = FunctionName(shared);
  e.phase = phase;
  e.reason = reason;
  e.code = code;
  e.ms = ms;
  if (IsBytecodeArray(shared->function_data())) {
    e.bytecode_len = BytecodeArray::cast(shared->function_data())->length();
  }
  if (code_size > 0) e.code_size = code_size;
  tracer->Emit(e);
}

// --print-code: the listing asmjit's logger produced, with the bytecode each
// block came from, and the pc <-> offset table.
void PrintCode(SharedFunctionInfo* shared, BytecodeArray* bytecode, const std::string& listing,
               const std::vector<PcOffsetEntry>& table, Address start, uint32_t size) {
  std::printf("--- Code: %s (baseline, %u bytes at %p) ---\n", FunctionName(shared).c_str(), size,
              reinterpret_cast<void*>(start));
  std::fputs(listing.c_str(), stdout);
  std::printf("--- pc <-> bytecode offset (%zu entries) ---\n", table.size());
  for (const PcOffsetEntry& e : table) {
    std::string insn = FormatInstruction(bytecode->GetFirstBytecodeAddress(), bytecode->length(),
                                         e.bytecode_offset);
    std::printf("  pc %5u  @%-5d %s\n", e.pc_offset, e.bytecode_offset, insn.c_str());
  }
  std::printf("--- end ---\n");
  std::fflush(stdout);
}

}  // namespace

bool IsEnabled(Isolate* isolate) {
#if LUCID_JIT_X64
  return isolate->flags().jit;
#else
  (void)isolate;
  return false;
#endif
}

const char* CannotCompileReason(Isolate* isolate, SharedFunctionInfo* shared) {
  if (!IsBytecodeArray(shared->function_data())) return "no bytecode";
  BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
  if (bytecode->length() > isolate->flags().max_jit_bytecode_size) return "function too large";
  return nullptr;
}

bool EnsureBaselineCode(Isolate* isolate, Handle<JSFunction> function, const char* reason) {
  if (!IsEnabled(isolate)) return false;
  if (!function->code().IsUndefined()) return true;
  SharedFunctionInfo* shared = function->shared();
  if (!shared->baseline_code().IsUndefined()) {
    function->set_code(shared->baseline_code());
    return true;
  }
#if LUCID_JIT_X64
  if (shared->jit_refused()) return false;
  if (const char* why = CannotCompileReason(isolate, shared)) {
    // Refused once: remembered on the function, so --trace-opt says it once.
    shared->set_jit_refused();
    TraceOpt(isolate, shared, "refused", why, TraceCodeId{}, 0, 0);
    return false;
  }
  auto started = std::chrono::steady_clock::now();
  HandleScope scope(isolate);
  EnsureFeedbackVector(isolate, function->ToValue());
  Handle<SharedFunctionInfo> shared_h(function->shared(), isolate);
  BytecodeArray* bytecode = BytecodeArray::cast(shared_h->function_data());

  asmjit::CodeHolder holder;
  holder.init(isolate->heap()->code_space()->runtime()->environment());
  const bool print = isolate->flags().print_code &&
                     NameMatches(isolate->flags().print_code_filter, FunctionName(*shared_h));
  asmjit::StringLogger logger;
  if (print) holder.setLogger(&logger);
  BaselineCompiler compiler(isolate, *shared_h, shared_h->feedback_vector(), &holder);
  if (!compiler.Compile(print)) {
    shared_h->set_jit_refused();
    TraceOpt(isolate, *shared_h, "refused", "assembler error", TraceCodeId{}, 0, 0);
    return false;
  }
  // Allocation from here: bytecode and the vector are metadata cells and do
  // not move; the function is in a handle.
  Handle<Code> code = Code::New(isolate, &holder, Handle<Value>(shared_h->ToValue(), isolate));
  const std::vector<PcOffsetEntry>& table = compiler.pc_table();
  ByteArray* positions = isolate->heap()->AllocateByteArray(
      static_cast<int>(table.size() * sizeof(PcOffsetEntry)), AllocationType::kMetadata);
  if (!table.empty()) {
    std::memcpy(positions->data_start(), table.data(), table.size() * sizeof(PcOffsetEntry));
  }
  code->set_source_positions(positions->ToValue());
  const std::vector<PcOffsetEntry>& osr = compiler.osr_table();
  ByteArray* osr_entries = isolate->heap()->AllocateByteArray(
      static_cast<int>(osr.size() * sizeof(PcOffsetEntry)), AllocationType::kMetadata);
  if (!osr.empty()) std::memcpy(osr_entries->data_start(), osr.data(), osr.size() * sizeof(PcOffsetEntry));
  code->set_osr_entries(osr_entries->ToValue());
  shared_h->set_baseline_code(code->ToValue());
  function->set_code(code->ToValue());

  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                  .count();
  if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kOpt)) {
    TraceCodeId id = tracer->NewCodeId();
    code->set_trace_id(id.value);
    TraceOpt(isolate, *shared_h, "compiled", reason, id, ms,
             static_cast<int>(code->instruction_size()));
  }
  if (print) {
    PrintCode(*shared_h, bytecode, logger.data(), table, code->instruction_start(),
              code->instruction_size());
  }
  return true;
#else
  (void)reason;
  return false;
#endif
}

Value EnterAtLoopHeader(Isolate* isolate, Value* fp, int32_t loop_header) {
  Value code_value = JSFunction::cast(fp[kClosureSlot])->code();
  if (!code_value.IsHeapObject()) return Value::TheHole();
  Code* code = Code::cast(code_value);
  if (!code->osr_entries().IsHeapObject()) return Value::TheHole();
  ByteArray* table = ByteArray::cast(code->osr_entries());
  int count = table->length() / static_cast<int>(sizeof(PcOffsetEntry));
  const auto* entries = reinterpret_cast<const PcOffsetEntry*>(table->data_start());
  for (int i = 0; i < count; i++) {
    if (entries[i].bytecode_offset != loop_header) continue;
    if (Tracer* tracer = isolate->tracer()->If(TraceChannel::kOpt)) {
      (void)tracer;
      SharedFunctionInfo* shared = JSFunction::cast(fp[kClosureSlot])->shared();
      TraceOpt(isolate, shared, "osr", "hot loop", TraceCodeId{code->trace_id()}, 0, 0);
    }
    int32_t entry_type = fp[kFrameTypeSlot].AsInt32();
    // The tier changes; the entry and the return bits (frames.h) stay.
    fp[kFrameTypeSlot] = Value::FromInt32((entry_type & ~0xF) | static_cast<int32_t>(FrameTier::kCompiled));
    fp[kCodeSlot] = code_value;
    fp[kFeedbackVectorSlot] = JSFunction::cast(fp[kClosureSlot])->shared()->feedback_vector();
    using Entry = uint64_t (*)(Isolate*, Value*, IsolateData*);
    auto entry = reinterpret_cast<Entry>(code->instruction_start() + entries[i].pc_offset);
    return Value::FromRawBits(entry(isolate, fp, isolate->isolate_data()));
  }
  return Value::TheHole();
}

namespace {
const PcOffsetEntry* PcTable(const Code* code, int* count) {
  *count = 0;
  if (!code->source_positions().IsHeapObject()) return nullptr;
  ByteArray* table = ByteArray::cast(code->source_positions());
  *count = table->length() / static_cast<int>(sizeof(PcOffsetEntry));
  return reinterpret_cast<const PcOffsetEntry*>(table->data_start());
}
}  // namespace

int32_t BytecodeOffsetForPc(const Code* code, uint32_t pc_offset) {
  int count;
  const PcOffsetEntry* table = PcTable(code, &count);
  int32_t result = -1;
  for (int i = 0; i < count && table[i].pc_offset <= pc_offset; i++) result = table[i].bytecode_offset;
  return result;
}

int64_t PcForBytecodeOffset(const Code* code, int32_t bytecode_offset) {
  int count;
  const PcOffsetEntry* table = PcTable(code, &count);
  for (int i = 0; i < count; i++) {
    if (table[i].bytecode_offset == bytecode_offset) return table[i].pc_offset;
  }
  return -1;
}

Value RunCompiled(Isolate* isolate, Value* fp) {
  Code* code = Code::cast(fp[kCodeSlot]);
  using Entry = uint64_t (*)(Isolate*, Value*, IsolateData*);
  auto entry = reinterpret_cast<Entry>(code->instruction_start());
  return Value::FromRawBits(entry(isolate, fp, isolate->isolate_data()));
}

}  // namespace lucid::jit
