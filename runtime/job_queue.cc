// Copyright the Lucid authors. MIT license.

#include "runtime/job_queue.h"

#include "runtime/library/builtins_weak.h"

#include <algorithm>

#include "runtime/promise.h"
#include "vm/execution.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/roots.h"

namespace lucid {

namespace {

// roots.host_job_queue: undefined until the first job, then a FixedArray
// [microtasks, host tasks]; each queue is a FixedArray [head, tail, jobs...]
// whose live jobs are the slots [kFirst + head, kFirst + tail).
enum QueueKind : int { kMicrotasks = 0, kHostTasks = 1, kQueueCount = 2 };
constexpr int kHeadIndex = 0;
constexpr int kTailIndex = 1;
constexpr int kFirstJobIndex = 2;
constexpr int kInitialCapacity = 8;

Handle<FixedArray> Queues(Isolate* isolate) {
  Value root = isolate->roots().host_job_queue();
  if (root.IsHeapObject()) return Handle<FixedArray>(FixedArray::cast(root), isolate);
  Handle<FixedArray> queues = FactoryOf(isolate)->NewFixedArray(kQueueCount, AllocationType::kOld);
  for (int i = 0; i < kQueueCount; i++) {
    Handle<FixedArray> queue = FactoryOf(isolate)->NewFixedArray(kFirstJobIndex + kInitialCapacity,
                                                                 AllocationType::kOld);
    (*queue)->set(kHeadIndex, Value::FromInt32(0));
    (*queue)->set(kTailIndex, Value::FromInt32(0));
    (*queues)->set(i, queue->ToValue());
  }
  isolate->roots().set(RootIndex::kHostJobQueue, queues->ToValue());
  return queues;
}

void Enqueue(Isolate* isolate, QueueKind kind, Handle<Value> callable) {
  HandleScope scope(isolate);
  Handle<FixedArray> queues = Queues(isolate);
  Handle<FixedArray> queue(FixedArray::cast((*queues)->get(kind)), isolate);
  int head = (*queue)->get(kHeadIndex).AsInt32();
  int tail = (*queue)->get(kTailIndex).AsInt32();
  int capacity = (*queue)->length() - kFirstJobIndex;
  if (tail == capacity) {
    // Full at the end: move the live jobs to the front of a queue with
    // room for at least as many again.
    int live = tail - head;
    int new_capacity = std::max(kInitialCapacity, 2 * live);
    Handle<FixedArray> grown = new_capacity == capacity
                                   ? queue
                                   : FactoryOf(isolate)->NewFixedArray(kFirstJobIndex + new_capacity);
    for (int i = 0; i < live; i++) {
      (*grown)->set(kFirstJobIndex + i, (*queue)->get(kFirstJobIndex + head + i));
    }
    for (int i = live; i < new_capacity; i++) (*grown)->set(kFirstJobIndex + i, Value::Undefined());
    head = 0;
    tail = live;
    (*grown)->set(kHeadIndex, Value::FromInt32(head));
    (*grown)->set(kTailIndex, Value::FromInt32(tail));
    (*queues)->set(kind, grown->ToValue());
    queue = grown;
  }
  (*queue)->set(kFirstJobIndex + tail, *callable);
  (*queue)->set(kTailIndex, Value::FromInt32(tail + 1));
}

// Takes the oldest job of {kind}, or returns false when there is none.
bool Dequeue(Isolate* isolate, QueueKind kind, Handle<Value>* job) {
  Value root = isolate->roots().host_job_queue();
  if (!root.IsHeapObject()) return false;
  FixedArray* queue = FixedArray::cast(FixedArray::cast(root)->get(kind));
  int head = queue->get(kHeadIndex).AsInt32();
  int tail = queue->get(kTailIndex).AsInt32();
  if (head == tail) return false;
  *job = Handle<Value>(queue->get(kFirstJobIndex + head), isolate);
  queue->set(kFirstJobIndex + head, Value::Undefined());
  // An emptied queue starts again at the front.
  if (head + 1 == tail) head = tail = 0; else head++;
  queue->set(kHeadIndex, Value::FromInt32(head));
  queue->set(kTailIndex, Value::FromInt32(tail));
  return true;
}

// Runs one job; true if it threw (the callback, or this, cleared it).
bool RunJob(Isolate* isolate, Handle<Value> job, JobExceptionCallback on_exception, void* data) {
  if (IsPromiseJobTask(*job)) {
    if (RunPromiseJob(isolate, job)) return false;
  } else {
    Handle<Value> undefined(Value::Undefined(), isolate);
    MaybeHandle<Value> result = Execution::Call(isolate, job, undefined, 0, nullptr);
    if (!result.is_null()) return false;
  }
  if (on_exception != nullptr) {
    on_exception(isolate, data);
  }
  isolate->clear_pending_exception();
  return true;
}

}  // namespace

void EnqueueMicrotask(Isolate* isolate, Handle<Value> callable) { Enqueue(isolate, kMicrotasks, callable); }

void EnqueueHostTask(Isolate* isolate, Handle<Value> callable) { Enqueue(isolate, kHostTasks, callable); }

int RunMicrotasks(Isolate* isolate, JobExceptionCallback on_exception, void* data) {
  int threw = 0;
  for (;;) {
    HandleScope scope(isolate);
    Handle<Value> job;
    if (!Dequeue(isolate, kMicrotasks, &job)) break;
    if (RunJob(isolate, job, on_exception, data)) threw++;
  }
  FinishMicrotaskCheckpoint(isolate);
  return threw;
}

int RunJobs(Isolate* isolate, JobExceptionCallback on_exception, void* data) {
  int threw = RunMicrotasks(isolate, on_exception, data);
  for (;;) {
    HandleScope scope(isolate);
    Handle<Value> job;
    if (!Dequeue(isolate, kHostTasks, &job)) return threw;
    if (RunJob(isolate, job, on_exception, data)) threw++;
    threw += RunMicrotasks(isolate, on_exception, data);
  }
}

int PendingMicrotaskCount(Isolate* isolate) {
  Value root = isolate->roots().host_job_queue();
  if (!root.IsHeapObject()) return 0;
  FixedArray* queue = FixedArray::cast(FixedArray::cast(root)->get(kMicrotasks));
  return queue->get(kTailIndex).AsInt32() - queue->get(kHeadIndex).AsInt32();
}

bool HasPendingHostTasks(Isolate* isolate) {
  Value root = isolate->roots().host_job_queue();
  if (!root.IsHeapObject()) return false;
  FixedArray* queue = FixedArray::cast(FixedArray::cast(root)->get(kHostTasks));
  return queue->get(kTailIndex).AsInt32() != queue->get(kHeadIndex).AsInt32();
}

}  // namespace lucid
