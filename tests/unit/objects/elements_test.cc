// Copyright 2025 the Lucid authors. MIT license.
// Elements kinds, array length semantics, sparse arrays, GC of arrays.
#include "tests/unit/objects/objects_test_util.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements.h"
#include "vm/objects/js_array.h"

namespace lucid {
namespace {

class ElementsTest : public ObjectsTest {
 protected:
  Handle<JSArray> NewArray() { return factory()->NewJSArray(PACKED_SMI_ELEMENTS, 0, 0); }
  void SetIndex(Handle<JSReceiver> o, uint32_t i, Handle<Value> v) {
    MaybeBool ok = JSReceiver::SetProperty(isolate(), o, PropertyKey::FromIndex(i), v, StoreOrigin::kMaybeKeyed);
    ASSERT_TRUE(ok.has_value() && *ok);
  }
  Handle<Value> GetIndex(Handle<JSReceiver> o, uint32_t i) {
    return JSReceiver::GetProperty(isolate(), o, PropertyKey::FromIndex(i)).ToHandleChecked();
  }
  ElementsKind Kind(Handle<JSObject> o) { return o->shape()->elements_kind(); }
};

TEST_F(ElementsTest, KindsOnlyGeneralize) {
  Handle<JSArray> a = NewArray();
  SetIndex(a, 0, Int(1));
  SetIndex(a, 1, Int(2));
  EXPECT_EQ(Kind(a), PACKED_SMI_ELEMENTS);
  SetIndex(a, 2, Num(1.5));
  EXPECT_EQ(Kind(a), PACKED_DOUBLE_ELEMENTS);
  SetIndex(a, 0, Int(7));  // an int32 fits DOUBLE: no change back
  EXPECT_EQ(Kind(a), PACKED_DOUBLE_ELEMENTS);
  SetIndex(a, 3, Str("s"));
  EXPECT_EQ(Kind(a), PACKED_ELEMENTS);
  SetIndex(a, 10, Int(1));  // a gap: holey
  EXPECT_EQ(Kind(a), HOLEY_ELEMENTS);
  EXPECT_EQ(a->length(), 11u);
  EXPECT_TRUE(GetIndex(a, 5)->IsUndefined());
  EXPECT_FALSE(JSReceiver::HasOwnProperty(isolate(), a, PropertyKey::FromIndex(5)));
  // Arrays built the same way share shapes, kinds included.
  Handle<JSArray> b = NewArray();
  SetIndex(b, 0, Num(0.5));
  Handle<JSArray> c = NewArray();
  SetIndex(c, 0, Num(2.5));
  EXPECT_EQ(b->shape(), c->shape());
  EXPECT_EQ(b->shape(), factory()->JSArrayShapeFor(PACKED_DOUBLE_ELEMENTS).operator*());
}

TEST_F(ElementsTest, DeleteMakesHoley) {
  Handle<JSArray> a = NewArray();
  for (int i = 0; i < 4; ++i) SetIndex(a, static_cast<uint32_t>(i), Int(i));
  EXPECT_EQ(Kind(a), PACKED_SMI_ELEMENTS);
  EXPECT_TRUE(*JSReceiver::DeleteProperty(isolate(), a, PropertyKey::FromIndex(1)));
  EXPECT_EQ(Kind(a), HOLEY_SMI_ELEMENTS);
  EXPECT_EQ(a->length(), 4u);
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), a)), "0,2,3,length");
}

TEST_F(ElementsTest, LengthSemantics) {
  Handle<JSArray> a = NewArray();
  for (int i = 0; i < 10; ++i) SetIndex(a, static_cast<uint32_t>(i), Int(i));
  // Setting length truncates.
  Set(a, "length", Int(3));
  EXPECT_EQ(a->length(), 3u);
  EXPECT_TRUE(GetIndex(a, 5)->IsUndefined());
  EXPECT_EQ(*GetIndex(a, 2), Value::FromInt32(2));
  // Growing it adds holes only.
  Set(a, "length", Int(6));
  EXPECT_EQ(a->length(), 6u);
  EXPECT_TRUE(IsHoleyElementsKind(Kind(a)));
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), a)), "0,1,2,length");
  EXPECT_EQ(*Get(a, "length"), Value::FromInt32(6));
  // An invalid length is a RangeError.
  MaybeBool bad = JSReceiver::SetProperty(isolate(), a, PKey("length"), Num(-1));
  EXPECT_FALSE(bad.has_value());
  EXPECT_TRUE(isolate()->has_pending_exception());
  isolate()->clear_pending_exception();
  // "length" is not enumerable and not deletable.
  PropertyDescriptor desc;
  ASSERT_TRUE(JSReceiver::GetOwnPropertyDescriptor(isolate(), a, PKey("length"), &desc));
  EXPECT_TRUE(desc.writable);
  EXPECT_FALSE(desc.enumerable);
  EXPECT_FALSE(desc.configurable);
  EXPECT_FALSE(*JSReceiver::DeleteProperty(isolate(), a, PKey("length")));
  // A read-only length stops appends.
  JSReceiver::DefineOwnProperty(isolate(), a, PKey("length"), [&] {
    PropertyDescriptor ro;
    ro.has_writable = true;
    ro.writable = false;
    return ro;
  }());
  EXPECT_FALSE(*JSReceiver::SetProperty(isolate(), a, PropertyKey::FromIndex(6), Int(1)));
  EXPECT_EQ(a->length(), 6u);
}

TEST_F(ElementsTest, VerySparseArraysUseDictionaryElements) {
  Handle<JSArray> a = NewArray();
  SetIndex(a, 0, Int(1));
  SetIndex(a, 1000000, Int(2));
  EXPECT_EQ(Kind(a), DICTIONARY_ELEMENTS);
  EXPECT_EQ(a->length(), 1000001u);
  EXPECT_EQ(*GetIndex(a, 1000000), Value::FromInt32(2));
  SetIndex(a, 4294967294u, Int(3));
  EXPECT_EQ(a->length(), 4294967295u);
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), a)), "0,1000000,4294967294,length");
  Set(a, "length", Int(5));
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), a)), "0,length");
  // 4294967295 is not an index: a named property, length unchanged.
  Set(a, "4294967295", Int(9));
  EXPECT_EQ(a->length(), 5u);
}

// A table whose size holds steady under inserts and deletes rehashes (a
// full copy) only now and then: a rehash leaves room for half as many
// entries again, not a table at the load that triggers the next one.
TEST_F(ElementsTest, DictionaryChurnRehashesRarely) {
  HandleScope scope(isolate());
  Handle<Dictionary> table = Dictionary::New(isolate(), InstanceType::kNumberDictionary, 1);
  PropertyDetails details = PropertyDetails::Dictionary(PropertyKind::kData, NONE, 0);
  constexpr int kLive = 1000;
  for (int i = 0; i < kLive; i++) table = Dictionary::Add(isolate(), table, Int(i), Int(i), details);
  int rehashes = 0;
  for (int i = 0; i < 20000; i++) {
    Dictionary* before = *table;
    int entry = table->FindEntry(static_cast<uint32_t>(i));
    ASSERT_GE(entry, 0);
    table = Dictionary::DeleteEntry(isolate(), table, entry);
    table = Dictionary::Add(isolate(), table, Int(kLive + i), Int(i), details);
    if (*table != before) rehashes++;
  }
  EXPECT_EQ(table->NumberOfElements(), kLive);
  EXPECT_GE(table->FindEntry(static_cast<uint32_t>(kLive + 19999)), 0);
  EXPECT_LT(table->FindEntry(static_cast<uint32_t>(19999)), 0);
  // Each rehash leaves at least an eighth of the capacity (>= 256 slots
  // here) to fill with deleted entries before the next: at most ~80.
  EXPECT_LT(rehashes, 100);
}

TEST_F(ElementsTest, IndexKeysAreCanonical) {
  Handle<JSObject> o = factory()->NewJSObject();
  Set(o, "7", Int(1));
  EXPECT_EQ(*GetIndex(o, 7), Value::FromInt32(1));  // "7" and 7 are one key
  PropertyKey from_double = PropertyKey::From(isolate(), Num(7.0));
  EXPECT_TRUE(from_double.is_index());
  PropertyKey minus_zero = PropertyKey::From(isolate(), Num(-0.0));
  EXPECT_TRUE(minus_zero.is_index());  // ToString(-0) is "0"
  EXPECT_EQ(minus_zero.index(), 0u);
  PropertyKey fraction = PropertyKey::From(isolate(), Num(1.5));
  EXPECT_TRUE(fraction.is_name());
  EXPECT_EQ(fraction.ToDebugString(), "1.5");
  PropertyKey negative = PropertyKey::From(isolate(), Int(-1));
  EXPECT_EQ(negative.ToDebugString(), "-1");
  EXPECT_TRUE(PropertyKey::From(isolate(), Handle<Value>(Str("07"))).is_name());
  EXPECT_TRUE(PropertyKey::From(isolate(), Handle<Value>(Str("42"))).is_index());
  EXPECT_EQ(PropertyKey::From(isolate(), handle(Value::True(), isolate())).ToDebugString(), "true");
  EXPECT_TRUE(o->shape()->has_fast_properties());
  EXPECT_EQ(o->shape()->number_of_own_descriptors(), 0);  // "7" went to elements
}

TEST_F(ElementsTest, ArraysSurviveGC) {
  Handle<JSArray> a = NewArray();
  for (int i = 0; i < 100; ++i) SetIndex(a, static_cast<uint32_t>(i), Str("e" + std::to_string(i)));
  Handle<JSArray> sparse = NewArray();
  SetIndex(sparse, 50000, Str("far"));
  Scavenge();
  Scavenge();
  FullGC();
  EXPECT_EQ(String::cast(*GetIndex(a, 99))->ToUTF8(), "e99");
  EXPECT_EQ(String::cast(*GetIndex(sparse, 50000))->ToUTF8(), "far");
  EXPECT_EQ(a->length(), 100u);
}

}  // namespace
}  // namespace lucid
