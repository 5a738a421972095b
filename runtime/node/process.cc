// Copyright the Lucid authors. MIT license.
// The `process` object: argv, env, nextTick, exit/exitCode and the 'exit'
// and 'beforeExit' events (a minimal on/once/removeListener/emit), hrtime,
// memoryUsage, uptime, cwd, stdout/stderr.write; the globals the event loop
// adds; require() of builtin modules.

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "runtime/builtins.h"
#include "runtime/event_loop.h"
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
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"

extern char** environ;

namespace lucid {

// Defined by the other runtime/node files.
void InstallTimers(Isolate* isolate, Handle<JSObject> global);
Handle<JSObject> MakeFsModule(Isolate* isolate);
Handle<JSObject> MakeCryptoModule(Isolate* isolate);
Handle<JSObject> MakePerfHooksModule(Isolate* isolate);
Handle<JSObject> MakeV8Module(Isolate* isolate);  // runtime/node/v8_module.cc
Handle<JSObject> MakeFsPromisesModule(Isolate* isolate);
Handle<JSObject> MakePerformance(Isolate* isolate);

namespace {

Handle<JSObject> ProcessObject(Isolate* isolate) {
  return Handle<JSObject>::cast(EventLoop::Get(isolate)->process.Get());
}

Handle<Value> NewArray(Isolate* isolate, std::initializer_list<Value> values) {
  Handle<FixedArray> elements = FactoryOf(isolate)->NewFixedArray(static_cast<int>(values.size()));
  int i = 0;
  for (Value v : values) (*elements)->set(i++, v);
  return FactoryOf(isolate)->NewJSArrayWithElements(elements);
}

// process.exitCode as an exit status: undefined/null/0 -> 0.
int ReadExitCode(Isolate* isolate) {
  HandleScope scope(isolate);
  Handle<Value> process = EventLoop::Get(isolate)->process.Get();
  Handle<Value> code;
  if (!library::GetProperty(isolate, process, "exitCode").ToHandle(&code)) {
    isolate->clear_pending_exception();
    return 0;
  }
  if (code->IsNullOrUndefined()) return 0;
  double number;
  if (!library::ToNumber(isolate, code, &number)) {
    isolate->clear_pending_exception();
    return 0;
  }
  return std::isfinite(number) ? static_cast<int>(static_cast<int64_t>(number) & 0xFF) : 0;
}

// Calls the listeners of {event} (this = process), once-listeners removed
// first. False with the exception pending if one threw.
bool Emit(Isolate* isolate, const std::string& event, int argc, const Handle<Value>* argv, bool* any) {
  EventLoop* loop = EventLoop::Get(isolate);
  HandleScope scope(isolate);
  std::vector<Handle<Value>> functions;
  auto& listeners = loop->listeners;
  for (size_t i = 0; i < listeners.size();) {
    if (listeners[i]->event != event) {
      i++;
      continue;
    }
    functions.push_back(Handle<Value>(*listeners[i]->function.Get(), isolate));
    if (listeners[i]->once) listeners.erase(listeners.begin() + static_cast<ptrdiff_t>(i)); else i++;
  }
  if (any != nullptr) *any = !functions.empty();
  Handle<Value> process = loop->process.Get();
  for (Handle<Value> function : functions) {
    if (Execution::Call(isolate, function, process, argc, argv).is_null()) return false;
  }
  return true;
}

}  // namespace

int ExitProcess(Isolate* isolate, int code, bool code_given) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->terminating) return state->exit_code;
  EventLoop* loop = EventLoop::Get(isolate);
  HandleScope scope(isolate);
  if (code_given) node::SetNumber(isolate, ProcessObject(isolate), "exitCode", code);
  if (!loop->exiting) {
    loop->exiting = true;
    Handle<Value> arg = node::NumberValue(isolate, ReadExitCode(isolate));
    if (!Emit(isolate, "exit", 1, &arg, nullptr)) {
      if (state->terminating) {
        isolate->clear_pending_exception();
      } else {
        ReportUncaughtException(isolate);
        node::SetNumber(isolate, ProcessObject(isolate), "exitCode", 7);
      }
    }
    // process.exit() inside an 'exit' listener decided already.
    if (state->terminating) return state->exit_code;
  }
  int final_code = ReadExitCode(isolate);
  std::fflush(stdout);
  std::fflush(stderr);
  state->exit_code = final_code;
  state->terminating = true;
  loop->Stop();
  return final_code;
}

void EmitBeforeExit(Isolate* isolate) {
  HandleScope scope(isolate);
  Handle<Value> arg = node::NumberValue(isolate, ReadExitCode(isolate));
  bool any = false;
  if (!Emit(isolate, "beforeExit", 1, &arg, &any)) {
    HandleUncaughtException(isolate);
    return;
  }
  if (any) RunTicksAndMicrotasks(isolate);
}

void SetProcessArgv(Isolate* isolate, const std::string& argv0, const std::string& script,
                    const std::vector<std::string>& args) {
  HandleScope scope(isolate);
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  std::string exec_path = n > 0 ? std::string(exe, static_cast<size_t>(n)) : argv0;
  int count = 2 + static_cast<int>(args.size());
  Handle<FixedArray> elements = FactoryOf(isolate)->NewFixedArray(count);
  // Each string is made before the raw store: making it may move {elements}.
  Value exec_value = *node::StringValue(isolate, exec_path);
  (*elements)->set(0, exec_value);
  Value script_value = *node::StringValue(isolate, script);
  (*elements)->set(1, script_value);
  for (size_t i = 0; i < args.size(); i++) {
    Value arg = *node::StringValue(isolate, args[i]);
    (*elements)->set(2 + static_cast<int>(i), arg);
  }
  Handle<Value> argv = FactoryOf(isolate)->NewJSArrayWithElements(elements);
  Handle<JSObject> process = ProcessObject(isolate);
  node::Set(isolate, process, "argv", argv);
  node::SetString(isolate, process, "execPath", exec_path);
}

// -- Builtins -------------------------------------------------------------------------

Value Builtin_ProcessNextTick(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> callback = args.at(0);
  if (!library::IsCallableValue(*callback)) {
    return node::ThrowInvalidArgType(isolate, "callback", "function", callback);
  }
  Handle<Value> extra(Value::Undefined(), isolate);
  if (args.length() > 1) {
    Handle<FixedArray> array = FactoryOf(isolate)->NewFixedArray(args.length() - 1);
    for (int i = 1; i < args.length(); i++) (*array)->set(i - 1, args[i]);
    extra = array;
  }
  EventLoop::Get(isolate)->EnqueueTick(callback, extra);
  return Value::Undefined();
}

// process.exit([code]): 'exit' listeners, then the uncatchable termination.
Value Builtin_ProcessExit(Isolate* isolate, BuiltinArguments args) {
  bool given = !args[0].IsNullOrUndefined();
  int code = 0;
  if (given) {
    double number;
    if (!library::ToNumber(isolate, args.at(0), &number)) return Value::Exception();
    if (!std::isfinite(number) || number != std::trunc(number)) {
      return node::ThrowInvalidArgType(isolate, "code", "number", args.at(0));
    }
    code = static_cast<int>(static_cast<int64_t>(number));
  }
  ExitProcess(isolate, code, given);
  isolate->Throw(Value::Undefined());  // the termination: RuntimeState::terminating says so
  return Value::Exception();
}

namespace {

Value AddListener(Isolate* isolate, BuiltinArguments args, bool once) {
  Handle<String> event;
  if (!library::ToString(isolate, args.at(0)).ToHandle(&event)) return Value::Exception();
  Handle<Value> listener = args.at(1);
  if (!library::IsCallableValue(*listener)) {
    return node::ThrowInvalidArgType(isolate, "listener", "function", listener);
  }
  auto record = std::make_unique<EventLoop::Listener>();
  record->event = (*event)->ToUTF8();
  record->function.Reset(isolate, listener);
  record->once = once;
  EventLoop::Get(isolate)->listeners.push_back(std::move(record));
  return *args.receiver();
}

}  // namespace

Value Builtin_ProcessOn(Isolate* isolate, BuiltinArguments args) { return AddListener(isolate, args, false); }

Value Builtin_ProcessOnce(Isolate* isolate, BuiltinArguments args) { return AddListener(isolate, args, true); }

Value Builtin_ProcessRemoveListener(Isolate* isolate, BuiltinArguments args) {
  Handle<String> event;
  if (!library::ToString(isolate, args.at(0)).ToHandle(&event)) return Value::Exception();
  std::string name = (*event)->ToUTF8();
  auto& listeners = EventLoop::Get(isolate)->listeners;
  // The most recently added match goes, as in node's EventEmitter.
  for (size_t i = listeners.size(); i-- > 0;) {
    if (listeners[i]->event == name && *listeners[i]->function.Get() == args[1]) {
      listeners.erase(listeners.begin() + static_cast<ptrdiff_t>(i));
      break;
    }
  }
  return *args.receiver();
}

Value Builtin_ProcessEmit(Isolate* isolate, BuiltinArguments args) {
  Handle<String> event;
  if (!library::ToString(isolate, args.at(0)).ToHandle(&event)) return Value::Exception();
  std::vector<Handle<Value>> argv;
  for (int i = 1; i < args.length(); i++) argv.push_back(args.at(i));
  bool any = false;
  if (!Emit(isolate, (*event)->ToUTF8(), static_cast<int>(argv.size()), argv.data(), &any)) {
    return Value::Exception();
  }
  return Value::FromBool(any);
}

Value Builtin_ProcessListenerCount(Isolate* isolate, BuiltinArguments args) {
  Handle<String> event;
  if (!library::ToString(isolate, args.at(0)).ToHandle(&event)) return Value::Exception();
  std::string name = (*event)->ToUTF8();
  int count = 0;
  for (auto& listener : EventLoop::Get(isolate)->listeners) count += listener->event == name;
  return Value::FromInt32(count);
}

// process.hrtime([previous]): [seconds, nanoseconds], relative to
// {previous} when given.
Value Builtin_ProcessHrtime(Isolate* isolate, BuiltinArguments args) {
  uint64_t now = uv_hrtime();
  double seconds = static_cast<double>(now / 1000000000);
  double nanos = static_cast<double>(now % 1000000000);
  if (!args[0].IsUndefined()) {
    if (!library::IsArrayValue(args[0])) {
      return node::ThrowInvalidArgType(isolate, "time", "an instance of Array", args.at(0));
    }
    double length;
    if (!library::LengthOfArrayLike(isolate, Handle<JSReceiver>::cast(args.at(0)), &length)) {
      return Value::Exception();
    }
    if (length != 2) {
      return node::ThrowOutOfRange(isolate, "time", "2", library::NumberToAscii(length));
    }
    Handle<Value> s, ns;
    if (!library::GetElement(isolate, args.at(0), 0).ToHandle(&s)) return Value::Exception();
    if (!library::GetElement(isolate, args.at(0), 1).ToHandle(&ns)) return Value::Exception();
    double prev_s, prev_ns;
    if (!library::ToNumber(isolate, s, &prev_s) || !library::ToNumber(isolate, ns, &prev_ns)) {
      return Value::Exception();
    }
    seconds -= prev_s;
    nanos -= prev_ns;
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
  }
  return *NewArray(isolate, {Value::FromDouble(seconds), Value::FromDouble(nanos)});
}

Value Builtin_ProcessHrtimeBigint(Isolate* isolate, BuiltinArguments) {
  return library::ThrowTypeError(isolate, "not supported: BigInt");
}

Value Builtin_ProcessMemoryUsage(Isolate* isolate, BuiltinArguments) {
  double rss = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    unsigned long size = 0, resident = 0;
    if (std::fscanf(f, "%lu %lu", &size, &resident) == 2) {
      rss = static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
    }
    std::fclose(f);
  }
  Heap::HeapStatistics stats = isolate->heap()->GetStatistics();
  Handle<JSObject> result = node::NewObject(isolate);
  node::SetNumber(isolate, result, "rss", rss);
  node::SetNumber(isolate, result, "heapTotal", static_cast<double>(stats.total_heap_size));
  node::SetNumber(isolate, result, "heapUsed", static_cast<double>(stats.used_heap_size));
  node::SetNumber(isolate, result, "external", 0);
  node::SetNumber(isolate, result, "arrayBuffers", 0);
  return result->ToValue();
}

Value Builtin_ProcessCwd(Isolate* isolate, BuiltinArguments) {
  char buffer[4096];
  if (getcwd(buffer, sizeof(buffer)) == nullptr) return *node::StringValue(isolate, ".");
  return *node::StringValue(isolate, buffer);
}

Value Builtin_ProcessUptime(Isolate* isolate, BuiltinArguments) {
  return Value::FromDouble(EventLoop::Get(isolate)->HighResNow() / 1000.0);
}

namespace {

Value WriteTo(Isolate* isolate, BuiltinArguments args, FILE* out) {
  std::string bytes;
  node::BytesResult result = node::ValueToBytes(isolate, args.at(0), &bytes);
  if (result == node::BytesResult::kException) return Value::Exception();
  if (result == node::BytesResult::kWrongType) {
    return node::ThrowInvalidArgType(isolate, "chunk", "string or an instance of Buffer or Uint8Array",
                                     args.at(0));
  }
  if (out == stderr) std::fflush(stdout);
  std::fwrite(bytes.data(), 1, bytes.size(), out);
  if (out == stderr) std::fflush(stderr);
  // write(chunk, cb) / write(chunk, encoding, cb): the callback runs as a
  // nextTick once the bytes are handed over.
  for (int i = 1; i < args.length() && i < 3; i++) {
    if (library::IsCallableValue(args[i])) {
      Handle<Value> none(Value::Undefined(), isolate);
      EventLoop::Get(isolate)->EnqueueTick(args.at(i), none);
      break;
    }
  }
  return Value::True();
}

}  // namespace

Value Builtin_ProcessStdoutWrite(Isolate* isolate, BuiltinArguments args) { return WriteTo(isolate, args, stdout); }

Value Builtin_ProcessStderrWrite(Isolate* isolate, BuiltinArguments args) { return WriteTo(isolate, args, stderr); }

// -- Installation -------------------------------------------------------------------

namespace {

void DefineGlobalValue(Isolate* isolate, Handle<JSObject> global, const char* name, Handle<Value> value) {
  Handle<Name> key = FactoryOf(isolate)->InternalizeUtf8(name);
  PropertyDescriptor desc = PropertyDescriptor::Data(value, DONT_ENUM);
  (void)JSReceiver::DefineOwnProperty(isolate, global, PropertyKey::FromName(key), desc);
}

Handle<JSObject> MakeProcess(Isolate* isolate) {
  Factory* factory = FactoryOf(isolate);
  // process and process.env are made in dictionary mode: dozens of
  // properties added once, so no chain of transition shapes (every shape
  // and descriptor table is one more cell each GC and --verify-heap visit).
  Handle<JSObject> process = factory->NewJSObject();
  JSObject::NormalizeProperties(isolate, process, NormalizeReason::kTooManyFastProperties);
  node::SetString(isolate, process, "title", "lucid");
  node::SetString(isolate, process, "version", "v0.1.0");
  Handle<JSObject> versions = node::NewObject(isolate);
  node::SetString(isolate, versions, "lucid", "0.1.0");
  node::SetString(isolate, versions, "uv", uv_version_string());
  node::Set(isolate, process, "versions", versions);
  node::SetString(isolate, process, "platform", "linux");
#if defined(__aarch64__)
  node::SetString(isolate, process, "arch", "arm64");
#else
  node::SetString(isolate, process, "arch", "x64");
#endif
  Handle<JSObject> release = node::NewObject(isolate);
  node::SetString(isolate, release, "name", "lucid");
  node::Set(isolate, process, "release", release);
  node::SetNumber(isolate, process, "pid", getpid());
  node::SetNumber(isolate, process, "ppid", getppid());
  node::Set(isolate, process, "argv", NewArray(isolate, {}));
  node::Set(isolate, process, "execArgv", NewArray(isolate, {}));
  Handle<JSObject> env = node::NewObject(isolate);
  JSObject::NormalizeProperties(isolate, env, NormalizeReason::kTooManyFastProperties);
  for (char** e = environ; e != nullptr && *e != nullptr; e++) {
    HandleScope scope(isolate);
    const char* eq = std::strchr(*e, '=');
    if (eq == nullptr) continue;
    std::string name(*e, static_cast<size_t>(eq - *e));
    Handle<Name> key = factory->InternalizeUtf8(name);
    (void)library::CreateDataPropertyOrThrow(isolate, env, PropertyKey::FromName(key),
                                             node::StringValue(isolate, eq + 1));
  }
  node::Set(isolate, process, "env", env);
  node::Set(isolate, process, "exitCode", Handle<Value>(Value::Undefined(), isolate));
  for (Builtin id : {Builtin::kProcessNextTick, Builtin::kProcessExit, Builtin::kProcessOn,
                     Builtin::kProcessOnce, Builtin::kProcessRemoveListener, Builtin::kProcessEmit,
                     Builtin::kProcessListenerCount, Builtin::kProcessMemoryUsage, Builtin::kProcessCwd,
                     Builtin::kProcessUptime}) {
    InstallFunction(isolate, process, id);
  }
  InstallFunction(isolate, process, Builtin::kProcessOn, "addListener");
  InstallFunction(isolate, process, Builtin::kProcessRemoveListener, "off");
  Handle<JSObject> hrtime = InstallFunction(isolate, process, Builtin::kProcessHrtime);
  InstallFunction(isolate, hrtime, Builtin::kProcessHrtimeBigint);
  Handle<JSObject> out = node::NewObject(isolate);
  InstallFunction(isolate, out, Builtin::kProcessStdoutWrite);
  node::SetNumber(isolate, out, "fd", 1);
  node::Set(isolate, process, "stdout", out);
  Handle<JSObject> err = node::NewObject(isolate);
  InstallFunction(isolate, err, Builtin::kProcessStderrWrite);
  node::SetNumber(isolate, err, "fd", 2);
  node::Set(isolate, process, "stderr", err);
  return process;
}

Handle<JSObject> MakeTimersModule(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  Handle<Value> global(FactoryOf(isolate)->native_context()->global_object(), isolate);
  for (const char* name : {"setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval",
                           "clearImmediate"}) {
    Handle<Value> function;
    if (library::GetProperty(isolate, global, name).ToHandle(&function)) {
      node::Set(isolate, module, name, function);
    } else {
      isolate->clear_pending_exception();
    }
  }
  return module;
}

}  // namespace

void InstallEventLoopGlobals(Isolate* isolate, Handle<JSObject> global) {
  HandleScope scope(isolate);
  EventLoop* loop = EventLoop::Get(isolate);
  InstallTimers(isolate, global);
  Handle<JSObject> process = MakeProcess(isolate);
  loop->process.Reset(isolate, Handle<Value>(process));
  DefineGlobalValue(isolate, global, "process", process);
  DefineGlobalValue(isolate, global, "performance", MakePerformance(isolate));
}

MaybeHandle<Value> LoadBuiltinModule(Isolate* isolate, const std::string& id, bool* found) {
  std::string name = id.starts_with("node:") ? id.substr(5) : id;
  *found = false;
  Handle<JSObject> (*make)(Isolate*) = nullptr;
  if (name == "fs") make = MakeFsModule;
  else if (name == "crypto") make = MakeCryptoModule;
  else if (name == "perf_hooks") make = MakePerfHooksModule;
  else if (name == "timers") make = MakeTimersModule;
  else if (name == "v8") make = MakeV8Module;
  else if (name == "fs/promises") make = MakeFsPromisesModule;
  else if (name != "process") return MaybeHandle<Value>();
  *found = true;
  EventLoop* loop = EventLoop::Get(isolate);
  if (name == "process") return Handle<Value>(*loop->process.Get(), isolate);
  auto it = loop->builtin_modules.find(name);
  if (it != loop->builtin_modules.end()) return Handle<Value>(*it->second.Get(), isolate);
  Handle<JSObject> module = make(isolate);
  loop->builtin_modules[name].Reset(isolate, Handle<Value>(module));
  return Handle<Value>(module->ToValue(), isolate);
}

}  // namespace lucid
