// Copyright the Lucid authors. MIT license.
//
// Errors: throwing V8's message templates, capturing the raw stack of an
// error at construction, formatting `stack` lazily as node does, and the
// throw site the uncaught-exception report points at.

#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/builtins.h"
#include "vm/frames.h"
#include "vm/interpreter/bytecodes.h"
#include "vm/interpreter/call_printer.h"
#include "vm/interpreter/materializer.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/js_object.h"
#include "vm/objects/script.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

// -- Runtime state ----------------------------------------------------------------------

RuntimeState* RuntimeStateOf(Isolate* isolate) {
  void* data = isolate->extension(IsolateExtension::kRuntime);
  if (data == nullptr) {
    auto* state = new RuntimeState();
    isolate->set_extension(IsolateExtension::kRuntime, state,
                           [](void* p) { delete static_cast<RuntimeState*>(p); });
    return state;
  }
  return static_cast<RuntimeState*>(data);
}

int RegisterScriptSource(Isolate* isolate, const SourceFile* source, bool is_module_wrapper) {
  RuntimeState* state = RuntimeStateOf(isolate);
  state->scripts.push_back({source, is_module_wrapper});
  return static_cast<int>(state->scripts.size()) - 1;
}

namespace {

constexpr int kStackTraceLimit = 10;
// Raw stack record per frame: closure, bytecode offset (-1 for builtins),
// receiver, flags (bit 0: construct).
constexpr int kFrameRecordSize = 4;

const RuntimeState::ScriptRecord* ScriptRecordOf(Isolate* isolate, Value script) {
  if (!IsScript(script)) return nullptr;
  int id = Script::cast(script)->id();
  RuntimeState* state = RuntimeStateOf(isolate);
  if (id < 0 || id >= static_cast<int>(state->scripts.size())) return nullptr;
  return &state->scripts[id];
}

std::string StringOrEmpty(Value v) { return IsString(v) ? String::cast(v)->ToUTF8() : std::string(); }

// "file:line:col" of {position} in the function's script.
std::string Location(Isolate* isolate, SharedFunctionInfo* shared, int position) {
  const RuntimeState::ScriptRecord* record = ScriptRecordOf(isolate, shared->script());
  if (record == nullptr) return "<anonymous>";
  std::string out = record->source->name();
  if (position < 0) return out;
  SourceLocation loc = record->source->GetLocation(position);
  return out + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

bool IsIdentChar(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c > 0x7F;
}

}  // namespace

// The source position V8 reports for the instruction at {offset}: a call
// points at its callee (the property name of `o.f()`, `new` of `new F()`),
// a property load at the property name (the generator records the `.`).
int32_t ReportedPosition(Isolate* isolate, SharedFunctionInfo* shared, int32_t offset) {
  if (!IsBytecodeArray(shared->function_data()) || offset < 0) return -1;
  BytecodeArray* bytecode = BytecodeArray::cast(shared->function_data());
  int32_t position = SourcePositionForOffset(bytecode, offset);
  const RuntimeState::ScriptRecord* record = ScriptRecordOf(isolate, shared->script());
  if (record == nullptr || position < 0) return position;
  const std::u16string& text = record->source->text();
  int32_t n = static_cast<int32_t>(text.size());
  int32_t start, end;
  if (CallSiteForOffset(bytecode, offset, &start, &end) && end > start && end <= n) {
    Bytecode b = static_cast<Bytecode>(bytecode->get(offset));
    if (IsPrefix(b)) b = static_cast<Bytecode>(bytecode->get(offset + 1));
    if (b == Bytecode::kConstruct || b == Bytecode::kConstructWithSpread) {
      int32_t p = start;
      while (p > 0 && (text[p - 1] == u' ' || text[p - 1] == u'\t' || text[p - 1] == u'(')) p--;
      if (p >= 3 && text.compare(p - 3, 3, u"new") == 0) return p - 3;
      return start;
    }
    int32_t id_start = end;
    while (id_start > start && IsIdentChar(text[id_start - 1])) id_start--;
    int32_t q = id_start;
    while (q > start && (text[q - 1] == u' ' || text[q - 1] == u'\n' || text[q - 1] == u'\t')) q--;
    if (id_start < end && q > start && text[q - 1] == u'.') return id_start;
    return start;
  }
  if (position < n && text[position] == u'.') {
    int32_t p = position + 1;
    while (p < n && (text[p] == u' ' || text[p] == u'\n' || text[p] == u'\t')) p++;
    if (p < n && IsIdentChar(text[p])) return p;
  }
  if (position + 1 < n && text[position] == u'?' && text[position + 1] == u'.') return position + 2;
  return position;
}

namespace {

// The name V8 shows before a method: the receiver's constructor's name.
std::string TypeName(Isolate* isolate, Value receiver) {
  if (!IsJSReceiver(receiver)) return "";
  if (IsJSFunction(receiver)) {
    std::string name = StringOrEmpty(JSFunction::cast(receiver)->shared()->name());
    return name.empty() ? "Function" : name;
  }
  if (IsJSGlobalObject(receiver)) return "";
  if (IsJSGeneratorObject(receiver)) {
    // V8 names a generator object after its shape's constructor: the
    // generator function ("at gen.next (<anonymous>)").
    Value function = JSGeneratorObject::cast(receiver)->function();
    std::string name = StringOrEmpty(JSFunction::cast(function)->shared()->name());
    if (!name.empty()) return name;
  }
  HandleScope scope(isolate);
  Handle<Value> object(receiver, isolate);
  Handle<Name> key(isolate->roots().slot(RootIndex::k_constructor_string));
  Value current = JSReceiver::cast(*object)->GetPrototype();
  for (int depth = 0; depth < 32 && IsJSReceiver(current); depth++) {
    Handle<JSReceiver> holder(JSReceiver::cast(current), isolate);
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate, holder, PropertyKey::FromName(key), &desc)) {
      if (desc.has_value && IsJSFunction(*desc.value)) {
        std::string name = StringOrEmpty(JSFunction::cast(*desc.value)->shared()->name());
        if (!name.empty()) return name;
      }
      break;
    }
    current = (*holder)->GetPrototype();
  }
  return "Object";
}

std::string FunctionName(SharedFunctionInfo* shared) { return StringOrEmpty(shared->name()); }

// A namespace object's own Symbol.toStringTag ("JSON", "Math"): V8 names
// builtin frames on them "JSON.parse", not "Object.parse".
std::string NamespaceTag(Isolate* isolate, Value receiver) {
  if (!IsJSReceiver(receiver) || IsCallable(receiver)) return "";
  HandleScope scope(isolate);
  Handle<JSReceiver> object(JSReceiver::cast(receiver), isolate);
  Handle<Name> key(isolate->roots().slot(RootIndex::k_to_string_tag_symbol));
  PropertyDescriptor desc;
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate, object, PropertyKey::FromName(key), &desc) ||
      !desc.has_value || !IsString(*desc.value)) {
    return "";
  }
  return StringOrEmpty(*desc.value);
}

std::string DescribeFrame(Isolate* isolate, Value closure, int offset, Value receiver,
                          bool construct) {
  JSFunction* function = JSFunction::cast(closure);
  SharedFunctionInfo* shared = function->shared();
  std::string name = FunctionName(shared);
  if (shared->IsBuiltin()) {
    std::string type = NamespaceTag(isolate, receiver);
    if (type.empty()) type = TypeName(isolate, receiver);
    if (construct) return "new " + name + " (<anonymous>)";
    return (type.empty() ? name : type + "." + name) + " (<anonymous>)";
  }
  int position = ReportedPosition(isolate, shared, offset);
  std::string location = Location(isolate, shared, position);
  if (construct) return "new " + (name.empty() ? "<anonymous>" : name) + " (" + location + ")";
  if (shared->kind() == FunctionKind::kTopLevel) {
    const RuntimeState::ScriptRecord* record = ScriptRecordOf(isolate, shared->script());
    if (record != nullptr && record->is_module_wrapper) return "Object.<anonymous> (" + location + ")";
    return location;
  }
  // V8 shows an accessor as "get p [as p]", without the receiver's type.
  if ((shared->kind() == FunctionKind::kGetterFunction ||
       shared->kind() == FunctionKind::kSetterFunction) && !name.empty()) {
    const char* prefix = shared->kind() == FunctionKind::kGetterFunction ? "get " : "set ";
    return prefix + name + " [as " + name + "] (" + location + ")";
  }
  std::string type = TypeName(isolate, receiver);
  if (!type.empty()) return type + "." + (name.empty() ? "<anonymous>" : name) + " (" + location + ")";
  if (!name.empty()) return name + " (" + location + ")";
  return location;
}

Handle<Value> StackAccessor(Isolate* isolate, bool getter) {
  RuntimeState* state = RuntimeStateOf(isolate);
  Global<Value>& slot = getter ? state->error_stack_getter : state->error_stack_setter;
  if (slot.IsEmpty()) {
    Handle<JSObject> f =
        NewBuiltinFunction(isolate, getter ? Builtin::kErrorStackGetter : Builtin::kErrorStackSetter);
    slot.Reset(isolate, Handle<Value>(f));
  }
  return slot.Get();
}

}  // namespace

// -- Capture and format --------------------------------------------------------------------

// Function.prototype.call/apply do not appear in V8's stack traces.
static bool IsHiddenFrame(const Frame& frame) {
  Value closure = frame.closure();
  if (!IsJSFunction(closure)) return false;
  SharedFunctionInfo* shared = JSFunction::cast(closure)->shared();
  if (!shared->IsBuiltin()) return false;
  int id = shared->builtin_id();
  return id == static_cast<int>(Builtin::kFunctionPrototypeCall) ||
         id == static_cast<int>(Builtin::kFunctionPrototypeApply);
}

// Error.stackTraceLimit: the Error constructor's own data property (read
// without running JS, as V8 does); -1 when it is missing or not a number.
static int StackTraceLimit(Isolate* isolate) {
  RuntimeState* state = RuntimeStateOf(isolate);
  if (state->error_constructor.IsEmpty()) return kStackTraceLimit;
  Handle<JSReceiver> ctor = Handle<JSReceiver>::cast(state->error_constructor.Get());
  PropertyDescriptor desc;
  PropertyKey key = PropertyKey::FromName(FactoryOf(isolate)->InternalizeAscii("stackTraceLimit"));
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate, ctor, key, &desc) || !desc.has_value ||
      !desc.value->IsNumber()) {
    return -1;
  }
  double limit = desc.value->Number();
  if (!(limit > 0)) return 0;
  return limit > 1e6 ? 1000000 : static_cast<int>(limit);
}

void CaptureErrorStack(Isolate* isolate, Handle<JSObject> error, Value skip_until) {
  HandleScope scope(isolate);
  Handle<Value> skip(skip_until, isolate);
  // Frames up to and including the constructor `new` was applied to are
  // not shown (V8: the error's own construction is not part of its stack).
  bool skipping = false;
  if (IsJSFunction(*skip)) {
    for (FrameIterator it(isolate); !it.done(); it.Advance()) {
      if (it.frame().closure() == *skip) {
        skipping = true;
        break;
      }
    }
  }
  // NOTE: V8 leaves `stack` undefined when the limit is not a number; Lucid
  // records no frames (stack = the header line only).
  int limit = std::max(StackTraceLimit(isolate), 0);
  int count = 0;
  bool counting_skip = skipping;
  for (FrameIterator it(isolate); !it.done() && count < limit; it.Advance()) {
    if (IsHiddenFrame(it.frame())) continue;
    if (counting_skip) {
      if (it.frame().closure() == *skip) counting_skip = false;
      continue;
    }
    count++;
  }
  Handle<FixedArray> raw = FactoryOf(isolate)->NewFixedArray(count * kFrameRecordSize);
  int i = 0;
  for (FrameIterator it(isolate); !it.done() && i < count; it.Advance()) {
    Frame f = it.frame();
    if (IsHiddenFrame(f)) continue;
    if (skipping) {
      if (f.closure() == *skip) skipping = false;
      continue;
    }
    int base = i * kFrameRecordSize;
    (*raw)->set(base, f.closure());
    (*raw)->set(base + 1, Value::FromInt32(f.is_builtin_exit() ? -1 : f.bytecode_offset()));
    (*raw)->set(base + 2, f.receiver());
    (*raw)->set(base + 3, Value::FromInt32(f.new_target().IsUndefined() ? 0 : 1));
    i++;
  }
  if (IsJSError((*error)->ToValue())) {
    JSError::cast((*error)->ToValue())->set_stack_trace(raw->ToValue());
  } else {
    // Error.captureStackTrace on a plain object: the raw stack goes in a
    // private field.
    Handle<Name> key(isolate->roots().slot(RootIndex::k_error_stack_symbol));
    PropertyDescriptor desc = PropertyDescriptor::Data(raw, DONT_ENUM);
    (void)JSReceiver::DefineOwnProperty(isolate, error, PropertyKey::FromName(key), desc);
  }
  Handle<Name> key(isolate->roots().slot(RootIndex::k_stack_string));
  PropertyDescriptor existing;
  Handle<Value> getter = StackAccessor(isolate, true);
  Handle<Value> setter = StackAccessor(isolate, false);
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate, error, PropertyKey::FromName(key), &existing)) {
    JSObject::AddAccessor(isolate, error, key, getter, setter, DONT_ENUM);
  } else if (!existing.IsAccessorDescriptor() && existing.configurable) {
    PropertyDescriptor desc;
    desc.has_get = desc.has_set = desc.has_enumerable = desc.has_configurable = true;
    desc.get = getter;
    desc.set = setter;
    desc.enumerable = false;
    desc.configurable = true;
    (void)JSReceiver::DefineOwnProperty(isolate, error, PropertyKey::FromName(key), desc);
  }
}

// Spec: Error.prototype.toString.
Value ErrorToString(Isolate* isolate, Handle<Value> receiver) {
  HandleScope scope(isolate);
  if (!IsJSReceiver(*receiver)) {
    return ThrowError(isolate, MessageTemplate::kIncompatibleMethodReceiver,
                      {"Error.prototype.toString", DescribeValueForMessage(isolate, *receiver)});
  }
  Handle<JSReceiver> object = Handle<JSReceiver>::cast(receiver);
  Handle<Name> name_key(isolate->roots().slot(RootIndex::k_name_string));
  Handle<Name> message_key(isolate->roots().slot(RootIndex::k_message_string));
  Handle<Value> name;
  if (!JSReceiver::GetProperty(isolate, object, PropertyKey::FromName(name_key)).ToHandle(&name)) {
    return Value::Exception();
  }
  std::string name_text = "Error";
  if (!name->IsUndefined()) {
    Value s = Runtime_ToString(isolate, *name);
    if (s.IsException()) return s;
    name_text = String::cast(s)->ToUTF8();
  }
  Handle<Value> message;
  if (!JSReceiver::GetProperty(isolate, object, PropertyKey::FromName(message_key))
           .ToHandle(&message)) {
    return Value::Exception();
  }
  std::string message_text;
  if (!message->IsUndefined()) {
    Value s = Runtime_ToString(isolate, *message);
    if (s.IsException()) return s;
    message_text = String::cast(s)->ToUTF8();
  }
  std::string out = name_text.empty() ? message_text
                    : message_text.empty() ? name_text
                                           : name_text + ": " + message_text;
  return FactoryOf(isolate)->NewStringFromUtf8(out)->ToValue();
}

Value FormatErrorStack(Isolate* isolate, Handle<JSObject> error) {
  HandleScope scope(isolate);
  Value header = ErrorToString(isolate, error);
  if (header.IsException()) return header;
  std::string text = String::cast(header)->ToUTF8();
  Value raw_value = Value::Undefined();
  if (IsJSError((*error)->ToValue())) {
    raw_value = JSError::cast((*error)->ToValue())->stack_trace();
  } else {
    Handle<Name> key(isolate->roots().slot(RootIndex::k_error_stack_symbol));
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate, error, PropertyKey::FromName(key), &desc) &&
        desc.has_value) {
      raw_value = *desc.value;
    }
  }
  if (IsFixedArray(raw_value)) {
    Handle<FixedArray> raw(FixedArray::cast(raw_value), isolate);
    for (int i = 0; i + kFrameRecordSize <= (*raw)->length(); i += kFrameRecordSize) {
      text += "\n    at ";
      text += DescribeFrame(isolate, (*raw)->get(i), (*raw)->get(i + 1).AsInt32(),
                            (*raw)->get(i + 2), (*raw)->get(i + 3).AsInt32() != 0);
    }
  }
  return FactoryOf(isolate)->NewStringFromUtf8(text)->ToValue();
}

Value Builtin_ErrorStackGetter(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  if (!IsJSReceiver(*receiver)) return Value::Undefined();
  Handle<JSObject> error = Handle<JSObject>::cast(receiver);
  Value formatted = FormatErrorStack(isolate, error);
  if (formatted.IsException()) return formatted;
  Handle<Value> text(formatted, isolate);
  // Replace the accessor by the formatted data property (formatted once).
  Handle<Name> key(isolate->roots().slot(RootIndex::k_stack_string));
  PropertyDescriptor desc = PropertyDescriptor::Data(text, DONT_ENUM);
  if (!JSReceiver::DefineOwnProperty(isolate, error, PropertyKey::FromName(key), desc)
           .has_value()) {
    return Value::Exception();
  }
  return *text;
}

Value Builtin_ErrorStackSetter(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> receiver = args.receiver();
  if (!IsJSReceiver(*receiver)) return Value::Undefined();
  Handle<Name> key(isolate->roots().slot(RootIndex::k_stack_string));
  PropertyDescriptor desc = PropertyDescriptor::Data(args.at(0), DONT_ENUM);
  if (!JSReceiver::DefineOwnProperty(isolate, Handle<JSReceiver>::cast(receiver),
                                     PropertyKey::FromName(key), desc)
           .has_value()) {
    return Value::Exception();
  }
  return Value::Undefined();
}

// -- Throwing --------------------------------------------------------------------------------

Value ThrowValue(Isolate* isolate, Value exception) { return isolate->Throw(exception); }

Value ThrowError(Isolate* isolate, MessageTemplate t, std::initializer_list<std::string_view> args) {
  HandleScope scope(isolate);
  Handle<JSError> error = FactoryOf(isolate)->NewError(t, args);
  CaptureErrorStack(isolate, error, Value::Undefined());
  return isolate->Throw(error->ToValue());
}

Value ThrowStackOverflow(Isolate* isolate) {
  // NOTE: runs with the JS stack at its limit: the headroom below the limit
  // is not used (nothing here pushes frames) and the native stack keeps
  // Isolate::kNativeStackHeadroom for this.
  return ThrowError(isolate, MessageTemplate::kStackOverflow);
}

std::string DescribeValueForMessage(Isolate* isolate, Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "null";
  if (value.IsTrue()) return "true";
  if (value.IsFalse()) return "false";
  if (value.IsNumber()) return NumberToStdString(value.Number());
  if (IsString(value)) return String::cast(value)->ToUTF8();
  if (IsSymbol(value)) return Symbol::cast(value)->ToDescriptiveString();
  if (IsJSFunction(value)) {
    SharedFunctionInfo* shared = JSFunction::cast(value)->shared();
    const RuntimeState::ScriptRecord* record = ScriptRecordOf(isolate, shared->script());
    if (record != nullptr && shared->end_position() > shared->start_position()) {
      return record->source->SubstringUtf8(shared->start_position(), shared->end_position());
    }
    return "function " + FunctionName(shared) + "() { [native code] }";
  }
  if (IsJSReceiver(value)) return "#<" + TypeName(isolate, value) + ">";
  return "<internal>";
}

Value ThrowPropertyAccessError(Isolate* isolate, Value object, Value key, bool store) {
  std::string target = object.IsNull() ? "null" : "undefined";
  std::string name = DescribeValueForMessage(isolate, key);
  return ThrowError(isolate,
                    store ? MessageTemplate::kNonObjectPropertyStore
                          : MessageTemplate::kNonObjectPropertyLoad,
                    {target, name});
}

namespace {

bool IsIdentifierText(const std::string& s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '$')) {
      return false;
    }
  }
  return true;
}

// V8's CallPrinter on source text: drops enclosing parentheses, prints
// string literals with double quotes and o['name'] as o.name.
std::string CallPrinterText(std::string text) {
  while (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
    int depth = 0;
    bool encloses = true;
    for (size_t i = 0; i < text.size(); i++) {
      if (text[i] == '(') depth++;
      if (text[i] == ')') depth--;
      if (depth == 0 && i + 1 < text.size()) encloses = false;
    }
    if (!encloses) break;
    text = text.substr(1, text.size() - 2);
  }
  std::string out;
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '\'' && (i == 0 || text[i - 1] != '[')) {
      size_t close = text.find('\'', i + 1);
      if (close != std::string::npos) {
        out += "\"" + text.substr(i + 1, close - i - 1) + "\"";
        i = close;
        continue;
      }
    }
    if (text[i] == '[' && i + 1 < text.size() && (text[i + 1] == '\'' || text[i + 1] == '"')) {
      size_t close = text.find(text[i + 1], i + 2);
      if (close != std::string::npos && close + 1 < text.size() && text[close + 1] == ']') {
        std::string name = text.substr(i + 2, close - i - 2);
        if (IsIdentifierText(name)) {
          out += "." + name;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

Value ThrowCallError(Isolate* isolate, MessageTemplate t, Value callee) {
  std::string text;
  Value* fp = reinterpret_cast<Value*>(isolate->js_fp());
  // Function.prototype.call/apply forward the call: name the JS call site.
  while (fp != nullptr && Frame(fp).is_builtin_exit()) {
    SharedFunctionInfo* shared = JSFunction::cast(Frame(fp).closure())->shared();
    int id = shared->IsBuiltin() ? shared->builtin_id() : -1;
    if (id != static_cast<int>(Builtin::kFunctionPrototypeCall) &&
        id != static_cast<int>(Builtin::kFunctionPrototypeApply)) {
      break;
    }
    fp = Frame(fp).caller_fp();
  }
  if (fp != nullptr && !Frame(fp).is_builtin_exit()) {
    Frame frame(fp);
    SharedFunctionInfo* shared = JSFunction::cast(frame.closure())->shared();
    int32_t start, end;
    const RuntimeState::ScriptRecord* record = ScriptRecordOf(isolate, shared->script());
    if (record != nullptr &&
        CallSiteForOffset(BytecodeArray::cast(frame.bytecode_array()), frame.bytecode_offset(),
                          &start, &end) &&
        end > start) {
      text = CallPrinterText(record->source->SubstringUtf8(start, end));
    }
  }
  if (text.empty()) text = DescribeValueForMessage(isolate, callee);
  return ThrowError(isolate, t, {text});
}

std::string DefaultCallSiteText(Isolate* isolate, Value value) {
  std::string text = String::cast(TypeOf(isolate, value))->ToUTF8();
  if (IsString(value)) return text + " \"" + String::cast(value)->ToUTF8() + "\"";
  if (value.IsNull() || value.IsBoolean() || value.IsNumber()) {
    return text + " " + DescribeValueForMessage(isolate, value);
  }
  return text;
}

Value ThrowNotIterableError(Isolate* isolate, Value object) {
  Value* fp = reinterpret_cast<Value*>(isolate->js_fp());
  int32_t form, index;
  if (fp != nullptr && !Frame(fp).is_builtin_exit()) {
    Frame frame(fp);
    BytecodeArray* bytecode = BytecodeArray::cast(frame.bytecode_array());
    if (ErrorTextForOffset(bytecode, frame.bytecode_offset(), &form, &index)) {
      // The run-time default has no text recorded.
      if (form == static_cast<int32_t>(IteratorErrorForm::kDefault)) {
        return ThrowError(isolate, MessageTemplate::kNonObjectIterable, {DefaultCallSiteText(isolate, object)});
      }
      std::string text = String::cast(FixedArray::cast(bytecode->constant_pool())->get(index))->ToUTF8();
      bool named = form == static_cast<int32_t>(IteratorErrorForm::kFound);
      return ThrowError(isolate, named ? MessageTemplate::kNotIterable : MessageTemplate::kNotCallableOrIterable,
                        {text});
    }
  }
  return ThrowCallError(isolate, MessageTemplate::kNotIterable, object);
}

// -- Throw sites -------------------------------------------------------------------------------

void RecordThrowSite(Isolate* isolate, Value* fp) {
  // A site recorded for this very exception stays (rethrows, unwinding
  // through several activations); one left by an exception C++ caught and
  // cleared is replaced.
  Value* slot = isolate->roots().slot(RootIndex::kMessageObject);
  if (IsFixedArray(*slot) && FixedArray::cast(*slot)->get(2) == isolate->pending_exception()) return;
  if (Frame(fp).is_builtin_exit()) return;
  SharedFunctionInfo* shared = JSFunction::cast(fp[kClosureSlot])->shared();
  if (!IsScript(shared->script())) return;
  int id = Script::cast(shared->script())->id();
  int position = ReportedPosition(isolate, shared, fp[kBytecodeOffsetSlot].AsInt32());
  FixedArray* site = isolate->heap()->AllocateFixedArray(3);
  site->set(0, Value::FromInt32(id), SKIP_WRITE_BARRIER);
  site->set(1, Value::FromInt32(position), SKIP_WRITE_BARRIER);
  site->set(2, isolate->pending_exception());
  isolate->roots().set(RootIndex::kMessageObject, site->ToValue());
}

void ClearThrowSite(Isolate* isolate) {
  isolate->roots().set(RootIndex::kMessageObject, Value::Undefined());
}

bool IsTerminationException(Isolate* isolate) { return RuntimeStateOf(isolate)->terminating; }

bool GetThrowSite(Isolate* isolate, int* script_id, int* position) {
  Value site = isolate->roots().at(RootIndex::kMessageObject);
  if (!IsFixedArray(site)) return false;
  *script_id = FixedArray::cast(site)->get(0).AsInt32();
  *position = FixedArray::cast(site)->get(1).AsInt32();
  return true;
}

}  // namespace lucid
