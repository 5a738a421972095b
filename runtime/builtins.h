// Copyright the Lucid authors. MIT license.
//
// The builtin ABI: BUILTIN_LIST, the BuiltinArguments view, and the helpers
// that install builtin functions on objects. docs/runtime.md says how to add
// one.
//
// A builtin is a C++ function
//
//     Value Builtin_Name(Isolate* isolate, BuiltinArguments args);
//
// called with a BuiltinExit frame on the JS stack (so stack traces show
// "at Array.forEach (<anonymous>)") and inside a HandleScope the caller
// opened. It returns the result, or Value::Exception() after making an
// exception pending (isolate->Throw, ThrowError, or by propagating the
// Exception of a call it made). It calls back into JS only through
// Execution::Call/Construct, or as a builtin continuation (below). The
// Value it returns must be valid when it returns (return `*handle` /
// `handle.value()` last).

#ifndef LUCID_RUNTIME_BUILTINS_H_
#define LUCID_RUNTIME_BUILTINS_H_

#include <array>
#include <cstdint>
#include <string>

#include "gc/handles.h"
#include "runtime/library/library_builtins.h"
#include "runtime/node/node_builtins.h"
#include "vm/frames.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSObject;

// What `new` does with a builtin.
enum class BuiltinKind : uint8_t {
  kFunction,     // [[Call]] only: `new f()` is "f is not a constructor"
  kConstructor,  // [[Call]] and [[Construct]] (new.target tells them apart)
};

// V(Name, "js name", length, kind)
//
// Name      the C++ function is Builtin_<Name>, the id Builtin::k<Name>
// js name   the function's `name` property ("get foo" for getters)
// length    the function's `length` property
// kind      BuiltinKind
#define BUILTIN_LIST(V)                                                   \
  /* Globals */                                                           \
  V(GlobalPrint, "print", 0, kFunction)                                   \
  V(GlobalGc, "gc", 0, kFunction)                                         \
  V(GlobalQueueMicrotask, "queueMicrotask", 1, kFunction)                 \
  V(ConsoleLog, "log", 0, kFunction)                                      \
  V(ConsoleError, "error", 0, kFunction)                                  \
  V(Require, "require", 1, kFunction)                                     \
  /* Function */                                                          \
  V(FunctionConstructor, "Function", 1, kConstructor)                     \
  V(FunctionPrototype, "", 0, kFunction)                                  \
  V(FunctionPrototypeCall, "call", 1, kFunction)                          \
  V(FunctionPrototypeApply, "apply", 2, kFunction)                        \
  V(FunctionPrototypeBind, "bind", 1, kFunction)                          \
  V(FunctionPrototypeToString, "toString", 0, kFunction)                  \
  V(FunctionPrototypeHasInstance, "[Symbol.hasInstance]", 1, kFunction)   \
  /* Object */                                                            \
  V(ObjectConstructor, "Object", 1, kConstructor)                         \
  V(ObjectPrototypeHasOwnProperty, "hasOwnProperty", 1, kFunction)        \
  V(ObjectPrototypeToString, "toString", 0, kFunction)                    \
  V(ObjectPrototypeValueOf, "valueOf", 0, kFunction)                      \
  V(ObjectGetPrototypeOf, "getPrototypeOf", 1, kFunction)                 \
  V(ObjectSetPrototypeOf, "setPrototypeOf", 2, kFunction)                 \
  V(ObjectCreate, "create", 2, kFunction)                                 \
  V(ObjectKeys, "keys", 1, kFunction)                                     \
  V(ObjectDefineProperty, "defineProperty", 3, kFunction)                 \
  /* Errors */                                                            \
  V(ErrorConstructor, "Error", 1, kConstructor)                           \
  V(TypeErrorConstructor, "TypeError", 1, kConstructor)                   \
  V(RangeErrorConstructor, "RangeError", 1, kConstructor)                 \
  V(ReferenceErrorConstructor, "ReferenceError", 1, kConstructor)         \
  V(SyntaxErrorConstructor, "SyntaxError", 1, kConstructor)               \
  V(EvalErrorConstructor, "EvalError", 1, kConstructor)                   \
  V(URIErrorConstructor, "URIError", 1, kConstructor)                     \
  V(ErrorPrototypeToString, "toString", 0, kFunction)                     \
  V(ErrorCaptureStackTrace, "captureStackTrace", 2, kFunction)            \
  V(ErrorStackGetter, "stack", 0, kFunction)                              \
  V(ErrorStackSetter, "stack", 1, kFunction)                              \
  V(ThrowTypeErrorAccessor, "", 0, kFunction)                             \
  /* Symbol */                                                            \
  V(SymbolConstructor, "Symbol", 0, kConstructor)                         \
  V(SymbolPrototypeToString, "toString", 0, kFunction)                    \
  V(SymbolPrototypeValueOf, "valueOf", 0, kFunction)                      \
  V(SymbolPrototypeToPrimitive, "[Symbol.toPrimitive]", 1, kFunction)     \
  V(SymbolPrototypeDescriptionGetter, "get description", 0, kFunction)    \
  /* Language builtins (runtime/builtins_language.cc) */                  \
  V(SymbolFor, "for", 1, kFunction)                                       \
  V(SymbolKeyFor, "keyFor", 1, kFunction)                                 \
  V(ObjectSeal, "seal", 1, kFunction)                                     \
  V(ObjectIsSealed, "isSealed", 1, kFunction)                             \
  V(ObjectGetOwnPropertyDescriptors, "getOwnPropertyDescriptors", 1,      \
    kFunction)                                                            \
  V(UnsupportedFeature, "", 0, kConstructor)                              \
  /* Iteration: array and string iterators */                             \
  V(ArrayPrototypeValues, "values", 0, kFunction)                         \
  V(StringPrototypeIterator, "[Symbol.iterator]", 0, kFunction)           \
  V(ArrayIteratorPrototypeNext, "next", 0, kFunction)                     \
  V(StringIteratorPrototypeNext, "next", 0, kFunction)                    \
  V(IteratorPrototypeIterator, "[Symbol.iterator]", 0, kFunction)         \
  /* Generators */                                                        \
  V(GeneratorPrototypeNext, "next", 1, kFunction)                         \
  V(GeneratorPrototypeReturn, "return", 1, kFunction)                     \
  V(GeneratorPrototypeThrow, "throw", 1, kFunction)                       \
  V(GeneratorFunctionConstructor, "GeneratorFunction", 1, kConstructor)   \
  /* Promise (runtime/builtins_promise.cc) */                             \
  V(PromiseConstructor, "Promise", 1, kConstructor)                       \
  V(PromiseAll, "all", 1, kFunction)                                      \
  V(PromiseAllSettled, "allSettled", 1, kFunction)                        \
  V(PromiseAny, "any", 1, kFunction)                                      \
  V(PromiseRace, "race", 1, kFunction)                                    \
  V(PromiseResolve, "resolve", 1, kFunction)                              \
  V(PromiseReject, "reject", 1, kFunction)                                \
  V(PromisePrototypeThen, "then", 2, kFunction)                           \
  V(PromisePrototypeCatch, "catch", 1, kFunction)                         \
  V(PromisePrototypeFinally, "finally", 1, kFunction)                     \
  V(PromiseResolveFunction, "", 1, kFunction)                             \
  V(PromiseRejectFunction, "", 1, kFunction)                              \
  V(PromiseAllResolveElement, "", 1, kFunction)                           \
  V(PromiseAllSettledFulfill, "", 1, kFunction)                           \
  V(PromiseAllSettledReject, "", 1, kFunction)                            \
  V(PromiseAnyRejectElement, "", 1, kFunction)                            \
  V(PromiseThenFinally, "", 1, kFunction)                                 \
  V(PromiseCatchFinally, "", 1, kFunction)                                \
  V(PromiseValueThunk, "", 0, kFunction)                                  \
  V(PromiseThrower, "", 0, kFunction)                                     \
  V(AggregateErrorConstructor, "AggregateError", 2, kConstructor)         \
  V(AsyncFunctionConstructor, "AsyncFunction", 1, kConstructor)           \
  V(AsyncFromSyncIteratorNext, "next", 1, kFunction)                      \
  V(AsyncFromSyncIteratorReturn, "return", 1, kFunction)                  \
  V(AsyncFromSyncIteratorThrow, "throw", 1, kFunction)                    \
  V(AsyncFromSyncIteratorUnwrap, "", 1, kFunction)                        \
  V(AsyncGeneratorPrototypeNext, "next", 1, kFunction)                    \
  V(AsyncGeneratorPrototypeReturn, "return", 1, kFunction)                \
  V(AsyncGeneratorPrototypeThrow, "throw", 1, kFunction)                  \
  V(AsyncIteratorPrototypeAsyncIterator, "[Symbol.asyncIterator]", 0, kFunction) \
  V(AsyncGeneratorFunctionConstructor, "AsyncGeneratorFunction", 1, kConstructor) \
  V(AsyncGeneratorReturnFulfilled, "", 1, kFunction)                      \
  V(AsyncGeneratorReturnRejected, "", 1, kFunction)                       \
  /* Natives (--allow-natives-syntax), see runtime/natives.h */           \
  V(NativeHaveSameMap, "%HaveSameMap", 2, kFunction)                      \
  V(NativeHasFastProperties, "%HasFastProperties", 1, kFunction)          \
  V(NativeDebugPrint, "%DebugPrint", 1, kFunction)                      \
  V(NativeCollectGarbage, "%CollectGarbage", 1, kFunction)              \
  V(NativeGetOptimizationStatus, "%GetOptimizationStatus", 1, kFunction) \
  V(NativePrepareFunctionForOptimization, "%PrepareFunctionForOptimization", 1, kFunction) \
  V(NativeOptimizeFunctionOnNextCall, "%OptimizeFunctionOnNextCall", 1, kFunction) \
  V(NativeCompileBaseline, "%CompileBaseline", 1, kFunction) \
  V(NativeGetFeedback, "%GetFeedback", 1, kFunction)                    \
  V(NativeICState, "%ICState", 2, kFunction)                            \
  /* The standard library, runtime/library/library_builtins.h */         \
  LIBRARY_BUILTIN_LIST(V)                                                 \
  /* The node-style host, runtime/node/node_builtins.h */                 \
  NODE_BUILTIN_LIST(V)

enum class Builtin : int32_t {
#define V(Name, js_name, length, kind) k##Name,
  BUILTIN_LIST(V)
#undef V
  kCount
};

inline constexpr int kBuiltinCount = static_cast<int>(Builtin::kCount);

// A view of a BuiltinExit frame's argument slots (vm/frames.h). The slots
// are frame slots -- GC roots updated in place -- so the Handles it returns
// stay valid for the whole call.
class BuiltinArguments {
 public:
  explicit BuiltinArguments(Value* fp) : fp_(fp) {}

  // Actual argument count.
  int length() const { return fp_[kArgcSlot].AsInt32(); }
  // Argument {i}, or undefined past the end (bounds-checked).
  Handle<Value> at(int i) const {
    return i < length() ? Handle<Value>(&fp_[kFirstArgSlot + i])
                        : Handle<Value>(&fp_[kBytecodeArraySlot]);  // always undefined
  }
  Value operator[](int i) const {
    return i < length() ? fp_[kFirstArgSlot + i] : Value::Undefined();
  }
  Handle<Value> receiver() const { return Handle<Value>(&fp_[kReceiverSlot]); }
  // undefined for [[Call]], the constructor `new` was applied to otherwise.
  Handle<Value> new_target() const { return Handle<Value>(&fp_[kNewTargetSlot]); }
  bool is_construct_call() const { return !fp_[kNewTargetSlot].IsUndefined(); }
  // The JSFunction being called.
  Handle<Value> target() const { return Handle<Value>(&fp_[kClosureSlot]); }
  // Raw pointer to argument 0 (arguments at increasing addresses).
  Value* arguments() const { return &fp_[kFirstArgSlot]; }
  Value* fp() const { return fp_; }

 private:
  Value* fp_;
};

using BuiltinFunction = Value (*)(Isolate* isolate, BuiltinArguments args);

#define DECLARE_BUILTIN(Name, js_name, length, kind) \
  Value Builtin_##Name(Isolate* isolate, BuiltinArguments args);
BUILTIN_LIST(DECLARE_BUILTIN)
#undef DECLARE_BUILTIN

struct BuiltinInfo {
  BuiltinFunction function;
  const char* name;
  int length;
  BuiltinKind kind;
};
extern const BuiltinInfo kBuiltinInfo[kBuiltinCount];

inline const BuiltinInfo& BuiltinInfoOf(int id) { return kBuiltinInfo[id]; }

// The frameless fast paths of a few hot builtins (V8 has them as CSA
// builtins; here they are C++ that neither allocates, throws nor calls out).
// Argument i is args[i * stride]. True with the result in {out}; false
// when the case is not the simple one and the builtin must run for real
// (nothing was changed). InvokeFunction tries this before pushing a
// builtin frame: a fast path never throws, so the missing frame is never
// seen in a stack trace.
bool TryFastBuiltinCall(Isolate* isolate, int builtin_id, Value receiver, int argc, const Value* args,
                        int stride, Value* out);
// Whether TryFastBuiltinCall has a fast path for {builtin_id} at all (the
// interpreter asks before it saves its state for one): one table load, so
// the call path does not grow with the list.
inline constexpr std::array<bool, kBuiltinCount> kHasFastBuiltinCall = [] {
  std::array<bool, kBuiltinCount> table{};
  for (Builtin id : {Builtin::kLibArrayPrototypePush, Builtin::kLibStringPrototypeCharCodeAt,
                     Builtin::kLibStringPrototypeCharAt, Builtin::kLibStringFromCharCode,
                     Builtin::kLibObjectPrototypeHasOwnProperty}) {
    table[static_cast<int>(id)] = true;
  }
  return table;
}();
inline bool HasFastBuiltinCall(int builtin_id) { return kHasFastBuiltinCall[builtin_id]; }

// -- Builtin continuations ----------------------------------------------------------
//
// OPTIMIZATION: Array.prototype's callback methods (forEach, map, filter,
// some, every, find, findIndex, findLast, findLastIndex, reduce,
// reduceRight) are resumable loops whose state lives in registers of their
// own BuiltinExit frame (kBuiltinContinuationSlots of them, below the fixed
// part). The interpreter runs such a builtin on a frame of its loop and
// each callback as an in-loop call, resuming the builtin when the callback
// returns (docs/runtime.md "Builtin continuations"): no C++ call and no
// new interpreter activation per callback. Called from C++ (InvokeFunction,
// compiled code), the same loop runs with a C++ call per callback.
inline constexpr int kBuiltinContinuationSlots = 7;

inline bool IsContinuationBuiltin(int builtin_id) {
  switch (static_cast<Builtin>(builtin_id)) {
    case Builtin::kLibArrayPrototypeForEach:
    case Builtin::kLibArrayPrototypeMap:
    case Builtin::kLibArrayPrototypeFilter:
    case Builtin::kLibArrayPrototypeSome:
    case Builtin::kLibArrayPrototypeEvery:
    case Builtin::kLibArrayPrototypeFind:
    case Builtin::kLibArrayPrototypeFindIndex:
    case Builtin::kLibArrayPrototypeFindLast:
    case Builtin::kLibArrayPrototypeFindLastIndex:
    case Builtin::kLibArrayPrototypeReduce:
    case Builtin::kLibArrayPrototypeReduceRight:
      return true;
    default:
      return false;
  }
}

// Registers a builtin's frame has below its fixed part.
inline int BuiltinFrameRegisters(int builtin_id) {
  return IsContinuationBuiltin(builtin_id) ? kBuiltinContinuationSlots : 0;
}

// The callback a continuation builtin asks to have called next. Raw
// Values: nothing may allocate between filling it and the call.
struct ContinuationCall {
  static constexpr int kMaxArgs = 4;
  Value target;
  Value receiver;
  int argc = 0;
  // Argument i is args()[-i] (the interpreter's order, stride -1).
  const Value* args() const { return &reversed[kMaxArgs - 1]; }
  void set_arg(int i, Value value) { reversed[kMaxArgs - 1 - i] = value; }

 private:
  Value reversed[kMaxArgs];
};

enum class ContinuationAction {
  kCall,    // call ContinuationCall's callback, then ResumeContinuation
  kReturn,  // done: the builtin's result is in *out
  kThrow,   // an exception is pending
};

// Starts the loop of the continuation builtin whose frame is {fp} (pushed
// with BuiltinFrameRegisters registers, all undefined; js_fp is fp).
ContinuationAction StartContinuation(Isolate* isolate, Value* fp, ContinuationCall* call, Value* out);
// Goes on after the callback StartContinuation or the last
// ResumeContinuation asked for returned {result}.
ContinuationAction ResumeContinuation(Isolate* isolate, Value* fp, Value result, ContinuationCall* call,
                                      Value* out);

// -- Installing builtins ------------------------------------------------------------
//
// A new builtin JSFunction for {id} with its `name` and `length` (from
// BUILTIN_LIST, or {name} when given) and, for constructors, no prototype
// object (callers that need one set it up).
Handle<JSObject> NewBuiltinFunction(Isolate* isolate, Builtin id, const char* name = nullptr);
// holder[name] = the builtin (non-enumerable, writable, configurable, as
// every builtin method). Returns the function.
Handle<JSObject> InstallFunction(Isolate* isolate, Handle<JSObject> holder, Builtin id,
                                 const char* name = nullptr);
// holder[symbol] = the builtin, name "[Symbol.x]".
Handle<JSObject> InstallFunctionWithSymbol(Isolate* isolate, Handle<JSObject> holder,
                                           Handle<Value> symbol, Builtin id);
// An accessor property backed by builtins (either may be omitted with
// Builtin::kCount).
void InstallAccessor(Isolate* isolate, Handle<JSObject> holder, const char* name,
                     Builtin getter, Builtin setter, bool enumerable = false);
// holder[name] = value, non-enumerable (writable/configurable as given).
void InstallValue(Isolate* isolate, Handle<JSObject> holder, const char* name,
                  Handle<Value> value, bool writable = true, bool configurable = true,
                  bool enumerable = false);

// An iterator over {target}: an %ArrayIteratorPrototype% object over an
// object yielding values, indices or [index, value] pairs, or (kString) a
// %StringIteratorPrototype% object over a string yielding code points.
enum class ArrayIteratorKind : int { kValues = 0, kKeys = 1, kEntries = 2, kString = 3 };
Value NewListIterator(Isolate* isolate, Handle<Value> target,
                      ArrayIteratorKind kind = ArrayIteratorKind::kValues);

// node's ERR_INVALID_ARG_TYPE rendering of a received value: "type number
// (5)", "an instance of Foo", "undefined".
std::string DescribeReceivedValue(Isolate* isolate, Value value);
// Symbol.for/keyFor, Object.seal/isSealed/getOwnPropertyDescriptors and the
// stand-ins for unsupported features (runtime/builtins_language.cc).
void SetUpLanguageBuiltins(Isolate* isolate, Handle<JSObject> global);

// {value, done} iterator result objects.
Value NewIteratorResult(Isolate* isolate, Handle<Value> value, bool done);

// Calls a builtin with a BuiltinExit frame (vm/execution.cc does this for
// every call that reaches a builtin).
Value InvokeBuiltin(Isolate* isolate, int builtin_id, Value* fp);

}  // namespace lucid

#endif  // LUCID_RUNTIME_BUILTINS_H_
