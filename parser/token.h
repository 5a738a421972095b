// Copyright the Lucid authors. MIT license.
//
// Tokens of ES2022 script syntax. One X-macro table (TOKEN_LIST) generates the
// Token::Value enum, the printable names, the source strings, the binary
// operator precedences and the keyword table the lexer uses.
//
// Contextual keywords (async, await, yield, let, static, get, set, of, target,
// meta, ...) are *not* tokens of their own: the lexer returns kIdentifier and
// the parser compares the interned AstString by pointer, because which of them
// are reserved depends on the parser's state (strict mode, generator, async).

#ifndef LUCID_PARSER_TOKEN_H_
#define LUCID_PARSER_TOKEN_H_

#include <cstdint>

namespace lucid {

// Format: V(Name, string, precedence, category)
//   Name        the enumerator is Token::k##Name
//   string      the token's source text, or a description for value tokens
//   precedence  binary-operator precedence (0: not a binary operator); larger
//               binds tighter: comma 1, assignment 2, ?? and ?: 3, || 4, && 5,
//               | 6, ^ 7, & 8, equality 9, relational 10, shift 11,
//               additive 12, multiplicative 13, ** 14
//   category    Punct (punctuator or operator), Keyword (reserved word, looked
//               up by the lexer), Value (carries a literal/identifier value),
//               Special (end of input, error)
#define TOKEN_LIST(V)                                          \
  /* End of source and lexical errors. */                      \
  V(Eos, "end of input", 0, Special)                           \
  V(Illegal, "ILLEGAL", 0, Special)                            \
                                                               \
  /* Punctuators. */                                           \
  V(LeftParen, "(", 0, Punct)                                  \
  V(RightParen, ")", 0, Punct)                                 \
  V(LeftBracket, "[", 0, Punct)                                \
  V(RightBracket, "]", 0, Punct)                               \
  V(LeftBrace, "{", 0, Punct)                                  \
  V(RightBrace, "}", 0, Punct)                                 \
  V(Colon, ":", 0, Punct)                                      \
  V(Semicolon, ";", 0, Punct)                                  \
  V(Period, ".", 0, Punct)                                     \
  V(Ellipsis, "...", 0, Punct)                                 \
  V(QuestionPeriod, "?.", 0, Punct)                            \
  V(Conditional, "?", 3, Punct)                                \
  V(Arrow, "=>", 0, Punct)                                     \
  V(Increment, "++", 0, Punct)                                 \
  V(Decrement, "--", 0, Punct)                                 \
                                                               \
  /* Assignment operators (the compound ones map to a binary  \
     operator through Token::BinaryOpForAssignment). */        \
  V(Assign, "=", 2, Punct)                                     \
  V(AssignNullish, "?" "?=", 2, Punct)                         \
  V(AssignOr, "||=", 2, Punct)                                 \
  V(AssignAnd, "&&=", 2, Punct)                                \
  V(AssignBitOr, "|=", 2, Punct)                               \
  V(AssignBitXor, "^=", 2, Punct)                              \
  V(AssignBitAnd, "&=", 2, Punct)                              \
  V(AssignShl, "<<=", 2, Punct)                                \
  V(AssignSar, ">>=", 2, Punct)                                \
  V(AssignShr, ">>>=", 2, Punct)                               \
  V(AssignAdd, "+=", 2, Punct)                                 \
  V(AssignSub, "-=", 2, Punct)                                 \
  V(AssignMul, "*=", 2, Punct)                                 \
  V(AssignDiv, "/=", 2, Punct)                                 \
  V(AssignMod, "%=", 2, Punct)                                 \
  V(AssignExp, "**=", 2, Punct)                                \
                                                               \
  /* Binary operators, in the order of the assignment forms   \
     above (Nullish..Exp), so the mapping is a subtraction. */ \
  V(Nullish, "?" "?", 3, Punct)                                \
  V(Or, "||", 4, Punct)                                        \
  V(And, "&&", 5, Punct)                                       \
  V(BitOr, "|", 6, Punct)                                      \
  V(BitXor, "^", 7, Punct)                                     \
  V(BitAnd, "&", 8, Punct)                                     \
  V(Shl, "<<", 11, Punct)                                      \
  V(Sar, ">>", 11, Punct)                                      \
  V(Shr, ">>>", 11, Punct)                                     \
  V(Add, "+", 12, Punct)                                       \
  V(Sub, "-", 12, Punct)                                       \
  V(Mul, "*", 13, Punct)                                       \
  V(Div, "/", 13, Punct)                                       \
  V(Mod, "%", 13, Punct)                                       \
  V(Exp, "**", 14, Punct)                                      \
  V(Comma, ",", 1, Punct)                                      \
                                                               \
  /* Comparisons (CompareOperation in the AST). */             \
  V(Eq, "==", 9, Punct)                                        \
  V(Ne, "!=", 9, Punct)                                        \
  V(EqStrict, "===", 9, Punct)                                 \
  V(NeStrict, "!==", 9, Punct)                                 \
  V(LessThan, "<", 10, Punct)                                  \
  V(GreaterThan, ">", 10, Punct)                               \
  V(LessThanEq, "<=", 10, Punct)                               \
  V(GreaterThanEq, ">=", 10, Punct)                            \
  V(Instanceof, "instanceof", 10, Keyword)                     \
  V(In, "in", 10, Keyword)                                     \
                                                               \
  /* Unary operators (UnaryOperation; + and - above too). */   \
  V(Not, "!", 0, Punct)                                        \
  V(BitNot, "~", 0, Punct)                                     \
  V(Delete, "delete", 0, Keyword)                              \
  V(Typeof, "typeof", 0, Keyword)                              \
  V(Void, "void", 0, Keyword)                                  \
                                                               \
  /* Reserved words. */                                        \
  V(Break, "break", 0, Keyword)                                \
  V(Case, "case", 0, Keyword)                                  \
  V(Catch, "catch", 0, Keyword)                                \
  V(Class, "class", 0, Keyword)                                \
  V(Const, "const", 0, Keyword)                                \
  V(Continue, "continue", 0, Keyword)                          \
  V(Debugger, "debugger", 0, Keyword)                          \
  V(Default, "default", 0, Keyword)                            \
  V(Do, "do", 0, Keyword)                                      \
  V(Else, "else", 0, Keyword)                                  \
  V(Enum, "enum", 0, Keyword)                                  \
  V(Export, "export", 0, Keyword)                              \
  V(Extends, "extends", 0, Keyword)                            \
  V(False, "false", 0, Keyword)                                \
  V(Finally, "finally", 0, Keyword)                            \
  V(For, "for", 0, Keyword)                                    \
  V(Function, "function", 0, Keyword)                          \
  V(If, "if", 0, Keyword)                                      \
  V(Import, "import", 0, Keyword)                              \
  V(New, "new", 0, Keyword)                                    \
  V(Null, "null", 0, Keyword)                                  \
  V(Return, "return", 0, Keyword)                              \
  V(Super, "super", 0, Keyword)                                \
  V(Switch, "switch", 0, Keyword)                              \
  V(This, "this", 0, Keyword)                                  \
  V(Throw, "throw", 0, Keyword)                                \
  V(True, "true", 0, Keyword)                                  \
  V(Try, "try", 0, Keyword)                                    \
  V(Var, "var", 0, Keyword)                                    \
  V(While, "while", 0, Keyword)                                \
  V(With, "with", 0, Keyword)                                  \
                                                               \
  /* Tokens that carry a value (Lexer::current_value()). */    \
  V(Identifier, "identifier", 0, Value)                        \
  V(PrivateName, "private name", 0, Value)                     \
  V(Number, "number", 0, Value)                                \
  V(BigInt, "bigint", 0, Value)                                \
  V(String, "string", 0, Value)                                \
  V(RegExp, "regular expression", 0, Value)                    \
  /* A template piece ending in `${`: `abc${ or }abc${ */      \
  V(TemplateSpan, "template span", 0, Value)                   \
  /* The last template piece: `abc` or }abc` */                \
  V(TemplateTail, "template tail", 0, Value)

class Token {
 public:
  enum class Category : uint8_t { kPunct, kKeyword, kValue, kSpecial };

  enum Value : uint8_t {
#define LUCID_TOKEN_ENUM(name, string, precedence, category) k##name,
    TOKEN_LIST(LUCID_TOKEN_ENUM)
#undef LUCID_TOKEN_ENUM
        kNumTokens
  };

  // "LeftParen", "Identifier": the enumerator's name without the k.
  static const char* Name(Value token);
  // "(", "instanceof", or the description of a value token.
  static const char* String(Value token);
  static int Precedence(Value token);
  static Category CategoryOf(Value token);

  static bool IsKeyword(Value token) {
    return CategoryOf(token) == Category::kKeyword;
  }
  static bool IsAssignmentOp(Value token) {
    return token >= kAssign && token <= kAssignExp;
  }
  static bool IsCompoundAssignmentOp(Value token) {
    return token > kAssign && token <= kAssignExp;
  }
  // ??=, ||=, &&=: the store happens only when the short circuit says so.
  static bool IsLogicalAssignmentOp(Value token) {
    return token >= kAssignNullish && token <= kAssignAnd;
  }
  // kAssignAdd -> kAdd, kAssignNullish -> kNullish, ...
  static Value BinaryOpForAssignment(Value token) {
    return static_cast<Value>(token - kAssignNullish + kNullish);
  }
  // Short-circuiting binary operators: ?? || &&.
  static bool IsLogicalOp(Value token) {
    return token >= kNullish && token <= kAnd;
  }
  // Binary operators that become a BinaryOperation node (incl. comma).
  static bool IsBinaryOp(Value token) {
    return token >= kNullish && token <= kComma;
  }
  static bool IsCompareOp(Value token) {
    return token >= kEq && token <= kIn;
  }
  static bool IsEqualityOp(Value token) {
    return token >= kEq && token <= kNeStrict;
  }
  static bool IsUnaryOp(Value token) {
    return (token >= kNot && token <= kVoid) || token == kAdd || token == kSub;
  }
  static bool IsCountOp(Value token) {
    return token == kIncrement || token == kDecrement;
  }
};

}  // namespace lucid

#endif  // LUCID_PARSER_TOKEN_H_
