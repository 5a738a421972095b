// Copyright the Lucid authors. MIT license.
//
// Runs a compiled program: bootstraps an isolate, materializes the script,
// calls the top level (a classic script, or the CommonJS wrapper with
// exports, require, module, __filename, __dirname) and reports an uncaught
// exception as node does.

#include "runtime/module_loader.h"

#include <sys/stat.h>

#include <cstdio>
#include <memory>
#include <vector>
#include <string>

#include "runtime/bootstrapper.h"
#include "runtime/builtins.h"
#include "runtime/console.h"
#include "runtime/error_reporter.h"
#include "runtime/event_loop.h"
#include "runtime/job_queue.h"
#include "runtime/runner.h"
#include "vm/execution.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/script.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

void ReportUncaught(Isolate* isolate, const SourceFile& source) {
  HandleScope scope(isolate);
  Handle<Value> exception(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  std::fflush(stdout);
  std::string text;
  int script_id, position;
  RuntimeState* state = RuntimeStateOf(isolate);
  const SourceFile* site_source = &source;
  if (GetThrowSite(isolate, &script_id, &position) && position >= 0) {
    if (script_id >= 0 && script_id < static_cast<int>(state->scripts.size())) {
      site_source = state->scripts[script_id].source;
    }
    text = FormatSourceExcerpt(*site_source, position, position + 1, false);
  }
  std::string body;
  bool is_error = IsJSError(*exception);
  if (is_error) {
    Value stack = Runtime_GetProperty(isolate, *exception, isolate->roots().stack_string());
    if (stack.IsException()) {
      isolate->clear_pending_exception();
    } else if (IsString(stack)) {
      body = String::cast(stack)->ToUTF8();
    }
  }
  if (body.empty()) {
    body = FormatForConsole(isolate, *exception, true);
    if (isolate->has_pending_exception()) isolate->clear_pending_exception();
    if (is_error) text += "\n";
  } else {
    text += "\n";
  }
  text += body + "\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

Handle<Value> NewString(Isolate* isolate, const std::string& utf8) {
  return Handle<Value>(FactoryOf(isolate)->NewStringFromUtf8(utf8)->ToValue(), isolate);
}

void AddData(Isolate* isolate, Handle<JSObject> object, const char* key, Handle<Value> value) {
  Handle<Name> name = FactoryOf(isolate)->InternalizeUtf8(key);
  JSObject::AddProperty(isolate, object, name, value, NONE);
}

// The private symbol under which a module's `require` remembers its
// module's directory.
Handle<Name> DirnameKey(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->require_dirname_symbol.IsEmpty()) {
    Handle<Value> d(FactoryOf(isolate)->InternalizeAscii("#dirname")->ToValue(), isolate);
    state->require_dirname_symbol.Reset(isolate, Handle<Value>(FactoryOf(isolate)->NewPrivateSymbol(d)));
  }
  return Handle<Name>::cast(state->require_dirname_symbol.Get());
}

// Materializes {script} and calls its top level. A CommonJS module's
// wrapper gets (exports, require, module, __filename, __dirname) and this =
// module.exports; *module_out receives the module object. Returns false if
// it threw.
bool RunScript(Isolate* isolate, const SourceFile& source, CompiledScript* script, bool is_module,
               Handle<Value>* module_out) {
  Factory* factory = FactoryOf(isolate);
  int id = RegisterScriptSource(isolate, &source, is_module);
  Handle<String> text = factory->NewStringFromTwoByte(
      std::span<const uint16_t>(reinterpret_cast<const uint16_t*>(source.text().data()),
                                source.text().size()),
      AllocationType::kOld);
  Handle<String> name = factory->NewStringFromUtf8(source.name(), AllocationType::kOld);
  Handle<Script> script_cell = factory->NewScript(text, name);
  (*script_cell)->set_id(id);
  (*script_cell)->set_flags(is_module ? Script::kIsModuleWrapper : Script::kIsClassicScript);
  Handle<Value> script_scope_info;
  Handle<SharedFunctionInfo> top = MaterializeScript(isolate, *script, script_cell, &script_scope_info);
  Handle<NativeContext> native_context = factory->native_context();
  Handle<Value> context(native_context->ToValue(), isolate);
  if (!is_module && !script_scope_info->IsUndefined()) {
    Value c = Runtime_NewContext(isolate, static_cast<int>(InstanceType::kScriptContext),
                                 *script_scope_info, native_context->ToValue(), -1, Value::TheHole());
    context.Patch(c);
  }
  Handle<Value> closure(Runtime_CreateClosure(isolate, top->ToValue(), *context), isolate);
  if (!is_module) {
    Handle<Value> global(native_context->global_object(), isolate);
    return !Execution::Call(isolate, closure, global, 0, nullptr).is_null();
  }
  // node's CommonJS wrapper: this === module.exports.
  Handle<JSObject> module = factory->NewJSObject();
  *module_out = module;
  Handle<Value> exports(factory->NewJSObject()->ToValue(), isolate);
  std::string dirname = DirName(source.name());
  AddData(isolate, module, "id", NewString(isolate, "."));
  AddData(isolate, module, "path", NewString(isolate, dirname));
  AddData(isolate, module, "exports", exports);
  AddData(isolate, module, "filename", NewString(isolate, source.name()));
  Handle<Value> loaded(Value::False(), isolate);
  AddData(isolate, module, "loaded", loaded);
  Handle<JSObject> require = NewBuiltinFunction(isolate, Builtin::kRequire);
  JSObject::AddProperty(isolate, require, DirnameKey(isolate), NewString(isolate, dirname), DONT_ENUM);
  RuntimeState* state = RuntimeStateOf(isolate);
  state->module_cache[source.name()].Reset(isolate, Handle<Value>(module));
  Handle<Value> args[5] = {exports, require, module, NewString(isolate, source.name()),
                           NewString(isolate, dirname)};
  return !Execution::Call(isolate, closure, exports, 5, args).is_null();
}

bool IsFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// path.resolve(dir, id) without symlink resolution.
std::string JoinPath(const std::string& dir, const std::string& id) {
  std::string path = id[0] == '/' ? id : dir + "/" + id;
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string part = path.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

Value ModuleExports(Isolate* isolate, Handle<Value> module) {
  return Runtime_GetProperty(isolate, *module, FactoryOf(isolate)->InternalizeAscii("exports")->ToValue());
}

}  // namespace

// require(id): relative and absolute paths (".js" and "/index.js" tried),
// each file loaded once.
Value Builtin_Require(Isolate* isolate, BuiltinArguments args) {
  Value id_value = Runtime_ToString(isolate, args[0]);
  if (id_value.IsException()) return id_value;
  std::string id = String::cast(id_value)->ToUTF8();
  // Builtin modules first: 'fs', 'node:fs', 'timers', 'perf_hooks'...
  bool builtin_found = false;
  MaybeHandle<Value> builtin = LoadBuiltinModule(isolate, id, &builtin_found);
  if (builtin_found) {
    Handle<Value> exports;
    if (!builtin.ToHandle(&exports)) return Value::Exception();
    return *exports;
  }
  Value dir_value = Runtime_GetProperty(isolate, *args.target(), DirnameKey(isolate)->ToValue());
  if (dir_value.IsException()) return dir_value;
  std::string dir = IsString(dir_value) ? String::cast(dir_value)->ToUTF8() : ".";
  std::string path;
  if (id.starts_with("./") || id.starts_with("../") || id.starts_with("/") || id == "." || id == "..") {
    std::string base = JoinPath(dir, id);
    for (const std::string& candidate : {base, base + ".js", base + "/index.js"}) {
      if (IsFile(candidate)) {
        path = candidate;
        break;
      }
    }
  }
  if (path.empty()) {
    return ThrowError(isolate, MessageTemplate::kCustom, {"Cannot find module '" + id + "'"});
  }
  RuntimeState* state = RuntimeStateOf(isolate);
  auto cached = state->module_cache.find(path);
  if (cached != state->module_cache.end()) return ModuleExports(isolate, cached->second.Get());
  std::string bytes;
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ThrowError(isolate, MessageTemplate::kCustom, {"Cannot find module '" + id + "'"});
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) bytes.append(buffer, n);
  std::fclose(f);
  state->owned_sources.push_back(std::make_unique<SourceFile>(SourceFile::FromUtf8(path, bytes)));
  const SourceFile& source = *state->owned_sources.back();
  CompileError error;
  CompiledScript* script = CompileModuleSource(source, isolate->flags().allow_natives_syntax, &error);
  if (script == nullptr) {
    MessageTemplate t = error.type == "RangeError" ? MessageTemplate::kCustomRangeError
                                                   : MessageTemplate::kCustomSyntaxError;
    return ThrowError(isolate, t, {error.message});
  }
  Handle<Value> module;
  bool ok = RunScript(isolate, source, script, true, &module);
  DeleteCompiledScript(script);
  if (!ok) return Value::Exception();
  return ModuleExports(isolate, module);
}

namespace {
}  // namespace

bool RunCompiledScript(Isolate* isolate, const SourceFile& source, CompiledScript* script,
                       ProgramKind kind) {
  HandleScope scope(isolate);
  Handle<Value> module;
  return RunScript(isolate, source, script, kind == ProgramKind::kCommonJSModule, &module);
}

void ReportUncaughtException(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->scripts.empty()) {
    isolate->clear_pending_exception();
    return;
  }
  ReportUncaught(isolate, *state->scripts[0].source);
}

int RunCompiledProgram(ProgramOptions* options, const SourceFile& source, CompiledScript* script) {
  Isolate* isolate = Isolate::New(options->flags);
  int exit_code = 0;
  {
    Bootstrap(isolate);
    HandleScope scope(isolate);
    RuntimeState* state = RuntimeStateOf(isolate);
    state->argv = options->args;
    SetProcessArgv(isolate, options->argv0, source.name(), options->args);
    bool is_module = options->kind == ProgramKind::kCommonJSModule;
    Handle<Value> module;
    bool ok = RunScript(isolate, source, script, is_module, &module);
    // The event loop (runtime/event_loop.cc): the checkpoint after the main
    // script, then timers, I/O and immediates until nothing ref'd is left;
    // an uncaught exception anywhere is reported and ends the process with
    // exit code 1, as in node.
    exit_code = RunEventLoop(isolate, ok);
  }
  std::fflush(stdout);
  Isolate::Dispose(isolate);
  return exit_code;
}

}  // namespace lucid
