// Copyright the Lucid authors. MIT license.
//
// node's stderr layout for errors that end the program: a SyntaxError from
// the parser and an uncaught exception (file:line, source line, caret, blank
// line, then the error's stack or the thrown value).

#ifndef LUCID_RUNTIME_ERROR_REPORTER_H_
#define LUCID_RUNTIME_ERROR_REPORTER_H_

#include <string>
#include <string_view>

#include "parser/source.h"

namespace lucid {

class Isolate;

// "file:line\n<source line>\n<caret line>\n" for [start, end) (at least one
// caret; tabs before the caret are kept so it lines up).
std::string FormatSourceExcerpt(const SourceFile& source, int start, int end, bool range);

// Prints a SyntaxError (or RangeError for too-deep nesting) the parser or the
// generator reported, as node does.
void ReportSyntaxError(const SourceFile& source, std::string_view type, std::string_view message,
                       int start, int end);

}  // namespace lucid

#endif  // LUCID_RUNTIME_ERROR_REPORTER_H_
