// Copyright 2025 the Lucid authors. MIT license.
// Strings: widths, ropes, flattening, internalization, hashes, UTF-8.
#include <string>
#include <vector>

#include "tests/unit/objects/objects_test_util.h"
#include "vm/objects/string_table.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

using StringTest = ObjectsTest;

TEST_F(StringTest, OneAndTwoByteStorage) {
  Handle<String> ascii = Str("hello");
  EXPECT_TRUE(ascii->IsOneByteRepresentation());
  EXPECT_EQ(ascii->length(), 5);
  EXPECT_EQ(ascii->Get(1), 'e');
  Handle<String> latin1 = Str("caf\xC3\xA9");  // é is Latin-1: still one byte
  EXPECT_TRUE(latin1->IsOneByteRepresentation());
  EXPECT_EQ(latin1->Get(3), 0xE9);
  Handle<String> greek = Str("\xCE\xB1\xCE\xB2");  // αβ
  EXPECT_TRUE(greek->IsTwoByteRepresentation());
  EXPECT_EQ(greek->length(), 2);
  EXPECT_EQ(greek->Get(0), 0x3B1);
  Handle<String> emoji = Str("\xF0\x9F\x98\x80");  // U+1F600: a surrogate pair
  EXPECT_EQ(emoji->length(), 2);
  EXPECT_EQ(emoji->Get(0), 0xD83D);
  EXPECT_EQ(emoji->Get(1), 0xDE00);
  EXPECT_EQ(emoji->ToUTF8(), "\xF0\x9F\x98\x80");
}

TEST_F(StringTest, EqualityIgnoresWidth) {
  const uint16_t units[] = {'a', 'b', 'c'};
  Handle<SeqTwoByteString> wide = factory()->NewRawTwoByteString(3);
  for (int i = 0; i < 3; ++i) wide->GetChars()[i] = units[i];
  Handle<String> narrow = Str("abc");
  EXPECT_TRUE(wide->Equals(*narrow));
  uint64_t seed = factory()->hash_seed();
  EXPECT_EQ(wide->EnsureHash(seed), narrow->EnsureHash(seed));
  // (Handles first: a raw String* dies at the next allocation.)
  Handle<String> abc = Str("abc"), abd = Str("abd"), b = Str("b"), ab = Str("ab");
  EXPECT_LT(String::Compare(*abc, *abd), 0);
  EXPECT_GT(String::Compare(*b, *abc), 0);
  EXPECT_LT(String::Compare(*ab, *abc), 0);
}

TEST_F(StringTest, LoneSurrogatesBecomeReplacementCharacter) {
  const uint16_t lone[] = {'a', 0xD800, 'b', 0xDC00};
  Handle<String> s = factory()->NewStringFromTwoByte(lone);
  EXPECT_EQ(s->ToUTF8(), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  // Malformed UTF-8 input decodes to U+FFFD too.
  Handle<String> bad = Str("x\xFFy");
  EXPECT_EQ(bad->length(), 3);
  EXPECT_EQ(bad->Get(1), 0xFFFD);
}

TEST_F(StringTest, ShortConcatenationIsFlatLongIsRope) {
  Handle<String> a = Str("abc");
  Handle<String> b = Str("def");
  Handle<String> ab = factory()->NewConsString(a, b).ToHandleChecked();
  EXPECT_TRUE(ab->IsSequential());
  EXPECT_TRUE(ab->EqualsAscii("abcdef"));
  Handle<String> long1 = Str("0123456789");
  Handle<String> rope = factory()->NewConsString(long1, long1).ToHandleChecked();
  EXPECT_TRUE(rope->IsCons());
  EXPECT_EQ(rope->length(), 20);
  EXPECT_EQ(rope->Get(15), '5');
  Handle<String> flat = String::Flatten(isolate(), rope);
  EXPECT_TRUE(flat->IsSequential());
  EXPECT_TRUE(flat->EqualsAscii("01234567890123456789"));
  EXPECT_TRUE(rope->IsFlat());  // the rope now short-circuits to {flat}
}

TEST_F(StringTest, MillionDeepRopeFlattensWithoutRecursion) {
  // s = s + "x" a million times: a left-leaning rope 1e6 deep. A recursive
  // flatten would overflow the native stack. (Heap verification after each
  // of the ~50 scavenges this takes is skipped: it is quadratic here.)
  isolate()->mutable_flags().verify_heap = false;
  Handle<String> s = Str("start-of-rope");
  Handle<String> x = Str("x");
  for (int i = 0; i < 1000000; ++i) {
    HandleScope scope(isolate());
    s = Handle<String>(scope.CloseAndEscape(factory()->NewConsString(s, x).ToHandleChecked()));
  }
  // Right-leaning too: "y" + s.
  Handle<String> y = Str("y");
  for (int i = 0; i < 1000; ++i) {
    HandleScope scope(isolate());
    s = Handle<String>(scope.CloseAndEscape(factory()->NewConsString(y, s).ToHandleChecked()));
  }
  EXPECT_EQ(s->length(), 13 + 1000000 + 1000);
  Handle<String> flat = String::Flatten(isolate(), s);
  EXPECT_EQ(flat->length(), 13 + 1000000 + 1000);
  EXPECT_EQ(flat->Get(0), 'y');
  EXPECT_EQ(flat->Get(1000), 's');
  EXPECT_EQ(flat->Get(1000 + 13), 'x');
  EXPECT_EQ(flat->Get(flat->length() - 1), 'x');
}

TEST_F(StringTest, ConcatenationPastMaxLengthThrowsRangeError) {
  // Build a long string by doubling a rope (no copying), then overflow.
  Handle<String> s = Str("0123456789abcdef");
  while (s->length() <= String::kMaxLength / 2) s = factory()->NewConsString(s, s).ToHandleChecked();
  MaybeHandle<String> too_long = factory()->NewConsString(s, s);
  EXPECT_TRUE(too_long.is_null());
  ASSERT_TRUE(isolate()->has_pending_exception());
  Handle<JSReceiver> error(JSReceiver::cast(isolate()->pending_exception()), isolate());
  EXPECT_EQ(String::cast(*Get(error, "message"))->ToUTF8(), "Invalid string length");
  isolate()->clear_pending_exception();
}

TEST_F(StringTest, InternalizationIsIdentity) {
  Handle<String> a = factory()->InternalizeUtf8("hello");
  Handle<String> b = factory()->InternalizeString(Str("hello"));
  EXPECT_EQ(*a, *b);
  EXPECT_TRUE(a->IsInternalizedString());
  // Two-byte and one-byte spellings of one content are one string.
  const uint16_t units[] = {'h', 'e', 'l', 'l', 'o'};
  Handle<SeqTwoByteString> wide = factory()->NewRawTwoByteString(5);
  for (int i = 0; i < 5; ++i) wide->GetChars()[i] = units[i];
  EXPECT_EQ(*factory()->InternalizeString(wide), *a);
  // The non-internalized original became a ThinString: the next lookup is
  // O(1) and needs no hashing.
  EXPECT_TRUE(wide->IsThin());
  EXPECT_EQ(*factory()->InternalizeString(wide), *a);
  // A rope internalizes by content.
  Handle<String> rope = factory()->NewConsString(Str("hello-hello-"), Str("world")).ToHandleChecked();
  Handle<String> r1 = factory()->InternalizeString(rope);
  EXPECT_EQ(*r1, *factory()->InternalizeUtf8("hello-hello-world"));
  // Roots are internalized.
  EXPECT_EQ(isolate()->roots().length_string(), factory()->InternalizeUtf8("length")->ToValue());
  EXPECT_EQ(isolate()->roots().empty_string(), factory()->InternalizeUtf8("")->ToValue());
}

TEST_F(StringTest, TableGrowsAndKeepsEveryString) {
  std::vector<std::string> texts;
  for (int i = 0; i < 5000; ++i) texts.push_back("key" + std::to_string(i));
  Handle<FixedArray> kept = factory()->NewFixedArray(5000);
  for (int i = 0; i < 5000; ++i) {
    HandleScope scope(isolate());
    Value internalized = factory()->InternalizeUtf8(texts[static_cast<size_t>(i)])->ToValue();
    kept->set(i, internalized);
  }
  FullGC();
  for (int i = 0; i < 5000; ++i) {
    HandleScope scope(isolate());
    EXPECT_EQ(factory()->InternalizeUtf8(texts[static_cast<size_t>(i)])->ToValue(), kept->get(i));
  }
}

TEST_F(StringTest, HashCachesArrayIndex) {
  uint64_t seed = factory()->hash_seed();
  uint32_t index = 0;
  Handle<String> seven = Str("7");
  EXPECT_FALSE(seven->HasHashCode());
  EXPECT_TRUE(seven->AsArrayIndex(seed, &index));
  EXPECT_EQ(index, 7u);
  EXPECT_TRUE(seven->HasHashCode());
  EXPECT_TRUE(StringHasher::IsArrayIndex(seven->raw_hash_field()));
  EXPECT_FALSE(Str("07")->AsArrayIndex(seed, &index));
  EXPECT_FALSE(Str("-1")->AsArrayIndex(seed, &index));
  EXPECT_FALSE(Str("4294967295")->AsArrayIndex(seed, &index));
  EXPECT_TRUE(Str("4294967294")->AsArrayIndex(seed, &index));
  EXPECT_EQ(index, 4294967294u);
  // The hash is content-based and stable for equal strings.
  EXPECT_EQ(Str("some key")->EnsureHash(seed), Str("some key")->EnsureHash(seed));
}

TEST_F(StringTest, SymbolsAreUniqueNames) {
  Handle<Symbol> a = factory()->NewSymbol(Str("tag"));
  Handle<Symbol> b = factory()->NewSymbol(Str("tag"));
  EXPECT_NE(*a, *b);
  EXPECT_TRUE(a->HasHashCode());
  EXPECT_EQ(a->ToDescriptiveString(), "Symbol(tag)");
  Handle<Symbol> p = factory()->NewPrivateSymbol(Str("slot"));
  EXPECT_TRUE(p->IsPrivate());
  Symbol* iterator = Symbol::cast(isolate()->roots().iterator_symbol());
  EXPECT_TRUE(iterator->is_well_known());
  EXPECT_EQ(iterator->ToDescriptiveString(), "Symbol(Symbol.iterator)");
  EXPECT_TRUE(Symbol::cast(isolate()->roots().error_stack_symbol())->is_private());
}

TEST_F(StringTest, StringsSurviveGC) {
  Handle<String> young = Str("a young string");
  Handle<String> rope = factory()->NewConsString(young, Str(" and a rope part")).ToHandleChecked();
  Handle<String> internalized = factory()->InternalizeUtf8("internalized!");
  Address before = young->address();
  Scavenge();
  if (!isolate()->flags().gc_stress) {
    EXPECT_NE(young->address(), before);  // moved
  }
  EXPECT_TRUE(young->EqualsAscii("a young string"));
  Scavenge();  // second survival: promoted
  FullGC();
  EXPECT_TRUE(String::Flatten(isolate(), rope)->EqualsAscii("a young string and a rope part"));
  EXPECT_EQ(*internalized, *factory()->InternalizeUtf8("internalized!"));
}

}  // namespace
}  // namespace lucid
