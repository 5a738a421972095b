// Copyright the Lucid authors. MIT license.
//
// Regular-expression pattern validation (see regexp_validator.h). One pass
// over the pattern after a pre-scan that counts capturing groups and collects
// group names (a back reference may precede its group: /\k<a>(?<a>x)/).

#include "parser/regexp_validator.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "parser/lexer.h"
#include "parser/regexp_property_names.h"

namespace lucid {

namespace {

constexpr int32_t kEnd = -1;

bool IsDigit(int32_t c) { return c >= '0' && c <= '9'; }
bool IsOctalDigit(int32_t c) { return c >= '0' && c <= '7'; }
bool IsHex(int32_t c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int HexValue(int32_t c) {
  if (IsDigit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}
bool IsAsciiLetter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLead(int32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsTrail(int32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
// ^ $ \ . * + ? ( ) [ ] { } |
bool IsSyntaxCharacter(int32_t c) {
  return c > 0 && c < 0x80 && std::strchr("^$\\.*+?()[]{}|", static_cast<char>(c)) != nullptr;
}

template <size_t N>
bool InSortedNames(const char* const (&names)[N], const std::string& name) {
  auto less = [](const char* a, const std::string& b) { return std::strcmp(a, b.c_str()) < 0; };
  const char* const* it = std::lower_bound(names, names + N, name, less);
  return it != names + N && name == *it;
}

class PatternValidator {
 public:
  PatternValidator(std::u16string_view pattern, bool unicode)
      : pattern_(pattern), unicode_(unicode) {}

  const char* Run();

 private:
  // What the last term was, for the quantifier that may follow it.
  enum class Last : uint8_t {
    kNothing,           // start of an alternative, or after a quantifier
    kAssertion,         // ^ $ \b \B: "Nothing to repeat"
    kAtom,              // quantifiable
    kLookahead,         // quantifiable without /u only (Annex B)
    kLookbehind,        // never quantifiable
  };
  enum class Group : uint8_t { kPlain, kLookahead, kLookbehind };
  struct ClassAtom {
    bool is_set = false;  // \d, \p{..}: not allowed as a range end with /u
    uint32_t value = 0;
  };

  int32_t Peek(size_t offset = 0) const {
    size_t at = pos_ + offset;
    return at < pattern_.size() ? pattern_[at] : kEnd;
  }
  // The next source character: a code point with /u (surrogate pairs
  // combine), else a code unit.
  uint32_t NextCharacter();

  void Prescan();
  bool ParseGroupName(size_t* pos, std::u16string* name) const;
  bool ParseUnicodeEscapeBody(size_t* pos, bool unicode, uint32_t* value) const;
  const char* OpenGroup(std::vector<Group>* groups);
  bool ParseBraceQuantifier(bool* out_of_order);
  const char* ParseAtomEscape(Last* last);
  const char* ParseClass();
  const char* ParseClassAtom(ClassAtom* atom);
  const char* ParseLegacyOctal(ClassAtom* atom);
  const char* ParseProperty();
  static const char* Quantify(Last last);

  std::u16string_view pattern_;
  bool unicode_;
  size_t pos_ = 0;
  int capture_count_ = 0;
  bool has_named_groups_ = false;
  std::vector<std::u16string> prescanned_names_;
  std::vector<std::u16string> declared_names_;
  // Group-name errors, which V8 reports only once the whole pattern parsed.
  const char* deferred_error_ = nullptr;
};

uint32_t PatternValidator::NextCharacter() {
  uint32_t c = pattern_[pos_++];
  if (unicode_ && IsLead(static_cast<int32_t>(c)) && IsTrail(Peek())) {
    c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<uint32_t>(Peek()) - 0xDC00);
    pos_++;
  }
  return c;
}

void PatternValidator::Prescan() {
  bool in_class = false;
  size_t n = pattern_.size();
  for (size_t i = 0; i < n; i++) {
    char16_t c = pattern_[i];
    if (c == '\\') {
      i++;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      if (i + 1 < n && pattern_[i + 1] == '?') {
        if (i + 3 < n && pattern_[i + 2] == '<' && pattern_[i + 3] != '=' &&
            pattern_[i + 3] != '!') {
          capture_count_++;
          has_named_groups_ = true;
          size_t name_pos = i + 3;
          std::u16string name;
          if (ParseGroupName(&name_pos, &name)) prescanned_names_.push_back(name);
        }
      } else {
        capture_count_++;
      }
    }
  }
}

// \uXXXX (a \uLead\uTrail pair combines with /u) or, with `unicode`, \u{X..}.
// *pos is just after "\u"; advanced past the escape on success.
bool PatternValidator::ParseUnicodeEscapeBody(size_t* pos, bool unicode, uint32_t* value) const {
  auto at = [&](size_t i) -> int32_t { return i < pattern_.size() ? pattern_[i] : kEnd; };
  size_t i = *pos;
  if (unicode && at(i) == '{') {
    i++;
    uint32_t v = 0;
    int digits = 0;
    while (IsHex(at(i))) {
      v = v * 16 + HexValue(at(i));
      if (v > 0x10FFFF) return false;
      digits++;
      i++;
    }
    if (digits == 0 || at(i) != '}') return false;
    *value = v;
    *pos = i + 1;
    return true;
  }
  uint32_t v = 0;
  for (int k = 0; k < 4; k++) {
    if (!IsHex(at(i + k))) return false;
    v = v * 16 + HexValue(at(i + k));
  }
  i += 4;
  if (unicode && IsLead(static_cast<int32_t>(v)) && at(i) == '\\' && at(i + 1) == 'u') {
    uint32_t trail = 0;
    bool ok = true;
    for (int k = 0; k < 4; k++) {
      if (!IsHex(at(i + 2 + k))) {
        ok = false;
        break;
      }
      trail = trail * 16 + HexValue(at(i + 2 + k));
    }
    if (ok && IsTrail(static_cast<int32_t>(trail))) {
      v = 0x10000 + ((v - 0xD800) << 10) + (trail - 0xDC00);
      i += 6;
    }
  }
  *value = v;
  *pos = i;
  return true;
}

// GroupName :: `<` RegExpIdentifierName `>`; *pos is just after `<`.
bool PatternValidator::ParseGroupName(size_t* pos, std::u16string* name) const {
  size_t i = *pos;
  bool first = true;
  for (;;) {
    if (i >= pattern_.size()) return false;
    uint32_t c = pattern_[i];
    if (c == '>' && !first) break;
    if (c == '\\') {
      if (i + 1 >= pattern_.size() || pattern_[i + 1] != 'u') return false;
      i += 2;
      // RegExpIdentifierName takes \u{...} in every mode.
      if (!ParseUnicodeEscapeBody(&i, true, &c)) return false;
    } else {
      i++;
      if (IsLead(static_cast<int32_t>(c)) && i < pattern_.size() && IsTrail(pattern_[i])) {
        c = 0x10000 + ((c - 0xD800) << 10) + (pattern_[i] - 0xDC00u);
        i++;
      }
    }
    if (first ? !Lexer::IsIdentifierStart(c) : !Lexer::IsIdentifierPart(c)) return false;
    if (c >= 0x10000) {
      name->push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      name->push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      name->push_back(static_cast<char16_t>(c));
    }
    first = false;
  }
  *pos = i + 1;
  return true;
}

const char* PatternValidator::Quantify(Last last) {
  switch (last) {
    case Last::kNothing:
    case Last::kAssertion:
      return "Nothing to repeat";
    case Last::kLookbehind:
      return "Invalid quantifier";
    case Last::kAtom:
    case Last::kLookahead:
      return nullptr;
  }
  return nullptr;
}

// After `(`: (?:  (?=  (?!  (?<=  (?<!  (?<name>  or a plain capture.
const char* PatternValidator::OpenGroup(std::vector<Group>* groups) {
  if (Peek() != '?') {
    groups->push_back(Group::kPlain);
    return nullptr;
  }
  pos_++;
  int32_t c = Peek();
  if (c == ':') {
    pos_++;
    groups->push_back(Group::kPlain);
  } else if (c == '=' || c == '!') {
    pos_++;
    groups->push_back(Group::kLookahead);
  } else if (c == '<' && (Peek(1) == '=' || Peek(1) == '!')) {
    pos_ += 2;
    groups->push_back(Group::kLookbehind);
  } else if (c == '<') {
    pos_++;
    std::u16string name;
    if (!ParseGroupName(&pos_, &name)) return "Invalid capture group name";
    if (std::find(declared_names_.begin(), declared_names_.end(), name) != declared_names_.end() &&
        deferred_error_ == nullptr) {
      deferred_error_ = "Duplicate capture group name";
    }
    declared_names_.push_back(name);
    groups->push_back(Group::kPlain);
  } else {
    return "Invalid group";
  }
  return nullptr;
}

// {n} {n,} {n,m} at `{`. Returns false (pos_ unchanged) when the text is no
// quantifier (a literal `{` without /u).
bool PatternValidator::ParseBraceQuantifier(bool* out_of_order) {
  size_t i = pos_ + 1;
  auto at = [&](size_t k) -> int32_t { return k < pattern_.size() ? pattern_[k] : kEnd; };
  auto digits = [&](uint64_t* value) {
    size_t start = i;
    *value = 0;
    while (IsDigit(at(i))) {
      *value = std::min<uint64_t>(*value * 10 + (at(i) - '0'), UINT32_MAX);
      i++;
    }
    return i > start;
  };
  uint64_t min = 0;
  uint64_t max = 0;
  if (!digits(&min)) return false;
  max = min;
  if (at(i) == ',') {
    i++;
    if (!digits(&max)) max = UINT64_MAX;
  }
  if (at(i) != '}') return false;
  pos_ = i + 1;
  *out_of_order = min > max;
  return true;
}

const char* PatternValidator::ParseProperty() {
  if (Peek() != '{') return "Invalid property name";
  pos_++;
  std::string name;
  std::string value;
  bool has_value = false;
  for (;;) {
    int32_t c = Peek();
    if (c == '}') break;
    if (c == '=' && !has_value) {
      has_value = true;
    } else if (IsAsciiLetter(c) || IsDigit(c) || c == '_') {
      (has_value ? value : name).push_back(static_cast<char>(c));
    } else {
      return "Invalid property name";
    }
    pos_++;
  }
  pos_++;
  bool valid;
  if (has_value) {
    if (name == "General_Category" || name == "gc") {
      valid = InSortedNames(unicode::kGeneralCategoryValues, value);
    } else if (name == "Script" || name == "sc" || name == "Script_Extensions" ||
               name == "scx") {
      valid = InSortedNames(unicode::kScriptValues, value);
    } else {
      valid = false;
    }
  } else {
    valid = InSortedNames(unicode::kGeneralCategoryValues, name) ||
            InSortedNames(unicode::kBinaryPropertyNames, name);
  }
  return valid ? nullptr : "Invalid property name";
}

// After `\` outside a class.
const char* PatternValidator::ParseAtomEscape(Last* last) {
  pos_++;
  int32_t c = Peek();
  *last = Last::kAtom;
  switch (c) {
    case kEnd:
      return "\\ at end of pattern";
    case 'b':
    case 'B':
      pos_++;
      *last = Last::kAssertion;
      return nullptr;
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
      size_t i = pos_;
      uint64_t n = 0;
      while (i < pattern_.size() && IsDigit(pattern_[i])) {
        n = std::min<uint64_t>(n * 10 + (pattern_[i] - '0'), UINT32_MAX);
        i++;
      }
      if (n <= static_cast<uint64_t>(capture_count_)) {
        pos_ = i;
        return nullptr;
      }
      if (unicode_) return "Invalid escape";
      // Annex B: an octal escape or an identity escape; the digits after
      // the first are ordinary pattern characters either way.
      pos_++;
      return nullptr;
    }
    case '0':
      pos_++;
      if (unicode_ && IsDigit(Peek())) return "Invalid decimal escape";
      return nullptr;
    case 'k':
      pos_++;
      if (unicode_ || has_named_groups_) {
        if (Peek() != '<') return "Invalid named reference";
        pos_++;
        std::u16string name;
        if (!ParseGroupName(&pos_, &name)) return "Invalid named reference";
        if (std::find(prescanned_names_.begin(), prescanned_names_.end(), name) ==
                prescanned_names_.end() &&
            deferred_error_ == nullptr) {
          deferred_error_ = "Invalid named capture referenced";
        }
      }
      return nullptr;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
    case 'f': case 'n': case 'r': case 't': case 'v':
      pos_++;
      return nullptr;
    case 'p':
    case 'P':
      pos_++;
      return unicode_ ? ParseProperty() : nullptr;
    case 'c':
      if (IsAsciiLetter(Peek(1))) {
        pos_ += 2;
        return nullptr;
      }
      // Annex B: `\` is then a literal backslash and `c` a character.
      return unicode_ ? "Invalid Unicode escape" : nullptr;
    case 'x':
      pos_++;
      if (IsHex(Peek()) && IsHex(Peek(1))) {
        pos_ += 2;
        return nullptr;
      }
      return unicode_ ? "Invalid escape" : nullptr;
    case 'u': {
      pos_++;
      uint32_t value;
      if (ParseUnicodeEscapeBody(&pos_, unicode_, &value)) return nullptr;
      return unicode_ ? "Invalid Unicode escape" : nullptr;
    }
    default:
      if (unicode_ && !IsSyntaxCharacter(c) && c != '/') return "Invalid escape";
      pos_++;
      return nullptr;
  }
}

// Annex B LegacyOctalEscapeSequence in a class, at its first digit.
const char* PatternValidator::ParseLegacyOctal(ClassAtom* atom) {
  int32_t first = Peek();
  uint32_t value = static_cast<uint32_t>(first - '0');
  pos_++;
  if (IsOctalDigit(Peek())) {
    value = value * 8 + static_cast<uint32_t>(Peek() - '0');
    pos_++;
    if (first <= '3' && IsOctalDigit(Peek())) {
      value = value * 8 + static_cast<uint32_t>(Peek() - '0');
      pos_++;
    }
  }
  atom->value = value;
  return nullptr;
}

const char* PatternValidator::ParseClassAtom(ClassAtom* atom) {
  if (Peek() != '\\') {
    atom->value = NextCharacter();
    return nullptr;
  }
  pos_++;
  int32_t c = Peek();
  switch (c) {
    case kEnd:
      return "\\ at end of pattern";
    case 'b':
      pos_++;
      atom->value = 8;
      return nullptr;
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
      pos_++;
      atom->is_set = true;
      return nullptr;
    case 'p':
    case 'P':
      pos_++;
      if (!unicode_) {
        atom->value = static_cast<uint32_t>(c);
        return nullptr;
      }
      atom->is_set = true;
      return ParseProperty();
    case 'f': pos_++; atom->value = '\f'; return nullptr;
    case 'n': pos_++; atom->value = '\n'; return nullptr;
    case 'r': pos_++; atom->value = '\r'; return nullptr;
    case 't': pos_++; atom->value = '\t'; return nullptr;
    case 'v': pos_++; atom->value = '\v'; return nullptr;
    case 'c': {
      int32_t next = Peek(1);
      // Annex B ClassControlLetter also takes digits and `_`.
      if (IsAsciiLetter(next) || (!unicode_ && (IsDigit(next) || next == '_'))) {
        pos_ += 2;
        atom->value = static_cast<uint32_t>(next) % 32;
        return nullptr;
      }
      if (unicode_) return "Invalid Unicode escape";
      atom->value = '\\';  // the backslash alone; `c` is read next
      return nullptr;
    }
    case '0':
      if (unicode_) {
        if (IsDigit(Peek(1))) return "Invalid class escape";
        pos_++;
        atom->value = 0;
        return nullptr;
      }
      return ParseLegacyOctal(atom);
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      if (unicode_) return "Invalid class escape";
      if (IsOctalDigit(c)) return ParseLegacyOctal(atom);
      pos_++;
      atom->value = static_cast<uint32_t>(c);
      return nullptr;
    case 'x':
      pos_++;
      if (IsHex(Peek()) && IsHex(Peek(1))) {
        atom->value = static_cast<uint32_t>(HexValue(Peek()) * 16 + HexValue(Peek(1)));
        pos_ += 2;
        return nullptr;
      }
      if (unicode_) return "Invalid escape";
      atom->value = 'x';
      return nullptr;
    case 'u':
      pos_++;
      if (ParseUnicodeEscapeBody(&pos_, unicode_, &atom->value)) return nullptr;
      if (unicode_) return "Invalid Unicode escape";
      atom->value = 'u';
      return nullptr;
    case '-':
      pos_++;
      atom->value = '-';
      return nullptr;
    case 'k':
      if (unicode_ || has_named_groups_) return "Invalid escape";
      pos_++;
      atom->value = 'k';
      return nullptr;
    default:
      if (unicode_ && !IsSyntaxCharacter(c) && c != '/') return "Invalid escape";
      atom->value = NextCharacter();
      return nullptr;
  }
}

// After `[`.
const char* PatternValidator::ParseClass() {
  if (Peek() == '^') pos_++;
  for (;;) {
    int32_t c = Peek();
    if (c == kEnd) return "Unterminated character class";
    if (c == ']') {
      pos_++;
      return nullptr;
    }
    ClassAtom from;
    if (const char* error = ParseClassAtom(&from)) return error;
    if (Peek() == '-' && Peek(1) != ']' && Peek(1) != kEnd) {
      pos_++;
      ClassAtom to;
      if (const char* error = ParseClassAtom(&to)) return error;
      if (from.is_set || to.is_set) {
        if (unicode_) return "Invalid character class";
        continue;  // Annex B: the `-` is a literal
      }
      if (from.value > to.value) return "Range out of order in character class";
    }
  }
}

const char* PatternValidator::Run() {
  Prescan();
  std::vector<Group> groups;
  Last last = Last::kNothing;
  for (;;) {
    int32_t c = Peek();
    switch (c) {
      case kEnd:
        return groups.empty() ? deferred_error_ : "Unterminated group";
      case '|':
        pos_++;
        last = Last::kNothing;
        break;
      case '(': {
        pos_++;
        if (const char* error = OpenGroup(&groups)) return error;
        last = Last::kNothing;
        break;
      }
      case ')': {
        pos_++;
        if (groups.empty()) return "Unmatched ')'";
        Group group = groups.back();
        groups.pop_back();
        if (group == Group::kLookahead) {
          last = unicode_ ? Last::kLookbehind : Last::kLookahead;
        } else if (group == Group::kLookbehind) {
          last = Last::kLookbehind;
        } else {
          last = Last::kAtom;
        }
        break;
      }
      case '^':
      case '$':
        pos_++;
        last = Last::kAssertion;
        break;
      case '*':
      case '+':
      case '?':
        pos_++;
        if (const char* error = Quantify(last)) return error;
        if (Peek() == '?') pos_++;
        last = Last::kNothing;
        break;
      case '{': {
        bool out_of_order = false;
        if (ParseBraceQuantifier(&out_of_order)) {
          // V8's order: nothing to repeat, then the numbers, then the target.
          if (last == Last::kNothing || last == Last::kAssertion) return Quantify(last);
          if (out_of_order) return "numbers out of order in {} quantifier";
          if (const char* error = Quantify(last)) return error;
          if (Peek() == '?') pos_++;
          last = Last::kNothing;
        } else {
          if (unicode_) {
            bool after_term = last != Last::kNothing && last != Last::kAssertion;
            return after_term ? "Incomplete quantifier" : "Lone quantifier brackets";
          }
          pos_++;
          last = Last::kAtom;
        }
        break;
      }
      case '}':
      case ']':
        if (unicode_) return "Lone quantifier brackets";
        pos_++;
        last = Last::kAtom;
        break;
      case '[':
        pos_++;
        if (const char* error = ParseClass()) return error;
        last = Last::kAtom;
        break;
      case '\\':
        if (const char* error = ParseAtomEscape(&last)) return error;
        break;
      default:
        NextCharacter();
        last = Last::kAtom;
        break;
    }
  }
}

}  // namespace

const char* ValidateRegExpPattern(std::u16string_view pattern, bool unicode) {
  PatternValidator validator(pattern, unicode);
  return validator.Run();
}

}  // namespace lucid
