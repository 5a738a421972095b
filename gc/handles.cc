// Copyright 2024 the Lucid authors. MIT license.
// HandleScope blocks, global handles and the DisallowGC counter.

#include "gc/handles.h"

#include "vm/isolate.h"

namespace lucid {

#if LUCID_DEBUG
thread_local int DisallowGC::depth_ = 0;
#endif

Handle<Value> handle(Value value, Isolate* isolate) {
  return Handle<Value>(value, isolate);
}

GlobalHandles* GlobalHandlesOf(Isolate* isolate) { return isolate->global_handles(); }

// -- HandleScope ---------------------------------------------------------------

void HandleScope::CloseSlow() {
  HandleScopeData* data = isolate_->handle_scope_data();
  CHECK_MSG(data->current_scope == this, "HandleScopes must close in reverse order");
  // Zap (debug) so a use of a dead handle reads an invalid Value.
  constexpr uint64_t kZap = 0xFFFC'0000'DEAD'0000;
  bool opened_blocks = data->blocks.size() > prev_block_count_;
  if (LUCID_DEBUG && prev_next_ != nullptr) {
    Value* end = opened_blocks ? prev_limit_ : data->next;
    for (Value* p = prev_next_; p < end; p++) *p = Value::FromRawBits(kZap);
  }
  // Blocks opened inside this scope go back to the spare list.
  while (data->blocks.size() > prev_block_count_) {
    Value* block = data->blocks.back();
    data->blocks.pop_back();
    if (LUCID_DEBUG) {
      for (int i = 0; i < HandleScopeData::kBlockSize; i++) block[i] = Value::FromRawBits(kZap);
    }
    data->spare_blocks.push_back(block);
  }
  RestoreEnclosing(data);
}

Value* HandleScope::CreateHandleSlow(Isolate* isolate, Value value) {
  HandleScopeData* data = isolate->handle_scope_data();
  CHECK_MSG(data->level > 0, "creating a Handle without a HandleScope");
  if (LUCID_UNLIKELY(data->next == data->limit)) {
    Value* block;
    if (!data->spare_blocks.empty()) {
      block = data->spare_blocks.back();
      data->spare_blocks.pop_back();
    } else {
      block = new Value[HandleScopeData::kBlockSize];
    }
    data->blocks.push_back(block);
    data->next = block;
    data->limit = block + HandleScopeData::kBlockSize;
  }
  Value* slot = data->next++;
  *slot = value;
  return slot;
}

int HandleScope::NumberOfHandles(Isolate* isolate) {
  HandleScopeData* data = isolate->handle_scope_data();
  if (data->blocks.empty()) return 0;
  return static_cast<int>((data->blocks.size() - 1) * HandleScopeData::kBlockSize +
                          (data->next - data->blocks.back()));
}

// The parent's slot is created (as the delegating constructor's argument)
// before the HandleScope base opens the new scope.
EscapableHandleScope::EscapableHandleScope(Isolate* isolate, std::source_location location)
    : EscapableHandleScope(ReserveInParent(isolate), isolate, location) {}

EscapableHandleScope::EscapableHandleScope(Value* escape_slot, Isolate* isolate,
                                           std::source_location location)
    : HandleScope(isolate, location), escape_slot_(escape_slot) {}

Value* EscapableHandleScope::ReserveInParent(Isolate* isolate) {
  return HandleScope::CreateHandle(isolate, Value::Undefined());
}

// -- GlobalHandles -----------------------------------------------------------------

GlobalHandles::~GlobalHandles() {
  for (Node* block : blocks_) delete[] block;
}

Value* GlobalHandles::Create(Value value) {
  if (free_list_ == nullptr) {
    Node* block = new Node[kBlockSize];
    for (int i = kBlockSize - 1; i >= 0; i--) {
      block[i].state = Node::State::kFree;
      block[i].value = Value::Undefined();
      block[i].callback = nullptr;
      block[i].parameter = nullptr;
      block[i].next_free = free_list_;
      free_list_ = &block[i];
    }
    blocks_.push_back(block);
  }
  Node* node = free_list_;
  free_list_ = node->next_free;
  node->value = value;
  node->state = Node::State::kStrong;
  node->callback = nullptr;
  node->parameter = nullptr;
  live_count_++;
  return &node->value;
}

void GlobalHandles::Destroy(Value* location) {
  Node* node = reinterpret_cast<Node*>(location);
  DCHECK(node->state != Node::State::kFree);
  node->state = Node::State::kFree;
  node->value = Value::Undefined();
  node->next_free = free_list_;
  free_list_ = node;
  live_count_--;
}

void GlobalHandles::MakeWeak(Value* location, void* parameter, WeakCallback callback) {
  Node* node = reinterpret_cast<Node*>(location);
  node->state = Node::State::kWeak;
  node->parameter = parameter;
  node->callback = callback;
}

void GlobalHandles::ClearWeakness(Value* location) {
  Node* node = reinterpret_cast<Node*>(location);
  node->state = Node::State::kStrong;
  node->callback = nullptr;
  node->parameter = nullptr;
}

bool GlobalHandles::IsWeak(Value* location) {
  return reinterpret_cast<Node*>(location)->state == Node::State::kWeak;
}

void GlobalHandles::IterateRoots(RootVisitor* visitor, bool include_weak) {
  for (Node* block : blocks_) {
    for (int i = 0; i < kBlockSize; i++) {
      Node& node = block[i];
      if (node.state == Node::State::kStrong ||
          (include_weak && node.state == Node::State::kWeak)) {
        visitor->VisitRootPointer(Root::kGlobalHandles, &node.value);
      }
    }
  }
}

void GlobalHandles::InvokePendingCallbacks() {
  std::vector<PendingCallback> callbacks;
  callbacks.swap(pending_callbacks_);
  for (const PendingCallback& pending : callbacks) pending.callback(pending.parameter);
}

}  // namespace lucid
