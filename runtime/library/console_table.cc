// Copyright the Lucid authors. MIT license.
// console.table(data, properties) as node 20 draws it
// (lib/internal/cli_table.js): an (index) column, one column per property
// in order of first appearance, a Values column for primitive rows; cells
// left-aligned, inspected with depth 0 and at most 3 array items.

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "runtime/library/builtins_collections.h"
#include "runtime/library/inspect.h"
#include "runtime/library/library_util.h"
#include "vm/interpreter/runtime_state.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/string.h"

namespace lucid {

using namespace library;  // NOLINT: the helpers of this folder.

namespace {

// node's _inspect of a cell: objects with more than two keys collapse to
// [Object] (depth -1), others are shown one level deep.
bool InspectCell(Isolate* isolate, Handle<Value> value, std::u16string* out) {
  InspectOptions options;
  options.depth = 0;
  options.max_array_length = 3;
  options.break_length = 1 << 30;
  if (IsJSReceiver(*value) && !IsArrayValue(*value) && !IsCallableValue(*value)) {
    Handle<FixedArray> keys = JSReceiver::OwnPropertyKeys(
        isolate, Handle<JSReceiver>::cast(value), JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
    if (keys->length() > 2) {
      *out = u"[Object]";
      return true;
    }
  }
  return InspectValue(isolate, value, options, out);
}

std::u16string RenderRow(const std::vector<std::u16string>& row, const std::vector<size_t>& widths) {
  std::u16string out = u"│ ";
  for (size_t i = 0; i < row.size(); i++) {
    out += row[i] + std::u16string(widths[i] - row[i].size(), u' ');
    if (i + 1 != row.size()) out += u" │ ";
  }
  return out + u" │";
}

std::u16string Render(const std::vector<std::u16string>& head,
                      const std::vector<std::vector<std::u16string>>& rows) {
  std::vector<size_t> widths;
  for (const std::u16string& h : head) widths.push_back(h.size());
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); i++) widths[i] = std::max(widths[i], row[i].size());
  }
  auto divider = [&](const char16_t* left, const char16_t* middle, const char16_t* right) {
    std::u16string out = left;
    for (size_t i = 0; i < widths.size(); i++) {
      out += std::u16string(widths[i] + 2, u'─');
      out += i + 1 == widths.size() ? right : middle;
    }
    return out;
  };
  std::u16string out = divider(u"┌", u"┬", u"┐") + u"\n" + RenderRow(head, widths) + u"\n" +
                       divider(u"├", u"┼", u"┤") + u"\n";
  for (const auto& row : rows) out += RenderRow(row, widths) + u"\n";
  return out + divider(u"└", u"┴", u"┘");
}

// Printed through console.log's path (group indentation included).
Value PrintTable(Isolate* isolate, const std::vector<std::u16string>& head,
                 const std::vector<std::vector<std::u16string>>& rows) {
  Handle<Value> text = NewString(isolate, Render(head, rows));
  Handle<Value> log_args[1] = {text};
  std::u16string out;
  if (!FormatArguments(isolate, 1, log_args, &out)) return Value::Exception();
  int indent = RuntimeStateOf(isolate)->console_group_indent;
  std::u16string pad(static_cast<size_t>(indent), u' ');
  std::u16string indented = pad;
  for (char16_t c : out) {
    indented.push_back(c);
    if (c == u'\n') indented += pad;
  }
  std::string utf8 = U16ToUtf8(indented) + "\n";
  std::fwrite(utf8.data(), 1, utf8.size(), stdout);
  return Value::Undefined();
}


// node: a Map (or entries iterator) is (iteration index) | Key | Values, a
// Set (or values iterator) is (iteration index) | Values.
Value CollectionTable(Isolate* isolate, Handle<Value> data) {
  bool key_value;
  Handle<FixedArray> entries = CollectionPreview(isolate, data, &key_value);
  int width = key_value ? 2 : 1;
  int count = entries->length() / width;
  std::vector<std::u16string> head = {u"(iteration index)"};
  if (key_value) head.push_back(u"Key");
  head.push_back(u"Values");
  std::vector<std::vector<std::u16string>> rows;
  for (int r = 0; r < count; r++) {
    std::vector<std::u16string> row = {NumberToU16(r)};
    for (int c = 0; c < width; c++) {
      HandleScope scope(isolate);
      std::u16string cell;
      if (!InspectCell(isolate, handle(entries->get(r * width + c), isolate), &cell)) {
        return Value::Exception();
      }
      row.push_back(cell);
    }
    rows.push_back(std::move(row));
  }
  return PrintTable(isolate, head, rows);
}

}  // namespace

Value Builtin_LibConsoleTable(Isolate* isolate, BuiltinArguments args) {
  HandleScope scope(isolate);
  Handle<Value> data = args.at(0);
  Handle<Value> properties = args.at(1);
  if (!properties->IsUndefined() && !IsArrayValue(*properties)) {
    return ThrowTypeError(isolate, "The \"properties\" argument must be an instance of Array.");
  }
  if (!IsJSReceiver(*data)) return Builtin_LibConsoleLog(isolate, args);
  if (IsJSMap(*data) || IsJSSet(*data) || IsJSMapIterator(*data) || IsJSSetIterator(*data)) {
    return CollectionTable(isolate, data);
  }
  Handle<JSReceiver> table = Handle<JSReceiver>::cast(data);
  std::vector<std::u16string> property_names;
  bool has_properties = !properties->IsUndefined();
  if (has_properties) {
    Handle<JSReceiver> list = Handle<JSReceiver>::cast(properties);
    double length;
    if (!LengthOfArrayLike(isolate, list, &length)) return Value::Exception();
    for (double i = 0; i < length; i++) {
      Handle<Value> name;
      Handle<String> s;
      if (!GetElement(isolate, list, i).ToHandle(&name)) return Value::Exception();
      if (!ToString(isolate, name).ToHandle(&s)) return Value::Exception();
      property_names.push_back(ToU16(s));
    }
  }
  Handle<FixedArray> index_keys = JSReceiver::OwnPropertyKeys(
      isolate, table, JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
  size_t row_count = static_cast<size_t>(index_keys->length());
  std::vector<std::u16string> columns;                         // first-seen order
  std::map<std::u16string, std::vector<std::u16string>> cells;  // column -> row cells
  std::map<std::u16string, std::vector<bool>> present;
  std::vector<std::u16string> values(row_count), index(row_count);
  std::vector<bool> has_value(row_count, false);
  bool has_primitives = false;
  for (size_t r = 0; r < row_count; r++) {
    HandleScope row_scope(isolate);
    Handle<Value> key = handle(index_keys->get(static_cast<int>(r)), isolate);
    Handle<String> key_string;
    if (!ToString(isolate, key).ToHandle(&key_string)) return Value::Exception();
    index[r] = ToU16(key_string);
    Handle<Value> item;
    if (!JSReceiver::GetProperty(isolate, table, PropertyKey::From(isolate, key)).ToHandle(&item)) {
      return Value::Exception();
    }
    bool primitive = !IsJSReceiver(*item);
    if (!has_properties && primitive) {
      has_primitives = true;
      has_value[r] = true;
      if (!InspectCell(isolate, item, &values[r])) return Value::Exception();
      continue;
    }
    std::vector<std::u16string> keys = property_names;
    if (!has_properties) {
      Handle<FixedArray> own = JSReceiver::OwnPropertyKeys(
          isolate, Handle<JSReceiver>::cast(item), JSReceiver::kOnlyEnumerable | JSReceiver::kSkipSymbols);
      for (int k = 0; k < own->length(); k++) {
        Handle<String> s;
        if (!ToString(isolate, handle(own->get(k), isolate)).ToHandle(&s)) return Value::Exception();
        keys.push_back(ToU16(s));
      }
    }
    for (const std::u16string& name : keys) {
      if (cells.count(name) == 0) {
        columns.push_back(name);
        cells[name].resize(row_count);
        present[name].resize(row_count);
      }
      present[name][r] = true;
      if (primitive) continue;
      Handle<JSReceiver> object = Handle<JSReceiver>::cast(item);
      PropertyKey pkey = PropertyKey::From(isolate, NewString(isolate, name));
      if (!JSReceiver::HasOwnProperty(isolate, object, pkey)) continue;
      Handle<Value> cell;
      if (!JSReceiver::GetProperty(isolate, object, pkey).ToHandle(&cell)) return Value::Exception();
      if (!InspectCell(isolate, cell, &cells[name][r])) return Value::Exception();
    }
  }
  std::vector<std::u16string> head = {u"(index)"};
  for (const std::u16string& c : columns) head.push_back(c);
  if (has_primitives) head.push_back(u"Values");
  std::vector<std::vector<std::u16string>> rows;
  for (size_t r = 0; r < row_count; r++) {
    std::vector<std::u16string> row = {index[r]};
    for (const std::u16string& c : columns) row.push_back(cells[c][r]);
    if (has_primitives) row.push_back(has_value[r] ? values[r] : u"");
    rows.push_back(std::move(row));
  }
  return PrintTable(isolate, head, rows);
}

}  // namespace lucid
