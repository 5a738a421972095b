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
#include "runtime/library/json.h"
#include "runtime/library/library_util.h"
#include "runtime/runner.h"
#include "vm/execution.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
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

// The private symbol under which a module's `require` (and
// `require.resolve`) remembers its module's file name.
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
  JSObject::AddProperty(isolate, require, DirnameKey(isolate), NewString(isolate, source.name()), DONT_ENUM);
  Handle<JSObject> resolve = NewBuiltinFunction(isolate, Builtin::kLibRequireResolve, "resolve");
  JSObject::AddProperty(isolate, resolve, DirnameKey(isolate), NewString(isolate, source.name()), DONT_ENUM);
  AddData(isolate, require, "resolve", resolve);
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

// Sets `code` on the pending exception (node's error codes).
void ErrorCode(Isolate* isolate, const char* code) {
  Value error = isolate->pending_exception();
  if (!IsJSReceiver(error)) return;
  HandleScope scope(isolate);
  Handle<JSReceiver> e(JSReceiver::cast(error), isolate);
  isolate->clear_pending_exception();
  Handle<Value> c(FactoryOf(isolate)->InternalizeAscii(code)->ToValue(), isolate);
  if (!library::SetNamedOrThrow(isolate, e, "code", c)) isolate->clear_pending_exception();
  isolate->Throw(e->ToValue());
}

Value ModuleExports(Isolate* isolate, Handle<Value> module) {
  return Runtime_GetProperty(isolate, *module, FactoryOf(isolate)->InternalizeAscii("exports")->ToValue());
}

}  // namespace

namespace {

std::string ReadFile(const std::string& path, bool* ok) {
  std::string bytes;
  FILE* f = std::fopen(path.c_str(), "rb");
  *ok = f != nullptr;
  if (f == nullptr) return bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0) bytes.append(buffer, n);
  std::fclose(f);
  return bytes;
}

// node's LOAD_AS_FILE(X): X, X.js, X.json.
std::string LoadAsFile(const std::string& x) {
  for (const char* ext : {"", ".js", ".json"}) {
    if (IsFile(x + ext)) return x + ext;
  }
  return "";
}

// node's LOAD_INDEX(X): X/index.js, X/index.json.
std::string LoadIndex(const std::string& x) {
  for (const char* name : {"/index.js", "/index.json"}) {
    if (IsFile(x + name)) return x + name;
  }
  return "";
}

// node's LOAD_AS_DIRECTORY(X): package.json "main" (as a file, then as a
// directory's index), else X's index. A package.json that is not JSON is
// a SyntaxError "Error parsing <path>: <JSON.parse's message>".
bool LoadAsDirectory(Isolate* isolate, const std::string& x, std::string* out) {
  std::string package = x + "/package.json";
  if (IsFile(package)) {
    HandleScope scope(isolate);
    bool ok;
    std::string bytes = ReadFile(package, &ok);
    Handle<String> text = FactoryOf(isolate)->NewStringFromUtf8(bytes);
    Handle<Value> undefined(Value::Undefined(), isolate);
    Handle<Value> json;
    if (!JsonParse(isolate, text, undefined).ToHandle(&json)) {
      Handle<Value> error(isolate->pending_exception(), isolate);
      isolate->clear_pending_exception();
      Value message = Runtime_GetProperty(isolate, *error, FactoryOf(isolate)->InternalizeAscii("message")->ToValue());
      std::string text_message = IsString(message) ? String::cast(message)->ToUTF8() : "";
      ThrowError(isolate, MessageTemplate::kCustomSyntaxError, {"Error parsing " + package + ": " + text_message});
      return false;
    }
    if (IsJSReceiver(*json)) {
      Value main = Runtime_GetProperty(isolate, *json, FactoryOf(isolate)->InternalizeAscii("main")->ToValue());
      if (main.IsException()) return false;
      if (IsString(main) && String::cast(main)->length() > 0) {
        std::string m = JoinPath(x, String::cast(main)->ToUTF8());
        *out = LoadAsFile(m);
        if (out->empty()) *out = LoadIndex(m);
        if (!out->empty()) return true;
      }
    }
  }
  *out = LoadIndex(x);
  return true;
}

// The resolved file of require(id) from a module {filename}: "" if none.
// False if an exception is pending.
bool ResolveModule(Isolate* isolate, const std::string& filename, const std::string& id,
                   std::string* path) {
  path->clear();
  if (id.starts_with("./") || id.starts_with("../") || id.starts_with("/") || id == "." || id == "..") {
    std::string base = JoinPath(DirName(filename), id);
    *path = LoadAsFile(base);
    if (path->empty()) return LoadAsDirectory(isolate, base, path);
  }
  return true;
}

// The module file whose require is {target}, and the id argument as a
// string (node's ERR_INVALID_ARG_VALUE for an empty one).
bool RequireArguments(Isolate* isolate, BuiltinArguments args, std::string* filename, std::string* id) {
  Value id_value = args[0];
  if (!IsString(id_value)) {
    ThrowError(isolate, MessageTemplate::kCustomTypeError,
               {"The \"id\" argument must be of type string. Received " +
                DescribeReceivedValue(isolate, id_value)});
    ErrorCode(isolate, "ERR_INVALID_ARG_TYPE");
    return false;
  }
  *id = String::cast(id_value)->ToUTF8();
  if (id->empty()) {
    ThrowError(isolate, MessageTemplate::kCustomTypeError,
               {"The argument 'id' must be a non-empty string. Received ''"});
    ErrorCode(isolate, "ERR_INVALID_ARG_VALUE");
    return false;
  }
  Value file_value = Runtime_GetProperty(isolate, *args.target(), DirnameKey(isolate)->ToValue());
  if (file_value.IsException()) return false;
  *filename = IsString(file_value) ? String::cast(file_value)->ToUTF8() : "./[eval]";
  return true;
}

// node's MODULE_NOT_FOUND: "Cannot find module 'x'\nRequire stack:\n- file..."
// with `code` and `requireStack`, the requiring module and its parents.
Value ThrowModuleNotFound(Isolate* isolate, const std::string& id, const std::string& filename) {
  RuntimeState* state = RuntimeStateOf(isolate);
  std::vector<std::string> stack;
  for (std::string f = filename; !f.empty() && stack.size() < 100;) {
    stack.push_back(f);
    auto parent = state->module_parents.find(f);
    f = parent == state->module_parents.end() ? "" : parent->second;
  }
  std::string message = "Cannot find module '" + id + "'\nRequire stack:";
  for (const std::string& f : stack) message += "\n- " + f;
  ThrowError(isolate, MessageTemplate::kCustom, {message});
  HandleScope scope(isolate);
  Handle<Value> error(isolate->pending_exception(), isolate);
  Handle<FixedArray> list = FactoryOf(isolate)->NewFixedArray(static_cast<int>(stack.size()));
  for (size_t i = 0; i < stack.size(); i++) {
    Handle<String> entry = FactoryOf(isolate)->NewStringFromUtf8(stack[i]);
    list->set(static_cast<int>(i), entry->ToValue());
  }
  Handle<Value> array(FactoryOf(isolate)->NewJSArrayWithElements(list)->ToValue(), isolate);
  ErrorCode(isolate, "MODULE_NOT_FOUND");
  isolate->clear_pending_exception();
  if (IsJSReceiver(*error) &&
      !library::SetNamedOrThrow(isolate, Handle<JSReceiver>::cast(error), "requireStack", array)) {
    isolate->clear_pending_exception();
  }
  return isolate->Throw(*error);
}

// A .json module: module.exports = JSON.parse(file), errors prefixed with
// the path as node does.
Value LoadJsonModule(Isolate* isolate, const std::string& path, const std::string& bytes) {
  Factory* factory = FactoryOf(isolate);
  Handle<String> text = factory->NewStringFromUtf8(bytes);
  Handle<Value> undefined(Value::Undefined(), isolate);
  Handle<Value> result;
  if (!JsonParse(isolate, text, undefined).ToHandle(&result)) {
    Handle<Value> error(isolate->pending_exception(), isolate);
    isolate->clear_pending_exception();
    Value message = Runtime_GetProperty(isolate, *error, factory->InternalizeAscii("message")->ToValue());
    std::string text_message = IsString(message) ? String::cast(message)->ToUTF8() : "";
    return ThrowError(isolate, MessageTemplate::kCustomSyntaxError, {path + ": " + text_message});
  }
  Handle<JSObject> module = factory->NewJSObject();
  AddData(isolate, module, "id", NewString(isolate, path));
  AddData(isolate, module, "filename", NewString(isolate, path));
  AddData(isolate, module, "exports", result);
  Handle<Value> loaded(Value::True(), isolate);
  AddData(isolate, module, "loaded", loaded);
  RuntimeStateOf(isolate)->module_cache[path].Reset(isolate, Handle<Value>(module));
  return *result;
}

}  // namespace

// require(id): relative and absolute paths resolved as node does (files
// with .js/.json, directories through package.json "main" or index),
// each file loaded once; .json files are parsed.
Value Builtin_Require(Isolate* isolate, BuiltinArguments args) {
  std::string filename, id, path;
  if (!RequireArguments(isolate, args, &filename, &id)) return Value::Exception();
  // Builtin modules first: 'fs', 'node:fs', 'timers', 'perf_hooks'...
  bool builtin_found = false;
  MaybeHandle<Value> builtin = LoadBuiltinModule(isolate, id, &builtin_found);
  if (builtin_found) {
    Handle<Value> exports;
    if (!builtin.ToHandle(&exports)) return Value::Exception();
    return *exports;
  }
  if (!ResolveModule(isolate, filename, id, &path)) return Value::Exception();
  if (path.empty()) return ThrowModuleNotFound(isolate, id, filename);
  RuntimeState* state = RuntimeStateOf(isolate);
  auto cached = state->module_cache.find(path);
  if (cached != state->module_cache.end()) return ModuleExports(isolate, cached->second.Get());
  bool read_ok;
  std::string bytes = ReadFile(path, &read_ok);
  if (!read_ok) return ThrowModuleNotFound(isolate, id, filename);
  state->module_parents.emplace(path, filename);
  if (path.ends_with(".json")) return LoadJsonModule(isolate, path, bytes);
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

// require.resolve(id): the absolute path require(id) would load.
Value Builtin_LibRequireResolve(Isolate* isolate, BuiltinArguments args) {
  std::string filename, id, path;
  if (!RequireArguments(isolate, args, &filename, &id)) return Value::Exception();
  if (!ResolveModule(isolate, filename, id, &path)) return Value::Exception();
  if (path.empty()) return ThrowModuleNotFound(isolate, id, filename);
  return FactoryOf(isolate)->NewStringFromUtf8(path)->ToValue();
}

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
