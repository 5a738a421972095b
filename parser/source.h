// Copyright the Lucid authors. MIT license.
//
// SourceFile: a script's text as UTF-16 code units (source positions are
// offsets into it, DESIGN.md "Property keys and strings"), its name, and a
// line-ends table for offset -> line:column and for the source line an error
// caret is drawn under.

#ifndef LUCID_PARSER_SOURCE_H_
#define LUCID_PARSER_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lucid {

// 1-based line and column (column counted in UTF-16 code units).
struct SourceLocation {
  int line;
  int column;
};

class SourceFile {
 public:
  // Decodes UTF-8 (invalid sequences become U+FFFD, one per maximal invalid
  // subpart), strips a leading byte-order mark. A leading `#!` line stays in
  // the text; the lexer skips it as a comment.
  static SourceFile FromUtf8(std::string name, std::string_view utf8);
  static SourceFile FromUtf16(std::string name, std::u16string text);

  const std::string& name() const { return name_; }
  const std::u16string& text() const { return text_; }
  int length() const { return static_cast<int>(text_.size()); }

  // Offset (clamped to [0, length]) to 1-based line and column.
  SourceLocation GetLocation(int offset) const;
  int GetLine(int offset) const { return GetLocation(offset).line; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Offset where 1-based `line` starts / ends (before its terminator).
  int LineStart(int line) const;
  int LineEnd(int line) const;
  // Text of 1-based `line` without its terminator, as UTF-16 / UTF-8.
  std::u16string_view LineText(int line) const;
  std::string LineTextUtf8(int line) const;
  // UTF-8 of text()[start, end) (lone surrogates become U+FFFD).
  std::string SubstringUtf8(int start, int end) const;

 private:
  SourceFile(std::string name, std::u16string text);
  void ComputeLineStarts();

  std::string name_;
  std::u16string text_;
  // Offset of the first code unit of each line; line terminators are LF, CR,
  // CRLF (one terminator), U+2028, U+2029, as in ECMAScript.
  std::vector<int> line_starts_;
};

// UTF-16 -> UTF-8 with U+FFFD for lone surrogates.
std::string Utf16ToUtf8(std::u16string_view text);
void AppendUtf8(std::string* out, uint32_t code_point);

}  // namespace lucid

#endif  // LUCID_PARSER_SOURCE_H_
