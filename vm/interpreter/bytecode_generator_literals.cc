// Copyright 2025 the Lucid authors. MIT license.
// BytecodeGenerator: object/array/template literals, classes, destructuring
// and the iteration protocol (for-of, for-in, spread).

#include <cassert>
#include <cmath>
#include <unordered_set>

#include "vm/interpreter/bytecode_generator.h"
#include "vm/interpreter/call_printer.h"
#include "vm/interpreter/bytecode_generator_scopes.h"

namespace lucid {

namespace {

// The literal value of {e} for a boilerplate, or kComputed.
LiteralValue LiteralValueOf(Expression* e) {
  LiteralValue v;
  v.kind = LiteralValue::Kind::kComputed;
  Literal* lit = e != nullptr ? e->AsLiteral() : nullptr;
  if (lit == nullptr) return v;
  switch (lit->type()) {
    case Literal::Type::kUndefined: v.kind = LiteralValue::Kind::kUndefined; break;
    case Literal::Type::kNull: v.kind = LiteralValue::Kind::kNull; break;
    case Literal::Type::kTrue: v.kind = LiteralValue::Kind::kTrue; break;
    case Literal::Type::kFalse: v.kind = LiteralValue::Kind::kFalse; break;
    case Literal::Type::kTheHole: v.kind = LiteralValue::Kind::kTheHole; break;
    case Literal::Type::kNumber:
      v.kind = LiteralValue::Kind::kNumber;
      v.number = lit->number();
      break;
    case Literal::Type::kString:
      v.kind = LiteralValue::Kind::kString;
      v.string = std::u16string(lit->string()->view());
      break;
  }
  return v;
}

// A literal property key as a string, when it is one we can spell exactly:
// strings, and numbers that are non-negative integers (array indices).
bool LiteralKeyString(Expression* key, std::u16string* out) {
  Literal* lit = key != nullptr ? key->AsLiteral() : nullptr;
  if (lit == nullptr) return false;
  if (lit->IsString()) {
    *out = std::u16string(lit->string()->view());
    return true;
  }
  if (lit->IsNumber()) {
    double d = lit->number();
    if (d >= 0 && d < 4294967295.0 && d == std::trunc(d)) {
      std::string s = std::to_string(static_cast<uint64_t>(d));
      *out = std::u16string(s.begin(), s.end());
      return true;
    }
  }
  return false;
}

// Attribute bits of DefineAccessorPropertyUnchecked.
constexpr int32_t kAccessorDontEnum = 1 << 0;
constexpr int32_t kAccessorSetHomeObject = 1 << 1;

}  // namespace

bool BytecodeGenerator::IsAnonymousFunctionDefinition(Expression* value) const {
  if (FunctionLiteral* f = value->AsFunctionLiteral()) return f->name() == nullptr;
  if (ClassLiteral* c = value->AsClassLiteral()) return c->name() == nullptr;
  return false;
}

// Leaves {key} (a register) as ToPropertyKey of the key expression.
void BytecodeGenerator::BuildPropertyKey(Expression* key, bool is_computed, Register destination) {
  {
    RegisterAllocationScope rs(registers());
    VisitForAccumulatorValue(key);
  }
  if (is_computed) builder_.Emit(Bytecode::kToName);
  builder_.StoreAccumulatorInRegister(destination);
}

// -- Object literals -----------------------------------------------------------------
//
//   CreateObjectLiteral [boilerplate], [slot], #flags   leading literal-keyed part
//   Star r_obj
//   DefineNamedOwnProperty r_obj, [k], [slot]          its non-constant values
//   ...rest in order: DefineKeyedOwnProperty / accessors / spread / __proto__
//   Ldar r_obj
void BytecodeGenerator::BuildObjectLiteral(ObjectLiteral* node) {
  RegisterAllocationScope rs(registers());
  const ArenaVector<ObjectLiteralProperty>& props = node->properties();
  ObjectLiteralBoilerplate boilerplate;
  std::unordered_set<std::u16string> seen;
  int static_count = 0;
  for (const ObjectLiteralProperty& p : props) {
    if (p.kind == ObjectLiteralProperty::Kind::kSpread || p.kind == ObjectLiteralProperty::Kind::kProto) {
      continue;
    }
    ++boilerplate.property_count;
  }
  for (const ObjectLiteralProperty& p : props) {
    std::u16string key;
    bool plain = (p.kind == ObjectLiteralProperty::Kind::kValue ||
                  p.kind == ObjectLiteralProperty::Kind::kMethod) &&
                 !p.is_computed_name && LiteralKeyString(p.key, &key);
    if (!plain || seen.count(key)) break;  // a duplicate ends the static part
    seen.insert(key);
    LiteralValue value = p.kind == ObjectLiteralProperty::Kind::kMethod
                             ? LiteralValue{LiteralValue::Kind::kComputed, 0, {}}
                             : LiteralValueOf(p.value);
    if (value.kind == LiteralValue::Kind::kTheHole) value.kind = LiteralValue::Kind::kComputed;
    boilerplate.properties.push_back({key, value});
    ++static_count;
  }
  Register object = NewRegister();
  bool all_constant = static_count == props.size();
  for (const auto& p : boilerplate.properties) {
    all_constant &= p.value.kind != LiteralValue::Kind::kComputed;
  }
  if (props.size() == 0) {
    builder_.Emit(Bytecode::kCreateEmptyObjectLiteral);
  } else {
    int32_t flags = all_constant ? LiteralFlags::kFastShallowClone : LiteralFlags::kNone;
    builder_.Emit(Bytecode::kCreateObjectLiteral,
                  {builder_.constant_pool()->Add(std::move(boilerplate)),
                   Slot(FeedbackSlotKind::kLiteral), flags});
  }
  builder_.StoreAccumulatorInRegister(object);
  for (int i = 0; i < props.size(); ++i) {
    const ObjectLiteralProperty& p = props[i];
    RegisterAllocationScope prop_scope(registers());
    if (i < static_count) {
      if (p.kind == ObjectLiteralProperty::Kind::kValue &&
          LiteralValueOf(p.value).kind != LiteralValue::Kind::kComputed &&
          LiteralValueOf(p.value).kind != LiteralValue::Kind::kTheHole) {
        continue;  // baked into the boilerplate
      }
      std::u16string key;
      LiteralKeyString(p.key, &key);
      VisitForAccumulatorValue(p.value);
      if (FunctionLiteral* f = p.value->AsFunctionLiteral(); f && f->uses_super_property()) {
        RegisterList args = registers()->NewRegisterList(2);
        builder_.StoreAccumulatorInRegister(args[0]);
        builder_.MoveRegister(object, args[1]);
        builder_.CallRuntime(RuntimeFunctionId::kSetHomeObject, args);
      }
      builder_.Emit(Bytecode::kDefineNamedOwnProperty,
                    {object, builder_.constant_pool()->AddString(key),
                     Slot(FeedbackSlotKind::kDefineNamedOwnIC)});
      continue;
    }
    switch (p.kind) {
      case ObjectLiteralProperty::Kind::kSpread: {
        RegisterList args = registers()->NewRegisterList(2);
        builder_.MoveRegister(object, args[0]);
        VisitForRegisterValue(p.value, args[1]);
        builder_.CallRuntime(RuntimeFunctionId::kCopyDataProperties, args);
        break;
      }
      case ObjectLiteralProperty::Kind::kProto: {
        RegisterList args = registers()->NewRegisterList(2);
        builder_.MoveRegister(object, args[0]);
        VisitForRegisterValue(p.value, args[1]);
        builder_.CallRuntime(RuntimeFunctionId::kInternalSetPrototype, args);
        break;
      }
      case ObjectLiteralProperty::Kind::kGetter:
      case ObjectLiteralProperty::Kind::kSetter: {
        RegisterList args = registers()->NewRegisterList(5);
        builder_.MoveRegister(object, args[0]);
        BuildPropertyKey(p.key, p.is_computed_name, args[1]);
        bool getter = p.kind == ObjectLiteralProperty::Kind::kGetter;
        builder_.LoadNull();
        builder_.StoreAccumulatorInRegister(getter ? args[3] : args[2]);
        VisitForRegisterValue(p.value, getter ? args[2] : args[3]);
        builder_.LoadSmi(kAccessorSetHomeObject);
        builder_.StoreAccumulatorInRegister(args[4]);
        builder_.CallRuntime(RuntimeFunctionId::kDefineAccessorPropertyUnchecked, args);
        break;
      }
      case ObjectLiteralProperty::Kind::kValue:
      case ObjectLiteralProperty::Kind::kMethod: {
        Register key = NewRegister();
        BuildPropertyKey(p.key, p.is_computed_name, key);
        VisitForAccumulatorValue(p.value);
        if (FunctionLiteral* f = p.value->AsFunctionLiteral(); f && f->uses_super_property()) {
          RegisterList args = registers()->NewRegisterList(2);
          builder_.StoreAccumulatorInRegister(args[0]);
          builder_.MoveRegister(object, args[1]);
          builder_.CallRuntime(RuntimeFunctionId::kSetHomeObject, args);
        }
        int32_t flags = p.is_computed_name && IsAnonymousFunctionDefinition(p.value)
                            ? DefineKeyedOwnFlags::kSetFunctionName
                            : DefineKeyedOwnFlags::kNone;
        builder_.Emit(Bytecode::kDefineKeyedOwnProperty,
                      {object, key, flags, Slot(FeedbackSlotKind::kDefineKeyedOwnIC)});
        break;
      }
    }
  }
  builder_.LoadAccumulatorWithRegister(object);
}

// -- Array literals and argument arrays -------------------------------------------------
//
//   CreateArrayLiteral [boilerplate], [slot], #flags   elements before any spread
//   Star r_array
//   LdaSmi i; Star r_i; <value>; StaInArrayLiteral r_array, r_i   non-constant ones
//   after a spread: r_index counts, spread elements are iterated in
void BytecodeGenerator::BuildArrayFromElements(const ExpressionList& elements, int first) {
  RegisterAllocationScope rs(registers());
  ArrayLiteralBoilerplate boilerplate;
  int prefix = first;
  for (; prefix < elements.size() && !elements[prefix]->IsSpread(); ++prefix) {
    boilerplate.elements.push_back(LiteralValueOf(elements[prefix]));
  }
  Register array = NewRegister();
  if (boilerplate.elements.empty()) {
    builder_.Emit(Bytecode::kCreateEmptyArrayLiteral, {Slot(FeedbackSlotKind::kLiteral)});
  } else {
    bool all_constant = true;
    for (const LiteralValue& v : boilerplate.elements) {
      all_constant &= v.kind != LiteralValue::Kind::kComputed;
    }
    builder_.Emit(Bytecode::kCreateArrayLiteral,
                  {builder_.constant_pool()->Add(std::move(boilerplate)),
                   Slot(FeedbackSlotKind::kLiteral),
                   all_constant ? LiteralFlags::kFastShallowClone : LiteralFlags::kNone});
  }
  builder_.StoreAccumulatorInRegister(array);
  Register index = NewRegister();
  for (int i = first; i < prefix; ++i) {
    if (LiteralValueOf(elements[i]).kind != LiteralValue::Kind::kComputed) continue;
    builder_.LoadSmi(i - first);
    builder_.StoreAccumulatorInRegister(index);
    VisitForAccumulatorValue(elements[i]);
    builder_.Emit(Bytecode::kStaInArrayLiteral,
                  {array, index, Slot(FeedbackSlotKind::kStoreInArrayLiteralIC)});
  }
  if (prefix < elements.size()) {
    builder_.LoadSmi(prefix - first);
    builder_.StoreAccumulatorInRegister(index);
    bool trailing_hole = false;
    for (int i = prefix; i < elements.size(); ++i) {
      RegisterAllocationScope element_scope(registers());
      Expression* e = elements[i];
      trailing_hole = false;
      if (Spread* spread = e->AsSpread()) {
        Register iterable = VisitForRegisterValue(spread->expression());
        RegisterList record = registers()->NewRegisterList(2);
        builder_.SetExpressionPosition(spread->position());
        RecordIterableErrorText(spread->expression());
        BuildGetIterator(iterable, record, spread->position());
        Register result = NewRegister();
        Register hole = NewRegister();
        builder_.Emit(Bytecode::kLdaTheHole);
        builder_.StoreAccumulatorInRegister(hole);
        BytecodeLabel loop = builder_.NewLabel(), done = builder_.NewLabel();
        builder_.Bind(loop);
        BuildIteratorStep(record, result, hole, done);
        builder_.LoadAccumulatorWithRegister(result);
        builder_.Emit(Bytecode::kStaInArrayLiteral,
                      {array, index, Slot(FeedbackSlotKind::kStoreInArrayLiteralIC)});
        builder_.LoadAccumulatorWithRegister(index);
        builder_.Emit(Bytecode::kInc, {Slot(FeedbackSlotKind::kBinaryOp)});
        builder_.StoreAccumulatorInRegister(index);
        builder_.EmitJumpLoop(loop, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
        builder_.Bind(done);
        continue;
      }
      if (Literal* lit = e->AsLiteral(); lit && lit->IsTheHole()) {
        trailing_hole = true;
      } else {
        VisitForAccumulatorValue(e);
        builder_.Emit(Bytecode::kStaInArrayLiteral,
                      {array, index, Slot(FeedbackSlotKind::kStoreInArrayLiteralIC)});
      }
      builder_.LoadAccumulatorWithRegister(index);
      builder_.Emit(Bytecode::kInc, {Slot(FeedbackSlotKind::kBinaryOp)});
      builder_.StoreAccumulatorInRegister(index);
    }
    if (trailing_hole) {
      // [...a, ,] has a length that counts the hole.
      builder_.LoadAccumulatorWithRegister(index);
      builder_.Emit(Bytecode::kSetNamedProperty,
                    {array, builder_.constant_pool()->AddString(u"length"),
                     Slot(FeedbackSlotKind::kStoreIC)});
    }
  }
  builder_.LoadAccumulatorWithRegister(array);
}

void BytecodeGenerator::BuildArrayLiteral(ArrayLiteral* node) {
  BuildArrayFromElements(node->values(), 0);
}

// -- Templates -----------------------------------------------------------------------------
//
// `a${x}b`:  LdaConstant "a"; Star r; <x>; ToString; Add r; Star r;
//            LdaConstant "b"; Add r
void BytecodeGenerator::BuildTemplateLiteral(TemplateLiteral* node) {
  RegisterAllocationScope rs(registers());
  const auto& cooked = node->cooked_strings();
  const auto& subs = node->substitutions();
  auto piece = [&](int i) { return cooked[i] != nullptr ? Str(cooked[i]) : std::u16string(); };
  if (subs.size() == 0) {
    builder_.LoadString(piece(0));
    return;
  }
  Register partial = NewRegister();
  bool have = false;
  if (!piece(0).empty()) {
    builder_.LoadString(piece(0));
    builder_.StoreAccumulatorInRegister(partial);
    have = true;
  }
  for (int i = 0; i < subs.size(); ++i) {
    VisitForAccumulatorValue(subs[i]);
    builder_.Emit(Bytecode::kToString);
    if (have) builder_.Emit(Bytecode::kAdd, {partial, Slot(FeedbackSlotKind::kBinaryOp)});
    have = true;
    if (!piece(i + 1).empty()) {
      builder_.StoreAccumulatorInRegister(partial);
      builder_.LoadString(piece(i + 1));
      builder_.Emit(Bytecode::kAdd, {partial, Slot(FeedbackSlotKind::kBinaryOp)});
    }
    if (i + 1 < subs.size()) builder_.StoreAccumulatorInRegister(partial);
  }
}

// tag`a${x}`: tag(templateObject, x) with the receiver of a property tag.
void BytecodeGenerator::VisitTaggedTemplate(TaggedTemplate* node) {
  RegisterAllocationScope rs(registers());
  Register callee = NewRegister();
  RegisterList args;
  Register receiver = registers()->GrowRegisterList(&args);
  Property* property = node->tag()->AsProperty();
  if (property != nullptr && !property->IsSuperAccess() &&
      property->type() != Property::Type::kPrivate) {
    VisitForRegisterValue(property->object(), receiver);
    if (property->type() == Property::Type::kNamed) {
      BuildNamedLoad(receiver, property->name());
    } else {
      VisitForAccumulatorValue(property->key());
      BuildKeyedLoad(receiver);
    }
  } else {
    builder_.LoadUndefined();
    builder_.StoreAccumulatorInRegister(receiver);
    VisitForAccumulatorValue(node->tag());
  }
  builder_.StoreAccumulatorInRegister(callee);
  TemplateObjectDescriptor descriptor;
  TemplateLiteral* t = node->template_literal();
  for (int i = 0; i < t->raw_strings().size(); ++i) {
    const AstString* c = t->cooked_strings()[i];
    descriptor.cooked.push_back(c ? std::optional<std::u16string>(Str(c)) : std::nullopt);
    descriptor.raw.push_back(Str(t->raw_strings()[i]));
  }
  builder_.Emit(Bytecode::kGetTemplateObject,
                {builder_.constant_pool()->Add(std::move(descriptor)),
                 Slot(FeedbackSlotKind::kLiteral)});
  builder_.StoreAccumulatorInRegister(registers()->GrowRegisterList(&args));
  VisitCallArguments(t->substitutions(), &args);
  builder_.SetExpressionPosition(node->position());
  builder_.SetCallSite(node->callee_start(), node->callee_end());
  builder_.Emit(Bytecode::kCallAnyReceiver,
                {callee, args.first(), args.count(), Slot(FeedbackSlotKind::kCallIC)});
}

// -- Classes ---------------------------------------------------------------------------------
//
//   [class scope context]
//   r_parent = extends value (or the hole)
//   r_ctor = CreateClosure constructor
//   r_proto = DefineClass(r_ctor, r_parent)
//   methods: DefineClassMethod(target, key, closure); accessors via
//   DefineAccessorPropertyUnchecked; computed field keys into their variables
//   instance-members initializer closure → its variable
//   class inner name = r_ctor
//   static initializer.call(r_ctor)
//   acc = r_ctor
namespace {
// The private method or accessor of {node} named {name}, or null (a field).
const ClassLiteralProperty* PrivateMethodNamed(const ClassLiteral* node, const AstString* name) {
  for (const ClassLiteralProperty* p : node->properties()) {
    if (!p->is_private || p->kind == ClassLiteralProperty::Kind::kField) continue;
    if (p->key != nullptr && p->key->AsVariableProxy() != nullptr && p->key->AsVariableProxy()->name() == name) {
      return p;
    }
  }
  return nullptr;
}
}  // namespace

void BytecodeGenerator::BuildClassLiteral(ClassLiteral* node) {
  RegisterAllocationScope rs(registers());
  Register constructor = NewRegister();
  {
    ContextScope context(this, node->scope());
    Scope* scope = node->scope();
    if (scope != nullptr) {
      BuildScopeDeclarations(scope);
      for (Variable* var : scope->variables()) {
        // Every private name (field, method, accessor) is a private symbol;
        // methods and accessors become read-only / accessor properties
        // under it, so the brand check is the own-property check.
        if (var->kind() != VariableKind::kPrivateName) continue;
        RegisterAllocationScope name_scope(registers());
        RegisterList args = registers()->NewRegisterList(3);  // description, class, static
        builder_.LoadString(Str(var->name()));
        builder_.StoreAccumulatorInRegister(args[0]);
        const ClassLiteralProperty* method = PrivateMethodNamed(node, var->name());
        if (method != nullptr) {
          builder_.LoadString(node->name() != nullptr ? Str(node->name()) : u"anonymous");
        } else {
          builder_.LoadUndefined();
        }
        builder_.StoreAccumulatorInRegister(args[1]);
        builder_.LoadBoolean(method != nullptr && method->is_static);
        builder_.StoreAccumulatorInRegister(args[2]);
        builder_.CallRuntime(RuntimeFunctionId::kCreatePrivateName, args);
        BuildStoreToVariable(var, 0);
      }
    }
    RegisterList define = registers()->NewRegisterList(2);  // constructor, parent
    if (node->extends() != nullptr) {
      VisitForRegisterValue(node->extends(), define[1]);
    } else {
      builder_.LoadTheHole();
      builder_.StoreAccumulatorInRegister(define[1]);
    }
    BuildCreateClosure(node->constructor());
    builder_.StoreAccumulatorInRegister(define[0]);
    builder_.MoveRegister(define[0], constructor);
    builder_.SetExpressionPosition(node->position());
    builder_.CallRuntime(RuntimeFunctionId::kDefineClass, define);
    Register prototype = NewRegister();
    builder_.StoreAccumulatorInRegister(prototype);
    for (ClassLiteralProperty* p : node->properties()) {
      RegisterAllocationScope prop_scope(registers());
      Register target = p->is_static ? constructor : prototype;
      switch (p->kind) {
        case ClassLiteralProperty::Kind::kMethod: {
          if (p->is_private) {
            BuildPrivateMethodDefinition(p, target, constructor, 0);
            break;
          }
          RegisterList args = registers()->NewRegisterList(3);
          builder_.MoveRegister(target, args[0]);
          BuildPropertyKey(p->key, p->is_computed_name, args[1]);
          VisitForRegisterValue(p->value, args[2]);
          builder_.CallRuntime(RuntimeFunctionId::kDefineClassMethod, args);
          break;
        }
        case ClassLiteralProperty::Kind::kGetter:
        case ClassLiteralProperty::Kind::kSetter: {
          bool getter = p->kind == ClassLiteralProperty::Kind::kGetter;
          if (p->is_private) {
            BuildPrivateMethodDefinition(p, target, constructor, getter ? 1 : 2);
            break;
          }
          RegisterList args = registers()->NewRegisterList(5);
          builder_.MoveRegister(target, args[0]);
          BuildPropertyKey(p->key, p->is_computed_name, args[1]);
          builder_.LoadNull();
          builder_.StoreAccumulatorInRegister(getter ? args[3] : args[2]);
          VisitForRegisterValue(p->value, getter ? args[2] : args[3]);
          builder_.LoadSmi(kAccessorDontEnum | kAccessorSetHomeObject);
          builder_.StoreAccumulatorInRegister(args[4]);
          builder_.CallRuntime(RuntimeFunctionId::kDefineAccessorPropertyUnchecked, args);
          break;
        }
        case ClassLiteralProperty::Kind::kField:
          if (p->is_computed_name && p->computed_key_store != nullptr) {
            VisitForAccumulatorValue(p->key);
            builder_.Emit(Bytecode::kToName);
            BuildVariableAssignment(p->computed_key_store, AssignKind::kInit);
          }
          break;
        case ClassLiteralProperty::Kind::kStaticBlock:
          break;  // runs inside the static initializer
      }
    }
    if (FunctionLiteral* init = node->instance_members_initializer()) {
      RegisterList args = registers()->NewRegisterList(2);
      BuildCreateClosure(init);
      builder_.StoreAccumulatorInRegister(args[0]);
      builder_.MoveRegister(prototype, args[1]);
      builder_.CallRuntime(RuntimeFunctionId::kSetHomeObject, args);
      if (node->instance_members_initializer_store() != nullptr) {
        BuildVariableAssignment(node->instance_members_initializer_store(), AssignKind::kInit);
      }
    }
    if (node->class_variable_proxy() != nullptr) {
      builder_.LoadAccumulatorWithRegister(constructor);
      BuildVariableAssignment(node->class_variable_proxy(), AssignKind::kInit);
    }
    if (FunctionLiteral* statics = node->static_initializer()) {
      RegisterList args = registers()->NewRegisterList(2);
      BuildCreateClosure(statics);
      builder_.StoreAccumulatorInRegister(args[0]);
      builder_.MoveRegister(constructor, args[1]);
      builder_.CallRuntime(RuntimeFunctionId::kSetHomeObject, args);
      Register closure = NewRegister();
      builder_.StoreAccumulatorInRegister(closure);
      RegisterList receiver = registers()->NewRegisterList(1);
      builder_.MoveRegister(constructor, receiver[0]);
      builder_.Emit(Bytecode::kCallProperty, {closure, receiver.first(), receiver.count(),
                                              Slot(FeedbackSlotKind::kCallIC)});
    }
  }
  builder_.LoadAccumulatorWithRegister(constructor);
}

// A private method or accessor (kind 0 method, 1 getter, 2 setter): the
// closure gets its home object; a static one is defined on the constructor
// now, an instance one is kept in its class-scope variable (method_store)
// for the instance initializer.
void BytecodeGenerator::BuildPrivateMethodDefinition(ClassLiteralProperty* p, Register home,
                                                     Register constructor, int kind) {
  RegisterAllocationScope rs(registers());
  RegisterList home_args = registers()->NewRegisterList(2);
  VisitForRegisterValue(p->value, home_args[0]);
  builder_.MoveRegister(home, home_args[1]);
  builder_.CallRuntime(RuntimeFunctionId::kSetHomeObject, home_args);
  if (!p->is_static) {
    if (p->method_store != nullptr) BuildVariableAssignment(p->method_store, AssignKind::kInit);
    return;
  }
  RegisterList args = registers()->NewRegisterList(4);
  builder_.StoreAccumulatorInRegister(args[2]);
  builder_.MoveRegister(constructor, args[0]);
  BuildVariableLoadNoHoleCheck(p->key->AsVariableProxy());
  builder_.StoreAccumulatorInRegister(args[1]);
  builder_.LoadSmi(kind);
  builder_.StoreAccumulatorInRegister(args[3]);
  builder_.CallRuntime(RuntimeFunctionId::kDefinePrivateMember, args);
}

void BytecodeGenerator::BuildClassMembersInitialization(InitializeClassMembersStatement* node) {
  // Private methods and accessors first (V8 installs the brand before any
  // field initializer runs), then the fields in order.
  for (ClassLiteralProperty* p : node->members()) {
    if (p->kind == ClassLiteralProperty::Kind::kField || !p->is_private || p->method_load == nullptr) continue;
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(4);
    builder_.MoveRegister(Register::Receiver(), args[0]);
    BuildVariableLoadNoHoleCheck(p->private_name_load != nullptr ? p->private_name_load
                                                                 : p->key->AsVariableProxy());
    builder_.StoreAccumulatorInRegister(args[1]);
    BuildVariableLoadNoHoleCheck(p->method_load);
    builder_.StoreAccumulatorInRegister(args[2]);
    int kind = p->kind == ClassLiteralProperty::Kind::kGetter   ? 1
               : p->kind == ClassLiteralProperty::Kind::kSetter ? 2
                                                                : 0;
    builder_.LoadSmi(kind);
    builder_.StoreAccumulatorInRegister(args[3]);
    builder_.CallRuntime(RuntimeFunctionId::kDefinePrivateMember, args);
  }
  for (ClassLiteralProperty* p : node->members()) {
    if (p->kind != ClassLiteralProperty::Kind::kField) continue;
    RegisterAllocationScope rs(registers());
    Register receiver = Register::Receiver();
    if (p->is_private) {
      RegisterList args = registers()->NewRegisterList(3);
      builder_.MoveRegister(receiver, args[0]);
      BuildVariableLoadNoHoleCheck(p->key->AsVariableProxy());
      builder_.StoreAccumulatorInRegister(args[1]);
      if (p->value != nullptr) {
        VisitForRegisterValue(p->value, args[2]);
      } else {
        builder_.LoadUndefined();
        builder_.StoreAccumulatorInRegister(args[2]);
      }
      builder_.CallRuntime(RuntimeFunctionId::kDefinePrivateField, args);
      continue;
    }
    Register key = NewRegister();
    if (p->is_computed_name && p->computed_key_load != nullptr) {
      BuildVariableLoad(p->computed_key_load);
    } else {
      VisitForAccumulatorValue(p->key);
    }
    builder_.StoreAccumulatorInRegister(key);
    if (p->value != nullptr) {
      VisitForAccumulatorValue(p->value);
    } else {
      builder_.LoadUndefined();
    }
    int32_t flags = p->value != nullptr && IsAnonymousFunctionDefinition(p->value)
                        ? DefineKeyedOwnFlags::kSetFunctionName
                        : DefineKeyedOwnFlags::kNone;
    builder_.Emit(Bytecode::kDefineKeyedOwnProperty,
                  {receiver, key, flags, Slot(FeedbackSlotKind::kDefineKeyedOwnIC)});
  }
}

void BytecodeGenerator::VisitInitializeClassStaticElementsStatement(
    InitializeClassStaticElementsStatement* node) {
  for (ClassLiteralProperty* p : node->elements()) {
    if (p->kind == ClassLiteralProperty::Kind::kStaticBlock) {
      if (p->static_block != nullptr) VisitBlockBody(p->static_block);
      continue;
    }
    if (p->kind != ClassLiteralProperty::Kind::kField) continue;
    RegisterAllocationScope rs(registers());
    Register key = NewRegister();
    if (p->is_computed_name && p->computed_key_load != nullptr) {
      BuildVariableLoad(p->computed_key_load);
    } else if (p->key != nullptr && !p->is_private) {
      VisitForAccumulatorValue(p->key);
    }
    builder_.StoreAccumulatorInRegister(key);
    if (p->is_private) {
      RegisterList args = registers()->NewRegisterList(3);
      builder_.MoveRegister(Register::Receiver(), args[0]);
      BuildVariableLoadNoHoleCheck(p->key->AsVariableProxy());
      builder_.StoreAccumulatorInRegister(args[1]);
      if (p->value != nullptr) {
        VisitForRegisterValue(p->value, args[2]);
      } else {
        builder_.LoadUndefined();
        builder_.StoreAccumulatorInRegister(args[2]);
      }
      builder_.CallRuntime(RuntimeFunctionId::kDefinePrivateField, args);
      continue;
    }
    if (p->value != nullptr) {
      VisitForAccumulatorValue(p->value);
    } else {
      builder_.LoadUndefined();
    }
    builder_.Emit(Bytecode::kDefineKeyedOwnProperty,
                  {Register::Receiver(), key,
                   p->value != nullptr && IsAnonymousFunctionDefinition(p->value)
                       ? DefineKeyedOwnFlags::kSetFunctionName
                       : DefineKeyedOwnFlags::kNone,
                   Slot(FeedbackSlotKind::kDefineKeyedOwnIC)});
  }
}

// A default derived constructor the parser left without a body:
//   constructor(...args) { super(...args); }
void BytecodeGenerator::BuildDefaultConstructorBody() {
  RegisterAllocationScope rs(registers());
  Register constructor = NewRegister();
  builder_.LoadAccumulatorWithRegister(Register::FunctionClosure());
  builder_.Emit(Bytecode::kGetSuperConstructor, {constructor});
  builder_.Emit(Bytecode::kThrowIfNotSuperConstructor, {constructor});
  RegisterList args = registers()->NewRegisterList(1);
  builder_.Emit(Bytecode::kCreateRestParameter);
  builder_.StoreAccumulatorInRegister(args[0]);
  builder_.LoadAccumulatorWithRegister(Register::NewTarget());
  builder_.Emit(Bytecode::kConstructWithSpread,
                {constructor, args.first(), args.count(), Slot(FeedbackSlotKind::kCallIC)});
  builder_.Emit(Bytecode::kReturn);
}

// -- Iteration protocol ------------------------------------------------------------------------

void BytecodeGenerator::BuildGetIterator(Register object, RegisterList record, int position,
                                         int text_start, int text_end) {
  builder_.SetExpressionPosition(position);
  // The iterable's text names it in "obj is not iterable", as a call site's
  // callee text does in "o.f is not a function".
  if (text_start >= 0 && text_end > text_start) builder_.SetCallSite(text_start, text_end);
  builder_.Emit(Bytecode::kGetIterator,
                {object, Slot(FeedbackSlotKind::kLoadIC), Slot(FeedbackSlotKind::kCallIC)});
  builder_.StoreAccumulatorInRegister(record[0]);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {record[0], builder_.constant_pool()->AddString(u"next"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.StoreAccumulatorInRegister(record[1]);
}

// result = record.next.call(record.iterator); throws unless it is an object.
// Leaves acc = result.done's load ready: callers use BuildNamedLoad(result, nullptr)
// to read "done".
void BytecodeGenerator::BuildIteratorNext(RegisterList record, Register result) {
  builder_.Emit(Bytecode::kCallProperty,
                {record[1], record[0], 1, Slot(FeedbackSlotKind::kCallIC)});
  builder_.StoreAccumulatorInRegister(result);
  BytecodeLabel ok = builder_.NewLabel();
  builder_.EmitJump(Bytecode::kJumpIfJSReceiver, ok);
  builder_.CallRuntime(RuntimeFunctionId::kThrowIteratorResultNotAnObject, result);
  builder_.Bind(ok);
}

// result = the next value; jumps to {exhausted} when the iterator is done.
// ForOfStepFast steps builtin array/string iterators without calling next
// (the hole in acc: it did not apply), else next() runs through the IC.
//
//   CallRuntime ForOfStepFast record; Star result; TestReferenceEqual hole
//   JumpIfFalse have_value
//   result = next(); if result.done → exhausted; result = result.value
//   have_value:
void BytecodeGenerator::BuildIteratorStep(RegisterList record, Register result, Register hole,
                                          BytecodeLabel exhausted) {
  BytecodeLabel have_value = builder_.NewLabel();
  builder_.CallRuntime(RuntimeFunctionId::kForOfStepFast, record);
  builder_.StoreAccumulatorInRegister(result);
  builder_.Emit(Bytecode::kTestReferenceEqual, {hole});
  builder_.EmitJump(Bytecode::kJumpIfFalse, have_value);
  BuildIteratorNext(record, result);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {result, builder_.constant_pool()->AddString(u"done"), Slot(FeedbackSlotKind::kLoadIC)});
  builder_.EmitJump(Bytecode::kJumpIfToBooleanTrue, exhausted);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {result, builder_.constant_pool()->AddString(u"value"), Slot(FeedbackSlotKind::kLoadIC)});
  builder_.StoreAccumulatorInRegister(result);
  builder_.Bind(have_value);
}

// iterator.return?.(); a throw completion ignores errors from return().
// {async} (for await): the result of return() is awaited first.
void BytecodeGenerator::BuildIteratorClose(Register iterator, bool suppress_errors, bool async) {
  RegisterAllocationScope rs(registers());
  Register method = NewRegister();
  BytecodeLabel done = builder_.NewLabel();
  int32_t handler = -1;
  Register context;
  if (suppress_errors) {
    context = NewRegister();
    builder_.MoveRegister(Register::CurrentContext(), context);
    handler = builder_.NewHandlerEntry(context, HandlerPrediction::kCaught);
    builder_.MarkTryBegin(handler);
  }
  builder_.Emit(Bytecode::kGetNamedProperty,
                {iterator, builder_.constant_pool()->AddString(u"return"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, done);
  builder_.StoreAccumulatorInRegister(method);
  builder_.Emit(Bytecode::kCallProperty, {method, iterator, 1, Slot(FeedbackSlotKind::kCallIC)});
  if (async) BuildAwait(-1);
  if (!suppress_errors) {
    builder_.EmitJump(Bytecode::kJumpIfJSReceiver, done);
    builder_.StoreAccumulatorInRegister(method);
    builder_.CallRuntime(RuntimeFunctionId::kThrowIteratorResultNotAnObject, method);
  } else {
    builder_.MarkTryEnd(handler);
    builder_.EmitJump(Bytecode::kJump, done);
    builder_.MarkHandler(handler);  // swallow: the original exception wins
  }
  builder_.Bind(done);
}

// acc = the for-in/of subject. With a subject_scope() (`for (let x of x)`)
// it is evaluated with the head's names in their TDZ.
void BytecodeGenerator::VisitForEachSubject(ForEachStatement* node) {
  RegisterAllocationScope rs(registers());
  ContextScope context(this, node->subject_scope());
  if (node->subject_scope() != nullptr) BuildScopeDeclarations(node->subject_scope());
  VisitForAccumulatorValue(node->subject());
}

// Assigns acc to the for-in/of target, inside the per-iteration scope.
void BytecodeGenerator::BuildForEachAssignment(ForEachStatement* node) {
  AssignKind kind = node->has_declaration() &&
                            node->declaration_kind() != DeclarationKind::kVar
                        ? AssignKind::kInit
                        : AssignKind::kAssign;
  Expression* each = node->each();
  if (BuildInvalidCallTarget(each)) return;
  if (VariableProxy* proxy = each->AsVariableProxy()) {
    BuildVariableAssignment(proxy, kind);
    return;
  }
  if (each->IsProperty()) {
    RegisterAllocationScope rs(registers());
    Register value = NewRegister();
    builder_.StoreAccumulatorInRegister(value);
    AssignTarget target = PrepareAssignTarget(each);
    builder_.LoadAccumulatorWithRegister(value);
    BuildAssignToTarget(target, kind);
    return;
  }
  pattern_source_.kind = node->has_declaration() ? PatternSource::Kind::kForEach
                                                : PatternSource::Kind::kForEachAssignment;
  BuildPatternAssignment(each, kind);
}

// for (each of subject) body
//
//   r_iter, r_next = GetIterator subject
//   try {
//     loop: r_done = true; value = BuildIteratorStep (the fast step, else
//           r_result = next(); if r_result.done → exit; r_result.value)
//           r_done = false
//           [per-iteration context] each = value; body
//           JumpLoop loop
//     exit:
//   } finally { if (!r_done) iterator.return() }   (errors suppressed on throw)
void BytecodeGenerator::BuildForOf(ForOfStatement* node) {
  RegisterAllocationScope rs(registers());
  Register subject = NewRegister();
  VisitForEachSubject(node);
  builder_.StoreAccumulatorInRegister(subject);
  RegisterList record = registers()->NewRegisterList(2);
  // NOTE: V8 words a call subject differently ("f is not a function or its
  // return value is not iterable"); it keeps the value's description here.
  bool named = !node->subject()->IsCall();
  bool is_await = node->is_await();
  if (is_await) {
    // for await: the async iterator (a sync one wrapped as the spec's
    // AsyncFromSyncIterator); each next() result and the closing return()
    // result are awaited.
    builder_.SetExpressionPosition(node->subject()->position());
    if (named && node->subject_end() > node->subject_start()) {
      builder_.SetCallSite(node->subject_start(), node->subject_end());
    }
    builder_.CallRuntime(RuntimeFunctionId::kGetAsyncIterator, subject);
    builder_.StoreAccumulatorInRegister(record[0]);
    builder_.Emit(Bytecode::kGetNamedProperty,
                  {record[0], builder_.constant_pool()->AddString(u"next"),
                   Slot(FeedbackSlotKind::kLoadIC)});
    builder_.StoreAccumulatorInRegister(record[1]);
  } else {
    builder_.SetExpressionPosition(node->subject()->position());
    RecordIterableErrorText(node->subject());
    BuildGetIterator(subject, record, node->subject()->position());
  }
  Register done = NewRegister();
  Register result = NewRegister();
  Register hole = NewRegister();
  builder_.Emit(Bytecode::kLdaTheHole);
  builder_.StoreAccumulatorInRegister(hole);
  builder_.LoadBoolean(true);
  builder_.StoreAccumulatorInRegister(done);

  BuildTryFinallyCore(
      [&] {
        BytecodeLabel header = builder_.NewLabel(), continue_label = builder_.NewLabel();
        BytecodeLabel exit = builder_.NewLabel();
        builder_.Bind(header);
        builder_.LoadBoolean(true);
        builder_.StoreAccumulatorInRegister(done);
        if (is_await) {
          builder_.Emit(Bytecode::kCallProperty,
                        {record[1], record[0], 1, Slot(FeedbackSlotKind::kCallIC)});
          BuildAwait(node->position());
          builder_.StoreAccumulatorInRegister(result);
          BytecodeLabel ok = builder_.NewLabel();
          builder_.EmitJump(Bytecode::kJumpIfJSReceiver, ok);
          builder_.CallRuntime(RuntimeFunctionId::kThrowIteratorResultNotAnObject, result);
          builder_.Bind(ok);
          builder_.Emit(Bytecode::kGetNamedProperty,
                        {result, builder_.constant_pool()->AddString(u"done"),
                         Slot(FeedbackSlotKind::kLoadIC)});
          builder_.EmitJump(Bytecode::kJumpIfToBooleanTrue, exit);
          builder_.Emit(Bytecode::kGetNamedProperty,
                        {result, builder_.constant_pool()->AddString(u"value"),
                         Slot(FeedbackSlotKind::kLoadIC)});
          builder_.StoreAccumulatorInRegister(result);
        } else {
          BuildIteratorStep(record, result, hole, exit);
        }
        builder_.LoadBoolean(false);
        builder_.StoreAccumulatorInRegister(done);
        {
          ControlScopeForIteration loop(this, node, exit, continue_label);
          ++loop_depth_;
          {
            ContextScope iteration(this, node->scope());
            if (node->scope() != nullptr) BuildScopeDeclarations(node->scope());
            builder_.LoadAccumulatorWithRegister(result);
            builder_.SetStatementPosition(node->each()->position());
            BuildForEachAssignment(node);
            VisitInScope(nullptr, node->body());
          }
          --loop_depth_;
        }
        builder_.Bind(continue_label);
        builder_.EmitJumpLoop(header, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
        builder_.Bind(exit);
      },
      [&](Register token) { BuildIteratorCloseUnlessDone(record[0], done, token, is_await); });
}

// The finally half of for-of and array destructuring: close the iterator
// unless it finished (or threw from next/done/value); on a throw completion
// (token = rethrow) errors from return() are swallowed.
void BytecodeGenerator::BuildIteratorCloseUnlessDone(Register iterator, Register done, Register token,
                                                     bool is_await) {
  BytecodeLabel skip = builder_.NewLabel(), normal = builder_.NewLabel();
  builder_.LoadAccumulatorWithRegister(done);
  builder_.EmitJump(Bytecode::kJumpIfTrue, skip);
  Register rethrow = NewRegister();
  builder_.LoadSmi(ControlScopeForTryFinally::kRethrowToken);
  builder_.StoreAccumulatorInRegister(rethrow);
  builder_.LoadAccumulatorWithRegister(token);
  builder_.Emit(Bytecode::kTestReferenceEqual, {rethrow});
  builder_.EmitJump(Bytecode::kJumpIfFalse, normal);
  BuildIteratorClose(iterator, true, is_await);
  builder_.EmitJump(Bytecode::kJump, skip);
  builder_.Bind(normal);
  BuildIteratorClose(iterator, false, is_await);
  builder_.Bind(skip);
}

// for (each in subject) body — the whole state lives in registers:
//
//   r_obj = subject; JumpIfUndefinedOrNull exit
//   ForInEnumerate r_obj; ForInPrepare r_state(3), [slot]; r_index = 0
//   loop: ForInContinue r_index, r_length → JumpIfFalse exit
//         ForInNext r_obj, r_index, r_state(2), [slot] → JumpIfUndefined next
//         each = key; body
//   next: ForInStep r_index; JumpLoop loop
//   exit:
void BytecodeGenerator::BuildForIn(ForInStatement* node) {
  RegisterAllocationScope rs(registers());
  BytecodeLabel exit = builder_.NewLabel();
  Register object = NewRegister();
  VisitForEachSubject(node);
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, exit);
  builder_.StoreAccumulatorInRegister(object);
  RegisterList state = registers()->NewRegisterList(3);
  Register index = NewRegister();
  int32_t slot = Slot(FeedbackSlotKind::kForIn);
  builder_.Emit(Bytecode::kForInEnumerate, {object});
  builder_.Emit(Bytecode::kForInPrepare, {state.first(), slot});
  builder_.LoadSmi(0);
  builder_.StoreAccumulatorInRegister(index);
  BytecodeLabel header = builder_.NewLabel(), continue_label = builder_.NewLabel();
  builder_.Bind(header);
  builder_.Emit(Bytecode::kForInContinue, {index, state[2]});
  builder_.EmitJump(Bytecode::kJumpIfFalse, exit);
  builder_.Emit(Bytecode::kForInNext, {object, index, state.first(), slot});
  builder_.EmitJump(Bytecode::kJumpIfUndefined, continue_label);
  {
    ControlScopeForIteration loop(this, node, exit, continue_label);
    ++loop_depth_;
    {
      RegisterAllocationScope body_scope(registers());
      Register key = NewRegister();
      builder_.StoreAccumulatorInRegister(key);
      ContextScope iteration(this, node->scope());
      if (node->scope() != nullptr) BuildScopeDeclarations(node->scope());
      builder_.LoadAccumulatorWithRegister(key);
      builder_.SetStatementPosition(node->each()->position());
      BuildForEachAssignment(node);
      VisitInScope(nullptr, node->body());
    }
    --loop_depth_;
  }
  builder_.Bind(continue_label);
  builder_.Emit(Bytecode::kForInStep, {index});
  builder_.EmitJumpLoop(header, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
  builder_.Bind(exit);
}

// -- Destructuring ------------------------------------------------------------------------------

// Throws unless {value} is an object or primitive. V8 names the pattern's
// first property when it is a plain name ("Cannot destructure property 'a'
// of 'o.y' as it is undefined.", quoting the value's expression as its
// CallPrinter prints it); inside another pattern, or when that property has
// a default, it words it as the property load it is ("Cannot read
// properties of null (reading 'a')").
//   ThrowPatternAssignmentNonCoercible(value, text, key, nested)
// text: a String, true for V8's default call site ("object null"), or
// undefined for the bare value.
void BytecodeGenerator::BuildRequireObjectCoercible(Register value, ObjectLiteral* pattern,
                                                    const PatternSource& source) {
  BytecodeLabel ok = builder_.NewLabel(), fail = builder_.NewLabel();
  builder_.LoadAccumulatorWithRegister(value);
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, fail);
  builder_.EmitJump(Bytecode::kJump, ok);
  builder_.Bind(fail);
  RegisterList args = registers()->NewRegisterList(4);
  builder_.MoveRegister(value, args[0]);
  using Kind = PatternSource::Kind;
  switch (source.kind) {
    case Kind::kDeclaration:
    case Kind::kAssignment:
      builder_.LoadString(PrintExpressionForError(source.expression));
      break;
    case Kind::kParameter:
      builder_.LoadBoolean(true);
      break;
    case Kind::kParameterWithDefault:
      builder_.LoadString(u"(intermediate value)(intermediate value)(intermediate value)");
      break;
    case Kind::kForEach:
      builder_.LoadString(u".for");
      break;
    case Kind::kCatch:
      builder_.LoadString(u".catch");
      break;
    case Kind::kNested:
    case Kind::kForEachAssignment:
      builder_.LoadUndefined();
      break;
  }
  builder_.StoreAccumulatorInRegister(args[1]);
  const auto& props = pattern->properties();
  const ObjectLiteralProperty* first = props.size() > 0 ? &props[0] : nullptr;
  const Literal* key = first != nullptr && first->kind != ObjectLiteralProperty::Kind::kSpread &&
                               !first->is_computed_name && first->key != nullptr
                           ? first->key->AsLiteral()
                           : nullptr;
  if (key != nullptr && key->IsString()) {
    builder_.LoadString(Str(key->string()));
  } else if (key != nullptr && key->IsNumber()) {
    builder_.LoadString(PrintExpressionForError(key));
  } else {
    builder_.LoadUndefined();
  }
  builder_.StoreAccumulatorInRegister(args[2]);
  bool has_default = first != nullptr && first->value != nullptr && first->value->IsAssignment();
  builder_.LoadBoolean(pattern_depth_ > 1 || has_default || source.kind == Kind::kForEachAssignment);
  builder_.StoreAccumulatorInRegister(args[3]);
  builder_.CallRuntime(RuntimeFunctionId::kThrowPatternAssignmentNonCoercible, args);
  builder_.Bind(ok);
}

// acc = value; assigns it to {pattern}; acc = value afterwards.
void BytecodeGenerator::BuildPatternAssignment(Expression* pattern, AssignKind kind) {
  if (!CheckStack()) return;
  RegisterAllocationScope rs(registers());
  Register value = NewRegister();
  builder_.StoreAccumulatorInRegister(value);
  PatternSource source = std::exchange(pattern_source_, PatternSource{});
  struct DepthScope {
    int* depth;
    explicit DepthScope(int* d) : depth(d) { ++*depth; }
    ~DepthScope() { --*depth; }
  } depth_scope(&pattern_depth_);
  if (ObjectLiteral* object = pattern->AsObjectLiteral()) {
    BuildObjectPatternAssignment(object, value, kind, source);
  } else if (ArrayLiteral* array = pattern->AsArrayLiteral()) {
    BuildArrayPatternAssignment(array, value, kind, source);
  } else if (Assignment* with_default = pattern->AsAssignment()) {
    (void)with_default;
    BuildAssignWithDefault(pattern, kind);
  } else {
    AssignTarget target = PrepareAssignTarget(pattern);
    builder_.LoadAccumulatorWithRegister(value);
    BuildAssignToTarget(target, kind);
  }
  builder_.LoadAccumulatorWithRegister(value);
}

// acc = value for {element} (a target or Assignment(target, default)).
void BytecodeGenerator::BuildAssignWithDefault(Expression* element, AssignKind kind) {
  RegisterAllocationScope rs(registers());
  Register value = NewRegister();
  builder_.StoreAccumulatorInRegister(value);
  Expression* target_expr = element;
  Expression* default_value = nullptr;
  if (Assignment* a = element->AsAssignment(); a && a->op() == Token::kAssign) {
    target_expr = a->target();
    default_value = a->value();
  }
  AssignTarget target = PrepareAssignTarget(target_expr);
  builder_.LoadAccumulatorWithRegister(value);
  if (default_value != nullptr) {
    BytecodeLabel done = builder_.NewLabel();
    builder_.EmitJump(Bytecode::kJumpIfNotUndefined, done);
    VisitForAccumulatorValue(default_value);
    builder_.Bind(done);
  }
  BuildAssignToTarget(target, kind);
}

// { a, b: c = 1, [k]: d, ...rest } = value
void BytecodeGenerator::BuildObjectPatternAssignment(ObjectLiteral* pattern, Register value,
                                                     AssignKind kind, const PatternSource& source) {
  BuildRequireObjectCoercible(value, pattern, source);
  const auto& props = pattern->properties();
  bool has_rest = props.size() > 0 && props[props.size() - 1].kind == ObjectLiteralProperty::Kind::kSpread;
  RegisterList rest_args;
  if (has_rest) {
    rest_args = registers()->NewRegisterList(props.size());  // source, keys...
    builder_.MoveRegister(value, rest_args[0]);
  }
  for (int i = 0; i < props.size(); ++i) {
    const ObjectLiteralProperty& p = props[i];
    RegisterAllocationScope rs(registers());
    if (p.kind == ObjectLiteralProperty::Kind::kSpread) {
      builder_.CallRuntime(RuntimeFunctionId::kCopyDataPropertiesWithExcludedKeys, rest_args);
      BuildAssignWithDefault(p.value, kind);
      continue;
    }
    Register key = has_rest ? rest_args[i + 1] : NewRegister();
    std::u16string literal_key;
    bool named = !p.is_computed_name && p.key != nullptr && p.key->AsLiteral() &&
                 p.key->AsLiteral()->IsString();
    if (named) {
      literal_key = Str(p.key->AsLiteral()->string());
      if (has_rest) {
        builder_.LoadString(literal_key);
        builder_.StoreAccumulatorInRegister(key);
      }
    } else {
      BuildPropertyKey(p.key, true, key);
    }
    // Spec order: the target reference is evaluated before the property get.
    Expression* target_expr = p.value;
    Expression* default_value = nullptr;
    if (Assignment* a = target_expr->AsAssignment(); a && a->op() == Token::kAssign) {
      target_expr = a->target();
      default_value = a->value();
    }
    AssignTarget target = PrepareAssignTarget(target_expr);
    if (named) {
      builder_.Emit(Bytecode::kGetNamedProperty,
                    {value, builder_.constant_pool()->AddString(literal_key),
                     Slot(FeedbackSlotKind::kLoadIC)});
    } else {
      builder_.LoadAccumulatorWithRegister(key);
      BuildKeyedLoad(value);
    }
    if (default_value != nullptr) {
      BytecodeLabel done = builder_.NewLabel();
      builder_.EmitJump(Bytecode::kJumpIfNotUndefined, done);
      VisitForAccumulatorValue(default_value);
      builder_.Bind(done);
    }
    BuildAssignToTarget(target, kind);
  }
}

// [a, , b = 1, ...rest] = value, through the iteration protocol.
namespace {
constexpr size_t kMaxErrorTextLength = 256;
}  // namespace

// V8 finds an array pattern's value in its AST for some node kinds of a
// declaration's initializer only (call_printer.h); an assignment
// expression's value, a parameter or a sub-pattern gets the run-time
// default ("object is not iterable (cannot read property ...)").
void BytecodeGenerator::RecordIteratorErrorText(const PatternSource& source) {
  using Kind = PatternSource::Kind;
  std::u16string text;
  IteratorErrorForm form = IteratorErrorForm::kDefault;
  if (source.kind == Kind::kDeclaration) {
    form = IteratorErrorFormOf(source.expression, &text);
  } else if (source.kind == Kind::kForEach) {
    form = IteratorErrorForm::kFound;
    text = u".for";
  }
  // A rendering longer than this (a big literal) is not worth a constant.
  if (text.size() > kMaxErrorTextLength) form = IteratorErrorForm::kDefault;
  // The default form describes the value at run time: no text to keep.
  int32_t index = form == IteratorErrorForm::kDefault ? 0 : builder_.constant_pool()->AddString(text);
  builder_.SetErrorText(static_cast<int32_t>(form), index);
}

void BytecodeGenerator::RecordIterableErrorText(const Expression* iterable) {
  std::u16string text;
  IteratorErrorForm form = IterableErrorFormOf(iterable, &text);
  // `for (x of [1, 2, ...])`: iterable unless Array.prototype is patched;
  // a long rendering is left to the run-time description.
  if (text.size() > kMaxErrorTextLength) return;
  builder_.SetErrorText(static_cast<int32_t>(form), builder_.constant_pool()->AddString(text));
}

void BytecodeGenerator::BuildArrayPatternAssignment(ArrayLiteral* pattern, Register value,
                                                    AssignKind kind, const PatternSource& source) {
  RegisterList record = registers()->NewRegisterList(2);
  builder_.SetExpressionPosition(pattern->position());
  RecordIteratorErrorText(source);
  BuildGetIterator(value, record, pattern->position());
  Register done = NewRegister();
  Register result = NewRegister();
  Register hole = NewRegister();
  builder_.Emit(Bytecode::kLdaTheHole);
  builder_.StoreAccumulatorInRegister(hole);
  builder_.LoadBoolean(false);
  builder_.StoreAccumulatorInRegister(done);
  // acc = next value, or undefined once the iterator is done.
  auto step = [&]() {
    BytecodeLabel is_done = builder_.NewLabel(), set_done = builder_.NewLabel();
    BytecodeLabel got = builder_.NewLabel();
    builder_.LoadAccumulatorWithRegister(done);
    builder_.EmitJump(Bytecode::kJumpIfTrue, is_done);
    // done stays true while next()/done/value run: an iterator that throws
    // there is not closed (spec: IteratorStep sets [[Done]]).
    builder_.LoadBoolean(true);
    builder_.StoreAccumulatorInRegister(done);
    BuildIteratorStep(record, result, hole, set_done);
    builder_.LoadBoolean(false);
    builder_.StoreAccumulatorInRegister(done);
    builder_.LoadAccumulatorWithRegister(result);
    builder_.EmitJump(Bytecode::kJump, got);
    builder_.Bind(set_done);
    builder_.Bind(is_done);
    builder_.LoadUndefined();
    builder_.Bind(got);
  };
  // The elements run inside try/finally: a throw while assigning (a
  // default, a nested pattern, a setter) closes the iterator.
  BuildTryFinallyCore([&] { BuildArrayPatternElements(pattern, record, done, result, kind, step); },
                      [&](Register token) { BuildIteratorCloseUnlessDone(record[0], done, token); });
}

void BytecodeGenerator::BuildArrayPatternElements(ArrayLiteral* pattern, RegisterList record,
                                                  Register done, Register result, AssignKind kind,
                                                  const std::function<void()>& step) {
  (void)record;
  for (Expression* element : pattern->values()) {
    RegisterAllocationScope rs(registers());
    if (Literal* lit = element->AsLiteral(); lit && lit->IsTheHole()) {
      step();
      continue;
    }
    if (Spread* rest = element->AsSpread()) {
      AssignTarget target = PrepareAssignTarget(rest->expression());
      Register array = NewRegister();
      Register index = NewRegister();
      builder_.Emit(Bytecode::kCreateEmptyArrayLiteral, {Slot(FeedbackSlotKind::kLiteral)});
      builder_.StoreAccumulatorInRegister(array);
      builder_.LoadSmi(0);
      builder_.StoreAccumulatorInRegister(index);
      BytecodeLabel loop = builder_.NewLabel(), finished = builder_.NewLabel();
      builder_.Bind(loop);
      builder_.LoadAccumulatorWithRegister(done);
      builder_.EmitJump(Bytecode::kJumpIfTrue, finished);
      step();
      builder_.StoreAccumulatorInRegister(result);
      builder_.LoadAccumulatorWithRegister(done);
      builder_.EmitJump(Bytecode::kJumpIfTrue, finished);
      builder_.LoadAccumulatorWithRegister(result);
      builder_.Emit(Bytecode::kStaInArrayLiteral,
                    {array, index, Slot(FeedbackSlotKind::kStoreInArrayLiteralIC)});
      builder_.LoadAccumulatorWithRegister(index);
      builder_.Emit(Bytecode::kInc, {Slot(FeedbackSlotKind::kBinaryOp)});
      builder_.StoreAccumulatorInRegister(index);
      builder_.EmitJumpLoop(loop, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
      builder_.Bind(finished);
      builder_.LoadAccumulatorWithRegister(array);
      BuildAssignToTarget(target, kind);
      continue;
    }
    Expression* target_expr = element;
    Expression* default_value = nullptr;
    if (Assignment* a = element->AsAssignment(); a && a->op() == Token::kAssign) {
      target_expr = a->target();
      default_value = a->value();
    }
    AssignTarget target = PrepareAssignTarget(target_expr);
    step();
    if (default_value != nullptr) {
      BytecodeLabel has_value = builder_.NewLabel();
      builder_.EmitJump(Bytecode::kJumpIfNotUndefined, has_value);
      VisitForAccumulatorValue(default_value);
      builder_.Bind(has_value);
    }
    BuildAssignToTarget(target, kind);
  }
}

}  // namespace lucid
