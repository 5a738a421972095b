// Copyright the Lucid authors. MIT license.
//
// The execution engine: the frame layout, calls in and out of JS
// (Execution::Call, builtins, bound functions), exceptions crossing
// activations, stack overflow, and GC safety of the call paths.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "parser/source.h"
#include "runtime/bootstrapper.h"
#include "runtime/builtins.h"
#include "runtime/job_queue.h"
#include "runtime/runner.h"
#include "vm/execution.h"
#include "vm/frames.h"
#include "vm/interpreter/register.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/tracer.h"
#include "gc/heap.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"
#include "vm/objects/js_object.h"
#include "vm/objects/js_promise.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

// -- Frame layout ------------------------------------------------------------------------

TEST(Frames, SlotIndicesMatchRegisterOperands) {
  EXPECT_EQ(Register::FromParameterIndex(0).ToOperand(), kFirstArgSlot);
  EXPECT_EQ(Register::FromParameterIndex(3).ToOperand(), kFirstArgSlot + 3);
  EXPECT_EQ(Register::Receiver().ToOperand(), kReceiverSlot);
  EXPECT_EQ(Register::NewTarget().ToOperand(), kNewTargetSlot);
  EXPECT_EQ(Register::FunctionClosure().ToOperand(), kClosureSlot);
  EXPECT_EQ(Register::CurrentContext().ToOperand(), kContextSlot);
  EXPECT_EQ(Register(0).ToOperand(), kFirstRegisterSlot);
  EXPECT_EQ(Register(5).ToOperand(), kFirstRegisterSlot - 5);
}

TEST(Frames, FrameTypeRoundTrips) {
  for (FrameTier tier : {FrameTier::kInterpreted, FrameTier::kCompiled, FrameTier::kBuiltinExit}) {
    for (FrameEntry entry : {FrameEntry::kLoop, FrameEntry::kFromInterpreter,
                             FrameEntry::kFromCompiled, FrameEntry::kFromNative}) {
      int32_t type = EncodeFrameType(tier, entry);
      EXPECT_EQ(DecodeFrameTier(type), tier);
      EXPECT_EQ(DecodeFrameEntry(type), entry);
    }
  }
}

TEST(Frames, CallerFpDecodesAsADouble) {
  // The GC scans the raw caller-fp slot as a Value: a stack address below
  // 2^47 must never look like a heap pointer.
  Value v = Value::FromRawBits(0x00007FFF'FFFF'FFF8ull);
  EXPECT_TRUE(v.IsDouble());
  EXPECT_FALSE(v.IsHeapObject());
}

// -- Running JS ------------------------------------------------------------------------------

class RuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override { Start(Flags()); }
  void TearDown() override {
    if (isolate_ != nullptr) Isolate::Dispose(isolate_);
  }

  void Start(Flags flags) {
    if (isolate_ != nullptr) Isolate::Dispose(isolate_);
    isolate_ = Isolate::New(flags);
    Bootstrap(isolate_);
  }

  // Runs {code} as a classic script; true if it completed.
  bool Run(const std::string& code) {
    sources_.push_back(std::make_unique<SourceFile>(SourceFile::FromUtf8("test.js", code)));
    CompileError error;
    CompiledScript* script = CompileSource(*sources_.back(), ProgramKind::kClassicScript, &error);
    EXPECT_NE(script, nullptr) << error.message;
    if (script == nullptr) return false;
    bool ok = RunCompiledScript(isolate_, *sources_.back(), script, ProgramKind::kClassicScript);
    DeleteCompiledScript(script);
    return ok;
  }

  Handle<Value> Global(const char* name) {
    Value key = FactoryOf(isolate_)->InternalizeAscii(name)->ToValue();
    return Handle<Value>(Runtime_LoadGlobal(isolate_, key, true), isolate_);
  }

  std::string PendingMessage() {
    Value e = isolate_->pending_exception();
    Value m = Runtime_GetProperty(isolate_, e, isolate_->roots().message_string());
    return IsString(m) ? String::cast(m)->ToUTF8() : "<none>";
  }

  Isolate* isolate_ = nullptr;
  std::vector<std::unique_ptr<SourceFile>> sources_;
};

TEST_F(RuntimeTest, ExecutionCallRunsAnInterpretedFunction) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function add(a, b) { return a + b; }"));
  Handle<Value> add = Global("add");
  Handle<Value> args[2] = {handle(Value::FromInt32(2), isolate_), handle(Value::FromInt32(3), isolate_)};
  Handle<Value> receiver(Value::Undefined(), isolate_);
  Handle<Value> result;
  ASSERT_TRUE(Execution::Call(isolate_, add, receiver, 2, args).ToHandle(&result));
  EXPECT_EQ(*result, Value::FromInt32(5));
  // Missing arguments are undefined (the caller pads to the formal count).
  ASSERT_TRUE(Execution::Call(isolate_, add, receiver, 1, args).ToHandle(&result));
  EXPECT_TRUE(result->IsDouble() && result->AsDouble() != result->AsDouble());  // 2 + undefined = NaN
}

TEST_F(RuntimeTest, JSToJSCallsShareOneActivation) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }"
                  "var r = fib(20);"));
  EXPECT_EQ(*Global("r"), Value::FromInt32(6765));
  // The stack is back where it started.
  EXPECT_EQ(isolate_->js_fp(), Address{0});
  EXPECT_EQ(isolate_->js_sp(), isolate_->js_stack_base());
}

TEST_F(RuntimeTest, ConstructAllocatesThisFromTheInitialShape) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function P(x) { this.x = x; } var p = new P(7); var q = new P(8);"
                  "var same = p.x + q.x;"));
  EXPECT_EQ(*Global("same"), Value::FromInt32(15));
  EXPECT_EQ(Global("p")->heap_object()->shape_layout(), Global("q")->heap_object()->shape_layout());
}

TEST_F(RuntimeTest, BuiltinsAndBoundFunctions) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function f(a, b) { return this.k + a + b; }"
                  "var viaCall = f.call({k: 1}, 2, 3);"
                  "var viaApply = f.apply({k: 10}, [20, 30]);"
                  "var g = f.bind({k: 100}, 200); var viaBind = g(300);"));
  EXPECT_EQ(*Global("viaCall"), Value::FromInt32(6));
  EXPECT_EQ(*Global("viaApply"), Value::FromInt32(60));
  EXPECT_EQ(*Global("viaBind"), Value::FromInt32(600));
}

TEST_F(RuntimeTest, ExceptionsUnwindThroughBuiltinFrames) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function thrower() { throw new TypeError('inner'); }"
                  "var caught = 'none';"
                  "try { thrower.call(null); } catch (e) { caught = e.message; }"));
  EXPECT_EQ(String::cast(*Global("caught"))->ToUTF8(), "inner");
  EXPECT_FALSE(isolate_->has_pending_exception());
}

TEST_F(RuntimeTest, UncaughtExceptionReachesTheEmbedder) {
  HandleScope scope(isolate_);
  EXPECT_FALSE(Run("var o = {}; o.f();"));
  ASSERT_TRUE(isolate_->has_pending_exception());
  EXPECT_EQ(PendingMessage(), "o.f is not a function");
  isolate_->clear_pending_exception();
}

TEST_F(RuntimeTest, StackOverflowIsARangeError) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var depth = 0; function r() { depth++; r(); }"
                  "var msg; try { r(); } catch (e) { msg = e instanceof RangeError && e.message; }"));
  EXPECT_EQ(String::cast(*Global("msg"))->ToUTF8(), "Maximum call stack size exceeded");
  // The default --stack-size allows about 10k frames of a trivial recursion.
  EXPECT_GT(Global("depth")->AsInt32(), 5000);
}

// A suspended generator is plain heap data: its saved frame (parameters,
// registers, context) moves with the object in a scavenge and in a
// compacting full GC, and resuming rebuilds the frame from it.
TEST_F(RuntimeTest, SuspendedGeneratorMovesWithItsSavedFrame) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function* g(a, b) { let local = {tag: 'kept'}; const x = yield a;"
                  "  yield [a, b, x, local.tag].join(); }"
                  "var it = g('p', 'q'); var first = it.next().value;"));
  EXPECT_EQ(String::cast(*Global("first"))->ToUTF8(), "p");
  Handle<Value> it = Global("it");
  ASSERT_TRUE(IsJSGeneratorObject(*it));
  JSGeneratorObject* generator = JSGeneratorObject::cast(*it);
  EXPECT_EQ(1, generator->continuation());  // suspended at the first yield
  EXPECT_TRUE(IsJSFunction(generator->function()));
  // Two parameters plus the function's whole register file.
  JSFunction* function = JSFunction::cast(generator->function());
  BytecodeArray* bytecode = BytecodeArray::cast(function->shared()->function_data());
  EXPECT_EQ(2 + bytecode->register_count(), generator->parameters_and_registers()->length());
  EXPECT_GE(bytecode->incoming_new_target_or_generator_register(), 0);
  Address before = it->heap_address();
  isolate_->heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  EXPECT_NE(before, it->heap_address());
  isolate_->heap()->CollectAllGarbage(GCReason::kTesting, Heap::CompactionMode::kAllPages);
  ASSERT_TRUE(Run("var second = it.next('x').value; var third = it.next(); "
                  "var closed = third.done && third.value === undefined;"));
  EXPECT_EQ(String::cast(*Global("second"))->ToUTF8(), "p,q,x,kept");
  EXPECT_EQ(*Global("closed"), Value::True());
  EXPECT_TRUE(JSGeneratorObject::cast(*Global("it"))->is_closed());
  EXPECT_EQ(isolate_->js_fp(), Address{0});
  EXPECT_EQ(isolate_->js_sp(), isolate_->js_stack_base());
}

TEST_F(RuntimeTest, ErrorStackIsFormattedLazily) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function inner() { return new Error('m'); }\n"
                  "var e = inner(); e.name = 'Renamed'; var s = e.stack;"));
  std::string stack = String::cast(*Global("s"))->ToUTF8();
  EXPECT_EQ(stack.substr(0, stack.find('\n')), "Renamed: m");
  EXPECT_NE(stack.find("at inner (test.js:1:27)"), std::string::npos) << stack;
}

TEST_F(RuntimeTest, CallsSurviveAGarbageCollectionAtEveryAllocation) {
  Flags flags;
  flags.gc_stress = true;
  Start(flags);
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("function mk(i) { return { i: i, s: 'v' + i }; }"
                  "var list = []; for (var i = 0; i < 50; i++) list[i] = mk(i);"
                  "var sum = 0; for (var j = 0; j < 50; j++) sum += list[j].i;"
                  "var last = list[49].s;"));
  EXPECT_EQ(*Global("sum"), Value::FromInt32(1225));
  EXPECT_EQ(String::cast(*Global("last"))->ToUTF8(), "v49");
}

TEST_F(RuntimeTest, HostJobQueueRunsTasksAndMicrotasksInOrder) {
  Flags flags;
  flags.gc_stress = true;  // the queued callables live on the heap only
  Start(flags);
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var log = [];"
                  "function task(n) { return function () { log.push('t' + n);"
                  "  queueMicrotask(function () { log.push('t' + n + '.m'); }); }; }"
                  "function micro(n) { return function () { log.push('m' + n); }; }"
                  "function boom() { log.push('boom'); throw new Error('x'); }"));
  Handle<Value> task = Global("task"), micro = Global("micro");
  Handle<Value> undefined(Value::Undefined(), isolate_);
  for (int i = 0; i < 3; i++) {
    Handle<Value> n(Value::FromInt32(i), isolate_);
    Handle<Value> t, m;
    ASSERT_TRUE(Execution::Call(isolate_, task, undefined, 1, &n).ToHandle(&t));
    ASSERT_TRUE(Execution::Call(isolate_, micro, undefined, 1, &n).ToHandle(&m));
    EnqueueHostTask(isolate_, t);
    EnqueueMicrotask(isolate_, m);
  }
  EnqueueMicrotask(isolate_, Global("boom"));
  for (int i = 3; i < 12; i++) {  // past the initial capacity
    Handle<Value> n(Value::FromInt32(i), isolate_);
    Handle<Value> m;
    ASSERT_TRUE(Execution::Call(isolate_, micro, undefined, 1, &n).ToHandle(&m));
    EnqueueMicrotask(isolate_, m);
  }
  EXPECT_EQ(PendingMicrotaskCount(isolate_), 13);
  int reported = 0;
  auto count = [](Isolate* isolate, void* data) {
    EXPECT_TRUE(isolate->has_pending_exception());
    ++*static_cast<int*>(data);
  };
  EXPECT_EQ(RunJobs(isolate_, count, &reported), 1);
  EXPECT_EQ(reported, 1);
  EXPECT_FALSE(isolate_->has_pending_exception());
  EXPECT_EQ(PendingMicrotaskCount(isolate_), 0);
  ASSERT_TRUE(Run("var joined = log.join(' ');"));
  EXPECT_EQ(String::cast(*Global("joined"))->ToUTF8(),
            "m0 m1 m2 boom m3 m4 m5 m6 m7 m8 m9 m10 m11 t0 t0.m t1 t1.m t2 t2.m");
}

// Promise jobs are cells on the microtask queue (not JS closures), queued
// in the spec's order: reactions in then() order, a resolve with a native
// promise two ticks late (PromiseResolveThenableJob, then its reaction).
TEST_F(RuntimeTest, PromiseJobsAreTaskCellsRunInSpecOrder) {
  Flags flags;
  flags.gc_stress = true;  // the queued tasks and reactions live on the heap only
  Start(flags);
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var log = []; var p = Promise.resolve(1);"
                  "p.then(function () { log.push('a1'); }).then(function () { log.push('a2'); })"
                  "  .then(function () { log.push('a3'); });"
                  "new Promise(function (r) { r(p); }).then(function () { log.push('adopted'); });"
                  "p.then(function () { log.push('b1'); });"
                  "queueMicrotask(function () { log.push('qm'); });"));
  // p.then (a1), the resolve-thenable job, p.then (b1), the callable.
  EXPECT_EQ(PendingMicrotaskCount(isolate_), 4);
  Value head = Value::Undefined();
  {
    // Peek through the queue root: the first job is a reaction job task.
    FixedArray* queues = FixedArray::cast(isolate_->roots().host_job_queue());
    FixedArray* micro = FixedArray::cast(queues->get(0));
    head = micro->get(2 + micro->get(0).AsInt32());
  }
  EXPECT_TRUE(IsPromiseReactionJobTask(head));
  EXPECT_EQ(RunMicrotasks(isolate_), 0);
  EXPECT_TRUE(ProcessUnhandledRejections(isolate_));
  ASSERT_TRUE(Run("var joined = log.join(' ');"));
  EXPECT_EQ(String::cast(*Global("joined"))->ToUTF8(), "a1 b1 qm a2 a3 adopted");
}

// A parked async frame is a JSAsyncFunctionObject reachable only from the
// awaited promise's reaction: it survives (and moves in) a scavenge and a
// compacting GC, and the reaction job resumes it with its locals intact.
TEST_F(RuntimeTest, ParkedAsyncFrameMovesAndResumes) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var release; var gate = new Promise(function (r) { release = r; });"
                  "var result = 'pending';"
                  "async function f(a) { var local = {tag: 'kept'}; var v = await gate;"
                  "  result = [a, v, local.tag].join(); }"
                  "f('p');"));
  EXPECT_EQ(isolate_->tracer()->stats().async_frames_parked, 1);
  // gate -> its one reaction -> the async function object (both handlers).
  auto parked = [&]() {
    JSPromise* gate = JSPromise::cast(*Global("gate"));
    EXPECT_EQ(gate->state(), JSPromise::kPending);
    PromiseReaction* reaction = PromiseReaction::cast(gate->reactions_or_result());
    EXPECT_EQ(reaction->fulfill_handler(), reaction->reject_handler());
    return reaction->fulfill_handler();
  };
  ASSERT_TRUE(IsJSAsyncFunctionObject(parked()));
  Address before = parked().heap_address();
  isolate_->heap()->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  EXPECT_NE(before, parked().heap_address());
  EXPECT_TRUE(JSGeneratorObject::cast(parked())->is_suspended());
  isolate_->heap()->CollectAllGarbage(GCReason::kTesting, Heap::CompactionMode::kAllPages);
  ASSERT_TRUE(Run("release('x');"));
  EXPECT_EQ(RunMicrotasks(isolate_), 0);
  EXPECT_EQ(String::cast(*Global("result"))->ToUTF8(), "p,x,kept");
  EXPECT_EQ(isolate_->tracer()->stats().async_frames_parked, 0);
  EXPECT_EQ(isolate_->tracer()->stats().async_frames_peak, 1);
}

// The rejection tracker: a rejection handled within the checkpoint is not
// reported; one still unhandled after it is (ProcessUnhandledRejections
// returns false, the process would exit 1).
TEST_F(RuntimeTest, UnhandledRejectionsAreTrackedUntilHandled) {
  HandleScope scope(isolate_);
  ASSERT_TRUE(Run("var late = Promise.reject(1);"
                  "Promise.resolve().then(function () { late.catch(function () {}); });"));
  EXPECT_EQ(RunMicrotasks(isolate_), 0);
  EXPECT_TRUE(ProcessUnhandledRejections(isolate_));
  ASSERT_TRUE(Run("Promise.reject('nobody');"));
  EXPECT_EQ(RunMicrotasks(isolate_), 0);
  testing::internal::CaptureStderr();
  EXPECT_FALSE(ProcessUnhandledRejections(isolate_));
  std::string report = testing::internal::GetCapturedStderr();
  EXPECT_NE(report.find("The promise rejected with the reason \"nobody\"."), std::string::npos) << report;
  EXPECT_NE(report.find("code: 'ERR_UNHANDLED_REJECTION'"), std::string::npos) << report;
  // Reported once: the list is empty afterwards.
  EXPECT_TRUE(ProcessUnhandledRejections(isolate_));
}

TEST(BuiltinList, EveryBuiltinHasAFunctionAndAName) {
  for (int i = 0; i < kBuiltinCount; i++) {
    EXPECT_NE(BuiltinInfoOf(i).function, nullptr);
    EXPECT_NE(BuiltinInfoOf(i).name, nullptr);
    EXPECT_GE(BuiltinInfoOf(i).length, 0);
  }
}

}  // namespace
}  // namespace lucid
