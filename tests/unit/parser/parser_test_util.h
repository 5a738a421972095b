// Copyright the Lucid authors. MIT license.
//
// Helpers shared by the parser unit tests.

#ifndef LUCID_TESTS_UNIT_PARSER_PARSER_TEST_UTIL_H_
#define LUCID_TESTS_UNIT_PARSER_PARSER_TEST_UTIL_H_

#include <memory>
#include <string>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "parser/stack_limit.h"

namespace lucid::testing {

struct Parsed {
  explicit Parsed(const std::string& code, ParseMode mode = ParseMode::kClassicScript)
      : source(SourceFile::FromUtf8("test.js", code)),
        result(ParseScript(source, mode, StackLimit::ForCurrentThread())) {}
  SourceFile source;
  ParseResult result;
};

// "SyntaxError: message (line:col)" or "ok".
inline std::string ErrorOf(const std::string& code,
                           ParseMode mode = ParseMode::kClassicScript) {
  Parsed parsed(code, mode);
  if (parsed.result.ok()) return "ok";
  const ParseError& error = parsed.result.error();
  SourceLocation location = parsed.source.GetLocation(error.position);
  return std::string(error.TypeName()) + ": " + error.message + " (" +
         std::to_string(location.line) + ":" + std::to_string(location.column) + ")";
}

// The message only.
inline std::string MessageOf(const std::string& code,
                             ParseMode mode = ParseMode::kClassicScript) {
  Parsed parsed(code, mode);
  if (parsed.result.ok()) return "ok";
  return parsed.result.error().message;
}

// Compact, fully parenthesized form of the single expression statement `code`.
inline std::string Expr(const std::string& code) {
  Parsed parsed(code);
  if (!parsed.result.ok()) return "error: " + parsed.result.error().message;
  const StatementList& body = parsed.result.literal()->body();
  if (body.size() != 1 || !body[0]->IsExpressionStatement()) return "not one expression";
  return PrintExpression(body[0]->AsExpressionStatement()->expression());
}

}  // namespace lucid::testing

#endif  // LUCID_TESTS_UNIT_PARSER_PARSER_TEST_UTIL_H_
