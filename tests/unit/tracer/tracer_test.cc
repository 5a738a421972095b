// Copyright 2025 the Lucid authors. MIT license.
// The Tracer: both renderings of every event kind, ids at first mention,
// sites and --trace-filter, --predictable determinism, --stats, and the
// map-channel hooks driven through the object model.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "gc/handles.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_key.h"
#include "vm/objects/script.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"
#include "vm/tracer.h"

namespace lucid {
namespace {

// The script the fake site points into (1-based lines):
//   1 function makeAB() { return {a: 1, b: 2}; }
//   2 var o = makeAB();
//   3 delete o.a;
constexpr const char* kSource =
    "function makeAB() { return {a: 1, b: 2}; }\n"
    "var o = makeAB();\n"
    "delete o.a;\n";

// A stand-in for the interpreter's top frame: the function and source
// position the tracer should report.
struct FakeSite {
  Handle<SharedFunctionInfo> shared;
  int32_t bytecode_offset = 0;
  int32_t position = -1;
  bool active = false;
};

bool ResolveFakeSite(Isolate*, void* data, TraceFrameInfo* out) {
  FakeSite* site = static_cast<FakeSite*>(data);
  if (!site->active) return false;
  out->shared = *site->shared;
  out->bytecode_offset = site->bytecode_offset;
  out->source_position = site->position;
  return true;
}

class TracerTest : public ::testing::Test {
 protected:
  void TearDown() override { Stop(); }

  // A fresh isolate whose tracer writes to a temporary file.
  void Start(const std::function<void(Flags&)>& configure) {
    Stop();
    char path[] = "/tmp/lucid_tracer_test_XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    close(fd);
    path_ = path;
    Flags flags;
    flags.max_semi_space_size = 1;
    flags.min_semi_space_size = 1;
    flags.predictable = true;
    flags.verify_heap = true;
    // LUCID_GC_STRESS=1: a scavenge at every allocation (the tracer must
    // never hold a movable cell across one, and never allocate).
    if (std::getenv("LUCID_GC_STRESS") != nullptr) flags.gc_stress = true;
    flags.trace_file = path_;
    configure(flags);
    isolate_ = Isolate::New(flags);
    InitializeObjectModel(isolate_);
    scope_ = new ScopeHolder(isolate_);
    Factory* f = factory();
    Handle<Script> script = f->NewScript(f->NewStringFromUtf8(kSource, AllocationType::kOld),
                                         f->NewStringFromUtf8("/home/u/shapes.js", AllocationType::kOld));
    site_.shared = f->NewSharedFunctionInfo(f->InternalizeUtf8("makeAB"), FunctionKind::kNormalFunction);
    site_.shared->set_script(script->ToValue());
    site_.shared->set_start_position(0);
    site_.active = false;
    tracer()->SetSiteResolver(ResolveFakeSite, &site_);
  }
  void Stop() {
    if (isolate_ == nullptr) return;
    delete scope_;
    scope_ = nullptr;
    Isolate::Dispose(isolate_);
    isolate_ = nullptr;
  }

  Isolate* isolate() const { return isolate_; }
  Factory* factory() const { return FactoryOf(isolate_); }
  Tracer* tracer() const { return isolate_->tracer(); }

  // Runs "inside" makeAB at the source offset of {marker}.
  void At(std::string_view marker, int bytecode_offset = 3) {
    size_t offset = std::string_view(kSource).find(marker);
    ASSERT_NE(offset, std::string_view::npos) << marker;
    site_.position = static_cast<int32_t>(offset);
    site_.bytecode_offset = bytecode_offset;
    site_.active = true;
  }
  void Internal() { site_.active = false; }

  // Everything traced so far.
  std::string Output() {
    tracer()->Flush();
    std::ifstream in(path_);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::vector<std::string> Lines() {
    std::vector<std::string> lines;
    std::stringstream in(Output());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  // Output after the whole isolate has gone (summary lines included).
  std::string FinalOutput() {
    Stop();
    std::ifstream in(path_);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  Handle<JSObject> NewObject() { return factory()->NewJSObject(); }
  void Set(Handle<JSObject> o, std::string_view key, Value value,
           StoreOrigin origin = StoreOrigin::kNamed) {
    MaybeBool ok = JSReceiver::SetProperty(isolate_, o, PropertyKey::From(isolate_, key),
                                           handle(value, isolate_), origin);
    ASSERT_TRUE(ok.has_value() && *ok) << key;
  }
  bool Delete(Handle<JSObject> o, std::string_view key) {
    return *JSReceiver::DeleteProperty(isolate_, o, PropertyKey::From(isolate_, key));
  }

  FakeSite site_;

 private:
  Isolate* isolate_ = nullptr;
  struct ScopeHolder {
    explicit ScopeHolder(Isolate* isolate) : scope(isolate) {}
    HandleScope scope;
  };
  ScopeHolder* scope_ = nullptr;
  std::string path_;
};

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// -- Helpers -------------------------------------------------------------------------------

TEST(TracerGlob, Matches) {
  EXPECT_TRUE(Tracer::GlobMatch("*", ""));
  EXPECT_TRUE(Tracer::GlobMatch("*", "anything"));
  EXPECT_TRUE(Tracer::GlobMatch("*.js", "shapes.js"));
  EXPECT_FALSE(Tracer::GlobMatch("*.js", "shapes.jsx"));
  EXPECT_TRUE(Tracer::GlobMatch("make*", "makeAB"));
  EXPECT_TRUE(Tracer::GlobMatch("m?ke[A-C]B", "makeAB"));
  EXPECT_FALSE(Tracer::GlobMatch("m?ke[!A]B", "makeAB"));
  EXPECT_TRUE(Tracer::GlobMatch("*/bench/*.js", "/x/bench/richards.js"));
  EXPECT_TRUE(Tracer::GlobMatch("a*b*c", "aXXbYYbZc"));
  EXPECT_FALSE(Tracer::GlobMatch("a*b*c", "aXXbYYbZ"));
  EXPECT_TRUE(Tracer::GlobMatch("\\*x", "*x"));
  EXPECT_FALSE(Tracer::GlobMatch("\\*x", "ax"));
  EXPECT_FALSE(Tracer::GlobMatch("", "x"));
}

TEST(TracerString, CutsWithEllipsis) {
  TraceString<8> s;
  s = "abc";
  EXPECT_EQ(s.view(), "abc");
  s = "abcdefghij";
  EXPECT_EQ(s.view(), "abcd\xE2\x80\xA6");
  // Never splits a UTF-8 sequence: "ééé" is 6 bytes + more.
  s = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";
  EXPECT_EQ(s.view(), "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
}

TEST(TracerEvents, ListNamesEveryEvent) {
  EXPECT_STREQ(TraceEventName(TraceEventType::kMapTransition), "MapTransition");
  EXPECT_STREQ(TraceChannelName(TraceChannel::kMap), "map");
  int count = 0;
#define V(Name, channel, ev, op, FIELDS) \
  count++;                               \
  EXPECT_NE(std::string_view(ev), "");
  TRACE_EVENT_LIST(V)
#undef V
  EXPECT_EQ(count, static_cast<int>(TraceEventType::kCount));
}

// -- Enabling --------------------------------------------------------------------------------

TEST_F(TracerTest, OffByDefault) {
  Start([](Flags&) {});
  for (int c = 0; c < static_cast<int>(TraceChannel::kCount); ++c) {
    EXPECT_FALSE(tracer()->enabled(static_cast<TraceChannel>(c)));
  }
  At("{a");
  Handle<JSObject> o = NewObject();
  Set(o, "a", Value::FromInt32(1));
  // No hook ran: no id was assigned.
  EXPECT_EQ(o->shape()->trace_id(), 0u);
  EXPECT_EQ(Output(), "");
}

// Without --trace-format, a --trace-file named *.jsonl gets JSON Lines;
// an explicit format wins.
TEST_F(TracerTest, JsonlFileNamePicksFormat) {
  std::string jsonl_path = "/tmp/lucid_tracer_test_" + std::to_string(getpid()) + ".jsonl";
  for (const char* format : {"", "text", "jsonl"}) {
    Start([&](Flags& f) {
      f.trace_maps = true;
      f.trace_format = format;
      f.trace_file = jsonl_path;
    });
    bool expect_jsonl = std::string_view(format) != "text";
    EXPECT_EQ(tracer()->rendering(TraceChannel::kMeta), expect_jsonl) << "format '" << format << "'";
  }
  Start([](Flags& f) { f.trace_maps = true; });  // the fixture's file: no .jsonl
  EXPECT_FALSE(tracer()->rendering(TraceChannel::kMeta));
  std::remove(jsonl_path.c_str());
}

TEST_F(TracerTest, FlagsPickChannels) {
  Start([](Flags& f) { f.trace_maps = true; });
  EXPECT_TRUE(tracer()->enabled(TraceChannel::kMap));
  EXPECT_TRUE(tracer()->rendering(TraceChannel::kMap));
  EXPECT_FALSE(tracer()->enabled(TraceChannel::kIC));
  Start([](Flags& f) { f.trace_all = true; });
  EXPECT_TRUE(tracer()->enabled(TraceChannel::kIC));
  EXPECT_TRUE(tracer()->enabled(TraceChannel::kGC));
  EXPECT_FALSE(tracer()->rendering(TraceChannel::kMeta));  // text: no meta lines
  Start([](Flags& f) { f.stats = true; });
  EXPECT_TRUE(tracer()->enabled(TraceChannel::kMap));  // counted...
  EXPECT_FALSE(tracer()->rendering(TraceChannel::kMap));  // ...not printed
  Start([](Flags& f) {
    f.trace_maps_details = true;
    f.trace_format = "jsonl";
  });
  EXPECT_TRUE(tracer()->rendering(TraceChannel::kMap));
  EXPECT_TRUE(tracer()->rendering(TraceChannel::kMeta));
  EXPECT_TRUE(tracer()->jsonl());
  EXPECT_TRUE(tracer()->details());
}

// -- Text rendering of the map channel ---------------------------------------------------------

TEST_F(TracerTest, TransitionText) {
  Start([](Flags& f) { f.trace_maps = true; });
  Handle<JSObject> o = NewObject();
  At("a: 1");
  Set(o, "a", Value::FromInt32(1));
  At("b: 2");
  Set(o, "b", Value::FromInt32(2));
  std::vector<std::string> lines = Lines();
  ASSERT_EQ(lines.size(), 3u) << Output();
  EXPECT_EQ(lines[0],
            "[map]   0.000 M1{}                                existing         ctor=Object inobject=4");
  EXPECT_EQ(lines[1],
            "[map]   0.000 M2 = M1 + a:smi                     transition       makeAB shapes.js:1:29");
  EXPECT_EQ(lines[2],
            "[map]   0.000 M3 = M2 + b:smi                     transition       makeAB shapes.js:1:35");
  // Ids live in the shapes.
  EXPECT_EQ(o->shape()->trace_id(), 3u);
  // Following an existing transition creates nothing and prints nothing.
  Handle<JSObject> p = NewObject();
  Set(p, "a", Value::FromInt32(5));
  Set(p, "b", Value::FromInt32(6));
  EXPECT_EQ(Lines().size(), 3u);
}

TEST_F(TracerTest, DeleteNotLastGoesDictionary) {
  Start([](Flags& f) { f.trace_maps = true; });
  Handle<JSObject> o = NewObject();
  At("a: 1");
  Set(o, "a", Value::FromInt32(1));
  Set(o, "b", Value::FromInt32(2));
  At("delete");
  ASSERT_TRUE(Delete(o, "a"));
  std::vector<std::string> lines = Lines();
  ASSERT_EQ(lines.size(), 4u) << Output();
  EXPECT_EQ(lines[3],
            "[map]   0.000 M4 = dict(M3)                       to-dictionary    makeAB shapes.js:3:1"
            "    reason=delete a (not last)");
}

TEST_F(TracerTest, TooManyFastPropertiesKeyed) {
  Start([](Flags& f) { f.trace_maps = true; });
  Handle<JSObject> o = NewObject();
  At("o =");
  for (int i = 0; i < 20; ++i) {
    Set(o, "p" + std::to_string(i), Value::FromInt32(i), StoreOrigin::kMaybeKeyed);
  }
  EXPECT_FALSE(o->HasFastProperties());
  std::string out = Output();
  EXPECT_TRUE(Contains(out, "M20 = M19 + p18:smi")) << out;
  EXPECT_TRUE(Contains(out, "M21 = dict(M20)                     to-dictionary    makeAB shapes.js:2:5"
                            "    reason=too many fast properties (adding p19)"))
      << out;
}

TEST_F(TracerTest, InPlaceGeneralizationAndDeprecation) {
  Start([](Flags& f) { f.trace_maps = true; });
  At("a: 1");
  Handle<JSObject> o1 = NewObject();
  Set(o1, "a", Value::FromInt32(1));
  // smi -> tagged: in place (the seed's `q.x = undefined`).
  Set(o1, "a", Value::Undefined());
  std::string out = Output();
  EXPECT_TRUE(Contains(out, "M2.a smi->tagged (in place)         generalize       makeAB shapes.js:1:29"
                            "   const->mutable"))
      << out;

  // smi -> double: a new shape, the old branch deprecated, instances migrate.
  Handle<JSObject> s1 = NewObject();
  At("b: 2");
  Set(s1, "b", Value::FromInt32(1));
  Shape* smi_shape = s1->shape();
  Handle<JSObject> s2 = NewObject();
  Set(s2, "b", Value::FromDouble(1.5));
  EXPECT_TRUE(smi_shape->is_deprecated());
  At("delete");
  Set(s1, "b", Value::FromInt32(7));  // touching s1 migrates it
  std::vector<std::string> lines = Lines();
  ASSERT_GE(lines.size(), 4u) << Output();
  EXPECT_EQ(lines[lines.size() - 4],
            "[map]   0.000 M3 = M1 + b:smi                     transition       makeAB shapes.js:1:35");
  EXPECT_EQ(lines[lines.size() - 3],
            "[map]   0.000 M4 = M1 + b:double                  transition       makeAB shapes.js:1:35");
  EXPECT_EQ(lines[lines.size() - 2],
            "[map]   0.000 M3 deprecated -> M4                 generalize       makeAB shapes.js:1:35"
            "   b: smi->double (new shape)");
  EXPECT_EQ(lines[lines.size() - 1],
            "[map]   0.000 obj migrated M3 -> M4               migrate          makeAB shapes.js:3:1");
}

TEST_F(TracerTest, DetailsLine) {
  Start([](Flags& f) { f.trace_maps_details = true; });
  At("a: 1");
  Handle<JSObject> o = NewObject();
  Set(o, "a", Value::FromInt32(1));
  std::vector<std::string> lines = Lines();
  ASSERT_EQ(lines.size(), 4u) << Output();
  EXPECT_EQ(lines[1], "    M1: {} proto=Object.prototype inobject=4 unused=4");
  EXPECT_EQ(lines[3], "    M2: {a:smi(const)@in0} proto=Object.prototype inobject=4 unused=3");
}

TEST_F(TracerTest, PrototypeAndValidityCells) {
  Start([](Flags& f) { f.trace_maps = true; });
  At("o =");
  Handle<JSObject> proto = NewObject();
  Set(proto, "m", Value::FromInt32(1));
  Handle<JSObject> o = NewObject();
  ASSERT_TRUE(JSReceiver::SetPrototype(isolate(), o, proto));
  // A lookup through the prototype makes it fast; the IC would then ask for
  // the validity cell.
  Handle<Shape> o_shape(o->shape(), isolate());
  JSObject::MakePrototypesFast(isolate(), o);
  Shape::GetOrCreatePrototypeChainValidityCell(isolate(), handle(o->shape(), isolate()));
  Set(proto, "n", Value::FromInt32(2));  // invalidates
  std::string out = Output();
  EXPECT_TRUE(Contains(out, "to-dictionary    makeAB shapes.js:2:5    reason=prototype setup mode"))
      << out;
  EXPECT_TRUE(Contains(out, "set-prototype")) << out;
  EXPECT_TRUE(Contains(out, "to-fast")) << out;
  EXPECT_TRUE(Contains(out, "validity cell invalidated        invalidate-cell  makeAB shapes.js:2:5"
                            "    cells=1"))
      << out;
}

TEST_F(TracerTest, ShapePropertiesCutAfterSix) {
  Start([](Flags&) {});
  Handle<JSObject> o = NewObject();
  for (const char* key : {"a", "b", "c", "d", "e", "f", "g", "h", "i"}) Set(o, key, Value::FromInt32(1));
  Set(o, "b", Value::FromDouble(0.5));
  TraceLongString props;
  Tracer::FormatShapeProperties(o->shape(), &props);
  EXPECT_EQ(props.view(), "{a:smi,b:double,c:smi,d:smi,e:smi,f:smi,\xE2\x80\xA6+3}");
  TraceLongString fp;
  Tracer::FormatFingerprint(o->shape(), &fp);
  EXPECT_EQ(fp.view(), "Object:a:s|b:d|c:s|d:s|e:s|f:s|g:s|h:s|i:s");
}

// -- Sites and the filter ----------------------------------------------------------------------

TEST_F(TracerTest, InternalEventsHiddenByDefault) {
  Start([](Flags& f) { f.trace_maps = true; });
  Internal();
  Handle<JSObject> o = NewObject();
  Set(o, "a", Value::FromInt32(1));
  EXPECT_EQ(Output(), "");
  EXPECT_EQ(o->shape()->trace_id(), 0u);  // never mentioned: no id
}

TEST_F(TracerTest, FilterStarShowsInternalEvents) {
  Start([](Flags& f) {
    f.trace_maps = true;
    f.trace_filter = "*";
  });
  Internal();
  Handle<JSObject> o = NewObject();
  Set(o, "zz", Value::FromInt32(1));
  std::string out = Output();
  EXPECT_TRUE(Contains(out, "+ zz:smi                  transition       <unknown>")) << out;
}

TEST_F(TracerTest, FilterMatchesFileOrFunction) {
  for (const char* filter : {"shapes.js", "*.js", "/home/*/shapes.js", "make*"}) {
    Start([filter](Flags& f) {
      f.trace_maps = true;
      f.trace_filter = filter;
    });
    At("a: 1");
    Set(NewObject(), "a", Value::FromInt32(1));
    EXPECT_NE(Output(), "") << filter;
  }
  for (const char* filter : {"other.js", "*.ts", "main"}) {
    Start([filter](Flags& f) {
      f.trace_maps = true;
      f.trace_filter = filter;
    });
    At("a: 1");
    Set(NewObject(), "a", Value::FromInt32(1));
    EXPECT_EQ(Output(), "") << filter;
  }
}

TEST_F(TracerTest, PredictableRunsAreIdentical) {
  auto run = [this]() {
    Start([](Flags& f) {
      f.trace_maps_details = true;
      f.trace_format = "jsonl";
    });
    At("a: 1");
    Handle<JSObject> o = NewObject();
    Set(o, "a", Value::FromInt32(1));
    Set(o, "b", Value::FromDouble(0.5));
    Delete(o, "a");
    Handle<JSObject> p = NewObject();
    Set(p, "a", Value::FromDouble(2.5));
    return FinalOutput();
  };
  std::string first = run();
  std::string second = run();
  EXPECT_EQ(first, second);
  EXPECT_TRUE(Contains(first, "\"t\":0,")) << first;
  EXPECT_TRUE(Contains(first, "\"pid\":0")) << first;
}

// -- JSON Lines ---------------------------------------------------------------------------------

TEST_F(TracerTest, JsonLinesDefinitionsFirst) {
  Start([](Flags& f) {
    f.trace_maps = true;
    f.trace_format = "jsonl";
  });
  At("a: 1");
  Handle<JSObject> o = NewObject();
  Set(o, "a", Value::FromInt32(1));
  std::string out = FinalOutput();
  std::vector<std::string> lines;
  std::stringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 6u) << out;
  EXPECT_TRUE(lines[0].starts_with("{\"ev\":\"header\",\"format\":\"lucid trace\",\"version\":1,"
                                   "\"vm\":\"lucid 0.1.0\",\"argv\":["))
      << lines[0];
  EXPECT_TRUE(Contains(lines[0], "\"channels\":[\"map\"],\"time_unit\":\"us\",\"start_unix_ms\":0,"
                                 "\"pid\":0,\"predictable\":true}"))
      << lines[0];
  EXPECT_EQ(lines[1], "{\"ev\":\"script\",\"id\":\"S1\",\"url\":\"/home/u/shapes.js\",\"len\":73}");
  EXPECT_EQ(lines[2],
            "{\"ev\":\"fn\",\"id\":\"F1\",\"name\":\"makeAB\",\"script\":\"S1\",\"line\":1,\"col\":1,"
            "\"params\":0}");
  EXPECT_EQ(lines[3],
            "{\"ev\":\"shape\",\"t\":0,\"op\":\"existing\",\"id\":\"M1\",\"ctor\":\"Object\","
            "\"props\":\"{}\",\"nprops\":0,\"inobject\":4,\"elements\":\"HOLEY\",\"dictionary\":false,"
            "\"prototype\":false,\"deprecated\":false,\"fp\":\"Object:\"}");
  EXPECT_EQ(lines[4],
            "{\"ev\":\"shape\",\"t\":0,\"op\":\"add\",\"id\":\"M2\",\"parent\":\"M1\",\"prop\":\"a\","
            "\"repr\":\"smi\",\"attrs\":\"WEC\",\"loc\":\"inobject:0\",\"ctor\":\"Object\","
            "\"site\":{\"fn\":\"F1\",\"bc\":3,\"line\":1,\"col\":29},\"fp\":\"Object:a:s\"}");
  EXPECT_EQ(lines[5],
            "{\"ev\":\"summary\",\"t\":0,\"shapes\":{\"created\":1,\"transitions\":1,\"dictionary\":0,"
            "\"deprecated\":0,\"generalized\":0,\"migrations\":0,\"prototypes\":0,\"invalidations\":0}}");
}

// Every event kind renders in both formats from the same struct.
TEST_F(TracerTest, EveryEventRendersInBothFormats) {
  for (const char* format : {"text", "jsonl"}) {
    Start([format](Flags& f) {
      f.trace_all = true;
      f.trace_format = format;
    });
    bool jsonl = std::string_view(format) == "jsonl";
    int expected_lines = 0;
#define V(Name, channel, ev, op, FIELDS)                                      \
  {                                                                           \
    Name##Event e;                                                            \
    size_t before = Output().size();                                          \
    tracer()->Emit(e);                                                        \
    std::string out = Output().substr(before);                                \
    if (jsonl) {                                                              \
      EXPECT_TRUE(Contains(out, "\"ev\":\"" ev "\"")) << #Name << ": " << out; \
      EXPECT_TRUE(out.ends_with("}\n")) << #Name << ": " << out;              \
    } else if (TraceChannel::channel != TraceChannel::kMeta &&                \
               TraceEventType::k##Name != TraceEventType::kCode &&            \
               TraceChannel::channel != TraceChannel::kGC) {                  \
      EXPECT_TRUE(out.starts_with("[")) << #Name << ": " << out;              \
      expected_lines++;                                                       \
    } else {                                                                  \
      EXPECT_EQ(out, "") << #Name;                                            \
    }                                                                         \
  }
    TRACE_EVENT_LIST(V)
#undef V
    if (!jsonl) {
      EXPECT_GT(expected_lines, 10);
    }
  }
}

TEST_F(TracerTest, JsonNestsDottedKeysAndOmitsEmptyGroups) {
  Start([](Flags& f) {
    f.trace_gc = true;
    f.trace_format = "jsonl";
  });
  GCEvent e;
  e.seq = 1;
  e.kind = "scavenge";
  e.reason = "testing";
  e.before_used = 10;
  e.before_committed = 20;
  e.after_used = 5;
  e.after_committed = 20;
  e.young_survived = 3;
  tracer()->Emit(e);
  std::vector<std::string> lines = Lines();
  ASSERT_GE(lines.size(), 2u);  // header (+ real GCs under LUCID_GC_STRESS)
  EXPECT_EQ(lines.back(),
            "{\"ev\":\"gc\",\"t\":0,\"seq\":1,\"kind\":\"scavenge\",\"reason\":\"testing\",\"pause_us\":0,"
            "\"before\":{\"used\":10,\"committed\":20},\"after\":{\"used\":5,\"committed\":20},"
            "\"young\":{\"survived\":3}}");
}

TEST_F(TracerTest, JsonEscapesStrings) {
  Start([](Flags& f) {
    f.trace_ic = true;
    f.trace_format = "jsonl";
  });
  ICEvent e;
  e.op = "load";
  e.key = "a\"b\\c\n\x01";
  tracer()->Emit(e);
  EXPECT_TRUE(Contains(Output(), "\"key\":\"a\\\"b\\\\c\\n\\u0001\"")) << Output();
}

// -- Other channels' text formats ------------------------------------------------------------------

TEST_F(TracerTest, ICAndDeoptText) {
  Start([](Flags& f) {
    f.trace_ic = true;
    f.trace_deopt = true;
  });
  At("a: 1", 0);
  TraceSite site;
  ASSERT_TRUE(tracer()->BeginEvent(TraceChannel::kIC, &site));
  ICEvent ic;
  ic.site = site;
  ic.slot = 0;
  ic.op = "load";
  ic.key = "x";
  ic.from = "1";
  ic.to = "P";
  ic.map = TraceShapeId{7};
  ic.map_props = "{x,b}";
  ic.nmaps = 2;
  tracer()->Emit(ic);
  DeoptEvent deopt;
  deopt.fn = TraceFnId{2};
  deopt.name = "getX";
  deopt.code = TraceCodeId{4};
  deopt.kind = "eager";
  deopt.reason = "wrong map";
  deopt.site = site;
  tracer()->Emit(deopt);
  std::vector<std::string> lines = Lines();
  ASSERT_EQ(lines.size(), 2u) << Output();
  EXPECT_EQ(lines[0],
            "[ic]    0.000 LoadIC    shapes.js:1:29  makeAB@0  slot#0 .x   1 -> P  mono->poly"
            "  +M7{x,b}  seen=2");
  EXPECT_EQ(lines[1], "[deopt] 0.000 eager  getX (F2) C4 shapes.js:1:29 @bc0  reason=\"wrong map\"");
}

// -- Statistics -----------------------------------------------------------------------------------

TEST_F(TracerTest, StatsCountWithoutPrinting) {
  Start([](Flags& f) { f.stats = true; });
  At("a: 1");
  Handle<JSObject> o = NewObject();
  Set(o, "a", Value::FromInt32(1));
  Set(o, "b", Value::FromInt32(2));
  Delete(o, "a");
  EXPECT_EQ(tracer()->stats().transitions, 2);
  EXPECT_EQ(tracer()->stats().dictionary, 1);
  EXPECT_EQ(tracer()->stats().shapes_created, 3);
  EXPECT_EQ(o->shape()->trace_id(), 0u);  // counting assigns no ids
  EXPECT_EQ(Output(), "");
  SummaryEvent summary = tracer()->MakeSummary();
  EXPECT_EQ(summary.shapes_transitions.value, 2);
  EXPECT_EQ(summary.shapes_dictionary.value, 1);
}

TEST_F(TracerTest, GCIsCounted) {
  Start([](Flags& f) {
    f.trace_gc = true;
    f.trace_format = "jsonl";
  });
  int64_t before = tracer()->stats().scavenges;  // nonzero under LUCID_GC_STRESS
  isolate()->heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  EXPECT_EQ(tracer()->stats().scavenges, before + 1);
  std::string out = Output();
  EXPECT_TRUE(Contains(out, ",\"kind\":\"scavenge\",\"reason\":\"testing\",\"pause_us\":0,"
                            "\"before\":{\"used\":"))
      << out;
}

}  // namespace
}  // namespace lucid
