// Copyright the Lucid authors. MIT license.
//
// Early errors of regular-expression literals. The lexer only finds where a
// literal ends (/body/flags); this checks the body against the pattern grammar
// so that a bad pattern is a SyntaxError when the script is parsed, as in V8,
// even though Lucid compiles no RegExp objects yet:
//
//  - without the u flag, ECMA-262 Annex B.1.2 (the web-compatible grammar:
//    `]`, `{` and `}` are literal characters, \8 and \c are identity escapes,
//    \1 without a group is an octal escape, lookaheads may be quantified);
//  - with the u flag, the strict grammar of ECMA-262 22.2.1 (identity escapes
//    only of syntax characters and `/`, `\p{...}` with a known property,
//    back references to existing groups, code points instead of code units).
//
// Named groups follow node 20 (V8 11.3): duplicate names are an error even in
// different alternatives. Nothing here allocates on the heap or recurses: the
// open groups live on an explicit stack, so a pattern of any nesting depth is
// checked in constant native stack.

#ifndef LUCID_PARSER_REGEXP_VALIDATOR_H_
#define LUCID_PARSER_REGEXP_VALIDATOR_H_

#include <string_view>

namespace lucid {

// Returns null when `pattern` (the text between the slashes, escapes as
// written) is valid, else V8's reason, e.g. "Unterminated group"; the caller
// reports "Invalid regular expression: /pattern/flags: reason".
const char* ValidateRegExpPattern(std::u16string_view pattern, bool unicode);

}  // namespace lucid

#endif  // LUCID_PARSER_REGEXP_VALIDATOR_H_
