// Copyright 2024 the Lucid authors. MIT license.
// Isolate: one JS heap, its stacks, roots and flags. Everything hangs off it.

#ifndef LUCID_VM_ISOLATE_H_
#define LUCID_VM_ISOLATE_H_

#include <chrono>
#include <cstddef>
#include <memory>

#include "gc/handles.h"
#include "gc/heap.h"
#include "vm/flags.h"
#include "vm/globals.h"
#include "vm/roots.h"
#include "vm/tracer.h"
#include "vm/value.h"

namespace lucid {

// IsolateData: the fields compiled code reads, at fixed offsets from one
// pinned register (DESIGN.md "Stacks, frames and calls").
//
//  +--------------------------------+ kRootsOffset = 0
//  | roots[kRootCount]   Values     |   roots table (vm/roots.h)
//  +--------------------------------+ kNewSpaceTopOffset
//  | new_space_top       Address    |   young bump pointer
//  | new_space_limit     Address    |   end of the young linear area
//  | js_stack_limit      Address    |   lowest legal js_sp; kInterruptLimit
//  |                                |   when an interrupt is requested
//  | native_stack_limit  Address    |   native sp must stay above it
//  | pending_exception   Value      |   the thrown value, or the hole
//  | js_sp               Address    |   JS stack pointer at the last safepoint
//  | js_fp               Address    |   JS frame pointer (the interpreter's)
//  | isolate             Isolate*   |
//  +--------------------------------+
struct IsolateData {
  Value roots[kRootCount];
  Address new_space_top = 0;
  Address new_space_limit = 0;
  Address js_stack_limit = 0;
  Address native_stack_limit = 0;
  Value pending_exception = Value::TheHole();
  Address js_sp = 0;
  Address js_fp = 0;
  Isolate* isolate = nullptr;
};

inline constexpr size_t kIsolateRootsOffset = offsetof(IsolateData, roots);
inline constexpr size_t kIsolateNewSpaceTopOffset =
    offsetof(IsolateData, new_space_top);
inline constexpr size_t kIsolateNewSpaceLimitOffset =
    offsetof(IsolateData, new_space_limit);
inline constexpr size_t kIsolateJSStackLimitOffset =
    offsetof(IsolateData, js_stack_limit);
inline constexpr size_t kIsolateNativeStackLimitOffset =
    offsetof(IsolateData, native_stack_limit);
inline constexpr size_t kIsolatePendingExceptionOffset =
    offsetof(IsolateData, pending_exception);
inline constexpr size_t kIsolateJSSpOffset = offsetof(IsolateData, js_sp);
inline constexpr size_t kIsolateJSFpOffset = offsetof(IsolateData, js_fp);
static_assert(kIsolateRootsOffset == 0);

// Slots where other subsystems hang their per-isolate state without this
// header knowing their types. V(Name)
#define ISOLATE_EXTENSION_LIST(V) \
  V(Interpreter)                  \
  V(Runtime)                      \
  V(IC)                           \
  V(Tracer)                       \
  V(Factory)                      \
  V(Jit)                          \
  V(EventLoop)                    \
  V(Natives)                      \
  V(Embedder)

enum class IsolateExtension : uint8_t {
#define V(Name) k##Name,
  ISOLATE_EXTENSION_LIST(V)
#undef V
  kCount
};

class Isolate {
 public:
  // js_stack_limit is set to this to send the next stack check into the
  // runtime (interrupt: termination, GC request, tier-up). Above any real
  // stack address, so every "js_sp - frame < limit" check fails.
  static constexpr Address kInterruptLimit = ~Address{0} >> 1;
  // Room kept below the JS stack limit (and above the native one) to build
  // the RangeError "Maximum call stack size exceeded".
  static constexpr size_t kJSStackHeadroom = 16 * KB;
  static constexpr size_t kNativeStackHeadroom = 192 * KB;

  // Creates an isolate with its heap (initial objects created) and JS stack.
  static Isolate* New(const Flags& flags);
  static Isolate* New() { return New(Flags()); }
  // Tears down and frees the isolate (extensions' deleters run first).
  static void Dispose(Isolate* isolate);

  LUCID_DISALLOW_COPY_AND_ASSIGN(Isolate);

  const Flags& flags() const { return flags_; }
  Flags& mutable_flags() { return flags_; }
  Heap* heap() { return &heap_; }
  // Trace channels, ids and --stats (vm/tracer.h). Never null.
  Tracer* tracer() { return &tracer_; }
  IsolateData* isolate_data() { return &isolate_data_; }
  Roots roots() { return Roots(isolate_data_.roots); }
  HandleScopeData* handle_scope_data() { return &handle_scope_data_; }
  GlobalHandles* global_handles() { return &global_handles_; }

  // -- JS stack ----------------------------------------------------------------
  //
  //  js_stack_base  +------------------+  high (exclusive end; frames start here)
  //                 | frames ...       |
  //  js_sp -------> +------------------+  everything in [js_sp, base) is live
  //                 | (free)           |
  //  js_stack_limit +------------------+  limit = guard end + headroom
  //                 | headroom         |
  //                 +------------------+
  //                 | guard page       |  PROT_NONE
  //  reservation -> +------------------+  low
  //
  // The GC scans every slot in [js_sp, js_stack_base) as a Value: frames
  // keep every slot a Value or a raw word that decodes as a double (the
  // caller fp: an address below 2^47), so it needs no frame knowledge.
  Address js_stack_base() const { return js_stack_base_; }
  Address js_stack_start() const { return js_stack_start_; }
  Address js_sp() const { return isolate_data_.js_sp; }
  void set_js_sp(Address sp) {
    DCHECK(sp <= js_stack_base_ && sp >= js_stack_start_);
    isolate_data_.js_sp = sp;
  }
  Address js_fp() const { return isolate_data_.js_fp; }
  void set_js_fp(Address fp) { isolate_data_.js_fp = fp; }
  // The real limit (ignores a pending interrupt).
  Address real_js_stack_limit() const { return real_js_stack_limit_; }
  Address js_stack_limit() const { return isolate_data_.js_stack_limit; }
  void RequestInterrupt() { isolate_data_.js_stack_limit = kInterruptLimit; }
  void ClearInterrupt() { isolate_data_.js_stack_limit = real_js_stack_limit_; }
  bool InterruptRequested() const {
    return isolate_data_.js_stack_limit == kInterruptLimit;
  }

  // -- Native stack ----------------------------------------------------------
  Address native_stack_limit() const { return isolate_data_.native_stack_limit; }
  // True if the current native frame is below the limit: recursive C++
  // algorithms call this and throw a RangeError.
  bool NativeStackOverflow() const {
    return reinterpret_cast<Address>(__builtin_frame_address(0)) <
           isolate_data_.native_stack_limit;
  }

  // -- Exceptions (DESIGN.md "Exceptions") ------------------------------------
  Value pending_exception() const { return isolate_data_.pending_exception; }
  bool has_pending_exception() const {
    return !isolate_data_.pending_exception.IsTheHole();
  }
  void set_pending_exception(Value exception) {
    DCHECK(!exception.IsTheHole() && !exception.IsException());
    isolate_data_.pending_exception = exception;
  }
  void clear_pending_exception() {
    isolate_data_.pending_exception = Value::TheHole();
  }
  // Sets the pending exception and returns the sentinel to propagate.
  Value Throw(Value exception) {
    set_pending_exception(exception);
    return Value::Exception();
  }

  // -- Extensions ---------------------------------------------------------------
  using ExtensionDeleter = void (*)(void*);
  void* extension(IsolateExtension slot) const {
    return extensions_[static_cast<int>(slot)].data;
  }
  // Takes ownership: `deleter` runs at Dispose (before the heap goes).
  void set_extension(IsolateExtension slot, void* data, ExtensionDeleter deleter) {
    extensions_[static_cast<int>(slot)] = {data, deleter};
  }

  // -- Host hooks -------------------------------------------------------------------
  // A FinalizationRegistry cleanup task is queued and has not started yet
  // (runtime/library/builtins_weak.cc posts at most one at a time).
  bool finalization_cleanup_posted() const { return finalization_cleanup_posted_; }
  void set_finalization_cleanup_posted(bool posted) { finalization_cleanup_posted_ = posted; }

  // Milliseconds since Isolate::New (trace timestamps).
  double TimeMillisSinceInit() const;

 private:
  explicit Isolate(const Flags& flags);
  ~Isolate();
  void SetUpJSStack();
  void SetUpNativeStackLimit();

  // IsolateData first: compiled code and the isolate pointer agree on it.
  IsolateData isolate_data_;
  Flags flags_;
  Tracer tracer_{this};  // after flags_: its constructor reads them
  Heap heap_;
  HandleScopeData handle_scope_data_;
  GlobalHandles global_handles_;

  Address js_stack_reservation_ = 0;
  size_t js_stack_reservation_size_ = 0;
  Address js_stack_start_ = 0;  // First usable byte (above the guard page).
  Address js_stack_base_ = 0;   // One past the highest slot.
  Address real_js_stack_limit_ = 0;

  struct Extension {
    void* data = nullptr;
    ExtensionDeleter deleter = nullptr;
  };
  Extension extensions_[static_cast<int>(IsolateExtension::kCount)];

  std::chrono::steady_clock::time_point start_time_;
  bool finalization_cleanup_posted_ = false;
};

// -- HandleScope's inline paths (gc/handles.h) ------------------------------------------

HandleScope::HandleScope(Isolate* isolate, std::source_location location)
    : isolate_(isolate), location_(location) {
  HandleScopeData* data = isolate->handle_scope_data();
  prev_next_ = data->next;
  prev_limit_ = data->limit;
  prev_block_count_ = data->blocks.size();
  previous_ = data->current_scope;
  data->current_scope = this;
  data->level++;
}

HandleScope::~HandleScope() {
  if (!closed_) Close();
}

void HandleScope::Close() {
  DCHECK(!closed_);
  closed_ = true;
  HandleScopeData* data = isolate_->handle_scope_data();
  if (LUCID_DEBUG || data->current_scope != this || data->blocks.size() != prev_block_count_) {
    CloseSlow();
    return;
  }
  RestoreEnclosing(data);
}

Value* HandleScope::CreateHandle(Isolate* isolate, Value value) {
  HandleScopeData* data = isolate->handle_scope_data();
  if (LUCID_UNLIKELY(data->next == data->limit || data->level <= 0)) return CreateHandleSlow(isolate, value);
  Value* slot = data->next++;
  *slot = value;
  return slot;
}

}  // namespace lucid

#endif  // LUCID_VM_ISOLATE_H_
