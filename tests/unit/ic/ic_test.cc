// Copyright the Lucid authors. MIT license.
//
// The inline caches (vm/ic): each slot kind's state machine, the handlers a
// site learns, validity-cell invalidation, field generalization as V8 does
// it, the megamorphic stub cache, weak feedback and lazy feedback-vector
// allocation. Every test runs small JS snippets and then reads the
// function's FeedbackVector (SharedFunctionInfo::feedback_vector).
//
// NOTE: feedback holds shapes weakly, so every snippet keeps the objects
// whose shapes it expects to find alive (globals or the `keep` array), except
// in the tests about weak feedback.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "parser/source.h"
#include "runtime/bootstrapper.h"
#include "runtime/runner.h"
#include "vm/execution.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

// -- The fixture ------------------------------------------------------------------------

// An isolate with the runtime bootstrapped, small semispaces and heap
// verification, that runs classic scripts with natives allowed.
class ICTest : public ::testing::Test {
 protected:
  static Flags TestFlags() {
    Flags flags;
    flags.allow_natives_syntax = true;
    flags.min_semi_space_size = 1;
    flags.max_semi_space_size = 1;
    flags.verify_heap = true;
    return flags;
  }

  void SetUp() override { Start(TestFlags()); }
  void TearDown() override {
    if (isolate_ != nullptr) Isolate::Dispose(isolate_);
  }

  void Start(const Flags& flags) {
    if (isolate_ != nullptr) Isolate::Dispose(isolate_);
    isolate_ = Isolate::New(flags);
    Bootstrap(isolate_);
  }

  // Runs {code} as a classic script (globals persist between runs); true if
  // it completed.
  bool Run(const std::string& code) {
    sources_.push_back(std::make_unique<SourceFile>(SourceFile::FromUtf8("ic_test.js", code)));
    CompileError error;
    CompiledScript* script = CompileSource(*sources_.back(), ProgramKind::kClassicScript, &error,
                                           /*allow_natives=*/true);
    EXPECT_NE(script, nullptr) << error.message << "\n" << code;
    if (script == nullptr) return false;
    bool ok = RunCompiledScript(isolate_, *sources_.back(), script, ProgramKind::kClassicScript);
    DeleteCompiledScript(script);
    if (!ok) {
      ADD_FAILURE() << "threw: " << PendingMessage() << "\n" << code;
      isolate_->clear_pending_exception();
    }
    return ok;
  }

  Value Key(const char* name) { return FactoryOf(isolate_)->InternalizeAscii(name)->ToValue(); }

  Handle<Value> Global(const char* name) {
    Value key = Key(name);
    return Handle<Value>(Runtime_LoadGlobal(isolate_, key, true), isolate_);
  }
  int32_t GlobalInt(const char* name) {
    Handle<Value> v = Global(name);
    EXPECT_TRUE(v->IsInt32()) << name;
    return v->IsInt32() ? v->AsInt32() : -1;
  }
  std::string GlobalString(const char* name) {
    Handle<Value> v = Global(name);
    return IsString(*v) ? String::cast(*v)->ToUTF8() : "<not a string>";
  }

  std::string PendingMessage() {
    Value e = isolate_->pending_exception();
    if (!IsJSReceiver(e)) return "<not an object>";
    Value m = Runtime_GetProperty(isolate_, e, isolate_->roots().message_string());
    return IsString(m) ? String::cast(m)->ToUTF8() : "<none>";
  }

  // The feedback vector of global function {name}, or nullptr before it has
  // one. Raw: valid until the next allocation.
  FeedbackVector* VectorOf(const char* name) {
    Value f = *Global(name);
    if (!IsJSFunction(f)) return nullptr;
    Value vector = JSFunction::cast(f)->shared()->feedback_vector();
    return IsFeedbackVector(vector) ? FeedbackVector::cast(vector) : nullptr;
  }

  // The index of the {nth} slot of {kind} in {vector}, or -1.
  static int SlotIn(const FeedbackVector* vector, FeedbackSlotKind kind, int nth = 0) {
    for (int slot = 0; slot < vector->slot_count(); slot++) {
      if (vector->kind(slot) == kind && nth-- == 0) return slot;
    }
    return -1;
  }

  // The {nth} slot of {kind} of global function {name}, or -1.
  int SlotOf(const char* name, FeedbackSlotKind kind, int nth = 0) {
    FeedbackVector* vector = VectorOf(name);
    return vector == nullptr ? -1 : SlotIn(vector, kind, nth);
  }

  // The state of that slot (fails the test when there is no such slot).
  ICState StateOf(const char* name, FeedbackSlotKind kind, int nth = 0) {
    int slot = SlotOf(name, kind, nth);
    EXPECT_GE(slot, 0) << name << " has no " << FeedbackSlotKindName(kind) << " slot #" << nth;
    if (slot < 0) return ICState::kGeneric;
    return GetICState(VectorOf(name), slot);
  }
  Value FeedbackOf(const char* name, FeedbackSlotKind kind, int nth = 0) {
    int slot = SlotOf(name, kind, nth);
    EXPECT_GE(slot, 0) << name << " has no " << FeedbackSlotKindName(kind) << " slot #" << nth;
    return slot < 0 ? Value::Undefined() : VectorOf(name)->feedback(slot);
  }
  Value ExtraOf(const char* name, FeedbackSlotKind kind, int nth = 0) {
    int slot = SlotOf(name, kind, nth);
    EXPECT_GE(slot, 0) << name << " has no " << FeedbackSlotKindName(kind) << " slot #" << nth;
    return slot < 0 ? Value::Undefined() : VectorOf(name)->extra(slot);
  }
  // The number of entries of a polymorphic site's list (0 if it has none).
  int PolyEntriesOf(const char* name, FeedbackSlotKind kind, int nth = 0) {
    Value feedback = FeedbackOf(name, kind, nth);
    Value list = IsName(feedback) ? ExtraOf(name, kind, nth) : feedback;
    return IsFeedbackArray(list) ? FeedbackArray::cast(list)->entries() : 0;
  }

  // The shape of global object {name}.
  Handle<Value> ShapeOfGlobal(const char* name) {
    Handle<Value> object = Global(name);
    EXPECT_TRUE(object->IsHeapObject()) << name;
    return Handle<Value>(object->heap_object()->shape_value(), isolate_);
  }

  // The details of property {key} in {shape} (fails the test if absent).
  PropertyDetails DetailsIn(Handle<Value> shape, const char* key) {
    Value name = Key(key);
    Shape* s = Shape::cast(*shape);
    int descriptor = s->SearchDescriptor(Name::cast(name));
    EXPECT_GE(descriptor, 0) << key << " not in " << s->DescribeProperties();
    return descriptor < 0 ? PropertyDetails() : s->GetDetails(descriptor);
  }

  // Calls global function {fn} with {arg} from C++ (no compilation, so no
  // allocation that could start a GC in between).
  Value Call(const char* fn, Handle<Value> arg) {
    Handle<Value> f = Global(fn);
    Handle<Value> receiver(Value::Undefined(), isolate_);
    Handle<Value> result;
    if (!Execution::Call(isolate_, f, receiver, 1, &arg).ToHandle(&result)) {
      ADD_FAILURE() << fn << " threw: " << PendingMessage();
      isolate_->clear_pending_exception();
      return Value::Undefined();
    }
    return *result;
  }

  void Scavenge() { isolate_->heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting); }
  void FullGC() { isolate_->heap()->CollectAllGarbage(GCReason::kTesting); }

  Isolate* isolate_ = nullptr;
  std::vector<std::unique_ptr<SourceFile>> sources_;
};

constexpr FeedbackSlotKind kLoad = FeedbackSlotKind::kLoadIC;
constexpr FeedbackSlotKind kStore = FeedbackSlotKind::kStoreIC;
constexpr FeedbackSlotKind kKeyedLoad = FeedbackSlotKind::kKeyedLoadIC;
constexpr FeedbackSlotKind kKeyedStore = FeedbackSlotKind::kKeyedStoreIC;

int32_t SmiHandlerOf(Value handler) {
  EXPECT_TRUE(handler.IsInt32()) << "not a smi handler";
  return handler.IsInt32() ? handler.AsInt32() : SmiHandler::Make(HandlerKind::kSlow);
}

// -- IC state names ---------------------------------------------------------------------

TEST(ICStateList, LettersAreV8s) {
  const char* letters[] = {"0", "1", "P", "N", "G"};
  const char* words[] = {"uninitialized", "monomorphic", "polymorphic", "megamorphic", "generic"};
  int i = 0;
#define V(Name, letter, word)                                          \
  EXPECT_STREQ(ICStateLetter(ICState::k##Name), letters[i]) << #Name; \
  EXPECT_STREQ(ICStateWord(ICState::k##Name), words[i]) << #Name;     \
  i++;
  IC_STATE_LIST(V)
#undef V
  EXPECT_EQ(i, 5);
}

TEST(SmiHandler, FieldBitsRoundTripForEveryKindAndRepresentation) {
  const Representation reps[] = {Representation::None(), Representation::Smi(), Representation::Double(),
                                 Representation::HeapObject(), Representation::Tagged()};
#define V(Name, text)                                                                      \
  for (Representation rep : reps) {                                                        \
    for (bool in_object : {false, true}) {                                                 \
      for (bool is_const : {false, true}) {                                                \
        for (int index : {0, 1, 37, SmiHandler::kMaxIndex}) {                              \
          int32_t h = SmiHandler::Field(HandlerKind::k##Name, in_object, index, rep, is_const); \
          EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::k##Name);                         \
          EXPECT_EQ(SmiHandler::IsInObject(h), in_object);                                 \
          EXPECT_EQ(SmiHandler::RepresentationOf(h), rep);                                 \
          EXPECT_EQ(SmiHandler::IsConst(h), is_const);                                     \
          EXPECT_EQ(SmiHandler::IndexOf(h), index);                                        \
        }                                                                                  \
      }                                                                                    \
    }                                                                                      \
  }                                                                                        \
  EXPECT_STREQ(HandlerKindName(HandlerKind::k##Name), text);
  HANDLER_KIND_LIST(V)
#undef V
  for (ElementsKind kind : {PACKED_SMI_ELEMENTS, HOLEY_DOUBLE_ELEMENTS, PACKED_ELEMENTS}) {
    int32_t h = SmiHandler::Element(HandlerKind::kStoreElement, kind);
    EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kStoreElement);
    EXPECT_EQ(SmiHandler::ElementsKindOf(h), kind);
  }
}

// -- State machines ---------------------------------------------------------------------

TEST_F(ICTest, NamedLoadGoesMonoPolyMega) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function getX(o) { return o.x; }"
                  "%PrepareFunctionForOptimization(getX);"));
  ASSERT_NE(VectorOf("getX"), nullptr);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kUninitialized);

  ASSERT_TRUE(Run("var o1 = {x: 1}; var r = getX(o1);"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("getX", kLoad), *ShapeOfGlobal("o1"));

  ASSERT_TRUE(Run("keep.push({x: 2}); r = getX(keep[0]);"));  // the same shape
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMonomorphic);

  const char* more[] = {"{x: 3, a: 1}", "{x: 4, b: 1}", "{x: 5, c: 1}"};
  for (int i = 0; i < 3; i++) {
    ASSERT_TRUE(Run(std::string("keep.push(") + more[i] + "); r = getX(keep[keep.length - 1]);"));
    EXPECT_EQ(GlobalInt("r"), 3 + i);
    EXPECT_EQ(StateOf("getX", kLoad), ICState::kPolymorphic) << "shapes: " << i + 2;
    EXPECT_EQ(PolyEntriesOf("getX", kLoad), i + 2);
  }
  // The fifth shape: past kMaxPolymorphism.
  ASSERT_TRUE(Run("keep.push({x: 6, d: 1}); r = getX(keep[keep.length - 1]);"));
  EXPECT_EQ(GlobalInt("r"), 6);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMegamorphic);
  EXPECT_EQ(FeedbackOf("getX", kLoad), MegamorphicSentinel());
  // Megamorphic is final, and loads stay right.
  ASSERT_TRUE(Run("r = getX(o1) + getX({x: 10, e: 1});"));
  EXPECT_EQ(GlobalInt("r"), 11);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMegamorphic);
}

TEST_F(ICTest, NamedStoreGoesMonoPolyMega) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function setY(o) { o.y = 7; }"
                  "%PrepareFunctionForOptimization(setY);"));
  EXPECT_EQ(StateOf("setY", kStore), ICState::kUninitialized);
  const char* receivers[] = {"{a: 1}", "{b: 1}", "{c: 1}", "{d: 1}", "{e: 1}"};
  const ICState expected[] = {ICState::kMonomorphic, ICState::kPolymorphic, ICState::kPolymorphic,
                              ICState::kPolymorphic, ICState::kMegamorphic};
  for (int i = 0; i < 5; i++) {
    ASSERT_TRUE(Run(std::string("var o = ") + receivers[i] + "; keep.push(o); setY(o); var r = o.y;"));
    EXPECT_EQ(GlobalInt("r"), 7);
    EXPECT_EQ(StateOf("setY", kStore), expected[i]) << "shapes: " << i + 1;
    if (expected[i] == ICState::kPolymorphic) {
      EXPECT_EQ(PolyEntriesOf("setY", kStore), i + 1);
    }
  }
}

TEST_F(ICTest, KeyedLoadWithElementKeys) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function elem(a, i) { return a[i]; }"
                  "%PrepareFunctionForOptimization(elem);"
                  "var smis = [1, 2]; var r = elem(smis, 1);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("elem", kKeyedLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("elem", kKeyedLoad), *ShapeOfGlobal("smis"));
  int32_t h = SmiHandlerOf(ExtraOf("elem", kKeyedLoad));
  EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kLoadElement);
  EXPECT_EQ(SmiHandler::ElementsKindOf(h), PACKED_SMI_ELEMENTS);

  ASSERT_TRUE(Run("keep.push([1.5]); var d = elem(keep[0], 0);"));  // PACKED_DOUBLE
  EXPECT_EQ(StateOf("elem", kKeyedLoad), ICState::kPolymorphic);
  EXPECT_EQ(PolyEntriesOf("elem", kKeyedLoad), 2);
  ASSERT_TRUE(Run("keep.push(['s']); var s = elem(keep[1], 0);"));  // PACKED
  EXPECT_EQ(GlobalString("s"), "s");
  EXPECT_EQ(PolyEntriesOf("elem", kKeyedLoad), 3);
  // A name at an element site: megamorphic.
  ASSERT_TRUE(Run("keep.push({k: 5}); r = elem(keep[2], 'k');"));
  EXPECT_EQ(GlobalInt("r"), 5);
  EXPECT_EQ(StateOf("elem", kKeyedLoad), ICState::kMegamorphic);
}

TEST_F(ICTest, KeyedLoadWithNameKeys) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function named(o, k) { return o[k]; }"
                  "%PrepareFunctionForOptimization(named);"
                  "var o1 = {a: 1}; var r = named(o1, 'a');"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(StateOf("named", kKeyedLoad), ICState::kMonomorphic);
  // Specialized to the name: the feedback word is the name, the pairs in extra.
  EXPECT_EQ(FeedbackOf("named", kKeyedLoad), Key("a"));
  ASSERT_TRUE(IsFeedbackArray(ExtraOf("named", kKeyedLoad)));
  EXPECT_EQ(FeedbackArray::cast(ExtraOf("named", kKeyedLoad))->shape_at(0), *ShapeOfGlobal("o1"));

  ASSERT_TRUE(Run("keep.push({a: 2, b: 3}); r = named(keep[0], 'a');"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("named", kKeyedLoad), ICState::kPolymorphic);
  EXPECT_EQ(PolyEntriesOf("named", kKeyedLoad), 2);
  // A second name (even on a known shape): megamorphic.
  ASSERT_TRUE(Run("r = named(keep[0], 'b');"));
  EXPECT_EQ(GlobalInt("r"), 3);
  EXPECT_EQ(StateOf("named", kKeyedLoad), ICState::kMegamorphic);
}

TEST_F(ICTest, KeyedStoreWithElementKeys) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function setElem(a, i, v) { a[i] = v; }"
                  "%PrepareFunctionForOptimization(setElem);"
                  "var smis = [1, 2]; setElem(smis, 0, 5); var r = smis[0];"));
  EXPECT_EQ(GlobalInt("r"), 5);
  EXPECT_EQ(StateOf("setElem", kKeyedStore), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("setElem", kKeyedStore), *ShapeOfGlobal("smis"));
  int32_t h = SmiHandlerOf(ExtraOf("setElem", kKeyedStore));
  EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kStoreElement);
  EXPECT_EQ(SmiHandler::ElementsKindOf(h), PACKED_SMI_ELEMENTS);

  ASSERT_TRUE(Run("keep.push([1.5]); setElem(keep[0], 0, 2.5);"));
  EXPECT_EQ(StateOf("setElem", kKeyedStore), ICState::kPolymorphic);
  EXPECT_EQ(PolyEntriesOf("setElem", kKeyedStore), 2);
  ASSERT_TRUE(Run("keep.push({}); setElem(keep[1], 'k', 9); r = keep[1].k;"));
  EXPECT_EQ(GlobalInt("r"), 9);
  EXPECT_EQ(StateOf("setElem", kKeyedStore), ICState::kMegamorphic);
}

TEST_F(ICTest, KeyedStoreWithNameKeys) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [];"
                  "function setNamed(o, k, v) { o[k] = v; }"
                  "%PrepareFunctionForOptimization(setNamed);"
                  "var o1 = {a: 1}; setNamed(o1, 'a', 2); var r = o1.a;"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("setNamed", kKeyedStore), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("setNamed", kKeyedStore), Key("a"));

  ASSERT_TRUE(Run("keep.push({a: 1, b: 1}); setNamed(keep[0], 'a', 3); r = keep[0].a;"));
  EXPECT_EQ(GlobalInt("r"), 3);
  EXPECT_EQ(StateOf("setNamed", kKeyedStore), ICState::kPolymorphic);
  ASSERT_TRUE(Run("setNamed(o1, 'b', 4); r = o1.b;"));  // a second name
  EXPECT_EQ(GlobalInt("r"), 4);
  EXPECT_EQ(StateOf("setNamed", kKeyedStore), ICState::kMegamorphic);
}

TEST_F(ICTest, GlobalLoadAndStoreCacheThePropertyCell) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var g = 7;"
                  "function readG() { return g; }"
                  "function writeG(v) { g = v; }"
                  "%PrepareFunctionForOptimization(readG);"
                  "%PrepareFunctionForOptimization(writeG);"));
  EXPECT_EQ(StateOf("readG", FeedbackSlotKind::kLoadGlobalIC), ICState::kUninitialized);
  ASSERT_TRUE(Run("var r = readG();"));
  EXPECT_EQ(GlobalInt("r"), 7);
  EXPECT_EQ(StateOf("readG", FeedbackSlotKind::kLoadGlobalIC), ICState::kMonomorphic);
  Value g = Key("g");
  JSGlobalObject* global =
      JSGlobalObject::cast(NativeContext::cast(isolate_->roots().native_context())->global_object());
  Handle<Value> cell(global->FindPropertyCell(Name::cast(g)), isolate_);
  ASSERT_TRUE(IsPropertyCell(*cell));
  EXPECT_EQ(FeedbackOf("readG", FeedbackSlotKind::kLoadGlobalIC), *cell);

  ASSERT_TRUE(Run("writeG(8); r = readG();"));
  EXPECT_EQ(GlobalInt("r"), 8);
  EXPECT_EQ(PropertyCell::cast(*cell)->value(), Value::FromInt32(8));
  EXPECT_EQ(StateOf("writeG", FeedbackSlotKind::kStoreGlobalIC), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("writeG", FeedbackSlotKind::kStoreGlobalIC), *cell);
  EXPECT_EQ(FeedbackOf("readG", FeedbackSlotKind::kLoadGlobalIC), *cell);
}

TEST_F(ICTest, CallGoesMonomorphicThenMegamorphicAndCounts) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function calls(f) { return f(); }"
                  "function a() { return 1; } function b() { return 2; }"
                  "%PrepareFunctionForOptimization(calls);"));
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kUninitialized);
  ASSERT_TRUE(Run("var r = calls(a) + calls(a);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("calls", FeedbackSlotKind::kCallIC), *Global("a"));
  EXPECT_EQ(ExtraOf("calls", FeedbackSlotKind::kCallIC), Value::FromInt32(2));
  ASSERT_TRUE(Run("r = calls(b);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kMegamorphic);
  ASSERT_TRUE(Run("r = calls(a);"));
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kMegamorphic);
  EXPECT_EQ(ExtraOf("calls", FeedbackSlotKind::kCallIC), Value::FromInt32(4));
}

TEST_F(ICTest, BinaryOpHintsJoin) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function add(a, b) { return a + b; }"
                  "function inc(a) { return a + 1; }"
                  "%PrepareFunctionForOptimization(add);"
                  "%PrepareFunctionForOptimization(inc);"));
  auto hint = [&](const char* f) {
    Value v = FeedbackOf(f, FeedbackSlotKind::kBinaryOp);
    return v.IsInt32() ? v.AsInt32() : BinaryOpHint::kNone;
  };
  EXPECT_EQ(hint("add"), BinaryOpHint::kNone);
  EXPECT_EQ(StateOf("add", FeedbackSlotKind::kBinaryOp), ICState::kUninitialized);
  ASSERT_TRUE(Run("add(1, 2);"));
  EXPECT_EQ(hint("add"), BinaryOpHint::kSignedSmall);
  EXPECT_EQ(StateOf("add", FeedbackSlotKind::kBinaryOp), ICState::kMonomorphic);
  ASSERT_TRUE(Run("add(1, 2); add(-5, 3);"));  // no change
  EXPECT_EQ(hint("add"), BinaryOpHint::kSignedSmall);
  ASSERT_TRUE(Run("add(1.5, 2);"));
  EXPECT_EQ(hint("add"), BinaryOpHint::kNumber);
  ASSERT_TRUE(Run("add(3, 4);"));  // a join never goes back down
  EXPECT_EQ(hint("add"), BinaryOpHint::kNumber);
  ASSERT_TRUE(Run("add(1, {});"));
  EXPECT_EQ(hint("add"), BinaryOpHint::kAny);
  EXPECT_STREQ(BinaryOpHint::Name(hint("add")), "any");

  // int32 inputs whose sum overflows int32: number, not signed small.
  ASSERT_TRUE(Run("var big = inc(2147483647);"));
  EXPECT_EQ(hint("inc"), BinaryOpHint::kNumber);
  EXPECT_EQ(Global("big")->Number(), 2147483648.0);
}

TEST_F(ICTest, CompareOpHintsJoin) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function lt(a, b) { return a < b; }"
                  "function slt(a, b) { return a < b; }"
                  "%PrepareFunctionForOptimization(lt);"
                  "%PrepareFunctionForOptimization(slt);"));
  auto hint = [&](const char* f) {
    Value v = FeedbackOf(f, FeedbackSlotKind::kCompareOp);
    return v.IsInt32() ? v.AsInt32() : BinaryOpHint::kNone;
  };
  EXPECT_EQ(StateOf("lt", FeedbackSlotKind::kCompareOp), ICState::kUninitialized);
  ASSERT_TRUE(Run("lt(1, 2);"));
  EXPECT_EQ(hint("lt"), BinaryOpHint::kSignedSmall);
  EXPECT_EQ(StateOf("lt", FeedbackSlotKind::kCompareOp), ICState::kMonomorphic);
  ASSERT_TRUE(Run("lt(1.5, 2);"));
  EXPECT_EQ(hint("lt"), BinaryOpHint::kNumber);
  ASSERT_TRUE(Run("lt(null, 2);"));
  EXPECT_EQ(hint("lt"), BinaryOpHint::kAny);
  // Strings alone are their own hint; joined with numbers they are "any".
  ASSERT_TRUE(Run("slt('a', 'b');"));
  EXPECT_EQ(hint("slt"), BinaryOpHint::kString);
  ASSERT_TRUE(Run("slt(1, 2);"));
  EXPECT_STREQ(BinaryOpHint::Name(hint("slt")), "any");
}

TEST_F(ICTest, InstanceOfRecordsTheConstructor) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function A() {} function B() {}"
                  "function isA(o, C) { return o instanceof C; }"
                  "%PrepareFunctionForOptimization(isA);"));
  EXPECT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kUninitialized);
  ASSERT_TRUE(Run("var r1 = isA(new A(), A); var r2 = isA({}, A);"));
  EXPECT_EQ(*Global("r1"), Value::True());
  EXPECT_EQ(*Global("r2"), Value::False());
  EXPECT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("isA", FeedbackSlotKind::kInstanceOf), *Global("A"));
  ASSERT_TRUE(Run("r1 = isA(new B(), B);"));
  EXPECT_EQ(*Global("r1"), Value::True());
  EXPECT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kMegamorphic);
}

// -- Handler selection ------------------------------------------------------------------

TEST_F(ICTest, OwnInObjectFieldIsASmiHandler) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function P() { this.a = 1; this.b = 2; }"
                  "function getB(o) { return o.b; }"
                  "%PrepareFunctionForOptimization(getB);"
                  "var p = new P(); var r = getB(p);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  int32_t h = SmiHandlerOf(ExtraOf("getB", kLoad));
  EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kLoadField);
  ASSERT_TRUE(SmiHandler::IsInObject(h));
  Handle<Value> shape = ShapeOfGlobal("p");
  PropertyDetails details = DetailsIn(shape, "b");
  EXPECT_EQ(SmiHandler::IndexOf(h) * kTaggedSize,
            Shape::cast(*shape)->GetInObjectPropertyOffset(details.field_index()));
  EXPECT_EQ(LoadFieldWithSmiHandler(Global("p")->heap_object(), h), Value::FromInt32(2));
}

TEST_F(ICTest, OutOfObjectFieldIsASmiHandlerIntoTheProperties) {
  HandleScope scope(isolate_);
  std::string build = "var o = {};";
  for (int i = 0; i < 12; i++) build += "o.p" + std::to_string(i) + " = " + std::to_string(100 + i) + ";";
  ASSERT_TRUE(Run(build +
                  "function getLast(o) { return o.p11; }"
                  "%PrepareFunctionForOptimization(getLast);"
                  "var r = getLast(o);"));
  EXPECT_EQ(GlobalInt("r"), 111);
  Handle<Value> shape = ShapeOfGlobal("o");
  ASSERT_TRUE(Shape::cast(*shape)->has_fast_properties());
  ASSERT_LT(Shape::cast(*shape)->inobject_properties(), 12) << "the test needs an out-of-object field";
  int32_t h = SmiHandlerOf(ExtraOf("getLast", kLoad));
  EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kLoadField);
  EXPECT_FALSE(SmiHandler::IsInObject(h));
  EXPECT_EQ(SmiHandler::IndexOf(h),
            DetailsIn(shape, "p11").field_index() - Shape::cast(*shape)->inobject_properties());
  EXPECT_EQ(LoadFieldWithSmiHandler(Global("o")->heap_object(), h), Value::FromInt32(111));
}

// The prototype chain the next tests use: d -> Derived.prototype ->
// Base.prototype -> Object.prototype.
constexpr const char* kChain =
    "function Base() {}"
    "Base.prototype.size = 1;"
    "Base.prototype.kind = function () { return 'base'; };"
    "Object.defineProperty(Base.prototype, 'g', { get() { return this.own + 41; }, configurable: true });"
    "function Derived() { this.own = 1; }"
    "Derived.prototype = Object.create(Base.prototype);"
    "Derived.prototype.near = 0;"
    "var d = new Derived();"
    "function sizeOf(o) { return o.size; }"
    "function kindOf(o) { return o.kind(); }"
    "function getG(o) { return o.g; }"
    "function missing(o) { return o.nothing; }"
    "%PrepareFunctionForOptimization(sizeOf);"
    "%PrepareFunctionForOptimization(kindOf);"
    "%PrepareFunctionForOptimization(getG);"
    "%PrepareFunctionForOptimization(missing);";

TEST_F(ICTest, PrototypeFieldIsADataHandlerWithHolderAndCell) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  ASSERT_TRUE(Run("var r = sizeOf(d); var baseProto = Base.prototype;"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(StateOf("sizeOf", kLoad), ICState::kMonomorphic);
  Value handler = ExtraOf("sizeOf", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  DataHandler* d = DataHandler::cast(handler);
  EXPECT_EQ(SmiHandler::KindOf(d->smi_handler()), HandlerKind::kLoadField);
  EXPECT_EQ(d->holder(), *Global("baseProto"));
  ASSERT_TRUE(IsCell(d->validity_cell()));
  EXPECT_TRUE(Cell::cast(d->validity_cell())->IsValid());
  EXPECT_EQ(LoadFieldWithSmiHandler(d->holder().heap_object(), d->smi_handler()), Value::FromInt32(1));
}

TEST_F(ICTest, PrototypeMethodIsAConstant) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  ASSERT_TRUE(Run("var r = kindOf(d); var kindFn = Base.prototype.kind;"));
  EXPECT_EQ(GlobalString("r"), "base");
  Value handler = ExtraOf("kindOf", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  DataHandler* d = DataHandler::cast(handler);
  EXPECT_EQ(SmiHandler::KindOf(d->smi_handler()), HandlerKind::kLoadConstant);
  EXPECT_EQ(d->data(), *Global("kindFn"));
  ASSERT_TRUE(IsCell(d->validity_cell()));
  EXPECT_TRUE(Cell::cast(d->validity_cell())->IsValid());
}

TEST_F(ICTest, AccessorsAreLoadAccessorHandlers) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  // On a prototype: a DataHandler holding the AccessorPair.
  ASSERT_TRUE(Run("var r = getG(d); r = getG(d);"));
  EXPECT_EQ(GlobalInt("r"), 42);
  Value handler = ExtraOf("getG", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  DataHandler* d = DataHandler::cast(handler);
  EXPECT_EQ(SmiHandler::KindOf(d->smi_handler()), HandlerKind::kLoadAccessor);
  ASSERT_TRUE(IsAccessorPair(d->data()));
  EXPECT_TRUE(IsJSFunction(AccessorPair::cast(d->data())->getter()));
  EXPECT_TRUE(IsCell(d->validity_cell()));

  // Own: a smi handler whose field holds the pair.
  ASSERT_TRUE(Run("var own = { get h() { return 5; } };"
                  "function getH(o) { return o.h; }"
                  "%PrepareFunctionForOptimization(getH);"
                  "r = getH(own); r = getH(own);"));
  EXPECT_EQ(GlobalInt("r"), 5);
  int32_t h = SmiHandlerOf(ExtraOf("getH", kLoad));
  EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kLoadAccessor);
  EXPECT_TRUE(IsAccessorPair(LoadFieldWithSmiHandler(Global("own")->heap_object(), h)));
}

TEST_F(ICTest, NonexistentIsGuardedByACell) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  ASSERT_TRUE(Run("var r = missing(d); var r2 = missing(d);"));
  EXPECT_TRUE(Global("r2")->IsUndefined());
  EXPECT_EQ(StateOf("missing", kLoad), ICState::kMonomorphic);
  Value handler = ExtraOf("missing", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  DataHandler* d = DataHandler::cast(handler);
  EXPECT_EQ(SmiHandler::KindOf(d->smi_handler()), HandlerKind::kLoadNonexistent);
  ASSERT_TRUE(IsCell(d->validity_cell()));
  EXPECT_TRUE(Cell::cast(d->validity_cell())->IsValid());
}

TEST_F(ICTest, ArrayAndStringLength) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function len(o) { return o.length; }"
                  "function slen(s) { return s.length; }"
                  "%PrepareFunctionForOptimization(len);"
                  "%PrepareFunctionForOptimization(slen);"
                  "var arr = [1, 2, 3]; var r = len(arr); arr.push(4); var r2 = len(arr);"
                  "var str = 'hello'; var r3 = slen(str);"));
  EXPECT_EQ(GlobalInt("r"), 3);
  EXPECT_EQ(GlobalInt("r2"), 4);
  EXPECT_EQ(GlobalInt("r3"), 5);
  EXPECT_EQ(SmiHandler::KindOf(SmiHandlerOf(ExtraOf("len", kLoad))), HandlerKind::kLoadArrayLength);
  EXPECT_EQ(FeedbackOf("len", kLoad), *ShapeOfGlobal("arr"));
  EXPECT_EQ(StateOf("slen", kLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("slen", kLoad), *ShapeOfGlobal("str"));
  EXPECT_EQ(SmiHandler::KindOf(SmiHandlerOf(ExtraOf("slen", kLoad))), HandlerKind::kLoadStringLength);
}

TEST_F(ICTest, DictionaryAndPrimitiveReceivers) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function getR(o) { return o.r; }"
                  "function fixed(n) { return n.toFixed; }"
                  "%PrepareFunctionForOptimization(getR);"
                  "%PrepareFunctionForOptimization(fixed);"
                  "var dict = {q: 1, r: 2}; delete dict.q;"  // not the last-added
                  "var fast = %HasFastProperties(dict);"
                  "var r = getR(dict); r = getR(dict);"
                  "var f = fixed(5); var same = f === Number.prototype.toFixed;"));
  EXPECT_EQ(*Global("fast"), Value::False());
  EXPECT_EQ(GlobalInt("r"), 2);
  // A dictionary receiver: its own shape and a lookup in its dictionary.
  EXPECT_EQ(StateOf("getR", kLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("getR", kLoad), *ShapeOfGlobal("dict"));
  EXPECT_EQ(SmiHandler::KindOf(SmiHandlerOf(ExtraOf("getR", kLoad))), HandlerKind::kLoadNormal);
  // A number: the number pseudo shape, and the method as a constant.
  EXPECT_EQ(*Global("same"), Value::True());
  EXPECT_EQ(StateOf("fixed", kLoad), ICState::kMonomorphic);
  Value shape = FeedbackOf("fixed", kLoad);
  EXPECT_EQ(shape, FeedbackShapeOf(isolate_, Value::FromInt32(5)));
  EXPECT_EQ(shape, FeedbackShapeOf(isolate_, Value::FromDouble(0.5)));
  Value handler = ExtraOf("fixed", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  EXPECT_EQ(SmiHandler::KindOf(DataHandler::cast(handler)->smi_handler()), HandlerKind::kLoadConstant);
}

// A method up the chain of a dictionary-mode receiver that lacks it: the
// chain's constant behind its cell, the receiver's dictionary re-checked at
// each load (it can gain the name without a shape change).
TEST_F(ICTest, PrototypeMethodBehindADictionaryReceiver) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function hop(o) { return o.hasOwnProperty; }"
                  "%PrepareFunctionForOptimization(hop);"
                  "var dict = {q: 1, r: 2}; delete dict.q;"
                  "var m = hop(dict); m = hop(dict);"
                  "var same = m === Object.prototype.hasOwnProperty;"));
  EXPECT_EQ(*Global("same"), Value::True());
  EXPECT_EQ(StateOf("hop", kLoad), ICState::kMonomorphic);
  Value handler = ExtraOf("hop", kLoad);
  ASSERT_TRUE(IsDataHandler(handler));
  DataHandler* d = DataHandler::cast(handler);
  EXPECT_EQ(SmiHandler::KindOf(d->smi_handler()), HandlerKind::kLoadDictionaryProto);
  ASSERT_TRUE(IsCell(d->validity_cell()));
  EXPECT_TRUE(Cell::cast(d->validity_cell())->IsValid());
  // The receiver gains the name: the same site loads the own property.
  ASSERT_TRUE(Run("dict.hasOwnProperty = 7; var own = hop(dict);"));
  EXPECT_EQ(GlobalInt("own"), 7);
}

TEST_F(ICTest, InReadsLoadHandlersAsPresence) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function hasX(o) { return 'x' in o; }"
                  "%PrepareFunctionForOptimization(hasX);"
                  "var o = {x: 1}; var yes = hasX(o);"
                  "var p = {y: 1}; var no = hasX(p);"));
  EXPECT_EQ(*Global("yes"), Value::True());
  EXPECT_EQ(*Global("no"), Value::False());
  EXPECT_EQ(StateOf("hasX", FeedbackSlotKind::kIn), ICState::kPolymorphic);
  // Absent: a nonexistent handler guarded by the chain's cell, which a
  // later addition up the chain invalidates.
  ASSERT_TRUE(Run("Object.prototype.x = 0; var now = hasX(p); delete Object.prototype.x;"));
  EXPECT_EQ(*Global("now"), Value::True());
}

TEST_F(ICTest, TransitioningStoreHandlerIsTheTargetShape) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function addY(o) { o.y = 2; }"
                  "%PrepareFunctionForOptimization(addY);"
                  "var before = {x: 1}; var after = {x: 1}; addY(after);"));
  EXPECT_EQ(StateOf("addY", kStore), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("addY", kStore), *ShapeOfGlobal("before"));
  Value handler = ExtraOf("addY", kStore);
  ASSERT_TRUE(IsShape(handler));
  EXPECT_EQ(handler, *ShapeOfGlobal("after"));
  Shape* target = Shape::cast(handler);
  EXPECT_EQ(target->GetBackPointer()->ToValue(), *ShapeOfGlobal("before"));
  EXPECT_EQ(target->LastAdded()->ToValue(), Key("y"));
  // The next object of the old shape takes the cached transition.
  ASSERT_TRUE(Run("var third = {x: 3}; addY(third); var r = third.y;"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(*ShapeOfGlobal("third"), *ShapeOfGlobal("after"));
  EXPECT_EQ(StateOf("addY", kStore), ICState::kMonomorphic);
}

TEST_F(ICTest, FieldStoreHandlerCarriesTheRepresentation) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function setA(o, v) { o.a = v; }"
                  "function setB(o, v) { o.b = v; }"
                  "function setC(o, v) { o.c = v; }"
                  "%PrepareFunctionForOptimization(setA);"
                  "%PrepareFunctionForOptimization(setB);"
                  "%PrepareFunctionForOptimization(setC);"
                  "var o = {a: 1, b: 1.5, c: 'x'};"
                  "setA(o, 2); setB(o, 2.5); setC(o, 'y');"
                  "var r = o.a; var s = o.c;"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(GlobalString("s"), "y");
  Handle<Value> shape = ShapeOfGlobal("o");
  struct Case {
    const char* fn;
    const char* key;
    Representation rep;
  } cases[] = {{"setA", "a", Representation::Smi()},
               {"setB", "b", Representation::Double()},
               {"setC", "c", Representation::HeapObject()}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.fn);
    EXPECT_EQ(StateOf(c.fn, kStore), ICState::kMonomorphic);
    EXPECT_EQ(FeedbackOf(c.fn, kStore), *shape);
    int32_t h = SmiHandlerOf(ExtraOf(c.fn, kStore));
    EXPECT_EQ(SmiHandler::KindOf(h), HandlerKind::kStoreField);
    EXPECT_EQ(SmiHandler::RepresentationOf(h), c.rep);
    EXPECT_EQ(SmiHandler::RepresentationOf(h), DetailsIn(shape, c.key).representation());
    // The store changed the value: the field is no longer const.
    EXPECT_FALSE(SmiHandler::IsConst(h));
    ASSERT_TRUE(SmiHandler::IsInObject(h));
    EXPECT_EQ(SmiHandler::IndexOf(h) * kTaggedSize,
              Shape::cast(*shape)->GetInObjectPropertyOffset(DetailsIn(shape, c.key).field_index()));
  }
  // The smi handler refuses a double (the fast path fails, the runtime
  // generalizes): the value still lands.
  ASSERT_TRUE(Run("setA(o, 0.5); var d = o.a;"));
  EXPECT_EQ(Global("d")->Number(), 0.5);
}

// -- Validity cells ---------------------------------------------------------------------

// Each test warms a load site of kChain on `d` (WarmCell returns the
// handler's validity cell), changes the chain, checks the cell went invalid
// and that the site re-learns and loads the new value.
class ValidityCellTest : public ICTest {
 protected:
  Handle<Value> WarmCell(const char* fn) {
    EXPECT_TRUE(Run(std::string("var warm = ") + fn + "(d); warm = " + fn + "(d);"));
    Value handler = ExtraOf(fn, kLoad);
    EXPECT_TRUE(IsDataHandler(handler)) << fn;
    if (!IsDataHandler(handler)) return Handle<Value>(Value::Undefined(), isolate_);
    Value cell = DataHandler::cast(handler)->validity_cell();
    EXPECT_TRUE(IsCell(cell) && Cell::cast(cell)->IsValid()) << fn;
    return Handle<Value>(cell, isolate_);
  }
  // The site re-learned: a live handler with a fresh, valid cell.
  void ExpectRelearned(const char* fn, Handle<Value> old_cell) {
    EXPECT_EQ(StateOf(fn, kLoad), ICState::kMonomorphic);
    Value handler = ExtraOf(fn, kLoad);
    if (IsDataHandler(handler)) {
      Value cell = DataHandler::cast(handler)->validity_cell();
      EXPECT_NE(cell, *old_cell);
      if (IsCell(cell)) {
        EXPECT_TRUE(Cell::cast(cell)->IsValid());
      }
    }
  }
  static bool IsValid(Handle<Value> cell) { return IsCell(*cell) && Cell::cast(*cell)->IsValid(); }
};

TEST_F(ValidityCellTest, ValueStoreTwoPrototypesUpInvalidates) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("kindOf");
  ASSERT_TRUE(Run("Base.prototype.kind = function () { return 'base2'; };"));
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = kindOf(d);"));
  EXPECT_EQ(GlobalString("r"), "base2");
  ExpectRelearned("kindOf", cell);
  ASSERT_TRUE(Run("r = kindOf(d);"));  // and the new handler serves it
  EXPECT_EQ(GlobalString("r"), "base2");
}

TEST_F(ValidityCellTest, AddingAShadowOnTheNearerPrototypeInvalidates) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("sizeOf");
  ASSERT_TRUE(Run("Derived.prototype.size = 10;"));
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = sizeOf(d);"));
  EXPECT_EQ(GlobalInt("r"), 10);
  ExpectRelearned("sizeOf", cell);
}

TEST_F(ValidityCellTest, AddingAboveTheChainInvalidatesANonexistentLoad) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("missing");
  ASSERT_TRUE(Run("Object.prototype.nothing = 'here';"));
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = missing(d);"));
  EXPECT_EQ(GlobalString("r"), "here");
  ExpectRelearned("missing", cell);
  ASSERT_TRUE(Run("delete Object.prototype.nothing; var r2 = missing(d);"));
  EXPECT_TRUE(Global("r2")->IsUndefined());
}

TEST_F(ValidityCellTest, DeleteOnAPrototypeInvalidates) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("sizeOf");
  ASSERT_TRUE(Run("delete Base.prototype.size;"));
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = sizeOf(d);"));
  EXPECT_TRUE(Global("r")->IsUndefined());
}

TEST_F(ValidityCellTest, ValueStoreOnAPrototypeFieldInvalidates) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("sizeOf");
  ASSERT_TRUE(Run("Base.prototype.size = 2;"));
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = sizeOf(d);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  ExpectRelearned("sizeOf", cell);
}

TEST_F(ValidityCellTest, PrototypeMadeDictionaryInvalidatesAndStaysReachable) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("kindOf");
  ASSERT_TRUE(Run("var nearProto = Derived.prototype;"));
  Handle<Value> near_shape = ShapeOfGlobal("nearProto");
  // Derived.prototype's shape is replaced by a dictionary shape: no property
  // on the chain that the site depends on changes, but its cell must still
  // be invalid.
  ASSERT_TRUE(Run("Derived.prototype.extra = 1; Derived.prototype.extra2 = 2;"
                  "delete Derived.prototype.extra;"
                  "var fast = %HasFastProperties(Derived.prototype);"));
  EXPECT_EQ(*Global("fast"), Value::False());
  EXPECT_NE(*ShapeOfGlobal("nearProto"), *near_shape);
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = kindOf(d);"));
  EXPECT_EQ(GlobalString("r"), "base");
  Handle<Value> cell2 = WarmCell("kindOf");
  EXPECT_NE(*cell2, *cell);
  // A change above the replaced prototype still reaches the site.
  ASSERT_TRUE(Run("Base.prototype.kind = function () { return 'base3'; }; r = kindOf(d);"));
  EXPECT_FALSE(IsValid(cell2));
  EXPECT_EQ(GlobalString("r"), "base3");
}

// A prototype's shape is its own and changes in place (DESIGN.md
// "Shapes"): a change that adds, deletes or stores nothing still invalidates.
TEST_F(ValidityCellTest, PreventExtensionsOnAPrototypeInvalidates) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run(kChain));
  Handle<Value> cell = WarmCell("missing");
  ASSERT_TRUE(Run("Object.preventExtensions(Derived.prototype);"
                  "var extensible = Object.isExtensible(Derived.prototype);"));
  EXPECT_EQ(*Global("extensible"), Value::False());
  EXPECT_FALSE(IsValid(cell));
  ASSERT_TRUE(Run("var r = missing(d); Base.prototype.nothing = 'late'; var r2 = missing(d);"));
  EXPECT_TRUE(Global("r")->IsUndefined());
  EXPECT_EQ(GlobalString("r2"), "late");
}

// -- Field generalization ---------------------------------------------------------------

TEST_F(ICTest, SmiToTaggedGeneralizesInPlace) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function P(x) { this.x = x; } var a = new P(1), b = new P(2);"));
  Handle<Value> shape = ShapeOfGlobal("a");
  ASSERT_EQ(*ShapeOfGlobal("b"), *shape);
  EXPECT_EQ(DetailsIn(shape, "x").representation(), Representation::Smi());
  ASSERT_TRUE(Run("b.x = 'str';"));
  EXPECT_EQ(*ShapeOfGlobal("b"), *shape);
  EXPECT_EQ(*ShapeOfGlobal("a"), *shape);
  EXPECT_FALSE(Shape::cast(*shape)->is_deprecated());
  EXPECT_EQ(DetailsIn(shape, "x").representation(), Representation::Tagged());
  ASSERT_TRUE(Run("var c = new P(3); b.x = undefined;"));
  EXPECT_EQ(*ShapeOfGlobal("c"), *shape);
  EXPECT_EQ(*ShapeOfGlobal("b"), *shape);
}

TEST_F(ICTest, SmiToDoubleMakesANewShapeAndDeprecatesTheOld) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function Q(v) { this.v = v; } var q1 = new Q(1);"));
  Handle<Value> old_shape = ShapeOfGlobal("q1");
  EXPECT_EQ(DetailsIn(old_shape, "v").representation(), Representation::Smi());
  ASSERT_TRUE(Run("var q2 = new Q(1.5);"));
  Handle<Value> new_shape = ShapeOfGlobal("q2");
  EXPECT_NE(*new_shape, *old_shape);
  EXPECT_TRUE(Shape::cast(*old_shape)->is_deprecated());
  EXPECT_FALSE(Shape::cast(*new_shape)->is_deprecated());
  EXPECT_EQ(DetailsIn(new_shape, "v").representation(), Representation::Double());
  // Not touched yet: q1 keeps the deprecated shape until it is.
  EXPECT_EQ(*ShapeOfGlobal("q1"), *old_shape);
  // A later object shares the new shape, even with a smi.
  ASSERT_TRUE(Run("var q3 = new Q(2);"));
  EXPECT_EQ(*ShapeOfGlobal("q3"), *new_shape);
}

TEST_F(ICTest, ALoadMigratesADeprecatedReceiverAndRecordsTheNewShape) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function Q(v) { this.v = v; } var q1 = new Q(1); var q2 = new Q(1.5);"
                  "function getV(o) { return o.v; }"
                  "%PrepareFunctionForOptimization(getV);"));
  Handle<Value> old_shape = ShapeOfGlobal("q1");
  ASSERT_TRUE(Shape::cast(*old_shape)->is_deprecated());
  ASSERT_TRUE(Run("var r = getV(q1);"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(*ShapeOfGlobal("q1"), *ShapeOfGlobal("q2"));
  EXPECT_EQ(StateOf("getV", kLoad), ICState::kMonomorphic);
  Value recorded = FeedbackOf("getV", kLoad);
  ASSERT_TRUE(IsShape(recorded));
  EXPECT_FALSE(Shape::cast(recorded)->is_deprecated());
  EXPECT_EQ(recorded, *ShapeOfGlobal("q2"));
}

TEST_F(ICTest, AStoreMigratesADeprecatedReceiverAndRecordsTheNewShape) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function Q(v) { this.v = v; } var q1 = new Q(1); var q2 = new Q(1.5);"
                  "function setV(o, v) { o.v = v; }"
                  "%PrepareFunctionForOptimization(setV);"
                  "setV(q1, 3); var r = q1.v;"));
  EXPECT_EQ(GlobalInt("r"), 3);
  EXPECT_EQ(*ShapeOfGlobal("q1"), *ShapeOfGlobal("q2"));
  Value recorded = FeedbackOf("setV", kStore);
  ASSERT_TRUE(IsShape(recorded));
  EXPECT_FALSE(Shape::cast(recorded)->is_deprecated());
  EXPECT_EQ(recorded, *ShapeOfGlobal("q2"));
}

// V8's IC::UpdatePolymorphicIC filters deprecated maps out of a site when it
// re-learns, so their instances get migrated. A site that learned a shape
// before it was deprecated must not keep it once it re-learns.
TEST_F(ICTest, ASiteDropsAShapeDeprecatedAfterItWasLearned) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function Q(v) { this.v = v; } var q1 = new Q(1);"
                  "function getV(o) { return o.v; }"
                  "%PrepareFunctionForOptimization(getV);"
                  "getV(q1);"));
  Handle<Value> old_shape = ShapeOfGlobal("q1");
  ASSERT_EQ(FeedbackOf("getV", kLoad), *old_shape);
  ASSERT_TRUE(Run("var q2 = new Q(1.5); var r = getV(q2);"));
  ASSERT_TRUE(Shape::cast(*old_shape)->is_deprecated());
  EXPECT_EQ(Global("r")->Number(), 1.5);
  // Every shape the site holds is live (not deprecated).
  Value feedback = FeedbackOf("getV", kLoad);
  std::vector<Value> shapes;
  if (IsShape(feedback)) shapes.push_back(feedback);
  if (IsFeedbackArray(feedback)) {
    for (int i = 0; i < FeedbackArray::cast(feedback)->entries(); i++) {
      shapes.push_back(FeedbackArray::cast(feedback)->shape_at(i));
    }
  }
  for (Value s : shapes) {
    if (IsShape(s)) {
      EXPECT_FALSE(Shape::cast(s)->is_deprecated()) << "a deprecated shape stayed in feedback";
    }
  }
  // And a later load through the old object migrates it.
  ASSERT_TRUE(Run("r = getV(q1);"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(*ShapeOfGlobal("q1"), *ShapeOfGlobal("q2"));
}

// -- The stub cache ---------------------------------------------------------------------

TEST_F(ICTest, StubCacheCountsHitsAndMissesAndClears) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var o = {x: 1}; var p = {x: 1, y: 2};"));
  Handle<Value> shape_o = ShapeOfGlobal("o");
  Handle<Value> shape_p = ShapeOfGlobal("p");
  Handle<Value> x(Key("x"), isolate_), y(Key("y"), isolate_);
  auto cache = std::make_unique<StubCache>();
  cache->Clear();
  Value handler = Value::FromInt32(SmiHandler::Field(HandlerKind::kLoadField, true, 3));

  EXPECT_TRUE(cache->Get(*shape_o, Name::cast(*x)).IsTheHole());
  EXPECT_EQ(cache->hits(), 0);
  EXPECT_EQ(cache->misses(), 1);
  cache->Set(*shape_o, Name::cast(*x), handler);
  EXPECT_EQ(cache->Get(*shape_o, Name::cast(*x)), handler);
  EXPECT_EQ(cache->hits(), 1);
  // Same shape, other name; same name, other shape: misses.
  EXPECT_TRUE(cache->Get(*shape_o, Name::cast(*y)).IsTheHole());
  EXPECT_TRUE(cache->Get(*shape_p, Name::cast(*x)).IsTheHole());
  EXPECT_EQ(cache->hits(), 1);
  EXPECT_EQ(cache->misses(), 3);
  cache->Clear();
  EXPECT_TRUE(cache->Get(*shape_o, Name::cast(*x)).IsTheHole());
  EXPECT_EQ(cache->misses(), 4);
}

TEST_F(ICTest, EveryCollectionClearsTheStubCaches) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var o = {x: 1};"));
  Handle<Value> shape = ShapeOfGlobal("o");
  Handle<Value> x(Key("x"), isolate_);
  Value handler = Value::FromInt32(SmiHandler::Make(HandlerKind::kLoadArrayLength));
  for (bool full : {false, true}) {
    SCOPED_TRACE(full ? "mark-compact" : "scavenge");
    ICRuntime* ic = ICRuntimeOf(isolate_);
    ic->load_cache.Set(*shape, Name::cast(*x), handler);
    ic->store_cache.Set(*shape, Name::cast(*x), handler);
    ASSERT_EQ(ic->load_cache.Get(*shape, Name::cast(*x)), handler);
    if (full) {
      FullGC();
    } else {
      Scavenge();
    }
    ic = ICRuntimeOf(isolate_);
    EXPECT_TRUE(ic->load_cache.Get(*shape, Name::cast(*x)).IsTheHole());
    EXPECT_TRUE(ic->store_cache.Get(*shape, Name::cast(*x)).IsTheHole());
  }
}

TEST_F(ICTest, MegamorphicSitesUseTheStubCache) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [{x: 1}, {x: 2, a: 1}, {x: 3, b: 1}, {x: 4, c: 1}, {x: 5, d: 1}];"
                  "function getX(o) { return o.x; }"
                  "%PrepareFunctionForOptimization(getX);"
                  "for (var i = 0; i < 5; i++) getX(keep[i]);"
                  "var third = keep[2];"));
  ASSERT_EQ(StateOf("getX", kLoad), ICState::kMegamorphic);
  Handle<Value> third = Global("third");
  ICRuntime* ic = ICRuntimeOf(isolate_);
  // Fill the entry (a GC since the site went megamorphic may have cleared
  // it), then count one inline hit.
  EXPECT_EQ(Call("getX", third), Value::FromInt32(3));
  int64_t hits = ic->load_cache.hits(), misses = ic->load_cache.misses();
  EXPECT_EQ(Call("getX", third), Value::FromInt32(3));
  EXPECT_EQ(ic->load_cache.hits() - hits, 1);
  EXPECT_EQ(ic->load_cache.misses() - misses, 0);
  // After a collection the cache is empty: the load misses, the runtime
  // refills the entry, and the next load hits.
  Scavenge();
  hits = ic->load_cache.hits();
  misses = ic->load_cache.misses();
  EXPECT_EQ(Call("getX", third), Value::FromInt32(3));
  EXPECT_GE(ic->load_cache.misses() - misses, 1);
  EXPECT_EQ(ic->load_cache.hits() - hits, 0);
  hits = ic->load_cache.hits();
  EXPECT_EQ(Call("getX", third), Value::FromInt32(3));
  EXPECT_EQ(ic->load_cache.hits() - hits, 1);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMegamorphic);
}

// -- Weak feedback ----------------------------------------------------------------------

TEST_F(ICTest, ADeadShapeClearsAMonomorphicSite) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function getX(o) { return o.x; }"
                  "%PrepareFunctionForOptimization(getX);"
                  "getX({x: 1, onlyHere: 1});"
                  "0;"));
  ASSERT_EQ(StateOf("getX", kLoad), ICState::kMonomorphic);
  FullGC();
  EXPECT_TRUE(FeedbackOf("getX", kLoad).IsTheHole());
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kUninitialized);
  // The site re-learns.
  ASSERT_TRUE(Run("var o = {x: 2}; var r = getX(o);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("getX", kLoad), *ShapeOfGlobal("o"));
}

TEST_F(ICTest, DeadShapesShrinkAPolymorphicSite) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function getX(o) { return o.x; }"
                  "%PrepareFunctionForOptimization(getX);"
                  "var a = {x: 1, liveA: 1}, b = {x: 2, liveB: 1};"
                  "getX(a); getX(b); getX({x: 3, dies: 1});"
                  "0;"));
  ASSERT_EQ(StateOf("getX", kLoad), ICState::kPolymorphic);
  ASSERT_EQ(PolyEntriesOf("getX", kLoad), 3);
  FullGC();
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kPolymorphic);
  FeedbackArray* list = FeedbackArray::cast(FeedbackOf("getX", kLoad));
  int live = 0, cleared = 0;
  for (int i = 0; i < list->entries(); i++) {
    if (IsShape(list->shape_at(i))) live++;
    if (list->shape_at(i).IsTheHole()) cleared++;
  }
  EXPECT_EQ(live, 2);
  EXPECT_EQ(cleared, 1);
  // One more dies: one live shape reads as monomorphic.
  ASSERT_TRUE(Run("b = null; 0;"));
  FullGC();
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kMonomorphic);
  ASSERT_TRUE(Run("var r = getX(a);"));
  EXPECT_EQ(GlobalInt("r"), 1);
}

TEST_F(ICTest, ADeadTargetClearsACallSiteWhichRelearns) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function calls(f) { return f(); }"
                  "%PrepareFunctionForOptimization(calls);"
                  "calls(function () { return 1; });"
                  "0;"));
  ASSERT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kMonomorphic);
  FullGC();
  EXPECT_TRUE(FeedbackOf("calls", FeedbackSlotKind::kCallIC).IsTheHole());
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kUninitialized);
  ASSERT_TRUE(Run("function g() { return 2; } var r = calls(g);"));
  EXPECT_EQ(GlobalInt("r"), 2);
  EXPECT_EQ(StateOf("calls", FeedbackSlotKind::kCallIC), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("calls", FeedbackSlotKind::kCallIC), *Global("g"));
}

// V8 collects instanceof feedback as call feedback: a cleared target is a
// new chance to go monomorphic (node 20: "InstanceOf MONOMORPHIC [cleared]",
// then MONOMORPHIC on the new constructor).
TEST_F(ICTest, ADeadConstructorClearsAnInstanceOfSiteWhichRelearns) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function isA(o, C) { return o instanceof C; }"
                  "%PrepareFunctionForOptimization(isA);"
                  "isA({}, function () {});"
                  "0;"));
  ASSERT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kMonomorphic);
  FullGC();
  EXPECT_TRUE(FeedbackOf("isA", FeedbackSlotKind::kInstanceOf).IsTheHole());
  EXPECT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kUninitialized);
  ASSERT_TRUE(Run("function B() {} var r = isA(new B(), B);"));
  EXPECT_EQ(*Global("r"), Value::True());
  EXPECT_EQ(StateOf("isA", FeedbackSlotKind::kInstanceOf), ICState::kMonomorphic);
}

TEST_F(ICTest, LiveFeedbackSurvivesGCStressAndCompaction) {
  Flags flags = TestFlags();
  flags.gc_stress = true;  // a scavenge at every allocation, a full GC every 10th
  Start(flags);
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var keep = [{x: 1}, {x: 2, a: 1}, {x: 3, b: 1}];"
                  "function getX(o) { return o.x; }"
                  "%PrepareFunctionForOptimization(getX);"
                  "var sum = 0; for (var i = 0; i < 30; i++) sum += getX(keep[i % 3]);"));
  EXPECT_EQ(GlobalInt("sum"), 60);
  auto expect_three_live_entries = [&]() {
    ASSERT_EQ(StateOf("getX", kLoad), ICState::kPolymorphic);
    ASSERT_EQ(PolyEntriesOf("getX", kLoad), 3);
    ASSERT_TRUE(Run("var s0 = keep[0], s1 = keep[1], s2 = keep[2];"));
    Value expected[] = {*ShapeOfGlobal("s0"), *ShapeOfGlobal("s1"), *ShapeOfGlobal("s2")};
    FeedbackArray* list = FeedbackArray::cast(FeedbackOf("getX", kLoad));
    for (int i = 0; i < 3; i++) EXPECT_EQ(list->shape_at(i), expected[i]) << "entry " << i;
  };
  expect_three_live_entries();
  // Compaction moves the vector and its list; the weak entries follow.
  isolate_->heap()->CollectAllGarbage(GCReason::kTesting, Heap::CompactionMode::kAllPages);
  expect_three_live_entries();
  ASSERT_TRUE(Run("sum = 0; for (var j = 0; j < 30; j++) sum += getX(keep[j % 3]);"));
  EXPECT_EQ(GlobalInt("sum"), 60);
  EXPECT_EQ(StateOf("getX", kLoad), ICState::kPolymorphic);
}

// -- Lazy feedback allocation -----------------------------------------------------------

TEST_F(ICTest, AFunctionCalledOnceHasNoVector) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function f(o) { return o.x; } var r = f({x: 1});"));
  EXPECT_EQ(GlobalInt("r"), 1);
  EXPECT_EQ(VectorOf("f"), nullptr);
}

TEST_F(ICTest, TheBudgetAllocatesTheVectorAndSitesLearn) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function f(o) { return o.x; } var o = {x: 1};"
                  "var sum = 0; for (var i = 0; i < 1000; i++) sum += f(o);"));
  EXPECT_EQ(GlobalInt("sum"), 1000);
  ASSERT_NE(VectorOf("f"), nullptr);
  EXPECT_EQ(StateOf("f", kLoad), ICState::kMonomorphic);
  EXPECT_EQ(FeedbackOf("f", kLoad), *ShapeOfGlobal("o"));
}

TEST_F(ICTest, TheFeedbackAllocationBudgetIsAFlag) {
  Flags flags = TestFlags();
  flags.interrupt_budget_for_feedback_allocation = 1 << 30;
  Start(flags);
  {
    HandleScope scope(isolate_);
    ASSERT_TRUE(Run("function f(o) { return o.x; } var o = {x: 1};"
                    "for (var i = 0; i < 1000; i++) f(o);"));
    EXPECT_EQ(VectorOf("f"), nullptr);
  }
  flags.interrupt_budget_for_feedback_allocation = 1;
  Start(flags);
  {
    HandleScope scope(isolate_);
    // The first return spends the whole budget: the vector exists after one
    // call, and the second call's load learns.
    ASSERT_TRUE(Run("function f(o) { return o.x; } var o = {x: 1}; f(o);"));
    ASSERT_NE(VectorOf("f"), nullptr);
    EXPECT_EQ(StateOf("f", kLoad), ICState::kUninitialized);
    ASSERT_TRUE(Run("f(o);"));
    EXPECT_EQ(StateOf("f", kLoad), ICState::kMonomorphic);
  }
}

TEST_F(ICTest, NoLazyFeedbackAllocationAllocatesAtEntry) {
  Flags flags = TestFlags();
  flags.lazy_feedback_allocation = false;
  Start(flags);
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function f(o) { return o.x; } var o = {x: 1}; var r = f(o);"));
  EXPECT_EQ(GlobalInt("r"), 1);
  ASSERT_NE(VectorOf("f"), nullptr);
  EXPECT_EQ(StateOf("f", kLoad), ICState::kMonomorphic);
}

TEST_F(ICTest, ClosuresOfOneLiteralShareTheVector) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function make() { return function (o) { return o.x; }; }"
                  "var f1 = make(), f2 = make();"
                  "%PrepareFunctionForOptimization(f1);"
                  "var o = {x: 1}; f2(o);"));
  ASSERT_NE(VectorOf("f1"), nullptr);
  EXPECT_EQ(VectorOf("f1"), VectorOf("f2"));
  // f2's call taught f1's (shared) site.
  EXPECT_EQ(StateOf("f1", kLoad), ICState::kMonomorphic);
}

// The vector of the one top-level script function in the heap, or nullptr.
FeedbackVector* TopLevelVector(Isolate* isolate, int* count) {
  FeedbackVector* found = nullptr;
  *count = 0;
  isolate->heap()->ForEachObject([&](HeapObject* object) {
    if (object->instance_type() != InstanceType::kFeedbackVector) return;
    FeedbackVector* vector = static_cast<FeedbackVector*>(object);
    if (vector->shared()->kind() != FunctionKind::kTopLevel) return;
    found = vector;
    ++*count;
  });
  return found;
}

TEST_F(ICTest, ATopLevelLoopGetsFeedback) {
  HandleScope scope(isolate_);
  int count = 0;
  // A short loop: no vector.
  ASSERT_TRUE(Run("var o = {x: 1}; var sum = 0; for (var i = 0; i < 2; i++) sum += o.x;"));
  EXPECT_EQ(TopLevelVector(isolate_, &count), nullptr);
  // A long one: the back edges spend the budget, the vector is allocated
  // mid-loop and the loop's sites learn.
  ASSERT_TRUE(Run("var p = {y: 1}; var total = 0; for (var j = 0; j < 5000; j++) total += p.y;"));
  EXPECT_EQ(GlobalInt("total"), 5000);
  FeedbackVector* vector = TopLevelVector(isolate_, &count);
  ASSERT_NE(vector, nullptr);
  EXPECT_EQ(count, 1);
  int load = SlotIn(vector, kLoad);
  ASSERT_GE(load, 0);
  EXPECT_EQ(GetICState(vector, load), ICState::kMonomorphic);
  int global = SlotIn(vector, FeedbackSlotKind::kLoadGlobalIC);
  ASSERT_GE(global, 0);
  EXPECT_EQ(GetICState(vector, global), ICState::kMonomorphic);
  Value shape = vector->feedback(load);
  EXPECT_EQ(shape, *ShapeOfGlobal("p"));
}

}  // namespace
}  // namespace lucid

namespace lucid {
namespace {

TEST_F(ICTest, NoElementsProtectorIsInvalidatedByAnElementOnAPrototype) {
  HandleScope scope(isolate_);
  Value protector = isolate_->roots().no_elements_protector();
  ASSERT_TRUE(IsCell(protector));
  EXPECT_TRUE(Cell::cast(protector)->IsValid());
  ASSERT_TRUE(Run("var plain = {}; plain[0] = 1; var arr = [1, 2]; arr[5] = 3;"));
  EXPECT_TRUE(Cell::cast(isolate_->roots().no_elements_protector())->IsValid())
      << "elements on ordinary objects and arrays keep it";
  ASSERT_TRUE(Run("Array.prototype[3] = 'x';"));
  EXPECT_FALSE(Cell::cast(isolate_->roots().no_elements_protector())->IsValid());
}

}  // namespace
}  // namespace lucid

namespace lucid {
namespace {

bool ProtectorValid(Isolate* isolate, RootIndex index) { return Cell::cast(isolate->roots().at(index))->IsValid(); }

TEST_F(ICTest, ArrayIteratorProtectorSurvivesUnrelatedChangesAndBreaksOnNext) {
  HandleScope scope(isolate_);
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kArrayIteratorProtector));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector));
  ASSERT_TRUE(Run("Array.prototype.extra = 1; String.prototype.extra = 2; var a = [1, 2]; a.x = 3;"
                  "var s = 0; for (var v of a) s += v; var t = [...a, ...'ab'];"));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kArrayIteratorProtector))
      << "other properties of the guarded objects keep it";
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector));
  ASSERT_TRUE(Run("var AIP = Object.getPrototypeOf([][Symbol.iterator]()); AIP.next = AIP.next;"));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kArrayIteratorProtector)) << "the same builtin again";
  ASSERT_TRUE(Run("AIP.next = function () { return {done: true}; };"));
  EXPECT_FALSE(ProtectorValid(isolate_, RootIndex::kArrayIteratorProtector));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector))
      << "string iterators have their own %StringIteratorPrototype%";
  ASSERT_TRUE(Run("var SIP = Object.getPrototypeOf(''[Symbol.iterator]()); SIP.next = SIP.next;"));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector)) << "the same builtin again";
  ASSERT_TRUE(Run("SIP.next = function () { return {done: true}; };"));
  EXPECT_FALSE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector));
}

TEST_F(ICTest, ArrayIteratorProtectorBreaksOnAnOwnIteratorOrDelete) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var b = [1]; b[Symbol.iterator] = function* () {};"));
  EXPECT_FALSE(ProtectorValid(isolate_, RootIndex::kArrayIteratorProtector));
  EXPECT_TRUE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector));
  ASSERT_TRUE(Run("delete String.prototype[Symbol.iterator];"));
  EXPECT_FALSE(ProtectorValid(isolate_, RootIndex::kStringIteratorProtector));
}

}  // namespace
}  // namespace lucid
