// Copyright the Lucid authors. MIT license.
// util.inspect and util.format with node 20's output, written from node's
// documented behaviour: formatValue -> formatRaw -> reduceToSingleString,
// groupArrayElements for long arrays, strEscape's quote choice.

#include "runtime/library/inspect.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "runtime/library/builtins_collections.h"
#include "runtime/library/builtins_date.h"
#include "runtime/library/json.h"
#include "runtime/library/library_util.h"
#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_promise.h"
#include "vm/objects/js_date.h"
#include "vm/objects/js_function.h"
#include "vm/objects/ordered_hash_table.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// Entry kinds of formatProperty (node: kObjectType, kArrayType,
// kArrayExtrasType).
enum class EntryType { kObject, kArray, kArrayExtras };

using u16 = std::u16string;

u16 U(std::string_view ascii) { return AsciiToU16(ascii); }

// node's `meta` table: how strEscape spells a code unit below 0xA0.
u16 EscapeUnit(char16_t c) {
  switch (c) {
    case u'\b': return u"\\b";
    case u'\t': return u"\\t";
    case u'\n': return u"\\n";
    case u'\f': return u"\\f";
    case u'\r': return u"\\r";
    case u'\'': return u"\\'";
    case u'\\': return u"\\\\";
    default: break;
  }
  static const char kHex[] = "0123456789ABCDEF";
  u16 out = u"\\x";
  out.push_back(static_cast<char16_t>(kHex[(c >> 4) & 0xF]));
  out.push_back(static_cast<char16_t>(kHex[c & 0xF]));
  return out;
}

// node's strEscape: picks ' unless the string holds one, then " if free,
// then ` if free (and no "${"), else escapes the single quotes.
u16 StrEscape(const u16& str) {
  char16_t quote = u'\'';
  if (str.find(u'\'') != u16::npos) {
    if (str.find(u'"') == u16::npos) {
      quote = u'"';
    } else if (str.find(u'`') == u16::npos && str.find(u"${") == u16::npos) {
      quote = u'`';
    }
  }
  u16 out;
  out.reserve(str.size() + 2);
  out.push_back(quote);
  for (size_t i = 0; i < str.size(); i++) {
    char16_t c = str[i];
    if ((c == u'\'' && quote == u'\'') || c == u'\\' || c < 32 || (c > 126 && c < 160)) {
      out += EscapeUnit(c);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < str.size() && str[i + 1] >= 0xDC00 && str[i + 1] <= 0xDFFF) {
        out.push_back(c);
        out.push_back(str[++i]);
        continue;
      }
      static const char kHex[] = "0123456789abcdef";
      out += u"\\u";
      for (int shift = 12; shift >= 0; shift -= 4) {
        out.push_back(static_cast<char16_t>(kHex[(c >> shift) & 0xF]));
      }
    } else {
      out.push_back(c);
    }
  }
  out.push_back(quote);
  return out;
}

// keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/
bool IsIdentifierKey(const u16& key) {
  if (key.empty()) return false;
  for (size_t i = 0; i < key.size(); i++) {
    char16_t c = key[i];
    bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    bool digit = c >= u'0' && c <= u'9';
    if (!(alpha || (i > 0 && digit))) return false;
  }
  return true;
}

// numberRegExp: /^(0|[1-9][0-9]*)$/
bool IsIndexKey(const u16& key) {
  if (key.empty() || key.size() > 10) return false;
  if (key[0] == u'0') return key.size() == 1;
  for (char16_t c : key) {
    if (c < u'0' || c > u'9') return false;
  }
  return true;
}

u16 FormatNumber(double d) {
  if (d == 0 && std::signbit(d)) return u"-0";
  return NumberToU16(d);
}

u16 SymbolToU16(Value symbol) {
  Symbol* sym = Symbol::cast(symbol);
  u16 out = u"Symbol(";
  if (lucid::IsString(sym->description())) out += ToU16(String::cast(sym->description()));
  out += u")";
  return out;
}

u16 Repeat(char16_t c, int n) { return u16(static_cast<size_t>(std::max(n, 0)), c); }

class Inspector {
 public:
  Inspector(Isolate* isolate, const InspectOptions& options)
      : isolate_(isolate), options_(options), depth_(options.depth) {
    circular_ = F(isolate)->NewFixedArray(8);
  }

  bool FormatValue(Handle<Value> value, int recurse_times, u16* out);
  u16 FormatPrimitive(Value value);

 private:
  bool FormatRaw(Handle<JSReceiver> value, int recurse_times, u16* out);
  bool FormatProperty(Handle<JSReceiver> object, Handle<Value> key, int recurse_times,
                      EntryType type, u16* out);
  bool FormatArray(Handle<JSReceiver> array, int recurse_times, std::vector<u16>* output);
  // node's formatPromise (the state entry of `Promise { ... }`).
  bool FormatPromiseState(Handle<JSReceiver> value, int recurse_times, std::vector<u16>* output);
  // node's formatMap / formatSet / formatIterator (Map and Set iterators).
  bool FormatCollection(Handle<JSReceiver> value, int recurse_times, u16 braces[2],
                        std::vector<u16>* output);
  bool FormatSpecialArray(Handle<JSReceiver> array, int recurse_times, uint32_t max_length,
                          uint32_t start, std::vector<u16>* output);
  std::vector<u16> GroupArrayElements(std::vector<u16> output, Handle<JSReceiver> array);
  u16 ReduceToSingleString(std::vector<u16> output, const u16& base, u16 braces[2],
                           EntryType extras, int recurse_times, Handle<JSReceiver> value);
  bool IsBelowBreakLength(const std::vector<u16>& output, size_t start, const u16& base);

  // Returns false on exception; *name is nullopt for "null" (no constructor).
  bool GetConstructorName(Handle<JSReceiver> object, int recurse_times,
                          std::optional<u16>* name);
  bool GetTag(Handle<JSReceiver> object, const std::optional<u16>& constructor, u16* tag);
  bool GetFunctionBase(Handle<JSReceiver> fn, const std::optional<u16>& constructor,
                       const u16& tag, u16* base);
  bool FormatError(Handle<JSReceiver> error, const std::optional<u16>& constructor,
                   const u16& tag, std::vector<Handle<Value>>* keys, u16* out);
  bool GetOwnKeys(Handle<JSReceiver> object, bool non_index_only,
                  std::vector<Handle<Value>>* keys);
  bool IsSeen(Value value) const;
  int CircularIndex(Value value) const;
  int AddCircular(Value value);
  bool StringProperty(Handle<Value> object, std::string_view name, u16* out, bool* present);

  Isolate* isolate_;
  InspectOptions options_;
  int depth_;
  int indentation_lvl_ = 0;
  int current_depth_ = 0;
  // The objects being formatted (ancestors of the current one); each
  // handle lives in the scope of a caller still on the C++ stack.
  std::vector<Handle<Value>> seen_;
  // ctx.circular: objects that were found to be circular, in order; their
  // <ref *N> index is position + 1. A heap array in the top-level scope so
  // it outlives the scopes of nested calls.
  Handle<FixedArray> circular_;
  int circular_count_ = 0;
};

u16 GetPrefix(const std::optional<u16>& constructor, const u16& tag, const u16& fallback,
              const u16& size = u"") {
  if (!constructor.has_value()) {
    if (!tag.empty() && fallback != tag) {
      return u"[" + fallback + size + u": null prototype] [" + tag + u"] ";
    }
    return u"[" + fallback + size + u": null prototype] ";
  }
  if (!tag.empty() && *constructor != tag) return *constructor + size + u" [" + tag + u"] ";
  return *constructor + size + u" ";
}

bool Inspector::IsSeen(Value value) const {
  for (const Handle<Value>& h : seen_) {
    if (*h == value) return true;
  }
  return false;
}

int Inspector::CircularIndex(Value value) const {
  for (int i = 0; i < circular_count_; i++) {
    if (circular_->get(i) == value) return i + 1;
  }
  return 0;
}

int Inspector::AddCircular(Value value) {
  Handle<Value> keep = handle(value, isolate_);
  if (circular_count_ == circular_->length()) {
    Handle<FixedArray> grown =
        F(isolate_)->CopyFixedArrayAndGrow(circular_, circular_->length() * 2);
    circular_.Patch(grown->ToValue());
  }
  circular_->set(circular_count_++, *keep);
  return circular_count_;
}

u16 Inspector::FormatPrimitive(Value value) {
  if (lucid::IsString(value)) {
    u16 str = ToU16(String::cast(value));
    u16 trailer;
    if (static_cast<int>(str.size()) > options_.max_string_length) {
      size_t remaining = str.size() - static_cast<size_t>(options_.max_string_length);
      str.resize(static_cast<size_t>(options_.max_string_length));
      trailer = U("... " + std::to_string(remaining) + " more character" +
                  (remaining > 1 ? "s" : ""));
    }
    return StrEscape(str) + trailer;
  }
  if (value.IsNumber()) return FormatNumber(value.Number());
  if (value.IsUndefined()) return u"undefined";
  if (value.IsNull()) return u"null";
  if (value.IsTrue()) return u"true";
  if (value.IsFalse()) return u"false";
  if (lucid::IsSymbol(value)) return SymbolToU16(value);
  return u"<internal>";
}

bool Inspector::FormatValue(Handle<Value> value, int recurse_times, u16* out) {
  if (!lucid::IsJSReceiver(*value)) {
    *out = FormatPrimitive(*value);
    return true;
  }
  if (IsSeen(*value)) {
    int index = CircularIndex(*value);
    if (index == 0) index = AddCircular(*value);
    *out = U("[Circular *" + std::to_string(index) + "]");
    return true;
  }
  if (isolate_->NativeStackOverflow()) {
    ThrowTemplate(isolate_, MessageTemplate::kStackOverflow);
    return false;
  }
  return FormatRaw(Handle<JSReceiver>::cast(value), recurse_times, out);
}

// Reads {object}.{name} and converts it with String() (for names and tags).
bool Inspector::StringProperty(Handle<Value> object, std::string_view name, u16* out,
                               bool* present) {
  Handle<Value> v;
  if (!GetProperty(isolate_, object, name).ToHandle(&v)) return false;
  *present = !v->IsUndefined();
  if (lucid::IsString(*v)) {
    *out = ToU16(String::cast(*v));
  } else if (v->IsUndefined()) {
    out->clear();
  } else if (lucid::IsSymbol(*v)) {
    *out = SymbolToU16(*v);
  } else {
    Handle<String> s;
    if (!ToString(isolate_, v).ToHandle(&s)) return false;
    *out = ToU16(s);
  }
  return true;
}

bool Inspector::GetConstructorName(Handle<JSReceiver> object, int recurse_times,
                                   std::optional<u16>* name) {
  HandleScope scope(isolate_);
  Handle<Value> obj = object;
  Handle<Value> first_proto;
  PropertyKey constructor_key =
      PropertyKey::FromName(Handle<Name>(isolate_->roots().slot(RootIndex::k_constructor_string)));
  while (lucid::IsJSReceiver(*obj)) {
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate_, Handle<JSReceiver>::cast(obj),
                                             constructor_key, &desc) &&
        desc.has_value && IsCallableValue(*desc.value)) {
      u16 ctor_name;
      bool present;
      if (!StringProperty(desc.value, "name", &ctor_name, &present)) return false;
      // isInstanceof(tmp, ctor): ctor.prototype is on object's chain.
      Handle<Value> proto;
      if (!GetProperty(isolate_, desc.value, "prototype").ToHandle(&proto)) return false;
      bool instance = false;
      if (lucid::IsJSReceiver(*proto)) {
        for (Value p = object->GetPrototype(); lucid::IsJSReceiver(p);
             p = JSReceiver::cast(p)->GetPrototype()) {
          if (p == *proto) {
            instance = true;
            break;
          }
        }
      }
      if (!ctor_name.empty() && instance) {
        *name = ctor_name;
        return true;
      }
    }
    obj = handle(Handle<JSReceiver>::cast(obj)->GetPrototype(), isolate_);
    if (first_proto.is_null()) first_proto = obj;
  }
  if (first_proto.is_null() || first_proto->IsNull()) {
    *name = std::nullopt;
    return true;
  }
  // A chain without a named constructor: V8's class name plus the
  // prototype's description.
  u16 res = lucid::IsCallable(object.value()) ? u"Function" : u"Object";
  if (depth_ >= 0 && recurse_times > depth_) {
    *name = res + u" <Complex prototype>";
    return true;
  }
  std::optional<u16> proto_name;
  if (!GetConstructorName(Handle<JSReceiver>::cast(first_proto), recurse_times + 1,
                          &proto_name)) {
    return false;
  }
  if (!proto_name.has_value()) {
    InspectOptions saved = options_;
    Inspector inner(isolate_, options_);
    inner.depth_ = -1;
    u16 text;
    if (!inner.FormatValue(first_proto, 0, &text)) return false;
    *name = res + u" <" + text + u">";
    (void)saved;
    return true;
  }
  *name = res + u" <" + *proto_name + u">";
  return true;
}

bool Inspector::GetTag(Handle<JSReceiver> object, const std::optional<u16>& constructor,
                       u16* tag) {
  (void)constructor;
  tag->clear();
  PropertyKey key =
      PropertyKey::FromName(Handle<Name>(isolate_->roots().slot(RootIndex::k_to_string_tag_symbol)));
  Handle<Value> v;
  if (!JSReceiver::GetProperty(isolate_, object, key).ToHandle(&v)) return false;
  if (!lucid::IsString(*v) || String::cast(*v)->length() == 0) return true;
  // Only list the tag when it is not an own enumerable property (it would
  // print twice).
  PropertyDescriptor desc;
  if (JSReceiver::GetOwnPropertyDescriptor(isolate_, object, key, &desc) && desc.enumerable) {
    return true;
  }
  *tag = ToU16(String::cast(*v));
  return true;
}

bool Inspector::GetFunctionBase(Handle<JSReceiver> fn, const std::optional<u16>& constructor,
                                const u16& tag, u16* base) {
  bool is_class = false;
  u16 type = u"Function";
  if (lucid::IsJSFunction(fn.value())) {
    SharedFunctionInfo* shared = JSFunction::cast(fn.value())->shared();
    FunctionKind kind = shared->kind();
    is_class = shared->is_class_constructor() || kind == FunctionKind::kBaseConstructor ||
               kind == FunctionKind::kDerivedConstructor ||
               kind == FunctionKind::kDefaultBaseConstructor ||
               kind == FunctionKind::kDefaultDerivedConstructor;
    if (kind == FunctionKind::kGeneratorFunction) type = u"GeneratorFunction";
    if (kind == FunctionKind::kAsyncFunction || kind == FunctionKind::kAsyncArrowFunction) {
      type = u"AsyncFunction";
    }
    if (kind == FunctionKind::kAsyncGeneratorFunction) type = u"AsyncGeneratorFunction";
  }
  u16 name;
  bool present;
  if (is_class) {
    bool own = JSReceiver::HasOwnProperty(isolate_, fn, KeyForName(isolate_, "name"));
    if (own && !StringProperty(fn, "name", &name, &present)) return false;
    u16 b = u"class " + (name.empty() ? u16(u"(anonymous)") : name);
    if (constructor.has_value() && *constructor != u"Function") b += u" [" + *constructor + u"]";
    if (!tag.empty() && (!constructor.has_value() || *constructor != tag)) {
      b += u" [" + tag + u"]";
    }
    if (constructor.has_value()) {
      Handle<Value> proto = handle(fn->GetPrototype(), isolate_);
      if (lucid::IsJSReceiver(*proto)) {
        u16 super_name;
        if (!StringProperty(proto, "name", &super_name, &present)) return false;
        if (!super_name.empty()) b += u" extends " + super_name;
      }
    } else {
      b += u" extends [null prototype]";
    }
    *base = u"[" + b + u"]";
    return true;
  }
  if (!StringProperty(fn, "name", &name, &present)) return false;
  u16 b = u"[" + type;
  if (!constructor.has_value()) b += u" (null prototype)";
  if (name.empty()) {
    b += u" (anonymous)";
  } else {
    b += u": " + name;
  }
  b += u"]";
  // NOTE: Lucid's generator and async functions inherit from
  // Function.prototype directly (no %AsyncFunction.prototype% yet), so
  // "Function" is not worth mentioning either.
  if (constructor.has_value() && *constructor != type && *constructor != u"Function") {
    b += u" " + *constructor;
  }
  if (!tag.empty() && (!constructor.has_value() || *constructor != tag)) b += u" [" + tag + u"]";
  *base = b;
  return true;
}

// Spec: Error.prototype.toString, without running user toString.
bool ErrorToStringU16(Isolate* isolate, Handle<Value> error, u16* out) {
  Handle<Value> name_value, message_value;
  if (!GetProperty(isolate, error, "name").ToHandle(&name_value)) return false;
  if (!GetProperty(isolate, error, "message").ToHandle(&message_value)) return false;
  u16 name = u"Error", message;
  if (!name_value->IsUndefined()) {
    Handle<String> s;
    if (!ToString(isolate, name_value).ToHandle(&s)) return false;
    name = ToU16(s);
  }
  if (!message_value->IsUndefined()) {
    Handle<String> s;
    if (!ToString(isolate, message_value).ToHandle(&s)) return false;
    message = ToU16(s);
  }
  if (name.empty()) {
    *out = message;
  } else if (message.empty()) {
    *out = name;
  } else {
    *out = name + u": " + message;
  }
  return true;
}

bool Inspector::FormatError(Handle<JSReceiver> error, const std::optional<u16>& constructor,
                            const u16& tag, std::vector<Handle<Value>>* keys, u16* out) {
  u16 name = u"Error";
  {
    Handle<Value> name_value;
    if (!GetProperty(isolate_, error, "name").ToHandle(&name_value)) return false;
    if (!name_value->IsNullOrUndefined()) {
      Handle<String> s;
      if (!ToString(isolate_, name_value).ToHandle(&s)) return false;
      name = ToU16(s);
    }
  }
  u16 stack;
  {
    Handle<Value> stack_value;
    if (!GetProperty(isolate_, error, "stack").ToHandle(&stack_value)) return false;
    if (ToBooleanValue(*stack_value)) {
      Handle<String> s;
      if (!ToString(isolate_, stack_value).ToHandle(&s)) return false;
      stack = ToU16(s);
    } else if (!ErrorToStringU16(isolate_, error, &stack)) {
      return false;
    }
  }
  // removeDuplicateErrorKeys: name/message/stack already in the stack text.
  for (const char* dup : {"name", "message", "stack"}) {
    for (size_t i = 0; i < keys->size(); i++) {
      Value k = *(*keys)[i];
      if (!lucid::IsString(k) || !String::cast(k)->EqualsAscii(dup)) continue;
      Handle<Value> v;
      if (!GetProperty(isolate_, error, dup).ToHandle(&v)) return false;
      Handle<String> s;
      if (!ToString(isolate_, v).ToHandle(&s)) return false;
      if (stack.find(ToU16(s)) != u16::npos) keys->erase(keys->begin() + static_cast<long>(i));
      break;
    }
  }
  // `cause` is shown even when non-enumerable.
  {
    PropertyKey cause_key = KeyForName(isolate_, "cause");
    int has = HasPropertyValue(isolate_, error, cause_key);
    if (has < 0) return false;
    bool listed = false;
    for (const Handle<Value>& k : *keys) {
      if (lucid::IsString(*k) && String::cast(*k)->EqualsAscii("cause")) listed = true;
    }
    if (has == 1 && !listed) keys->push_back(cause_key.ToValue(isolate_));
  }
  // improveStack: make the first line name the constructor.
  size_t len = name.size();
  if (!constructor.has_value() ||
      (name.size() >= 5 && name.compare(name.size() - 5, 5, u"Error") == 0 &&
       stack.compare(0, len, name) == 0 &&
       (stack.size() == len || stack[len] == u':' || stack[len] == u'\n'))) {
    u16 fallback = u"Error";
    if (!constructor.has_value()) {
      // The leading "Name" of "Name: msg" / "Name\n    at".
      size_t i = 0;
      while (i < stack.size() && stack[i] != u':' && stack[i] != u'\n') i++;
      fallback = stack.substr(0, i);
      len = fallback.size();
      if (fallback.empty()) fallback = u"Error";
    }
    u16 prefix = GetPrefix(constructor, tag, fallback);
    prefix.pop_back();
    if (name != prefix) {
      if (prefix.find(name) != u16::npos) {
        stack = len == 0 ? prefix + u": " + stack : prefix + stack.substr(len);
      } else {
        stack = prefix + u" [" + name + u"]" + stack.substr(len);
      }
    }
  }
  // Wrap in brackets when there is no stack trace.
  size_t pos = 0;
  {
    Handle<Value> message_value;
    if (!GetProperty(isolate_, error, "message").ToHandle(&message_value)) return false;
    if (lucid::IsString(*message_value) && String::cast(*message_value)->length() > 0) {
      u16 message = ToU16(String::cast(*message_value));
      size_t at = stack.find(message);
      if (at != u16::npos) pos = at + message.size();
    }
  }
  if (stack.find(u"\n    at", pos) == u16::npos) stack = u"[" + stack + u"]";
  if (indentation_lvl_ != 0) {
    u16 indented;
    u16 indentation = Repeat(u' ', indentation_lvl_);
    for (char16_t c : stack) {
      indented.push_back(c);
      if (c == u'\n') indented += indentation;
    }
    stack = indented;
  }
  *out = stack;
  return true;
}

bool Inspector::GetOwnKeys(Handle<JSReceiver> object, bool non_index_only,
                           std::vector<Handle<Value>>* keys) {
  int filter = options_.show_hidden ? JSReceiver::kAllKeys : JSReceiver::kOnlyEnumerable;
  Handle<FixedArray> all = JSReceiver::OwnPropertyKeys(isolate_, object, filter);
  uint64_t seed = F(isolate_)->hash_seed();
  for (int i = 0; i < all->length(); i++) {
    Value k = all->get(i);
    if (non_index_only && lucid::IsString(k)) {
      uint32_t index;
      if (String::cast(k)->AsArrayIndex(seed, &index)) continue;
    }
    keys->push_back(handle(all->get(i), isolate_));
  }
  return true;
}

bool Inspector::FormatProperty(Handle<JSReceiver> object, Handle<Value> key, int recurse_times,
                               EntryType type, u16* out) {
  HandleScope scope(isolate_);
  PropertyKey pkey = PropertyKey::From(isolate_, key);
  PropertyDescriptor desc;
  if (!JSReceiver::GetOwnPropertyDescriptor(isolate_, object, pkey, &desc)) {
    Handle<Value> v;
    if (!JSReceiver::GetProperty(isolate_, object, pkey).ToHandle(&v)) return false;
    desc.has_value = true;
    desc.value = v;
    desc.enumerable = true;
  }
  u16 str;
  if (desc.has_value && !desc.value->IsUndefined()) {
    indentation_lvl_ += 2;
    bool ok = FormatValue(desc.value, recurse_times, &str);
    indentation_lvl_ -= 2;
    if (!ok) return false;
  } else if (desc.has_get && !desc.get->IsUndefined()) {
    str = (desc.has_set && !desc.set->IsUndefined()) ? u"[Getter/Setter]" : u"[Getter]";
  } else if (desc.has_set && !desc.set->IsUndefined()) {
    str = u"[Setter]";
  } else {
    str = u"undefined";
  }
  if (type == EntryType::kArray) {
    *out = str;
    return true;
  }
  u16 name;
  if (lucid::IsSymbol(*key)) {
    name = u"[" + SymbolToU16(*key) + u"]";
  } else {
    u16 k = ToU16(String::cast(*key));
    if (k == u"__proto__") {
      name = u"['__proto__']";
    } else if (!desc.enumerable) {
      u16 escaped = StrEscape(k);
      name = u"[" + escaped.substr(1, escaped.size() - 2) + u"]";
    } else if (IsIdentifierKey(k)) {
      name = k;
    } else {
      name = StrEscape(k);
    }
  }
  *out = name + u": " + str;
  return true;
}

bool Inspector::FormatSpecialArray(Handle<JSReceiver> array, int recurse_times,
                                   uint32_t max_length, uint32_t start,
                                   std::vector<u16>* output) {
  HandleScope scope(isolate_);
  Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(
      isolate_, array, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
  double length;
  if (!LengthOfArrayLike(isolate_, array, &length)) return false;
  double index = start;
  for (int i = static_cast<int>(start); i < keys->length() && output->size() < max_length; i++) {
    Handle<Value> key = handle(keys->get(i), isolate_);
    u16 k = ToU16(String::cast(*key));
    if (!IsIndexKey(k)) break;
    double tmp = PrimitiveToNumber(*key);
    if (tmp > 4294967294.0) break;
    if (tmp != index) {
      double empty = tmp - index;
      output->push_back(U("<" + NumberToAscii(empty) + " empty item" + (empty > 1 ? "s" : "") +
                          ">"));
      index = tmp;
      if (output->size() == max_length) break;
    }
    u16 entry;
    if (!FormatProperty(array, key, recurse_times, EntryType::kArray, &entry)) return false;
    output->push_back(entry);
    index++;
  }
  double remaining = length - index;
  if (output->size() != max_length) {
    if (remaining > 0) {
      output->push_back(U("<" + NumberToAscii(remaining) + " empty item" +
                          (remaining > 1 ? "s" : "") + ">"));
    }
  } else if (remaining > 0) {
    output->push_back(U("... " + NumberToAscii(remaining) + " more item" +
                        (remaining > 1 ? "s" : "")));
  }
  return true;
}

// node's formatPromise: "<pending>", the value, or "<rejected> reason".
bool Inspector::FormatPromiseState(Handle<JSReceiver> value, int recurse_times,
                                   std::vector<u16>* output) {
  JSPromise* promise = JSPromise::cast(value.value());
  if (promise->state() == JSPromise::kPending) {
    output->push_back(u"<pending>");
    return true;
  }
  bool rejected = promise->state() == JSPromise::kRejected;
  Handle<Value> result = handle(promise->reactions_or_result(), isolate_);
  indentation_lvl_ += 2;
  u16 text;
  bool ok = FormatValue(result, recurse_times, &text);
  indentation_lvl_ -= 2;
  if (!ok) return false;
  output->push_back(rejected ? u"<rejected> " + text : text);
  return true;
}

bool Inspector::FormatCollection(Handle<JSReceiver> value, int recurse_times, u16 braces[2],
                                 std::vector<u16>* output) {
  HandleScope scope(isolate_);
  bool is_key_value = false;
  Handle<FixedArray> entries = CollectionPreview(isolate_, value, &is_key_value);
  bool is_map = lucid::IsJSMap(value.value());
  bool is_iterator = !is_map && !lucid::IsJSSet(value.value());
  if (is_iterator && is_key_value) {
    // node: "[Map Iterator] {" becomes "[Map Entries] {" for entries().
    size_t at = braces[0].rfind(u" Iterator] {");
    if (at != u16::npos) braces[0].replace(at, 12, u" Entries] {");
  }
  int per_entry = is_key_value ? 2 : 1;
  int count = entries->length() / per_entry;
  int max_length = std::min(std::max(0, options_.max_array_length), count);
  indentation_lvl_ += 2;
  for (int i = 0; i < max_length; i++) {
    u16 first;
    if (!FormatValue(handle(entries->get(i * per_entry), isolate_), recurse_times, &first)) {
      return false;
    }
    if (!is_key_value) {
      output->push_back(first);
      continue;
    }
    u16 second;
    if (!FormatValue(handle(entries->get(i * per_entry + 1), isolate_), recurse_times, &second)) {
      return false;
    }
    if (is_map) {
      output->push_back(first + u" => " + second);
    } else {
      u16 pair_braces[2] = {u"[", u"]"};
      output->push_back(ReduceToSingleString({first, second}, u"", pair_braces,
                                             EntryType::kArrayExtras, recurse_times, value));
    }
  }
  indentation_lvl_ -= 2;
  int remaining = count - max_length;
  if (remaining > 0) {
    output->push_back(U("... " + std::to_string(remaining) + " more item" +
                        (remaining > 1 ? "s" : "")));
  }
  return true;
}

bool Inspector::FormatArray(Handle<JSReceiver> array, int recurse_times,
                            std::vector<u16>* output) {
  double length;
  if (!LengthOfArrayLike(isolate_, array, &length)) return false;
  uint32_t len = static_cast<uint32_t>(
      std::min<double>(std::max(0, options_.max_array_length), length));
  double remaining = length - len;
  for (uint32_t i = 0; i < len; i++) {
    HandleScope scope(isolate_);
    if (!JSReceiver::HasOwnProperty(isolate_, array, PropertyKey::FromIndex(i))) {
      return FormatSpecialArray(array, recurse_times, len, i, output);
    }
    Handle<Value> key = F(isolate_)->Uint32ToString(i);
    u16 entry;
    if (!FormatProperty(array, key, recurse_times, EntryType::kArray, &entry)) return false;
    output->push_back(entry);
  }
  if (remaining > 0) {
    output->push_back(U("... " + NumberToAscii(remaining) + " more item" +
                        (remaining > 1 ? "s" : "")));
  }
  return true;
}

std::vector<u16> Inspector::GroupArrayElements(std::vector<u16> output,
                                               Handle<JSReceiver> array) {
  size_t total_length = 0;
  size_t max_length = 0;
  size_t output_length = output.size();
  if (static_cast<size_t>(options_.max_array_length) < output.size()) {
    // The "... n more items" entry is not part of the grid.
    output_length--;
  }
  const size_t separator_space = 2;  // ", "
  std::vector<size_t> data_len(output_length);
  for (size_t i = 0; i < output_length; i++) {
    size_t len = output[i].size();
    data_len[i] = len;
    total_length += len + separator_space;
    if (max_length < len) max_length = len;
  }
  size_t actual_max = max_length + separator_space;
  if (actual_max * 3 + static_cast<size_t>(indentation_lvl_) <
          static_cast<size_t>(options_.break_length) &&
      (static_cast<double>(total_length) / static_cast<double>(actual_max) > 5 ||
       max_length <= 6)) {
    const double approx_char_heights = 2.5;
    const double average_bias =
        std::sqrt(static_cast<double>(actual_max) -
                  static_cast<double>(total_length) / static_cast<double>(output.size()));
    const double biased_max = std::max(static_cast<double>(actual_max) - 3 - average_bias, 1.0);
    double columns = std::min(
        {std::round(std::sqrt(approx_char_heights * biased_max *
                              static_cast<double>(output_length)) /
                    biased_max),
         std::floor(static_cast<double>(options_.break_length - indentation_lvl_) /
                    static_cast<double>(actual_max)),
         static_cast<double>(options_.compact * 4), 15.0});
    if (columns <= 1) return output;
    size_t cols = static_cast<size_t>(columns);
    std::vector<size_t> max_line_length;
    for (size_t i = 0; i < cols; i++) {
      size_t line_length = 0;
      for (size_t j = i; j < output_length; j += cols) {
        if (data_len[j] > line_length) line_length = data_len[j];
      }
      max_line_length.push_back(line_length + separator_space);
    }
    // Numbers are right-aligned (padStart), anything else left-aligned.
    bool pad_start = true;
    for (size_t i = 0; i < output.size() && pad_start; i++) {
      HandleScope scope(isolate_);
      Value v = Value::Undefined();
      if (lucid::IsJSArray(array.value()) && i < JSArray::cast(array.value())->length()) {
        Handle<Value> element;
        if (GetElement(isolate_, array, static_cast<double>(i)).ToHandle(&element)) {
          v = *element;
        } else {
          isolate_->clear_pending_exception();
        }
      }
      if (!v.IsNumber()) pad_start = false;
    }
    std::vector<u16> tmp;
    for (size_t i = 0; i < output_length; i += cols) {
      size_t max = std::min(i + cols, output_length);
      u16 str;
      size_t j = i;
      for (; j < max - 1; j++) {
        u16 cell = output[j] + u", ";
        size_t padding = max_line_length[j - i];
        if (pad_start) {
          str += Repeat(u' ', static_cast<int>(padding) - static_cast<int>(cell.size())) + cell;
        } else {
          str += cell + Repeat(u' ', static_cast<int>(padding) - static_cast<int>(cell.size()));
        }
      }
      if (pad_start) {
        size_t padding = max_line_length[j - i] - separator_space;
        str += Repeat(u' ', static_cast<int>(padding) - static_cast<int>(output[j].size())) +
               output[j];
      } else {
        str += output[j];
      }
      tmp.push_back(str);
    }
    if (static_cast<size_t>(options_.max_array_length) < output.size()) {
      tmp.push_back(output[output_length]);
    }
    return tmp;
  }
  return output;
}

bool Inspector::IsBelowBreakLength(const std::vector<u16>& output, size_t start,
                                   const u16& base) {
  size_t total_length = output.size() + start;
  if (total_length + output.size() > static_cast<size_t>(options_.break_length)) return false;
  for (const u16& entry : output) {
    total_length += entry.size();
    if (total_length > static_cast<size_t>(options_.break_length)) return false;
  }
  return base.empty() || base.find(u'\n') == u16::npos;
}

u16 Inspector::ReduceToSingleString(std::vector<u16> output, const u16& base, u16 braces[2],
                                    EntryType extras, int recurse_times,
                                    Handle<JSReceiver> value) {
  size_t entries = output.size();
  if (extras == EntryType::kArrayExtras && entries > 6) {
    output = GroupArrayElements(std::move(output), value);
  }
  u16 base_prefix = base.empty() ? u16() : base + u" ";
  if (current_depth_ - recurse_times < options_.compact && entries == output.size()) {
    size_t start = output.size() + static_cast<size_t>(indentation_lvl_) + braces[0].size() +
                   base.size() + 10;
    if (IsBelowBreakLength(output, start, base)) {
      u16 joined;
      for (size_t i = 0; i < output.size(); i++) {
        if (i != 0) joined += u", ";
        joined += output[i];
      }
      if (joined.find(u'\n') == u16::npos) {
        return base_prefix + braces[0] + u" " + joined + u" " + braces[1];
      }
    }
  }
  u16 indentation = u"\n" + Repeat(u' ', indentation_lvl_);
  u16 out = base_prefix + braces[0] + indentation + u"  ";
  for (size_t i = 0; i < output.size(); i++) {
    if (i != 0) out += u"," + indentation + u"  ";
    out += output[i];
  }
  out += indentation + braces[1];
  return out;
}

bool Inspector::FormatRaw(Handle<JSReceiver> value, int recurse_times, u16* out) {
  HandleScope scope(isolate_);
  std::optional<u16> constructor;
  if (!GetConstructorName(value, recurse_times, &constructor)) return false;
  u16 tag;
  if (!GetTag(value, constructor, &tag)) return false;

  std::vector<Handle<Value>> keys;
  u16 base;
  u16 braces[2] = {u"{", u"}"};
  EntryType extras = EntryType::kObject;
  bool array_like = false;
  bool collection = false;  // a Map, Set or one of their iterators
  bool promise = false;     // a Promise: its state first, as node's formatPromise
  bool weak = false;        // a WeakMap/WeakSet: node's "<items unknown>" (no showHidden)

  if (lucid::IsJSArray(value.value())) {
    uint32_t length = JSArray::cast(value.value())->length();
    u16 prefix;
    if (!constructor.has_value() || *constructor != u"Array" || !tag.empty()) {
      prefix = GetPrefix(constructor, tag, u"Array", U("(" + std::to_string(length) + ")"));
    }
    if (!GetOwnKeys(value, true, &keys)) return false;
    braces[0] = prefix + u"[";
    braces[1] = u"]";
    if (length == 0 && keys.empty()) {
      *out = braces[0] + u"]";
      return true;
    }
    extras = EntryType::kArrayExtras;
    array_like = true;
  } else {
    bool is_wrapper = lucid::IsJSPrimitiveWrapper(value.value());
    if (!GetOwnKeys(value, false, &keys)) return false;
    if (is_wrapper && lucid::IsString(JSPrimitiveWrapper::cast(value.value())->value())) {
      // The string's own index properties are not listed.
      uint32_t length = static_cast<uint32_t>(
          String::cast(JSPrimitiveWrapper::cast(value.value())->value())->length());
      uint64_t seed = F(isolate_)->hash_seed();
      std::vector<Handle<Value>> rest;
      for (Handle<Value>& k : keys) {
        uint32_t index;
        if (lucid::IsString(*k) && String::cast(*k)->AsArrayIndex(seed, &index) &&
            index < length) {
          continue;
        }
        rest.push_back(k);
      }
      keys.swap(rest);
    }
    Value raw = value.value();
    if (lucid::IsJSMap(raw) || lucid::IsJSSet(raw)) {
      bool is_map = lucid::IsJSMap(raw);
      int size = OrderedHashTable::cast(JSCollection::cast(raw)->table())->NumberOfElements();
      u16 prefix = GetPrefix(constructor, tag, is_map ? u"Map" : u"Set",
                             U("(" + std::to_string(size) + ")"));
      if (size == 0 && keys.empty()) {
        *out = prefix + u"{}";
        return true;
      }
      braces[0] = prefix + u"{";
      collection = true;
    } else if (lucid::IsJSMapIterator(raw) || lucid::IsJSSetIterator(raw)) {
      u16 type = lucid::IsJSMapIterator(raw) ? u"Map" : u"Set";
      u16 full = tag;
      if (full != type + u" Iterator") {
        if (!full.empty()) full += u"] [";
        full += type + u" Iterator";
      }
      braces[0] = u"[" + full + u"] {";
      collection = true;
    } else if (lucid::IsJSPromise(raw)) {
      braces[0] = GetPrefix(constructor, tag, u"Promise") + u"{";
      promise = true;
    } else if (lucid::IsJSWeakMap(raw) || lucid::IsJSWeakSet(raw)) {
      braces[0] = GetPrefix(constructor, tag, lucid::IsJSWeakMap(raw) ? u"WeakMap" : u"WeakSet") + u"{";
      weak = true;
    } else if (lucid::IsJSDate(raw)) {
      base = U(DateToISOStringForInspect(JSDate::cast(raw)->time_value()));
      u16 prefix = GetPrefix(constructor, tag, u"Date");
      if (prefix != u"Date ") base = prefix + base;
      if (keys.empty()) {
        *out = base;
        return true;
      }
    } else if (constructor.has_value() && *constructor == u"Object" && !is_wrapper &&
        !lucid::IsJSError(value.value()) && !lucid::IsCallable(value.value())) {
      if (lucid::IsJSArgumentsObject(value.value())) {
        braces[0] = u"[Arguments] {";
      } else if (!tag.empty()) {
        braces[0] = GetPrefix(constructor, tag, u"Object") + u"{";
      }
      if (keys.empty()) {
        *out = braces[0] + u"}";
        return true;
      }
    } else if (lucid::IsCallable(value.value())) {
      if (!GetFunctionBase(value, constructor, tag, &base)) return false;
      if (keys.empty()) {
        *out = base;
        return true;
      }
    } else if (lucid::IsJSError(value.value())) {
      if (!FormatError(value, constructor, tag, &keys, &base)) return false;
      if (keys.empty()) {
        *out = base;
        return true;
      }
    } else if (is_wrapper) {
      Handle<Value> primitive = handle(JSPrimitiveWrapper::cast(value.value())->value(), isolate_);
      u16 type = lucid::IsString(*primitive)   ? u"String"
                 : primitive->IsNumber()       ? u"Number"
                 : primitive->IsBoolean()      ? u"Boolean"
                 : lucid::IsSymbol(*primitive) ? u"Symbol"
                                               : u"Object";
      u16 b = u"[" + type;
      if (!constructor.has_value()) {
        b += u" (null prototype)";
      } else if (*constructor != type) {
        b += u" (" + *constructor + u")";
      }
      int saved = indentation_lvl_;
      b += u": " + FormatPrimitive(*primitive) + u"]";
      indentation_lvl_ = saved;
      if (!tag.empty() && (!constructor.has_value() || tag != *constructor)) {
        b += u" [" + tag + u"]";
      }
      base = b;
      if (keys.empty()) {
        *out = base;
        return true;
      }
    } else {
      if (keys.empty()) {
        *out = GetPrefix(constructor, tag, u"Object") + u"{}";
        return true;
      }
      braces[0] = GetPrefix(constructor, tag, u"Object") + u"{";
    }
  }

  if (depth_ >= 0 && recurse_times > depth_) {
    u16 name = GetPrefix(constructor, tag, array_like ? u"Array" : u"Object");
    name.pop_back();
    *out = constructor.has_value() ? u"[" + name + u"]" : name;
    return true;
  }
  recurse_times++;
  seen_.push_back(value);
  current_depth_ = recurse_times;
  std::vector<u16> output;
  bool ok = true;
  if (array_like) ok = FormatArray(value, recurse_times, &output);
  if (collection) ok = FormatCollection(value, recurse_times, braces, &output);
  if (promise) ok = FormatPromiseState(value, recurse_times, &output);
  if (weak) output.push_back(u"<items unknown>");
  for (size_t i = 0; ok && i < keys.size(); i++) {
    u16 entry;
    ok = FormatProperty(value, keys[i], recurse_times, EntryType::kObject, &entry);
    if (ok) output.push_back(entry);
  }
  seen_.pop_back();
  if (!ok) return false;

  int circular_index = CircularIndex(value.value());
  if (circular_index != 0) {
    u16 reference = U("<ref *" + std::to_string(circular_index) + ">");
    base = base.empty() ? reference : reference + u" " + base;
  }
  *out = ReduceToSingleString(std::move(output), base, braces, extras, recurse_times, value);
  return true;
}

}  // namespace

bool InspectValue(Isolate* isolate, Handle<Value> value, const InspectOptions& options,
                  std::u16string* out) {
  HandleScope scope(isolate);
  Inspector inspector(isolate, options);
  return inspector.FormatValue(value, 0, out);
}

MaybeHandle<String> Inspect(Isolate* isolate, Handle<Value> value, const InspectOptions& options) {
  std::u16string text;
  if (!InspectValue(isolate, value, options, &text)) return {};
  return NewString(isolate, text);
}

// -- util.format ---------------------------------------------------------------------

namespace {

// %s of an object: inspect unless it has its own toString (node's
// hasBuiltInToString test, simplified to "the toString found is
// Object.prototype's or Error.prototype's or the object is an array").
bool FormatPercentS(Isolate* isolate, Handle<Value> arg, u16* out) {
  if (arg->IsNumber()) {
    *out = FormatNumber(arg->Number());
    return true;
  }
  // node: typeof arg !== 'object' -> String(arg), so a function prints its
  // source text.
  if (!lucid::IsJSReceiver(*arg) || IsCallableValue(*arg)) {
    if (lucid::IsSymbol(*arg)) {
      *out = SymbolToU16(*arg);
      return true;
    }
    Handle<String> s;
    if (!ToString(isolate, arg).ToHandle(&s)) return false;
    *out = ToU16(s);
    return true;
  }
  // An object whose toString is user-defined prints through it.
  Handle<Value> to_string;
  if (!GetProperty(isolate, arg, "toString").ToHandle(&to_string)) return false;
  bool builtin = true;
  if (lucid::IsJSFunction(*to_string)) {
    builtin = JSFunction::cast(*to_string)->shared()->IsBuiltin();
  }
  if (!builtin && !lucid::IsJSError(*arg)) {
    Handle<String> s;
    if (!ToString(isolate, arg).ToHandle(&s)) return false;
    *out = ToU16(s);
    return true;
  }
  InspectOptions options;
  options.depth = 0;
  return InspectValue(isolate, arg, options, out);
}

bool FormatPercentNumber(Isolate* isolate, Handle<Value> arg, char spec, u16* out) {
  if (lucid::IsSymbol(*arg)) {
    *out = u"NaN";
    return true;
  }
  if (spec == 'd') {
    if (lucid::IsJSReceiver(*arg) && !lucid::IsJSPrimitiveWrapper(*arg)) {
      // Number(object) may run valueOf: node calls Number() too.
    }
    double d;
    if (!ToNumber(isolate, arg, &d)) return false;
    *out = FormatNumber(d);
    return true;
  }
  Handle<String> s;
  if (!ToString(isolate, arg).ToHandle(&s)) return false;
  std::u16string text = ToU16(s);
  std::span<const uint16_t> chars(reinterpret_cast<const uint16_t*>(text.data()), text.size());
  double d = spec == 'i' ? ParseIntCore(chars, 0) : ParseFloatPrefix(chars);
  *out = FormatNumber(d);
  return true;
}

}  // namespace

bool FormatArguments(Isolate* isolate, int argc, const Handle<Value>* argv, std::u16string* out) {
  HandleScope scope(isolate);
  u16 str;
  int a = 0;
  const char16_t* join = u"";
  if (argc > 0 && lucid::IsString(*argv[0])) {
    u16 first = ToU16(String::cast(*argv[0]));
    if (argc == 1) {
      *out = first;
      return true;
    }
    size_t last_pos = 0;
    for (size_t i = 0; i + 1 < first.size(); i++) {
      if (first[i] != u'%') continue;
      char16_t next = first[++i];
      if (a + 1 != argc) {
        u16 temp;
        bool handled = true;
        switch (next) {
          case u's':
            if (!FormatPercentS(isolate, argv[++a], &temp)) return false;
            break;
          case u'j': {
            bool undefined = false;
            if (!JsonStringifyForFormat(isolate, argv[++a], &temp, &undefined)) return false;
            if (undefined) temp = u"undefined";
            break;
          }
          case u'd':
          case u'i':
          case u'f':
            if (!FormatPercentNumber(isolate, argv[++a], static_cast<char>(next), &temp)) {
              return false;
            }
            break;
          case u'O':
            if (!InspectValue(isolate, argv[++a], InspectOptions(), &temp)) return false;
            break;
          case u'o': {
            InspectOptions options;
            options.show_hidden = true;
            options.depth = 4;
            if (!InspectValue(isolate, argv[++a], options, &temp)) return false;
            break;
          }
          case u'c':
            a++;
            break;
          case u'%':
            str += first.substr(last_pos, i - last_pos);
            last_pos = i + 1;
            continue;
          default:
            handled = false;
            break;
        }
        if (!handled) continue;
        if (last_pos != i - 1) str += first.substr(last_pos, i - 1 - last_pos);
        str += temp;
        last_pos = i + 1;
      } else if (next == u'%') {
        str += first.substr(last_pos, i - last_pos);
        last_pos = i + 1;
      }
    }
    if (last_pos != 0) {
      a++;
      join = u" ";
      if (last_pos < first.size()) str += first.substr(last_pos);
    }
  }
  for (; a < argc; a++) {
    str += join;
    if (lucid::IsString(*argv[a])) {
      str += ToU16(String::cast(*argv[a]));
    } else {
      u16 text;
      if (!InspectValue(isolate, argv[a], InspectOptions(), &text)) return false;
      str += text;
    }
    join = u" ";
  }
  *out = std::move(str);
  return true;
}

}  // namespace lucid
