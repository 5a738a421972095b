// Copyright 2025 the Lucid authors. MIT license.
// Ids of the Runtime_* functions that bytecode reaches through CallRuntime.

#ifndef LUCID_VM_INTERPRETER_RUNTIME_FUNCTION_IDS_H_
#define LUCID_VM_INTERPRETER_RUNTIME_FUNCTION_IDS_H_

#include <cstdint>

namespace lucid {

// Each entry is preceded by its contract: arguments (in the CallRuntime
// register list, in order) and the value left in acc. An arity of -1 means
// variadic. The interpreter engineer implements Runtime_<Name>; the
// generator is the only caller through bytecode. Each may throw.
//
// V(Name, arity)
#define RUNTIME_FUNCTION_LIST(V)                                               \
  /* -- Script top level ------------------------------------------------- */ \
  /* DeclareGlobalVar(name): define global `name` = undefined unless it */    \
  /* exists (non-configurable); SyntaxError "Identifier 'name' has */          \
  /* already been declared" if a script-context let/const has it. */           \
  V(DeclareGlobalVar, 1)                                                       \
  /* DeclareGlobalFunction(name, closure): define/overwrite global `name` */   \
  /* = closure (non-configurable, enumerable, writable). */                   \
  V(DeclareGlobalFunction, 2)                                                  \
  /* -- Errors ------------------------------------------------------------ */ \
  /* ThrowConstAssignError(): TypeError "Assignment to constant variable." */ \
  V(ThrowConstAssignError, 0)                                                  \
  /* ThrowIteratorResultNotAnObject(result): TypeError "Iterator result */    \
  /* result is not an object". */                                              \
  V(ThrowIteratorResultNotAnObject, 1)                                         \
  /* ThrowPatternAssignmentNonCoercible(value, text, key, nested): TypeError */ \
  /* "Cannot destructure 'value' as it is undefined." (or null); with the */  \
  /* pattern's first key "Cannot destructure property 'key' of ...", or */    \
  /* when nested "Cannot read properties of null (reading 'key')". */         \
  V(ThrowPatternAssignmentNonCoercible, 4)                                     \
  /* ThrowNotConstructor(value): TypeError "value is not a constructor". */   \
  V(ThrowNotConstructor, 1)                                                    \
  /* ThrowSymbolIteratorInvalid(): TypeError "Result of the */                \
  /* Symbol.iterator method is not an object". */                              \
  V(ThrowSymbolIteratorInvalid, 0)                                             \
  /* ThrowUnsupportedSuperError(): SyntaxError "'super' keyword */            \
  /* unexpected here" (super in an arrow the generator cannot resolve). */     \
  V(ThrowUnsupportedSuperError, 0)                                             \
  /* ThrowUnsupportedFeature(description): SyntaxError "description is */     \
  /* not supported yet" (async functions: a later issue). */                  \
  V(ThrowUnsupportedFeature, 1)                                                \
  /* ThrowInvalidLhsError(message): ReferenceError with the message */       \
  /* string ("Invalid left-hand side in assignment": `f() = 1`). */          \
  V(ThrowInvalidLhsError, 1)                                                   \
  /* -- Objects ----------------------------------------------------------- */ \
  /* CopyDataProperties(target, source): spread source's own enumerable */    \
  /* properties into target ({...source}); null/undefined copy nothing. */    \
  V(CopyDataProperties, 2)                                                     \
  /* CopyDataPropertiesWithExcludedKeys(source, key...): acc = a new */       \
  /* object with source's own enumerable properties except the keys */        \
  /* (object rest pattern); throws for null/undefined source. */               \
  V(CopyDataPropertiesWithExcludedKeys, -1)                                    \
  /* DefineAccessorPropertyUnchecked(object, key, getter, setter, */          \
  /* attrs): define accessor key (getter/setter may be null = keep the */      \
  /* other half); attrs int32: bit 0 DONT_ENUM, bit 1 set the accessors' */   \
  /* home object to object. Sets function names */                             \
  /* "get key"/"set key". */                                                   \
  V(DefineAccessorPropertyUnchecked, 5)                                        \
  /* InternalSetPrototype(object, proto): object.[[Prototype]] = proto if */  \
  /* proto is an object or null (literal `__proto__:`), else no-op. */        \
  V(InternalSetPrototype, 2)                                                   \
  /* SetHomeObject(closure, home): record home as closure's */                \
  /* [[HomeObject]] (super property lookups); acc = closure. */                \
  V(SetHomeObject, 2)                                                          \
  /* GetHomeObject(closure): acc = closure's [[HomeObject]]. */                \
  V(GetHomeObject, 1)                                                          \
  /* SetFunctionName(closure, key): closure.name = ToString(key) (symbols */  \
  /* as "[desc]"); acc = closure. */                                           \
  V(SetFunctionName, 2)                                                        \
  /* -- Private names ----------------------------------------------------- */ \
  /* CreatePrivateName(description, class, static): acc = a new private */   \
  /* symbol "#x"; for a method or accessor, class names its class (the */     \
  /* brand checked on use) and static says whether the class is the brand. */ \
  V(CreatePrivateName, 3)                                                      \
  /* LoadPrivateField(object, symbol): acc = object's private field; */        \
  /* TypeError "Cannot read private member #x from an object whose class */   \
  /* did not declare it" when absent. */                                       \
  V(LoadPrivateField, 2)                                                       \
  /* StorePrivateField(object, symbol, value): write an existing private */   \
  /* field (TypeError "Cannot write private member #x ..." if absent). */      \
  V(StorePrivateField, 3)                                                      \
  /* DefinePrivateField(object, symbol, value): add the field (TypeError */   \
  /* "Cannot initialize #x twice on the same object" if present). */          \
  V(DefinePrivateField, 3)                                                     \
  /* -- Classes ----------------------------------------------------------- */ \
  /* DefineClass(constructor, parent): parent is the hole when there is no */ \
  /* extends. Makes constructor a class constructor, creates its */           \
  /* prototype (proto = parent.prototype, Object.prototype, or null when */    \
  /* parent is null), sets constructor.[[Prototype]] = parent (or */           \
  /* Function.prototype), defines prototype.constructor, and sets */           \
  /* constructor's home object to the prototype. Throws TypeError "Class */   \
  /* extends value X is not a constructor or null". acc = prototype. */        \
  V(DefineClass, 2)                                                            \
  /* DefineClassMethod(target, key, closure): define non-enumerable data */   \
  /* property key = closure on target, set closure's home object to */        \
  /* target and its name from key if anonymous. */                             \
  V(DefineClassMethod, 3)                                                      \
  /* -- super ------------------------------------------------------------- */ \
  /* LoadKeyedFromSuper(receiver, home, key): acc = */                        \
  /* home.[[Prototype]][key] read with this = receiver. */                     \
  V(LoadKeyedFromSuper, 3)                                                     \
  /* StoreToSuper(receiver, home, key, value): */                             \
  /* home.[[Prototype]].[[Set]](key, value, receiver); acc = value. */         \
  V(StoreToSuper, 4)                                                           \
  /* -- Calls ------------------------------------------------------------- */ \
  /* Apply(callee, receiver, array): acc = callee.apply(receiver, array) */   \
  /* (calls with a spread that is not the last argument). */                  \
  V(Apply, 3)                                                                  \
  /* ConstructWithArray(ctor, array, new_target): acc = */                    \
  /* Reflect.construct(ctor, array, new_target). */                            \
  V(ConstructWithArray, 3)                                                     \
  /* -- Iteration --------------------------------------------------------- */ \
  /* ArrayAppend(array, value): push value onto the literal array being */    \
  /* built; acc = array. */                                                    \
  V(ArrayAppend, 2)                                                            \
  /* -- Generators -------------------------------------------------------- */ \
  /* CreateJSGeneratorObject(closure, receiver): acc = a new generator */     \
  /* object for this frame, its [[Prototype]] closure.prototype (or */        \
  /* %GeneratorPrototype% when that is not an object). */                    \
  V(CreateJSGeneratorObject, 2)                                                \
  /* GeneratorGetResumeMode(generator): acc = its resume_mode (int32: */      \
  /* 0 next, 1 return, 2 throw), read right after ResumeGenerator. */          \
  V(GeneratorGetResumeMode, 1)                                                 \
  /* ForOfStepFast(iterator, next): the step of for-of and array spread */   \
  /* without calling next when it is the builtin next of */                 \
  /* %ArrayIteratorPrototype% (a values iterator over a fast array) or of */ \
  /* %StringIteratorPrototype% (a string iterator): acc = the value, the */  \
  /* iterator advanced. acc = the hole when */                               \
  /* the generic step must run (other iterators, exhaustion, a hole that */  \
  /* needs [[Get]]); nothing observable happened then. */                    \
  V(ForOfStepFast, 2)                                                          \
  /* CreateIterResultObject(value, done): acc = {value, done}. */             \
  V(CreateIterResultObject, 2)                                                 \
  /* ThrowThrowMethodMissing(): TypeError "The iterator does not provide */  \
  /* a 'throw' method." (yield* after closing the inner iterator). */          \
  V(ThrowThrowMethodMissing, 0)                                                \
  /* YieldStarGetIterator(iterable, rendering): acc = */                      \
  /* iterable[Symbol.iterator](), with V8's yield* wording when it is not */   \
  /* iterable: rendering 0 "number 5 is not iterable (cannot read */           \
  /* property ...)", 1 (a call or property operand) and 2 (a yield */          \
  /* operand) V8's call-printer texts. */                                      \
  V(YieldStarGetIterator, 2)                                                   \
  /* -- Natives (--allow-natives-syntax) ---------------------------------- */ \
  /* CallNative(name, args...): acc = %name(args...) (NATIVE_LIST in */       \
  /* runtime/natives.h); ReferenceError "%name is not defined" if none. */    \
  V(CallNative, -1)                                                            \
  /* -- Async functions (runtime/builtins_async.cc) ------------------- */ \
  /* AsyncFunctionEnter(closure, receiver): acc = a new async function */     \
  /* object for this frame, holding a new pending promise. */                 \
  V(AsyncFunctionEnter, 2)                                                     \
  /* AsyncFunctionAwait(async, value): await value (the promise's */          \
  /* reaction resumes async); acc = the function's promise. */                \
  V(AsyncFunctionAwait, 2)                                                     \
  /* AsyncFunctionResolve(async, value): resolve the function's promise */    \
  /* with value; acc = the promise. */                                         \
  V(AsyncFunctionResolve, 2)                                                   \
  /* AsyncFunctionReject(async, reason): reject it; acc = the promise. */     \
  V(AsyncFunctionReject, 2)                                                    \
  /* GetAsyncIterator(iterable): acc = iterable[Symbol.asyncIterator](), */   \
  /* or its sync iterator wrapped as an AsyncFromSyncIterator (for await). */ \
  V(GetAsyncIterator, 1) \
  /* -- Private methods and accessors (kept last: ids above are stable) -- */ \
  /* DefinePrivateMember(object, symbol, value, kind): private method */    \
  /* (kind 0: a read-only own property), getter (1) or setter (2) (an own */ \
  /* accessor, halves merged); TypeError if already there. */                 \
  V(DefinePrivateMember, 4)                                                    \
  /* -- Async generators (runtime/builtins_async_generator.cc) ----------- */ \
  /* AsyncGeneratorEnter(closure, receiver): acc = a new async generator */   \
  /* object (suspended at its start, an empty request queue). */              \
  V(AsyncGeneratorEnter, 2)                                                    \
  /* AsyncGeneratorAwait(gen, value): await value (its reaction resumes */    \
  /* gen); acc = undefined. */                                                 \
  V(AsyncGeneratorAwait, 2)                                                    \
  /* AsyncGeneratorYield(gen, value): resolve the head request's promise */   \
  /* with {value, done: false} and drop it; acc = undefined. */                \
  V(AsyncGeneratorYield, 2)                                                    \
  /* AsyncGeneratorResolve(gen, value): the body returned: close gen and */   \
  /* resolve the head request with {value, done: true}. */                     \
  V(AsyncGeneratorResolve, 2)                                                  \
  /* AsyncGeneratorReject(gen, reason): the body threw: close gen and */      \
  /* reject the head request. */                                               \
  V(AsyncGeneratorReject, 2)                                                   \
  /* YieldStarGetAsyncIterator(iterable, rendering): GetAsyncIterator for */  \
  /* yield* in an async generator, with V8's texts ("undefined is not a */    \
  /* function"; rendering 1, a call or property operand: "yield* */           \
  /* (intermediate value)... is not async iterable"). */                       \
  V(YieldStarGetAsyncIterator, 2)

enum class RuntimeFunctionId : uint16_t {
#define V(Name, arity) k##Name,
  RUNTIME_FUNCTION_LIST(V)
#undef V
};

inline constexpr int kRuntimeFunctionCount = 0
#define V(...) +1
    RUNTIME_FUNCTION_LIST(V);
#undef V

struct RuntimeFunctionInfo {
  const char* name;
  int arity;  // -1: variadic
};

inline constexpr RuntimeFunctionInfo kRuntimeFunctionInfo[] = {
#define V(Name, arity) {#Name, arity},
    RUNTIME_FUNCTION_LIST(V)
#undef V
};

inline const RuntimeFunctionInfo& RuntimeInfoOf(RuntimeFunctionId id) {
  return kRuntimeFunctionInfo[static_cast<int>(id)];
}

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_RUNTIME_FUNCTION_IDS_H_
