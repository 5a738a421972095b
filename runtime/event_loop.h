// Copyright the Lucid authors. MIT license.
//
// The node-style event loop on libuv (DESIGN.md "runtime/"; docs/runtime.md
// "The event loop" draws it): node's timer lists and their priority queue
// behind one uv_timer_t, setImmediate's queue behind a uv_check_t (plus a
// uv_idle_t that keeps the poll phase from blocking while ref'd immediates
// wait), process.nextTick's queue on the heap, and the checkpoint that runs
// after every macrotask: RunTicksAndMicrotasks, node's
// processTicksAndRejections.
//
// JS callbacks and the objects that own them are held by Global handles;
// thread-pool work (runtime/node/fs.cc) never touches the JS heap: its
// results become JS values on the loop thread.

#ifndef LUCID_RUNTIME_EVENT_LOOP_H_
#define LUCID_RUNTIME_EVENT_LOOP_H_

#include <uv.h>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSObject;

// -- The checkpoint -----------------------------------------------------------------
//
// node's processTicksAndRejections: run every queued process.nextTick
// callback (ticks queued by ticks included), then a microtask checkpoint
// (RunMicrotasks), and repeat while either queued more. Called after the
// main script, after every timer, immediate and I/O callback, so nextTicks
// always run before promise jobs and both before the loop moves on.
// Returns false if the process is terminating (an uncaught exception was
// reported, or process.exit ran): the caller must not run more JS.
bool RunTicksAndMicrotasks(Isolate* isolate);

// Calls {callable} as a macrotask callback from the loop: receiver and
// arguments as given; an exception is reported as uncaught (stderr, 'exit'
// listeners with code 1, termination). Does not run the checkpoint. Returns
// false if it threw or the process is terminating.
bool MakeCallback(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver, int argc,
                  const Handle<Value>* argv);
// The same with the arguments in a FixedArray ({args} undefined: none).
bool CallWithArgumentArray(Isolate* isolate, Handle<Value> callable, Handle<Value> receiver,
                           Handle<Value> args);

// Reports the pending exception as uncaught (node's stderr layout), emits
// 'exit' with code 1 and starts the termination. Clears the exception.
void HandleUncaughtException(Isolate* isolate);

// process.exit(code) and the end of the program: emits 'exit' once
// (listeners may change process.exitCode), flushes stdout, records the exit
// code and makes the process terminate: JS does not run again. Returns the
// final exit code.
int ExitProcess(Isolate* isolate, int code, bool code_given);

// Emits process 'beforeExit' (runtime/node/process.cc).
void EmitBeforeExit(Isolate* isolate);

// The `lucid` host: runs the loop after the main script until nothing ref'd
// is left (or termination), then emits 'exit'. Returns the exit code.
// {script_ok}: the main script finished without an exception.
int RunEventLoop(Isolate* isolate, bool script_ok);

// Installs setTimeout & co. on the global object and the `process` object
// (runtime/node/process.cc). Called by the bootstrapper.
void InstallEventLoopGlobals(Isolate* isolate, Handle<JSObject> global);

// process.argv = [argv0, script, ...args] (before the main script runs).
void SetProcessArgv(Isolate* isolate, const std::string& argv0, const std::string& script,
                    const std::vector<std::string>& args);

// require('fs'), require('node:timers')... : the builtin module object, or
// an empty handle if {id} is not one (then require resolves files).
MaybeHandle<Value> LoadBuiltinModule(Isolate* isolate, const std::string& id, bool* found);

// -- The loop's state ---------------------------------------------------------------

class EventLoop {
 public:
  // Created on first use (isolate extension kEventLoop).
  static EventLoop* Get(Isolate* isolate);
  explicit EventLoop(Isolate* isolate);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  Isolate* isolate() const { return isolate_; }
  uv_loop_t* uv_loop() { return &loop_; }
  bool trace() const { return trace_; }
  // One --trace-event-loop line ("[event-loop] ..." on stderr).
  void Trace(const char* format, ...) __attribute__((format(printf, 2, 3)));

  // node's getLibuvNow(): the loop's clock, updated, in ms since the loop
  // was created.
  int64_t Now();
  // performance.now(): high-resolution ms since the isolate started.
  double HighResNow() const;
  // The loop's start (performance.now() units) and idle time in ms, for
  // performance.eventLoopUtilization().
  double loop_start() const { return loop_start_ms_; }
  double IdleTimeMs();

  // -- Timers (node's lib/internal/timers.js, in C++) ----------------------------
  struct TimerList;
  struct Timer {
    EventLoop* loop;
    int64_t id;                  // async id: [Symbol.toPrimitive]() answers it
    int64_t msecs;               // _idleTimeout; -1 once cleared
    int64_t repeat;              // 0: not an interval
    int64_t idle_start = 0;      // loop time when (re)inserted
    bool refed = true;
    bool destroyed = false;
    bool has_primitive = false;  // clearTimeout(id) finds it
    bool weak = false;
    TimerList* list = nullptr;
    Timer* prev = nullptr;
    Timer* next = nullptr;
    // The Timeout object (callback and arguments are its private fields):
    // strong while in a list, weak otherwise (the record dies with it).
    Global<Value> object;
  };
  struct TimerList {
    int64_t msecs;
    int64_t expiry;
    int64_t id;  // ties between equal expiries: the older list first
    int heap_index = -1;
    Timer* head = nullptr;
    Timer* tail = nullptr;
  };
  Timer* NewTimer(Handle<Value> object, int64_t msecs, bool repeat);
  Timer* FindTimer(int64_t id);
  void InsertTimer(Timer* timer, int64_t msecs, int64_t start);
  void InsertTimer(Timer* timer, int64_t msecs) { InsertTimer(timer, msecs, Now()); }
  void UnenrollTimer(Timer* timer);
  void ActivateTimer(Timer* timer, bool refed);  // node's insertGuarded (refresh)
  void IncRefCount();
  void DecRefCount();

  // -- Immediates --------------------------------------------------------------------
  struct Immediate {
    int64_t id;
    bool refed = false;
    bool destroyed = false;
    Global<Value> object;
    Global<Value> callback;
    Global<Value> args;  // FixedArray, or undefined
  };
  Immediate* NewImmediate(Handle<Value> object, Handle<Value> callback, Handle<Value> args);
  Immediate* FindImmediate(int64_t id);
  void RefImmediate(Immediate* immediate);
  void UnrefImmediate(Immediate* immediate);
  void ClearImmediate(Immediate* immediate);

  // -- process.nextTick ------------------------------------------------------------
  void EnqueueTick(Handle<Value> callback, Handle<Value> args);
  bool DequeueTick(Handle<Value>* callback, Handle<Value>* args);
  bool HasTicks();

  // -- Private symbols keying the timer objects' internal fields -------------
  Handle<Value> id_symbol() { return id_symbol_.Get(); }
  Handle<Value> callback_symbol() { return callback_symbol_.Get(); }
  Handle<Value> args_symbol() { return args_symbol_.Get(); }
  Handle<Value> timeout_prototype() { return timeout_prototype_.Get(); }
  Handle<Value> immediate_prototype() { return immediate_prototype_.Get(); }
  Handle<Value> histogram_prototype() { return histogram_prototype_.Get(); }
  bool has_histogram_prototype() const { return !histogram_prototype_.IsEmpty(); }
  void set_histogram_prototype(Handle<Value> prototype) { histogram_prototype_.Reset(isolate_, prototype); }
  int64_t NextAsyncId() { return next_async_id_++; }
  void SetPrototypes(Handle<Value> timeout, Handle<Value> immediate) {
    timeout_prototype_.Reset(isolate_, timeout);
    immediate_prototype_.Reset(isolate_, immediate);
  }

  // The process object, its event listeners (process.on) and 'exit' state.
  Global<Value> process;
  bool exiting = false;
  struct Listener {
    std::string event;
    Global<Value> function;
    bool once;
  };
  std::vector<std::unique_ptr<Listener>> listeners;
  // Builtin modules already made (require's cache).
  std::map<std::string, Global<Value>> builtin_modules;

  // -- Loop-delay monitors (perf_hooks.monitorEventLoopDelay) ----------------
  struct DelayMonitor;
  // Sampling stops and the record is freed when {object} dies.
  std::vector<DelayMonitor*> monitors;
  static void DestroyDelayMonitor(DelayMonitor* monitor);  // perf_hooks.cc

  // Runs the loop: returns when nothing ref'd is left or on termination.
  void Run();
  bool running() const { return running_; }
  // Stops the loop after the current callback (termination).
  void Stop();

 private:
  friend struct EventLoopAccess;
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnPrepare(uv_prepare_t* handle);
  static void OnIdle(uv_idle_t*) {}
  static void OnTimerObjectDied(void* parameter);

  // node's processTimers(now) / listOnTimeout(list, now): the timers phase.
  // Returns the next expiry (negative: only unref'd timers), or 0 if none.
  int64_t ProcessTimers(int64_t now);
  bool ListOnTimeout(TimerList* list, int64_t now);
  bool RunTimer(Timer* timer);
  void SetTimerStrong(Timer* timer, bool strong);
  void FreeList(TimerList* list);
  void ScheduleTimer(int64_t duration);
  // processImmediate: the check phase.
  void ProcessImmediates();
  void ToggleImmediateRef(bool ref);
  // Host tasks of the job queue (FinalizationRegistry cleanups) run in the
  // prepare phase and whenever the loop would otherwise end.
  bool RunHostTasks();

  // The timer priority queue (a binary min-heap on (expiry, id)).
  bool ListLess(TimerList* a, TimerList* b) const {
    return a->expiry != b->expiry ? a->expiry < b->expiry : a->id < b->id;
  }
  void HeapPush(TimerList* list);
  void HeapRemove(TimerList* list);
  void HeapFix(int index);
  void HeapSwap(int a, int b);
  void ListAppend(TimerList* list, Timer* timer);
  void ListRemove(Timer* timer);

  Isolate* isolate_;
  uv_loop_t loop_;
  uv_timer_t timer_handle_;
  uv_check_t check_handle_;
  uv_idle_t idle_handle_;
  uv_prepare_t prepare_handle_;
  bool trace_ = false;
  bool running_ = false;
  uint64_t timer_base_ = 0;
  uint64_t hr_origin_ = 0;
  double loop_start_ms_ = 0;
  int64_t next_async_id_ = 2;

  std::map<int64_t, TimerList*> timer_lists_;
  std::vector<TimerList*> timer_heap_;
  int64_t next_list_id_ = 1;
  int64_t next_expiry_ = INT64_MAX;
  int timer_ref_count_ = 0;
  bool processing_timers_ = false;
  int timers_run_ = 0;
  std::vector<TimerList*> dead_lists_;
  int64_t iteration_ = 0;
  std::unordered_map<int64_t, Timer*> timers_;

  std::deque<Immediate*> immediate_queue_;
  std::unordered_map<int64_t, Immediate*> immediates_;
  int immediate_ref_count_ = 0;
  int immediate_count_ = 0;

  Global<Value> ticks_;  // FixedArray [head, tail, (callback, args)...]
  Global<Value> id_symbol_;
  Global<Value> callback_symbol_;
  Global<Value> args_symbol_;
  Global<Value> timeout_prototype_;
  Global<Value> immediate_prototype_;
  Global<Value> histogram_prototype_;
};

}  // namespace lucid

#endif  // LUCID_RUNTIME_EVENT_LOOP_H_
