// Copyright the Lucid authors. MIT license.
// LIBRARY_BUILTIN_LIST: the standard library's builtins (console, Object,
// Array, String, Number, Boolean, Math, JSON, global functions), appended to
// BUILTIN_LIST (runtime/builtins.h), and InstallLibrary, which puts them on
// the intrinsics. docs/library.md describes the folder.

#ifndef LUCID_RUNTIME_LIBRARY_LIBRARY_BUILTINS_H_
#define LUCID_RUNTIME_LIBRARY_LIBRARY_BUILTINS_H_

namespace lucid {

class Isolate;

// V(Name, "js name", length, kind) -- as BUILTIN_LIST. Every name starts
// with Lib so it never clashes with the interpreter's builtins; where both
// have a builtin for one purpose (console.log), InstallLibrary runs last and
// the library's wins.
#define LIBRARY_BUILTIN_LIST(V)                                                \
  /* console */                                                                \
  V(LibConsoleLog, "log", 0, kFunction)                                        \
  V(LibConsoleInfo, "info", 0, kFunction)                                      \
  V(LibConsoleDebug, "debug", 0, kFunction)                                    \
  V(LibConsoleError, "error", 0, kFunction)                                    \
  V(LibConsoleWarn, "warn", 0, kFunction)                                      \
  V(LibConsoleAssert, "assert", 0, kFunction)                                  \
  V(LibConsoleCount, "count", 0, kFunction)                                    \
  V(LibConsoleCountReset, "countReset", 0, kFunction)                          \
  V(LibConsoleTime, "time", 0, kFunction)                                      \
  V(LibConsoleTimeEnd, "timeEnd", 0, kFunction)                                \
  V(LibConsoleTimeLog, "timeLog", 0, kFunction)                                \
  V(LibConsoleGroup, "group", 0, kFunction)                                    \
  V(LibConsoleGroupCollapsed, "groupCollapsed", 0, kFunction)                  \
  V(LibConsoleGroupEnd, "groupEnd", 0, kFunction)                              \
  V(LibConsoleDir, "dir", 0, kFunction)                                        \
  V(LibConsoleTable, "table", 1, kFunction)                                    \
  V(LibConsoleTrace, "trace", 0, kFunction)                                    \
  /* require.resolve (runtime/module_loader.cc) */                            \
  V(LibRequireResolve, "resolve", 1, kFunction)                                \
  /* Object */                                                                 \
  V(LibObjectKeys, "keys", 1, kFunction)                                       \
  V(LibObjectValues, "values", 1, kFunction)                                   \
  V(LibObjectEntries, "entries", 1, kFunction)                                 \
  V(LibObjectGetPrototypeOf, "getPrototypeOf", 1, kFunction)                   \
  V(LibObjectSetPrototypeOf, "setPrototypeOf", 2, kFunction)                   \
  V(LibObjectCreate, "create", 2, kFunction)                                   \
  V(LibObjectDefineProperty, "defineProperty", 3, kFunction)                   \
  V(LibObjectDefineProperties, "defineProperties", 2, kFunction)               \
  V(LibObjectGetOwnPropertyNames, "getOwnPropertyNames", 1, kFunction)         \
  V(LibObjectGetOwnPropertySymbols, "getOwnPropertySymbols", 1, kFunction)     \
  V(LibObjectGetOwnPropertyDescriptor, "getOwnPropertyDescriptor", 2,          \
    kFunction)                                                                 \
  V(LibObjectAssign, "assign", 2, kFunction)                                   \
  V(LibObjectFreeze, "freeze", 1, kFunction)                                   \
  V(LibObjectIsFrozen, "isFrozen", 1, kFunction)                               \
  V(LibObjectPreventExtensions, "preventExtensions", 1, kFunction)             \
  V(LibObjectIsExtensible, "isExtensible", 1, kFunction)                       \
  V(LibObjectIs, "is", 2, kFunction)                                           \
  V(LibObjectFromEntries, "fromEntries", 1, kFunction)                         \
  V(LibObjectHasOwn, "hasOwn", 2, kFunction)                                   \
  V(LibObjectPrototypeProtoGetter, "get __proto__", 0, kFunction)              \
  V(LibObjectPrototypeProtoSetter, "set __proto__", 1, kFunction)              \
  V(LibObjectPrototypeHasOwnProperty, "hasOwnProperty", 1, kFunction)          \
  V(LibObjectPrototypeIsPrototypeOf, "isPrototypeOf", 1, kFunction)            \
  V(LibObjectPrototypePropertyIsEnumerable, "propertyIsEnumerable", 1,         \
    kFunction)                                                                 \
  V(LibObjectPrototypeToString, "toString", 0, kFunction)                      \
  V(LibObjectPrototypeToLocaleString, "toLocaleString", 0, kFunction)          \
  V(LibObjectPrototypeValueOf, "valueOf", 0, kFunction)                        \
  /* Array */                                                                  \
  V(LibArrayConstructor, "Array", 1, kConstructor)                             \
  V(LibArrayIsArray, "isArray", 1, kFunction)                                  \
  V(LibArrayOf, "of", 0, kFunction)                                            \
  V(LibArrayFrom, "from", 1, kFunction)                                        \
  V(LibArrayPrototypePush, "push", 1, kFunction)                               \
  V(LibArrayPrototypePop, "pop", 0, kFunction)                                 \
  V(LibArrayPrototypeShift, "shift", 0, kFunction)                             \
  V(LibArrayPrototypeUnshift, "unshift", 1, kFunction)                         \
  V(LibArrayPrototypeSlice, "slice", 2, kFunction)                             \
  V(LibArrayPrototypeSplice, "splice", 2, kFunction)                           \
  V(LibArrayPrototypeIndexOf, "indexOf", 1, kFunction)                         \
  V(LibArrayPrototypeLastIndexOf, "lastIndexOf", 1, kFunction)                 \
  V(LibArrayPrototypeIncludes, "includes", 1, kFunction)                       \
  V(LibArrayPrototypeJoin, "join", 1, kFunction)                               \
  V(LibArrayPrototypeToString, "toString", 0, kFunction)                       \
  V(LibArrayPrototypeConcat, "concat", 1, kFunction)                           \
  V(LibArrayPrototypeReverse, "reverse", 0, kFunction)                         \
  V(LibArrayPrototypeFill, "fill", 1, kFunction)                               \
  V(LibArrayPrototypeForEach, "forEach", 1, kFunction)                         \
  V(LibArrayPrototypeMap, "map", 1, kFunction)                                 \
  V(LibArrayPrototypeFilter, "filter", 1, kFunction)                           \
  V(LibArrayPrototypeReduce, "reduce", 1, kFunction)                           \
  V(LibArrayPrototypeReduceRight, "reduceRight", 1, kFunction)                 \
  V(LibArrayPrototypeSome, "some", 1, kFunction)                               \
  V(LibArrayPrototypeEvery, "every", 1, kFunction)                             \
  V(LibArrayPrototypeFind, "find", 1, kFunction)                               \
  V(LibArrayPrototypeFindIndex, "findIndex", 1, kFunction)                     \
  V(LibArrayPrototypeFindLast, "findLast", 1, kFunction)                       \
  V(LibArrayPrototypeFindLastIndex, "findLastIndex", 1, kFunction)             \
  V(LibArrayPrototypeSort, "sort", 1, kFunction)                               \
  V(LibArrayPrototypeAt, "at", 1, kFunction)                                   \
  V(LibArrayPrototypeFlat, "flat", 0, kFunction)                               \
  V(LibArrayPrototypeFlatMap, "flatMap", 1, kFunction)                         \
  V(LibArrayPrototypeCopyWithin, "copyWithin", 2, kFunction)                   \
  V(LibArrayPrototypeKeys, "keys", 0, kFunction)                               \
  V(LibArrayPrototypeEntries, "entries", 0, kFunction)                         \
  V(LibArrayPrototypeToReversed, "toReversed", 0, kFunction)                   \
  V(LibArrayPrototypeToSorted, "toSorted", 1, kFunction)                       \
  V(LibArrayPrototypeToSpliced, "toSpliced", 2, kFunction)                     \
  V(LibArrayPrototypeWith, "with", 2, kFunction)                               \
  /* String */                                                                 \
  V(LibStringConstructor, "String", 1, kConstructor)                           \
  V(LibStringFromCharCode, "fromCharCode", 1, kFunction)                       \
  V(LibStringFromCodePoint, "fromCodePoint", 1, kFunction)                     \
  V(LibStringPrototypeCharAt, "charAt", 1, kFunction)                          \
  V(LibStringPrototypeCharCodeAt, "charCodeAt", 1, kFunction)                  \
  V(LibStringPrototypeCodePointAt, "codePointAt", 1, kFunction)                \
  V(LibStringPrototypeAt, "at", 1, kFunction)                                  \
  V(LibStringPrototypeIndexOf, "indexOf", 1, kFunction)                        \
  V(LibStringPrototypeLastIndexOf, "lastIndexOf", 1, kFunction)                \
  V(LibStringPrototypeIncludes, "includes", 1, kFunction)                      \
  V(LibStringPrototypeStartsWith, "startsWith", 1, kFunction)                  \
  V(LibStringPrototypeEndsWith, "endsWith", 1, kFunction)                      \
  V(LibStringPrototypeSlice, "slice", 2, kFunction)                            \
  V(LibStringPrototypeSubstring, "substring", 2, kFunction)                    \
  V(LibStringPrototypeSubstr, "substr", 2, kFunction)                          \
  V(LibStringPrototypeSplit, "split", 2, kFunction)                            \
  V(LibStringPrototypeToUpperCase, "toUpperCase", 0, kFunction)                \
  V(LibStringPrototypeToLowerCase, "toLowerCase", 0, kFunction)                \
  V(LibStringPrototypeToLocaleUpperCase, "toLocaleUpperCase", 0, kFunction)    \
  V(LibStringPrototypeToLocaleLowerCase, "toLocaleLowerCase", 0, kFunction)    \
  V(LibStringPrototypeTrim, "trim", 0, kFunction)                              \
  V(LibStringPrototypeTrimStart, "trimStart", 0, kFunction)                    \
  V(LibStringPrototypeTrimEnd, "trimEnd", 0, kFunction)                        \
  V(LibStringPrototypePadStart, "padStart", 1, kFunction)                      \
  V(LibStringPrototypePadEnd, "padEnd", 1, kFunction)                          \
  V(LibStringPrototypeRepeat, "repeat", 1, kFunction)                          \
  V(LibStringPrototypeConcat, "concat", 1, kFunction)                          \
  V(LibStringPrototypeReplace, "replace", 2, kFunction)                        \
  V(LibStringPrototypeReplaceAll, "replaceAll", 2, kFunction)                  \
  V(LibStringPrototypeLocaleCompare, "localeCompare", 1, kFunction)            \
  V(LibStringPrototypeNormalize, "normalize", 0, kFunction)                    \
  V(LibStringPrototypeIsWellFormed, "isWellFormed", 0, kFunction)              \
  V(LibStringPrototypeToWellFormed, "toWellFormed", 0, kFunction)              \
  V(LibStringRaw, "raw", 1, kFunction)                                         \
  V(LibStringPrototypeToString, "toString", 0, kFunction)                      \
  V(LibStringPrototypeValueOf, "valueOf", 0, kFunction)                        \
  /* Number, Boolean, globals */                                               \
  V(LibNumberConstructor, "Number", 1, kConstructor)                           \
  V(LibNumberIsInteger, "isInteger", 1, kFunction)                             \
  V(LibNumberIsSafeInteger, "isSafeInteger", 1, kFunction)                     \
  V(LibNumberIsFinite, "isFinite", 1, kFunction)                               \
  V(LibNumberIsNaN, "isNaN", 1, kFunction)                                     \
  V(LibNumberPrototypeToString, "toString", 1, kFunction)                      \
  V(LibNumberPrototypeToLocaleString, "toLocaleString", 0, kFunction)          \
  V(LibNumberPrototypeToFixed, "toFixed", 1, kFunction)                        \
  V(LibNumberPrototypeToPrecision, "toPrecision", 1, kFunction)                \
  V(LibNumberPrototypeToExponential, "toExponential", 1, kFunction)            \
  V(LibNumberPrototypeValueOf, "valueOf", 0, kFunction)                        \
  V(LibBooleanConstructor, "Boolean", 1, kConstructor)                         \
  V(LibBooleanPrototypeToString, "toString", 0, kFunction)                     \
  V(LibBooleanPrototypeValueOf, "valueOf", 0, kFunction)                       \
  V(LibGlobalParseInt, "parseInt", 2, kFunction)                               \
  V(LibGlobalParseFloat, "parseFloat", 1, kFunction)                           \
  V(LibGlobalIsNaN, "isNaN", 1, kFunction)                                     \
  V(LibGlobalIsFinite, "isFinite", 1, kFunction)                               \
  /* Math */                                                                   \
  LIBRARY_MATH_BUILTIN_LIST(V)                                                 \
  /* JSON */                                                                   \
  V(LibJsonStringify, "stringify", 3, kFunction)                               \
  V(LibJsonParse, "parse", 2, kFunction)                                       \
  /* Map and Set */                                                            \
  LIBRARY_COLLECTION_BUILTIN_LIST(V)                                           \
  /* Date */                                                                   \
  LIBRARY_DATE_BUILTIN_LIST(V)                                                 \
  /* WeakMap, WeakSet, WeakRef, FinalizationRegistry */                        \
  LIBRARY_WEAK_BUILTIN_LIST(V)

// V(Name, "js name", length, kind) -- builtins_weak.cc.
#define LIBRARY_WEAK_BUILTIN_LIST(V)                                           \
  V(LibWeakMapConstructor, "WeakMap", 0, kConstructor)                         \
  V(LibWeakMapPrototypeDelete, "delete", 1, kFunction)                         \
  V(LibWeakMapPrototypeGet, "get", 1, kFunction)                               \
  V(LibWeakMapPrototypeSet, "set", 2, kFunction)                               \
  V(LibWeakMapPrototypeHas, "has", 1, kFunction)                               \
  V(LibWeakSetConstructor, "WeakSet", 0, kConstructor)                         \
  V(LibWeakSetPrototypeDelete, "delete", 1, kFunction)                         \
  V(LibWeakSetPrototypeHas, "has", 1, kFunction)                               \
  V(LibWeakSetPrototypeAdd, "add", 1, kFunction)                               \
  V(LibWeakRefConstructor, "WeakRef", 1, kConstructor)                         \
  V(LibWeakRefPrototypeDeref, "deref", 0, kFunction)                           \
  V(LibFinalizationRegistryConstructor, "FinalizationRegistry", 1,             \
    kConstructor)                                                              \
  V(LibFinalizationRegistryPrototypeRegister, "register", 2, kFunction)        \
  V(LibFinalizationRegistryPrototypeUnregister, "unregister", 1, kFunction)    \
  V(LibFinalizationRegistryCleanupTask, "", 0, kFunction)

// V(Name, "js name", length, kind) -- Map, Set and their iterators
// (builtins_collections.cc).
#define LIBRARY_COLLECTION_BUILTIN_LIST(V)                                     \
  V(LibMapConstructor, "Map", 0, kConstructor)                                 \
  V(LibMapPrototypeGet, "get", 1, kFunction)                                   \
  V(LibMapPrototypeSet, "set", 2, kFunction)                                   \
  V(LibMapPrototypeHas, "has", 1, kFunction)                                   \
  V(LibMapPrototypeDelete, "delete", 1, kFunction)                             \
  V(LibMapPrototypeClear, "clear", 0, kFunction)                               \
  V(LibMapPrototypeForEach, "forEach", 1, kFunction)                           \
  V(LibMapPrototypeSize, "get size", 0, kFunction)                             \
  V(LibMapPrototypeKeys, "keys", 0, kFunction)                                 \
  V(LibMapPrototypeValues, "values", 0, kFunction)                             \
  V(LibMapPrototypeEntries, "entries", 0, kFunction)                           \
  V(LibMapIteratorPrototypeNext, "next", 0, kFunction)                         \
  V(LibSetConstructor, "Set", 0, kConstructor)                                 \
  V(LibSetPrototypeAdd, "add", 1, kFunction)                                   \
  V(LibSetPrototypeHas, "has", 1, kFunction)                                   \
  V(LibSetPrototypeDelete, "delete", 1, kFunction)                             \
  V(LibSetPrototypeClear, "clear", 0, kFunction)                               \
  V(LibSetPrototypeForEach, "forEach", 1, kFunction)                           \
  V(LibSetPrototypeSize, "get size", 0, kFunction)                             \
  V(LibSetPrototypeValues, "values", 0, kFunction)                             \
  V(LibSetPrototypeEntries, "entries", 0, kFunction)                           \
  V(LibSetIteratorPrototypeNext, "next", 0, kFunction)                         \
  V(LibCollectionSpecies, "get [Symbol.species]", 0, kFunction)

// V(Name, "js name", length, kind) -- Date (builtins_date.cc). The getters
// and setters come from DATE_FIELD_LIST there.
#define LIBRARY_DATE_BUILTIN_LIST(V)                                           \
  V(LibDateConstructor, "Date", 7, kConstructor)                               \
  V(LibDateNow, "now", 0, kFunction)                                           \
  V(LibDateParse, "parse", 1, kFunction)                                       \
  V(LibDateUTC, "UTC", 7, kFunction)                                           \
  V(LibDatePrototypeToString, "toString", 0, kFunction)                        \
  V(LibDatePrototypeToDateString, "toDateString", 0, kFunction)                \
  V(LibDatePrototypeToTimeString, "toTimeString", 0, kFunction)                \
  V(LibDatePrototypeToISOString, "toISOString", 0, kFunction)                  \
  V(LibDatePrototypeToUTCString, "toUTCString", 0, kFunction)                  \
  V(LibDatePrototypeToLocaleString, "toLocaleString", 0, kFunction)            \
  V(LibDatePrototypeToLocaleDateString, "toLocaleDateString", 0, kFunction)    \
  V(LibDatePrototypeToLocaleTimeString, "toLocaleTimeString", 0, kFunction)    \
  V(LibDatePrototypeToJSON, "toJSON", 1, kFunction)                            \
  V(LibDatePrototypeValueOf, "valueOf", 0, kFunction)                          \
  V(LibDatePrototypeGetTime, "getTime", 0, kFunction)                          \
  V(LibDatePrototypeSetTime, "setTime", 1, kFunction)                          \
  V(LibDatePrototypeGetTimezoneOffset, "getTimezoneOffset", 0, kFunction)      \
  V(LibDatePrototypeGetYear, "getYear", 0, kFunction)                          \
  V(LibDatePrototypeSetYear, "setYear", 1, kFunction)                          \
  V(LibDatePrototypeToPrimitive, "[Symbol.toPrimitive]", 1, kFunction)         \
  V(LibDatePrototypeGetFullYear, "getFullYear", 0, kFunction)                  \
  V(LibDatePrototypeGetMonth, "getMonth", 0, kFunction)                        \
  V(LibDatePrototypeGetDate, "getDate", 0, kFunction)                          \
  V(LibDatePrototypeGetDay, "getDay", 0, kFunction)                            \
  V(LibDatePrototypeGetHours, "getHours", 0, kFunction)                        \
  V(LibDatePrototypeGetMinutes, "getMinutes", 0, kFunction)                    \
  V(LibDatePrototypeGetSeconds, "getSeconds", 0, kFunction)                    \
  V(LibDatePrototypeGetMilliseconds, "getMilliseconds", 0, kFunction)          \
  V(LibDatePrototypeGetUTCFullYear, "getUTCFullYear", 0, kFunction)            \
  V(LibDatePrototypeGetUTCMonth, "getUTCMonth", 0, kFunction)                  \
  V(LibDatePrototypeGetUTCDate, "getUTCDate", 0, kFunction)                    \
  V(LibDatePrototypeGetUTCDay, "getUTCDay", 0, kFunction)                      \
  V(LibDatePrototypeGetUTCHours, "getUTCHours", 0, kFunction)                  \
  V(LibDatePrototypeGetUTCMinutes, "getUTCMinutes", 0, kFunction)              \
  V(LibDatePrototypeGetUTCSeconds, "getUTCSeconds", 0, kFunction)              \
  V(LibDatePrototypeGetUTCMilliseconds, "getUTCMilliseconds", 0, kFunction)    \
  V(LibDatePrototypeSetFullYear, "setFullYear", 3, kFunction)                  \
  V(LibDatePrototypeSetMonth, "setMonth", 2, kFunction)                        \
  V(LibDatePrototypeSetDate, "setDate", 1, kFunction)                          \
  V(LibDatePrototypeSetHours, "setHours", 4, kFunction)                        \
  V(LibDatePrototypeSetMinutes, "setMinutes", 3, kFunction)                    \
  V(LibDatePrototypeSetSeconds, "setSeconds", 2, kFunction)                    \
  V(LibDatePrototypeSetMilliseconds, "setMilliseconds", 1, kFunction)          \
  V(LibDatePrototypeSetUTCFullYear, "setUTCFullYear", 3, kFunction)            \
  V(LibDatePrototypeSetUTCMonth, "setUTCMonth", 2, kFunction)                  \
  V(LibDatePrototypeSetUTCDate, "setUTCDate", 1, kFunction)                    \
  V(LibDatePrototypeSetUTCHours, "setUTCHours", 4, kFunction)                  \
  V(LibDatePrototypeSetUTCMinutes, "setUTCMinutes", 3, kFunction)              \
  V(LibDatePrototypeSetUTCSeconds, "setUTCSeconds", 2, kFunction)              \
  V(LibDatePrototypeSetUTCMilliseconds, "setUTCMilliseconds", 1, kFunction)

// V(Name, "js name", length, kind) -- Math.<js name>.
#define LIBRARY_MATH_BUILTIN_LIST(V)            \
  V(LibMathAbs, "abs", 1, kFunction)            \
  V(LibMathAcos, "acos", 1, kFunction)          \
  V(LibMathAcosh, "acosh", 1, kFunction)        \
  V(LibMathAsin, "asin", 1, kFunction)          \
  V(LibMathAsinh, "asinh", 1, kFunction)        \
  V(LibMathAtan, "atan", 1, kFunction)          \
  V(LibMathAtanh, "atanh", 1, kFunction)        \
  V(LibMathAtan2, "atan2", 2, kFunction)        \
  V(LibMathCbrt, "cbrt", 1, kFunction)          \
  V(LibMathCeil, "ceil", 1, kFunction)          \
  V(LibMathClz32, "clz32", 1, kFunction)        \
  V(LibMathCos, "cos", 1, kFunction)            \
  V(LibMathCosh, "cosh", 1, kFunction)          \
  V(LibMathExp, "exp", 1, kFunction)            \
  V(LibMathExpm1, "expm1", 1, kFunction)        \
  V(LibMathFloor, "floor", 1, kFunction)        \
  V(LibMathFround, "fround", 1, kFunction)      \
  V(LibMathHypot, "hypot", 2, kFunction)        \
  V(LibMathImul, "imul", 2, kFunction)          \
  V(LibMathLog, "log", 1, kFunction)            \
  V(LibMathLog1p, "log1p", 1, kFunction)        \
  V(LibMathLog10, "log10", 1, kFunction)        \
  V(LibMathLog2, "log2", 1, kFunction)          \
  V(LibMathMax, "max", 2, kFunction)            \
  V(LibMathMin, "min", 2, kFunction)            \
  V(LibMathPow, "pow", 2, kFunction)            \
  V(LibMathRandom, "random", 0, kFunction)      \
  V(LibMathRound, "round", 1, kFunction)        \
  V(LibMathSign, "sign", 1, kFunction)          \
  V(LibMathSin, "sin", 1, kFunction)            \
  V(LibMathSinh, "sinh", 1, kFunction)          \
  V(LibMathSqrt, "sqrt", 1, kFunction)          \
  V(LibMathTan, "tan", 1, kFunction)            \
  V(LibMathTanh, "tanh", 1, kFunction)          \
  V(LibMathTrunc, "trunc", 1, kFunction)

// Installs every library builtin and constant on the intrinsics (Object,
// Array, String, Number, Boolean and their prototypes, Math, JSON, console,
// the global object). The bootstrapper calls it after the core builtins,
// so where both define a property the library's wins.
void InstallLibrary(Isolate* isolate);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_LIBRARY_BUILTINS_H_
