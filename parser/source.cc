// Copyright the Lucid authors. MIT license.

#include "parser/source.h"

#include <algorithm>

namespace lucid {

namespace {

constexpr char16_t kReplacementCharacter = 0xFFFD;

void AppendUtf16(std::u16string* out, uint32_t code_point) {
  if (code_point < 0x10000) {
    out->push_back(static_cast<char16_t>(code_point));
  } else {
    code_point -= 0x10000;
    out->push_back(static_cast<char16_t>(0xD800 + (code_point >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + (code_point & 0x3FF)));
  }
}

// Decodes UTF-8 following the WHATWG "maximal subpart" rule: each invalid
// byte sequence prefix becomes exactly one U+FFFD, as node does.
std::u16string DecodeUtf8(std::string_view bytes) {
  std::u16string out;
  out.reserve(bytes.size());
  size_t i = 0;
  size_t n = bytes.size();
  while (i < n) {
    uint8_t b0 = static_cast<uint8_t>(bytes[i]);
    if (b0 < 0x80) {
      out.push_back(b0);
      i++;
      continue;
    }
    int needed;
    uint32_t code_point;
    uint8_t lower = 0x80;
    uint8_t upper = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      needed = 1;
      code_point = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      needed = 2;
      code_point = b0 & 0x0F;
      if (b0 == 0xE0) lower = 0xA0;
      if (b0 == 0xED) upper = 0x9F;  // no UTF-8-encoded surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      needed = 3;
      code_point = b0 & 0x07;
      if (b0 == 0xF0) lower = 0x90;
      if (b0 == 0xF4) upper = 0x8F;
    } else {
      out.push_back(kReplacementCharacter);
      i++;
      continue;
    }
    i++;
    bool valid = true;
    for (int k = 0; k < needed; k++) {
      if (i >= n) {
        valid = false;
        break;
      }
      uint8_t b = static_cast<uint8_t>(bytes[i]);
      if (b < lower || b > upper) {
        valid = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      code_point = (code_point << 6) | (b & 0x3F);
      i++;
    }
    if (valid) {
      AppendUtf16(&out, code_point);
    } else {
      out.push_back(kReplacementCharacter);
    }
  }
  return out;
}

}  // namespace

void AppendUtf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string Utf16ToUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    uint32_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = kReplacementCharacter;
    }
    AppendUtf8(&out, c);
  }
  return out;
}

SourceFile::SourceFile(std::string name, std::u16string text)
    : name_(std::move(name)), text_(std::move(text)) {
  ComputeLineStarts();
}

SourceFile SourceFile::FromUtf8(std::string name, std::string_view utf8) {
  if (utf8.size() >= 3 && static_cast<uint8_t>(utf8[0]) == 0xEF &&
      static_cast<uint8_t>(utf8[1]) == 0xBB && static_cast<uint8_t>(utf8[2]) == 0xBF) {
    utf8.remove_prefix(3);
  }
  return SourceFile(std::move(name), DecodeUtf8(utf8));
}

SourceFile SourceFile::FromUtf16(std::string name, std::u16string text) {
  if (!text.empty() && text[0] == 0xFEFF) text.erase(0, 1);
  return SourceFile(std::move(name), std::move(text));
}

void SourceFile::ComputeLineStarts() {
  line_starts_.clear();
  line_starts_.push_back(0);
  size_t n = text_.size();
  for (size_t i = 0; i < n; i++) {
    char16_t c = text_[i];
    if (c == '\r' && i + 1 < n && text_[i + 1] == '\n') {
      i++;
      line_starts_.push_back(static_cast<int>(i + 1));
    } else if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      line_starts_.push_back(static_cast<int>(i + 1));
    }
  }
}

SourceLocation SourceFile::GetLocation(int offset) const {
  offset = std::clamp(offset, 0, length());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line_index = static_cast<int>(it - line_starts_.begin()) - 1;
  return {line_index + 1, offset - line_starts_[line_index] + 1};
}

int SourceFile::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return length();
  return line_starts_[line - 1];
}

int SourceFile::LineEnd(int line) const {
  if (line < 1) return 0;
  if (line >= line_count()) return length();
  int end = line_starts_[line] - 1;
  // Step back over the terminator (CRLF is two units).
  if (end > 0 && text_[end] == '\n' && text_[end - 1] == '\r') end--;
  return end;
}

std::u16string_view SourceFile::LineText(int line) const {
  int start = LineStart(line);
  int end = LineEnd(line);
  return std::u16string_view(text_).substr(start, std::max(0, end - start));
}

std::string SourceFile::LineTextUtf8(int line) const { return Utf16ToUtf8(LineText(line)); }

std::string SourceFile::SubstringUtf8(int start, int end) const {
  start = std::clamp(start, 0, length());
  end = std::clamp(end, start, length());
  return Utf16ToUtf8(std::u16string_view(text_).substr(start, end - start));
}

}  // namespace lucid
