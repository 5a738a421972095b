// Copyright the Lucid authors. MIT license.
//
// jit/macro_assembler.h on x86-64 (System V), with asmjit's x86::Assembler.
// Register roles are in the header; rcx, rdx, rsi, rdi, r8-r11 are scratch.

#include <asmjit/x86.h>

#include "jit/macro_assembler.h"
#include "gc/page.h"
#include "gc/write_barrier.h"
#include "vm/frames.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/ic/handler.h"
#include "vm/objects/context.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_object.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/property_details.h"
#include "vm/objects/js_function.h"
#include "vm/value.h"

namespace lucid::jit {

namespace x86 = asmjit::x86;
using asmjit::Imm;

namespace {

const x86::Gp kAcc = x86::rax;
const x86::Gp kFp = x86::r12;
const x86::Gp kIsolate = x86::r13;
const x86::Gp kIsolateData = x86::r14;
const x86::Gp kInt32Tag = x86::r15;

x86::Mem Slot(int slot) { return x86::qword_ptr(kFp, slot * static_cast<int>(sizeof(Value))); }

constexpr uint32_t kInt32TagHigh = static_cast<uint32_t>(Value::kInt32Tag >> 32);

}  // namespace

struct MacroAssembler::Impl {
  explicit Impl(asmjit::CodeHolder* code) : a(code) {}
  x86::Assembler a;
  asmjit::Label ToAsm(Label label) { return asmjit::Label(label.id); }

  // Jumps to {slow} unless {reg} holds an int32 Value (clobbers rcx... no:
  // uses {scratch}).
  void CheckInt32(const x86::Gp& reg, const x86::Gp& scratch, Label slow) {
    a.mov(scratch, reg);
    a.shr(scratch, 32);
    a.cmp(scratch.r32(), Imm(kInt32TagHigh));
    a.jne(ToAsm(slow));
  }
  // acc = tag | low 32 bits of {reg} (whose upper half is zero).
  void BoxInt32(const x86::Gp& reg) {
    a.or_(reg, kInt32Tag);
    if (reg != kAcc) a.mov(kAcc, reg);
  }
  // reg = the cell address of the heap-object Value in reg.
  void Untag(const x86::Gp& reg) {
    a.shl(reg, 16);
    a.shr(reg, 16);
  }
  // rcx = the context {depth} links up from fp[context_slot].
  void LoadContext(int context_slot, int depth) {
    a.mov(x86::rcx, Slot(context_slot));
    Untag(x86::rcx);
    for (int i = 0; i < depth; i++) {
      a.mov(x86::rcx, x86::qword_ptr(x86::rcx, FixedArray::OffsetOfElementAt(Context::kPreviousIndex)));
      Untag(x86::rcx);
    }
  }
  // The write barrier after `[rdx] = acc` into the cell at rcx: records the
  // slot when an old cell now points to a young one. Keeps acc.
  void WriteBarrier() {
    asmjit::Label done = a.newLabel();
    a.mov(x86::r8, kAcc);
    a.shr(x86::r8, 48);
    a.cmp(x86::r8d, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
    a.jne(done);
    a.mov(x86::r8, kAcc);
    Untag(x86::r8);
    a.and_(x86::r8, Imm(-static_cast<int64_t>(kPageSize)));
    a.test(x86::byte_ptr(x86::r8, MemoryChunk::kFlagsOffset), Imm(MemoryChunk::kYoung));
    a.jz(done);
    a.mov(x86::r8, x86::rcx);
    a.and_(x86::r8, Imm(-static_cast<int64_t>(kPageSize)));
    a.test(x86::byte_ptr(x86::r8, MemoryChunk::kFlagsOffset), Imm(MemoryChunk::kYoung));
    a.jnz(done);
    a.mov(x86::rbx, kAcc);
    a.mov(x86::rdi, x86::rcx);
    a.mov(x86::rsi, x86::rdx);
    a.mov(x86::r11, Imm(reinterpret_cast<uint64_t>(&WriteBarrier::RecordSlotSlow)));
    a.call(x86::r11);
    a.mov(kAcc, x86::rbx);
    a.bind(done);
  }
  // acc = true when the condition code holds, else false.
  void AccFromCondition(x86::CondCode cc) {
    a.set(cc, x86::cl);
    a.movzx(x86::ecx, x86::cl);
    a.mov(kAcc, Imm(Value::kFalseBits));
    a.or_(kAcc, x86::rcx);  // kTrueBits == kFalseBits | 1
  }
};

static_assert(Value::kTrueBits == (Value::kFalseBits | 1));
static_assert((Value::kNullBits ^ Value::kUndefinedBits) == 1);

MacroAssembler::MacroAssembler(asmjit::CodeHolder* code) : impl_(std::make_unique<Impl>(code)) {}
MacroAssembler::~MacroAssembler() = default;

Label MacroAssembler::NewLabel() { return Label{impl_->a.newLabel().id()}; }
void MacroAssembler::Bind(Label label) { impl_->a.bind(impl_->ToAsm(label)); }
size_t MacroAssembler::pc_offset() const { return impl_->a.offset(); }
void MacroAssembler::Comment(const char* text) { impl_->a.comment(text); }

// -- Entry and exit --------------------------------------------------------------------

// Native frame: return address, rbp, rbx r12 r13 r14 r15, one pad word so rsp
// stays 16-byte aligned at calls (8 + 8 + 5 * 8 + 8 = 64).
void MacroAssembler::Prologue() {
  auto& a = impl_->a;
  a.push(x86::rbp);
  a.mov(x86::rbp, x86::rsp);
  a.push(x86::rbx);
  a.push(kFp);
  a.push(kIsolate);
  a.push(kIsolateData);
  a.push(kInt32Tag);
  a.sub(x86::rsp, 8);
  a.mov(kIsolate, x86::rdi);
  a.mov(kFp, x86::rsi);
  a.mov(kIsolateData, x86::rdx);
  a.mov(kInt32Tag, Imm(Value::kInt32Tag));
}

void MacroAssembler::JumpIfNativeStackOverflow(Label overflow) {
  auto& a = impl_->a;
  a.cmp(x86::rsp, x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateNativeStackLimitOffset)));
  a.jb(impl_->ToAsm(overflow));
}

void MacroAssembler::EpilogueAndReturn() {
  auto& a = impl_->a;
  a.add(x86::rsp, 8);
  a.pop(kInt32Tag);
  a.pop(kIsolateData);
  a.pop(kIsolate);
  a.pop(kFp);
  a.pop(x86::rbx);
  a.pop(x86::rbp);
  a.ret();
}

// -- The accumulator and frame slots ------------------------------------------------------

void MacroAssembler::LoadAccImmediate(uint64_t bits) { impl_->a.mov(kAcc, Imm(bits)); }
void MacroAssembler::LoadAcc(int slot) { impl_->a.mov(kAcc, Slot(slot)); }
void MacroAssembler::StoreAcc(int slot) { impl_->a.mov(Slot(slot), kAcc); }
void MacroAssembler::CopySlot(int from, int to) {
  impl_->a.mov(x86::rcx, Slot(from));
  impl_->a.mov(Slot(to), x86::rcx);
}
void MacroAssembler::IncrementInt32Slot(int slot) {
  impl_->a.add(x86::dword_ptr(kFp, slot * static_cast<int>(sizeof(Value))), 1);
}
void MacroAssembler::LoadAccFromAddress(const void* address) {
  impl_->a.mov(x86::rcx, Imm(reinterpret_cast<uint64_t>(address)));
  impl_->a.mov(kAcc, x86::qword_ptr(x86::rcx));
}

// -- Contexts -------------------------------------------------------------------------------

void MacroAssembler::LoadContextSlot(int context_slot, int depth, int index) {
  impl_->LoadContext(context_slot, depth);
  impl_->a.mov(kAcc, x86::qword_ptr(x86::rcx, FixedArray::OffsetOfElementAt(Context::kHeaderSlots + index)));
}

void MacroAssembler::StoreContextSlot(int context_slot, int depth, int index) {
  impl_->LoadContext(context_slot, depth);
  impl_->a.lea(x86::rdx, x86::qword_ptr(x86::rcx, FixedArray::OffsetOfElementAt(Context::kHeaderSlots + index)));
  impl_->a.mov(x86::qword_ptr(x86::rdx), kAcc);
  impl_->WriteBarrier();
}

// -- Safepoints and calls out ---------------------------------------------------------------

void MacroAssembler::SaveState(int32_t bytecode_offset, int sp_slot) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Imm(Value::FromInt32(bytecode_offset).raw_bits()));
  a.mov(Slot(kBytecodeOffsetSlot), x86::rcx);
  a.mov(Slot(kAccumulatorSlot), kAcc);
  a.lea(x86::rcx, Slot(sp_slot));
  a.mov(x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateJSSpOffset)), x86::rcx);
}

void MacroAssembler::CallHelper(HelperFunction helper, uint64_t a0, uint64_t a1) {
  auto& a = impl_->a;
  a.mov(x86::rdi, kIsolate);
  a.mov(x86::rsi, kFp);
  a.mov(x86::rdx, kAcc);
  a.mov(x86::rcx, Imm(a0));
  a.mov(x86::r8, Imm(a1));
  a.mov(x86::r11, Imm(reinterpret_cast<uint64_t>(helper)));
  a.call(x86::r11);
}

void MacroAssembler::CallPreparedOrJump(int sp_slot, Label not_prepared) {
  auto& a = impl_->a;
  a.test(kAcc, kAcc);
  a.jz(impl_->ToAsm(not_prepared));
  a.mov(x86::r11, x86::rdx);
  a.mov(x86::rdi, kIsolate);
  a.mov(x86::rsi, kAcc);
  a.mov(x86::rdx, kIsolateData);
  a.call(x86::r11);
  a.mov(x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateJSFpOffset)), kFp);
  a.lea(x86::rcx, Slot(sp_slot));
  a.mov(x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateJSSpOffset)), x86::rcx);
}

void MacroAssembler::JumpIfAccIsException(Label target) {
  JumpIfAccEquals(Value::kExceptionBits, target);
}

// -- Branches ------------------------------------------------------------------------------------

void MacroAssembler::Jump(Label target) { impl_->a.jmp(impl_->ToAsm(target)); }

void MacroAssembler::JumpIfAccEquals(uint64_t bits, Label target) {
  impl_->a.mov(x86::rcx, Imm(bits));
  impl_->a.cmp(kAcc, x86::rcx);
  impl_->a.je(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfAccNotEquals(uint64_t bits, Label target) {
  impl_->a.mov(x86::rcx, Imm(bits));
  impl_->a.cmp(kAcc, x86::rcx);
  impl_->a.jne(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfAccIsUndefinedOrNull(Label target) {
  auto& a = impl_->a;
  a.mov(x86::rcx, kAcc);
  a.or_(x86::rcx, 1);
  a.mov(x86::rdx, Imm(Value::kNullBits));
  a.cmp(x86::rcx, x86::rdx);
  a.je(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfAccIsNotUndefinedOrNull(Label target) {
  auto& a = impl_->a;
  a.mov(x86::rcx, kAcc);
  a.or_(x86::rcx, 1);
  a.mov(x86::rdx, Imm(Value::kNullBits));
  a.cmp(x86::rcx, x86::rdx);
  a.jne(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfPredicate(HelperFunction predicate, bool expected, Label target) {
  auto& a = impl_->a;
  a.mov(x86::rbx, kAcc);  // rbx is callee-saved
  a.mov(x86::rdi, kAcc);
  a.mov(x86::r11, Imm(reinterpret_cast<uint64_t>(predicate)));
  a.call(x86::r11);
  a.test(x86::eax, x86::eax);
  a.mov(kAcc, x86::rbx);  // mov leaves the flags alone
  if (expected) {
    a.jnz(impl_->ToAsm(target));
  } else {
    a.jz(impl_->ToAsm(target));
  }
}

void MacroAssembler::JumpIfSlotEquals(int slot, uint64_t bits, Label target) {
  impl_->a.mov(x86::rcx, Imm(bits));
  impl_->a.cmp(Slot(slot), x86::rcx);
  impl_->a.je(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfSlotNotEquals(int slot, uint64_t bits, Label target) {
  impl_->a.mov(x86::rcx, Imm(bits));
  impl_->a.cmp(Slot(slot), x86::rcx);
  impl_->a.jne(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfSlotIsJSReceiver(int slot, Label target) {
  auto& a = impl_->a;
  asmjit::Label no = a.newLabel();
  a.mov(x86::rcx, Slot(slot));
  a.mov(x86::rdx, x86::rcx);
  a.shr(x86::rdx, 48);
  a.cmp(x86::edx, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.jne(no);
  impl_->Untag(x86::rcx);
  a.mov(x86::rcx, x86::qword_ptr(x86::rcx, HeapObject::kShapeOffset));  // a raw shape pointer
  a.movzx(x86::ecx, x86::word_ptr(x86::rcx, ShapeLayout::kInstanceTypeOffset));
  a.sub(x86::ecx, Imm(static_cast<int>(kFirstJSReceiverType)));
  a.cmp(x86::ecx, Imm(static_cast<int>(kLastJSReceiverType) - static_cast<int>(kFirstJSReceiverType)));
  a.jbe(impl_->ToAsm(target));
  a.bind(no);
}

void MacroAssembler::JumpIfAccLow32Equals(int32_t value, Label target) {
  impl_->a.cmp(kAcc.r32(), Imm(value));
  impl_->a.je(impl_->ToAsm(target));
}

void MacroAssembler::JumpIfAccLow32NotZero(Label target) {
  impl_->a.test(kAcc.r32(), kAcc.r32());
  impl_->a.jnz(impl_->ToAsm(target));
}

void MacroAssembler::JumpTableOnInt32Acc(int32_t base, int count, const Label* targets) {
  // A compare chain: switch tables here are small (generator resume points,
  // finally tokens).
  auto& a = impl_->a;
  asmjit::Label done = a.newLabel();
  impl_->CheckInt32(kAcc, x86::rcx, Label{done.id()});
  for (int i = 0; i < count; i++) {
    a.cmp(kAcc.r32(), Imm(static_cast<int64_t>(base) + i));
    a.je(impl_->ToAsm(targets[i]));
  }
  a.bind(done);
}

// -- Int32 fast paths ----------------------------------------------------------------------------

namespace {

// ecx = ecx op edx for the operations with an int32 fast path; jumps to
// slow on overflow or a non-int32 result. False when {op} has none.
bool EmitInt32Op(x86::Assembler& a, Operation op, asmjit::Label slow) {
  switch (op) {
    case Operation::kAdd:
      a.add(x86::ecx, x86::edx);
      a.jo(slow);
      return true;
    case Operation::kSub:
      a.sub(x86::ecx, x86::edx);
      a.jo(slow);
      return true;
    case Operation::kMul:
      a.imul(x86::ecx, x86::edx);
      a.jo(slow);
      // A zero product may be -0 (0 * -5): the slow path decides.
      a.test(x86::ecx, x86::ecx);
      a.jz(slow);
      return true;
    case Operation::kMod:
      // A non-negative dividend and a positive divisor: no -0, no overflow
      // (the interpreter's Int32Mod). idiv clobbers eax: only on this path,
      // which ends by writing the accumulator.
      a.test(x86::ecx, x86::ecx);
      a.js(slow);
      a.test(x86::edx, x86::edx);
      a.jle(slow);
      a.mov(x86::r8d, x86::edx);
      a.mov(x86::eax, x86::ecx);
      a.cdq();
      a.idiv(x86::r8d);
      a.mov(x86::ecx, x86::edx);
      return true;
    case Operation::kBitwiseOr: a.or_(x86::ecx, x86::edx); return true;
    case Operation::kBitwiseXor: a.xor_(x86::ecx, x86::edx); return true;
    case Operation::kBitwiseAnd: a.and_(x86::ecx, x86::edx); return true;
    case Operation::kShiftLeft:
    case Operation::kShiftRight:
    case Operation::kShiftRightLogical:
      // The count must be in cl: swap so ecx is the count.
      a.xchg(x86::ecx, x86::edx);
      if (op == Operation::kShiftLeft) a.shl(x86::edx, x86::cl);
      else if (op == Operation::kShiftRight) a.sar(x86::edx, x86::cl);
      else a.shr(x86::edx, x86::cl);
      a.mov(x86::ecx, x86::edx);
      if (op == Operation::kShiftRightLogical) {
        // Above INT32_MAX the result is a double.
        a.test(x86::ecx, x86::ecx);
        a.js(slow);
      }
      return true;
    default: return false;
  }
}

}  // namespace

void MacroAssembler::Int32BinaryOp(Operation op, int lhs_slot, Label slow) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Slot(lhs_slot));
  impl_->CheckInt32(x86::rcx, x86::rdx, slow);
  impl_->CheckInt32(kAcc, x86::rdx, slow);
  a.mov(x86::ecx, x86::ecx);  // the int32 payloads
  a.mov(x86::edx, kAcc.r32());
  CHECK(EmitInt32Op(a, op, impl_->ToAsm(slow)));
  a.mov(x86::ecx, x86::ecx);  // zero the upper half
  impl_->BoxInt32(x86::rcx);
}

void MacroAssembler::Int32BinaryOpWithImmediate(Operation op, int32_t rhs, Label slow) {
  auto& a = impl_->a;
  impl_->CheckInt32(kAcc, x86::rdx, slow);
  a.mov(x86::ecx, kAcc.r32());
  a.mov(x86::edx, Imm(rhs));
  CHECK(EmitInt32Op(a, op, impl_->ToAsm(slow)));
  a.mov(x86::ecx, x86::ecx);
  impl_->BoxInt32(x86::rcx);
}

void MacroAssembler::Int32Compare(Operation op, int lhs_slot, Label slow) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Slot(lhs_slot));
  impl_->CheckInt32(x86::rcx, x86::rdx, slow);
  impl_->CheckInt32(kAcc, x86::rdx, slow);
  a.cmp(x86::ecx, kAcc.r32());
  x86::CondCode cc = x86::CondCode::kL;
  switch (op) {
    case Operation::kLessThan: cc = x86::CondCode::kL; break;
    case Operation::kGreaterThan: cc = x86::CondCode::kG; break;
    case Operation::kLessThanOrEqual: cc = x86::CondCode::kLE; break;
    case Operation::kGreaterThanOrEqual: cc = x86::CondCode::kGE; break;
    default: UNREACHABLE();
  }
  impl_->AccFromCondition(cc);
}

namespace {

// xmm = the number in {reg} (int32 or double); {slow} if not a number.
// Clobbers r8.
void UnboxNumber(x86::Assembler& a, const x86::Gp& reg, const x86::Xmm& xmm, asmjit::Label slow) {
  asmjit::Label not_int32 = a.newLabel(), done = a.newLabel();
  a.mov(x86::r8, reg);
  a.shr(x86::r8, 32);
  a.cmp(x86::r8d, Imm(kInt32TagHigh));
  a.jne(not_int32);
  a.cvtsi2sd(xmm, reg.r32());
  a.jmp(done);
  a.bind(not_int32);
  a.mov(x86::r8, Imm(Value::kPointerTag));
  a.cmp(reg, x86::r8);
  a.jae(slow);
  a.movq(xmm, reg);
  a.bind(done);
}

// acc = Value::FromDouble(xmm0). Clobbers rcx, rdx, xmm1.
void BoxDouble(x86::Assembler& a) {
  asmjit::Label not_int = a.newLabel(), is_int = a.newLabel(), nan = a.newLabel(), done = a.newLabel();
  a.cvttsd2si(x86::ecx, x86::xmm0);
  a.cvtsi2sd(x86::xmm1, x86::ecx);
  a.ucomisd(x86::xmm0, x86::xmm1);
  a.jp(not_int);
  a.jne(not_int);
  a.test(x86::ecx, x86::ecx);
  a.jnz(is_int);
  a.movq(x86::rdx, x86::xmm0);
  a.test(x86::rdx, x86::rdx);
  a.js(not_int);  // -0
  a.bind(is_int);
  a.mov(x86::eax, x86::ecx);
  a.or_(kAcc, kInt32Tag);
  a.jmp(done);
  a.bind(not_int);
  a.ucomisd(x86::xmm0, x86::xmm0);
  a.jp(nan);
  a.movq(kAcc, x86::xmm0);
  a.jmp(done);
  a.bind(nan);
  a.mov(kAcc, Imm(Value::kCanonicalNaNBits));
  a.bind(done);
}

void EmitDoubleOp(x86::Assembler& a, Operation op) {
  switch (op) {
    case Operation::kAdd: a.addsd(x86::xmm0, x86::xmm1); break;
    case Operation::kSub: a.subsd(x86::xmm0, x86::xmm1); break;
    case Operation::kMul: a.mulsd(x86::xmm0, x86::xmm1); break;
    case Operation::kDiv: a.divsd(x86::xmm0, x86::xmm1); break;
    default: UNREACHABLE();
  }
}

}  // namespace

void MacroAssembler::NumberBinaryOp(Operation op, int lhs_slot, Label slow) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Slot(lhs_slot));
  UnboxNumber(a, x86::rcx, x86::xmm0, impl_->ToAsm(slow));
  UnboxNumber(a, kAcc, x86::xmm1, impl_->ToAsm(slow));
  EmitDoubleOp(a, op);
  BoxDouble(a);
}

void MacroAssembler::NumberBinaryOpWithImmediate(Operation op, int32_t rhs, Label slow) {
  auto& a = impl_->a;
  UnboxNumber(a, kAcc, x86::xmm0, impl_->ToAsm(slow));
  a.mov(x86::ecx, Imm(rhs));
  a.cvtsi2sd(x86::xmm1, x86::ecx);
  EmitDoubleOp(a, op);
  BoxDouble(a);
}

void MacroAssembler::NumberCompare(Operation op, int lhs_slot, Label slow) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Slot(lhs_slot));
  UnboxNumber(a, x86::rcx, x86::xmm0, impl_->ToAsm(slow));
  UnboxNumber(a, kAcc, x86::xmm1, impl_->ToAsm(slow));
  // Unordered (NaN) sets CF and ZF, so "above" and "above or equal" with
  // the operands arranged are false for NaN.
  switch (op) {
    case Operation::kLessThan:
      a.ucomisd(x86::xmm1, x86::xmm0);
      impl_->AccFromCondition(x86::CondCode::kA);
      break;
    case Operation::kLessThanOrEqual:
      a.ucomisd(x86::xmm1, x86::xmm0);
      impl_->AccFromCondition(x86::CondCode::kAE);
      break;
    case Operation::kGreaterThan:
      a.ucomisd(x86::xmm0, x86::xmm1);
      impl_->AccFromCondition(x86::CondCode::kA);
      break;
    case Operation::kGreaterThanOrEqual:
      a.ucomisd(x86::xmm0, x86::xmm1);
      impl_->AccFromCondition(x86::CondCode::kAE);
      break;
    default: UNREACHABLE();
  }
}

void MacroAssembler::StrictEqualsByBits(int lhs_slot, Label slow) {
  // Both int32: compare. Otherwise equal bits decide "true" unless the value
  // is a double (NaN !== NaN); unequal bits of two non-numbers, non-strings
  // decide "false" -- left to the slow path here except for int32 pairs.
  auto& a = impl_->a;
  a.mov(x86::rcx, Slot(lhs_slot));
  impl_->CheckInt32(x86::rcx, x86::rdx, slow);
  impl_->CheckInt32(kAcc, x86::rdx, slow);
  a.cmp(x86::rcx, kAcc);
  impl_->AccFromCondition(x86::CondCode::kE);
}

void MacroAssembler::ReferenceEquals(int lhs_slot) {
  auto& a = impl_->a;
  a.cmp(kAcc, Slot(lhs_slot));
  impl_->AccFromCondition(x86::CondCode::kE);
}

void MacroAssembler::JumpUnlessFeedbackHas(const void* address, int32_t bits, Label target) {
  auto& a = impl_->a;
  a.mov(x86::rcx, Imm(reinterpret_cast<uint64_t>(address)));
  a.mov(x86::rdx, x86::qword_ptr(x86::rcx));
  a.mov(x86::rcx, x86::rdx);
  a.shr(x86::rcx, 32);
  a.cmp(x86::ecx, Imm(kInt32TagHigh));
  a.jne(impl_->ToAsm(target));
  a.and_(x86::edx, Imm(bits));
  a.cmp(x86::edx, Imm(bits));
  a.jne(impl_->ToAsm(target));
}

// -- Inline caches ----------------------------------------------------------------------------

namespace {

// rcx = the receiver cell, r9 = the handler's int32 (its kind checked):
// the common head of the named fast paths, for a monomorphic site (the
// feedback word is the shape) and a polymorphic one (a FeedbackArray).
// Clobbers rdx, rsi, rdi, r8, r10, r11.
void EmitMonomorphicHead(MacroAssembler::Impl* impl, int object_slot, const void* feedback,
                         HandlerKind kind, Label miss) {
  auto& a = impl->a;
  asmjit::Label out = impl->ToAsm(miss);
  a.mov(x86::rcx, Slot(object_slot));
  a.mov(x86::rdx, x86::rcx);
  a.shr(x86::rdx, 48);
  a.cmp(x86::edx, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.jne(out);
  impl->Untag(x86::rcx);
  // The recorded shape is a tagged Value; the shape word is a raw pointer.
  a.mov(x86::rdx, x86::qword_ptr(x86::rcx, HeapObject::kShapeOffset));
  a.mov(x86::r8, Imm(Value::kPointerTag));
  a.or_(x86::rdx, x86::r8);
  a.mov(x86::r10, Imm(reinterpret_cast<uint64_t>(feedback)));
  asmjit::Label polymorphic = a.newLabel(), found = a.newLabel();
  a.cmp(x86::rdx, x86::qword_ptr(x86::r10));
  a.jne(polymorphic);
  a.mov(x86::r9, x86::qword_ptr(x86::r10, kTaggedSize));
  a.jmp(found);
  // Polymorphic: the feedback word is a FeedbackArray of (shape, handler)
  // pairs; a linear search for the receiver's shape (rdx).
  a.bind(polymorphic);
  a.mov(x86::r11, x86::qword_ptr(x86::r10));
  a.mov(x86::r8, x86::r11);
  a.shr(x86::r8, 48);
  a.cmp(x86::r8d, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.jne(out);
  impl->Untag(x86::r11);
  a.mov(x86::r8, x86::qword_ptr(x86::r11, HeapObject::kShapeOffset));
  a.movzx(x86::r8d, x86::word_ptr(x86::r8, ShapeLayout::kInstanceTypeOffset));
  a.cmp(x86::r8d, Imm(static_cast<int>(InstanceType::kFeedbackArray)));
  a.jne(out);
  a.mov(x86::r9d, x86::dword_ptr(x86::r11, FixedArray::kLengthOffset));
  a.lea(x86::rsi, x86::qword_ptr(x86::r11, FixedArray::kHeaderSize));
  a.lea(x86::rdi, x86::qword_ptr(x86::rsi, x86::r9, 3));
  asmjit::Label loop = a.newLabel();
  a.bind(loop);
  a.cmp(x86::rsi, x86::rdi);
  a.jae(out);
  a.cmp(x86::rdx, x86::qword_ptr(x86::rsi));
  a.lea(x86::rsi, x86::qword_ptr(x86::rsi, 2 * kTaggedSize));  // lea keeps the flags
  a.jne(loop);
  a.mov(x86::r9, x86::qword_ptr(x86::rsi, -kTaggedSize));
  a.bind(found);
  a.mov(x86::rdx, x86::r9);
  a.shr(x86::rdx, 32);
  a.cmp(x86::edx, Imm(kInt32TagHigh));
  a.jne(out);
  a.mov(x86::edx, x86::r9d);
  a.and_(x86::edx, Imm((1 << SmiHandler::kKindBits) - 1));
  a.cmp(x86::edx, Imm(static_cast<int>(kind)));
  a.jne(out);
}

// rdx = the field's address for the handler in r9 and the cell in rcx;
// rcx becomes the cell holding the field (the receiver or its property
// array), for the write barrier.
void EmitFieldAddress(MacroAssembler::Impl* impl) {
  auto& a = impl->a;
  asmjit::Label out_of_object = a.newLabel(), done = a.newLabel();
  a.mov(x86::edx, x86::r9d);
  a.sar(x86::edx, SmiHandler::kIndexShift);
  a.test(x86::r9d, Imm(SmiHandler::kInObjectBit));
  a.jz(out_of_object);
  a.lea(x86::rdx, x86::qword_ptr(x86::rcx, x86::rdx, 3));
  a.jmp(done);
  a.bind(out_of_object);
  a.mov(x86::rcx, x86::qword_ptr(x86::rcx, JSObject::kPropertiesOrHashOffset));
  impl->Untag(x86::rcx);
  a.lea(x86::rdx, x86::qword_ptr(x86::rcx, x86::rdx, 3, PropertyArray::kHeaderSize));
  a.bind(done);
}

}  // namespace

void MacroAssembler::LoadNamedField(int object_slot, const void* feedback, Label miss) {
  auto& a = impl_->a;
  EmitMonomorphicHead(impl_.get(), object_slot, feedback, HandlerKind::kLoadField, miss);
  EmitFieldAddress(impl_.get());
  a.mov(x86::rdx, x86::qword_ptr(x86::rdx));
  // A hole (an uninitialized literal field) takes the slow path, as in the
  // interpreter.
  a.mov(x86::r8, Imm(Value::kTheHoleBits));
  a.cmp(x86::rdx, x86::r8);
  a.je(impl_->ToAsm(miss));
  a.mov(kAcc, x86::rdx);
}

void MacroAssembler::StoreNamedField(int object_slot, const void* feedback, Label miss) {
  auto& a = impl_->a;
  asmjit::Label out = impl_->ToAsm(miss);
  EmitMonomorphicHead(impl_.get(), object_slot, feedback, HandlerKind::kStoreField, miss);
  // The value must fit the field's representation.
  asmjit::Label fits = a.newLabel();
  a.mov(x86::edx, x86::r9d);
  a.shr(x86::edx, SmiHandler::kRepresentationShift);
  a.and_(x86::edx, 7);
  a.cmp(x86::edx, Imm(static_cast<int>(Representation::kTagged)));
  a.je(fits);
  a.mov(x86::r8, kAcc);
  a.shr(x86::r8, 48);
  a.cmp(x86::edx, Imm(static_cast<int>(Representation::kHeapObject)));
  asmjit::Label not_heap = a.newLabel();
  a.jne(not_heap);
  a.cmp(x86::r8d, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.je(fits);
  a.jmp(out);
  a.bind(not_heap);
  a.cmp(x86::edx, Imm(static_cast<int>(Representation::kSmi)));
  asmjit::Label not_smi = a.newLabel();
  a.jne(not_smi);
  a.cmp(x86::r8d, Imm(static_cast<uint32_t>(Value::kInt32Tag >> 48)));
  a.je(fits);
  a.jmp(out);
  a.bind(not_smi);
  a.cmp(x86::edx, Imm(static_cast<int>(Representation::kDouble)));
  a.jne(out);  // kNone
  a.mov(x86::r8, Imm(Value::kPointerTag));
  a.cmp(kAcc, x86::r8);
  a.jae(out);  // not a number
  a.bind(fits);
  EmitFieldAddress(impl_.get());
  // A const field takes only its own value, or its first one (the hole of
  // an uninitialized literal field), as TryStoreWithHandler.
  asmjit::Label store = a.newLabel();
  a.test(x86::r9d, Imm(SmiHandler::kConstBit));
  a.jz(store);
  a.mov(x86::r8, x86::qword_ptr(x86::rdx));
  a.cmp(x86::r8, kAcc);
  a.je(store);
  a.mov(x86::r11, Imm(Value::kTheHoleBits));
  a.cmp(x86::r8, x86::r11);
  a.jne(out);
  a.bind(store);
  a.mov(x86::qword_ptr(x86::rdx), kAcc);
  impl_->WriteBarrier();
}

namespace {

// r8 = the elements store of the receiver cell in rcx, r10 = the int32 key
// (zero-extended) in {key}: in bounds of the store and, for a JSArray, of
// its length; {miss} otherwise. Clobbers rdx, r11.
void EmitElementIndex(MacroAssembler::Impl* impl, const x86::Gp& key, asmjit::Label miss) {
  auto& a = impl->a;
  a.mov(x86::rdx, key);
  a.shr(x86::rdx, 32);
  a.cmp(x86::edx, Imm(kInt32TagHigh));
  a.jne(miss);
  a.mov(x86::r10d, key.r32());
  a.test(x86::r10d, x86::r10d);
  a.js(miss);
  a.mov(x86::r8, x86::qword_ptr(x86::rcx, JSObject::kElementsOffset));
  impl->Untag(x86::r8);
  a.cmp(x86::r10d, x86::dword_ptr(x86::r8, FixedArray::kLengthOffset));
  a.jae(miss);
  // A JSArray's length (an int32 Value, or a double above INT32_MAX, which
  // any int32 index is below).
  asmjit::Label in_bounds = a.newLabel();
  a.mov(x86::r11, x86::qword_ptr(x86::rcx, HeapObject::kShapeOffset));
  a.cmp(x86::word_ptr(x86::r11, ShapeLayout::kInstanceTypeOffset), Imm(static_cast<int>(InstanceType::kJSArray)));
  a.jne(in_bounds);
  a.mov(x86::rdx, x86::qword_ptr(x86::rcx, JSArray::kLengthOffset));
  a.mov(x86::r11, x86::rdx);
  a.shr(x86::r11, 32);
  a.cmp(x86::r11d, Imm(kInt32TagHigh));
  a.jne(in_bounds);
  a.cmp(x86::r10d, x86::edx);
  a.jae(miss);
  a.bind(in_bounds);
}

}  // namespace

void MacroAssembler::LoadKeyedElement(int object_slot, const void* feedback, Label miss) {
  auto& a = impl_->a;
  asmjit::Label out = impl_->ToAsm(miss);
  EmitMonomorphicHead(impl_.get(), object_slot, feedback, HandlerKind::kLoadElement, miss);
  EmitElementIndex(impl_.get(), kAcc, out);
  a.mov(x86::rdx, x86::qword_ptr(x86::r8, x86::r10, 3, FixedArray::kHeaderSize));
  a.mov(x86::r11, Imm(Value::kTheHoleBits));
  a.cmp(x86::rdx, x86::r11);
  a.je(out);
  a.mov(kAcc, x86::rdx);
}

void MacroAssembler::StoreKeyedElement(int object_slot, int key_slot, const void* feedback, Label miss) {
  auto& a = impl_->a;
  asmjit::Label out = impl_->ToAsm(miss);
  EmitMonomorphicHead(impl_.get(), object_slot, feedback, HandlerKind::kStoreElement, miss);
  // The value: an int32 fits every fast kind; anything else needs an
  // object kind (the handler's elements kind, above the index shift).
  asmjit::Label fits = a.newLabel();
  a.mov(x86::rdx, kAcc);
  a.shr(x86::rdx, 32);
  a.cmp(x86::edx, Imm(kInt32TagHigh));
  a.je(fits);
  a.mov(x86::edx, x86::r9d);
  a.shr(x86::edx, SmiHandler::kIndexShift);
  a.cmp(x86::edx, Imm(static_cast<int>(ElementsKind::kPACKED_ELEMENTS)));
  a.je(fits);
  a.cmp(x86::edx, Imm(static_cast<int>(ElementsKind::kHOLEY_ELEMENTS)));
  a.jne(out);
  a.bind(fits);
  a.mov(x86::rsi, Slot(key_slot));
  EmitElementIndex(impl_.get(), x86::rsi, out);
  a.lea(x86::rdx, x86::qword_ptr(x86::r8, x86::r10, 3, FixedArray::kHeaderSize));
  a.mov(x86::r11, Imm(Value::kTheHoleBits));
  a.cmp(x86::qword_ptr(x86::rdx), x86::r11);
  a.je(out);
  a.mov(x86::qword_ptr(x86::rdx), kAcc);
  a.mov(x86::rcx, x86::r8);  // the barrier's host: the elements store
  impl_->WriteBarrier();
}

namespace {
// Jumps to {target} when the heap-object Value in {reg} (untagged into
// {scratch}) has instance type {type}.
void JumpIfInstanceType(MacroAssembler::Impl* impl, const x86::Gp& reg, const x86::Gp& scratch,
                        InstanceType type, asmjit::Label target) {
  auto& a = impl->a;
  a.mov(scratch, reg);
  impl->Untag(scratch);
  a.mov(scratch, x86::qword_ptr(scratch, HeapObject::kShapeOffset));
  a.cmp(x86::word_ptr(scratch, ShapeLayout::kInstanceTypeOffset), Imm(static_cast<int>(type)));
  a.je(target);
}
}  // namespace

void MacroAssembler::LoadGlobalCell(const void* feedback, Label miss) {
  auto& a = impl_->a;
  asmjit::Label out = impl_->ToAsm(miss), is_cell = a.newLabel(), done = a.newLabel();
  a.mov(x86::r10, Imm(reinterpret_cast<uint64_t>(feedback)));
  a.mov(x86::rcx, x86::qword_ptr(x86::r10));
  a.mov(x86::rdx, x86::rcx);
  a.shr(x86::rdx, 48);
  a.cmp(x86::edx, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.jne(out);
  JumpIfInstanceType(impl_.get(), x86::rcx, x86::r8, InstanceType::kPropertyCell, is_cell);
  a.jmp(out);
  a.bind(is_cell);
  impl_->Untag(x86::rcx);
  a.mov(x86::rdx, x86::qword_ptr(x86::rcx, PropertyCell::kValueOffset));
  a.mov(x86::r8, Imm(Value::kTheHoleBits));
  a.cmp(x86::rdx, x86::r8);
  a.je(out);
  a.mov(x86::r8, x86::rdx);
  a.shr(x86::r8, 48);
  a.cmp(x86::r8d, Imm(static_cast<uint32_t>(Value::kPointerTag >> 48)));
  a.jne(done);
  JumpIfInstanceType(impl_.get(), x86::rdx, x86::r8, InstanceType::kAccessorPair, out);
  a.bind(done);
  a.mov(kAcc, x86::rdx);
}

// -- Allocation ----------------------------------------------------------------------------------

void MacroAssembler::AllocateJSObject(const void* shape, int instance_size, Label slow,
                                      std::span<const uint64_t> fields) {
  auto& a = impl_->a;
  auto root = [](RootIndex index) {
    return x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateRootsOffset) +
                                            static_cast<int>(index) * kTaggedSize);
  };
  a.mov(x86::r8, x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateNewSpaceTopOffset)));
  a.lea(x86::r9, x86::qword_ptr(x86::r8, instance_size));
  a.cmp(x86::r9, x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateNewSpaceLimitOffset)));
  a.ja(impl_->ToAsm(slow));
  a.mov(x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateNewSpaceTopOffset)), x86::r9);
  a.mov(x86::rcx, Imm(reinterpret_cast<uint64_t>(shape)));
  a.mov(x86::qword_ptr(x86::r8, HeapObject::kShapeOffset), x86::rcx);
  a.mov(x86::rcx, root(RootIndex::kEmptyPropertyArray));
  a.mov(x86::qword_ptr(x86::r8, JSObject::kPropertiesOrHashOffset), x86::rcx);
  a.mov(x86::rcx, root(RootIndex::kEmptyFixedArray));
  a.mov(x86::qword_ptr(x86::r8, JSObject::kElementsOffset), x86::rcx);
  int offset = JSObject::kHeaderSize;
  for (uint64_t bits : fields) {
    a.mov(x86::rcx, Imm(bits));
    a.mov(x86::qword_ptr(x86::r8, offset), x86::rcx);
    offset += kTaggedSize;
  }
  a.mov(x86::rcx, Imm(Value::kUndefinedBits));
  for (; offset < instance_size; offset += kTaggedSize) {
    a.mov(x86::qword_ptr(x86::r8, offset), x86::rcx);
  }
  a.mov(kAcc, Imm(Value::kPointerTag));
  a.or_(kAcc, x86::r8);
}

void MacroAssembler::JumpIfSlotNotShape(const void* slot, const void* shape, Label slow) {
  auto& a = impl_->a;
  // The slot holds the shape as a tagged Value: pointer tag | address.
  a.mov(x86::rcx, Imm(reinterpret_cast<uint64_t>(slot)));
  a.mov(x86::rcx, x86::qword_ptr(x86::rcx));
  a.mov(x86::rdx, Imm(Value::kPointerTag | reinterpret_cast<uint64_t>(shape)));
  a.cmp(x86::rcx, x86::rdx);
  a.jne(impl_->ToAsm(slow));
  a.mov(x86::rcx, Imm(reinterpret_cast<uint64_t>(shape)));
  a.test(x86::dword_ptr(x86::rcx, ShapeLayout::kBitFieldOffset), Imm(1u << ShapeLayout::kIsDeprecatedBit));
  a.jnz(impl_->ToAsm(slow));
}

// -- Budget ----------------------------------------------------------------------------------------

void MacroAssembler::ChargeBudget(int amount, Label exhausted) {
  auto& a = impl_->a;
  asmjit::Label out = impl_->ToAsm(exhausted);
  // NOTE: kInterruptLimit (~0 >> 1) does not fit an imm32: compare through
  // a register instead.
  a.mov(x86::rcx, Imm(Isolate::kInterruptLimit));
  a.cmp(x86::qword_ptr(kIsolateData, static_cast<int>(kIsolateJSStackLimitOffset)), x86::rcx);
  a.je(out);
  // The closure's feedback_cell holds the budget as an int32: the charge
  // rewrites its low half. Run out, the slow path charges again (still out)
  // and refills (ChargeBudget in vm/interpreter/frame_state.h).
  a.mov(x86::rcx, Slot(kClosureSlot));
  a.shl(x86::rcx, 16);
  a.shr(x86::rcx, 16);
  a.sub(x86::dword_ptr(x86::rcx, JSFunction::kFeedbackCellOffset), Imm(amount));
  a.jle(out);
}

bool MacroAssembler::Finalize() { return impl_->a.finalize() == asmjit::kErrorOk; }

}  // namespace lucid::jit
