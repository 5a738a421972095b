// Copyright the Lucid authors. MIT license.

#include "parser/token.h"

namespace lucid {

namespace {

struct TokenInfo {
  const char* name;
  const char* string;
  int8_t precedence;
  Token::Category category;
};

constexpr TokenInfo kTokenInfo[] = {
#define LUCID_TOKEN_INFO(name, string, precedence, category) \
  {#name, string, precedence, Token::Category::k##category},
    TOKEN_LIST(LUCID_TOKEN_INFO)
#undef LUCID_TOKEN_INFO
};

static_assert(sizeof(kTokenInfo) / sizeof(kTokenInfo[0]) == Token::kNumTokens);
// The assignment/binary operator mapping is a subtraction (token.h).
static_assert(Token::kAssignExp - Token::kAssignNullish == Token::kExp - Token::kNullish);

}  // namespace

const char* Token::Name(Value token) { return kTokenInfo[token].name; }
const char* Token::String(Value token) { return kTokenInfo[token].string; }
int Token::Precedence(Value token) { return kTokenInfo[token].precedence; }
Token::Category Token::CategoryOf(Value token) { return kTokenInfo[token].category; }

}  // namespace lucid
