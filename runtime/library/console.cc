// Copyright the Lucid authors. MIT license.
// console.log / info / debug (stdout) and error / warn (stderr): util.format
// of the arguments plus a newline, as node writes them.

#include <cstdio>
#include <vector>

#include "runtime/library/inspect.h"
#include "runtime/library/library_util.h"
#include "vm/isolate.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

Value ConsoleWrite(Isolate* isolate, BuiltinArguments args, FILE* stream) {
  HandleScope scope(isolate);
  std::vector<Handle<Value>> argv;
  argv.reserve(static_cast<size_t>(args.length()));
  for (int i = 0; i < args.length(); i++) argv.push_back(args.at(i));
  std::u16string text;
  if (!FormatArguments(isolate, args.length(), argv.data(), &text)) return Value::Exception();
  std::string utf8 = U16ToUtf8(text);
  utf8.push_back('\n');
  std::fwrite(utf8.data(), 1, utf8.size(), stream);
  if (stream == stderr) std::fflush(stderr);
  return Value::Undefined();
}

}  // namespace

// Spec (WHATWG console): Logger("log", args) -> Printer(Formatter(args)).
Value Builtin_LibConsoleLog(Isolate* isolate, BuiltinArguments args) {
  return ConsoleWrite(isolate, args, stdout);
}
Value Builtin_LibConsoleInfo(Isolate* isolate, BuiltinArguments args) {
  return ConsoleWrite(isolate, args, stdout);
}
Value Builtin_LibConsoleDebug(Isolate* isolate, BuiltinArguments args) {
  return ConsoleWrite(isolate, args, stdout);
}
Value Builtin_LibConsoleError(Isolate* isolate, BuiltinArguments args) {
  // NOTE: stdout is flushed first so interleaved output keeps its order on
  // a terminal, as node's synchronous writes do.
  std::fflush(stdout);
  return ConsoleWrite(isolate, args, stderr);
}
Value Builtin_LibConsoleWarn(Isolate* isolate, BuiltinArguments args) {
  std::fflush(stdout);
  return ConsoleWrite(isolate, args, stderr);
}

}  // namespace lucid
