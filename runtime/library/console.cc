// Copyright the Lucid authors. MIT license.
// console: log / info / debug / dir / table / count / time* (stdout) and
// error / warn / assert / trace (stderr), util.format of the arguments plus a
// newline as node writes them, indented by group(). The counters, timers and
// group indentation live in the isolate's RuntimeState.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/library/inspect.h"
#include "runtime/library/library_util.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// Writes {text} and a newline, every line indented by the group depth.
void WriteLine(Isolate* isolate, const std::u16string& text, FILE* stream) {
  int indent = RuntimeStateOf(isolate)->console_group_indent;
  std::u16string out;
  if (indent > 0) {
    std::u16string pad(static_cast<size_t>(indent), u' ');
    out = pad;
    for (char16_t c : text) {
      out.push_back(c);
      if (c == u'\n') out += pad;
    }
  } else {
    out = text;
  }
  std::string utf8 = U16ToUtf8(out);
  utf8.push_back('\n');
  if (stream == stderr) std::fflush(stdout);
  std::fwrite(utf8.data(), 1, utf8.size(), stream);
  if (stream == stderr) std::fflush(stderr);
}

// util.format(args[first..]) written as one line.
Value ConsoleWrite(Isolate* isolate, BuiltinArguments args, FILE* stream, int first = 0,
                   std::u16string prefix = u"") {
  HandleScope scope(isolate);
  std::vector<Handle<Value>> argv;
  for (int i = first; i < args.length(); i++) argv.push_back(args.at(i));
  std::u16string text;
  if (!FormatArguments(isolate, static_cast<int>(argv.size()), argv.data(), &text)) {
    return Value::Exception();
  }
  WriteLine(isolate, prefix + text, stream);
  return Value::Undefined();
}

// node's process.emitWarning as printed on stderr.
void EmitWarning(Isolate* isolate, const std::u16string& message) {
  RuntimeState* state = RuntimeStateOf(isolate);
  std::string text = "(node:" + std::to_string(getpid()) + ") Warning: " + U16ToUtf8(message) + "\n";
  if (!state->console_warned) {
    text += "(Use `node --trace-warnings ...` to show where the warning was created)\n";
    state->console_warned = true;
  }
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

// The label argument of count/time: 'default' when undefined.
bool Label(Isolate* isolate, Handle<Value> value, std::u16string* out) {
  if (value->IsUndefined()) {
    *out = u"default";
    return true;
  }
  Handle<String> s;
  if (!ToString(isolate, value).ToHandle(&s)) return false;
  *out = ToU16(s);
  return true;
}

int64_t NowNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::u16string Fixed3(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.3f", value);
  return AsciiToU16(buffer);
}

std::u16string Pad2(double value) {
  std::u16string s = NumberToU16(value);
  return s.size() < 2 ? u"0" + s : s;
}

// node's formatTime (lib/internal/console/constructor.js).
std::u16string FormatTime(double ms) {
  double hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = std::floor(ms / 3600000);
        ms = std::fmod(ms, 3600000);
      }
      minutes = std::floor(ms / 60000);
      ms = std::fmod(ms, 60000);
    }
    seconds = ms / 1000;
  }
  if (hours != 0 || minutes != 0) {
    std::u16string fixed = Fixed3(seconds);
    size_t dot = fixed.find(u'.');
    std::u16string secs = fixed.substr(0, dot), millis = fixed.substr(dot + 1);
    if (secs.size() < 2) secs = u"0" + secs;
    std::u16string res = hours != 0 ? NumberToU16(hours) + u":" + Pad2(minutes) : NumberToU16(minutes);
    return res + u":" + secs + u"." + millis + (hours != 0 ? u" (h:mm:ss.mmm)" : u" (m:ss.mmm)");
  }
  if (seconds != 0) return Fixed3(seconds) + u"s";
  return NumberToU16(std::round(ms * 1000) / 1000) + u"ms";
}

// timeEnd / timeLog: "label: 1.234ms" plus extra data.
Value TimeReport(Isolate* isolate, BuiltinArguments args, bool end, const char* method) {
  std::u16string label;
  if (!Label(isolate, args.at(0), &label)) return Value::Exception();
  RuntimeState* state = RuntimeStateOf(isolate);
  auto it = state->console_timers.find(label);
  if (it == state->console_timers.end()) {
    EmitWarning(isolate, u"No such label '" + label + u"' for console." + AsciiToU16(method) + u"()");
    return Value::Undefined();
  }
  double ms = static_cast<double>(NowNanos() - it->second) / 1e6;
  if (end) state->console_timers.erase(it);
  return ConsoleWrite(isolate, args, stdout, 1, label + u": " + FormatTime(ms));
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
// NOTE: stderr writes flush stdout first so interleaved output keeps its
// order on a terminal, as node's synchronous writes do.
Value Builtin_LibConsoleError(Isolate* isolate, BuiltinArguments args) {
  return ConsoleWrite(isolate, args, stderr);
}
Value Builtin_LibConsoleWarn(Isolate* isolate, BuiltinArguments args) {
  return ConsoleWrite(isolate, args, stderr);
}

// console.assert(condition, ...data): node replaces data[0] with
// `Assertion failed: ${data[0]}` (or "Assertion failed") and warns.
Value Builtin_LibConsoleAssert(Isolate* isolate, BuiltinArguments args) {
  if (ToBooleanValue(args[0])) return Value::Undefined();
  HandleScope scope(isolate);
  std::u16string head = u"Assertion failed";
  if (args.length() >= 2) {
    Handle<String> first;
    if (!ToString(isolate, args.at(1)).ToHandle(&first)) return Value::Exception();
    head += u": " + ToU16(first);
  }
  std::vector<Handle<Value>> argv;
  argv.push_back(NewString(isolate, head));
  for (int i = 2; i < args.length(); i++) argv.push_back(args.at(i));
  std::u16string text;
  if (!FormatArguments(isolate, static_cast<int>(argv.size()), argv.data(), &text)) {
    return Value::Exception();
  }
  WriteLine(isolate, text, stderr);
  return Value::Undefined();
}

Value Builtin_LibConsoleCount(Isolate* isolate, BuiltinArguments args) {
  std::u16string label;
  if (!Label(isolate, args.at(0), &label)) return Value::Exception();
  int count = ++RuntimeStateOf(isolate)->console_counts[label];
  WriteLine(isolate, label + u": " + NumberToU16(count), stdout);
  return Value::Undefined();
}

Value Builtin_LibConsoleCountReset(Isolate* isolate, BuiltinArguments args) {
  std::u16string label;
  if (!Label(isolate, args.at(0), &label)) return Value::Exception();
  RuntimeState* state = RuntimeStateOf(isolate);
  auto it = state->console_counts.find(label);
  if (it == state->console_counts.end()) {
    EmitWarning(isolate, u"Count for '" + label + u"' does not exist");
  } else {
    state->console_counts.erase(it);
  }
  return Value::Undefined();
}

Value Builtin_LibConsoleTime(Isolate* isolate, BuiltinArguments args) {
  std::u16string label;
  if (!Label(isolate, args.at(0), &label)) return Value::Exception();
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->console_timers.count(label) != 0) {
    EmitWarning(isolate, u"Label '" + label + u"' already exists for console.time()");
    return Value::Undefined();
  }
  state->console_timers[label] = NowNanos();
  return Value::Undefined();
}

Value Builtin_LibConsoleTimeEnd(Isolate* isolate, BuiltinArguments args) {
  return TimeReport(isolate, args, true, "timeEnd");
}

Value Builtin_LibConsoleTimeLog(Isolate* isolate, BuiltinArguments args) {
  return TimeReport(isolate, args, false, "timeLog");
}

Value Builtin_LibConsoleGroup(Isolate* isolate, BuiltinArguments args) {
  if (args.length() > 0) {
    Value result = ConsoleWrite(isolate, args, stdout);
    if (result.IsException()) return result;
  }
  RuntimeStateOf(isolate)->console_group_indent += 2;
  return Value::Undefined();
}

Value Builtin_LibConsoleGroupCollapsed(Isolate* isolate, BuiltinArguments args) {
  return Builtin_LibConsoleGroup(isolate, args);
}

Value Builtin_LibConsoleGroupEnd(Isolate* isolate, BuiltinArguments) {
  int& indent = RuntimeStateOf(isolate)->console_group_indent;
  indent = std::max(indent - 2, 0);
  return Value::Undefined();
}

// console.dir(object, options): inspect with options.depth honoured.
Value Builtin_LibConsoleDir(Isolate* isolate, BuiltinArguments args) {
  HandleScope scope(isolate);
  InspectOptions options;
  if (IsJSReceiver(args[1])) {
    Handle<Value> depth;
    if (!GetProperty(isolate, args.at(1), "depth").ToHandle(&depth)) return Value::Exception();
    if (depth->IsNull() || (depth->IsNumber() && std::isinf(depth->Number()))) {
      options.depth = -1;
    } else if (depth->IsNumber()) {
      options.depth = std::max(0, static_cast<int>(depth->Number()));
    }
  }
  std::u16string text;
  if (!InspectValue(isolate, args.at(0), options, &text)) return Value::Exception();
  WriteLine(isolate, text, stdout);
  return Value::Undefined();
}

// console.trace(...data): "Trace: message" and the JS stack, on stderr.
Value Builtin_LibConsoleTrace(Isolate* isolate, BuiltinArguments args) {
  HandleScope scope(isolate);
  std::vector<Handle<Value>> argv;
  for (int i = 0; i < args.length(); i++) argv.push_back(args.at(i));
  std::u16string message;
  if (!FormatArguments(isolate, static_cast<int>(argv.size()), argv.data(), &message)) {
    return Value::Exception();
  }
  Handle<JSError> error = F(isolate)->NewError(ErrorKind::kError, "");
  CaptureErrorStack(isolate, error, *args.target());
  Value stack = FormatErrorStack(isolate, error);
  if (stack.IsException()) return stack;
  std::u16string frames;
  if (IsString(stack)) {
    std::u16string all = ToU16(String::cast(stack));
    size_t newline = all.find(u'\n');
    if (newline != std::u16string::npos) frames = all.substr(newline);
  }
  WriteLine(isolate, (message.empty() ? u"Trace" : u"Trace: " + message) + frames, stderr);
  return Value::Undefined();
}

}  // namespace lucid
