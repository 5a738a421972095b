// Copyright 2024 the Lucid authors. MIT license.
// Handle, HandleScope, MaybeHandle, Global and DisallowGC: how C++ holds heap
// cells across allocations in a precise, moving GC.

#ifndef LUCID_GC_HANDLES_H_
#define LUCID_GC_HANDLES_H_

#include <cstddef>
#include <source_location>
#include <type_traits>
#include <vector>

#include "vm/globals.h"
#include "vm/objects/heap_object.h"
#include "vm/value.h"

namespace lucid {

// The rules (STYLE.md "Handle and rooting rules", docs/heap.md):
//  1. A raw HeapObject*/Value lives only until the next possible allocation.
//     Across one, hold a Handle<T>: a pointer to a Value slot the GC knows
//     and updates when the cell moves.
//  2. A function that may allocate takes Isolate* first and returns
//     Handle<T> or MaybeHandle<T> (empty = exception pending).
//  3. Open a HandleScope at every runtime/builtin/native entry and in any
//     loop that allocates per iteration; return through CloseAndEscape or an
//     EscapableHandleScope.
//
// Handle<Value> holds any value; Handle<FixedArray>, Handle<JSObject>... hold
// cells of that class. `*h` gives the Value (Handle<Value>) or the T*
// (cells); `h->` reaches members of either.
template <typename T>
class Handle {
 public:
  Handle() : location_(nullptr) {}
  // A handle on an existing stable slot (a handle block entry, a Global, a
  // root slot).
  explicit Handle(Value* location) : location_(location) {}
  // A new handle for `object` in the isolate's current HandleScope.
  Handle(T* object, Isolate* isolate)
    requires(!std::is_same_v<T, Value>);
  Handle(Value value, Isolate* isolate)
    requires(std::is_same_v<T, Value>);

  // Upcast: Handle<JSArray> -> Handle<JSObject>, anything -> Handle<Value>,
  // any cell -> Handle<HeapObject>.
  template <typename S>
    requires(std::is_base_of_v<T, S> || std::is_same_v<T, Value>)
  Handle(Handle<S> other) : location_(other.location()) {}

  // Downcast; the caller checked the type (DCHECKed via T::cast if present).
  template <typename S>
  static Handle<T> cast(Handle<S> other) {
    return Handle<T>(other.location());
  }

  bool is_null() const { return location_ == nullptr; }
  Value* location() const { return location_; }
  // The current Value in the slot.
  Value value() const {
    DCHECK(location_ != nullptr);
    return *location_;
  }
  // For Handle<Value>: the Value. For cells: T*.
  auto operator*() const {
    DCHECK(location_ != nullptr);
    if constexpr (std::is_same_v<T, Value>) {
      return *location_;
    } else {
      return reinterpret_cast<T*>(location_->heap_object());
    }
  }
  auto operator->() const {
    DCHECK(location_ != nullptr);
    if constexpr (std::is_same_v<T, Value>) {
      return location_;
    } else {
      return reinterpret_cast<T*>(location_->heap_object());
    }
  }
  // Same slot (not same value).
  bool is_identical_to(Handle<T> other) const {
    return location_ == other.location_ ||
           (location_ != nullptr && other.location_ != nullptr &&
            *location_ == *other.location_);
  }
  // Overwrites the slot (the handle keeps pointing at it).
  void Patch(Value value) const { *location_ = value; }

 private:
  Value* location_;
};

template <typename T>
Handle<T> handle(T* object, Isolate* isolate) {
  return Handle<T>(object, isolate);
}
Handle<Value> handle(Value value, Isolate* isolate);

// -- MaybeHandle ----------------------------------------------------------------

// The result of something that may throw: empty means an exception is
// pending in isolate->pending_exception() (DESIGN.md "Exceptions").
template <typename T>
class [[nodiscard]] MaybeHandle {
 public:
  MaybeHandle() = default;
  template <typename S>
    requires(std::is_base_of_v<T, S> || std::is_same_v<T, Value> ||
             std::is_same_v<T, S>)
  MaybeHandle(Handle<S> handle) : location_(handle.location()) {}

  bool is_null() const { return location_ == nullptr; }
  bool ToHandle(Handle<T>* out) const {
    if (location_ == nullptr) {
      *out = Handle<T>();
      return false;
    }
    *out = Handle<T>(location_);
    return true;
  }
  Handle<T> ToHandleChecked() const {
    CHECK(location_ != nullptr);
    return Handle<T>(location_);
  }

 private:
  Value* location_ = nullptr;
};

// -- HandleScope ----------------------------------------------------------------

// Per-isolate handle storage: blocks of Values, bump-allocated by `next`.
// Lives in the Isolate; the GC visits [block start, next) of every block.
struct HandleScopeData {
  static constexpr int kBlockSize = 1022;  // Values per block (~8 KB).

  Value* next = nullptr;
  Value* limit = nullptr;
  int level = 0;
  std::vector<Value*> blocks;  // Owned (new[]); the last one is current.
  std::vector<Value*> spare_blocks;
  class HandleScope* current_scope = nullptr;
};

// Every handle created while a scope is open dies when it closes. Scopes
// nest strictly (stack discipline), cannot be copied and cannot be heap
// allocated. In debug builds a scope records where it was opened, so
// --verify-heap messages can say which scope rooted a value.
//
// OPTIMIZATION: opening a scope, closing one that opened no block, and
// creating a handle in a block with room are inline (defined at the end of
// vm/isolate.h, which has the Isolate); the rest is out of line.
class HandleScope {
 public:
  inline explicit HandleScope(Isolate* isolate, std::source_location location =
                                                    std::source_location::current());
  inline ~HandleScope();
  LUCID_DISALLOW_COPY_AND_ASSIGN(HandleScope);
  void* operator new(size_t) = delete;
  void* operator new[](size_t) = delete;
  void operator delete(void*) = delete;
  void operator delete[](void*) = delete;

  // A new slot holding `value` in the current scope. CHECKs a scope is open.
  static inline Value* CreateHandle(Isolate* isolate, Value value);
  // CreateHandle when the current block is full (or no scope is open).
  static Value* CreateHandleSlow(Isolate* isolate, Value value);

  // Closes this scope now and returns `handle` re-created in the enclosing
  // scope (V8 internal's HandleScope::CloseAndEscape).
  template <typename T>
  Handle<T> CloseAndEscape(Handle<T> handle) {
    Value value = handle.is_null() ? Value() : *handle.location();
    bool was_null = handle.is_null();
    Close();
    if (was_null) return Handle<T>();
    return Handle<T>(CreateHandle(isolate_, value));
  }

  // Number of live handles in all scopes (tests, leak checks).
  static int NumberOfHandles(Isolate* isolate);

  const std::source_location& location() const { return location_; }
  HandleScope* previous() const { return previous_; }

 protected:
  inline void Close();

 private:
  // Close when the scope opened blocks, or in debug builds (zapping).
  void CloseSlow();
  // The last step of every close: the enclosing scope's state is current
  // again.
  void RestoreEnclosing(HandleScopeData* data) {
    data->next = prev_next_;
    data->limit = prev_limit_;
    data->current_scope = previous_;
    data->level--;
  }

 private:
  Isolate* isolate_;
  Value* prev_next_;
  Value* prev_limit_;
  size_t prev_block_count_;
  HandleScope* previous_;
  std::source_location location_;
  bool closed_ = false;
};

// A scope that can hand one handle to its parent: the slot is reserved in
// the parent before this scope opens (V8's EscapableHandleScope).
class EscapableHandleScope : public HandleScope {
 public:
  explicit EscapableHandleScope(
      Isolate* isolate,
      std::source_location location = std::source_location::current());
  template <typename T>
  Handle<T> Escape(Handle<T> handle) {
    CHECK(!escaped_);
    escaped_ = true;
    *escape_slot_ = handle.is_null() ? Value() : *handle.location();
    return Handle<T>(escape_slot_);
  }

 private:
  EscapableHandleScope(Value* escape_slot, Isolate* isolate,
                       std::source_location location);
  static Value* ReserveInParent(Isolate* isolate);
  Value* escape_slot_;
  bool escaped_ = false;
};

// -- DisallowGC -------------------------------------------------------------------

// `DisallowGC no_gc;` asserts (debug builds) that nothing in its extent
// allocates on the JS heap, so raw pointers stay valid (V8's
// DisallowGarbageCollection). The depth is per thread, not per isolate:
// each isolate runs on one thread at a time, and a thread-local debug
// counter is the one piece of non-isolate state we accept (it is a checker,
// not engine state; V8's PerThreadAssertScope does the same).
class DisallowGC {
 public:
  DisallowGC() {
#if LUCID_DEBUG
    depth_++;
#endif
  }
  ~DisallowGC() {
#if LUCID_DEBUG
    depth_--;
#endif
  }
  LUCID_DISALLOW_COPY_AND_ASSIGN(DisallowGC);
  void* operator new(size_t) = delete;

  static bool IsAllowed() {
#if LUCID_DEBUG
    return depth_ == 0;
#else
    return true;
#endif
  }

 private:
#if LUCID_DEBUG
  static thread_local int depth_;
#endif
};

// -- Global handles ---------------------------------------------------------------

// Isolate-owned slots that outlive any HandleScope (V8's Global). Strong
// globals are roots. A weak global does not keep its cell alive: when the
// cell dies the slot is cleared to undefined and the callback runs after the
// GC (timers, module cache, event-loop callbacks).
using WeakCallback = void (*)(void* parameter);

class GlobalHandles {
 public:
  struct Node {
    Value value;  // First: a node's address is its Value slot.
    enum class State : uint8_t { kFree, kStrong, kWeak } state;
    WeakCallback callback;
    void* parameter;
    Node* next_free;
  };

  GlobalHandles() = default;
  ~GlobalHandles();
  LUCID_DISALLOW_COPY_AND_ASSIGN(GlobalHandles);

  Value* Create(Value value);
  void Destroy(Value* location);
  void MakeWeak(Value* location, void* parameter, WeakCallback callback);
  void ClearWeakness(Value* location);
  static bool IsWeak(Value* location);

  // Strong nodes (and weak ones if include_weak) as roots.
  void IterateRoots(RootVisitor* visitor, bool include_weak);
  // After marking / scavenging: clears weak nodes whose cell is dead
  // (`is_dead(Value*)` says so; it may also update the slot to a forwarded
  // address and return false) and queues their callbacks.
  template <typename IsDead>
  void ProcessWeak(IsDead is_dead);
  // Runs queued weak callbacks (after the GC, allocation allowed).
  void InvokePendingCallbacks();

  int NumberOfGlobals() const { return live_count_; }

 private:
  static constexpr int kBlockSize = 256;
  std::vector<Node*> blocks_;
  Node* free_list_ = nullptr;
  int live_count_ = 0;
  struct PendingCallback {
    WeakCallback callback;
    void* parameter;
  };
  std::vector<PendingCallback> pending_callbacks_;
};

template <typename IsDead>
void GlobalHandles::ProcessWeak(IsDead is_dead) {
  for (Node* block : blocks_) {
    for (int i = 0; i < kBlockSize; i++) {
      Node& node = block[i];
      if (node.state != Node::State::kWeak) continue;
      if (!node.value.IsHeapObject()) continue;
      if (is_dead(&node.value)) {
        node.value = Value::Undefined();
        if (node.callback != nullptr) {
          pending_callbacks_.push_back({node.callback, node.parameter});
        }
      }
    }
  }
}

// A C++-owned, movable, non-copyable strong (or weak) root.
template <typename T>
class Global {
 public:
  Global() = default;
  Global(Isolate* isolate, Handle<T> handle) { Reset(isolate, handle); }
  ~Global() { Reset(); }
  Global(Global&& other) noexcept
      : owner_(other.owner_), location_(other.location_) {
    other.owner_ = nullptr;
    other.location_ = nullptr;
  }
  Global& operator=(Global&& other) noexcept {
    if (this != &other) {
      Reset();
      owner_ = other.owner_;
      location_ = other.location_;
      other.owner_ = nullptr;
      other.location_ = nullptr;
    }
    return *this;
  }
  LUCID_DISALLOW_COPY_AND_ASSIGN(Global);

  void Reset(Isolate* isolate, Handle<T> handle);
  void Reset() {
    if (location_ != nullptr) owner_->Destroy(location_);
    owner_ = nullptr;
    location_ = nullptr;
  }
  bool IsEmpty() const { return location_ == nullptr; }
  // A Handle on the global's own slot: valid as long as the Global is.
  Handle<T> Get() const { return Handle<T>(location_); }
  // Weak: the cell may die; then the slot becomes undefined and `callback`
  // runs after that GC. Check Get()->IsUndefined() before use.
  void SetWeak(void* parameter, WeakCallback callback) {
    owner_->MakeWeak(location_, parameter, callback);
  }
  void ClearWeak() { owner_->ClearWeakness(location_); }

 private:
  GlobalHandles* owner_ = nullptr;
  Value* location_ = nullptr;
};

// -- Out-of-line template bodies ----------------------------------------------------

template <typename T>
Handle<T>::Handle(T* object, Isolate* isolate)
  requires(!std::is_same_v<T, Value>)
    : location_(HandleScope::CreateHandle(isolate, object->ToValue())) {}

template <typename T>
Handle<T>::Handle(Value value, Isolate* isolate)
  requires(std::is_same_v<T, Value>)
    : location_(HandleScope::CreateHandle(isolate, value)) {}

GlobalHandles* GlobalHandlesOf(Isolate* isolate);

template <typename T>
void Global<T>::Reset(Isolate* isolate, Handle<T> handle) {
  Reset();
  if (handle.is_null()) return;
  owner_ = GlobalHandlesOf(isolate);
  location_ = owner_->Create(*handle.location());
}

}  // namespace lucid

#endif  // LUCID_GC_HANDLES_H_
