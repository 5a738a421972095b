// Copyright the Lucid authors. MIT license.
//
// The event loop (runtime/event_loop.cc): the nextTick queue on the heap
// across GCs and growth, the checkpoint's order (ticks before microtasks,
// ticks queued by microtasks after them), node's timer-list order, and
// process.exit from a timer (the exit code, nothing after it runs).

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "parser/source.h"
#include "runtime/bootstrapper.h"
#include "runtime/event_loop.h"
#include "runtime/runner.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

class EventLoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    isolate_ = Isolate::New(Flags());
    Bootstrap(isolate_);
  }
  void TearDown() override { Isolate::Dispose(isolate_); }

  bool Run(const std::string& code) {
    sources_.push_back(std::make_unique<SourceFile>(SourceFile::FromUtf8("loop_test.js", code)));
    CompileError error;
    CompiledScript* script = CompileSource(*sources_.back(), ProgramKind::kClassicScript, &error);
    EXPECT_NE(script, nullptr) << error.message;
    if (script == nullptr) return false;
    bool ok = RunCompiledScript(isolate_, *sources_.back(), script, ProgramKind::kClassicScript);
    DeleteCompiledScript(script);
    return ok;
  }

  std::string GlobalString(const char* name) {
    Value key = FactoryOf(isolate_)->InternalizeAscii(name)->ToValue();
    Value value = Runtime_LoadGlobal(isolate_, key, true);
    return IsString(value) ? String::cast(value)->ToUTF8() : "<not a string>";
  }

  Isolate* isolate_ = nullptr;
  std::vector<std::unique_ptr<SourceFile>> sources_;
};

TEST_F(EventLoopTest, TickQueueGrowsAndSurvivesCollections) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var log = [];"
                  "queueMicrotask(function () { log.push('m');"
                  "  process.nextTick(function () { log.push('m.t'); }); });"
                  "for (var i = 0; i < 40; i++)"
                  "  process.nextTick(function (a, b) { log.push(a + b); }, 't', i);"));
  // The queued callbacks and their argument arrays live on the heap.
  isolate_->heap()->PreciseCollectAllGarbage();
  isolate_->heap()->PreciseCollectAllGarbage();
  ASSERT_TRUE(RunTicksAndMicrotasks(isolate_));
  ASSERT_TRUE(Run("var joined = log.join(' ');"));
  std::string expected;
  for (int i = 0; i < 40; i++) expected += "t" + std::to_string(i) + " ";
  expected += "m m.t";
  EXPECT_EQ(GlobalString("joined"), expected);
}

TEST_F(EventLoopTest, DueTimersRunListByList) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var log = [];"
                  "function wait(ms) { var end = Date.now() + ms; while (Date.now() < end) {} }"
                  "setTimeout(function () { log.push('A'); }, 10);"
                  "wait(4);"
                  "setTimeout(function () { log.push('C'); }, 10);"
                  "setTimeout(function () { log.push('B'); }, 8);"
                  "setImmediate(function () { log.push('I'); });"
                  "wait(20);"
                  "process.on('exit', function (code) { globalThis.result = log.join(' ') + ' exit ' + code; });"));
  EXPECT_EQ(RunEventLoop(isolate_, true), 0);
  // Everything was due when the loop started: the 10 ms list (A, then C,
  // set later) before the 8 ms list set after it, then the check phase.
  EXPECT_EQ(GlobalString("result"), "A C B I exit 0");
}

TEST_F(EventLoopTest, ProcessExitInATimerStopsEverything) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var log = [];"
                  "setTimeout(function () { log.push('never'); }, 50);"
                  "setTimeout(function () { log.push('t');"
                  "  queueMicrotask(function () { log.push('never m'); });"
                  "  try { process.exit(7); } finally { log.push('never finally'); } }, 1);"
                  "process.on('exit', function (code) { globalThis.result = log.join(' ') + ' exit ' + code; });"));
  EXPECT_EQ(RunEventLoop(isolate_, true), 7);
  EXPECT_EQ(GlobalString("result"), "t exit 7");
}

}  // namespace
}  // namespace lucid
