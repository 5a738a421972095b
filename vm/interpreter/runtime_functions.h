// Copyright the Lucid authors. MIT license.
//
// The Runtime_* slow paths. Every one has a plain signature (Isolate* and
// Values or frame pointers in, a Value out) so the interpreter and, later,
// compiled code call the same function. A result of Value::Exception() means
// "threw": the exception is isolate->pending_exception(). Each opens its own
// HandleScope; Values passed in are only valid until its first allocation, so
// each function puts them in handles first.
//
// Two groups:
//  - RUNTIME_FUNCTION_LIST (vm/interpreter/runtime_function_ids.h): reached
//    through the CallRuntime bytecode, signature RuntimeFunction.
//  - the bytecode handlers' slow paths, declared one by one below.

#ifndef LUCID_VM_INTERPRETER_RUNTIME_FUNCTIONS_H_
#define LUCID_VM_INTERPRETER_RUNTIME_FUNCTIONS_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "gc/handles.h"
#include "vm/interpreter/runtime_function_ids.h"
#include "vm/messages.h"
#include "vm/objects/shape.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSObject;
class JSReceiver;
class PropertyKey;

// The CallRuntime argument list: consecutive registers, so element i is at
// first[-i] (registers grow downwards, vm/frames.h). The slots are frame
// slots (GC roots updated in place), so at(i) is a valid Handle.
class RuntimeArguments {
 public:
  RuntimeArguments(Value* first, int count) : first_(first), count_(count) {}
  int length() const { return count_; }
  Value operator[](int i) const { return i < count_ ? first_[-i] : Value::Undefined(); }
  Handle<Value> at(int i) const { return Handle<Value>(&first_[-i]); }

 private:
  Value* first_;
  int count_;
};

using RuntimeFunction = Value (*)(Isolate* isolate, RuntimeArguments args);

#define DECLARE_RUNTIME_FUNCTION(Name, arity) \
  Value Runtime_##Name(Isolate* isolate, RuntimeArguments args);
RUNTIME_FUNCTION_LIST(DECLARE_RUNTIME_FUNCTION)
#undef DECLARE_RUNTIME_FUNCTION

extern const RuntimeFunction kRuntimeFunctionTable[kRuntimeFunctionCount];

// -- Errors -----------------------------------------------------------------------
// Creates the error of {t} (stack captured from the current JS frames), makes
// it pending and returns Value::Exception().
Value ThrowError(Isolate* isolate, MessageTemplate t,
                 std::initializer_list<std::string_view> args = {});
// Captures the raw stack (closure, offset, receiver, construct) of the
// current JS frames into {error} (at most 10) and installs the lazy `stack`
// accessor. Frames up to and including {skip_until} (the constructor `new`
// was applied to) are left out.
void CaptureErrorStack(Isolate* isolate, Handle<JSObject> error, Value skip_until);
// Spec: Error.prototype.toString(receiver) as a String Value.
Value ErrorToString(Isolate* isolate, Handle<Value> receiver);
// node's `stack`: "Name: message\n    at f (file:line:col)...".
Value FormatErrorStack(Isolate* isolate, Handle<JSObject> error);
// The recorded throw site of the pending/last uncaught exception.
bool GetThrowSite(Isolate* isolate, int* script_id, int* position);
// The same for an error object already made.
Value ThrowValue(Isolate* isolate, Value exception);
// A short rendering of a value for messages: strings as-is, numbers as JS
// prints them, objects as "#<Object>", functions as their source-ish name.
std::string DescribeValueForMessage(Isolate* isolate, Value value);
// "Cannot read properties of undefined (reading 'x')" and friends.
Value ThrowPropertyAccessError(Isolate* isolate, Value object, Value key, bool store);
// "o.f is not a function" using the call site's recorded source text in the
// current interpreter frame at {bytecode_offset} (falls back to the value).
Value ThrowCallError(Isolate* isolate, MessageTemplate t, Value callee);
// "{} is not iterable" for {object} at the current frame's GetIterator: the
// compile-time text and form the generator recorded (SetErrorText), V8's
// "number 1 is not iterable (cannot read property Symbol(Symbol.iterator))"
// default, or else the call-site source text as ThrowCallError has it.
Value ThrowNotIterableError(Isolate* isolate, Value object);
// V8's BuildDefaultCallSite: typeof and, for primitives, the value
// ("object", "object null", "number 1", "string \"x\"", "undefined").
std::string DefaultCallSiteText(Isolate* isolate, Value value);

// -- Conversions (spec abstract operations; may run JS) ------------------------------
Value Runtime_ToPrimitive(Isolate* isolate, Value value, int hint);  // 0 default 1 number 2 string
Value Runtime_ToNumber(Isolate* isolate, Value value);
Value Runtime_ToNumeric(Isolate* isolate, Value value);
Value Runtime_ToString(Isolate* isolate, Value value);
Value Runtime_ToObject(Isolate* isolate, Value value);
// ToPropertyKey: an int32 index, an internalized String or a Symbol.
Value Runtime_ToName(Isolate* isolate, Value value);
bool ToBoolean(Value value);
// typeof as an internalized string root.
Value TypeOf(Isolate* isolate, Value value);
// Number -> String (allocates).
Value NumberToStringValue(Isolate* isolate, Value number);

// -- Operators ----------------------------------------------------------------------
enum class Operation : uint8_t {
  kAdd, kSub, kMul, kDiv, kMod, kExp,
  kBitwiseOr, kBitwiseXor, kBitwiseAnd, kShiftLeft, kShiftRight, kShiftRightLogical,
  kInc, kDec, kNegate, kBitwiseNot,
  kLessThan, kGreaterThan, kLessThanOrEqual, kGreaterThanOrEqual,
};
// acc = lhs <op> rhs on numbers (no conversions; both IsNumber()).
Value NumberBinaryOp(Operation op, double lhs, double rhs);
Value Runtime_BinaryOp(Isolate* isolate, Operation op, Value lhs, Value rhs);
// lhs + rhs for two strings (the Add handlers' string case): their
// concatenation, or the exception (too long).
Value Runtime_StringAdd(Isolate* isolate, Value lhs, Value rhs);
Value Runtime_UnaryOp(Isolate* isolate, Operation op, Value value);
Value Runtime_Compare(Isolate* isolate, Operation op, Value lhs, Value rhs);
Value Runtime_Equal(Isolate* isolate, Value lhs, Value rhs);
bool StrictEquals(Value lhs, Value rhs);
bool SameValue(Value lhs, Value rhs);
Value Runtime_InstanceOf(Isolate* isolate, Value object, Value callable);
Value OrdinaryHasInstance(Isolate* isolate, Value callable, Value object);
Value Runtime_HasProperty(Isolate* isolate, Value key, Value object);  // key in object

// -- Property access ----------------------------------------------------------------
Value Runtime_GetProperty(Isolate* isolate, Value object, Value key);
Value Runtime_GetPropertyWithReceiver(Isolate* isolate, Value holder, Value key, Value receiver);
// Returns the value stored, or Exception.
// {origin} is kMaybeKeyed for the keyed bytecodes (o[k] = v): V8's
// TooManyFastProperties normalizes keyed adds sooner than named ones.
Value Runtime_SetProperty(Isolate* isolate, Value object, Value key, Value value, bool strict,
                          StoreOrigin origin = StoreOrigin::kNamed);
// %ThrowTypeError% (one per isolate, made on first use): the getter and
// setter of Function.prototype's "caller"/"arguments" and of a strict
// arguments object's "callee".
Handle<Value> ThrowTypeErrorFunction(Isolate* isolate);
// Throws V8's TypeError for a [[Set]] of {key} on {object} that returned
// false (strict code, and Set(O, P, V, true) in the builtins): "Cannot add
// property 5, object is not extensible" when the property is missing from
// a non-extensible object, the no-setter message for a getter-only
// accessor, else "Cannot assign to read only property". Returns Exception.
Value ThrowStoreFailed(Isolate* isolate, Handle<JSReceiver> object, const PropertyKey& key);
Value Runtime_DefineOwnProperty(Isolate* isolate, Value object, Value key, Value value,
                                bool set_function_name, StoreOrigin origin = StoreOrigin::kNamed);
Value Runtime_DeleteProperty(Isolate* isolate, Value object, Value key, bool strict);
Value Runtime_GetFromSuper(Isolate* isolate, Value receiver, Value home, Value key);

// Spec: IsConstructor(value).
bool IsConstructor(Value value);
// function.name = key (symbols as "[desc]"), with "get"/"set" prefix if given.
void SetFunctionNameFromKey(Isolate* isolate, Handle<Value> function, Handle<Value> key,
                            const char* prefix);

// -- Globals ------------------------------------------------------------------------
Value Runtime_LoadGlobal(Isolate* isolate, Value name, bool inside_typeof);
Value Runtime_StoreGlobal(Isolate* isolate, Value name, Value value, bool strict);

// -- Contexts, closures, literals, arguments ------------------------------------------
// {type}: InstanceType of the context (function/block/catch).
Value Runtime_NewContext(Isolate* isolate, int type, Value scope_info, Value previous, int slots,
                         Value catch_value);
Value Runtime_CreateClosure(Isolate* isolate, Value shared, Value context);
// {vector}/{slot}: the literal's feedback slot, which caches the shape the
// literal ends with (undefined vector: no caching).
Value Runtime_CreateObjectLiteral(Isolate* isolate, Value boilerplate, int flags, Value vector = Value::Undefined(),
                                  int slot = 0);
Value Runtime_CreateEmptyObjectLiteral(Isolate* isolate);
Value Runtime_CreateArrayLiteral(Isolate* isolate, Value boilerplate);
Value Runtime_CreateEmptyArrayLiteral(Isolate* isolate);
Value Runtime_CreateArrayFromIterable(Isolate* isolate, Value iterable);
// {constant_pool} / {index}: the template descriptor's slot (patched with
// the created array so the site returns the same object each time).
Value Runtime_GetTemplateObject(Isolate* isolate, Value constant_pool, int index);
// The arguments objects and rest parameter of the frame at {fp}.
Value Runtime_CreateArguments(Isolate* isolate, Value* fp, bool mapped);
Value Runtime_CreateRestParameter(Isolate* isolate, Value* fp);
// `this` for `new F`: allocated from new_target's initial shape.
// The allocation of Runtime_CreateThis for the common case (F's initial
// shape settled, F.prototype unchanged, new.target == F); false when the
// runtime must run. May allocate (a GC).
bool TryCreateThisFast(Isolate* isolate, Value target, Value new_target, Value* out);
Value Runtime_CreateThis(Isolate* isolate, Value target, Value new_target);
// Sloppy receiver conversion: undefined/null -> global object, primitives
// -> wrappers.
Value Runtime_ConvertReceiver(Isolate* isolate, Value receiver);

// -- Iteration, for-in ---------------------------------------------------------------
Value Runtime_GetIterator(Isolate* isolate, Value object);
// A FixedArray of the enumerable string keys (spec order), or the empty
// fixed array for null/undefined.
Value Runtime_ForInEnumerate(Isolate* isolate, Value receiver);
// Still present? (for keys deleted during the loop).
Value Runtime_ForInHasKey(Isolate* isolate, Value receiver, Value key);

// -- Calls (vm/execution.cc) ---------------------------------------------------------
// Calls {target} with argc arguments at args[0], args[stride], ... (stride
// -1 for interpreter register lists, +1 for C++ arrays). The arguments are
// read before anything allocates. Returns the result or Exception.
Value InvokeFunction(Isolate* isolate, Value target, Value receiver, Value new_target, int argc,
                     const Value* args, int stride);
// Calls with an argument array (FixedArray or JSArray) -- spread calls.
Value InvokeWithArrayLike(Isolate* isolate, Value target, Value receiver, Value new_target,
                          Value array);
// CallWithSpread / ConstructWithSpread: {callee} and the register list at
// {first} of {count} registers (receiver first unless {construct}; the last
// one is spread); {new_target} points at the spilled accumulator.
Value Runtime_CallWithSpread(Isolate* isolate, Value* callee, Value* first, int count,
                             bool construct, Value* new_target);
// Resumes a suspended generator (runtime/builtins_generator.cc set its
// input and resume mode): pushes a frame for its function -- the saved
// parameters, receiver and context, the generator object in its register --
// and runs the interpreter from the function entry, whose
// SwitchOnGeneratorState jumps to the resume point. Returns what the frame
// returned or handed to its SuspendGenerator, or Exception.
Value ResumeGeneratorFrame(Isolate* isolate, Value generator);
// Collects an iterable into a FixedArray (spread arguments).
Value Runtime_IterableToFixedArray(Isolate* isolate, Value iterable);

// -- Classes -------------------------------------------------------------------------
Value Runtime_ThrowIfNotSuperConstructor(Isolate* isolate, Value constructor, Value function);

// -- Throw sites (the uncaught-exception report's file:line and caret) -----------
// Records the current frame's source position as the throw site unless one
// is recorded already (isolate root message_object: a FixedArray
// [script, position]).
void RecordThrowSite(Isolate* isolate, Value* fp);
void ClearThrowSite(Isolate* isolate);
// Termination (process.exit, heap limit) skips every handler table.
bool IsTerminationException(Isolate* isolate);

// -- Interrupts ----------------------------------------------------------------------
// The interrupt budget ran out (Return/JumpLoop): allocate feedback (IC issue),
// tier-up checks; handles a pending interrupt request.
Value Runtime_BudgetInterrupt(Isolate* isolate, Value closure);
Value Runtime_StackGuard(Isolate* isolate);
Value ThrowStackOverflow(Isolate* isolate);

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_RUNTIME_FUNCTIONS_H_
