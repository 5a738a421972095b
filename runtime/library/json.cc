// Copyright the Lucid authors. MIT license.
// JSON.stringify (recursive, guarded by the native stack limit) and
// JSON.parse (iterative, with an explicit container stack on the heap).

#include "runtime/library/json.h"

#include <cmath>
#include <optional>
#include <vector>

#include "runtime/library/library_util.h"
#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

void JsonQuote(std::u16string_view text, std::u16string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back(u'"');
  for (size_t i = 0; i < text.size(); i++) {
    char16_t c = text[i];
    switch (c) {
      case u'"': *out += u"\\\""; continue;
      case u'\\': *out += u"\\\\"; continue;
      case u'\b': *out += u"\\b"; continue;
      case u'\f': *out += u"\\f"; continue;
      case u'\n': *out += u"\\n"; continue;
      case u'\r': *out += u"\\r"; continue;
      case u'\t': *out += u"\\t"; continue;
      default: break;
    }
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
        out->push_back(c);
        out->push_back(text[++i]);
        continue;
      }
      lone = true;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      lone = true;
    }
    if (c < 0x20 || lone) {
      *out += u"\\u";
      for (int shift = 12; shift >= 0; shift -= 4) {
        out->push_back(static_cast<char16_t>(kHex[(c >> shift) & 0xF]));
      }
      continue;
    }
    out->push_back(c);
  }
  out->push_back(u'"');
}

// -- JSON.stringify --------------------------------------------------------------------

namespace {

class JsonStringifier {
 public:
  explicit JsonStringifier(Isolate* isolate) : isolate_(isolate) {}

  bool Init(Handle<Value> replacer, Handle<Value> space);
  // Spec: SerializeJSONProperty(state, key, holder). *present = false for
  // undefined.
  bool SerializeProperty(Handle<Value> key, Handle<JSReceiver> holder, bool* present);

  std::u16string result;
  bool circular_error = false;

 private:
  bool SerializeValue(Handle<Value> value, Handle<Value> key, Handle<JSReceiver> holder,
                      bool* present);
  bool SerializeObject(Handle<JSReceiver> object);
  bool SerializeArray(Handle<JSReceiver> array);
  bool CheckCycle(Handle<JSReceiver> object, Handle<Value> key);
  std::string ConstructorName(Value object);
  std::string DescribeKey(Value key, bool in_array);

  Isolate* isolate_;
  Handle<Value> replacer_function_;
  std::vector<Handle<Value>> property_list_;
  bool has_property_list_ = false;
  std::u16string gap_;
  std::u16string indent_;
  // The objects being serialized and the key each was reached by (for
  // the cycle message).
  struct StackEntry {
    Handle<Value> object;
    Handle<Value> key;
    bool in_array;
  };
  std::vector<StackEntry> stack_;
  Handle<Value> pending_key_;
  bool pending_in_array_ = false;
};

bool JsonStringifier::Init(Handle<Value> replacer, Handle<Value> space) {
  if (IsCallableValue(*replacer)) {
    replacer_function_ = replacer;
  } else if (IsArrayValue(*replacer)) {
    has_property_list_ = true;
    Handle<JSReceiver> list = Handle<JSReceiver>::cast(replacer);
    double length;
    if (!LengthOfArrayLike(isolate_, list, &length)) return false;
    for (double i = 0; i < length; i++) {
      Handle<Value> v;
      if (!GetElement(isolate_, list, i).ToHandle(&v)) return false;
      Handle<Value> item;
      if (lucid::IsString(*v)) {
        item = v;
      } else if (v->IsNumber() ||
                 (lucid::IsJSPrimitiveWrapper(*v) &&
                  (lucid::IsString(JSPrimitiveWrapper::cast(*v)->value()) ||
                   JSPrimitiveWrapper::cast(*v)->value().IsNumber()))) {
        Handle<String> s;
        if (!ToString(isolate_, v).ToHandle(&s)) return false;
        item = s;
      } else {
        continue;
      }
      bool duplicate = false;
      for (const Handle<Value>& existing : property_list_) {
        if (String::cast(*existing)->Equals(String::cast(*item))) duplicate = true;
      }
      if (!duplicate) property_list_.push_back(item);
    }
  }
  Handle<Value> sp = space;
  if (lucid::IsJSPrimitiveWrapper(*sp)) {
    Value inner = JSPrimitiveWrapper::cast(*sp)->value();
    if (inner.IsNumber()) {
      double d;
      if (!ToNumber(isolate_, sp, &d)) return false;
      sp = handle(Value::FromDouble(d), isolate_);
    } else if (lucid::IsString(inner)) {
      Handle<String> s;
      if (!ToString(isolate_, sp).ToHandle(&s)) return false;
      sp = s;
    }
  }
  if (sp->IsNumber()) {
    double n = std::min(10.0, DoubleToIntegerOrInfinity(sp->Number()));
    if (n >= 1) gap_ = std::u16string(static_cast<size_t>(n), u' ');
  } else if (lucid::IsString(*sp)) {
    gap_ = ToU16(String::cast(*sp)).substr(0, 10);
  }
  return true;
}

std::string JsonStringifier::ConstructorName(Value object) {
  HandleScope scope(isolate_);
  Handle<Value> obj = handle(object, isolate_);
  PropertyKey key = KeyForName(isolate_, "constructor");
  while (lucid::IsJSReceiver(*obj)) {
    PropertyDescriptor desc;
    if (JSReceiver::GetOwnPropertyDescriptor(isolate_, Handle<JSReceiver>::cast(obj), key,
                                             &desc) &&
        desc.has_value && lucid::IsJSFunction(*desc.value)) {
      PropertyDescriptor name_desc;
      if (JSReceiver::GetOwnPropertyDescriptor(isolate_, Handle<JSReceiver>::cast(desc.value),
                                               KeyForName(isolate_, "name"), &name_desc) &&
          name_desc.has_value && lucid::IsString(*name_desc.value) &&
          String::cast(*name_desc.value)->length() > 0) {
        return String::cast(*name_desc.value)->ToUTF8();
      }
    }
    obj = handle(JSReceiver::cast(*obj)->GetPrototype(), isolate_);
  }
  return "Object";
}

std::string JsonStringifier::DescribeKey(Value key, bool in_array) {
  std::string text = lucid::IsString(key) ? String::cast(key)->ToUTF8() : "";
  if (in_array) return "index " + text;
  return "property '" + text + "'";
}

bool JsonStringifier::CheckCycle(Handle<JSReceiver> object, Handle<Value> key) {
  size_t start = stack_.size();
  for (size_t i = 0; i < stack_.size(); i++) {
    if (*stack_[i].object == object.value()) {
      start = i;
      break;
    }
  }
  if (start == stack_.size()) return true;
  std::string message = "Converting circular structure to JSON\n    --> starting at object with "
                        "constructor '" +
                        ConstructorName(*stack_[start].object) + "'";
  size_t lines = stack_.size() - start - 1;
  const size_t kPrefix = 2, kPostfix = 1;
  for (size_t i = start + 1; i < stack_.size(); i++) {
    size_t line = i - start - 1;
    if (lines > kPrefix + kPostfix && line >= kPrefix && line < lines - kPostfix) {
      if (line == kPrefix) message += "\n    |     ...";
      continue;
    }
    message += "\n    |     " + DescribeKey(*stack_[i].key, stack_[i].in_array) +
               " -> object with constructor '" + ConstructorName(*stack_[i].object) + "'";
  }
  message += "\n    --- " + DescribeKey(*key, pending_in_array_) + " closes the circle";
  circular_error = true;
  ThrowTypeError(isolate_, message);
  return false;
}

bool JsonStringifier::SerializeProperty(Handle<Value> key, Handle<JSReceiver> holder,
                                        bool* present) {
  HandleScope scope(isolate_);
  PropertyKey pkey = PropertyKey::From(isolate_, key);
  Handle<Value> value;
  if (!JSReceiver::GetProperty(isolate_, holder, pkey).ToHandle(&value)) return false;
  return SerializeValue(value, key, holder, present);
}

bool JsonStringifier::SerializeValue(Handle<Value> value, Handle<Value> key,
                                     Handle<JSReceiver> holder, bool* present) {
  *present = true;
  // Spec: 2. If value is an Object, call its toJSON.
  if (lucid::IsJSReceiver(*value)) {
    Handle<Value> to_json;
    if (!GetProperty(isolate_, value, "toJSON").ToHandle(&to_json)) return false;
    if (IsCallableValue(*to_json)) {
      if (!Call(isolate_, to_json, value, {key}).ToHandle(&value)) return false;
    }
  }
  // Spec: 3. The replacer function, called with the holder as this.
  if (!replacer_function_.is_null()) {
    if (!Call(isolate_, replacer_function_, holder, {key, value}).ToHandle(&value)) return false;
  }
  // Spec: 4. Unwrap Number, String and Boolean objects.
  if (lucid::IsJSPrimitiveWrapper(*value)) {
    Value inner = JSPrimitiveWrapper::cast(*value)->value();
    if (inner.IsNumber()) {
      double d;
      if (!ToNumber(isolate_, value, &d)) return false;
      value = handle(Value::FromDouble(d), isolate_);
    } else if (lucid::IsString(inner)) {
      Handle<String> s;
      if (!ToString(isolate_, value).ToHandle(&s)) return false;
      value = s;
    } else if (inner.IsBoolean()) {
      value = handle(inner, isolate_);
    }
  }
  Value v = *value;
  if (v.IsNull()) {
    result += u"null";
  } else if (v.IsTrue()) {
    result += u"true";
  } else if (v.IsFalse()) {
    result += u"false";
  } else if (lucid::IsString(v)) {
    JsonQuote(ToU16(String::cast(v)), &result);
  } else if (v.IsNumber()) {
    double d = v.Number();
    result += std::isfinite(d) ? NumberToU16(d) : u"null";
  } else if (lucid::IsJSReceiver(v) && !lucid::IsCallable(v)) {
    Handle<JSReceiver> object = Handle<JSReceiver>::cast(value);
    if (!CheckCycle(object, key)) return false;
    if (isolate_->NativeStackOverflow()) {
      ThrowTemplate(isolate_, MessageTemplate::kStackOverflow);
      return false;
    }
    stack_.push_back({value, key, pending_in_array_});
    bool ok = IsArrayValue(*value) ? SerializeArray(object) : SerializeObject(object);
    stack_.pop_back();
    return ok;
  } else {
    *present = false;
  }
  return true;
}

bool JsonStringifier::SerializeObject(Handle<JSReceiver> object) {
  HandleScope scope(isolate_);
  std::u16string stepback = indent_;
  indent_ += gap_;
  std::vector<Handle<Value>> keys;
  if (has_property_list_) {
    keys = property_list_;
  } else {
    Handle<FixedArray> own = JSReceiver::OwnPropertyKeys(
        isolate_, object, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
    for (int i = 0; i < own->length(); i++) keys.push_back(handle(own->get(i), isolate_));
  }
  result += u"{";
  bool any = false;
  for (const Handle<Value>& key : keys) {
    size_t mark = result.size();
    if (any) result += u",";
    if (!gap_.empty()) result += u"\n" + indent_;
    JsonQuote(ToU16(String::cast(*key)), &result);
    result += gap_.empty() ? u":" : u": ";
    bool present;
    pending_in_array_ = false;
    if (!SerializeProperty(key, object, &present)) return false;
    if (!present) {
      result.resize(mark);
    } else {
      any = true;
    }
  }
  if (any && !gap_.empty()) result += u"\n" + stepback;
  result += u"}";
  indent_ = stepback;
  return true;
}

bool JsonStringifier::SerializeArray(Handle<JSReceiver> array) {
  HandleScope scope(isolate_);
  std::u16string stepback = indent_;
  indent_ += gap_;
  double length;
  if (!LengthOfArrayLike(isolate_, array, &length)) return false;
  result += u"[";
  for (double i = 0; i < length; i++) {
    HandleScope inner(isolate_);
    if (i > 0) result += u",";
    if (!gap_.empty()) result += u"\n" + indent_;
    Handle<Value> key = F(isolate_)->NumberToString(handle(Value::FromDouble(i), isolate_));
    bool present;
    pending_in_array_ = true;
    if (!SerializeProperty(key, array, &present)) return false;
    if (!present) result += u"null";
  }
  if (length > 0 && !gap_.empty()) result += u"\n" + stepback;
  result += u"]";
  indent_ = stepback;
  return true;
}

}  // namespace

MaybeHandle<Value> JsonStringify(Isolate* isolate, Handle<Value> value, Handle<Value> replacer,
                                 Handle<Value> space) {
  EscapableHandleScope scope(isolate);
  JsonStringifier stringifier(isolate);
  if (!stringifier.Init(replacer, space)) return {};
  // Spec: 9. Let wrapper be OrdinaryObjectCreate(%Object.prototype%).
  Handle<JSObject> wrapper = F(isolate)->NewJSObject();
  Handle<String> empty = F(isolate)->empty_string();
  if (!CreateDataPropertyOrThrow(isolate, wrapper, PropertyKey::From(isolate, empty), value)) {
    return {};
  }
  bool present;
  if (!stringifier.SerializeProperty(empty, wrapper, &present)) return {};
  if (!present) return scope.Escape(handle(Value::Undefined(), isolate));
  if (stringifier.result.size() > static_cast<size_t>(String::kMaxLength)) {
    ThrowTemplate(isolate, MessageTemplate::kInvalidStringLength);
    return {};
  }
  return scope.Escape(Handle<Value>(NewString(isolate, stringifier.result)));
}

bool JsonStringifyForFormat(Isolate* isolate, Handle<Value> value, std::u16string* out,
                            bool* undefined) {
  HandleScope scope(isolate);
  JsonStringifier stringifier(isolate);
  Handle<Value> none = handle(Value::Undefined(), isolate);
  if (!stringifier.Init(none, none)) return false;
  Handle<JSObject> wrapper = F(isolate)->NewJSObject();
  Handle<String> empty = F(isolate)->empty_string();
  if (!CreateDataPropertyOrThrow(isolate, wrapper, PropertyKey::From(isolate, empty), value)) {
    return false;
  }
  bool present;
  if (!stringifier.SerializeProperty(empty, wrapper, &present)) {
    if (!stringifier.circular_error) return false;
    isolate->clear_pending_exception();
    *out = u"[Circular]";
    return true;
  }
  *undefined = !present;
  *out = stringifier.result;
  return true;
}

// -- JSON.parse ------------------------------------------------------------------------

namespace {

// V8's JSON error templates (json-parser.cc), by situation.
enum class JsonError {
  kNone,  // pick by token: end of input, number, string, or "Unexpected token"
  kExpectedPropNameOrRBrace,
  kExpectedCommaOrRBrack,
  kExpectedCommaOrRBrace,
  kUnterminatedString,
  kExpectedColonAfterPropertyName,
  kExpectedDoubleQuotedPropertyName,
  kExponentPartMissingNumber,
  kUnterminatedFractionalNumber,
  kNoNumberAfterMinusSign,
  kBadControlCharacter,
  kBadUnicodeEscape,
  kBadEscapedCharacter,
  kUnexpectedNonWhiteSpaceCharacter,
};

class JsonParser {
 public:
  JsonParser(Isolate* isolate, std::u16string source)
      : isolate_(isolate), source_(std::move(source)) {}

  MaybeHandle<Value> Parse();

 private:
  bool AtEnd() const { return pos_ >= source_.size(); }
  char16_t Peek() const { return AtEnd() ? 0 : source_[pos_]; }
  void SkipWhitespace() {
    while (!AtEnd()) {
      char16_t c = source_[pos_];
      if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') break;
      pos_++;
    }
  }
  Value ReportError(JsonError error);
  bool ParseString(std::u16string* out);
  bool ParseNumber(double* out);
  bool ParsePrimitive(Handle<Value> current);
  bool ParseKey(Handle<Value> out_key, JsonError error);
  void Push(Value container, Value key);

  Isolate* isolate_;
  std::u16string source_;
  size_t pos_ = 0;
  Handle<FixedArray> stack_;
  int depth_ = 0;
};

Value JsonParser::ReportError(JsonError error) {
  static const char* const kMessages[] = {
      "",
      "Expected property name or '}'",
      "Expected ',' or ']' after array element",
      "Expected ',' or '}' after property value",
      "Unterminated string",
      "Expected ':' after property name",
      "Expected double-quoted property name",
      "Exponent part is missing a number",
      "Unterminated fractional number",
      "No number after minus sign",
      "Bad control character in string literal",
      "Bad Unicode escape",
      "Bad escaped character",
      "Unexpected non-whitespace character after JSON",
  };
  std::string position = std::to_string(std::min(pos_, source_.size()));
  if (error != JsonError::kNone) {
    // V8 says "after JSON at position N" for trailing garbage, "in JSON at
    // position N" otherwise.
    const char* where = error == JsonError::kUnexpectedNonWhiteSpaceCharacter ? " at position "
                                                                             : " in JSON at position ";
    return ThrowSyntaxError(isolate_, std::string(kMessages[static_cast<int>(error)]) + where + position);
  }
  if (AtEnd()) return ThrowSyntaxError(isolate_, "Unexpected end of JSON input");
  char16_t c = source_[pos_];
  if (c == u'-' || (c >= u'0' && c <= u'9')) {
    return ThrowSyntaxError(isolate_, "Unexpected number in JSON at position " + position);
  }
  if (c == u'"') {
    return ThrowSyntaxError(isolate_, "Unexpected string in JSON at position " + position);
  }
  if (source_ == u"undefined" || source_ == u"NaN" || source_ == u"Infinity" ||
      source_ == u"[object Object]") {
    return ThrowSyntaxError(isolate_, "\"" + U16ToUtf8(source_) + "\" is not valid JSON");
  }
  // The unexpected character, with up to 10 characters of context around
  // it when the source is long.
  const size_t kContext = 10;
  std::string token = U16ToUtf8(std::u16string(1, c));
  std::string message = "Unexpected token '" + token + "', ";
  if (source_.size() < 2 * kContext + 1) {
    message += "\"" + U16ToUtf8(source_) + "\" is not valid JSON";
  } else if (pos_ < kContext) {
    message += "\"" + U16ToUtf8(source_.substr(0, pos_ + kContext)) + "\"... is not valid JSON";
  } else if (pos_ < source_.size() - kContext) {
    message += "...\"" + U16ToUtf8(source_.substr(pos_ - kContext, 2 * kContext)) +
               "\"... is not valid JSON";
  } else {
    message += "...\"" + U16ToUtf8(source_.substr(pos_ - kContext)) + "\" is not valid JSON";
  }
  return ThrowSyntaxError(isolate_, message);
}

bool JsonParser::ParseString(std::u16string* out) {
  DCHECK(Peek() == u'"');
  pos_++;
  for (;;) {
    if (AtEnd()) {
      ReportError(JsonError::kUnterminatedString);
      return false;
    }
    char16_t c = source_[pos_];
    if (c == u'"') {
      pos_++;
      return true;
    }
    if (c < 0x20) {
      ReportError(JsonError::kBadControlCharacter);
      return false;
    }
    if (c != u'\\') {
      out->push_back(c);
      pos_++;
      continue;
    }
    pos_++;
    if (AtEnd()) {
      ReportError(JsonError::kUnterminatedString);
      return false;
    }
    char16_t e = source_[pos_];
    switch (e) {
      case u'"': out->push_back(u'"'); break;
      case u'\\': out->push_back(u'\\'); break;
      case u'/': out->push_back(u'/'); break;
      case u'b': out->push_back(u'\b'); break;
      case u'f': out->push_back(u'\f'); break;
      case u'n': out->push_back(u'\n'); break;
      case u'r': out->push_back(u'\r'); break;
      case u't': out->push_back(u'\t'); break;
      case u'u': {
        uint32_t value = 0;
        for (int i = 0; i < 4; i++) {
          pos_++;
          char16_t h = Peek();
          int digit = (h >= u'0' && h <= u'9')   ? h - u'0'
                      : (h >= u'a' && h <= u'f') ? h - u'a' + 10
                      : (h >= u'A' && h <= u'F') ? h - u'A' + 10
                                                 : -1;
          if (digit < 0) {
            ReportError(AtEnd() ? JsonError::kUnterminatedString : JsonError::kBadUnicodeEscape);
            return false;
          }
          value = value * 16 + static_cast<uint32_t>(digit);
        }
        out->push_back(static_cast<char16_t>(value));
        break;
      }
      default:
        ReportError(JsonError::kBadEscapedCharacter);
        return false;
    }
    pos_++;
  }
}

bool JsonParser::ParseNumber(double* out) {
  size_t start = pos_;
  if (Peek() == u'-') {
    pos_++;
    if (!(Peek() >= u'0' && Peek() <= u'9')) {
      ReportError(JsonError::kNoNumberAfterMinusSign);
      return false;
    }
  }
  if (Peek() == u'0') {
    pos_++;
    if (Peek() >= u'0' && Peek() <= u'9') {
      ReportError(JsonError::kNone);  // "Unexpected number"
      return false;
    }
  } else {
    while (Peek() >= u'0' && Peek() <= u'9') pos_++;
  }
  if (Peek() == u'.') {
    pos_++;
    if (!(Peek() >= u'0' && Peek() <= u'9')) {
      ReportError(JsonError::kUnterminatedFractionalNumber);
      return false;
    }
    while (Peek() >= u'0' && Peek() <= u'9') pos_++;
  }
  if (Peek() == u'e' || Peek() == u'E') {
    pos_++;
    if (Peek() == u'+' || Peek() == u'-') pos_++;
    if (!(Peek() >= u'0' && Peek() <= u'9')) {
      ReportError(JsonError::kExponentPartMissingNumber);
      return false;
    }
    while (Peek() >= u'0' && Peek() <= u'9') pos_++;
  }
  std::u16string text = source_.substr(start, pos_ - start);
  *out = StringToNumber(
      std::span<const uint16_t>(reinterpret_cast<const uint16_t*>(text.data()), text.size()));
  return true;
}

// Parses a string, number or literal at pos_ into {current}.
bool JsonParser::ParsePrimitive(Handle<Value> current) {
  char16_t c = Peek();
  if (c == u'"') {
    std::u16string text;
    if (!ParseString(&text)) return false;
    current.Patch(NewString(isolate_, text).value());
    return true;
  }
  if (c == u'-' || (c >= u'0' && c <= u'9')) {
    double d;
    if (!ParseNumber(&d)) return false;
    current.Patch(Value::FromDouble(d));
    return true;
  }
  struct Literal {
    const char16_t* text;
    Value value;
  };
  for (Literal literal : {Literal{u"true", Value::True()}, Literal{u"false", Value::False()},
                          Literal{u"null", Value::Null()}}) {
    std::u16string_view text(literal.text);
    if (c != text[0]) continue;
    for (size_t i = 0; i < text.size(); i++, pos_++) {
      if (AtEnd() || source_[pos_] != text[i]) {
        ReportError(JsonError::kNone);
        return false;
      }
    }
    current.Patch(literal.value);
    return true;
  }
  ReportError(JsonError::kNone);
  return false;
}

bool JsonParser::ParseKey(Handle<Value> out_key, JsonError error) {
  SkipWhitespace();
  if (Peek() != u'"') {
    ReportError(error);
    return false;
  }
  std::u16string text;
  if (!ParseString(&text)) return false;
  out_key.Patch(NewString(isolate_, text).value());
  SkipWhitespace();
  if (Peek() != u':') {
    ReportError(JsonError::kExpectedColonAfterPropertyName);
    return false;
  }
  pos_++;
  return true;
}

// The container stack holds (container, key) pairs: the key an object's
// next value goes to, or undefined for arrays.
void JsonParser::Push(Value container, Value key) {
  Handle<Value> c = handle(container, isolate_);
  Handle<Value> k = handle(key, isolate_);
  if (2 * depth_ + 2 > stack_->length()) {
    Handle<FixedArray> grown = F(isolate_)->CopyFixedArrayAndGrow(stack_, stack_->length() * 2);
    stack_.Patch(grown->ToValue());
  }
  stack_->set(2 * depth_, *c);
  stack_->set(2 * depth_ + 1, *k);
  depth_++;
}

MaybeHandle<Value> JsonParser::Parse() {
  EscapableHandleScope scope(isolate_);
  stack_ = F(isolate_)->NewFixedArray(16);
  Handle<Value> current = handle(Value::Undefined(), isolate_);
  Handle<Value> key = handle(Value::Undefined(), isolate_);
  for (;;) {
    HandleScope iteration(isolate_);
    // Parse one value: a primitive, an empty container, or the opening of a
    // container (then loop for its first element).
    SkipWhitespace();
    char16_t c = Peek();
    bool have_value = true;
    if (c == u'{') {
      pos_++;
      Handle<JSObject> object = F(isolate_)->NewJSObject();
      SkipWhitespace();
      if (Peek() == u'}') {
        pos_++;
        current.Patch(object->ToValue());
      } else {
        if (!ParseKey(key, JsonError::kExpectedPropNameOrRBrace)) return {};
        Push(object->ToValue(), *key);
        have_value = false;
      }
    } else if (c == u'[') {
      pos_++;
      Handle<JSArray> array = F(isolate_)->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0);
      SkipWhitespace();
      if (Peek() == u']') {
        pos_++;
        current.Patch(array->ToValue());
      } else {
        Push(array->ToValue(), Value::Undefined());
        have_value = false;
      }
    } else {
      if (!ParsePrimitive(current)) return {};
    }
    if (!have_value) continue;
    // Store the value into the enclosing containers, closing as many as end
    // here.
    for (;;) {
      if (depth_ == 0) {
        SkipWhitespace();
        if (!AtEnd()) {
          ReportError(JsonError::kUnexpectedNonWhiteSpaceCharacter);
          return {};
        }
        return scope.Escape(current);
      }
      HandleScope closing(isolate_);
      Handle<JSReceiver> top =
          Handle<JSReceiver>::cast(handle(stack_->get(2 * depth_ - 2), isolate_));
      Value slot_key = stack_->get(2 * depth_ - 1);
      bool is_array = lucid::IsJSArray(top->ToValue());
      if (is_array) {
        uint32_t index = JSArray::cast(top->ToValue())->length();
        if (!CreateDataPropertyOrThrow(isolate_, top, PropertyKey::FromIndex(index), current)) {
          return {};
        }
      } else {
        Handle<Value> k = handle(slot_key, isolate_);
        if (!CreateDataPropertyOrThrow(isolate_, top, PropertyKey::From(isolate_, k), current)) {
          return {};
        }
      }
      SkipWhitespace();
      char16_t next = Peek();
      if (next == u',') {
        pos_++;
        if (!is_array) {
          if (!ParseKey(key, JsonError::kExpectedDoubleQuotedPropertyName)) return {};
          stack_->set(2 * depth_ - 1, *key);
        }
        break;  // parse the next element
      }
      if (next == (is_array ? u']' : u'}')) {
        pos_++;
        depth_--;
        current.Patch(top->ToValue());
        stack_->set(2 * depth_, Value::Undefined());
        stack_->set(2 * depth_ + 1, Value::Undefined());
        continue;
      }
      ReportError(is_array ? JsonError::kExpectedCommaOrRBrack : JsonError::kExpectedCommaOrRBrace);
      return {};
    }
  }
}

// Spec: InternalizeJSONProperty(holder, name, reviver).
MaybeHandle<Value> Internalize(Isolate* isolate, Handle<JSReceiver> holder, Handle<Value> name,
                               Handle<Value> reviver) {
  EscapableHandleScope scope(isolate);
  if (isolate->NativeStackOverflow()) {
    ThrowTemplate(isolate, MessageTemplate::kStackOverflow);
    return {};
  }
  Handle<Value> value;
  if (!JSReceiver::GetProperty(isolate, holder, PropertyKey::From(isolate, name)).ToHandle(&value)) {
    return {};
  }
  if (lucid::IsJSReceiver(*value)) {
    Handle<JSReceiver> object = Handle<JSReceiver>::cast(value);
    auto visit = [&](Handle<Value> key) -> bool {
      Handle<Value> element;
      if (!Internalize(isolate, object, key, reviver).ToHandle(&element)) return false;
      PropertyKey pkey = PropertyKey::From(isolate, key);
      if (element->IsUndefined()) {
        return JSReceiver::DeleteProperty(isolate, object, pkey).has_value();
      }
      return JSReceiver::CreateDataProperty(isolate, object, pkey, element).has_value();
    };
    if (IsArrayValue(*value)) {
      double length;
      if (!LengthOfArrayLike(isolate, object, &length)) return {};
      for (double i = 0; i < length; i++) {
        HandleScope inner(isolate);
        if (!visit(F(isolate)->NumberToString(handle(Value::FromDouble(i), isolate)))) return {};
      }
    } else {
      Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(
          isolate, object, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
      for (int i = 0; i < keys->length(); i++) {
        HandleScope inner(isolate);
        if (!visit(handle(keys->get(i), isolate))) return {};
      }
    }
  }
  Handle<Value> result;
  if (!Call(isolate, reviver, holder, {name, value}).ToHandle(&result)) return {};
  return scope.Escape(result);
}

}  // namespace

MaybeHandle<Value> JsonParse(Isolate* isolate, Handle<String> text, Handle<Value> reviver) {
  EscapableHandleScope scope(isolate);
  JsonParser parser(isolate, ToU16(text));
  Handle<Value> result;
  if (!parser.Parse().ToHandle(&result)) return {};
  if (IsCallableValue(*reviver)) {
    Handle<JSObject> root = F(isolate)->NewJSObject();
    Handle<String> empty = F(isolate)->empty_string();
    if (!CreateDataPropertyOrThrow(isolate, root, PropertyKey::From(isolate, empty), result)) {
      return {};
    }
    if (!Internalize(isolate, root, empty, reviver).ToHandle(&result)) return {};
  }
  return scope.Escape(result);
}

}  // namespace lucid

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

// Spec: JSON.stringify(value, replacer, space).
Value Builtin_LibJsonStringify(Isolate* isolate, BuiltinArguments args) {
  Handle<Value> result;
  if (!JsonStringify(isolate, args.at(0), args.at(1), args.at(2)).ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

// Spec: JSON.parse(text, reviver).
Value Builtin_LibJsonParse(Isolate* isolate, BuiltinArguments args) {
  Handle<String> text;
  if (!ToString(isolate, args.at(0)).ToHandle(&text)) return Value::Exception();
  Handle<Value> result;
  if (!JsonParse(isolate, text, args.at(1)).ToHandle(&result)) return Value::Exception();
  return *result;
}

}  // namespace lucid
