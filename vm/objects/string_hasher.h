// Copyright 2025 the Lucid authors. MIT license.
// StringHasher: the one hash function for string contents, and the layout of
// the hash field every Name caches.

#ifndef LUCID_VM_OBJECTS_STRING_HASHER_H_
#define LUCID_VM_OBJECTS_STRING_HASHER_H_

#include <cstdint>
#include <span>

#include "vm/conversions.h"

namespace lucid {

// The raw hash field of a Name (word 2 of every String and Symbol cell). It
// is a raw word the GC scans as a Value: bits 48..63 stay zero, so it always
// decodes as a (denormal) double, never as a pointer.
//
//   63        48 47          35  34   33   32  31                    0
//  +------------+--------------+----+----+----+-----------------------+
//  |   0000     |   (zero)     | 2B | AI | HC |  hash, or the index   |
//  +------------+--------------+----+----+----+-----------------------+
//
//   HC  hash computed. 0 = not yet.
//   AI  the string is a canonical array index ("7", not "07"); the low 32
//       bits then hold the index itself, which is also the string's hash
//       (equal strings have equal indices, so this is a valid hash).
//   2B  (ConsString only) some leaf of the rope is two-byte, so flattening
//       makes a two-byte string. Set at creation; hashing preserves it.
//
// Hashes depend only on the UTF-16 code units, never on the storage width
// or the cell's address: one-byte "abc" and two-byte "abc" hash alike, and
// the string table is keyed by content (DESIGN.md: no container keyed by a
// heap address).
class StringHasher {
 public:
  static constexpr uint64_t kHashComputedBit = uint64_t{1} << 32;
  static constexpr uint64_t kIsArrayIndexBit = uint64_t{1} << 33;
  static constexpr uint64_t kTwoByteLeafBit = uint64_t{1} << 34;
  static constexpr uint64_t kHashMask = 0xFFFFFFFFu;
  // Bits that describe the representation, kept when a hash is stored.
  static constexpr uint64_t kNonHashBits = kTwoByteLeafBit;

  static constexpr bool IsComputed(uint64_t field) { return (field & kHashComputedBit) != 0; }
  static constexpr bool IsArrayIndex(uint64_t field) { return (field & kIsArrayIndexBit) != 0; }
  static constexpr uint32_t HashBits(uint64_t field) {
    return static_cast<uint32_t>(field & kHashMask);
  }

  // The hash field for the code units [chars, chars + length). {seed} comes
  // from the isolate (fixed under --predictable).
  template <typename Char>
  static uint64_t HashField(const Char* chars, int length, uint64_t seed) {
    uint32_t index;
    if (length <= 10 &&
        StringToArrayIndex(std::span<const Char>(chars, static_cast<size_t>(length)), &index)) {
      return kHashComputedBit | kIsArrayIndexBit | index;
    }
    return kHashComputedBit | HashCodeUnits(chars, length, seed);
  }

  // FNV-1a over each unit's two bytes, then a murmur3-style finalizer so the
  // low bits (which hash tables mask) depend on every input bit. Any 32-bit
  // result is valid: "computed" is a bit of its own.
  template <typename Char>
  static uint32_t HashCodeUnits(const Char* chars, int length, uint64_t seed) {
    uint32_t hash = 2166136261u ^ static_cast<uint32_t>(seed) ^ static_cast<uint32_t>(seed >> 32);
    for (int i = 0; i < length; ++i) {
      uint32_t unit = static_cast<uint16_t>(chars[i]);
      hash = (hash ^ (unit & 0xFF)) * 16777619u;
      hash = (hash ^ (unit >> 8)) * 16777619u;
    }
    return Finalize(hash ^ static_cast<uint32_t>(length));
  }

  // Mixes a 32-bit value (symbol hashes, identity hashes, number keys).
  static constexpr uint32_t Finalize(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_STRING_HASHER_H_
