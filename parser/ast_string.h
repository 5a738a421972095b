// Copyright the Lucid authors. MIT license.
//
// AstString: an identifier or string-literal value of one parse, as UTF-16
// code units plus a hash. Strings are interned per parse by AstStringTable, so
// two AstStrings with the same contents are the same pointer: scopes, labels
// and later stages compare names with ==. The VM internalizes them into heap
// strings when it builds constant pools.

#ifndef LUCID_PARSER_AST_STRING_H_
#define LUCID_PARSER_AST_STRING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parser/arena.h"

namespace lucid {

class AstString {
 public:
  const char16_t* data() const { return data_; }
  int length() const { return static_cast<int>(length_); }
  uint32_t hash() const { return hash_; }
  std::u16string_view view() const { return {data_, length_}; }
  bool IsEmpty() const { return length_ == 0; }
  // True when every code unit is <= 0xFF (the VM can store it one-byte).
  bool IsOneByte() const;
  bool Equals(std::string_view ascii) const;
  // UTF-8 for printing; lone surrogates become U+FFFD.
  std::string ToUtf8() const;

  static uint32_t Hash(std::u16string_view chars);

 private:
  friend class AstStringTable;
  AstString(const char16_t* data, uint32_t length, uint32_t hash)
      : data_(data), length_(length), hash_(hash) {}

  const char16_t* data_;
  uint32_t length_;
  uint32_t hash_;
};

// Names the parser compares against by pointer. Format: V(field, "text").
#define AST_STRING_CONSTANTS(V)          \
  V(empty_string, "")                    \
  V(anonymous_string, "anonymous")       \
  V(arguments_string, "arguments")       \
  V(as_string, "as")                     \
  V(async_string, "async")               \
  V(await_string, "await")               \
  V(constructor_string, "constructor")   \
  V(default_string, "default")           \
  V(eval_string, "eval")                 \
  V(from_string, "from")                 \
  V(get_string, "get")                   \
  V(implements_string, "implements")     \
  V(interface_string, "interface")       \
  V(let_string, "let")                   \
  V(meta_string, "meta")                 \
  V(new_target_string, "new.target")     \
  V(of_string, "of")                     \
  V(package_string, "package")           \
  V(private_string, "private")           \
  V(protected_string, "protected")       \
  V(proto_string, "__proto__")           \
  V(prototype_string, "prototype")       \
  V(public_string, "public")             \
  V(set_string, "set")                   \
  V(static_string, "static")             \
  V(target_string, "target")             \
  V(this_string, "this")                 \
  V(use_strict_string, "use strict")     \
  V(yield_string, "yield")               \
  V(private_constructor_string, "#constructor") \
  V(dot_this_function_string, ".this_function") \
  V(dot_home_object_string, ".home_object")     \
  V(dot_instance_members_initializer_string, ".instance_members_initializer") \
  V(dot_computed_key_string, ".computed_key")   \
  V(exports_string, "exports")           \
  V(require_string, "require")           \
  V(module_string, "module")             \
  V(filename_string, "__filename")       \
  V(dirname_string, "__dirname")

class AstStringTable {
 public:
  explicit AstStringTable(AstArena* arena);

  const AstString* Intern(std::u16string_view chars);
  // ASCII/Latin-1 text only.
  const AstString* InternAscii(std::string_view chars);

#define LUCID_AST_STRING_ACCESSOR(field, text) \
  const AstString* field() const { return field##_; }
  AST_STRING_CONSTANTS(LUCID_AST_STRING_ACCESSOR)
#undef LUCID_AST_STRING_ACCESSOR

  int size() const { return static_cast<int>(count_); }

 private:
  void Rehash();

  AstArena* arena_;
  const AstString** slots_ = nullptr;
  uint32_t capacity_ = 0;
  uint32_t count_ = 0;
#define LUCID_AST_STRING_FIELD(field, text) const AstString* field##_ = nullptr;
  AST_STRING_CONSTANTS(LUCID_AST_STRING_FIELD)
#undef LUCID_AST_STRING_FIELD
};

}  // namespace lucid

#endif  // LUCID_PARSER_AST_STRING_H_
