// Copyright the Lucid authors. MIT license.
//
// Google Benchmark micro benchmarks of the VM's hot paths: bytecode
// dispatch, monomorphic property load/store, named loads and stores at
// monomorphic, polymorphic and megamorphic sites, JS calls, small-object
// allocation (C++ factory and JS), and a young-generation scavenge of N live
// objects. Build with -Dbench=true; see bench/README.md ("Micro benchmarks").

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "gc/heap.h"
#include "parser/source.h"
#include "runtime/bootstrapper.h"
#include "runtime/runner.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/fixed_array.h"
#include "vm/objects/js_object.h"

namespace lucid {
namespace {

// A bootstrapped isolate with one classic script run in it (the runtime's
// own path: CompileSource + RunCompiledScript, as runtime_test.cc does).
class Engine {
 public:
  explicit Engine(const std::string& code)
      : isolate_(Isolate::New(Flags())),
        source_(std::make_unique<SourceFile>(SourceFile::FromUtf8("micro.js", code))) {
    Bootstrap(isolate_);
    CompileError error;
    CompiledScript* script = CompileSource(*source_, ProgramKind::kClassicScript, &error);
    if (script == nullptr) {
      std::fprintf(stderr, "micro.js: %s: %s\n", error.type.c_str(), error.message.c_str());
      std::abort();
    }
    bool ok = RunCompiledScript(isolate_, *source_, script, ProgramKind::kClassicScript);
    DeleteCompiledScript(script);
    if (!ok) {
      std::fprintf(stderr, "micro.js threw\n");
      std::abort();
    }
  }
  ~Engine() { Isolate::Dispose(isolate_); }

  Isolate* isolate() const { return isolate_; }

  // Calls the global function {name}({arg}); aborts if it throws.
  Value Call(const char* name, int32_t arg) {
    HandleScope scope(isolate_);
    Value key = FactoryOf(isolate_)->InternalizeAscii(name)->ToValue();
    Handle<Value> fn(Runtime_LoadGlobal(isolate_, key, true), isolate_);
    Handle<Value> receiver(Value::Undefined(), isolate_);
    Handle<Value> args[1] = {handle(Value::FromInt32(arg), isolate_)};
    Handle<Value> result;
    if (!Execution::Call(isolate_, fn, receiver, 1, args).ToHandle(&result)) {
      std::fprintf(stderr, "%s threw\n", name);
      std::abort();
    }
    return *result;
  }

 private:
  Isolate* isolate_;
  std::unique_ptr<SourceFile> source_;
};

constexpr int32_t kLoopCount = 10000;

// Runs the global JS function {fn}(kLoopCount) per iteration; items = loop trips.
void RunJSLoop(benchmark::State& state, const char* code, const char* fn) {
  Engine engine(code);
  for (auto _ : state) {
    benchmark::DoNotOptimize(engine.Call(fn, kLoopCount));
  }
  state.SetItemsProcessed(state.iterations() * kLoopCount);
}

void BM_Dispatch(benchmark::State& state) {
  RunJSLoop(state,
            "function loop(n) { var s = 0; for (var i = 0; i < n; i++) { s = (s + i) | 0; } return s; }",
            "loop");
}
BENCHMARK(BM_Dispatch);

void BM_PropertyLoad(benchmark::State& state) {
  RunJSLoop(state,
            "var o = {x: 1, y: 2, z: 3};\n"
            "function load(n) { var s = 0; for (var i = 0; i < n; i++) { s = (s + o.y) | 0; } return s; }",
            "load");
}
BENCHMARK(BM_PropertyLoad);

void BM_PropertyStore(benchmark::State& state) {
  RunJSLoop(state,
            "var o = {x: 1, y: 2, z: 3};\n"
            "function store(n) { for (var i = 0; i < n; i++) { o.y = i; } return o.y; }",
            "store");
}
BENCHMARK(BM_PropertyStore);

// Named loads and stores at one site that sees {shapes} shapes, round-robin.
// The receivers are 64 object literals; kind k is
// {p<k>: 0, f0: 0, ..., x: i, y: i} with (k & 3) fillers, so every kind has
// its own shape (the first key differs) and x sits at one of four offsets.
// One item is one trip of
//
//   s = (s + a[i & 63].x) | 0;      // load
//   a[i & 63].x = i;                // store
//
// The element load a[i & 63] costs the same in every variant, so the
// difference between variants is the cost of the named access in that IC
// state: 1 shape is monomorphic, 4 polymorphic (V8's kMaxPolymorphism is 4),
// 16 megamorphic.
constexpr int kReceivers = 64;
constexpr int kMonomorphic = 1;
constexpr int kPolymorphic = 4;
constexpr int kMegamorphic = 16;
static_assert(kReceivers == 64, "the JS loops below index the receivers with i & 63");

// NOTE: the text is built with append() only. GCC 12 at -O3 reports a false
// -Wrestrict inside libstdc++ for `"literal" + std::string&&`.
std::string ShapesScript(int shapes) {
  std::string code;
  code.append("function make(k, i) {\n  switch (k) {\n");
  for (int k = 0; k < shapes; k++) {
    code.append("    case ").append(std::to_string(k)).append(": return {p").append(std::to_string(k));
    code.append(": 0, ");
    for (int f = 0; f < (k & 3); f++) code.append("f").append(std::to_string(f)).append(": 0, ");
    code.append("x: i, y: i};\n");
  }
  code.append("  }\n}\n");
  code.append("var objects = [];\n");
  code.append("for (var i = 0; i < ").append(std::to_string(kReceivers));
  code.append("; i++) objects.push(make(i % ").append(std::to_string(shapes)).append(", i));\n");
  code.append(
      "function load(n) { var a = objects, s = 0;"
      " for (var i = 0; i < n; i++) { s = (s + a[i & 63].x) | 0; } return s; }\n"
      "function store(n) { var a = objects;"
      " for (var i = 0; i < n; i++) { a[i & 63].x = i; } return a[0].x; }\n");
  return code;
}

void BM_NamedLoad(benchmark::State& state, int shapes) {
  std::string code = ShapesScript(shapes);
  RunJSLoop(state, code.c_str(), "load");
}
BENCHMARK_CAPTURE(BM_NamedLoad, Monomorphic, kMonomorphic);
BENCHMARK_CAPTURE(BM_NamedLoad, Polymorphic, kPolymorphic);
BENCHMARK_CAPTURE(BM_NamedLoad, Megamorphic, kMegamorphic);

void BM_NamedStore(benchmark::State& state, int shapes) {
  std::string code = ShapesScript(shapes);
  RunJSLoop(state, code.c_str(), "store");
}
BENCHMARK_CAPTURE(BM_NamedStore, Monomorphic, kMonomorphic);
BENCHMARK_CAPTURE(BM_NamedStore, Polymorphic, kPolymorphic);
BENCHMARK_CAPTURE(BM_NamedStore, Megamorphic, kMegamorphic);

void BM_Call(benchmark::State& state) {
  RunJSLoop(state,
            "function add(a, b) { return a + b; }\n"
            "function calls(n) { var s = 0; for (var i = 0; i < n; i++) { s = add(s, 1); } return s; }",
            "calls");
}
BENCHMARK(BM_Call);

void BM_AllocateJS(benchmark::State& state) {
  RunJSLoop(state,
            "var sink;\n"
            "function alloc(n) { for (var i = 0; i < n; i++) { sink = {a: i, b: i}; } return 0; }",
            "alloc");
}
BENCHMARK(BM_AllocateJS);

// Factory::NewJSObject from C++, 1000 per HandleScope.
void BM_AllocateFactory(benchmark::State& state) {
  Engine engine("");
  Isolate* isolate = engine.isolate();
  Factory* factory = FactoryOf(isolate);
  constexpr int kBatch = 1000;
  for (auto _ : state) {
    HandleScope scope(isolate);
    for (int i = 0; i < kBatch; i++) benchmark::DoNotOptimize(factory->NewJSObject());
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_AllocateFactory);

// One young collection with {N} live small objects held by an old-space
// FixedArray. Untimed per iteration: empty the young generation (two
// scavenges promote the previous survivors), then allocate the N objects.
void BM_ScavengeLive(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  Engine engine("");
  Isolate* isolate = engine.isolate();
  Heap* heap = isolate->heap();
  Factory* factory = FactoryOf(isolate);
  for (auto _ : state) {
    state.PauseTiming();
    HandleScope scope(isolate);
    heap->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
    heap->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
    Handle<FixedArray> holder = factory->NewFixedArray(n, AllocationType::kOld);
    for (int i = 0; i < n; i++) holder->set(i, factory->NewJSObject()->ToValue());
    state.ResumeTiming();
    heap->CollectGarbage(GarbageCollector::kScavenger, GCReason::kTesting);
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ScavengeLive)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace lucid

BENCHMARK_MAIN();
