// Copyright 2025 the Lucid authors. MIT license.
// Shapes: sharing, transitions, delete, dictionary mode, TooManyFastProperties,
// enumeration order, field generalization, prototype shapes, slack tracking.
#include <string>

#include "tests/unit/objects/objects_test_util.h"
#include "vm/objects/context.h"
#include "vm/objects/js_function.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/prototype_info.h"
#include "vm/objects/symbol.h"
#include "vm/objects/transitions.h"

namespace lucid {
namespace {

class ShapeTest : public ObjectsTest {
 protected:
  // function makePoint(x, y) { return {x, y}; }
  Handle<JSObject> MakePoint(Handle<Value> x, Handle<Value> y) {
    Handle<JSObject> o = factory()->NewJSObjectFromShape(factory()->ObjectLiteralShapeFor(2));
    EXPECT_TRUE(*JSReceiver::CreateDataProperty(isolate(), o, PKey("x"), x));
    EXPECT_TRUE(*JSReceiver::CreateDataProperty(isolate(), o, PKey("y"), y));
    return o;
  }
  bool Delete(Handle<JSObject> o, std::string_view key) {
    return *JSReceiver::DeleteProperty(isolate(), o, PKey(key));
  }
  std::string OwnKeys(Handle<JSObject> o) { return Keys(JSReceiver::OwnPropertyKeys(isolate(), o)); }
};

TEST_F(ShapeTest, SameConstructionSharesShape) {
  Handle<JSObject> a = MakePoint(Int(1), Int(2));
  Handle<JSObject> b = MakePoint(Int(3), Int(4));
  EXPECT_EQ(a->shape(), b->shape());
  EXPECT_TRUE(a->HasFastProperties());
  EXPECT_EQ(a->shape()->DescribeProperties(), "{x:smi@in0, y:smi@in1}");
  // The literal got exactly two in-object slots.
  EXPECT_EQ(a->shape()->inobject_properties(), 2);
  EXPECT_EQ(*Get(a, "y"), Value::FromInt32(2));
}

TEST_F(ShapeTest, DifferentOrderDifferentShapes) {
  Handle<JSObject> ab = factory()->NewJSObject();
  Set(ab, "a", Int(1));
  Set(ab, "b", Int(2));
  Handle<JSObject> ba = factory()->NewJSObject();
  Set(ba, "b", Int(1));
  Set(ba, "a", Int(2));
  EXPECT_NE(ab->shape(), ba->shape());
  EXPECT_EQ(ab->shape()->FindRootShape(), ba->shape()->FindRootShape());
}

TEST_F(ShapeTest, SeedHiddenClasses) {
  // ../shared/seed/samples/hidden_classes.js, line by line.
  Handle<JSObject> a = MakePoint(Int(1), Int(2));
  Handle<JSObject> p = MakePoint(Int(1), Int(2));
  EXPECT_EQ(a->shape(), p->shape());                       // same shape: true
  Set(p, "z", Int(3));
  EXPECT_NE(a->shape(), p->shape());                       // after p.z = 3: false
  EXPECT_TRUE(p->HasFastProperties());                     // fast: true
  EXPECT_TRUE(Delete(p, "x"));
  EXPECT_FALSE(p->HasFastProperties());                    // after delete p.x: fast: false
  EXPECT_EQ(OwnKeys(p), "y,z");
  Handle<JSObject> q = MakePoint(Int(1), Int(2));
  Set(q, "x", Undef());
  EXPECT_EQ(a->shape(), q->shape());                       // q.x = undefined: same shape: true
  EXPECT_TRUE(q->HasFastProperties());                     // fast: true
  EXPECT_TRUE(Get(q, "x")->IsUndefined());
  // smi -> tagged was made in place on the shared shape.
  EXPECT_EQ(a->shape()->DescribeProperties(), "{x:tagged@in0, y:smi@in1}");
}

TEST_F(ShapeTest, DeleteLastStepsBackToParent) {
  Handle<JSObject> o = factory()->NewJSObject();
  Set(o, "a", Int(1));
  Shape* after_a = o->shape();
  Set(o, "b", Int(2));
  EXPECT_TRUE(Delete(o, "b"));
  EXPECT_EQ(o->shape(), after_a);
  EXPECT_TRUE(o->HasFastProperties());
  // Re-adding follows the existing edge again.
  Set(o, "b", Int(3));
  Handle<JSObject> other = factory()->NewJSObject();
  Set(other, "a", Int(1));
  Set(other, "b", Int(2));
  EXPECT_EQ(o->shape(), other->shape());
  EXPECT_EQ(*Get(o, "b"), Value::FromInt32(3));
}

TEST_F(ShapeTest, TwentiethKeyedStoreGoesDictionary) {
  Handle<JSObject> o = factory()->NewJSObject();
  for (int i = 0; i < 19; ++i) {
    Set(o, "k" + std::to_string(i), Int(i), StoreOrigin::kMaybeKeyed);
    EXPECT_TRUE(o->HasFastProperties()) << "after " << (i + 1) << " keyed stores";
  }
  Set(o, "k19", Int(19), StoreOrigin::kMaybeKeyed);
  EXPECT_FALSE(o->HasFastProperties()) << "node: the 20th keyed store normalizes";
  EXPECT_EQ(*Get(o, "k7"), Value::FromInt32(7));
  EXPECT_EQ(*Get(o, "k19"), Value::FromInt32(19));
}

TEST_F(ShapeTest, ThreeHundredNamedStoresStayFast) {
  Handle<JSObject> o = factory()->NewJSObject();
  for (int i = 0; i < 300; ++i) Set(o, "p" + std::to_string(i), Int(i));
  EXPECT_TRUE(o->HasFastProperties());
  EXPECT_EQ(o->shape()->number_of_own_descriptors(), 300);
  EXPECT_EQ(*Get(o, "p299"), Value::FromInt32(299));
  EXPECT_EQ(*Get(o, "p3"), Value::FromInt32(3));
}

TEST_F(ShapeTest, EnumerationOrder) {
  Handle<JSObject> o = factory()->NewJSObject();
  Handle<Symbol> sym = factory()->NewSymbol(Str("s"));
  Set(o, "b", Int(1));
  JSReceiver::SetProperty(isolate(), o, PropertyKey::FromName(sym), Int(2));
  Set(o, "10", Int(3));
  Set(o, "a", Int(4));
  Set(o, "2", Int(5));
  Set(o, "07", Int(6));  // not an index: a string key
  Handle<Symbol> hidden = factory()->NewPrivateSymbol(Str("internal"));
  JSReceiver::SetProperty(isolate(), o, PropertyKey::FromName(hidden), Int(7));
  EXPECT_EQ(OwnKeys(o), "2,10,b,a,07,Symbol(s)");
  // Dictionary mode keeps insertion order; a deleted and re-added key goes
  // last, as in node.
  JSObject::NormalizeProperties(isolate(), o, NormalizeReason::kTesting);
  EXPECT_EQ(OwnKeys(o), "2,10,b,a,07,Symbol(s)");
  EXPECT_TRUE(Delete(o, "b"));
  Set(o, "b", Int(8));
  EXPECT_EQ(OwnKeys(o), "2,10,a,07,b,Symbol(s)");
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), o, JSReceiver::kSkipSymbols)), "2,10,a,07,b");
}

TEST_F(ShapeTest, ForInWalksThePrototypeChain) {
  Handle<JSObject> proto = factory()->NewJSObject();
  Set(proto, "inherited", Int(1));
  Set(proto, "shadowed", Int(2));
  Handle<JSObject> o = factory()->NewJSObjectWithPrototype(proto);
  Set(o, "own", Int(3));
  PropertyDescriptor hidden = PropertyDescriptor::Data(Int(4), DONT_ENUM);
  JSReceiver::DefineOwnProperty(isolate(), o, PKey("shadowed"), hidden);
  Set(o, "1", Int(5));
  // Own keys (indices first), then the prototype's; "shadowed" is hidden by
  // the non-enumerable own property.
  EXPECT_EQ(Keys(JSReceiver::GetForInKeys(isolate(), o)), "1,own,inherited");
}

TEST_F(ShapeTest, GeneralizationInPlaceKeepsShape) {
  Handle<JSObject> a = MakePoint(Int(1), Int(2));
  Handle<JSObject> b = MakePoint(Int(1), Int(2));
  Shape* shape = a->shape();
  Set(a, "y", Str("now a string"));  // smi -> tagged: in place
  EXPECT_EQ(a->shape(), shape);
  EXPECT_EQ(b->shape(), shape);
  EXPECT_FALSE(shape->is_deprecated());
  EXPECT_EQ(shape->GetDetails(1).representation(), Representation::Tagged());
}

TEST_F(ShapeTest, GeneralizationIntoDoubleDeprecates) {
  Handle<JSObject> a = MakePoint(Int(1), Int(2));
  Handle<JSObject> b = MakePoint(Int(1), Int(2));
  Shape* old_shape = a->shape();
  Set(a, "x", Num(1.5));  // smi -> double: a new shape, the old one deprecated
  EXPECT_NE(a->shape(), old_shape);
  EXPECT_TRUE(old_shape->is_deprecated());
  EXPECT_FALSE(a->shape()->is_deprecated());
  EXPECT_EQ(a->shape()->DescribeProperties(), "{x:double@in0, y:smi@in1}");
  // b still has the deprecated shape until it is touched; then it migrates.
  EXPECT_EQ(b->shape(), old_shape);
  Set(b, "y", Int(7));
  EXPECT_EQ(b->shape(), a->shape());
  EXPECT_EQ(*Get(b, "x"), Value::FromInt32(1));
  // New objects built the same way get the new shape directly.
  Handle<JSObject> c = MakePoint(Int(5), Int(6));
  EXPECT_EQ(c->shape(), a->shape());
  // double -> tagged is in place again.
  Shape* double_shape = a->shape();
  Set(a, "x", Str("s"));
  EXPECT_EQ(a->shape(), double_shape);
  EXPECT_EQ(a->shape()->GetDetails(0).representation(), Representation::Tagged());
}

TEST_F(ShapeTest, AccessorPropertiesCallThroughExecution) {
  Handle<JSObject> o = factory()->NewJSObject();
  Handle<JSFunction> getter = NewNativeFunction(
      [](Isolate* isolate, Handle<Value> receiver, int, const Handle<Value>*) -> MaybeHandle<Value> {
        // Returns this.base * 2.
        Handle<JSReceiver> self = Handle<JSReceiver>::cast(receiver);
        Value base = *JSReceiver::GetProperty(isolate, self, PropertyKey::From(isolate, "base")).ToHandleChecked();
        return handle(Value::FromInt32(base.AsInt32() * 2), isolate);
      });
  Handle<JSFunction> setter = NewNativeFunction(
      [](Isolate* isolate, Handle<Value> receiver, int argc, const Handle<Value>* argv) -> MaybeHandle<Value> {
        EXPECT_EQ(argc, 1);
        Handle<JSReceiver> self = Handle<JSReceiver>::cast(receiver);
        JSReceiver::SetProperty(isolate, self, PropertyKey::From(isolate, "base"), argv[0]);
        return handle(Value::Undefined(), isolate);
      });
  Set(o, "base", Int(21));
  PropertyDescriptor desc;
  desc.has_get = desc.has_set = desc.has_enumerable = desc.has_configurable = true;
  desc.get = getter;
  desc.set = setter;
  desc.enumerable = desc.configurable = true;
  ASSERT_TRUE(*JSReceiver::DefineOwnProperty(isolate(), o, PKey("twice"), desc));
  EXPECT_TRUE(o->HasFastProperties());
  EXPECT_EQ(*Get(o, "twice"), Value::FromInt32(42));
  // Inherited accessors run with the original receiver.
  Handle<JSObject> child = factory()->NewJSObjectWithPrototype(o);
  Set(child, "base", Int(5));
  EXPECT_EQ(*Get(child, "twice"), Value::FromInt32(10));
  Set(child, "twice", Int(50));  // the setter writes child.base
  EXPECT_EQ(*Get(child, "base"), Value::FromInt32(50));
  EXPECT_EQ(*Get(o, "base"), Value::FromInt32(21));
}

TEST_F(ShapeTest, ReadOnlyAndNonConfigurable) {
  Handle<JSObject> o = factory()->NewJSObject();
  JSReceiver::DefineOwnProperty(isolate(), o, PKey("ro"), PropertyDescriptor::Data(Int(1), READ_ONLY | DONT_DELETE));
  MaybeBool set = JSReceiver::SetProperty(isolate(), o, PKey("ro"), Int(2));
  EXPECT_FALSE(*set);  // strict callers throw; the value is unchanged
  EXPECT_EQ(*Get(o, "ro"), Value::FromInt32(1));
  EXPECT_FALSE(*JSReceiver::DeleteProperty(isolate(), o, PKey("ro")));
  // Redefining a non-configurable property with a different value fails.
  EXPECT_FALSE(*JSReceiver::DefineOwnProperty(isolate(), o, PKey("ro"), PropertyDescriptor::Data(Int(3), READ_ONLY | DONT_DELETE)));
  // ... with the same value succeeds.
  EXPECT_TRUE(*JSReceiver::DefineOwnProperty(isolate(), o, PKey("ro"), PropertyDescriptor::Data(Int(1), READ_ONLY | DONT_DELETE)));
  // An inherited read-only property blocks assignment on the child too.
  Handle<JSObject> child = factory()->NewJSObjectWithPrototype(o);
  EXPECT_FALSE(*JSReceiver::SetProperty(isolate(), child, PKey("ro"), Int(9)));
  EXPECT_FALSE(JSReceiver::HasOwnProperty(isolate(), child, PKey("ro")));
  // Reconfiguring writable -> read-only on a fast object keeps it fast.
  Handle<JSObject> w = factory()->NewJSObject();
  Set(w, "x", Int(1));
  Set(w, "y", Int(2));
  EXPECT_TRUE(*JSReceiver::DefineOwnProperty(isolate(), w, PKey("x"), PropertyDescriptor::Data(Int(1), READ_ONLY)));
  EXPECT_TRUE(w->HasFastProperties());
  EXPECT_FALSE(*JSReceiver::SetProperty(isolate(), w, PKey("x"), Int(5)));
  EXPECT_EQ(*Get(w, "y"), Value::FromInt32(2));
  // Non-extensible objects refuse new properties.
  JSReceiver::PreventExtensions(isolate(), w);
  EXPECT_FALSE(*JSReceiver::SetProperty(isolate(), w, PKey("z"), Int(1)));
  EXPECT_EQ(*JSReceiver::SetProperty(isolate(), w, PKey("y"), Int(3)), true);
}

TEST_F(ShapeTest, PrototypeShapesAndValidityCells) {
  // o -> p -> q
  Handle<JSObject> q = factory()->NewJSObject();
  Handle<JSObject> p = factory()->NewJSObjectWithPrototype(q);
  Handle<JSObject> o = factory()->NewJSObjectWithPrototype(p);
  EXPECT_TRUE(q->shape()->is_prototype_map());
  EXPECT_TRUE(p->shape()->is_prototype_map());
  EXPECT_FALSE(o->shape()->is_prototype_map());
  // Object.create(p) twice shares the cached initial shape.
  Handle<JSObject> o2 = factory()->NewJSObjectWithPrototype(p);
  EXPECT_EQ(o->shape(), o2->shape());
  EXPECT_EQ(PrototypeInfo::cast(p->shape()->prototype_info())->object_create_shape(), o->shape()->ToValue());
  // Adding to a prototype changes its shape in place.
  Shape* p_shape = p->shape();
  Set(p, "m", Int(1));
  Set(q, "n", Int(2));
  EXPECT_EQ(p->shape(), p_shape);
  EXPECT_EQ(*Get(o, "m"), Value::FromInt32(1));
  EXPECT_EQ(*Get(o, "n"), Value::FromInt32(2));
  // A validity cell for o's chain; a change on q (two levels up) reaches it.
  Handle<Cell> cell(Cell::cast(Shape::GetOrCreatePrototypeChainValidityCell(isolate(), handle(o->shape(), isolate()))), isolate());
  EXPECT_TRUE(cell->IsValid());
  Set(q, "n", Int(3));  // a value store on a prototype invalidates
  EXPECT_FALSE(cell->IsValid());
  Handle<Cell> fresh(Cell::cast(Shape::GetOrCreatePrototypeChainValidityCell(isolate(), handle(o->shape(), isolate()))), isolate());
  EXPECT_TRUE(fresh->IsValid());
  EXPECT_NE(*fresh, *cell);
  Set(q, "added", Int(4));  // so does an add
  EXPECT_FALSE(fresh->IsValid());
  // Cycles are refused.
  EXPECT_FALSE(JSReceiver::SetPrototype(isolate(), q, o));
}

TEST_F(ShapeTest, PrototypeInSetupModeTurnsFastOnFirstLookup) {
  // function F() {}; new F; then F.prototype gets 200 methods by assignment.
  Handle<JSObject> proto = factory()->NewJSObject();
  JSObject::OptimizeAsPrototype(isolate(), proto, /*enable_setup_mode=*/true);
  EXPECT_FALSE(proto->HasFastProperties());
  for (int i = 0; i < 200; ++i) Set(proto, "m" + std::to_string(i), Int(i));
  EXPECT_FALSE(proto->HasFastProperties());
  Handle<JSObject> instance = factory()->NewJSObjectWithPrototype(proto);
  EXPECT_EQ(*Get(instance, "m150"), Value::FromInt32(150));  // the first lookup through it
  EXPECT_TRUE(proto->HasFastProperties());
  EXPECT_EQ(*Get(instance, "m7"), Value::FromInt32(7));
  EXPECT_EQ(Keys(JSReceiver::OwnPropertyKeys(isolate(), proto)).substr(0, 8), "m0,m1,m2");
}

TEST_F(ShapeTest, SlackTrackingShrinksAfterSevenConstructions) {
  Handle<SharedFunctionInfo> shared = factory()->NewSharedFunctionInfo(factory()->InternalizeUtf8("Point"),
                                                                       FunctionKind::kNormalFunction);
  shared->set_expected_nof_properties(2);  // this.x = ..., this.y = ...
  Handle<JSFunction> point = factory()->NewJSFunction(shared, Undef());
  Handle<FixedArray> instances = factory()->NewFixedArray(10);
  for (int i = 0; i < 10; ++i) {
    HandleScope scope(isolate());
    Handle<JSObject> o = factory()->NewJSObjectForConstruct(point, point);
    Set(o, "x", Int(i));
    Set(o, "y", Int(i * 2));
    instances->set(i, o->ToValue());
    if (i == 0) {
      EXPECT_EQ(o->shape()->FindRootShape()->inobject_properties(), 2 + Shape::kSlackTrackingSlack);
    }
  }
  Shape* root = point->initial_shape();
  EXPECT_FALSE(root->IsInobjectSlackTrackingInProgress());
  EXPECT_EQ(root->inobject_properties(), 2);  // shrunk to what was used
  EXPECT_EQ(root->instance_size(), JSObject::kHeaderSize + 2 * kTaggedSize);
  // Every instance, old or new, reads correctly and the heap stays
  // iterable (the freed tails are fillers): --verify-heap checks it.
  FullGC();
  for (int i = 0; i < 10; ++i) {
    Handle<JSObject> o(JSObject::cast(instances->get(i)), isolate());
    EXPECT_EQ(*Get(o, "y"), Value::FromInt32(i * 2));
    EXPECT_EQ(o->shape()->instance_size(), JSObject::kHeaderSize + 2 * kTaggedSize);
  }
}

TEST_F(ShapeTest, GlobalObjectUsesPropertyCells) {
  Handle<JSGlobalObject> global(JSGlobalObject::cast(isolate()->roots().global_object()), isolate());
  EXPECT_FALSE(global->HasFastProperties());
  Set(global, "answer", Int(42));
  Value cell = global->FindPropertyCell(*Key("answer"));
  ASSERT_TRUE(IsPropertyCell(cell));
  EXPECT_EQ(PropertyCell::cast(cell)->value(), Value::FromInt32(42));
  Set(global, "answer", Int(43));
  EXPECT_EQ(PropertyCell::cast(cell)->value(), Value::FromInt32(43));  // same cell
  // A declared-but-unset global is invisible until defined.
  JSGlobalObject::EnsurePropertyCell(isolate(), global, Key("later"), DONT_DELETE);
  EXPECT_FALSE(JSReceiver::HasOwnProperty(isolate(), global, PKey("later")));
  EXPECT_TRUE(*JSReceiver::DeleteProperty(isolate(), global, PKey("answer")));
  EXPECT_TRUE(PropertyCell::cast(cell)->value().IsTheHole());
  EXPECT_TRUE(Get(global, "answer")->IsUndefined());
}

TEST_F(ShapeTest, IdentityHashIsStableAcrossModes) {
  Handle<JSObject> o = factory()->NewJSObject();
  uint32_t hash = JSReceiver::GetOrCreateIdentityHash(isolate(), o);
  EXPECT_NE(hash, 0u);
  for (int i = 0; i < 8; ++i) Set(o, "f" + std::to_string(i), Int(i));  // PropertyArray appears
  EXPECT_EQ(o->GetIdentityHash(), hash);
  JSObject::NormalizeProperties(isolate(), o, NormalizeReason::kTesting);
  EXPECT_EQ(o->GetIdentityHash(), hash);
  Scavenge();
  FullGC();
  EXPECT_EQ(o->GetIdentityHash(), hash);
}

TEST_F(ShapeTest, ObjectsAndShapesSurviveGC) {
  Handle<JSObject> a = MakePoint(Int(1), Str("two"));
  Handle<JSObject> dict = factory()->NewJSObject();
  for (int i = 0; i < 25; ++i) Set(dict, "k" + std::to_string(i), Str("v" + std::to_string(i)), StoreOrigin::kMaybeKeyed);
  ASSERT_FALSE(dict->HasFastProperties());
  Set(a, "extra1", Int(3));
  Set(a, "extra2", Str("out of object"));
  Shape* shape = a->shape();
  Address before = a->address();
  Scavenge();
  if (!isolate()->flags().gc_stress) {
    EXPECT_NE(a->address(), before);  // (stress may have promoted it)
  }
  EXPECT_EQ(a->shape(), shape);  // shapes never move
  Scavenge();
  FullGC();
  EXPECT_EQ(String::cast(*Get(a, "y"))->ToUTF8(), "two");
  EXPECT_EQ(String::cast(*Get(a, "extra2"))->ToUTF8(), "out of object");
  EXPECT_EQ(String::cast(*Get(dict, "k24"))->ToUTF8(), "v24");
  Handle<JSObject> b = MakePoint(Int(1), Str("again"));
  EXPECT_EQ(b->shape(), a->shape()->GetBackPointer()->GetBackPointer());
}

TEST_F(ShapeTest, FrozenShapeKeepsItsParentAcrossFullGC) {
  // V8's frozen maps: the non-extensible copy holds its parent in the
  // back-pointer slot, so the weak edge survives while a frozen object
  // lives and a second object frozen after a full GC finds it.
  Handle<JSObject> a = MakePoint(Int(1), Str("two"));
  ASSERT_TRUE(JSReceiver::SetIntegrityLevel(isolate(), a, JSReceiver::IntegrityLevel::kFrozen));
  Shape* frozen = a->shape();
  ASSERT_TRUE(frozen->is_integrity_level_child());
  EXPECT_FALSE(frozen->is_extensible());
  Shape* parent = frozen->GetIntegrityLevelParent();
  ASSERT_NE(parent, nullptr);
  EXPECT_TRUE(parent->is_extensible());
  EXPECT_EQ(parent->number_of_own_descriptors(), frozen->number_of_own_descriptors());
  // For the property tree it is a root: delete/reconfigure never step back.
  EXPECT_EQ(frozen->GetBackPointer(), nullptr);
  EXPECT_EQ(frozen->GetConstructor(), parent->GetConstructor());
  FullGC();
  FullGC();
  Handle<JSObject> b = MakePoint(Int(3), Str("four"));
  ASSERT_TRUE(JSReceiver::SetIntegrityLevel(isolate(), b, JSReceiver::IntegrityLevel::kFrozen));
  EXPECT_EQ(b->shape(), a->shape());
  EXPECT_EQ(a->shape(), frozen);
  EXPECT_EQ(String::cast(*Get(b, "y"))->ToUTF8(), "four");
}

}  // namespace
}  // namespace lucid
