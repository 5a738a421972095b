// Copyright the Lucid authors. MIT license.
// OrderedHashTable (Map/Set storage): SameValueZero keys, insertion order,
// grow/shrink rehashes, the obsolete-table chain iterators follow, and
// object keys surviving moving GCs through their identity hash.
#include <vector>

#include "tests/unit/objects/objects_test_util.h"
#include "vm/objects/ordered_hash_table.h"

namespace lucid {
namespace {

class OrderedHashTableTest : public ObjectsTest {
 protected:
  Handle<OrderedHashTable> NewMap() {
    return OrderedHashTable::Allocate(isolate(), InstanceType::kOrderedHashMap);
  }
  Handle<OrderedHashTable> NewSet() {
    return OrderedHashTable::Allocate(isolate(), InstanceType::kOrderedHashSet);
  }
  Handle<OrderedHashTable> Add(Handle<OrderedHashTable> table, Handle<Value> key,
                               Handle<Value> value) {
    return OrderedHashTable::Add(isolate(), table, key, value).ToHandleChecked();
  }
  int Find(Handle<OrderedHashTable> table, Value key) {
    return table->FindEntry(key, factory()->hash_seed());
  }
  // The live keys in order, as int32s.
  std::vector<int> IntKeys(Handle<OrderedHashTable> table) {
    std::vector<int> keys;
    for (int i = 0; i < table->UsedCapacity(); i++) {
      Value key = table->KeyAt(i);
      if (OrderedHashTable::IsLiveKey(key)) keys.push_back(key.AsInt32());
    }
    return keys;
  }
};

TEST_F(OrderedHashTableTest, EmptyTableHasInitialCapacity) {
  Handle<OrderedHashTable> table = NewMap();
  EXPECT_EQ(table->NumberOfElements(), 0);
  EXPECT_EQ(table->Capacity(), OrderedHashTable::kInitialCapacity);
  EXPECT_EQ(table->EntrySize(), 3);
  EXPECT_EQ(NewSet()->EntrySize(), 2);
  EXPECT_EQ(Find(table, Value::FromInt32(1)), OrderedHashTable::kNotFound);
  EXPECT_FALSE(table->IsObsolete());
}

TEST_F(OrderedHashTableTest, SameValueZeroKeys) {
  Handle<OrderedHashTable> table = NewMap();
  table = Add(table, Num(std::nan("")), Int(1));
  table = Add(table, Num(-0.0), Int(2));
  table = Add(table, Str("abc"), Int(3));
  EXPECT_EQ(table->NumberOfElements(), 3);
  // Any NaN, +0 for -0, strings by content.
  EXPECT_EQ(table->ValueAt(Find(table, Value::FromDouble(0.0 / 0.0 * -1))), Value::FromInt32(1));
  EXPECT_EQ(table->ValueAt(Find(table, Value::FromInt32(0))), Value::FromInt32(2));
  EXPECT_EQ(table->KeyAt(Find(table, Value::FromInt32(0))), Value::FromInt32(0));  // stored +0
  Handle<String> flat = Str("abc");
  EXPECT_EQ(table->ValueAt(Find(table, flat->ToValue())), Value::FromInt32(3));
  EXPECT_EQ(table->ValueAt(Find(table, Key("abc")->ToValue())), Value::FromInt32(3));
  EXPECT_EQ(Find(table, Str("abd")->ToValue()), OrderedHashTable::kNotFound);
  EXPECT_EQ(Find(table, Value::FromInt32(1)), OrderedHashTable::kNotFound);
  // Overwriting keeps one entry.
  table = Add(table, Str("abc"), Int(30));
  EXPECT_EQ(table->NumberOfElements(), 3);
  EXPECT_EQ(table->ValueAt(Find(table, flat->ToValue())), Value::FromInt32(30));
}

TEST_F(OrderedHashTableTest, GrowKeepsInsertionOrder) {
  Handle<OrderedHashTable> table = NewSet();
  Handle<OrderedHashTable> first = table;
  for (int i = 0; i < 100; i++) table = Add(table, Int(99 - i), Int(0));
  EXPECT_EQ(table->NumberOfElements(), 100);
  EXPECT_GE(table->Capacity(), 100);
  EXPECT_TRUE(first->IsObsolete());
  std::vector<int> keys = IntKeys(table);
  ASSERT_EQ(keys.size(), 100u);
  for (int i = 0; i < 100; i++) EXPECT_EQ(keys[i], 99 - i);
  for (int i = 0; i < 100; i++) EXPECT_NE(Find(table, Value::FromInt32(i)), OrderedHashTable::kNotFound);
}

TEST_F(OrderedHashTableTest, DeleteLeavesHolesThenShrinks) {
  Handle<OrderedHashTable> table = NewMap();
  for (int i = 0; i < 64; i++) table = Add(table, Int(i), Int(i * 10));
  int big = table->Capacity();
  bool found = false;
  table = OrderedHashTable::Delete(isolate(), table, Value::FromInt32(5), &found);
  EXPECT_TRUE(found);
  EXPECT_EQ(table->NumberOfDeleted(), 1);
  EXPECT_EQ(Find(table, Value::FromInt32(5)), OrderedHashTable::kNotFound);
  table = OrderedHashTable::Delete(isolate(), table, Value::FromInt32(5), &found);
  EXPECT_FALSE(found);
  for (int i = 0; i < 60; i++) {
    table = OrderedHashTable::Delete(isolate(), table, Value::FromInt32(i), &found);
  }
  EXPECT_LT(table->Capacity(), big);
  EXPECT_EQ(IntKeys(table), (std::vector<int>{60, 61, 62, 63}));
  EXPECT_EQ(table->ValueAt(Find(table, Value::FromInt32(62))), Value::FromInt32(620));
}

TEST_F(OrderedHashTableTest, IteratorsFollowRehashAndClear) {
  Handle<OrderedHashTable> table = NewSet();
  for (int i = 0; i < 4; i++) table = Add(table, Int(i), Int(0));
  Handle<OrderedHashTable> old = table;
  bool found;
  // Delete 0 and 1 (holes below an iterator at entry 2), then force a rehash.
  table = OrderedHashTable::Delete(isolate(), table, Value::FromInt32(0), &found);
  table = OrderedHashTable::Delete(isolate(), table, Value::FromInt32(1), &found);
  for (int i = 4; i < 10; i++) table = Add(table, Int(i), Int(0));
  ASSERT_TRUE(old->IsObsolete());
  int index = 2;  // an iterator that already returned 0 and 1
  OrderedHashTable* live = OrderedHashTable::Transition(*old, &index);
  EXPECT_EQ(live, *table);
  EXPECT_EQ(live->KeyAt(index), Value::FromInt32(2));
  // clear(): iterators restart at 0 of the new table.
  Handle<OrderedHashTable> cleared = OrderedHashTable::Clear(isolate(), table);
  cleared = Add(cleared, Int(42), Int(0));
  index = 5;
  live = OrderedHashTable::Transition(*table, &index);
  EXPECT_EQ(live, *cleared);
  EXPECT_EQ(index, 0);
  EXPECT_EQ(live->KeyAt(0), Value::FromInt32(42));
}

TEST_F(OrderedHashTableTest, ObjectKeysSurviveMovingGCs) {
  Handle<OrderedHashTable> table = NewMap();
  Handle<FixedArray> keys = factory()->NewFixedArray(200);
  for (int i = 0; i < 200; i++) {
    Handle<JSObject> key = factory()->NewJSObject();
    keys->set(i, key->ToValue());
    table = Add(table, key, Int(i));
  }
  Scavenge();
  Scavenge();
  FullGC();
  for (int i = 0; i < 200; i++) {
    int entry = Find(table, keys->get(i));
    ASSERT_NE(entry, OrderedHashTable::kNotFound) << i;
    EXPECT_EQ(table->ValueAt(entry), Value::FromInt32(i));
  }
  // A fresh object was never hashed: no lookup can find it, none assigns a hash.
  Handle<JSObject> stranger = factory()->NewJSObject();
  EXPECT_EQ(Find(table, stranger->ToValue()), OrderedHashTable::kNotFound);
  EXPECT_EQ(stranger->GetIdentityHash(), 0u);
}

TEST_F(OrderedHashTableTest, HashOfIsStableForEqualKeys) {
  uint64_t seed = factory()->hash_seed();
  EXPECT_EQ(OrderedHashTable::HashOf(isolate(), Value::FromDouble(-0.0), seed, false),
            OrderedHashTable::HashOf(isolate(), Value::FromInt32(0), seed, false));
  EXPECT_EQ(OrderedHashTable::HashOf(isolate(), Str("key")->ToValue(), seed, false),
            OrderedHashTable::HashOf(isolate(), Key("key")->ToValue(), seed, false));
  EXPECT_TRUE(OrderedHashTable::KeysEqual(Value::FromDouble(std::nan("")),
                                          Value::FromDouble(std::nan(""))));
  EXPECT_FALSE(OrderedHashTable::KeysEqual(Value::FromInt32(1), Str("1")->ToValue()));
}

}  // namespace
}  // namespace lucid
