// Copyright the Lucid authors. MIT license.
//
// The parser: recursive descent over the Lexer, building the AST of ast.h and
// the scopes of scope.h, then running ScopeAnalysis. Errors carry V8's
// message wording (node prints the same text), a SyntaxError or RangeError
// type and a source position.
//
//   SourceFile source = SourceFile::FromUtf8("a.js", bytes);
//   ParseResult result = ParseScript(source, ParseMode::kCommonJSModule,
//                                    StackLimit::ForCurrentThread());
//   if (!result.ok()) report(result.error());
//   else generate(result.literal());   // keep `result` alive meanwhile

#ifndef LUCID_PARSER_PARSER_H_
#define LUCID_PARSER_PARSER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/ast_string.h"
#include "parser/source.h"

namespace lucid {

enum class ParseMode : uint8_t {
  // Global code (`lucid --script`, `-e`): top-level var/function are global
  // object properties, top-level let/const/class live in the script context,
  // `this` is the global object (strict or not).
  kClassicScript,
  // A node-style file: the whole text is the body of
  //   function (exports, require, module, __filename, __dirname) { ... }
  // so top-level var is function-local, `return` is allowed at top level, and
  // `this` is the receiver passed when the wrapper is called.
  kCommonJSModule,
};

struct ParseError {
  enum class Type : uint8_t { kSyntaxError, kRangeError };
  Type type = Type::kSyntaxError;
  std::string message;  // "Unexpected token '}'"
  int position = 0;     // UTF-16 offset where the caret goes
  int end_position = 0; // end of the offending range (>= position)

  const char* TypeName() const {
    return type == Type::kSyntaxError ? "SyntaxError" : "RangeError";
  }
};

class ParseResult {
 public:
  ParseResult(ParseResult&&) = default;
  ParseResult& operator=(ParseResult&&) = default;

  bool ok() const { return literal_ != nullptr; }
  // The top level: FunctionKind::kScript or kCommonJSModule. Null on error.
  FunctionLiteral* literal() const { return literal_; }
  const ParseError& error() const { return error_; }
  // Owns every node, scope, variable and AstString of the result.
  AstArena* arena() const { return arena_.get(); }
  AstStringTable* strings() const { return strings_; }
  // Number of FunctionLiterals (ids are 0..count-1, preorder).
  int function_literal_count() const { return function_literal_count_; }

 private:
  friend class Parser;
  ParseResult() = default;

  std::unique_ptr<AstArena> arena_;
  AstStringTable* strings_ = nullptr;
  FunctionLiteral* literal_ = nullptr;
  ParseError error_;
  int function_literal_count_ = 0;
};

struct ParseOptions {
  // Native stack address below which parsing reports RangeError (0: none).
  uintptr_t stack_limit = 0;
  // --allow-natives-syntax: `%Name(args)` is a Call whose
  // runtime_function_name() is "Name" (V8's CallRuntime).
  bool allow_natives_syntax = false;
};

ParseResult ParseScript(const SourceFile& source, ParseMode mode, const ParseOptions& options);

// Parses and analyzes scopes. `stack_limit` is a native stack address (see
// StackLimit); 0 means unlimited. Never crashes on any input: malformed text
// is a SyntaxError, too-deep nesting a RangeError "Maximum call stack size
// exceeded".
ParseResult ParseScript(const SourceFile& source, ParseMode mode, uintptr_t stack_limit = 0);

}  // namespace lucid

#endif  // LUCID_PARSER_PARSER_H_
