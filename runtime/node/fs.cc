// Copyright the Lucid authors. MIT license.
// require('fs') (readFile, writeFile, unlink and their Sync forms,
// existsSync) and require('crypto').randomBytes: the asynchronous forms run
// on libuv's thread pool (uv_queue_work; its size is UV_THREADPOOL_SIZE,
// default 4, which libuv reads itself). A WorkRequest carries plain C++
// data only: the pool thread never touches the JS heap, and the results
// become JS values on the loop thread (AfterWork), in the poll phase.

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <memory>
#include <string>

#include "runtime/builtins.h"
#include "runtime/event_loop.h"
#include "runtime/library/library_util.h"
#include "runtime/node/node_util.h"
#include "runtime/promise.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"

namespace lucid {

namespace {

// -- The blocking operations (any thread; no JS heap) --------------------------------
//
// Each returns 0 or a negative errno (libuv's error numbering on POSIX) and
// names the failing syscall.

int ReadWholeFile(const std::string& path, std::string* out, const char** syscall) {
  *syscall = "open";
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -errno;
  *syscall = "read";
  out->clear();
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = -errno;
      close(fd);
      return error;
    }
    if (n == 0) break;
    out->append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return 0;
}

int WriteWholeFile(const std::string& path, const std::string& data, bool append, int mode,
                   const char** syscall) {
  *syscall = "open";
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
  int fd = open(path.c_str(), flags, mode);
  if (fd < 0) return -errno;
  *syscall = "write";
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = -errno;
      close(fd);
      return error;
    }
    done += static_cast<size_t>(n);
  }
  close(fd);
  return 0;
}

int Unlink(const std::string& path, const char** syscall) {
  *syscall = "unlink";
  return unlink(path.c_str()) == 0 ? 0 : -errno;
}

int RandomFill(size_t size, std::string* out, const char** syscall) {
  *syscall = "getrandom";
  out->resize(size);
  size_t done = 0;
  while (done < size) {
    ssize_t n = getrandom(out->data() + done, size - done, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    done += static_cast<size_t>(n);
  }
  return 0;
}

// -- Errors as node makes them (uvException) ---------------------------------------

// "ENOENT: no such file or directory, open 'x'" with errno, code, syscall
// and path properties.
Handle<Value> NewUvError(Isolate* isolate, int error, const char* syscall, const std::string& path,
                         bool with_path) {
  std::string code = uv_err_name(error);
  std::string message = code + ": " + uv_strerror(error) + ", " + syscall;
  if (with_path) message += " '" + path + "'";
  Handle<JSObject> object = Handle<JSObject>::cast(
      Handle<Value>(FactoryOf(isolate)->NewError(ErrorKind::kError, message)->ToValue(), isolate));
  node::SetNumber(isolate, object, "errno", error);
  node::SetString(isolate, object, "code", code);
  node::SetString(isolate, object, "syscall", syscall);
  if (with_path) node::SetString(isolate, object, "path", path);
  return object;
}

// The path of a failed read is not reported (node: "EISDIR: illegal
// operation on a directory, read").
bool ErrorHasPath(const char* syscall) { return std::string(syscall) != "read"; }

Value ThrowUvError(Isolate* isolate, int error, const char* syscall, const std::string& path) {
  // Made through ThrowErrorKind so the stack is captured here.
  std::string code = uv_err_name(error);
  bool with_path = ErrorHasPath(syscall);
  std::string message = code + ": " + uv_strerror(error) + ", " + syscall;
  if (with_path) message += " '" + path + "'";
  library::ThrowErrorKind(isolate, ErrorKind::kError, message);
  Handle<Value> exception(isolate->pending_exception(), isolate);
  isolate->clear_pending_exception();
  Handle<JSObject> object = Handle<JSObject>::cast(exception);
  node::SetNumber(isolate, object, "errno", error);
  node::SetString(isolate, object, "code", code);
  node::SetString(isolate, object, "syscall", syscall);
  if (with_path) node::SetString(isolate, object, "path", path);
  isolate->Throw(*exception);
  return Value::Exception();
}

// -- Argument handling ------------------------------------------------------------------

bool GetPath(Isolate* isolate, Handle<Value> value, std::string* path) {
  if (IsString(*value)) {
    *path = String::cast(*value)->ToUTF8();
    return true;
  }
  node::ThrowInvalidArgType(isolate, "path", "string or an instance of Buffer or URL", value);
  return false;
}

bool IsKnownEncoding(const std::string& encoding) {
  return encoding == "utf8" || encoding == "utf-8" || encoding == "hex" || encoding == "base64" ||
         encoding == "latin1" || encoding == "binary";
}

struct FileOptions {
  std::string encoding;  // "" = bytes
  bool append = false;
  int mode = 0666;
};

// options: an encoding string, or {encoding, flag, mode}, or null/undefined.
bool ParseOptions(Isolate* isolate, Handle<Value> options, const char* default_encoding, FileOptions* out) {
  out->encoding = default_encoding;
  if (options->IsNullOrUndefined() || library::IsCallableValue(*options)) return true;
  Handle<Value> encoding = options;
  if (!IsString(*options)) {
    if (!options->IsHeapObject() || !IsJSReceiver(*options)) {
      node::ThrowInvalidArgType(isolate, "options", "string or an instance of Object", options);
      return false;
    }
    if (!library::GetProperty(isolate, options, "encoding").ToHandle(&encoding)) return false;
    Handle<Value> flag;
    if (!library::GetProperty(isolate, options, "flag").ToHandle(&flag)) return false;
    if (IsString(*flag)) out->append = String::cast(*flag)->ToUTF8().starts_with("a");
    Handle<Value> mode;
    if (!library::GetProperty(isolate, options, "mode").ToHandle(&mode)) return false;
    if (mode->IsNumber()) out->mode = static_cast<int>(mode->Number());
  }
  if (encoding->IsNullOrUndefined()) {
    out->encoding = default_encoding;
    return true;
  }
  Handle<String> text;
  if (!library::ToString(isolate, encoding).ToHandle(&text)) return false;
  std::string name = (*text)->ToUTF8();
  if (name == "buffer") name = "";
  if (!name.empty() && !IsKnownEncoding(name)) {
    node::ThrowNodeError(isolate, ErrorKind::kTypeError, "ERR_INVALID_ARG_VALUE",
                         "The argument 'encoding' is invalid encoding. Received '" + name + "'");
    return false;
  }
  out->encoding = name;
  return true;
}

bool GetData(Isolate* isolate, Handle<Value> data, std::string* out) {
  node::BytesResult result = node::ValueToBytes(isolate, data, out);
  if (result == node::BytesResult::kOk) return true;
  if (result == node::BytesResult::kWrongType) {
    node::ThrowInvalidArgType(isolate, "data", "string or an instance of Buffer, TypedArray, or DataView",
                              data);
  }
  return false;
}

// The contents as readFile returns them: a string in {encoding}, or a
// byte array.
Handle<Value> ContentsValue(Isolate* isolate, const std::string& bytes, const std::string& encoding) {
  if (encoding.empty()) return node::NewByteArray(isolate, bytes);
  Handle<Value> text;
  node::DecodeBytes(isolate, bytes, encoding, &text);
  return text;
}

// -- Thread-pool requests ----------------------------------------------------------

struct WorkRequest {
  enum class Kind { kReadFile, kWriteFile, kUnlink, kRandomBytes };
  uv_work_t work;
  Isolate* isolate;
  Kind kind;
  const char* name;  // for --trace-event-loop
  std::string path;
  std::string data;  // writeFile: the bytes; readFile, randomBytes: the result
  FileOptions options;
  size_t size = 0;
  int error = 0;
  const char* syscall = "";
  // The completion target: the callback. When Promise exists, fs.promises
  // puts a promise capability here and Complete() resolves or rejects it.
  Global<Value> callback;
};

void DoWork(uv_work_t* work) {
  WorkRequest* request = static_cast<WorkRequest*>(work->data);
  switch (request->kind) {
    case WorkRequest::Kind::kReadFile:
      request->error = ReadWholeFile(request->path, &request->data, &request->syscall);
      break;
    case WorkRequest::Kind::kWriteFile:
      request->error = WriteWholeFile(request->path, request->data, request->options.append,
                                      request->options.mode, &request->syscall);
      break;
    case WorkRequest::Kind::kUnlink:
      request->error = Unlink(request->path, &request->syscall);
      break;
    case WorkRequest::Kind::kRandomBytes:
      request->error = RandomFill(request->size, &request->data, &request->syscall);
      break;
  }
}

// Delivers (error, value) to the request's target: callback(error) or
// callback(null, value), then the checkpoint.
void Complete(Isolate* isolate, WorkRequest* request, Handle<Value> error, Handle<Value> value) {
  Handle<Value> callback(*request->callback.Get(), isolate);
  Handle<Value> undefined(Value::Undefined(), isolate);
  if (IsJSPromise(*callback)) {
    // fs.promises: settle the promise; its reactions run in the checkpoint.
    Handle<JSPromise> promise = Handle<JSPromise>::cast(callback);
    if (!error.is_null()) {
      RejectPromise(isolate, promise, error);
    } else {
      ResolvePromise(isolate, promise, value.is_null() ? undefined : value);
    }
  } else if (!error.is_null()) {
    Handle<Value> argv[1] = {error};
    MakeCallback(isolate, callback, undefined, 1, argv);
  } else if (value.is_null()) {
    Handle<Value> argv[1] = {Handle<Value>(Value::Null(), isolate)};
    MakeCallback(isolate, callback, undefined, 1, argv);
  } else {
    Handle<Value> argv[2] = {Handle<Value>(Value::Null(), isolate), value};
    MakeCallback(isolate, callback, undefined, 2, argv);
  }
  RunTicksAndMicrotasks(isolate);
}

void AfterWork(uv_work_t* work, int) {
  std::unique_ptr<WorkRequest> request(static_cast<WorkRequest*>(work->data));
  Isolate* isolate = request->isolate;
  if (RuntimeStateOf(isolate)->terminating) return;
  HandleScope scope(isolate);
  EventLoop::Get(isolate)->Trace("poll: %s completed (thread pool)", request->name);
  Handle<Value> error;
  Handle<Value> value;
  if (request->error != 0) {
    error = NewUvError(isolate, request->error, request->syscall, request->path,
                       request->kind != WorkRequest::Kind::kRandomBytes && ErrorHasPath(request->syscall));
  } else if (request->kind == WorkRequest::Kind::kReadFile) {
    value = ContentsValue(isolate, request->data, request->options.encoding);
  } else if (request->kind == WorkRequest::Kind::kRandomBytes) {
    value = node::NewByteArray(isolate, request->data);
  }
  Complete(isolate, request.get(), error, value);
}

void Queue(Isolate* isolate, std::unique_ptr<WorkRequest> request, Handle<Value> callback) {
  request->isolate = isolate;
  request->callback.Reset(isolate, callback);
  request->work.data = request.get();
  EventLoop* loop = EventLoop::Get(isolate);
  loop->Trace("thread pool: %s queued", request->name);
  uv_queue_work(loop->uv_loop(), &request.release()->work, DoWork, AfterWork);
}

// The callback is the last function argument (node's maybeCallback).
bool GetCallback(Isolate* isolate, BuiltinArguments args, int index, Handle<Value>* callback) {
  Handle<Value> candidate = args.at(index);
  if (!library::IsCallableValue(*candidate) && index > 0 && library::IsCallableValue(args[index - 1])) {
    candidate = args.at(index - 1);
  }
  if (!library::IsCallableValue(*candidate)) {
    node::ThrowInvalidArgType(isolate, "cb", "function", candidate);
    return false;
  }
  *callback = candidate;
  return true;
}

// The work of readFile(path[, options]), writeFile(file, data[, options])
// and unlink(path) from the builtin's arguments (a trailing callback is
// read as no options); false with an exception pending.
using FillRequest = bool (*)(Isolate* isolate, BuiltinArguments args, WorkRequest* request);

bool FillReadFile(Isolate* isolate, BuiltinArguments args, WorkRequest* request) {
  if (!GetPath(isolate, args.at(0), &request->path)) return false;
  if (!ParseOptions(isolate, args.at(1), "", &request->options)) return false;
  request->kind = WorkRequest::Kind::kReadFile;
  request->name = "fs.readFile";
  return true;
}

bool FillWriteFile(Isolate* isolate, BuiltinArguments args, WorkRequest* request) {
  if (!GetPath(isolate, args.at(0), &request->path)) return false;
  if (!GetData(isolate, args.at(1), &request->data)) return false;
  if (!ParseOptions(isolate, args.at(2), "utf8", &request->options)) return false;
  request->kind = WorkRequest::Kind::kWriteFile;
  request->name = "fs.writeFile";
  return true;
}

bool FillUnlink(Isolate* isolate, BuiltinArguments args, WorkRequest* request) {
  if (!GetPath(isolate, args.at(0), &request->path)) return false;
  request->kind = WorkRequest::Kind::kUnlink;
  request->name = "fs.unlink";
  return true;
}

// The callback form: the callback is argument {callback_index} (or the one
// before it when the options are left out).
Value QueueWithCallback(Isolate* isolate, BuiltinArguments args, int callback_index, FillRequest fill) {
  Handle<Value> callback;
  if (!GetCallback(isolate, args, callback_index, &callback)) return Value::Exception();
  auto request = std::make_unique<WorkRequest>();
  if (!fill(isolate, args, request.get())) return Value::Exception();
  Queue(isolate, std::move(request), callback);
  return Value::Undefined();
}

// The promise form (fs.promises): a new promise is the completion target;
// argument errors reject it rather than throw, as node's async functions do.
Value QueueWithPromise(Isolate* isolate, BuiltinArguments args, FillRequest fill) {
  Handle<JSPromise> promise = NewJSPromise(isolate);
  auto request = std::make_unique<WorkRequest>();
  if (!fill(isolate, args, request.get())) {
    Handle<Value> error(isolate->pending_exception(), isolate);
    isolate->clear_pending_exception();
    RejectPromise(isolate, promise, error);
  } else {
    Queue(isolate, std::move(request), promise);
  }
  return promise->ToValue();
}

}  // namespace

// fs.readFile(path[, options], callback)
Value Builtin_FsReadFile(Isolate* isolate, BuiltinArguments args) {
  return QueueWithCallback(isolate, args, 2, FillReadFile);
}

// fs.writeFile(file, data[, options], callback)
Value Builtin_FsWriteFile(Isolate* isolate, BuiltinArguments args) {
  return QueueWithCallback(isolate, args, 3, FillWriteFile);
}

// fs.unlink(path, callback)
Value Builtin_FsUnlink(Isolate* isolate, BuiltinArguments args) {
  return QueueWithCallback(isolate, args, 1, FillUnlink);
}

// fs.promises.readFile(path[, options]), writeFile(file, data[, options]),
// unlink(path): promises settled on the loop thread when the work is done.
Value Builtin_FsPromisesReadFile(Isolate* isolate, BuiltinArguments args) {
  return QueueWithPromise(isolate, args, FillReadFile);
}
Value Builtin_FsPromisesWriteFile(Isolate* isolate, BuiltinArguments args) {
  return QueueWithPromise(isolate, args, FillWriteFile);
}
Value Builtin_FsPromisesUnlink(Isolate* isolate, BuiltinArguments args) {
  return QueueWithPromise(isolate, args, FillUnlink);
}

Value Builtin_FsReadFileSync(Isolate* isolate, BuiltinArguments args) {
  std::string path;
  if (!GetPath(isolate, args.at(0), &path)) return Value::Exception();
  FileOptions options;
  if (!ParseOptions(isolate, args.at(1), "", &options)) return Value::Exception();
  std::string bytes;
  const char* syscall = "";
  int error = ReadWholeFile(path, &bytes, &syscall);
  if (error != 0) return ThrowUvError(isolate, error, syscall, path);
  return *ContentsValue(isolate, bytes, options.encoding);
}

Value Builtin_FsWriteFileSync(Isolate* isolate, BuiltinArguments args) {
  std::string path;
  if (!GetPath(isolate, args.at(0), &path)) return Value::Exception();
  std::string data;
  if (!GetData(isolate, args.at(1), &data)) return Value::Exception();
  FileOptions options;
  if (!ParseOptions(isolate, args.at(2), "utf8", &options)) return Value::Exception();
  const char* syscall = "";
  int error = WriteWholeFile(path, data, options.append, options.mode, &syscall);
  if (error != 0) return ThrowUvError(isolate, error, syscall, path);
  return Value::Undefined();
}

Value Builtin_FsExistsSync(Isolate*, BuiltinArguments args) {
  if (!args[0].IsHeapObject() || !IsString(args[0])) return Value::False();
  struct stat st;
  return Value::FromBool(stat(String::cast(args[0])->ToUTF8().c_str(), &st) == 0);
}

Value Builtin_FsUnlinkSync(Isolate* isolate, BuiltinArguments args) {
  std::string path;
  if (!GetPath(isolate, args.at(0), &path)) return Value::Exception();
  const char* syscall = "";
  int error = Unlink(path, &syscall);
  if (error != 0) return ThrowUvError(isolate, error, syscall, path);
  return Value::Undefined();
}

// crypto.randomBytes(size[, callback]): a byte array now, or on the thread
// pool with callback(null, bytes).
Value Builtin_CryptoRandomBytes(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> size_value = args.at(0);
  if (!size_value->IsNumber()) return node::ThrowInvalidArgType(isolate, "size", "number", size_value);
  double size = size_value->Number();
  if (!(size >= 0 && size <= 2147483647.0)) {
    return node::ThrowOutOfRange(isolate, "size", ">= 0 && <= 2147483647", library::NumberToAscii(size));
  }
  Handle<Value> callback = args.at(1);
  if (!callback->IsUndefined() && !library::IsCallableValue(*callback)) {
    return node::ThrowInvalidArgType(isolate, "callback", "function", callback);
  }
  if (callback->IsUndefined()) {
    std::string bytes;
    const char* syscall = "";
    int error = RandomFill(static_cast<size_t>(size), &bytes, &syscall);
    if (error != 0) return ThrowUvError(isolate, error, syscall, "");
    return *node::NewByteArray(isolate, bytes);
  }
  auto request = std::make_unique<WorkRequest>();
  request->kind = WorkRequest::Kind::kRandomBytes;
  request->name = "crypto.randomBytes";
  request->size = static_cast<size_t>(size);
  Queue(isolate, std::move(request), callback);
  return Value::Undefined();
}

// require('fs/promises'), also fs.promises.
Handle<JSObject> MakeFsPromisesModule(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  for (Builtin id : {Builtin::kFsPromisesReadFile, Builtin::kFsPromisesWriteFile, Builtin::kFsPromisesUnlink}) {
    InstallFunction(isolate, module, id);
  }
  return module;
}

Handle<JSObject> MakeFsModule(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  for (Builtin id : {Builtin::kFsReadFile, Builtin::kFsWriteFile, Builtin::kFsUnlink, Builtin::kFsReadFileSync,
                     Builtin::kFsWriteFileSync, Builtin::kFsExistsSync, Builtin::kFsUnlinkSync}) {
    InstallFunction(isolate, module, id);
  }
  Handle<Value> promises;
  bool found = false;
  if (LoadBuiltinModule(isolate, "fs/promises", &found).ToHandle(&promises)) {
    node::Set(isolate, module, "promises", promises);
  }
  return module;
}

Handle<JSObject> MakeCryptoModule(Isolate* isolate) {
  Handle<JSObject> module = node::NewObject(isolate);
  InstallFunction(isolate, module, Builtin::kCryptoRandomBytes);
  return module;
}

}  // namespace lucid
