// Copyright the Lucid authors. MIT license.
//
// The host job queue (DESIGN.md, "Garbage collector" roots): microtasks and
// host tasks waiting to run, stored on the heap under roots.host_job_queue
// so the GC keeps (and moves) the callables. Both queues are FIFO.

#ifndef LUCID_RUNTIME_JOB_QUEUE_H_
#define LUCID_RUNTIME_JOB_QUEUE_H_

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Isolate;

// Called with the exception of a job that threw still pending; it must
// clear it (e.g. report it as uncaught). Draining then goes on.
using JobExceptionCallback = void (*)(Isolate* isolate, void* data);

// Appends {callable} (called with no arguments, receiver undefined). A
// microtask may also be a promise job-task cell (runtime/promise.h:
// PromiseReactionJobTask, PromiseResolveThenableJobTask), run natively.
void EnqueueMicrotask(Isolate* isolate, Handle<Value> callable);
void EnqueueHostTask(Isolate* isolate, Handle<Value> callable);

// Runs microtasks until the microtask queue is empty, microtasks queued by
// microtasks included (a microtask checkpoint). Returns how many threw.
int RunMicrotasks(Isolate* isolate, JobExceptionCallback on_exception = nullptr, void* data = nullptr);

// Runs host tasks in order until none is left, each followed by a microtask
// checkpoint; microtasks already queued run first. Returns how many jobs threw.
int RunJobs(Isolate* isolate, JobExceptionCallback on_exception = nullptr, void* data = nullptr);

int PendingMicrotaskCount(Isolate* isolate);

// node's unhandled-rejection check, run after every microtask checkpoint:
// the promises rejected with no handler (the spec's
// HostPromiseRejectionTracker "reject" list, minus those that got a handler
// since) are looked at in order; the first still unhandled is reported as
// node reports it (an Error like an uncaught throw, any other reason as
// node's UnhandledPromiseRejection text) and false is returned: the process
// must exit with status 1. True when there was none.
bool ProcessUnhandledRejections(Isolate* isolate);
// True while host tasks wait (the event loop runs them; runtime/event_loop.cc).
bool HasPendingHostTasks(Isolate* isolate);

}  // namespace lucid

#endif  // LUCID_RUNTIME_JOB_QUEUE_H_
