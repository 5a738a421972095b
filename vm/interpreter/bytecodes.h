// Copyright 2025 the Lucid authors. MIT license.
// The bytecode instruction set: one BYTECODE_LIST and the tables generated from it.

#ifndef LUCID_VM_INTERPRETER_BYTECODES_H_
#define LUCID_VM_INTERPRETER_BYTECODES_H_

#include <cstdint>
#include <string_view>

namespace lucid {

// What a bytecode does with the accumulator. kRead leaves it unchanged.
enum class AccumulatorUse : uint8_t { kNone, kRead, kWrite, kReadWrite };

// Operand kinds. Every operand except kFlag8 and kRuntimeId scales with the
// Wide / ExtraWide prefix (1 → 2 → 4 bytes); kFlag8 is always one byte and
// kRuntimeId always two. Register kinds and kImm are signed, the rest unsigned.
//
//   kReg          register read (see "Register operands" in register.h)
//   kRegOut       register written
//   kRegList      first register of a consecutive list; the next operand is
//                 its kRegCount
//   kRegOutList   first register of a consecutive list that is written
//   kRegCount     number of registers in the preceding list
//   kRegPair      two consecutive registers read (first one named)
//   kRegOutTriple three consecutive registers written (first one named)
//   kImm          signed immediate
//   kUImm         unsigned immediate (counts, loop depth, suspend ids)
//   kIdx          unsigned index that is not a constant (context slot index)
//   kConst        constant-pool index
//   kSlot         feedback-vector slot index
//   kDepth        number of contexts to walk up from the named context
//   kJump         unsigned jump distance in bytes from the first byte of the
//                 instruction (its prefix, if any); forward except JumpLoop
//   kFlag8        one-byte flags (never scaled)
//   kRuntimeId    RuntimeFunctionId (two bytes, never scaled)
#define OPERAND_TYPE_LIST(V) \
  V(Reg)                     \
  V(RegOut)                  \
  V(RegList)                 \
  V(RegOutList)              \
  V(RegCount)                \
  V(RegPair)                 \
  V(RegOutTriple)            \
  V(Imm)                     \
  V(UImm)                    \
  V(Idx)                     \
  V(Const)                   \
  V(Slot)                    \
  V(Depth)                   \
  V(Jump)                    \
  V(Flag8)                   \
  V(RuntimeId)

enum class OperandType : uint8_t {
#define V(Name) k##Name,
  OPERAND_TYPE_LIST(V)
#undef V
};

// Short spellings used inside BYTECODE_LIST so each entry fits on a line.
using Acc = AccumulatorUse;
using Op = OperandType;

// The bytecodes. Each entry is preceded by its doc comment:
//   Name <operand:kind> ...: semantics.
// "acc" is the accumulator; registers are named by their operand. A bytecode
// whose comment says "throws" leaves a pending exception and unwinds through
// the handler table (DESIGN.md "Exceptions"). Every bytecode that may call
// out (allocate, run JS, take an interrupt) is a safepoint.
//
// Order matters: the prefixes come first, the jumps are one contiguous
// range with the unconditional ones first (static_asserts in bytecodes.cc).
//
// V(Name, accumulator use, operand kinds...)
#define BYTECODE_LIST(V)                                                       \
  /* -- Prefixes and traps ----------------------------------------------- */ \
  /* Illegal: never emitted; a zero-filled buffer decodes to it (aborts). */   \
  V(Illegal, Acc::kNone)                                                       \
  /* Wide: the next bytecode's scalable operands are 2 bytes wide. */          \
  V(Wide, Acc::kNone)                                                          \
  /* ExtraWide: the next bytecode's scalable operands are 4 bytes wide. */     \
  V(ExtraWide, Acc::kNone)                                                     \
                                                                               \
  /* -- Accumulator loads ------------------------------------------------- */ \
  /* LdaZero: acc = 0 (int32). */                                              \
  V(LdaZero, Acc::kWrite)                                                      \
  /* LdaSmi <imm>: acc = imm as an int32. */                                   \
  V(LdaSmi, Acc::kWrite, Op::kImm)                                             \
  /* LdaUndefined: acc = undefined. */                                         \
  V(LdaUndefined, Acc::kWrite)                                                 \
  /* LdaNull: acc = null. */                                                   \
  V(LdaNull, Acc::kWrite)                                                      \
  /* LdaTheHole: acc = the hole (TDZ marker, never visible to JS). */          \
  V(LdaTheHole, Acc::kWrite)                                                   \
  /* LdaTrue: acc = true. */                                                   \
  V(LdaTrue, Acc::kWrite)                                                      \
  /* LdaFalse: acc = false. */                                                 \
  V(LdaFalse, Acc::kWrite)                                                     \
  /* LdaConstant <k:const>: acc = constant k (string, number, boilerplate). */ \
  V(LdaConstant, Acc::kWrite, Op::kConst)                                      \
                                                                               \
  /* -- Register transfers ------------------------------------------------ */ \
  /* Ldar <src>: acc = src. */                                                 \
  V(Ldar, Acc::kWrite, Op::kReg)                                               \
  /* Star <dst>: dst = acc. */                                                 \
  V(Star, Acc::kRead, Op::kRegOut)                                             \
  /* Mov <src> <dst>: dst = src; acc untouched. */                             \
  V(Mov, Acc::kNone, Op::kReg, Op::kRegOut)                                    \
                                                                               \
  /* -- Globals (PropertyCells of the global object, script lets first) --- */ \
  /* LdaGlobal <name:const> <slot>: acc = global name, looking in the */       \
  /* script-context table first; throws ReferenceError "name is not */         \
  /* defined" if absent. GlobalLoad feedback. */                               \
  V(LdaGlobal, Acc::kWrite, Op::kConst, Op::kSlot)                             \
  /* LdaGlobalInsideTypeof <name:const> <slot>: as LdaGlobal but an absent */  \
  /* name yields undefined (typeof undeclared). */                             \
  V(LdaGlobalInsideTypeof, Acc::kWrite, Op::kConst, Op::kSlot)                 \
  /* StaGlobal <name:const> <slot>: global name = acc (script lets first: */   \
  /* TDZ hole → ReferenceError, const → TypeError). In strict code an */       \
  /* absent name throws ReferenceError; sloppy code creates it. */             \
  V(StaGlobal, Acc::kRead, Op::kConst, Op::kSlot)                              \
                                                                               \
  /* -- Contexts ---------------------------------------------------------- */ \
  /* LdaContextSlot <ctx> <index:idx> <depth>: acc = slot index of the */      \
  /* context reached by following depth previous-links from ctx. */            \
  V(LdaContextSlot, Acc::kWrite, Op::kReg, Op::kIdx, Op::kDepth)               \
  /* LdaImmutableContextSlot <ctx> <index> <depth>: as LdaContextSlot; the */  \
  /* slot is never written after initialization (a JIT may fold it). */        \
  V(LdaImmutableContextSlot, Acc::kWrite, Op::kReg, Op::kIdx, Op::kDepth)      \
  /* LdaCurrentContextSlot <index:idx>: acc = current context's slot index. */ \
  V(LdaCurrentContextSlot, Acc::kWrite, Op::kIdx)                              \
  /* LdaImmutableCurrentContextSlot <index:idx>: immutable variant. */         \
  V(LdaImmutableCurrentContextSlot, Acc::kWrite, Op::kIdx)                     \
  /* StaContextSlot <ctx> <index:idx> <depth>: that slot = acc (barrier). */   \
  V(StaContextSlot, Acc::kRead, Op::kReg, Op::kIdx, Op::kDepth)               \
  /* StaCurrentContextSlot <index:idx>: current context's slot = acc. */       \
  V(StaCurrentContextSlot, Acc::kRead, Op::kIdx)                               \
  /* PushContext <saved:out>: saved = current context; context = acc. */       \
  V(PushContext, Acc::kRead, Op::kRegOut)                                      \
  /* PopContext <saved>: current context = saved. */                           \
  V(PopContext, Acc::kNone, Op::kReg)                                          \
  /* CreateFunctionContext <scope:const> <slots:uimm>: acc = new function */   \
  /* context (previous = current context) with slots slots, all undefined; */  \
  /* the prologue stores the hole into lexical slots explicitly. */            \
  V(CreateFunctionContext, Acc::kWrite, Op::kConst, Op::kUImm)                 \
  /* CreateBlockContext <scope:const>: acc = new block context (previous = */  \
  /* current context), slots undefined (holes are stored explicitly). */       \
  V(CreateBlockContext, Acc::kWrite, Op::kConst)                               \
  /* CreateCatchContext <exception> <scope:const>: acc = new catch context */ \
  /* (previous = current context), slots undefined; the generator then */     \
  /* stores the catch binding(s) itself (exception kept for debuggers). */    \
  V(CreateCatchContext, Acc::kWrite, Op::kReg, Op::kConst)                     \
                                                                               \
  /* -- Named and keyed properties ---------------------------------------- */ \
  /* GetNamedProperty <object> <name:const> <slot>: acc = object[name] */      \
  /* through the LoadIC; throws TypeError "Cannot read properties of */        \
  /* undefined (reading 'name')" for null/undefined. */                        \
  V(GetNamedProperty, Acc::kWrite, Op::kReg, Op::kConst, Op::kSlot)            \
  /* GetNamedPropertyFromSuper <receiver> <name:const> <slot>: acc holds */    \
  /* the home object; acc = home.[[Prototype]][name] with this = receiver. */  \
  V(GetNamedPropertyFromSuper, Acc::kReadWrite, Op::kReg, Op::kConst,          \
    Op::kSlot)                                                                 \
  /* GetKeyedProperty <object> <slot>: acc = object[acc] (KeyedLoadIC); */     \
  /* null/undefined object throws as GetNamedProperty. */                      \
  V(GetKeyedProperty, Acc::kReadWrite, Op::kReg, Op::kSlot)                    \
  /* SetNamedProperty <object> <name:const> <slot>: object[name] = acc */      \
  /* ([[Set]], StoreIC; strict code throws on failure); acc unchanged. */      \
  V(SetNamedProperty, Acc::kRead, Op::kReg, Op::kConst, Op::kSlot)             \
  /* DefineNamedOwnProperty <object> <name:const> <slot>: define own data */   \
  /* property name = acc (enumerable, writable, configurable), no setters */   \
  /* run (object literals, class fields). */                                   \
  V(DefineNamedOwnProperty, Acc::kRead, Op::kReg, Op::kConst, Op::kSlot)       \
  /* SetKeyedProperty <object> <key> <slot>: object[key] = acc ([[Set]], */    \
  /* KeyedStoreIC); acc unchanged. */                                          \
  V(SetKeyedProperty, Acc::kRead, Op::kReg, Op::kReg, Op::kSlot)               \
  /* DefineKeyedOwnProperty <object> <key> <flags:flag8> <slot>: define own */ \
  /* data property ToPropertyKey(key) = acc; flags bit 0: acc is an */         \
  /* anonymous function whose name becomes the key (computed keys). */         \
  V(DefineKeyedOwnProperty, Acc::kRead, Op::kReg, Op::kReg, Op::kFlag8,        \
    Op::kSlot)                                                                 \
  /* StaInArrayLiteral <array> <index> <slot>: define array[index] = acc */    \
  /* (array literal elements after a spread). */                               \
  V(StaInArrayLiteral, Acc::kRead, Op::kReg, Op::kReg, Op::kSlot)              \
  /* DeletePropertyStrict <object>: acc = delete object[acc]; a */             \
  /* non-configurable property throws TypeError. */                            \
  V(DeletePropertyStrict, Acc::kReadWrite, Op::kReg)                           \
  /* DeletePropertySloppy <object>: acc = delete object[acc] (false for a */   \
  /* non-configurable property). */                                            \
  V(DeletePropertySloppy, Acc::kReadWrite, Op::kReg)                           \
                                                                               \
  /* -- Binary operators: acc = lhs <op> acc, BinaryOp feedback ----------- */ \
  /* Add <lhs> <slot>: acc = lhs + acc (ToPrimitive, string concat). */        \
  V(Add, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* Sub <lhs> <slot>: acc = lhs - acc. */                                     \
  V(Sub, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* Mul <lhs> <slot>: acc = lhs * acc. */                                     \
  V(Mul, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* Div <lhs> <slot>: acc = lhs / acc. */                                     \
  V(Div, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* Mod <lhs> <slot>: acc = lhs % acc. */                                     \
  V(Mod, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* Exp <lhs> <slot>: acc = lhs ** acc. */                                    \
  V(Exp, Acc::kReadWrite, Op::kReg, Op::kSlot)                                 \
  /* BitwiseOr <lhs> <slot>: acc = lhs | acc. */                               \
  V(BitwiseOr, Acc::kReadWrite, Op::kReg, Op::kSlot)                           \
  /* BitwiseXor <lhs> <slot>: acc = lhs ^ acc. */                              \
  V(BitwiseXor, Acc::kReadWrite, Op::kReg, Op::kSlot)                          \
  /* BitwiseAnd <lhs> <slot>: acc = lhs & acc. */                              \
  V(BitwiseAnd, Acc::kReadWrite, Op::kReg, Op::kSlot)                          \
  /* ShiftLeft <lhs> <slot>: acc = lhs << acc. */                              \
  V(ShiftLeft, Acc::kReadWrite, Op::kReg, Op::kSlot)                           \
  /* ShiftRight <lhs> <slot>: acc = lhs >> acc. */                             \
  V(ShiftRight, Acc::kReadWrite, Op::kReg, Op::kSlot)                          \
  /* ShiftRightLogical <lhs> <slot>: acc = lhs >>> acc. */                     \
  V(ShiftRightLogical, Acc::kReadWrite, Op::kReg, Op::kSlot)                   \
                                                                               \
  /* -- Binary operators with an immediate: acc = acc <op> imm ----------- */ \
  /* AddSmi <imm> <slot>: acc = acc + imm. */                                  \
  V(AddSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* SubSmi <imm> <slot>: acc = acc - imm. */                                  \
  V(SubSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* MulSmi <imm> <slot>: acc = acc * imm. */                                  \
  V(MulSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* DivSmi <imm> <slot>: acc = acc / imm. */                                  \
  V(DivSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* ModSmi <imm> <slot>: acc = acc % imm. */                                  \
  V(ModSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* ExpSmi <imm> <slot>: acc = acc ** imm. */                                 \
  V(ExpSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                              \
  /* BitwiseOrSmi <imm> <slot>: acc = acc | imm. */                            \
  V(BitwiseOrSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                        \
  /* BitwiseXorSmi <imm> <slot>: acc = acc ^ imm. */                           \
  V(BitwiseXorSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                       \
  /* BitwiseAndSmi <imm> <slot>: acc = acc & imm. */                           \
  V(BitwiseAndSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                       \
  /* ShiftLeftSmi <imm> <slot>: acc = acc << imm. */                           \
  V(ShiftLeftSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                        \
  /* ShiftRightSmi <imm> <slot>: acc = acc >> imm. */                          \
  V(ShiftRightSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                       \
  /* ShiftRightLogicalSmi <imm> <slot>: acc = acc >>> imm. */                  \
  V(ShiftRightLogicalSmi, Acc::kReadWrite, Op::kImm, Op::kSlot)                \
                                                                               \
  /* -- Unary operators --------------------------------------------------- */ \
  /* Inc <slot>: acc = ToNumeric(acc) + 1. */                                  \
  V(Inc, Acc::kReadWrite, Op::kSlot)                                           \
  /* Dec <slot>: acc = ToNumeric(acc) - 1. */                                  \
  V(Dec, Acc::kReadWrite, Op::kSlot)                                           \
  /* Negate <slot>: acc = -acc. */                                             \
  V(Negate, Acc::kReadWrite, Op::kSlot)                                        \
  /* BitwiseNot <slot>: acc = ~acc. */                                         \
  V(BitwiseNot, Acc::kReadWrite, Op::kSlot)                                    \
  /* ToNumeric <slot>: acc = ToNumeric(acc) (unary +, postfix old value). */   \
  V(ToNumeric, Acc::kReadWrite, Op::kSlot)                                     \
  /* ToNumber <slot>: acc = ToNumber(acc). */                                  \
  V(ToNumber, Acc::kReadWrite, Op::kSlot)                                      \
  /* ToString: acc = ToString(acc) (template literal substitutions). */        \
  V(ToString, Acc::kReadWrite)                                                 \
  /* ToName: acc = ToPropertyKey(acc) (computed keys, evaluated once). */      \
  V(ToName, Acc::kReadWrite)                                                   \
  /* LogicalNot: acc = !acc; acc must already be a boolean. */                 \
  V(LogicalNot, Acc::kReadWrite)                                               \
  /* ToBooleanLogicalNot: acc = !ToBoolean(acc). */                            \
  V(ToBooleanLogicalNot, Acc::kReadWrite)                                      \
  /* TypeOf: acc = typeof acc (a string). */                                   \
  V(TypeOf, Acc::kReadWrite)                                                   \
                                                                               \
  /* -- Comparisons: acc = lhs <op> acc as a boolean --------------------- */ \
  /* TestEqual <lhs> <slot>: acc = lhs == acc. */                              \
  V(TestEqual, Acc::kReadWrite, Op::kReg, Op::kSlot)                           \
  /* TestEqualStrict <lhs> <slot>: acc = lhs === acc. */                       \
  V(TestEqualStrict, Acc::kReadWrite, Op::kReg, Op::kSlot)                     \
  /* TestLessThan <lhs> <slot>: acc = lhs < acc. */                            \
  V(TestLessThan, Acc::kReadWrite, Op::kReg, Op::kSlot)                        \
  /* TestGreaterThan <lhs> <slot>: acc = lhs > acc. */                         \
  V(TestGreaterThan, Acc::kReadWrite, Op::kReg, Op::kSlot)                     \
  /* TestLessThanOrEqual <lhs> <slot>: acc = lhs <= acc. */                    \
  V(TestLessThanOrEqual, Acc::kReadWrite, Op::kReg, Op::kSlot)                 \
  /* TestGreaterThanOrEqual <lhs> <slot>: acc = lhs >= acc. */                 \
  V(TestGreaterThanOrEqual, Acc::kReadWrite, Op::kReg, Op::kSlot)              \
  /* TestReferenceEqual <lhs>: acc = lhs is identical to acc (no */            \
  /* conversions, no feedback; internal sentinels). */                         \
  V(TestReferenceEqual, Acc::kReadWrite, Op::kReg)                             \
  /* TestInstanceOf <lhs> <slot>: acc = lhs instanceof acc; throws */          \
  /* TypeError if acc is not callable/has no [[HasInstance]]. */               \
  V(TestInstanceOf, Acc::kReadWrite, Op::kReg, Op::kSlot)                      \
  /* TestIn <key> <slot>: acc = key in acc; throws TypeError "Cannot use */    \
  /* 'in' operator to search for 'key' in acc" if acc is not an object. */     \
  V(TestIn, Acc::kReadWrite, Op::kReg, Op::kSlot)                              \
  /* TestUndetectable: acc = acc is null or undefined (== null). */            \
  V(TestUndetectable, Acc::kReadWrite)                                         \
  /* TestNull: acc = acc === null. */                                          \
  V(TestNull, Acc::kReadWrite)                                                 \
  /* TestUndefined: acc = acc === undefined. */                                \
  V(TestUndefined, Acc::kReadWrite)                                            \
  /* TestTypeOf <literal:flag8>: acc = typeof acc === literal, literal a */    \
  /* TypeOfLiteral (number string symbol boolean bigint undefined */           \
  /* function object other). */                                                \
  V(TestTypeOf, Acc::kReadWrite, Op::kFlag8)                                   \
                                                                               \
  /* -- Calls: the site's source range is in BytecodeUnit::call_sites ----- */ \
  /* CallProperty <callee> <args:list> <count> <slot>: acc = callee.call( */   \
  /* args[0], args[1..count-1]); args[0] is the receiver, known to be an */    \
  /* object expression's value. Throws TypeError "x is not a function". */     \
  V(CallProperty, Acc::kWrite, Op::kReg, Op::kRegList, Op::kRegCount,          \
    Op::kSlot)                                                                 \
  /* CallUndefinedReceiver <callee> <args:list> <count> <slot>: acc = */       \
  /* callee(args...) with this = undefined (sloppy callees see global). */     \
  V(CallUndefinedReceiver, Acc::kWrite, Op::kReg, Op::kRegList,                \
    Op::kRegCount, Op::kSlot)                                                  \
  /* CallAnyReceiver <callee> <args:list> <count> <slot>: as CallProperty */   \
  /* but args[0] may be any value (f.call-like sites, optional chains). */     \
  V(CallAnyReceiver, Acc::kWrite, Op::kReg, Op::kRegList, Op::kRegCount,       \
    Op::kSlot)                                                                 \
  /* CallWithSpread <callee> <args:list> <count> <slot>: as CallAnyReceiver */ \
  /* but the last argument is iterated and spread into the call. */            \
  V(CallWithSpread, Acc::kWrite, Op::kReg, Op::kRegList, Op::kRegCount,        \
    Op::kSlot)                                                                 \
  /* Construct <ctor> <args:list> <count> <slot>: acc = new ctor(args...) */   \
  /* with new.target = acc; throws "x is not a constructor". */                \
  V(Construct, Acc::kReadWrite, Op::kReg, Op::kRegList, Op::kRegCount,         \
    Op::kSlot)                                                                 \
  /* ConstructWithSpread <ctor> <args:list> <count> <slot>: as Construct, */   \
  /* last argument spread. */                                                  \
  V(ConstructWithSpread, Acc::kReadWrite, Op::kReg, Op::kRegList,              \
    Op::kRegCount, Op::kSlot)                                                  \
  /* CallRuntime <id:runtime> <args:list> <count>: acc = Runtime_id(args); */  \
  /* count equals the id's declared arity unless that is -1. */                \
  V(CallRuntime, Acc::kWrite, Op::kRuntimeId, Op::kRegList, Op::kRegCount)    \
                                                                               \
  /* -- Closures, literals and arguments ---------------------------------- */ \
  /* CreateClosure <function:const>: acc = new JSFunction for the nested */    \
  /* function unit at that constant, context = current context. */             \
  V(CreateClosure, Acc::kWrite, Op::kConst)                                    \
  /* CreateObjectLiteral <boilerplate:const> <slot> <flags:flag8>: acc = a */  \
  /* fresh object from the boilerplate (Literal feedback caches it). */        \
  V(CreateObjectLiteral, Acc::kWrite, Op::kConst, Op::kSlot, Op::kFlag8)       \
  /* CreateEmptyObjectLiteral: acc = {} (Object.prototype, no slack). */       \
  V(CreateEmptyObjectLiteral, Acc::kWrite)                                     \
  /* CreateArrayLiteral <boilerplate:const> <slot> <flags:flag8>: acc = a */   \
  /* fresh array from the boilerplate (holes stay holes). */                   \
  V(CreateArrayLiteral, Acc::kWrite, Op::kConst, Op::kSlot, Op::kFlag8)        \
  /* CreateEmptyArrayLiteral <slot>: acc = []. */                              \
  V(CreateEmptyArrayLiteral, Acc::kWrite, Op::kSlot)                           \
  /* CreateArrayFromIterable: acc = [...acc] (iteration protocol). */          \
  V(CreateArrayFromIterable, Acc::kReadWrite)                                  \
  /* CreateRegExpLiteral <pattern:const> <slot> <flags:flag8>: acc = new */    \
  /* RegExp (reserved: regexps come in a later issue). */                      \
  V(CreateRegExpLiteral, Acc::kWrite, Op::kConst, Op::kSlot, Op::kFlag8)      \
  /* GetTemplateObject <descriptor:const> <slot>: acc = the frozen strings */  \
  /* array (with .raw) of a tagged template site, cached per site. */          \
  V(GetTemplateObject, Acc::kWrite, Op::kConst, Op::kSlot)                     \
  /* CreateMappedArguments: acc = sloppy arguments object aliasing a0.. */     \
  V(CreateMappedArguments, Acc::kWrite)                                        \
  /* CreateUnmappedArguments: acc = strict arguments object (a copy). */       \
  V(CreateUnmappedArguments, Acc::kWrite)                                      \
  /* CreateRestParameter: acc = array of the actual arguments from index */    \
  /* parameter_count - 1 (the rest parameter's position) on. */                \
  V(CreateRestParameter, Acc::kWrite)                                          \
                                                                               \
  /* -- Classes and super ------------------------------------------------- */ \
  /* GetSuperConstructor <dst:out>: dst = acc.[[GetPrototypeOf]]() (acc is */  \
  /* the active function). */                                                  \
  V(GetSuperConstructor, Acc::kRead, Op::kRegOut)                              \
  /* ThrowIfNotSuperConstructor <ctor>: throws TypeError "Super */             \
  /* constructor X of anonymous class is not a constructor" unless ctor */     \
  /* is a constructor. */                                                      \
  V(ThrowIfNotSuperConstructor, Acc::kNone, Op::kReg)                          \
  /* ThrowSuperNotCalledIfHole: if acc is the hole throw ReferenceError */     \
  /* "Must call super constructor in derived class before accessing */         \
  /* 'this' or returning from derived constructor". */                         \
  V(ThrowSuperNotCalledIfHole, Acc::kRead)                                     \
  /* ThrowSuperAlreadyCalledIfNotHole: if acc is not the hole throw */         \
  /* ReferenceError "Super constructor may only be called once". */            \
  V(ThrowSuperAlreadyCalledIfNotHole, Acc::kRead)                              \
                                                                               \
  /* -- Control flow: jumps (contiguous, unconditional first) ------------- */ \
  /* Jump <delta>: pc += delta. */                                             \
  V(Jump, Acc::kNone, Op::kJump)                                               \
  /* JumpLoop <delta> <depth:uimm> <slot>: pc -= delta (a loop back-edge at */ \
  /* loop nesting depth; charges the interrupt budget, may OSR). */            \
  V(JumpLoop, Acc::kNone, Op::kJump, Op::kUImm, Op::kSlot)                     \
  /* JumpIfTrue <delta>: jump if acc is true (acc is a boolean). */            \
  V(JumpIfTrue, Acc::kRead, Op::kJump)                                         \
  /* JumpIfFalse <delta>: jump if acc is false (acc is a boolean). */          \
  V(JumpIfFalse, Acc::kRead, Op::kJump)                                        \
  /* JumpIfToBooleanTrue <delta>: jump if ToBoolean(acc). */                   \
  V(JumpIfToBooleanTrue, Acc::kRead, Op::kJump)                                \
  /* JumpIfToBooleanFalse <delta>: jump if !ToBoolean(acc). */                 \
  V(JumpIfToBooleanFalse, Acc::kRead, Op::kJump)                               \
  /* JumpIfNull <delta>: jump if acc === null. */                              \
  V(JumpIfNull, Acc::kRead, Op::kJump)                                         \
  /* JumpIfNotNull <delta>: jump if acc !== null. */                           \
  V(JumpIfNotNull, Acc::kRead, Op::kJump)                                      \
  /* JumpIfUndefined <delta>: jump if acc === undefined. */                    \
  V(JumpIfUndefined, Acc::kRead, Op::kJump)                                    \
  /* JumpIfNotUndefined <delta>: jump if acc !== undefined. */                 \
  V(JumpIfNotUndefined, Acc::kRead, Op::kJump)                                 \
  /* JumpIfUndefinedOrNull <delta>: jump if acc == null. */                    \
  V(JumpIfUndefinedOrNull, Acc::kRead, Op::kJump)                              \
  /* JumpIfJSReceiver <delta>: jump if acc is an object (not a primitive). */  \
  V(JumpIfJSReceiver, Acc::kRead, Op::kJump)                                   \
                                                                               \
  /* -- Control flow: tables ---------------------------------------------- */ \
  /* SwitchOnSmiNoFeedback <table:const> <length:uimm> <base:imm>: if acc */   \
  /* is an int32 v with 0 <= v - base < length, jump by the delta stored */    \
  /* (as a JumpTableEntry) in constant table + v - base; else fall through. */ \
  V(SwitchOnSmiNoFeedback, Acc::kRead, Op::kConst, Op::kUImm, Op::kImm)        \
                                                                               \
  /* -- for-in: the whole state lives in registers ------------------------ */ \
  /* ForInEnumerate <receiver>: acc = the enumeration of receiver (an enum */  \
  /* cache or a key array, spec order; null/undefined enumerate nothing). */   \
  V(ForInEnumerate, Acc::kWrite, Op::kReg)                                     \
  /* ForInPrepare <state:out3> <slot>: from acc (ForInEnumerate's result) */   \
  /* write cache_type, cache_array, cache_length to state[0..2]. */            \
  V(ForInPrepare, Acc::kRead, Op::kRegOutTriple, Op::kSlot)                    \
  /* ForInContinue <index> <cache_length>: acc = index < cache_length. */      \
  V(ForInContinue, Acc::kWrite, Op::kReg, Op::kReg)                            \
  /* ForInNext <receiver> <index> <cache:pair> <slot>: acc = key at index */   \
  /* of cache_array (cache = cache_type, cache_array), or undefined if it */   \
  /* was deleted from receiver meanwhile (the loop skips it). */               \
  V(ForInNext, Acc::kWrite, Op::kReg, Op::kReg, Op::kRegPair, Op::kSlot)       \
  /* ForInStep <index>: index = index + 1 (int32). */                          \
  V(ForInStep, Acc::kNone, Op::kReg)                                           \
                                                                               \
  /* -- Iteration --------------------------------------------------------- */ \
  /* GetIterator <object> <load:slot> <call:slot>: acc = */                    \
  /* object[Symbol.iterator](); throws TypeError "x is not iterable" if */     \
  /* the method is missing or the result is not an object. */                  \
  V(GetIterator, Acc::kWrite, Op::kReg, Op::kSlot, Op::kSlot)                  \
                                                                               \
  /* -- Exceptions and returns -------------------------------------------- */ \
  /* Throw: throw acc. */                                                      \
  V(Throw, Acc::kRead)                                                         \
  /* ReThrow: throw acc again, keeping the pending message (throw site). */    \
  V(ReThrow, Acc::kRead)                                                       \
  /* Return: return acc to the caller (charges the interrupt budget). */       \
  V(Return, Acc::kRead)                                                        \
  /* ThrowReferenceErrorIfHole <name:const>: if acc is the hole throw */       \
  /* ReferenceError "Cannot access 'name' before initialization". */           \
  V(ThrowReferenceErrorIfHole, Acc::kRead, Op::kConst)                         \
  /* SetPendingMessage: swap acc with the isolate's pending message (the */    \
  /* recorded throw site); the hole means "none". */                           \
  V(SetPendingMessage, Acc::kReadWrite)                                        \
                                                                               \
  /* -- Generators (docs/bytecode.md "Generators") ------------------------ */ \
  /* SwitchOnGeneratorState <gen> <table:const> <length:uimm>: if gen is */    \
  /* undefined fall through (a fresh call); else mark it executing and */      \
  /* jump through the table at its suspend id (a resume). */                   \
  V(SwitchOnGeneratorState, Acc::kNone, Op::kReg, Op::kConst, Op::kUImm)       \
  /* SuspendGenerator <gen> <regs:list> <count> <suspend_id:uimm>: copy the */ \
  /* parameters, regs and the context into gen (one bulk write barrier), */    \
  /* record suspend_id and return acc to the resumer. */                       \
  V(SuspendGenerator, Acc::kRead, Op::kReg, Op::kRegList, Op::kRegCount,       \
    Op::kUImm)                                                                 \
  /* ResumeGenerator <gen> <regs:outlist> <count>: copy the saved */           \
  /* registers back; acc = the value sent into the generator. */               \
  V(ResumeGenerator, Acc::kWrite, Op::kReg, Op::kRegOutList, Op::kRegCount)    \
                                                                               \
  /* -- Debugging --------------------------------------------------------- */ \
  /* Debugger: the `debugger` statement (no-op without a debugger). */         \
  V(Debugger, Acc::kNone)

enum class Bytecode : uint8_t {
#define V(Name, ...) k##Name,
  BYTECODE_LIST(V)
#undef V
};

inline constexpr int kBytecodeCount = 0
#define V(...) +1
    BYTECODE_LIST(V);
#undef V

// Operand scale selected by a prefix (or its absence).
enum class OperandScale : uint8_t { kSingle = 1, kDouble = 2, kQuadruple = 4 };
inline constexpr int kOperandScaleCount = 3;
inline constexpr int kMaxOperands = 5;

struct BytecodeInfo {
  const char* name;
  AccumulatorUse accumulator_use;
  uint8_t operand_count;
  OperandType operands[kMaxOperands];
  // Instruction size without prefix, per scale (single, double, quadruple).
  uint8_t size[kOperandScaleCount];
};

extern const BytecodeInfo kBytecodeInfo[kBytecodeCount];

// -- Operand helpers ------------------------------------------------------
constexpr bool IsRegisterOperand(OperandType t) {
  return t == OperandType::kReg || t == OperandType::kRegOut || t == OperandType::kRegList ||
         t == OperandType::kRegOutList || t == OperandType::kRegPair ||
         t == OperandType::kRegOutTriple;
}
constexpr bool IsSignedOperand(OperandType t) {
  return IsRegisterOperand(t) || t == OperandType::kImm;
}
constexpr bool IsScalableOperand(OperandType t) {
  return t != OperandType::kFlag8 && t != OperandType::kRuntimeId;
}
constexpr int OperandSize(OperandType t, OperandScale scale) {
  if (t == OperandType::kFlag8) return 1;
  if (t == OperandType::kRuntimeId) return 2;
  return static_cast<int>(scale);
}
constexpr int ScaleIndex(OperandScale scale) {
  return scale == OperandScale::kSingle ? 0 : scale == OperandScale::kDouble ? 1 : 2;
}
const char* OperandTypeName(OperandType t);

// -- Bytecode predicates --------------------------------------------------
inline const BytecodeInfo& InfoOf(Bytecode b) { return kBytecodeInfo[static_cast<int>(b)]; }
inline const char* BytecodeName(Bytecode b) { return InfoOf(b).name; }
inline int OperandCount(Bytecode b) { return InfoOf(b).operand_count; }
inline OperandType OperandTypeOf(Bytecode b, int i) { return InfoOf(b).operands[i]; }
inline AccumulatorUse AccumulatorUseOf(Bytecode b) { return InfoOf(b).accumulator_use; }
// Size of the instruction at {scale}, not counting the prefix byte.
inline int BytecodeSize(Bytecode b, OperandScale scale) {
  return InfoOf(b).size[ScaleIndex(scale)];
}
// Byte offset of operand {i} from the bytecode byte.
int OperandOffset(Bytecode b, int i, OperandScale scale);

constexpr bool IsPrefix(Bytecode b) { return b == Bytecode::kWide || b == Bytecode::kExtraWide; }
constexpr bool IsJump(Bytecode b) { return b >= Bytecode::kJump && b <= Bytecode::kJumpIfJSReceiver; }
constexpr bool IsConditionalJump(Bytecode b) {
  return b >= Bytecode::kJumpIfTrue && b <= Bytecode::kJumpIfJSReceiver;
}
constexpr bool IsForwardJump(Bytecode b) { return IsJump(b) && b != Bytecode::kJumpLoop; }
constexpr bool IsSwitch(Bytecode b) {
  return b == Bytecode::kSwitchOnSmiNoFeedback || b == Bytecode::kSwitchOnGeneratorState;
}
// Bytecodes after which control never falls through.
constexpr bool IsUnconditionalTransfer(Bytecode b) {
  return b == Bytecode::kJump || b == Bytecode::kJumpLoop || b == Bytecode::kReturn ||
         b == Bytecode::kThrow || b == Bytecode::kReThrow;
}
constexpr Bytecode PrefixForScale(OperandScale scale) {
  return scale == OperandScale::kDouble ? Bytecode::kWide : Bytecode::kExtraWide;
}
constexpr OperandScale ScaleForPrefix(Bytecode prefix) {
  return prefix == Bytecode::kWide ? OperandScale::kDouble : OperandScale::kQuadruple;
}

// Smallest scale at which {value} fits an operand of type {t}.
OperandScale ScaleForOperand(OperandType t, int64_t value);

// TestTypeOf's flag operand: the literal typeof compares against.
#define TYPEOF_LITERAL_LIST(V) \
  V(Number, "number")          \
  V(String, "string")          \
  V(Symbol, "symbol")          \
  V(Boolean, "boolean")        \
  V(BigInt, "bigint")          \
  V(Undefined, "undefined")    \
  V(Function, "function")      \
  V(Object, "object")          \
  V(Other, "other")

enum class TypeOfLiteral : uint8_t {
#define V(Name, string) k##Name,
  TYPEOF_LITERAL_LIST(V)
#undef V
};

// Flags of CreateObjectLiteral / CreateArrayLiteral.
struct LiteralFlags {
  static constexpr uint8_t kNone = 0;
  static constexpr uint8_t kFastShallowClone = 1 << 0;  // every value is in the boilerplate
  static constexpr uint8_t kHasNullPrototype = 1 << 1;  // `__proto__: null` (object)
};
// Flags of DefineKeyedOwnProperty.
struct DefineKeyedOwnFlags {
  static constexpr uint8_t kNone = 0;
  static constexpr uint8_t kSetFunctionName = 1 << 0;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODES_H_
