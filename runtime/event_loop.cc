// Copyright the Lucid authors. MIT license.
//
// The node-style event loop on libuv: timers, immediates, process.nextTick
// and the checkpoint between macrotasks. event_loop.h has the overview;
// docs/runtime.md "The event loop" draws one iteration.

#include "runtime/event_loop.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "runtime/builtins.h"
#include "runtime/job_queue.h"
#include "runtime/library/library_util.h"
#include "runtime/module_loader.h"
#include "runtime/node/node_util.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

namespace {

bool Terminating(Isolate* isolate) { return RuntimeStateOf(isolate)->terminating; }

// node's TIMEOUT_MAX: 2^31 - 1 ms.
constexpr double kTimeoutMax = 2147483647.0;

}  // namespace

// -- The loop's state -----------------------------------------------------------------

EventLoop* EventLoop::Get(Isolate* isolate) {
  void* data = isolate->extension(IsolateExtension::kEventLoop);
  if (data != nullptr) return static_cast<EventLoop*>(data);
  auto* loop = new EventLoop(isolate);
  isolate->set_extension(IsolateExtension::kEventLoop, loop,
                         [](void* p) { delete static_cast<EventLoop*>(p); });
  return loop;
}

EventLoop::EventLoop(Isolate* isolate) : isolate_(isolate) {
  trace_ = isolate->flags().trace_event_loop;
  hr_origin_ = uv_hrtime();
  uv_loop_init(&loop_);
  // The idle-time metric behind performance.eventLoopUtilization().
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);
  loop_.data = this;
  uv_update_time(&loop_);
  timer_base_ = uv_now(&loop_);
  // One uv timer for every JS timer, unref'd until a ref'd timer exists.
  uv_timer_init(&loop_, &timer_handle_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  // The check phase runs the immediates; the handle never keeps the loop
  // alive by itself (the idle handle does, while ref'd immediates wait).
  uv_check_init(&loop_, &check_handle_);
  uv_check_start(&check_handle_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_handle_));
  uv_idle_init(&loop_, &idle_handle_);
  uv_prepare_init(&loop_, &prepare_handle_);
  uv_prepare_start(&prepare_handle_, OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_handle_));

  HandleScope scope(isolate);
  Factory* factory = FactoryOf(isolate);
  auto make_symbol = [&](Global<Value>* slot, const char* name) {
    Handle<Value> description(factory->InternalizeAscii(name)->ToValue(), isolate);
    slot->Reset(isolate, Handle<Value>(factory->NewPrivateSymbol(description)));
  };
  make_symbol(&id_symbol_, "#timerId");
  make_symbol(&callback_symbol_, "#onTimeout");
  make_symbol(&args_symbol_, "#timerArgs");
}

EventLoop::~EventLoop() {
  for (auto& entry : timers_) delete entry.second;
  for (auto& entry : timer_lists_) delete entry.second;
  for (TimerList* list : dead_lists_) delete list;
  for (Immediate* immediate : immediate_queue_) delete immediate;
  for (DelayMonitor* monitor : monitors) DestroyDelayMonitor(monitor);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_handle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_handle_), nullptr);
  // Any handle still open (a monitor's timer, say) is closed too: the loop
  // only frees its own memory once no handle is left.
  uv_walk(
      &loop_,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  // Close callbacks, and thread-pool requests still running (their
  // completions see the termination and call no JS). A uv_stop() left from
  // process.exit makes the first uv_run return at once: run until done.
  while (uv_run(&loop_, UV_RUN_DEFAULT) != 0) {
  }
  int status = uv_loop_close(&loop_);
  if (status != 0) std::fprintf(stderr, "lucid: event loop not closed: %s\n", uv_strerror(status));
}

void EventLoop::Trace(const char* format, ...) {
  if (!trace_) return;
  std::fflush(stdout);
  std::fputs("[event-loop] ", stderr);
  va_list args;
  va_start(args, format);
  std::vfprintf(stderr, format, args);
  va_end(args);
  std::fputc('\n', stderr);
}

int64_t EventLoop::Now() {
  uv_update_time(&loop_);
  return static_cast<int64_t>(uv_now(&loop_) - timer_base_);
}

double EventLoop::HighResNow() const { return static_cast<double>(uv_hrtime() - hr_origin_) / 1e6; }

double EventLoop::IdleTimeMs() { return static_cast<double>(uv_metrics_idle_time(&loop_)) / 1e6; }

// -- The timer priority queue ---------------------------------------------------------

void EventLoop::HeapSwap(int a, int b) {
  std::swap(timer_heap_[a], timer_heap_[b]);
  timer_heap_[a]->heap_index = a;
  timer_heap_[b]->heap_index = b;
}

void EventLoop::HeapFix(int index) {
  int n = static_cast<int>(timer_heap_.size());
  while (index > 0) {
    int parent = (index - 1) / 2;
    if (!ListLess(timer_heap_[index], timer_heap_[parent])) break;
    HeapSwap(index, parent);
    index = parent;
  }
  for (;;) {
    int smallest = index;
    int left = 2 * index + 1;
    int right = left + 1;
    if (left < n && ListLess(timer_heap_[left], timer_heap_[smallest])) smallest = left;
    if (right < n && ListLess(timer_heap_[right], timer_heap_[smallest])) smallest = right;
    if (smallest == index) return;
    HeapSwap(index, smallest);
    index = smallest;
  }
}

void EventLoop::HeapPush(TimerList* list) {
  list->heap_index = static_cast<int>(timer_heap_.size());
  timer_heap_.push_back(list);
  HeapFix(list->heap_index);
}

void EventLoop::HeapRemove(TimerList* list) {
  int index = list->heap_index;
  if (index < 0) return;
  int last = static_cast<int>(timer_heap_.size()) - 1;
  if (index != last) HeapSwap(index, last);
  timer_heap_.pop_back();
  list->heap_index = -1;
  if (index < last) HeapFix(index);
}

void EventLoop::ListAppend(TimerList* list, Timer* timer) {
  if (timer->list != nullptr) ListRemove(timer);
  timer->list = list;
  timer->prev = list->tail;
  timer->next = nullptr;
  if (list->tail != nullptr) list->tail->next = timer; else list->head = timer;
  list->tail = timer;
}

void EventLoop::ListRemove(Timer* timer) {
  TimerList* list = timer->list;
  if (list == nullptr) return;
  if (timer->prev != nullptr) timer->prev->next = timer->next; else list->head = timer->next;
  if (timer->next != nullptr) timer->next->prev = timer->prev; else list->tail = timer->prev;
  timer->list = nullptr;
  timer->prev = timer->next = nullptr;
}

void EventLoop::FreeList(TimerList* list) {
  // A list emptied by clearTimeout while the timers phase walks it must
  // outlive that walk.
  if (processing_timers_) dead_lists_.push_back(list); else delete list;
}

// -- Timers -----------------------------------------------------------------------

EventLoop::Timer* EventLoop::NewTimer(Handle<Value> object, int64_t msecs, bool repeat) {
  auto* timer = new Timer();
  timer->loop = this;
  timer->id = next_async_id_++;
  timer->msecs = msecs;
  timer->repeat = repeat ? msecs : 0;
  timer->object.Reset(isolate_, object);
  timers_[timer->id] = timer;
  IncRefCount();
  return timer;
}

EventLoop::Timer* EventLoop::FindTimer(int64_t id) {
  auto it = timers_.find(id);
  return it == timers_.end() ? nullptr : it->second;
}

void EventLoop::SetTimerStrong(Timer* timer, bool strong) {
  if (timer->weak == !strong) return;
  timer->weak = !strong;
  if (strong) timer->object.ClearWeak(); else timer->object.SetWeak(timer, OnTimerObjectDied);
}

void EventLoop::OnTimerObjectDied(void* parameter) {
  Timer* timer = static_cast<Timer*>(parameter);
  timer->loop->timers_.erase(timer->id);
  delete timer;
}

// node's insert(item, msecs, start): append to the list of timers with the
// same duration (made on demand, with its expiry in the priority queue).
void EventLoop::InsertTimer(Timer* timer, int64_t msecs, int64_t start) {
  timer->idle_start = start;
  SetTimerStrong(timer, true);
  TimerList* list;
  auto it = timer_lists_.find(msecs);
  if (it != timer_lists_.end()) {
    list = it->second;
  } else {
    int64_t expiry = start + msecs;
    list = new TimerList();
    list->msecs = msecs;
    list->expiry = expiry;
    list->id = next_list_id_++;
    timer_lists_[msecs] = list;
    HeapPush(list);
    if (next_expiry_ > expiry) {
      ScheduleTimer(msecs);
      next_expiry_ = expiry;
    }
  }
  ListAppend(list, timer);
}

// node's unenroll(): clearTimeout and close().
void EventLoop::UnenrollTimer(Timer* timer) {
  if (timer->destroyed) return;
  timer->destroyed = true;
  TimerList* list = timer->list;
  ListRemove(timer);
  if (list != nullptr && list->head == nullptr) {
    auto it = timer_lists_.find(list->msecs);
    if (it != timer_lists_.end() && it->second == list) {
      timer_lists_.erase(it);
      HeapRemove(list);
      FreeList(list);
    }
  }
  if (timer->refed) DecRefCount();
  timer->msecs = -1;
  SetTimerStrong(timer, false);
}

// node's insertGuarded(): refresh() re-arms a timer, even one that fired.
void EventLoop::ActivateTimer(Timer* timer, bool refed) {
  if (timer->msecs < 0) return;
  InsertTimer(timer, timer->msecs);
  bool was_destroyed = timer->destroyed;
  timer->destroyed = false;
  if (was_destroyed) {
    if (refed) IncRefCount();
  } else if (refed != timer->refed) {
    if (refed) IncRefCount(); else DecRefCount();
  }
  timer->refed = refed;
}

void EventLoop::IncRefCount() {
  if (timer_ref_count_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
}

void EventLoop::DecRefCount() {
  if (--timer_ref_count_ == 0) uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
}

void EventLoop::ScheduleTimer(int64_t duration) {
  uv_timer_start(&timer_handle_, OnTimer, static_cast<uint64_t>(duration), 0);
}

// node's RunTimers (src/env.cc): the timers phase when the uv timer fires.
void EventLoop::OnTimer(uv_timer_t* handle) {
  EventLoop* self = static_cast<EventLoop*>(handle->loop->data);
  Isolate* isolate = self->isolate_;
  if (Terminating(isolate)) return;
  HandleScope scope(isolate);
  int64_t now = self->Now();
  self->Trace("timers: enter (now %" PRId64 " ms)", now);
  self->processing_timers_ = true;
  self->timers_run_ = 0;
  int64_t next = self->ProcessTimers(now);
  self->processing_timers_ = false;
  for (TimerList* list : self->dead_lists_) delete list;
  self->dead_lists_.clear();
  self->Trace("timers: %d callbacks", self->timers_run_);
  if (Terminating(isolate)) {
    self->Stop();
    return;
  }
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(handle);
  if (next != 0) {
    int64_t duration = std::llabs(next) - static_cast<int64_t>(uv_now(&self->loop_) - self->timer_base_);
    self->ScheduleTimer(duration > 0 ? duration : 1);
    if (next > 0) uv_ref(h); else uv_unref(h);
  } else {
    uv_unref(h);
  }
  // The MakeCallback scope closes: ticks and microtasks.
  RunTicksAndMicrotasks(isolate);
  self->Trace("timers: exit");
}

// node's processTimers(now): every list whose expiry has come, earliest
// first, with a checkpoint between lists.
int64_t EventLoop::ProcessTimers(int64_t now) {
  next_expiry_ = INT64_MAX;
  bool ran_one_list = false;
  while (!timer_heap_.empty()) {
    TimerList* list = timer_heap_[0];
    if (list->expiry > now) {
      next_expiry_ = list->expiry;
      return timer_ref_count_ > 0 ? next_expiry_ : -next_expiry_;
    }
    if (ran_one_list) {
      if (!RunTicksAndMicrotasks(isolate_)) return 0;
    } else {
      ran_one_list = true;
    }
    if (!ListOnTimeout(list, now)) return 0;
  }
  return 0;
}

// node's listOnTimeout(list, now): the list's expired timers in insertion
// order, a checkpoint between two; the first one not yet due reschedules
// the list (with a new id, so it goes after lists of the same expiry).
bool EventLoop::ListOnTimeout(TimerList* list, int64_t now) {
  bool ran_one = false;
  while (Timer* timer = list->head) {
    int64_t diff = now - timer->idle_start;
    if (diff < list->msecs) {
      list->expiry = std::max(timer->idle_start + list->msecs, now + 1);
      list->id = next_list_id_++;
      HeapFix(list->heap_index);
      return true;
    }
    if (ran_one) {
      if (!RunTicksAndMicrotasks(isolate_)) return false;
    } else {
      ran_one = true;
    }
    if (!RunTimer(timer)) return false;
  }
  auto it = timer_lists_.find(list->msecs);
  if (it != timer_lists_.end() && it->second == list) {
    timer_lists_.erase(it);
    HeapRemove(list);
    FreeList(list);
  }
  return true;
}

bool EventLoop::RunTimer(Timer* timer) {
  HandleScope scope(isolate_);
  ListRemove(timer);
  Handle<Value> object(*timer->object.Get(), isolate_);
  Handle<Value> callback(Runtime_GetProperty(isolate_, *object, *callback_symbol()), isolate_);
  if (!library::IsCallableValue(*callback)) {
    // close()d: drop it.
    if (!timer->destroyed) {
      timer->destroyed = true;
      if (timer->refed) DecRefCount();
      SetTimerStrong(timer, false);
    }
    return true;
  }
  int64_t start = timer->repeat != 0 ? Now() : 0;
  Handle<Value> args(Runtime_GetProperty(isolate_, *object, *args_symbol()), isolate_);
  timers_run_++;
  bool ok = CallWithArgumentArray(isolate_, callback, object, args);
  if (timer->repeat != 0 && timer->msecs != -1) {
    timer->msecs = timer->repeat;
    InsertTimer(timer, timer->msecs, start);
  } else if (timer->list == nullptr && !timer->destroyed) {
    timer->destroyed = true;
    if (timer->refed) DecRefCount();
    SetTimerStrong(timer, false);
  }
  return ok;
}

// -- Immediates (node's processImmediate and CheckImmediate) ---------------------

EventLoop::Immediate* EventLoop::NewImmediate(Handle<Value> object, Handle<Value> callback,
                                              Handle<Value> args) {
  auto* immediate = new Immediate();
  immediate->id = next_async_id_++;
  immediate->object.Reset(isolate_, object);
  immediate->callback.Reset(isolate_, callback);
  immediate->args.Reset(isolate_, args);
  immediates_[immediate->id] = immediate;
  RefImmediate(immediate);
  immediate_count_++;
  immediate_queue_.push_back(immediate);
  return immediate;
}

EventLoop::Immediate* EventLoop::FindImmediate(int64_t id) {
  auto it = immediates_.find(id);
  return it == immediates_.end() ? nullptr : it->second;
}

void EventLoop::RefImmediate(Immediate* immediate) {
  if (immediate->refed) return;
  immediate->refed = true;
  if (immediate_ref_count_++ == 0) ToggleImmediateRef(true);
}

void EventLoop::UnrefImmediate(Immediate* immediate) {
  if (!immediate->refed) return;
  immediate->refed = false;
  if (--immediate_ref_count_ == 0) ToggleImmediateRef(false);
}

void EventLoop::ClearImmediate(Immediate* immediate) {
  if (immediate->destroyed) return;
  immediate_count_--;
  immediate->destroyed = true;
  if (immediate->refed && --immediate_ref_count_ == 0) ToggleImmediateRef(false);
  immediate->refed = false;
  immediates_.erase(immediate->id);
  // The record leaves the queue when the check phase reaches it.
  immediate->callback.Reset();
  immediate->args.Reset();
  immediate->object.Reset();
}

// While ref'd immediates wait, an active idle handle keeps the loop alive
// and makes the poll phase not block.
void EventLoop::ToggleImmediateRef(bool ref) {
  if (ref) {
    uv_idle_start(&idle_handle_, OnIdle);
  } else {
    uv_idle_stop(&idle_handle_);
  }
}

void EventLoop::OnCheck(uv_check_t* handle) {
  EventLoop* self = static_cast<EventLoop*>(handle->loop->data);
  Isolate* isolate = self->isolate_;
  if (self->immediate_count_ == 0 || Terminating(isolate)) return;
  self->Trace("check: enter (%d immediates)", self->immediate_count_);
  self->ProcessImmediates();
  if (!Terminating(isolate)) RunTicksAndMicrotasks(isolate);
  if (Terminating(isolate)) {
    self->Stop();
    return;
  }
  if (self->immediate_ref_count_ == 0) self->ToggleImmediateRef(false);
  self->Trace("check: exit");
}

// The immediates queued before this check phase, in order; the ones they
// queue wait for the next iteration. A checkpoint between two.
void EventLoop::ProcessImmediates() {
  std::deque<Immediate*> batch;
  batch.swap(immediate_queue_);
  bool ran_one = false;
  int ran = 0;
  while (!batch.empty()) {
    if (ran_one && !Terminating(isolate_)) RunTicksAndMicrotasks(isolate_);
    ran_one = true;
    Immediate* immediate = batch.front();
    batch.pop_front();
    if (immediate->destroyed || Terminating(isolate_)) {
      delete immediate;
      continue;
    }
    immediate->destroyed = true;
    immediate_count_--;
    if (immediate->refed) immediate_ref_count_--;
    immediate->refed = false;
    immediates_.erase(immediate->id);
    HandleScope scope(isolate_);
    Handle<Value> object(*immediate->object.Get(), isolate_);
    Handle<Value> callback(*immediate->callback.Get(), isolate_);
    Handle<Value> args(*immediate->args.Get(), isolate_);
    delete immediate;
    ran++;
    CallWithArgumentArray(isolate_, callback, object, args);
  }
  Trace("check: %d immediates ran", ran);
}

// -- process.nextTick's queue ---------------------------------------------------------
//
// ticks_: a FixedArray [head, tail, callback0, args0, callback1, args1, ...]
// used as a FIFO (args: a FixedArray of the extra arguments, or undefined).

namespace {
constexpr int kTickHead = 0;
constexpr int kTickTail = 1;
constexpr int kFirstTick = 2;
constexpr int kTickInitialCapacity = 16;  // entries
}  // namespace

void EventLoop::EnqueueTick(Handle<Value> callback, Handle<Value> args) {
  HandleScope scope(isolate_);
  Factory* factory = FactoryOf(isolate_);
  if (ticks_.IsEmpty()) {
    Handle<FixedArray> queue = factory->NewFixedArray(kFirstTick + 2 * kTickInitialCapacity, AllocationType::kOld);
    (*queue)->set(kTickHead, Value::FromInt32(0));
    (*queue)->set(kTickTail, Value::FromInt32(0));
    ticks_.Reset(isolate_, Handle<Value>(queue));
  }
  Handle<FixedArray> queue = Handle<FixedArray>::cast(ticks_.Get());
  int head = (*queue)->get(kTickHead).AsInt32();
  int tail = (*queue)->get(kTickTail).AsInt32();
  int capacity = ((*queue)->length() - kFirstTick) / 2;
  if (tail == capacity) {
    int live = tail - head;
    int new_capacity = std::max(kTickInitialCapacity, 2 * live);
    Handle<FixedArray> grown =
        new_capacity == capacity ? queue : factory->NewFixedArray(kFirstTick + 2 * new_capacity);
    for (int i = 0; i < 2 * live; i++) {
      (*grown)->set(kFirstTick + i, (*queue)->get(kFirstTick + 2 * head + i));
    }
    for (int i = 2 * live; i < 2 * new_capacity; i++) (*grown)->set(kFirstTick + i, Value::Undefined());
    head = 0;
    tail = live;
    (*grown)->set(kTickHead, Value::FromInt32(head));
    (*grown)->set(kTickTail, Value::FromInt32(tail));
    if (!grown.is_identical_to(queue)) ticks_.Reset(isolate_, Handle<Value>(grown));
    queue = Handle<FixedArray>::cast(ticks_.Get());
  }
  (*queue)->set(kFirstTick + 2 * tail, *callback);
  (*queue)->set(kFirstTick + 2 * tail + 1, *args);
  (*queue)->set(kTickTail, Value::FromInt32(tail + 1));
}

bool EventLoop::HasTicks() {
  if (ticks_.IsEmpty()) return false;
  FixedArray* queue = FixedArray::cast(*ticks_.Get());
  return queue->get(kTickHead).AsInt32() != queue->get(kTickTail).AsInt32();
}

bool EventLoop::DequeueTick(Handle<Value>* callback, Handle<Value>* args) {
  if (!HasTicks()) return false;
  FixedArray* queue = FixedArray::cast(*ticks_.Get());
  int head = queue->get(kTickHead).AsInt32();
  int tail = queue->get(kTickTail).AsInt32();
  *callback = Handle<Value>(queue->get(kFirstTick + 2 * head), isolate_);
  queue = FixedArray::cast(*ticks_.Get());
  *args = Handle<Value>(queue->get(kFirstTick + 2 * head + 1), isolate_);
  queue = FixedArray::cast(*ticks_.Get());
  queue->set(kFirstTick + 2 * head, Value::Undefined());
  queue->set(kFirstTick + 2 * head + 1, Value::Undefined());
  if (head + 1 == tail) head = tail = 0; else head++;
  queue->set(kTickHead, Value::FromInt32(head));
  queue->set(kTickTail, Value::FromInt32(tail));
  return true;
}

// -- Running ----------------------------------------------------------------------

// Once per iteration, before the poll phase: host tasks (FinalizationRegistry
// cleanups) and the trace of the coming poll.
void EventLoop::OnPrepare(uv_prepare_t* handle) {
  EventLoop* self = static_cast<EventLoop*>(handle->loop->data);
  if (Terminating(self->isolate_)) return;
  self->iteration_++;
  self->RunHostTasks();
  if (self->trace_) {
    self->Trace("poll: enter (iteration %" PRId64 ", timeout %d ms)", self->iteration_,
                uv_backend_timeout(&self->loop_));
  }
}

bool EventLoop::RunHostTasks() {
  if (!HasPendingHostTasks(isolate_)) return false;
  Trace("host tasks: run");
  auto report = [](Isolate* isolate, void*) { HandleUncaughtException(isolate); };
  RunJobs(isolate_, report, nullptr);
  RunTicksAndMicrotasks(isolate_);
  return true;
}

void EventLoop::Stop() { uv_stop(&loop_); }

// node's SpinEventLoop: run until nothing ref'd is left, then 'beforeExit'
// (whose listeners may schedule more), host tasks, and again.
void EventLoop::Run() {
  running_ = true;
  loop_start_ms_ = HighResNow();
  Trace("loop: start");
  for (;;) {
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (Terminating(isolate_)) break;
    if (RunHostTasks()) continue;
    if (uv_loop_alive(&loop_)) continue;
    EmitBeforeExit(isolate_);
    if (Terminating(isolate_)) break;
    if (!uv_loop_alive(&loop_) && !HasPendingHostTasks(isolate_)) break;
  }
  Trace("loop: end (%s)", Terminating(isolate_) ? "terminated" : "nothing ref'd left");
  running_ = false;
}

// -- Callbacks, the checkpoint, uncaught exceptions, exit ---------------------------

bool MakeCallback(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver, int argc,
                  const Handle<Value>* argv) {
  if (Terminating(isolate)) return false;
  MaybeHandle<Value> result = Execution::Call(isolate, callable, receiver, argc, argv);
  if (!result.is_null()) return true;
  HandleUncaughtException(isolate);
  return false;
}

bool CallWithArgumentArray(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                           Handle<Value> args) {
  if (!args->IsHeapObject() || !IsFixedArray(*args)) return MakeCallback(isolate, callable, receiver, 0, nullptr);
  int argc = FixedArray::cast(*args)->length();
  std::vector<Handle<Value>> argv;
  argv.reserve(argc);
  for (int i = 0; i < argc; i++) argv.push_back(Handle<Value>(FixedArray::cast(*args)->get(i), isolate));
  return MakeCallback(isolate, callable, receiver, argc, argv.data());
}

namespace {

void OnMicrotaskException(Isolate* isolate, void*) { HandleUncaughtException(isolate); }

}  // namespace

bool RunTicksAndMicrotasks(Isolate* isolate) {
  if (Terminating(isolate)) return false;
  EventLoop* loop = EventLoop::Get(isolate);
  do {
    int ticks = 0;
    for (;;) {
      HandleScope scope(isolate);
      Handle<Value> callback;
      Handle<Value> args;
      if (!loop->DequeueTick(&callback, &args)) break;
      ticks++;
      if (loop->trace() && ticks % 100000 == 0) {
        loop->Trace("ticks: %d in one checkpoint and counting: the loop cannot move on", ticks);
      }
      Handle<Value> undefined(Value::Undefined(), isolate);
      if (!CallWithArgumentArray(isolate, callback, undefined, args)) return false;
    }
    if (ticks > 0) loop->Trace("ticks: %d ran", ticks);
    int microtasks = PendingMicrotaskCount(isolate);
    if (microtasks > 0) loop->Trace("microtasks: %d queued, running", microtasks);
    RunMicrotasks(isolate, OnMicrotaskException, nullptr);
    if (Terminating(isolate)) return false;
    // node's processPromiseRejections, in the same place: a rejection still
    // unhandled after the checkpoint is reported and ends the process (1).
    if (!ProcessUnhandledRejections(isolate)) {
      ExitProcess(isolate, 1, true);
      return false;
    }
  } while (loop->HasTicks());
  return true;
}

void HandleUncaughtException(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->terminating) {
    isolate->clear_pending_exception();
    return;
  }
  ReportUncaughtException(isolate);
  ExitProcess(isolate, 1, true);
}

int RunEventLoop(Isolate* isolate, bool script_ok) {
  RuntimeState* state = RuntimeStateOf(isolate);
  EventLoop* loop = EventLoop::Get(isolate);
  if (!script_ok && !state->terminating) HandleUncaughtException(isolate);
  loop->Trace("main script: done");
  if (RunTicksAndMicrotasks(isolate)) loop->Run();
  if (!state->terminating) ExitProcess(isolate, 0, false);
  return state->exit_code;
}

}  // namespace lucid
