// Copyright the Lucid authors. MIT license.
// require('perf_hooks'): performance.now(), performance.timeOrigin,
// performance.eventLoopUtilization() (libuv's idle-time metric) and
// monitorEventLoopDelay({resolution}), node's ELDHistogram: an unref'd uv
// timer firing every {resolution} ms records the time since its previous
// firing (so a loop blocked for N ms shows a sample >= N ms), and the
// histogram answers min/max/mean/stddev/percentile(p)/percentiles/count/
// exceeds in nanoseconds.

#include <sys/time.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/builtins.h"
#include "runtime/event_loop.h"
#include "runtime/library/library_util.h"
#include "runtime/node/node_util.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"

namespace lucid {

struct EventLoop::DelayMonitor {
  EventLoop* loop = nullptr;
  int64_t id = 0;
  uv_timer_t timer;
  int64_t resolution = 10;
  bool enabled = false;
  uint64_t previous = 0;
  // Every sample, in ns (one per {resolution} ms while enabled: small).
  std::vector<int64_t> samples;
  double sum = 0;
  int64_t min = INT64_MAX;
  int64_t max = 0;
  Global<Value> object;  // weak: the monitor dies with its histogram
};

namespace {

void FreeMonitor(uv_handle_t* handle) { delete static_cast<EventLoop::DelayMonitor*>(handle->data); }

void OnDelayInterval(uv_timer_t* handle) {
  auto* monitor = static_cast<EventLoop::DelayMonitor*>(handle->data);
  uint64_t now = uv_hrtime();
  if (monitor->previous > 0 && now > monitor->previous) {
    int64_t delta = static_cast<int64_t>(now - monitor->previous);
    monitor->samples.push_back(delta);
    monitor->sum += static_cast<double>(delta);
    monitor->min = std::min(monitor->min, delta);
    monitor->max = std::max(monitor->max, delta);
  }
  monitor->previous = now;
}

void OnHistogramDied(void* parameter) {
  auto* monitor = static_cast<EventLoop::DelayMonitor*>(parameter);
  auto& monitors = monitor->loop->monitors;
  monitors.erase(std::remove(monitors.begin(), monitors.end(), monitor), monitors.end());
  EventLoop::DestroyDelayMonitor(monitor);
}

EventLoop::DelayMonitor* MonitorOf(Isolate* isolate, Value receiver) {
  if (!receiver.IsHeapObject() || !IsJSObject(receiver)) return nullptr;
  EventLoop* loop = EventLoop::Get(isolate);
  Value id = Runtime_GetProperty(isolate, receiver, *loop->id_symbol());
  if (id.IsException()) {
    isolate->clear_pending_exception();
    return nullptr;
  }
  if (!id.IsNumber()) return nullptr;
  for (EventLoop::DelayMonitor* monitor : loop->monitors) {
    if (monitor->id == static_cast<int64_t>(id.Number())) return monitor;
  }
  return nullptr;
}

// HDR's value at percentile {p}: the smallest sample with at least p% of
// the samples at or below it.
int64_t ValueAtPercentile(const std::vector<int64_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  double count = static_cast<double>(sorted.size());
  int64_t rank = static_cast<int64_t>(std::ceil(p / 100.0 * count));
  rank = std::clamp<int64_t>(rank, 1, static_cast<int64_t>(sorted.size()));
  return sorted[static_cast<size_t>(rank - 1)];
}

std::vector<int64_t> Sorted(const EventLoop::DelayMonitor* monitor) {
  std::vector<int64_t> sorted = monitor->samples;
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

Value ThisMonitorOrThrow(Isolate* isolate, BuiltinArguments args, EventLoop::DelayMonitor** out) {
  *out = MonitorOf(isolate, *args.receiver());
  if (*out == nullptr) {
    return node::ThrowNodeError(isolate, ErrorKind::kTypeError, "ERR_INVALID_THIS",
                                "Value of \"this\" must be of type Histogram");
  }
  return Value::Undefined();
}

#define THIS_MONITOR(var)                                                    \
  EventLoop::DelayMonitor* var;                                              \
  if (ThisMonitorOrThrow(isolate, args, &var).IsException()) return Value::Exception()

}  // namespace

void EventLoop::DestroyDelayMonitor(DelayMonitor* monitor) {
  uv_timer_stop(&monitor->timer);
  monitor->object.Reset();
  uv_close(reinterpret_cast<uv_handle_t*>(&monitor->timer), FreeMonitor);
}

Value Builtin_PerformanceNow(Isolate* isolate, BuiltinArguments) {
  return Value::FromDouble(EventLoop::Get(isolate)->HighResNow());
}

// performance.eventLoopUtilization([util1[, util2]]), node's formula: idle
// is libuv's idle time since the loop started, active the rest.
Value Builtin_PerformanceEventLoopUtilization(Isolate* isolate, BuiltinArguments args) {
  EventLoop* loop = EventLoop::Get(isolate);
  double idle = 0, active = 0;
  bool started = loop->loop_start() > 0;
  auto read = [&](Handle<Value> util, double* util_idle, double* util_active) {
    Handle<Value> i, a;
    if (!library::GetProperty(isolate, util, "idle").ToHandle(&i)) return false;
    if (!library::GetProperty(isolate, util, "active").ToHandle(&a)) return false;
    return library::ToNumber(isolate, i, util_idle) && library::ToNumber(isolate, a, util_active);
  };
  if (started) {
    if (!args[1].IsUndefined()) {
      double i1, a1, i2, a2;
      if (!read(args.at(0), &i1, &a1) || !read(args.at(1), &i2, &a2)) return Value::Exception();
      idle = i1 - i2;
      active = a1 - a2;
    } else {
      idle = loop->IdleTimeMs();
      active = loop->HighResNow() - loop->loop_start() - idle;
      if (!args[0].IsUndefined()) {
        double i1, a1;
        if (!read(args.at(0), &i1, &a1)) return Value::Exception();
        idle -= i1;
        active -= a1;
      }
    }
  }
  Handle<JSObject> result = node::NewObject(isolate);
  node::SetNumber(isolate, result, "idle", idle);
  node::SetNumber(isolate, result, "active", active);
  node::SetNumber(isolate, result, "utilization", started ? active / (idle + active) : 0);
  return result->ToValue();
}

Value Builtin_MonitorEventLoopDelay(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> options = args.at(0);
  int64_t resolution = 10;
  if (!options->IsUndefined()) {
    if (!options->IsHeapObject() || !IsJSReceiver(*options)) {
      return node::ThrowInvalidArgType(isolate, "options", "object", options);
    }
    Handle<Value> value;
    if (!library::GetProperty(isolate, options, "resolution").ToHandle(&value)) return Value::Exception();
    if (!value->IsUndefined()) {
      if (!value->IsNumber()) return node::ThrowInvalidArgType(isolate, "options.resolution", "number", value);
      double number = value->Number();
      std::string received = library::NumberToAscii(number);
      if (number != std::trunc(number)) {
        return node::ThrowOutOfRange(isolate, "options.resolution", "an integer", received);
      }
      if (!(number >= 1 && number <= 9007199254740991.0)) {
        return node::ThrowOutOfRange(isolate, "options.resolution", ">= 1 && <= 9007199254740991", received);
      }
      resolution = static_cast<int64_t>(number);
    }
  }
  EventLoop* loop = EventLoop::Get(isolate);
  Handle<Value> prototype = loop->histogram_prototype();
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectWithPrototype(prototype);
  auto* monitor = new EventLoop::DelayMonitor();
  monitor->loop = loop;
  monitor->id = loop->NextAsyncId();
  monitor->resolution = resolution;
  uv_timer_init(loop->uv_loop(), &monitor->timer);
  monitor->timer.data = monitor;
  // Sampling never keeps the process alive (node unrefs it too).
  uv_unref(reinterpret_cast<uv_handle_t*>(&monitor->timer));
  monitor->object.Reset(isolate, Handle<Value>(object));
  monitor->object.SetWeak(monitor, OnHistogramDied);
  loop->monitors.push_back(monitor);
  JSObject::AddProperty(isolate, object, Handle<Name>::cast(loop->id_symbol()),
                        node::NumberValue(isolate, static_cast<double>(monitor->id)), DONT_ENUM);
  return object->ToValue();
}

Value Builtin_HistogramEnable(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  if (monitor->enabled) return Value::False();
  monitor->enabled = true;
  monitor->previous = 0;
  uint64_t r = static_cast<uint64_t>(monitor->resolution);
  uv_timer_start(&monitor->timer, OnDelayInterval, r, r);
  return Value::True();
}

Value Builtin_HistogramDisable(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  if (!monitor->enabled) return Value::False();
  monitor->enabled = false;
  uv_timer_stop(&monitor->timer);
  return Value::True();
}

Value Builtin_HistogramReset(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  monitor->samples.clear();
  monitor->sum = 0;
  monitor->min = INT64_MAX;
  monitor->max = 0;
  monitor->previous = 0;
  return Value::Undefined();
}

Value Builtin_HistogramPercentile(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  Handle<Value> p = args.at(0);
  if (!p->IsNumber()) return node::ThrowInvalidArgType(isolate, "percentile", "number", p);
  double percentile = p->Number();
  if (!(percentile > 0 && percentile <= 100)) {
    return node::ThrowOutOfRange(isolate, "percentile", "> 0 && <= 100", library::NumberToAscii(percentile));
  }
  return Value::FromDouble(static_cast<double>(ValueAtPercentile(Sorted(monitor), percentile)));
}

Value Builtin_HistogramCount(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  return Value::FromDouble(static_cast<double>(monitor->samples.size()));
}

Value Builtin_HistogramMin(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  return Value::FromDouble(static_cast<double>(monitor->min));
}

Value Builtin_HistogramMax(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  return Value::FromDouble(static_cast<double>(monitor->max));
}

Value Builtin_HistogramMean(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  if (monitor->samples.empty()) return Value::FromDouble(std::nan(""));
  return Value::FromDouble(monitor->sum / static_cast<double>(monitor->samples.size()));
}

Value Builtin_HistogramStddev(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  if (monitor->samples.empty()) return Value::FromDouble(std::nan(""));
  double mean = monitor->sum / static_cast<double>(monitor->samples.size());
  double squares = 0;
  for (int64_t sample : monitor->samples) {
    double d = static_cast<double>(sample) - mean;
    squares += d * d;
  }
  return Value::FromDouble(std::sqrt(squares / static_cast<double>(monitor->samples.size())));
}

Value Builtin_HistogramExceeds(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  return Value::FromInt32(0);
}

// A Map percentile -> value at the levels HDR's percentile iterator
// reports: 0, 50, 75, 87.5, ... until every sample is covered, then 100.
Value Builtin_HistogramPercentiles(Isolate* isolate, BuiltinArguments args) {
  THIS_MONITOR(monitor);
  Handle<Value> map_constructor;
  Handle<Value> global(FactoryOf(isolate)->native_context()->global_object(), isolate);
  if (!library::GetProperty(isolate, global, "Map").ToHandle(&map_constructor)) return Value::Exception();
  Handle<Value> map;
  if (!Execution::Construct(isolate, map_constructor, 0, nullptr, Handle<Value>()).ToHandle(&map)) {
    return Value::Exception();
  }
  Handle<Value> set;
  if (!library::GetProperty(isolate, map, "set").ToHandle(&set)) return Value::Exception();
  std::vector<int64_t> sorted = Sorted(monitor);
  auto add = [&](double level, int64_t value) {
    HandleScope scope(isolate);
    Handle<Value> key = node::NumberValue(isolate, level);
    Handle<Value> v = node::NumberValue(isolate, static_cast<double>(value));
    return !library::Call(isolate, set, map, {key, v}).is_null();
  };
  if (!sorted.empty()) {
    double count = static_cast<double>(sorted.size());
    if (!add(0, sorted.front())) return Value::Exception();
    double level = 50;
    for (int step = 1; step < 64; step++) {
      if (!add(level, ValueAtPercentile(sorted, level))) return Value::Exception();
      if (std::ceil(level / 100.0 * count) >= count) break;
      level = 100.0 - 100.0 / std::pow(2.0, step + 1);
    }
  }
  if (!add(100, sorted.empty() ? 0 : sorted.back())) return Value::Exception();
  return *map;
}

#undef THIS_MONITOR

// -- Module objects ------------------------------------------------------------------

Handle<JSObject> MakePerformance(Isolate* isolate) {
  Handle<JSObject> performance = node::NewObject(isolate);
  InstallFunction(isolate, performance, Builtin::kPerformanceNow);
  InstallFunction(isolate, performance, Builtin::kPerformanceEventLoopUtilization);
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  double origin = static_cast<double>(tv.tv_sec) * 1000.0 + static_cast<double>(tv.tv_usec) / 1000.0 -
                  EventLoop::Get(isolate)->HighResNow();
  node::SetNumber(isolate, performance, "timeOrigin", origin);
  return performance;
}

Handle<JSObject> MakePerfHooksModule(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  Handle<Value> global(FactoryOf(isolate)->native_context()->global_object(), isolate);
  Handle<Value> performance;
  if (!library::GetProperty(isolate, global, "performance").ToHandle(&performance)) {
    isolate->clear_pending_exception();
    performance = MakePerformance(isolate);
  }
  node::Set(isolate, module, "performance", performance);
  InstallFunction(isolate, module, Builtin::kMonitorEventLoopDelay);
  // The histograms' prototype (IntervalHistogram in node).
  EventLoop* loop = EventLoop::Get(isolate);
  if (!loop->has_histogram_prototype()) {
    Handle<JSObject> prototype = node::NewObject(isolate);
    InstallFunction(isolate, prototype, Builtin::kHistogramEnable);
    InstallFunction(isolate, prototype, Builtin::kHistogramDisable);
    InstallFunction(isolate, prototype, Builtin::kHistogramReset);
    InstallFunction(isolate, prototype, Builtin::kHistogramPercentile);
    InstallAccessor(isolate, prototype, "count", Builtin::kHistogramCount, Builtin::kCount);
    InstallAccessor(isolate, prototype, "min", Builtin::kHistogramMin, Builtin::kCount);
    InstallAccessor(isolate, prototype, "max", Builtin::kHistogramMax, Builtin::kCount);
    InstallAccessor(isolate, prototype, "mean", Builtin::kHistogramMean, Builtin::kCount);
    InstallAccessor(isolate, prototype, "stddev", Builtin::kHistogramStddev, Builtin::kCount);
    InstallAccessor(isolate, prototype, "exceeds", Builtin::kHistogramExceeds, Builtin::kCount);
    InstallAccessor(isolate, prototype, "percentiles", Builtin::kHistogramPercentiles, Builtin::kCount);
    loop->set_histogram_prototype(prototype);
  }
  return module;
}

}  // namespace lucid
