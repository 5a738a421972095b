// Copyright the Lucid authors. MIT license.
//
// Conversions (ToPrimitive, ToNumber, ToString, ToObject, ToPropertyKey) and
// the operators' slow paths, per the spec.

#include <cmath>

#include "vm/conversions.h"
#include "runtime/builtins.h"
#include "vm/execution.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"

namespace lucid {
namespace {

constexpr int kFunctionHasInstanceBuiltinId = static_cast<int>(Builtin::kFunctionPrototypeHasInstance);

Handle<Name> RootName(Isolate* isolate, RootIndex index) {
  return Handle<Name>(isolate->roots().slot(index));
}

double StringValueToNumber(Isolate* isolate, Handle<String> string) {
  Handle<String> flat = String::Flatten(isolate, string);
  String::FlatContent chars = (*flat)->GetFlatChars();
  if (chars.is_one_byte) {
    return StringToNumber(std::span<const uint8_t>(chars.one_byte, chars.length));
  }
  return StringToNumber(std::span<const uint16_t>(chars.two_byte, chars.length));
}

// Calls obj[key]() if callable; *called = false when it is not.
Value CallMethodIfCallable(Isolate* isolate, Handle<Value> object, Handle<Name> key, bool* called,
                           int argc = 0, Handle<Value>* argv = nullptr) {
  *called = false;
  Handle<Value> method;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(object), PropertyKey::FromName(key))
           .ToHandle(&method)) {
    return Value::Exception();
  }
  if (!IsCallable(*method)) return Value::Undefined();
  *called = true;
  Handle<Value> result;
  if (!Execution::Call(isolate, method, object, argc, argv).ToHandle(&result)) {
    return Value::Exception();
  }
  return *result;
}

}  // namespace

// -- Predicates --------------------------------------------------------------------------------

bool ToBoolean(Value value) {
  if (value.IsInt32()) return value.AsInt32() != 0;
  if (value.IsDouble()) {
    double d = value.AsDouble();
    return d == d && d != 0;
  }
  if (value.IsSpecial()) return value.IsTrue();
  if (IsString(value)) return String::cast(value)->length() != 0;
  return true;
}

Value TypeOf(Isolate* isolate, Value value) {
  Roots roots = isolate->roots();
  if (value.IsNumber()) return roots.number_string();
  if (value.IsUndefined()) return roots.undefined_string();
  if (value.IsNull()) return roots.object_string();
  if (value.IsBoolean()) return roots.boolean_string();
  if (IsString(value)) return roots.string_string();
  if (IsSymbol(value)) return roots.symbol_string();
  if (IsCallable(value)) return roots.function_string();
  return roots.object_string();
}

bool StrictEquals(Value lhs, Value rhs) {
  if (lhs.IsNumber() && rhs.IsNumber()) return lhs.Number() == rhs.Number();
  if (lhs == rhs) return true;
  if (IsString(lhs) && IsString(rhs)) return String::cast(lhs)->Equals(String::cast(rhs));
  return false;
}

bool SameValue(Value lhs, Value rhs) {
  if (lhs.IsNumber() && rhs.IsNumber()) return NumberSameValue(lhs.Number(), rhs.Number());
  return StrictEquals(lhs, rhs);
}

// -- Conversions -----------------------------------------------------------------------------

Value NumberToStringValue(Isolate* isolate, Value number) {
  HandleScope scope(isolate);
  Handle<Value> n(number, isolate);
  return FactoryOf(isolate)->NumberToString(n)->ToValue();
}

// Spec: ToPrimitive(input, hint): 0 default, 1 number, 2 string.
Value Runtime_ToPrimitive(Isolate* isolate, Value value, int hint) {
  if (!IsJSReceiver(value)) return value;
  HandleScope scope(isolate);
  Handle<Value> object(value, isolate);
  Roots roots = isolate->roots();
  // 2. Let exoticToPrim be ? GetMethod(input, @@toPrimitive).
  Handle<Value> exotic;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(object),
                               PropertyKey::FromName(RootName(isolate, RootIndex::k_to_primitive_symbol)))
           .ToHandle(&exotic)) {
    return Value::Exception();
  }
  if (!exotic->IsNullOrUndefined()) {
    if (!IsCallable(*exotic)) return ThrowCallError(isolate, MessageTemplate::kNotAFunction, *exotic);
    Handle<Value> hint_string(hint == 1   ? roots.number_string()
                              : hint == 2 ? roots.string_string()
                                          : roots.default_string(),
                              isolate);
    Handle<Value> result;
    if (!Execution::Call(isolate, exotic, object, 1, &hint_string).ToHandle(&result)) {
      return Value::Exception();
    }
    if (IsJSReceiver(*result)) return ThrowError(isolate, MessageTemplate::kCannotConvertToPrimitive);
    return *result;
  }
  // OrdinaryToPrimitive.
  RootIndex order[2] = {RootIndex::k_value_of_string, RootIndex::k_to_string_string};
  if (hint == 2) std::swap(order[0], order[1]);
  for (RootIndex key : order) {
    bool called;
    Value result = CallMethodIfCallable(isolate, object, RootName(isolate, key), &called);
    if (result.IsException()) return result;
    if (called && !IsJSReceiver(result)) return result;
  }
  return ThrowError(isolate, MessageTemplate::kCannotConvertToPrimitive);
}

Value Runtime_ToNumber(Isolate* isolate, Value value) {
  if (value.IsNumber()) return value;
  if (value.IsUndefined()) return Value::FromDouble(std::nan(""));
  if (value.IsNull() || value.IsFalse()) return Value::FromInt32(0);
  if (value.IsTrue()) return Value::FromInt32(1);
  HandleScope scope(isolate);
  if (IsString(value)) {
    return Value::FromDouble(StringValueToNumber(isolate, handle(String::cast(value), isolate)));
  }
  if (IsSymbol(value)) return ThrowError(isolate, MessageTemplate::kSymbolToNumber);
  if (IsJSReceiver(value)) {
    Value primitive = Runtime_ToPrimitive(isolate, value, 1);
    if (primitive.IsException()) return primitive;
    return Runtime_ToNumber(isolate, primitive);
  }
  return Value::FromDouble(std::nan(""));
}

Value Runtime_ToNumeric(Isolate* isolate, Value value) { return Runtime_ToNumber(isolate, value); }

Value Runtime_ToString(Isolate* isolate, Value value) {
  if (IsString(value)) return value;
  Roots roots = isolate->roots();
  if (value.IsNumber()) return NumberToStringValue(isolate, value);
  if (value.IsUndefined()) return roots.undefined_string();
  if (value.IsNull()) return roots.null_string();
  if (value.IsTrue()) return roots.true_string();
  if (value.IsFalse()) return roots.false_string();
  if (IsSymbol(value)) return ThrowError(isolate, MessageTemplate::kSymbolToString);
  if (IsJSReceiver(value)) {
    Value primitive = Runtime_ToPrimitive(isolate, value, 2);
    if (primitive.IsException()) return primitive;
    return Runtime_ToString(isolate, primitive);
  }
  return roots.empty_string();
}

Value Runtime_ToObject(Isolate* isolate, Value value) {
  if (IsJSReceiver(value)) return value;
  if (value.IsNullOrUndefined()) return ThrowError(isolate, MessageTemplate::kUndefinedOrNullToObject);
  HandleScope scope(isolate);
  Handle<Value> primitive(value, isolate);
  return FactoryOf(isolate)->NewJSPrimitiveWrapper(primitive)->ToValue();
}

Value Runtime_ToName(Isolate* isolate, Value value) {
  if (value.IsInt32() && value.AsInt32() >= 0) return value;
  if (IsSymbol(value)) return value;
  if (IsString(value) && String::cast(value)->IsInternalizedString()) return value;
  HandleScope scope(isolate);
  Value primitive = Runtime_ToPrimitive(isolate, value, 2);
  if (primitive.IsException()) return primitive;
  if (IsSymbol(primitive)) return primitive;
  Value string = Runtime_ToString(isolate, primitive);
  if (string.IsException()) return string;
  Handle<String> s(String::cast(string), isolate);
  return FactoryOf(isolate)->InternalizeString(s)->ToValue();
}

// -- Arithmetic --------------------------------------------------------------------------------

namespace {
// fmod, with integral operands below 2^53 done in int64 arithmetic (exact
// there, and several times faster than libm's fmod): benchmarks and hash
// functions take `x % 1000000007` on doubles all the time. The result has
// the dividend's sign, -0 included.
double DoubleModulo(double a, double b) {
  constexpr double kLimit = 9007199254740992.0;  // 2^53
  if (a > -kLimit && a < kLimit && b > -kLimit && b < kLimit && b != 0) {
    int64_t ia = static_cast<int64_t>(a), ib = static_cast<int64_t>(b);
    if (static_cast<double>(ia) == a && static_cast<double>(ib) == b) {
      int64_t r = ia % ib;
      if (r == 0) return std::signbit(a) ? -0.0 : 0.0;
      return static_cast<double>(r);
    }
  }
  return std::fmod(a, b);
}
}  // namespace

Value NumberBinaryOp(Operation op, double a, double b) {
  switch (op) {
    case Operation::kAdd: return Value::FromDouble(a + b);
    case Operation::kSub: return Value::FromDouble(a - b);
    case Operation::kMul: return Value::FromDouble(a * b);
    case Operation::kDiv: return Value::FromDouble(a / b);
    case Operation::kMod: return Value::FromDouble(DoubleModulo(a, b));
    case Operation::kExp:
      // Spec: Number::exponentiate differs from C's pow for NaN and +-1.
      if (std::isnan(b)) return Value::FromDouble(std::nan(""));
      if (b == 0) return Value::FromInt32(1);
      if ((a == 1 || a == -1) && std::isinf(b)) return Value::FromDouble(std::nan(""));
      return Value::FromDouble(std::pow(a, b));
    case Operation::kBitwiseOr: return Value::FromInt32(DoubleToInt32(a) | DoubleToInt32(b));
    case Operation::kBitwiseXor: return Value::FromInt32(DoubleToInt32(a) ^ DoubleToInt32(b));
    case Operation::kBitwiseAnd: return Value::FromInt32(DoubleToInt32(a) & DoubleToInt32(b));
    case Operation::kShiftLeft:
      return Value::FromInt32(
          static_cast<int32_t>(static_cast<uint32_t>(DoubleToInt32(a)) << (DoubleToUint32(b) & 31)));
    case Operation::kShiftRight:
      return Value::FromInt32(DoubleToInt32(a) >> (DoubleToUint32(b) & 31));
    case Operation::kShiftRightLogical:
      return Value::FromUint32(DoubleToUint32(a) >> (DoubleToUint32(b) & 31));
    default: break;
  }
  UNREACHABLE();
}

Value Runtime_BinaryOp(Isolate* isolate, Operation op, Value lhs, Value rhs) {
  HandleScope scope(isolate);
  Handle<Value> left(lhs, isolate), right(rhs, isolate);
  if (op == Operation::kAdd) {
    Value lprim = Runtime_ToPrimitive(isolate, *left, 0);
    if (lprim.IsException()) return lprim;
    left.Patch(lprim);
    Value rprim = Runtime_ToPrimitive(isolate, *right, 0);
    if (rprim.IsException()) return rprim;
    right.Patch(rprim);
    if (IsString(*left) || IsString(*right)) {
      Value ls = Runtime_ToString(isolate, *left);
      if (ls.IsException()) return ls;
      left.Patch(ls);
      Value rs = Runtime_ToString(isolate, *right);
      if (rs.IsException()) return rs;
      right.Patch(rs);
      return Runtime_StringAdd(isolate, *left, *right);
    }
  }
  Value ln = Runtime_ToNumeric(isolate, *left);
  if (ln.IsException()) return ln;
  left.Patch(ln);
  Value rn = Runtime_ToNumeric(isolate, *right);
  if (rn.IsException()) return rn;
  return NumberBinaryOp(op, left->Number(), rn.Number());
}

Value Runtime_StringAdd(Isolate* isolate, Value lhs, Value rhs) {
  HandleScope scope(isolate);
  Handle<String> result;
  if (!FactoryOf(isolate)
           ->NewConsString(Handle<String>(String::cast(lhs), isolate), Handle<String>(String::cast(rhs), isolate))
           .ToHandle(&result)) {
    return Value::Exception();
  }
  return result->ToValue();
}

Value Runtime_UnaryOp(Isolate* isolate, Operation op, Value value) {
  Value n = Runtime_ToNumeric(isolate, value);
  if (n.IsException()) return n;
  double d = n.Number();
  switch (op) {
    case Operation::kInc: return Value::FromDouble(d + 1);
    case Operation::kDec: return Value::FromDouble(d - 1);
    case Operation::kNegate: return Value::FromDouble(-d);
    case Operation::kBitwiseNot: return Value::FromInt32(~DoubleToInt32(d));
    default: break;
  }
  UNREACHABLE();
}

// -- Comparisons ---------------------------------------------------------------------------------

Value Runtime_Compare(Isolate* isolate, Operation op, Value lhs, Value rhs) {
  HandleScope scope(isolate);
  Handle<Value> left(lhs, isolate), right(rhs, isolate);
  Value lp = Runtime_ToPrimitive(isolate, *left, 1);
  if (lp.IsException()) return lp;
  left.Patch(lp);
  Value rp = Runtime_ToPrimitive(isolate, *right, 1);
  if (rp.IsException()) return rp;
  right.Patch(rp);
  if (IsString(*left) && IsString(*right)) {
    int c = String::Compare(String::cast(*left), String::cast(*right));
    switch (op) {
      case Operation::kLessThan: return Value::FromBool(c < 0);
      case Operation::kGreaterThan: return Value::FromBool(c > 0);
      case Operation::kLessThanOrEqual: return Value::FromBool(c <= 0);
      default: return Value::FromBool(c >= 0);
    }
  }
  Value ln = Runtime_ToNumber(isolate, *left);
  if (ln.IsException()) return ln;
  left.Patch(ln);
  Value rn = Runtime_ToNumber(isolate, *right);
  if (rn.IsException()) return rn;
  double a = left->Number(), b = rn.Number();
  switch (op) {
    case Operation::kLessThan: return Value::FromBool(a < b);
    case Operation::kGreaterThan: return Value::FromBool(a > b);
    case Operation::kLessThanOrEqual: return Value::FromBool(a <= b);
    default: return Value::FromBool(a >= b);
  }
}

// Spec: IsLooselyEqual(x, y). Recursion depth is at most three.
Value Runtime_Equal(Isolate* isolate, Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) return Value::FromBool(a.Number() == b.Number());
  if (IsString(a) && IsString(b)) return Value::FromBool(StrictEquals(a, b));
  if (a.IsNullOrUndefined() || b.IsNullOrUndefined()) {
    return Value::FromBool(a.IsNullOrUndefined() && b.IsNullOrUndefined());
  }
  if ((a.IsBoolean() && b.IsBoolean()) || (IsSymbol(a) && IsSymbol(b)) ||
      (IsJSReceiver(a) && IsJSReceiver(b))) {
    return Value::FromBool(a == b);
  }
  HandleScope scope(isolate);
  Handle<Value> x(a, isolate), y(b, isolate);
  if ((a.IsNumber() && IsString(b)) || b.IsBoolean()) {
    Value n = Runtime_ToNumber(isolate, b);
    if (n.IsException()) return n;
    return Runtime_Equal(isolate, *x, n);
  }
  if ((IsString(a) && b.IsNumber()) || a.IsBoolean()) {
    Value n = Runtime_ToNumber(isolate, a);
    if (n.IsException()) return n;
    return Runtime_Equal(isolate, n, *y);
  }
  if (IsJSReceiver(b) && (a.IsNumber() || IsString(a) || IsSymbol(a))) {
    Value p = Runtime_ToPrimitive(isolate, b, 0);
    if (p.IsException()) return p;
    return Runtime_Equal(isolate, *x, p);
  }
  if (IsJSReceiver(a) && (b.IsNumber() || IsString(b) || IsSymbol(b))) {
    Value p = Runtime_ToPrimitive(isolate, a, 0);
    if (p.IsException()) return p;
    return Runtime_Equal(isolate, p, *y);
  }
  return Value::False();
}

// Spec: OrdinaryHasInstance(C, O).
Value OrdinaryHasInstance(Isolate* isolate, Value callable, Value object) {
  if (!IsCallable(callable)) return Value::False();
  HandleScope scope(isolate);
  Handle<Value> v(object, isolate), target(callable, isolate);
  while (IsJSBoundFunction(*target)) {
    target.Patch(JSBoundFunction::cast(*target)->bound_target_function());
  }
  if (!IsJSReceiver(*v)) return Value::False();
  Handle<Value> prototype;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(target),
                               PropertyKey::FromName(RootName(isolate, RootIndex::k_prototype_string)))
           .ToHandle(&prototype)) {
    return Value::Exception();
  }
  if (!IsJSReceiver(*prototype)) {
    return ThrowError(isolate, MessageTemplate::kInstanceofNonobjectProto,
                      {DescribeValueForMessage(isolate, *prototype)});
  }
  Value current = JSReceiver::cast(*v)->GetPrototype();
  while (IsJSReceiver(current)) {
    if (current == *prototype) return Value::True();
    current = JSReceiver::cast(current)->GetPrototype();
  }
  return Value::False();
}

// Spec: InstanceofOperator(V, target).
Value Runtime_InstanceOf(Isolate* isolate, Value object, Value callable) {
  HandleScope scope(isolate);
  Handle<Value> v(object, isolate), target(callable, isolate);
  if (!IsJSReceiver(*target)) return ThrowError(isolate, MessageTemplate::kNonObjectInInstanceOfCheck);
  Handle<Value> checker;
  if (!JSReceiver::GetProperty(isolate, Handle<JSReceiver>::cast(target),
                               PropertyKey::FromName(RootName(isolate, RootIndex::k_has_instance_symbol)))
           .ToHandle(&checker)) {
    return Value::Exception();
  }
  // OPTIMIZATION: the default Function.prototype[@@hasInstance] is
  // OrdinaryHasInstance; skip the call.
  bool is_default = IsJSFunction(*checker) && JSFunction::cast(*checker)->shared()->IsBuiltin() &&
                    JSFunction::cast(*checker)->shared()->builtin_id() == kFunctionHasInstanceBuiltinId;
  if (!checker->IsNullOrUndefined() && !is_default) {
    Handle<Value> result;
    if (!Execution::Call(isolate, checker, target, 1, &v).ToHandle(&result)) return Value::Exception();
    return Value::FromBool(ToBoolean(*result));
  }
  if (!IsCallable(*target)) return ThrowError(isolate, MessageTemplate::kNonCallableInInstanceOfCheck);
  return OrdinaryHasInstance(isolate, *target, *v);
}

// key in object
Value Runtime_HasProperty(Isolate* isolate, Value key, Value object) {
  HandleScope scope(isolate);
  Handle<Value> k(key, isolate), o(object, isolate);
  if (!IsJSReceiver(*o)) {
    std::string key_text = DescribeValueForMessage(isolate, *k);
    // `#x in 1` names the private name, not its symbol.
    if (IsSymbol(*k) && Symbol::cast(*k)->is_private() && IsString(Symbol::cast(*k)->description())) {
      key_text = String::cast(Symbol::cast(*k)->description())->ToUTF8();
    }
    return ThrowError(isolate, MessageTemplate::kInvalidInOperatorUse,
                      {key_text, DescribeValueForMessage(isolate, *o)});
  }
  Value name = Runtime_ToName(isolate, *k);
  if (name.IsException()) return name;
  Handle<Value> name_h(name, isolate);
  PropertyKey property_key = PropertyKey::From(isolate, name_h);
  MaybeBool result = JSReceiver::HasProperty(isolate, Handle<JSReceiver>::cast(o), property_key);
  if (!result.has_value()) return Value::Exception();
  return Value::FromBool(*result);
}

}  // namespace lucid
