// Copyright 2025 the Lucid authors. MIT license.
// String representations: reading, hashing, comparing, flattening ropes.
#include "vm/objects/string.h"

#include <algorithm>
#include <vector>

#include "vm/isolate.h"
#include "vm/objects/shape.h"
#include "vm/objects/factory.h"
#include "vm/objects/symbol.h"

namespace lucid {

namespace {

// Calls {visit}(FlatContent) for each sequential piece of {string} in order,
// without recursion: right halves wait on an explicit stack. A left-deep
// rope (s = s + "x", the usual way to build one) pushes one entry per level,
// so callers that may see deep ropes flatten first when they can.
template <typename Visit>
void ForEachSegment(const String* string, Visit visit) {
  std::vector<const String*> pending;
  const String* current = string;
  while (true) {
    if (current->IsThin()) {
      current = ThinString::cast(current->ToValue())->actual();
      continue;
    }
    if (current->IsCons()) {
      const ConsString* cons = ConsString::cast(current->ToValue());
      if (cons->second()->length() != 0) pending.push_back(cons->second());
      current = cons->first();
      continue;
    }
    if (current->length() != 0) visit(current->GetFlatChars());
    if (pending.empty()) return;
    current = pending.back();
    pending.pop_back();
  }
}

template <typename Char>
void CopyUnits(const String::FlatContent& content, int from, int to, Char* sink) {
  if (content.is_one_byte) {
    std::copy(content.one_byte + from, content.one_byte + to, sink);
  } else {
    for (int i = from; i < to; ++i) sink[i - from] = static_cast<Char>(content.two_byte[i]);
  }
}

void AppendUTF8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace

// -- Representation -----------------------------------------------------------------

bool String::HasTwoByteStorage() const {
  const String* current = this;
  while (current->IsThin()) current = ThinString::cast(current->ToValue())->actual();
  return (current->raw_hash_field() & StringHasher::kTwoByteLeafBit) != 0 || current->IsTwoByteRepresentation();
}

bool String::IsFlat() const {
  if (IsCons()) return ConsString::cast(ToValue())->second()->length() == 0 &&
                       ConsString::cast(ToValue())->first()->IsFlat();
  return true;  // sequential or thin
}

const String* String::GetFlatContent() const {
  const String* current = this;
  while (true) {
    if (current->IsThin()) {
      current = ThinString::cast(current->ToValue())->actual();
    } else if (current->IsCons()) {
      DCHECK(ConsString::cast(current->ToValue())->second()->length() == 0);
      current = ConsString::cast(current->ToValue())->first();
    } else {
      return current;
    }
  }
}

String::FlatContent String::GetFlatChars() const {
  const String* flat = GetFlatContent();
  FlatContent content{};
  content.length = flat->length();
  if (flat->IsOneByteRepresentation()) {
    content.is_one_byte = true;
    content.one_byte = SeqOneByteString::cast(flat->ToValue())->GetChars();
  } else {
    content.is_one_byte = false;
    content.two_byte = SeqTwoByteString::cast(flat->ToValue())->GetChars();
  }
  return content;
}

uint16_t String::Get(int index) const {
  DCHECK(index >= 0 && index < length());
  const String* current = this;
  while (true) {
    if (current->IsOneByteRepresentation()) {
      return SeqOneByteString::cast(current->ToValue())->Get(index);
    }
    if (current->IsTwoByteRepresentation()) {
      return SeqTwoByteString::cast(current->ToValue())->Get(index);
    }
    if (current->IsThin()) {
      current = ThinString::cast(current->ToValue())->actual();
      continue;
    }
    const ConsString* cons = ConsString::cast(current->ToValue());
    int first_length = cons->first()->length();
    if (index < first_length) {
      current = cons->first();
    } else {
      index -= first_length;
      current = cons->second();
    }
  }
}

// -- Writing ------------------------------------------------------------------------

template <typename Char>
void String::WriteToFlat(const String* source, Char* sink, int from, int to) {
  // Pieces still to write: (string, from, to, sink). Only a cons whose both
  // halves are ropes pushes one; a rope grown at one end (s = s + "x" or
  // s = "x" + s) writes its flat half at once and loops on the other, so a
  // 1e6-deep left- or right-leaning rope needs no stack at all.
  struct Pending {
    const String* string;
    int from, to;
    Char* sink;
  };
  std::vector<Pending> pending;
  while (true) {
    if (from < to) {
      if (source->IsThin()) {
        source = ThinString::cast(source->ToValue())->actual();
        continue;
      }
      if (source->IsSequential()) {
        CopyUnits(source->GetFlatChars(), from, to, sink);
      } else {
        const ConsString* cons = ConsString::cast(source->ToValue());
        const String* first = cons->first();
        const String* second = cons->second();
        int boundary = first->length();
        if (to <= boundary) {
          source = first;
          continue;
        }
        if (from >= boundary) {
          source = second;
          from -= boundary;
          to -= boundary;
          continue;
        }
        // Both halves contribute.
        Char* second_sink = sink + (boundary - from);
        if (!second->IsCons()) {
          WriteToFlat(second, second_sink, 0, to - boundary);  // flat: no recursion below
          source = first;
          to = boundary;
        } else if (!first->IsCons()) {
          WriteToFlat(first, sink, from, boundary);
          source = second;
          sink = second_sink;
          to -= boundary;
          from = 0;
        } else {
          pending.push_back({second, 0, to - boundary, second_sink});
          source = first;
          to = boundary;
        }
        continue;
      }
    }
    if (pending.empty()) return;
    Pending next = pending.back();
    pending.pop_back();
    source = next.string;
    from = next.from;
    to = next.to;
    sink = next.sink;
  }
}

template void String::WriteToFlat<uint8_t>(const String*, uint8_t*, int, int);
template void String::WriteToFlat<uint16_t>(const String*, uint16_t*, int, int);

Handle<String> String::Flatten(Isolate* isolate, Handle<String> string) {
  if (string->IsThin()) return handle(ThinString::cast(string->ToValue())->actual(), isolate);
  if (!string->IsCons()) return string;
  if (ConsString::cast(string->ToValue())->second()->length() == 0) {
    return Flatten(isolate, handle(ConsString::cast(string->ToValue())->first(), isolate));
  }
  Factory* factory = FactoryOf(isolate);
  int length = string->length();
  Handle<String> flat;
  if ((string->raw_hash_field() & StringHasher::kTwoByteLeafBit) == 0) {
    Handle<SeqOneByteString> result = factory->NewRawOneByteString(length);
    DisallowGC no_gc;
    WriteToFlat(*string, result->GetChars(), 0, length);
    flat = result;
  } else {
    Handle<SeqTwoByteString> result = factory->NewRawTwoByteString(length);
    DisallowGC no_gc;
    WriteToFlat(*string, result->GetChars(), 0, length);
    flat = result;
  }
  // Keep the hash the rope may have computed, then short-circuit it.
  uint64_t hash = string->raw_hash_field() & ~StringHasher::kNonHashBits;
  flat->set_raw_hash_field(hash);
  ConsString* cons = ConsString::cast(string->ToValue());
  cons->set_first(*flat);
  cons->set_second(String::cast(isolate->roots().empty_string()));
  return flat;
}

// -- Hashing --------------------------------------------------------------------------

uint64_t String::EnsureRawHashField(uint64_t seed) {
  uint64_t field = raw_hash_field();
  if (StringHasher::IsComputed(field)) return field;
  uint64_t hash;
  int n = length();
  if (IsFlat()) {
    FlatContent content = GetFlatChars();
    hash = content.is_one_byte ? StringHasher::HashField(content.one_byte, n, seed)
                               : StringHasher::HashField(content.two_byte, n, seed);
  } else {
    // A rope is hashed in place: a short one through a buffer (it may be an
    // array index), a long one streamed segment by segment, the same
    // function StringHasher::HashCodeUnits computes on flat units.
    if (n <= 10) {
      uint16_t buffer[10];
      WriteToFlat(this, buffer, 0, n);
      hash = StringHasher::HashField(buffer, n, seed);
    } else {
      std::vector<uint16_t> units(static_cast<size_t>(n));
      WriteToFlat(this, units.data(), 0, n);
      hash = StringHasher::HashField(units.data(), n, seed);
    }
  }
  field = (field & StringHasher::kNonHashBits) | hash;
  set_raw_hash_field(field);
  // A thin string's hash lives in both cells already; nothing else to sync.
  return field;
}

bool String::AsArrayIndex(uint64_t seed, uint32_t* index) {
  if (length() == 0 || length() > 10) return false;
  uint64_t field = EnsureRawHashField(seed);
  if (!StringHasher::IsArrayIndex(field)) return false;
  *index = StringHasher::HashBits(field);
  return true;
}

// -- Comparison -----------------------------------------------------------------------

bool String::Equals(const String* other) const {
  if (this == other) return true;
  if (IsInternalizedString() && other->IsInternalizedString()) return false;
  int n = length();
  if (n != other->length()) return false;
  if (HasHashCode() && other->HasHashCode() && hash() != other->hash()) return false;
  if (IsFlat() && other->IsFlat()) {
    FlatContent a = GetFlatChars();
    FlatContent b = other->GetFlatChars();
    if (a.is_one_byte && b.is_one_byte) return std::equal(a.one_byte, a.one_byte + n, b.one_byte);
    for (int i = 0; i < n; ++i) {
      if (a.Get(i) != b.Get(i)) return false;
    }
    return true;
  }
  return Compare(this, other) == 0;
}

bool String::EqualsAscii(std::string_view ascii) const {
  if (static_cast<size_t>(length()) != ascii.size()) return false;
  if (IsFlat()) {
    FlatContent content = GetFlatChars();
    for (size_t i = 0; i < ascii.size(); ++i) {
      if (content.Get(static_cast<int>(i)) != static_cast<unsigned char>(ascii[i])) return false;
    }
    return true;
  }
  for (size_t i = 0; i < ascii.size(); ++i) {
    if (Get(static_cast<int>(i)) != static_cast<unsigned char>(ascii[i])) return false;
  }
  return true;
}

int String::Compare(const String* a, const String* b) {
  // Both sides are copied to units once; comparing ropes piecewise in
  // lockstep is not worth the code for a non-hot path (flat strings, the
  // common case, compare in place).
  int na = a->length(), nb = b->length();
  int n = std::min(na, nb);
  if (a->IsFlat() && b->IsFlat()) {
    FlatContent ca = a->GetFlatChars();
    FlatContent cb = b->GetFlatChars();
    for (int i = 0; i < n; ++i) {
      int d = static_cast<int>(ca.Get(i)) - static_cast<int>(cb.Get(i));
      if (d != 0) return d;
    }
    return na - nb;
  }
  std::vector<uint16_t> ua(static_cast<size_t>(na)), ub(static_cast<size_t>(nb));
  WriteToFlat(a, ua.data(), 0, na);
  WriteToFlat(b, ub.data(), 0, nb);
  for (int i = 0; i < n; ++i) {
    int d = static_cast<int>(ua[i]) - static_cast<int>(ub[i]);
    if (d != 0) return d;
  }
  return na - nb;
}

// -- UTF-8 ----------------------------------------------------------------------------

std::string String::ToUTF8() const {
  std::string out;
  out.reserve(static_cast<size_t>(length()));
  // A high surrogate at the end of one segment may pair with a low one at
  // the start of the next, so the pending lead survives across segments.
  uint32_t lead = 0;
  ForEachSegment(this, [&](const FlatContent& content) {
    for (int i = 0; i < content.length; ++i) {
      uint32_t unit = content.Get(i);
      if (lead != 0) {
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          AppendUTF8(0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00), &out);
          lead = 0;
          continue;
        }
        AppendUTF8(0xFFFD, &out);  // lone high surrogate
        lead = 0;
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        lead = unit;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        AppendUTF8(0xFFFD, &out);  // lone low surrogate
      } else {
        AppendUTF8(unit, &out);
      }
    }
  });
  if (lead != 0) AppendUTF8(0xFFFD, &out);
  return out;
}

std::string Symbol::ToDescriptiveString() const {
  std::string out = "Symbol(";
  if (lucid::IsString(description())) out += String::cast(description())->ToUTF8();
  out += ")";
  return out;
}

}  // namespace lucid
