// Copyright the Lucid authors. MIT license.
//
// V8's error message templates: one X-macro table (MESSAGE_TEMPLATE_LIST) that
// generates the MessageTemplate enum and the format strings. Every error the
// engine throws names one template; `%s` holes are filled in order by
// FormatMessage (vm/messages.cc is not needed: formatting is header-only and
// heap-free, so the parser and C++ tests can use it too).

#ifndef LUCID_VM_MESSAGES_H_
#define LUCID_VM_MESSAGES_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace lucid {

// The constructor an error of a given template is made from.
enum class ErrorKind : uint8_t {
  kError,
  kTypeError,
  kRangeError,
  kReferenceError,
  kSyntaxError,
  kEvalError,
  kURIError,
};

// V(Name, kind, format)   -- `%s` holes are filled by FormatMessage in order.
#define MESSAGE_TEMPLATE_LIST(V)                                               \
  /* Property access on null / undefined. */                                   \
  V(NonObjectPropertyLoad, kTypeError,                                         \
    "Cannot read properties of %s (reading '%s')")                             \
  V(NonObjectPropertyStore, kTypeError,                                        \
    "Cannot set properties of %s (setting '%s')")                              \
  V(NonObjectPropertyLoadNoKey, kTypeError, "Cannot read properties of %s")    \
  V(NonObjectIterable, kTypeError,                                             \
    "%s is not iterable (cannot read property Symbol(Symbol.iterator))")\
  V(NonObjectDestructure, kTypeError,                                          \
    "Cannot destructure property '%s' of '%s' as it is %s.")                   \
  V(NonObjectDestructureNoKey, kTypeError,                                     \
    "Cannot destructure '%s' as it is %s.")                                    \
  /* Calls and construction. */                                                \
  V(NotAFunction, kTypeError, "%s is not a function")                          \
  V(InvalidArgTypeFunction, kTypeError,                                        \
    "The \"%s\" argument must be of type function. Received %s")               \
  V(NotConstructor, kTypeError, "%s is not a constructor")                     \
  V(NotIterable, kTypeError, "%s is not iterable")                             \
  V(NotCallableOrIterable, kTypeError,                                         \
    "%s is not a function or its return value is not iterable")                \
  V(SymbolKeyFor, kTypeError, "%s is not a symbol")                            \
  V(NotIterableNoSymbolLoad, kTypeError,                                       \
    "%s is not iterable (cannot read property %s)")                            \
  V(SpreadIteratorSymbolNonCallable, kTypeError,                               \
    "Spread syntax requires ...iterable[Symbol.iterator] to be a function")    \
  V(NotAsyncIterable, kTypeError, "%s is not async iterable")                  \
  V(ConstructorNonCallable, kTypeError,                                        \
    "Class constructor %s cannot be invoked without 'new'")                    \
  V(IteratorResultNotAnObject, kTypeError,                                     \
    "Iterator result %s is not an object")                                     \
  V(IteratorNotObject, kTypeError, "Result of the Symbol.iterator method "     \
                                   "is not an object")                         \
  V(CalledNonCallable, kTypeError, "%s is not a function")                     \
  V(ApplyNonFunction, kTypeError,                                              \
    "Function.prototype.apply was called on %s, which is %s and not a "       \
    "function")                                                                \
  V(BindNonFunction, kTypeError, "Bind must be called on a function")         \
  V(CallNonFunction, kTypeError,                                               \
    "Function.prototype.call was called on %s, which is %s and not a "        \
    "function")                                                                \
  V(CalledOnNonObject, kTypeError, "%s called on non-object")                  \
  V(CalledOnNullOrUndefined, kTypeError,                                       \
    "%s called on null or undefined")                                          \
  V(IncompatibleMethodReceiver, kTypeError,                                    \
    "Method %s called on incompatible receiver %s")                            \
  V(StackOverflow, kRangeError, "Maximum call stack size exceeded")            \
  V(GeneratorRunning, kTypeError, "Generator is already running")              \
  V(PromiseCyclic, kTypeError, "Chaining cycle detected for promise %s")     \
  V(AsyncIteratorNotObject, kTypeError,                                        \
    "Result of the Symbol.asyncIterator method is not an object")             \
  V(ResolverNotAFunction, kTypeError, "Promise resolver %s is not a function") \
  V(PromiseNewWithoutNew, kTypeError,                                          \
    "Promise constructor cannot be invoked without 'new'")                     \
  V(ThrowMethodMissing, kTypeError,                                            \
    "The iterator does not provide a 'throw' method.")                         \
  V(StrictPoisonPill, kTypeError,                                              \
    "'caller', 'callee', and 'arguments' properties may not be accessed on "   \
    "strict mode functions or the arguments objects for calls to them")        \
  /* Variables. */                                                             \
  V(NotDefined, kReferenceError, "%s is not defined")                          \
  V(AccessedUninitializedVariable, kReferenceError,                            \
    "Cannot access '%s' before initialization")                                \
  V(ConstAssign, kTypeError, "Assignment to constant variable.")               \
  /* `f() = 1` and friends; the text comes from Call::InvalidTargetMessage. */ \
  V(InvalidLhs, kReferenceError, "%s")                                         \
  V(StrictReadOnlyProperty, kTypeError,                                        \
    "Cannot assign to read only property '%s' of %s '%s'")                     \
  V(StrictCannotAssign, kTypeError, "Cannot assign to read only '%s'")         \
  V(NoSetterInCallback, kTypeError,                                            \
    "Cannot set property %s of %s which has only a getter")                    \
  V(PropertyDescObject, kTypeError, "Property description must be an object: %s") \
  V(StrictCannotCreateProperty, kTypeError,                                    \
    "Cannot create property '%s' on %s '%s'")                                  \
  V(InvalidPrivateMemberRead, kTypeError,                                      \
    "Cannot read private member %s from an object whose class did not "        \
    "declare it")                                                              \
  V(InvalidPrivateMemberWrite, kTypeError,                                     \
    "Cannot write private member %s to an object whose class did not "         \
    "declare it")                                                              \
  V(InvalidPrivateMethodWrite, kTypeError, "Private method '%s' is not writable") \
  V(InvalidPrivateBrandInstance, kTypeError,                                   \
    "Receiver must be an instance of class %s")                                \
  V(InvalidPrivateBrandStatic, kTypeError, "Receiver must be class %s")        \
  V(InvalidPrivateSetterAccess, kTypeError, "'%s' was defined without a setter") \
  V(InvalidPrivateGetterAccess, kTypeError, "'%s' was defined without a getter") \
  V(InvalidPrivateFieldReinitialization, kTypeError,                           \
    "Cannot initialize %s twice on the same object")         \
  V(StrictDeleteProperty, kTypeError,                                          \
    "Cannot delete property '%s' of %s")                                       \
  V(ObjectNotExtensible, kTypeError,                                           \
    "Cannot add property %s, object is not extensible")                        \
  V(RedefineDisallowed, kTypeError, "Cannot redefine property: %s")            \
  V(DefineDisallowed, kTypeError,                                              \
    "Cannot define property %s, object is not extensible")                     \
  V(InvalidPropertyDescriptor, kTypeError,                                     \
    "Invalid property descriptor. Cannot both specify accessors and a value "  \
    "or writable attribute, %s")                                                   \
  V(GetterMustBeCallable, kTypeError, "Getter must be a function: %s")         \
  V(SetterMustBeCallable, kTypeError, "Setter must be a function: %s")         \
  V(ProtoObjectOrNull, kTypeError,                                             \
    "Object prototype may only be an Object or null: %s")                      \
  V(CyclicProto, kTypeError, "Cyclic __proto__ value")                         \
  /* Classes. */                                                               \
  V(ExtendsValueNotConstructor, kTypeError,                                    \
    "Class extends value %s is not a constructor or null")                     \
  V(PrototypeParentNotAnObject, kTypeError,                                    \
    "Class extends value does not have valid prototype property %s")           \
  V(SuperNotCalled, kReferenceError,                                           \
    "Must call super constructor in derived class before accessing 'this' or " \
    "returning from derived constructor")                                      \
  V(SuperAlreadyCalled, kReferenceError,                                       \
    "Super constructor may only be called once")                               \
  V(DerivedConstructorReturnedNonObject, kTypeError,                           \
    "Derived constructors may only return object or undefined")                \
  V(NotSuperConstructor, kTypeError,                                           \
    "Super constructor %s of anonymous class is not a constructor")            \
  V(NotSuperConstructorNamed, kTypeError,                                      \
    "Super constructor %s of %s is not a constructor")                         \
  V(StaticPrototype, kTypeError,                                               \
    "Classes may not have a static property named 'prototype'")                \
  /* Operators. */                                                             \
  V(InvalidInOperatorUse, kTypeError,                                          \
    "Cannot use 'in' operator to search for '%s' in %s")                       \
  V(NonObjectInInstanceOfCheck, kTypeError,                                    \
    "Right-hand side of 'instanceof' is not an object")                        \
  V(NonCallableInInstanceOfCheck, kTypeError,                                  \
    "Right-hand side of 'instanceof' is not callable")                         \
  V(InstanceofNonobjectProto, kTypeError,                                      \
    "Function has non-object prototype '%s' in instanceof check")              \
  V(SymbolToString, kTypeError, "Cannot convert a Symbol value to a string")   \
  V(SymbolToNumber, kTypeError, "Cannot convert a Symbol value to a number")   \
  V(CannotConvertToPrimitive, kTypeError,                                      \
    "Cannot convert object to primitive value")                                \
  V(BigIntMixedTypes, kTypeError,                                              \
    "Cannot mix BigInt and other types, use explicit conversions")             \
  V(UndefinedOrNullToObject, kTypeError,                                       \
    "Cannot convert undefined or null to object")                              \
  V(InvalidStringLength, kRangeError, "Invalid string length")                 \
  V(InvalidArrayLength, kRangeError, "Invalid array length")                   \
  V(SymbolConstructor, kTypeError, "Symbol is not a constructor")              \
  V(NotGeneric, kTypeError, "%s requires that 'this' be a %s")                 \
  V(ReduceNoInitial, kTypeError,                                               \
    "Reduce of empty array with no initial value")                             \
  V(NotSupported, kTypeError, "%s is not supported yet")                       \
  V(UnsupportedFeature, kSyntaxError, "%s is not supported yet")               \
  V(UnexpectedSuper, kSyntaxError, "'super' keyword unexpected here")           \
  V(NativesNotAllowed, kSyntaxError,                                           \
    "Natives syntax requires --allow-natives-syntax")                          \
  V(UnknownNative, kReferenceError, "%%%s is not defined")                     \
  V(Custom, kError, "%s")                                                      \
  V(CustomSyntaxError, kSyntaxError, "%s")                                     \
  V(CustomRangeError, kRangeError, "%s")                                       \
  V(CustomTypeError, kTypeError, "%s")

enum class MessageTemplate : uint16_t {
#define V(Name, kind, format) k##Name,
  MESSAGE_TEMPLATE_LIST(V)
#undef V
};

inline constexpr int kMessageTemplateCount = 0
#define V(...) +1
    MESSAGE_TEMPLATE_LIST(V);
#undef V

inline constexpr const char* kMessageFormats[] = {
#define V(Name, kind, format) format,
    MESSAGE_TEMPLATE_LIST(V)
#undef V
};

inline constexpr ErrorKind kMessageKinds[] = {
#define V(Name, kind, format) ErrorKind::kind,
    MESSAGE_TEMPLATE_LIST(V)
#undef V
};

inline const char* MessageFormat(MessageTemplate t) {
  return kMessageFormats[static_cast<int>(t)];
}
inline ErrorKind MessageErrorKind(MessageTemplate t) {
  return kMessageKinds[static_cast<int>(t)];
}

inline const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kError: return "Error";
    case ErrorKind::kTypeError: return "TypeError";
    case ErrorKind::kRangeError: return "RangeError";
    case ErrorKind::kReferenceError: return "ReferenceError";
    case ErrorKind::kSyntaxError: return "SyntaxError";
    case ErrorKind::kEvalError: return "EvalError";
    case ErrorKind::kURIError: return "URIError";
  }
  return "Error";
}

// Fills the `%s` holes of {t}'s format with {args} in order ("%%" is a
// literal percent sign). Missing arguments print as empty strings.
inline std::string FormatMessage(MessageTemplate t,
                                 std::initializer_list<std::string_view> args) {
  const char* fmt = MessageFormat(t);
  std::string out;
  auto it = args.begin();
  for (const char* p = fmt; *p; ++p) {
    if (p[0] == '%' && p[1] == 's') {
      if (it != args.end()) out.append(*it++);
      ++p;
    } else if (p[0] == '%' && p[1] == '%') {
      out.push_back('%');
      ++p;
    } else {
      out.push_back(*p);
    }
  }
  return out;
}

}  // namespace lucid

#endif  // LUCID_VM_MESSAGES_H_
