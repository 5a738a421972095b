// Copyright the Lucid authors. MIT license.
//
// node's layout for fatal errors on stderr.

#include "runtime/error_reporter.h"

#include <algorithm>
#include <cstdio>

namespace lucid {

// node's GetErrorSource: no caret line when the range runs past the line.
std::string FormatSourceExcerpt(const SourceFile& source, int start, int end, bool range) {
  SourceLocation loc = source.GetLocation(start);
  std::string out = source.name() + ":" + std::to_string(loc.line) + "\n";
  out += source.LineTextUtf8(loc.line);
  out += "\n";
  std::u16string_view line = source.LineText(loc.line);
  int column = loc.column - 1;
  int end_column = column + (range ? end - start : 1);
  if (end_column > static_cast<int>(line.size()) && !(range && end == start)) return out;
  for (int i = 0; i < column && i < static_cast<int>(line.size()); i++) {
    out.push_back(line[i] == u'\t' ? '\t' : ' ');
  }
  out.append(static_cast<size_t>(std::max(0, end_column - column)), '^');
  out += "\n";
  return out;
}

void ReportSyntaxError(const SourceFile& source, std::string_view type, std::string_view message,
                       int start, int end) {
  std::fflush(stdout);
  std::string text = FormatSourceExcerpt(source, start, end, true);
  text += "\n";
  text.append(type);
  text += ": ";
  text.append(message);
  text += "\n";
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace lucid
