// Copyright the Lucid authors. MIT license.
//
// console.log / console.error / print with a SIMPLE formatter in node's
// style (primitives, arrays, plain objects, class instances, functions,
// errors; single line when it fits, else one entry per line). The builtins
// work replaces FormatForConsole with the full util.inspect.

#include "runtime/console.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/builtins.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/elements.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

constexpr int kMaxDepth = 2;
constexpr int kBreakLength = 80;

struct InspectContext {
  Isolate* isolate = nullptr;
  int indentation = 0;
  int current_depth = 0;
  std::vector<Value*> seen;  // handle slots of the objects being printed
};

bool IsIdentifier(const std::string& s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

std::string Quote(const std::string& s) {
  char quote = '\'';
  if (s.find('\'') != std::string::npos) {
    if (s.find('"') == std::string::npos) quote = '"';
    else if (s.find('`') == std::string::npos) quote = '`';
  }
  std::string out(1, quote);
  for (char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\b') {
      out += "\\b";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      static const char* kHex = "0123456789ABCDEF";
      out += "\\x";
      out += kHex[(c >> 4) & 0xF];
      out += kHex[c & 0xF];
    } else {
      out += c;
    }
  }
  out += quote;
  return out;
}

std::string NumberText(Value v) {
  if (v.IsDouble() && v.AsDouble() == 0 && std::signbit(v.AsDouble())) return "-0";
  return NumberToStdString(v.Number());
}

std::string FunctionText(Isolate* isolate, Value v) {
  std::string name;
  Value n = Runtime_GetProperty(isolate, v, isolate->roots().name_string());
  if (n.IsException()) {
    isolate->clear_pending_exception();
  } else if (IsString(n)) {
    name = String::cast(n)->ToUTF8();
  }
  if (IsJSFunction(v) && JSFunction::cast(v)->shared()->is_class_constructor()) {
    std::string out = "[class " + (name.empty() ? "(anonymous)" : name);
    Value parent = JSReceiver::cast(v)->GetPrototype();
    if (IsJSFunction(parent) && JSFunction::cast(parent)->shared()->is_class_constructor()) {
      Value pn = JSFunction::cast(parent)->shared()->name();
      if (IsString(pn)) out += " extends " + String::cast(pn)->ToUTF8();
    }
    return out + "]";
  }
  return name.empty() ? "[Function (anonymous)]" : "[Function: " + name + "]";
}

// The constructor name node prints before an object ("Foo {}"), "" for
// plain objects, or "[Object: null prototype]".
std::string ConstructorPrefix(Isolate* isolate, Value object) {
  Value proto = JSReceiver::cast(object)->GetPrototype();
  if (proto.IsNull()) return "[Object: null prototype]";
  HandleScope scope(isolate);
  Handle<Value> proto_h(proto, isolate);
  Value ctor = Runtime_GetProperty(isolate, *proto_h, isolate->roots().constructor_string());
  if (ctor.IsException()) {
    isolate->clear_pending_exception();
    return "";
  }
  if (!IsJSFunction(ctor)) return "";
  Value name = JSFunction::cast(ctor)->shared()->name();
  std::string text = IsString(name) ? String::cast(name)->ToUTF8() : "";
  if (text == "Object" || text == "Array") return "";
  return text;
}

std::string Inspect(InspectContext* ctx, Value value, int depth, bool top);

std::string Reduce(InspectContext* ctx, const std::vector<std::string>& output,
                   const std::string& base, const char* open, const char* close, int depth) {
  if (output.empty()) return (base.empty() ? "" : base + " ") + open + close;
  if (ctx->current_depth - depth < 3) {
    size_t total = output.size() + ctx->indentation + std::string(open).size() + base.size() + 10;
    total += output.size();
    bool fits = true;
    std::string joined;
    for (size_t i = 0; i < output.size(); i++) {
      total += output[i].size();
      if (output[i].find('\n') != std::string::npos) fits = false;
      if (i) joined += ", ";
      joined += output[i];
    }
    if (fits && total <= static_cast<size_t>(kBreakLength)) {
      return (base.empty() ? "" : base + " ") + open + " " + joined + " " + close;
    }
  }
  std::string indentation = "\n" + std::string(ctx->indentation, ' ');
  std::string out = (base.empty() ? "" : base + " ") + open + indentation + "  ";
  for (size_t i = 0; i < output.size(); i++) {
    if (i) out += "," + indentation + "  ";
    out += output[i];
  }
  return out + indentation + close;
}

std::string KeyText(Isolate* isolate, Value key) {
  if (IsSymbol(key)) return "[" + Symbol::cast(key)->ToDescriptiveString() + "]";
  std::string s = DescribeValueForMessage(isolate, key);
  return IsIdentifier(s) ? s : Quote(s);
}

std::string InspectObject(InspectContext* ctx, Handle<Value> object, int depth) {
  Isolate* isolate = ctx->isolate;
  for (Value* seen : ctx->seen) {
    if (*seen == *object) return "[Circular *1]";
  }
  bool is_array = IsJSArray(*object);
  bool empty = is_array ? JSArray::cast(*object)->length() == 0 : false;
  if (!is_array && !IsCallable(*object)) {
    HandleScope scope(isolate);
    empty = (*JSReceiver::OwnPropertyKeys(isolate, Handle<JSReceiver>::cast(object),
                                          JSReceiver::kOnlyEnumerable))->length() == 0;
  }
  if (depth > kMaxDepth && !empty) {
    if (is_array) return "[Array]";
    std::string prefix = ConstructorPrefix(isolate, *object);
    return "[" + (prefix.empty() ? std::string("Object") : prefix) + "]";
  }
  ctx->current_depth = depth;
  ctx->seen.push_back(object.location());
  ctx->indentation += 2;
  std::vector<std::string> output;
  if (is_array) {
    uint32_t length = JSArray::cast(*object)->length();
    uint32_t holes = 0;
    for (uint32_t i = 0; i < length && output.size() < 100; i++) {
      Value v = Elements::GetOwnElement(JSObject::cast(*object), i);
      if (v.IsTheHole()) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push_back("<" + std::to_string(holes) + " empty item" + (holes > 1 ? "s" : "") + ">");
        holes = 0;
      }
      Value element = Runtime_GetProperty(isolate, *object, Value::FromUint32(i));
      if (element.IsException()) {
        isolate->clear_pending_exception();
        element = Value::Undefined();
      }
      output.push_back(Inspect(ctx, element, depth + 1, false));
    }
    if (holes > 0) {
      output.push_back("<" + std::to_string(holes) + " empty item" + (holes > 1 ? "s" : "") + ">");
    }
    if (length > 100) output.push_back("... " + std::to_string(length - 100) + " more items");
  }
  HandleScope scope(isolate);
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(isolate, Handle<JSReceiver>::cast(object),
                                                        JSReceiver::kOnlyEnumerable);
  for (int i = 0; i < (*keys)->length(); i++) {
    Value key = (*keys)->get(i);
    if (is_array && IsString(key)) {
      uint32_t index;
      if (String::cast(key)->AsArrayIndex(FactoryOf(isolate)->hash_seed(), &index)) continue;
    }
    std::string key_text = KeyText(isolate, key);
    {
      HandleScope inner(isolate);
      Handle<Value> key_h(key, isolate);
      PropertyDescriptor desc;
      if (JSReceiver::GetOwnPropertyDescriptor(isolate, Handle<JSReceiver>::cast(object),
                                               PropertyKey::From(isolate, key_h), &desc) &&
          desc.IsAccessorDescriptor()) {
        bool get = desc.has_get && !desc.get->IsUndefined();
        bool set = desc.has_set && !desc.set->IsUndefined();
        output.push_back(key_text + ": " + (get && set ? "[Getter/Setter]" : get ? "[Getter]" : set ? "[Setter]" : "undefined"));
        continue;
      }
    }
    Value v = Runtime_GetProperty(isolate, *object, (*keys)->get(i));
    if (v.IsException()) {
      isolate->clear_pending_exception();
      v = Value::Undefined();
    }
    output.push_back(key_text + ": " + Inspect(ctx, v, depth + 1, false));
  }
  ctx->indentation -= 2;
  ctx->seen.pop_back();
  std::string base = IsCallable(*object) ? FunctionText(isolate, *object)
                                          : ConstructorPrefix(isolate, *object);
  if (IsCallable(*object) && output.empty()) return base;
  if (is_array) return Reduce(ctx, output, base, "[", "]", depth);
  return Reduce(ctx, output, base, "{", "}", depth);
}

std::string Inspect(InspectContext* ctx, Value value, int depth, bool top) {
  Isolate* isolate = ctx->isolate;
  if (value.IsUndefined()) return "undefined";
  if (value.IsNull()) return "null";
  if (value.IsTrue()) return "true";
  if (value.IsFalse()) return "false";
  if (value.IsNumber()) return NumberText(value);
  if (IsString(value)) {
    std::string s = String::cast(value)->ToUTF8();
    return top ? s : Quote(s);
  }
  if (IsSymbol(value)) return Symbol::cast(value)->ToDescriptiveString();
  if (!IsJSReceiver(value)) return "<internal>";
  HandleScope scope(isolate);
  Handle<Value> object(value, isolate);
  if (IsJSError(*object)) {
    Value stack = Runtime_GetProperty(isolate, *object, isolate->roots().stack_string());
    if (stack.IsException()) {
      isolate->clear_pending_exception();
    } else if (IsString(stack)) {
      std::string s = String::cast(stack)->ToUTF8();
      return depth > 0 ? "[" + s + "]" : s;
    }
  }
  if (IsJSPrimitiveWrapper(*object)) {
    Value inner = JSPrimitiveWrapper::cast(*object)->value();
    const char* kind = inner.IsNumber() ? "Number" : IsString(inner) ? "String"
                       : inner.IsBoolean() ? "Boolean" : "Symbol";
    return std::string("[") + kind + ": " + Inspect(ctx, inner, depth + 1, false) + "]";
  }
  return InspectObject(ctx, object, depth);
}

}  // namespace

std::string FormatForConsole(Isolate* isolate, Value value, bool top_level_string_raw) {
  HandleScope scope(isolate);
  InspectContext ctx;
  ctx.isolate = isolate;
  return Inspect(&ctx, value, 0, top_level_string_raw);
}

namespace {

Value Log(Isolate* isolate, BuiltinArguments args, FILE* out) {
  std::string line;
  for (int i = 0; i < args.length(); i++) {
    if (i) line += ' ';
    line += FormatForConsole(isolate, args[i], true);
    if (isolate->has_pending_exception()) return Value::Exception();
  }
  line += '\n';
  if (out == stderr) std::fflush(stdout);
  std::fwrite(line.data(), 1, line.size(), out);
  return Value::Undefined();
}

}  // namespace

Value Builtin_ConsoleLog(Isolate* isolate, BuiltinArguments args) { return Log(isolate, args, stdout); }
Value Builtin_ConsoleError(Isolate* isolate, BuiltinArguments args) { return Log(isolate, args, stderr); }
// print(...): d8's: each argument through String(), joined by spaces.
Value Builtin_GlobalPrint(Isolate* isolate, BuiltinArguments args) {
  std::string line;
  for (int i = 0; i < args.length(); i++) {
    if (i) line += ' ';
    Value s = IsSymbol(args[i]) ? FactoryOf(isolate)->NewStringFromUtf8(Symbol::cast(args[i])->ToDescriptiveString())->ToValue()
                                : Runtime_ToString(isolate, args[i]);
    if (s.IsException()) return s;
    line += String::cast(s)->ToUTF8();
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
  return Value::Undefined();
}

}  // namespace lucid
