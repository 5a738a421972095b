// Copyright 2025 the Lucid authors. MIT license.
// The two renderings of every TRACE_EVENT_LIST event: JSON Lines (generated
// from the field lists) and the text line formats (docs/traces.md). Used by
// the Tracer (vm/tracer.cc); no heap access here, only plain event data.

#ifndef LUCID_VM_TRACE_RENDER_H_
#define LUCID_VM_TRACE_RENDER_H_

#include <algorithm>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "vm/trace_events.h"

namespace lucid {
namespace trace {

// -- Bounded line buffer ---------------------------------------------------------------
//
// Lines are built in a fixed buffer (no allocation); an over-long line is
// cut and ends with "…".
class LineBuffer {
 public:
  void Append(std::string_view text) {
    if (full_) return;
    size_t room = kCapacity - 4 - size_;
    if (text.size() > room) {
      size_t cut = room;
      while (cut > 0 && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) cut--;
      std::memcpy(data_ + size_, text.data(), cut);
      size_ += cut;
      std::memcpy(data_ + size_, "\xE2\x80\xA6", 3);
      size_ += 3;
      full_ = true;
      return;
    }
    std::memcpy(data_ + size_, text.data(), text.size());
    size_ += text.size();
  }
  void Append(char c) { Append(std::string_view(&c, 1)); }
  void Appendf(const char* format, ...) __attribute__((format(printf, 2, 3))) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    int n = std::vsnprintf(buffer, sizeof(buffer), format, args);
    va_end(args);
    if (n < 0) return;
    Append(std::string_view(buffer, std::min(static_cast<size_t>(n), sizeof(buffer) - 1)));
  }
  // Pads with spaces to {column} (counted in bytes from the start of the
  // current line), and at least {min_spaces}.
  void PadTo(size_t column, size_t min_spaces = 1) {
    size_t line_start = size_;
    while (line_start > 0 && data_[line_start - 1] != '\n') line_start--;
    size_t width = DisplayWidth(line_start);
    size_t spaces = width < column ? column - width : 0;
    if (spaces < min_spaces) spaces = min_spaces;
    for (size_t i = 0; i < spaces; ++i) Append(' ');
  }
  std::string_view view() const { return std::string_view(data_, size_); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  // Columns, counting a UTF-8 sequence as one.
  size_t DisplayWidth(size_t from) const {
    size_t width = 0;
    for (size_t i = from; i < size_; ++i) {
      if ((static_cast<uint8_t>(data_[i]) & 0xC0) != 0x80) width++;
    }
    return width;
  }
  static constexpr size_t kCapacity = 8 * 1024;
  char data_[kCapacity];
  size_t size_ = 0;
  bool full_ = false;
};

// "DeleteNotLast" -> "delete_not_last" (JSON tokens of enum names).
std::string_view CamelToSnake(std::string_view camel, char* buffer, size_t capacity);

// Appends the event's JSON Lines object ({"ev":…}, no newline). {t}: µs.
// Appends the event's text line(s) (no final newline); false if the event
// has no text form (definitions, the summary, GC events: gc/gc_tracer.cc
// prints those). {ms}: the time column.
#define V(Name, channel, ev, op, FIELDS)                                   \
  void WriteJsonEvent(const Name##Event& event, int64_t t, LineBuffer* out); \
  bool RenderText(const Name##Event& event, double ms, LineBuffer* out);
TRACE_EVENT_LIST(V)
#undef V

// Copies {in} to {out} without the spaces at the end of each line.
void TrimTrailingSpaces(LineBuffer* in, LineBuffer* out);

}  // namespace trace
}  // namespace lucid

#endif  // LUCID_VM_TRACE_RENDER_H_
