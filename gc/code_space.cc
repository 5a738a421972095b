// Copyright 2024 the Lucid authors. MIT license.
// The code space (asmjit's JitRuntime / JitAllocator) and Code cells.

#include "gc/code_space.h"

#include "gc/heap.h"
#include "vm/isolate.h"

namespace lucid {

// -- CodeSpace ------------------------------------------------------------------------

#if LUCID_CODE_SPACE

namespace {
// kImmediateRelease: a block is unmapped as soon as its last function is
// released, so the committed size follows the live code (and a test can see
// it return to zero).
asmjit::JitAllocator::CreateParams AllocatorParams() {
  asmjit::JitAllocator::CreateParams params;
  params.options = asmjit::JitAllocatorOptions::kImmediateRelease;
  return params;
}
}  // namespace

CodeSpace::CodeSpace(Heap* heap) : heap_(heap) {
  asmjit::JitAllocator::CreateParams params = AllocatorParams();
  runtime_ = std::make_unique<asmjit::JitRuntime>(&params);
}

CodeSpace::~CodeSpace() = default;  // The JitRuntime unmaps everything.

size_t CodeSpace::Committed() const {
  return runtime_->allocator()->statistics().reservedSize();
}

size_t CodeSpace::Used() const { return runtime_->allocator()->statistics().usedSize(); }

Address CodeSpace::Add(asmjit::CodeHolder* code, size_t* size) {
  void* entry = nullptr;
  asmjit::Error error = runtime_->_add(&entry, code);
  CHECK_MSG(error == asmjit::kErrorOk, "code space: asmjit could not add code (%s)",
            asmjit::DebugUtils::errorAsString(error));
  *size = code->codeSize();
  code_count_++;
  return reinterpret_cast<Address>(entry);
}

void CodeSpace::Release(Address start) {
  asmjit::Error error = runtime_->_release(reinterpret_cast<void*>(start));
  CHECK_MSG(error == asmjit::kErrorOk, "code space: releasing %p failed",
            reinterpret_cast<void*>(start));
  code_count_--;
  released_count_++;
}

#else  // !LUCID_CODE_SPACE

CodeSpace::CodeSpace(Heap* heap) : heap_(heap) {}
CodeSpace::~CodeSpace() = default;
size_t CodeSpace::Committed() const { return 0; }
size_t CodeSpace::Used() const { return 0; }
void CodeSpace::Release(Address start) {
  (void)start;
  UNREACHABLE();  // No Code cell owns machine code without asmjit.
}

#endif  // LUCID_CODE_SPACE

// -- Code ------------------------------------------------------------------------------

Handle<Code> Code::New(Isolate* isolate, Handle<Value> shared_function_info) {
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().shape_layout_at(RootIndex::kCodeShape), kSize,
                                               AllocationType::kMetadata);
  auto* code = static_cast<Code*>(cell);
  code->set_shared_function_info(*shared_function_info);
  return Handle<Code>(code, isolate);
}

#if LUCID_CODE_SPACE
Handle<Code> Code::New(Isolate* isolate, asmjit::CodeHolder* holder,
                       Handle<Value> shared_function_info) {
  // The cell first (allocation may GC); then the machine code, which
  // cannot fail or move anything.
  Handle<Code> code = New(isolate, shared_function_info);
  size_t size = 0;
  Address start = isolate->heap()->code_space()->Add(holder, &size);
  code->set_instruction(start, static_cast<uint32_t>(size));
  return code;
}
#endif

}  // namespace lucid
