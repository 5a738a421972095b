// Copyright 2025 the Lucid authors. MIT license.
// The end-of-run reports: the --stats table, the summary event's IC fields
// and the --stats-file object (valid JSON, documented keys), with and
// without an IC site counter; and `lucid compare`'s argument parsing and
// JSON reader (runtime/compare.cc).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gc/handles.h"
#include "runtime/compare.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_key.h"
#include "vm/objects/script.h"
#include "vm/objects/shared_function_info.h"
#include "vm/tracer.h"

namespace lucid {
namespace {

std::string TempPath() {
  char path[] = "/tmp/lucid_stats_test_XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  close(fd);
  return path;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A stand-in for vm/ic's counter: 2 LoadIC sites (1 mono, 1 poly), 1
// KeyedStoreIC site megamorphic, 3 feedback vectors, 5 + 7 probes.
void FakeICSiteCounter(Isolate*, Tracer::Stats* stats) {
  stats->ic_sites[static_cast<int>(FeedbackSlotKind::kLoadIC)][Tracer::kICMonomorphic] = 1;
  stats->ic_sites[static_cast<int>(FeedbackSlotKind::kLoadIC)][Tracer::kICPolymorphic] = 1;
  stats->ic_sites[static_cast<int>(FeedbackSlotKind::kKeyedStoreIC)][Tracer::kICMegamorphic] = 1;
  stats->feedback_vectors = 3;
  stats->stub_cache_hits = 5;
  stats->stub_cache_misses = 7;
}

// Where the tracer runs under the fake site resolver: every event has a JS
// site, so the default filter counts it.
bool AlwaysInScript(Isolate*, void* data, TraceFrameInfo* out) {
  out->shared = **static_cast<Handle<SharedFunctionInfo>*>(data);
  out->bytecode_offset = 0;
  out->source_position = 0;
  return true;
}

class StatsTest : public ::testing::Test {
 protected:
  void TearDown() override {
    Stop();
    Tracer::SetICSiteCounter(nullptr);
  }

  // An isolate that makes {a,b} and deletes a (2 transitions, 1
  // dictionary-mode object by delete), reporting per {configure}.
  template <typename Configure>
  void RunShapes(Configure configure) {
    Flags flags;
    flags.max_semi_space_size = 1;
    flags.min_semi_space_size = 1;
    flags.predictable = true;
    configure(flags);
    isolate_ = Isolate::New(flags);
    InitializeObjectModel(isolate_);
    scope_ = new ScopeHolder(isolate_);
    Factory* f = FactoryOf(isolate_);
    shared_ = f->NewSharedFunctionInfo(f->InternalizeUtf8("main"), FunctionKind::kNormalFunction);
    Handle<Script> script = f->NewScript(f->NewStringFromUtf8("var o = {a: 1, b: 2};", AllocationType::kOld),
                                         f->NewStringFromUtf8("/tmp/s.js", AllocationType::kOld));
    shared_->set_script(script->ToValue());
    isolate_->tracer()->SetSiteResolver(AlwaysInScript, &shared_);
    Handle<JSObject> o = f->NewJSObject();
    Set(o, "a");
    Set(o, "b");
    ASSERT_TRUE(*JSReceiver::DeleteProperty(isolate_, o, PropertyKey::From(isolate_, "a")));
  }
  void Set(Handle<JSObject> o, std::string_view key) {
    MaybeBool ok = JSReceiver::SetProperty(isolate_, o, PropertyKey::From(isolate_, key),
                                           handle(Value::FromInt32(1), isolate_), StoreOrigin::kNamed);
    ASSERT_TRUE(ok.has_value() && *ok) << key;
  }
  // Disposes the isolate: the end-of-run reports happen here.
  void Stop() {
    if (isolate_ == nullptr) return;
    delete scope_;
    scope_ = nullptr;
    Isolate::Dispose(isolate_);
    isolate_ = nullptr;
  }

  Isolate* isolate_ = nullptr;
  struct ScopeHolder {  // a HandleScope cannot be heap-allocated itself
    explicit ScopeHolder(Isolate* isolate) : scope(isolate) {}
    HandleScope scope;
  };
  ScopeHolder* scope_ = nullptr;
  Handle<SharedFunctionInfo> shared_;
};

TEST_F(StatsTest, StatsFileIsOneValidJsonObject) {
  std::string path = TempPath();
  RunShapes([&](Flags& f) { f.stats_file = path; });
  Stop();
  std::string text = ReadAll(path);
  FlatJson json;
  std::string error;
  ASSERT_TRUE(ParseFlatJson(text, &json, &error)) << error << "\n" << text;
  EXPECT_EQ(json["format"], "lucid stats");
  EXPECT_EQ(json["version"], "1");
  EXPECT_EQ(json["predictable"], "true");
  EXPECT_EQ(json["ms"], "0.000");
  EXPECT_EQ(json["shapes.transitions"], "2");
  EXPECT_EQ(json["shapes.dictionary"], "1");
  EXPECT_EQ(json["shapes.dictionary_reasons.delete_not_last"], "1");
  EXPECT_EQ(json["ics.counted"], "false");  // no IC site counter installed
  EXPECT_EQ(json["ics.sites"], "0");
  for (const char* key : {"shapes.created", "shapes.deprecated", "shapes.generalized", "shapes.migrations",
                          "shapes.prototypes", "shapes.invalidations", "ics.uninit", "ics.mono", "ics.poly",
                          "ics.mega", "ics.generic", "ics.feedback_vectors", "ics.stub_cache_hits",
                          "ics.stub_cache_misses", "opt.compiled", "opt.deopts", "gc.scavenges",
                          "gc.mark_compacts", "gc.pause_us_total", "gc.max_pause_us"}) {
    EXPECT_EQ(json.count(key), 1u) << key << "\n" << text;
  }
  std::remove(path.c_str());
}

TEST_F(StatsTest, StatsFileHasTheICCountsByKind) {
  Tracer::SetICSiteCounter(FakeICSiteCounter);
  std::string path = TempPath();
  RunShapes([&](Flags& f) { f.stats_file = path; });
  Stop();
  std::string text = ReadAll(path);
  FlatJson json;
  std::string error;
  ASSERT_TRUE(ParseFlatJson(text, &json, &error)) << error << "\n" << text;
  EXPECT_EQ(json["ics.counted"], "true");
  EXPECT_EQ(json["ics.sites"], "3");
  EXPECT_EQ(json["ics.mono"], "1");
  EXPECT_EQ(json["ics.poly"], "1");
  EXPECT_EQ(json["ics.mega"], "1");
  EXPECT_EQ(json["ics.feedback_vectors"], "3");
  EXPECT_EQ(json["ics.stub_cache_hits"], "5");
  EXPECT_EQ(json["ics.stub_cache_misses"], "7");
  EXPECT_EQ(json["ics.by_kind.LoadIC.sites"], "2");
  EXPECT_EQ(json["ics.by_kind.LoadIC.poly"], "1");
  EXPECT_EQ(json["ics.by_kind.KeyedStoreIC.mega"], "1");
  EXPECT_EQ(json.count("ics.by_kind.StoreIC.sites"), 0u);  // only kinds with sites
  std::remove(path.c_str());
}

TEST_F(StatsTest, UnwritableStatsFileIsReportedNotFatal) {
  RunShapes([](Flags& f) { f.stats_file = "/nonexistent-dir/stats.json"; });
  testing::internal::CaptureStderr();
  Stop();
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_TRUE(Contains(err, "lucid: cannot write --stats-file=/nonexistent-dir/stats.json: ")) << err;
}

TEST_F(StatsTest, TableShowsKindsWithSitesAndStateWords) {
  Tracer::SetICSiteCounter(FakeICSiteCounter);
  RunShapes([](Flags& f) { f.stats = true; });
  testing::internal::CaptureStderr();
  Stop();
  std::string table = testing::internal::GetCapturedStderr();
  EXPECT_TRUE(Contains(table, "  transitions                        2\n")) << table;
  EXPECT_TRUE(Contains(table, "  dictionary-mode objects            1  (delete (not last) 1)\n")) << table;
  for (const char* word : {"uninitialized", "monomorphic", "polymorphic", "megamorphic", "generic"}) {
    EXPECT_TRUE(Contains(table, word)) << word << "\n" << table;
  }
  EXPECT_TRUE(Contains(table, "  LoadIC                                0              1              1"
                              "              0              0        2\n"))
      << table;
  EXPECT_TRUE(Contains(table, "  KeyedStoreIC ")) << table;
  EXPECT_FALSE(Contains(table, "  StoreIC ")) << table;  // no sites: no row
  EXPECT_TRUE(Contains(table, "  all kinds                             0              1              1"
                              "              1              0        3\n"))
      << table;
  EXPECT_TRUE(Contains(table, "  megamorphic probes: misses         7\n")) << table;
}

TEST_F(StatsTest, TableWithoutCounterSaysSo) {
  RunShapes([](Flags& f) { f.stats = true; });
  testing::internal::CaptureStderr();
  Stop();
  std::string table = testing::internal::GetCapturedStderr();
  EXPECT_TRUE(Contains(table, "  IC sites                           -"
                              "  (not counted: no IC site counter installed)\n"))
      << table;
}

TEST_F(StatsTest, SummaryEventHasTheICFields) {
  Tracer::SetICSiteCounter(FakeICSiteCounter);
  std::string path = TempPath();
  RunShapes([&](Flags& f) {
    f.trace_maps = true;
    f.trace_ic = true;
    f.trace_format = "jsonl";
    f.trace_file = path;
  });
  SummaryEvent summary = isolate_->tracer()->MakeSummary();
  EXPECT_EQ(summary.ics_sites.value, 3);
  EXPECT_EQ(summary.ics_poly.value, 1);
  Stop();
  std::string text = ReadAll(path);
  EXPECT_TRUE(Contains(text, "\"ics\":{\"events\":0,\"sites\":3,\"uninit\":0,\"mono\":1,\"poly\":1,\"mega\":1,"
                             "\"generic\":0,\"feedback_vectors\":3,\"stub_cache_hits\":5,"
                             "\"stub_cache_misses\":7}"))
      << text;
  std::remove(path.c_str());
}

// -- lucid compare -----------------------------------------------------------------------------

bool Parse(std::vector<std::string> args, CompareOptions* options, std::string* error) {
  return ParseCompareArguments(args, options, error);
}

TEST(CompareArguments, TwoFilesRunsAndProgramFlags) {
  CompareOptions o;
  std::string error;
  ASSERT_TRUE(Parse({"a.js", "--runs=5", "b.js", "--", "--no-lazy-feedback-allocation", "--stack-size",
                     "2000"},
                    &o, &error))
      << error;
  EXPECT_EQ(o.files[0], "a.js");
  EXPECT_EQ(o.files[1], "b.js");
  EXPECT_EQ(o.runs, 5);
  EXPECT_EQ(o.program_flags,
            (std::vector<std::string>{"--no-lazy-feedback-allocation", "--stack-size", "2000"}));
  CompareOptions p;
  ASSERT_TRUE(Parse({"--runs", "1", "a.js", "b.js"}, &p, &error)) << error;
  EXPECT_EQ(p.runs, 1);
  CompareOptions h;
  ASSERT_TRUE(Parse({"--help"}, &h, &error));
  EXPECT_TRUE(h.help);
}

TEST(CompareArguments, Errors) {
  struct Case {
    std::vector<std::string> args;
    const char* error;
  } cases[] = {
      {{}, "compare wants two programs: lucid compare a.js b.js"},
      {{"a.js"}, "compare wants a second program: lucid compare a.js b.js"},
      {{"a.js", "b.js", "c.js"}, "compare takes two programs; a third was given: 'c.js'"},
      {{"--runs=0", "a.js", "b.js"}, "--runs wants a number of runs from 1 to 100, not '0'"},
      {{"--runs=101", "a.js", "b.js"}, "--runs wants a number of runs from 1 to 100, not '101'"},
      {{"--runs=3x", "a.js", "b.js"}, "--runs wants a number of runs from 1 to 100, not '3x'"},
      {{"a.js", "b.js", "--runs"}, "--runs wants a number"},
      {{"--trace-ic", "a.js", "b.js"},
       "unknown option '--trace-ic' (compare takes --runs=N; put flags for the programs after --)"},
      {{"a.js", "b.js", "--", "c.js"},
       "'c.js' after -- is not a lucid flag (flags after -- go to both programs)"},
  };
  for (const Case& c : cases) {
    CompareOptions o;
    std::string error;
    EXPECT_FALSE(Parse(c.args, &o, &error)) << c.error;
    EXPECT_EQ(error, c.error);
  }
  CompareOptions o;
  std::string error;
  EXPECT_FALSE(Parse({"a.js", "b.js", "--", "--no-such-flag"}, &o, &error));
  EXPECT_TRUE(Contains(error, "after --: ")) << error;
  EXPECT_TRUE(Contains(error, "--no-such-flag")) << error;
}

TEST(CompareJson, FlattensNestedObjects) {
  FlatJson json;
  std::string error;
  ASSERT_TRUE(ParseFlatJson(" {\"a\":{\"b\":1,\"c\":[true,null,\"x\\u00e9\\n\"]},\"d\":-2.5e3,\"e\":{}}\n",
                            &json, &error))
      << error;
  EXPECT_EQ(json["a.b"], "1");
  EXPECT_EQ(json["a.c.0"], "true");
  EXPECT_EQ(json["a.c.1"], "null");
  EXPECT_EQ(json["a.c.2"], "x\xC3\xA9\n");
  EXPECT_EQ(json["d"], "-2.5e3");
  EXPECT_EQ(json.count("e"), 0u);
}

TEST(CompareJson, RejectsMalformedText) {
  for (const char* text : {"", "[]", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":1} x", "{a:1}", "{\"a\":01.}",
                           "{\"a\":\"\\q\"}", "{\"a\":\"unterminated}"}) {
    FlatJson json;
    std::string error;
    EXPECT_FALSE(ParseFlatJson(text, &json, &error)) << text;
    EXPECT_FALSE(error.empty()) << text;
  }
}

}  // namespace
}  // namespace lucid
