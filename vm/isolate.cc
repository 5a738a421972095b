// Copyright 2024 the Lucid authors. MIT license.
// Isolate set-up and teardown: heap, JS stack, native stack limit.

#include "vm/isolate.h"

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

namespace lucid {

Isolate::Isolate(const Flags& flags)
    : flags_(flags), heap_(this), start_time_(std::chrono::steady_clock::now()) {
  flags_.ApplyImplications();
  isolate_data_.isolate = this;
  for (Value& root : isolate_data_.roots) root = Value::Undefined();
}

Isolate::~Isolate() {
  for (Value* block : handle_scope_data_.blocks) delete[] block;
  for (Value* block : handle_scope_data_.spare_blocks) delete[] block;
  if (js_stack_reservation_ != 0) {
    munmap(reinterpret_cast<void*>(js_stack_reservation_), js_stack_reservation_size_);
  }
}

Isolate* Isolate::New(const Flags& flags) {
  Isolate* isolate = new Isolate(flags);
  isolate->heap_.SetUp();
  isolate->heap_.CreateInitialObjects();
  isolate->SetUpJSStack();
  isolate->SetUpNativeStackLimit();
  return isolate;
}

void Isolate::Dispose(Isolate* isolate) {
  // Extensions first (in reverse order of the list): they may hold Globals.
  for (int i = static_cast<int>(IsolateExtension::kCount) - 1; i >= 0; i--) {
    Extension& extension = isolate->extensions_[i];
    if (extension.deleter != nullptr) extension.deleter(extension.data);
    extension = Extension();
  }
  delete isolate;
}

// One reservation, never moved: [guard page][usable stack]. The stack grows
// down from js_stack_base_ toward the guard page.
void Isolate::SetUpJSStack() {
  size_t os_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t usable = RoundUp(static_cast<size_t>(flags_.stack_size) * KB, os_page);
  size_t total = usable + os_page;
  void* raw = mmap(nullptr, total, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  CHECK_MSG(raw != MAP_FAILED, "cannot reserve the JS stack (%zu KB)", usable / KB);
  js_stack_reservation_ = reinterpret_cast<Address>(raw);
  js_stack_reservation_size_ = total;
  CHECK(mprotect(raw, os_page, PROT_NONE) == 0);
  js_stack_start_ = js_stack_reservation_ + os_page;
  js_stack_base_ = js_stack_reservation_ + total;
  size_t headroom = std::min(kJSStackHeadroom, usable / 4);
  real_js_stack_limit_ = js_stack_start_ + headroom;
  isolate_data_.js_stack_limit = real_js_stack_limit_;
  isolate_data_.js_sp = js_stack_base_;
  isolate_data_.js_fp = 0;
}

void Isolate::SetUpNativeStackLimit() {
  pthread_attr_t attr;
  void* stack_low = nullptr;
  size_t stack_size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &stack_low, &stack_size);
    pthread_attr_destroy(&attr);
  }
  Address low = reinterpret_cast<Address>(stack_low);
  Address here = reinterpret_cast<Address>(__builtin_frame_address(0));
  if (low == 0 || here < low || here - low < 2 * kNativeStackHeadroom) {
    // Unknown bounds: assume 1 MB below the current frame.
    low = here - 1 * MB;
  }
  isolate_data_.native_stack_limit = low + kNativeStackHeadroom;
}

double Isolate::TimeMillisSinceInit() const {
  auto elapsed = std::chrono::steady_clock::now() - start_time_;
  return std::chrono::duration<double, std::milli>(elapsed).count();
}

const char* RootName(RootIndex index) {
  static constexpr const char* kNames[] = {
#define V(Name, snake_name, body) #snake_name "_shape",
      INSTANCE_TYPE_LIST(V)
#undef V
#define V(Type, name, CamelName) #name,
      STRONG_ROOT_LIST(V)
#undef V
#define V(name, contents) #name "_string",
      INTERNALIZED_STRING_LIST(V)
#undef V
#define V(name, description) #name "_symbol",
      SYMBOL_ROOT_LIST(V)
#undef V
  };
  static_assert(sizeof(kNames) / sizeof(kNames[0]) == kRootCount);
  return kNames[static_cast<int>(index)];
}

}  // namespace lucid
