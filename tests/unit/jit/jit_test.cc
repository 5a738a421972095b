// Copyright the Lucid authors. MIT license.
//
// The baseline JIT (jit/): each jit/macro_assembler.h operation is emitted
// into a small function, executed on a hand-made JS frame and checked; then
// compiled functions' pc <-> bytecode-offset tables are checked against
// their bytecode, and a few whole functions run compiled.

#include <gtest/gtest.h>

#include <asmjit/core.h>

#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gc/code_space.h"
#include "gc/heap.h"
#include "jit/jit.h"
#include "jit/macro_assembler.h"
#include "parser/source.h"
#include "runtime/bootstrapper.h"
#include "runtime/runner.h"
#include "vm/frames.h"
#include "vm/ic/ic.h"
#include "vm/interpreter/bytecode_iterator.h"
#include "vm/interpreter/runtime_functions.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/factory.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

using jit::Label;
using jit::MacroAssembler;

// What a snippet returns when it took its slow label.
const uint64_t kSlowMarker = Value::kTheHoleBits;

uint64_t AddHelper(Isolate*, Value*, uint64_t acc, uint64_t a0, uint64_t a1) {
  return Value::FromInt32(Value::FromRawBits(acc).AsInt32() + static_cast<int32_t>(a0) +
                          static_cast<int32_t>(a1))
      .raw_bits();
}
uint64_t IsSevenPredicate(uint64_t value) { return Value::FromRawBits(value) == Value::FromInt32(7); }

class JitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Flags flags;
    flags.allow_natives_syntax = true;
    isolate_ = Isolate::New(flags);
    Bootstrap(isolate_);
    scope_.emplace(isolate_);
    fp_ = frame_ + 32;
    for (Value& v : frame_) v = Value::Undefined();
  }
  void TearDown() override {
    scope_.reset();
    Isolate::Dispose(isolate_);
  }
  // Replaces the isolate with one made with {flags}.
  void Restart(const Flags& flags) {
    scope_.reset();
    Isolate::Dispose(isolate_);
    isolate_ = Isolate::New(flags);
    Bootstrap(isolate_);
    scope_.emplace(isolate_);
  }

  // Emits Prologue, {body}, then returns the accumulator; {body}'s slow
  // label returns kSlowMarker. Runs it on fp_ with {acc} in the
  // accumulator slot (the body usually starts with LoadAcc of it).
  uint64_t RunSnippet(const std::function<void(MacroAssembler&, Label)>& body) {
    asmjit::CodeHolder holder;
    holder.init(isolate_->heap()->code_space()->runtime()->environment());
    MacroAssembler masm(&holder);
    Label slow = masm.NewLabel();
    masm.Prologue();
    body(masm, slow);
    masm.EpilogueAndReturn();
    masm.Bind(slow);
    masm.LoadAccImmediate(kSlowMarker);
    masm.EpilogueAndReturn();
    EXPECT_TRUE(masm.Finalize());
    size_t size = 0;
    Address start = isolate_->heap()->code_space()->Add(&holder, &size);
    using Entry = uint64_t (*)(Isolate*, Value*, IsolateData*);
    uint64_t result = reinterpret_cast<Entry>(start)(isolate_, fp_, isolate_->isolate_data());
    isolate_->heap()->code_space()->Release(start);
    return result;
  }

  // acc = fp[kAccumulatorSlot] op'd with fp[r0] through {emit}.
  uint64_t BinaryOp(const std::function<void(MacroAssembler&, Label)>& emit, Value lhs, Value rhs) {
    fp_[kFirstRegisterSlot] = lhs;
    fp_[kAccumulatorSlot] = rhs;
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      emit(m, slow);
    });
  }

  // Runs a classic script; true if it completed.
  bool Run(const std::string& code) {
    sources_.push_back(std::make_unique<SourceFile>(SourceFile::FromUtf8("jit_test.js", code)));
    CompileError error;
    CompiledScript* script = CompileSource(*sources_.back(), ProgramKind::kClassicScript, &error, true);
    EXPECT_NE(script, nullptr) << error.message;
    if (script == nullptr) return false;
    bool ok = RunCompiledScript(isolate_, *sources_.back(), script, ProgramKind::kClassicScript);
    DeleteCompiledScript(script);
    if (!ok) isolate_->clear_pending_exception();
    return ok;
  }
  Value Global(const char* name) {
    return Runtime_LoadGlobal(isolate_, FactoryOf(isolate_)->InternalizeAscii(name)->ToValue(), true);
  }

  Isolate* isolate_ = nullptr;
  std::optional<HandleScope> scope_;
  Value frame_[64];
  Value* fp_ = nullptr;
  std::vector<std::unique_ptr<SourceFile>> sources_;
};

const int kR0 = kFirstRegisterSlot;
const int kR1 = kFirstRegisterSlot - 1;

Value I(int32_t i) { return Value::FromInt32(i); }
Value D(double d) { return Value::FromDouble(d); }

// -- Moves --------------------------------------------------------------------------------

TEST_F(JitTest, AccumulatorAndSlotMoves) {
  fp_[kR0] = I(11);
  uint64_t r = RunSnippet([](MacroAssembler& m, Label) {
    m.LoadAccImmediate(I(5).raw_bits());
    m.StoreAcc(kR1);
    m.CopySlot(kR0, kR1 - 1);
    m.IncrementInt32Slot(kR0);
    m.LoadAcc(kR1);
  });
  EXPECT_EQ(r, I(5).raw_bits());
  EXPECT_EQ(fp_[kR1], I(5));
  EXPECT_EQ(fp_[kR1 - 1], I(11));
  EXPECT_EQ(fp_[kR0], I(12));
  static Value cell = I(77);
  EXPECT_EQ(RunSnippet([](MacroAssembler& m, Label) { m.LoadAccFromAddress(&cell); }), I(77).raw_bits());
}

TEST_F(JitTest, SaveStateWritesTheSafepointSlots) {
  RunSnippet([](MacroAssembler& m, Label) {
    m.LoadAccImmediate(I(3).raw_bits());
    m.SaveState(42, kR1 - 2);
  });
  EXPECT_EQ(fp_[kBytecodeOffsetSlot], I(42));
  EXPECT_EQ(fp_[kAccumulatorSlot], I(3));
  EXPECT_EQ(isolate_->js_sp(), reinterpret_cast<Address>(fp_ + kR1 - 2));
}

// -- Calls --------------------------------------------------------------------------------

TEST_F(JitTest, CallHelperPassesIsolateFrameAccAndImmediates) {
  uint64_t r = RunSnippet([](MacroAssembler& m, Label) {
    m.LoadAccImmediate(I(100).raw_bits());
    m.CallHelper(reinterpret_cast<jit::HelperFunction>(&AddHelper), 20, 3);
  });
  EXPECT_EQ(r, I(123).raw_bits());
}

TEST_F(JitTest, ExceptionAndPredicateBranches) {
  auto run = [&](uint64_t acc) {
    fp_[kAccumulatorSlot] = Value::FromRawBits(acc);
    return RunSnippet([](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      m.JumpIfAccIsException(slow);
      Label seven = m.NewLabel(), done = m.NewLabel();
      m.JumpIfPredicate(reinterpret_cast<jit::HelperFunction>(&IsSevenPredicate), true, seven);
      m.LoadAccImmediate(Value::kFalseBits);
      m.Jump(done);
      m.Bind(seven);
      // The predicate preserved the accumulator.
      m.JumpIfAccNotEquals(I(7).raw_bits(), slow);
      m.LoadAccImmediate(Value::kTrueBits);
      m.Bind(done);
    });
  };
  EXPECT_EQ(run(Value::kExceptionBits), kSlowMarker);
  EXPECT_EQ(run(I(7).raw_bits()), Value::kTrueBits);
  EXPECT_EQ(run(I(8).raw_bits()), Value::kFalseBits);
}

// A stand-in for JitPrepareCall: "pushes" the callee frame (the fixture's
// second frame) and returns it with the entry of the snippet's callee.
struct PreparedStub {
  Value* fp;
  uint64_t entry;
};
Value* g_callee_fp = nullptr;
uint64_t g_callee_entry = 0;
PreparedStub PrepareStub(Isolate*, Value*, uint64_t, uint64_t prepare, uint64_t) {
  if (prepare == 0) return {nullptr, 0};
  return {g_callee_fp, g_callee_entry};
}

TEST_F(JitTest, CallPreparedOrJumpCallsTheEntryAndRestoresTheFrame) {
  // The callee: returns its frame's r0 + 1.
  asmjit::CodeHolder holder;
  holder.init(isolate_->heap()->code_space()->runtime()->environment());
  MacroAssembler callee(&holder);
  Label overflow = callee.NewLabel();
  callee.Prologue();
  callee.LoadAccImmediate(I(1).raw_bits());
  callee.Int32BinaryOp(Operation::kAdd, kR0, overflow);
  callee.EpilogueAndReturn();
  callee.Bind(overflow);
  callee.LoadAccImmediate(Value::kExceptionBits);
  callee.EpilogueAndReturn();
  ASSERT_TRUE(callee.Finalize());
  size_t size = 0;
  Address entry = isolate_->heap()->code_space()->Add(&holder, &size);
  Value callee_frame[32];
  g_callee_fp = callee_frame + 16;
  g_callee_fp[kR0] = I(41);
  g_callee_entry = entry;
  auto call = [&](uint64_t prepare) {
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.CallHelper(reinterpret_cast<jit::HelperFunction>(&PrepareStub), prepare);
      m.CallPreparedOrJump(kR1 - 3, slow);
    });
  };
  EXPECT_EQ(call(1), I(42).raw_bits());
  // After the call this frame is current again.
  EXPECT_EQ(isolate_->js_fp(), reinterpret_cast<Address>(fp_));
  EXPECT_EQ(isolate_->js_sp(), reinterpret_cast<Address>(fp_ + kR1 - 3));
  EXPECT_EQ(call(0), kSlowMarker);  // not prepared: the generic path
  isolate_->heap()->code_space()->Release(entry);
}

TEST_F(JitTest, NativeStackCheck) {
  IsolateData* data = isolate_->isolate_data();
  Address limit = data->native_stack_limit;
  auto check = [&]() {
    return RunSnippet([](MacroAssembler& m, Label slow) {
      m.JumpIfNativeStackOverflow(slow);
      m.LoadAccImmediate(Value::kTrueBits);
    });
  };
  EXPECT_EQ(check(), Value::kTrueBits);
  data->native_stack_limit = ~Address{0};  // every stack pointer is below it
  EXPECT_EQ(check(), kSlowMarker);
  data->native_stack_limit = limit;
}

// -- Branches ------------------------------------------------------------------------------

TEST_F(JitTest, AccumulatorBranches) {
  auto classify = [&](Value v) {
    fp_[kAccumulatorSlot] = v;
    return RunSnippet([](MacroAssembler& m, Label slow) {
      Label nullish = m.NewLabel(), hole = m.NewLabel(), zero = m.NewLabel();
      m.LoadAcc(kAccumulatorSlot);
      m.JumpIfAccIsUndefinedOrNull(nullish);
      m.JumpIfAccEquals(Value::kTheHoleBits, hole);
      Label not_nullish = m.NewLabel();
      m.JumpIfAccIsNotUndefinedOrNull(not_nullish);
      m.Jump(slow);
      m.Bind(not_nullish);
      Label nonzero = m.NewLabel();
      m.JumpIfAccLow32NotZero(nonzero);
      m.Jump(zero);
      m.Bind(nonzero);
      m.JumpIfAccLow32Equals(5, hole);
      m.LoadAccImmediate(I(1).raw_bits());
      m.EpilogueAndReturn();
      m.Bind(nullish);
      m.LoadAccImmediate(I(2).raw_bits());
      m.EpilogueAndReturn();
      m.Bind(hole);
      m.LoadAccImmediate(I(3).raw_bits());
      m.EpilogueAndReturn();
      m.Bind(zero);
      m.LoadAccImmediate(I(4).raw_bits());
    });
  };
  EXPECT_EQ(classify(Value::Undefined()), I(2).raw_bits());
  EXPECT_EQ(classify(Value::Null()), I(2).raw_bits());
  EXPECT_EQ(classify(Value::TheHole()), I(3).raw_bits());
  EXPECT_EQ(classify(I(0)), I(4).raw_bits());
  EXPECT_EQ(classify(I(5)), I(3).raw_bits());
  EXPECT_EQ(classify(I(9)), I(1).raw_bits());
}

TEST_F(JitTest, SwitchTableOnInt32) {
  auto pick = [&](Value v) {
    fp_[kAccumulatorSlot] = v;
    return RunSnippet([](MacroAssembler& m, Label) {
      Label targets[3] = {m.NewLabel(), m.NewLabel(), m.NewLabel()};
      m.LoadAcc(kAccumulatorSlot);
      m.JumpTableOnInt32Acc(10, 3, targets);
      m.LoadAccImmediate(I(-1).raw_bits());
      m.EpilogueAndReturn();
      for (int i = 0; i < 3; i++) {
        m.Bind(targets[i]);
        m.LoadAccImmediate(I(100 + i).raw_bits());
        m.EpilogueAndReturn();
      }
    });
  };
  EXPECT_EQ(pick(I(10)), I(100).raw_bits());
  EXPECT_EQ(pick(I(12)), I(102).raw_bits());
  EXPECT_EQ(pick(I(13)), I(-1).raw_bits());
  EXPECT_EQ(pick(I(9)), I(-1).raw_bits());
  EXPECT_EQ(pick(D(10.5)), I(-1).raw_bits());
}

TEST_F(JitTest, SlotTests) {
  ASSERT_TRUE(Run("var obj = {}; var fn = function () {};"));
  auto test = [&](Value v) {
    fp_[kR0] = v;
    return RunSnippet([](MacroAssembler& m, Label slow) {
      Label receiver = m.NewLabel();
      m.JumpIfSlotEquals(kR0, Value::kNullBits, slow);
      m.JumpIfSlotIsJSReceiver(kR0, receiver);
      Label other = m.NewLabel();
      m.JumpIfSlotNotEquals(kR0, Value::kNullBits, other);
      m.Bind(other);
      m.LoadAccImmediate(Value::kFalseBits);
      m.EpilogueAndReturn();
      m.Bind(receiver);
      m.LoadAccImmediate(Value::kTrueBits);
    });
  };
  EXPECT_EQ(test(Value::Null()), kSlowMarker);
  EXPECT_EQ(test(Global("obj")), Value::kTrueBits);
  EXPECT_EQ(test(Global("fn")), Value::kTrueBits);
  EXPECT_EQ(test(FactoryOf(isolate_)->InternalizeAscii("str")->ToValue()), Value::kFalseBits);
  EXPECT_EQ(test(I(1)), Value::kFalseBits);
  EXPECT_EQ(test(Value::Undefined()), Value::kFalseBits);
}

// -- Arithmetic -------------------------------------------------------------------------------

TEST_F(JitTest, Int32BinaryOps) {
  struct Case {
    Operation op;
    int32_t a, b;
    bool fast;
    int32_t expected;
  };
  const Case cases[] = {
      {Operation::kAdd, 2, 3, true, 5},
      {Operation::kAdd, INT32_MAX, 1, false, 0},
      {Operation::kSub, 2, 5, true, -3},
      {Operation::kSub, INT32_MIN, 1, false, 0},
      {Operation::kMul, 6, 7, true, 42},
      {Operation::kMul, 0, -5, false, 0},  // -0
      {Operation::kMul, 1 << 20, 1 << 12, false, 0},
      {Operation::kMod, 17, 5, true, 2},
      {Operation::kMod, 0, 5, true, 0},
      {Operation::kMod, -17, 5, false, 0},  // maybe -0: the slow path
      {Operation::kMod, 17, 0, false, 0},
      {Operation::kMod, 17, -5, false, 0},
      {Operation::kBitwiseOr, 12, 3, true, 15},
      {Operation::kBitwiseXor, 12, 10, true, 6},
      {Operation::kBitwiseAnd, 12, 10, true, 8},
      {Operation::kShiftLeft, 1, 33, true, 2},
      {Operation::kShiftRight, -16, 2, true, -4},
      {Operation::kShiftRightLogical, 16, 2, true, 4},
      {Operation::kShiftRightLogical, -1, 0, false, 0},
  };
  for (const Case& c : cases) {
    uint64_t r = BinaryOp([&](MacroAssembler& m, Label slow) { m.Int32BinaryOp(c.op, kR0, slow); },
                          I(c.a), I(c.b));
    if (c.fast) {
      EXPECT_EQ(r, I(c.expected).raw_bits()) << static_cast<int>(c.op) << " " << c.a << " " << c.b;
    } else {
      EXPECT_EQ(r, kSlowMarker) << static_cast<int>(c.op) << " " << c.a << " " << c.b;
    }
    fp_[kAccumulatorSlot] = I(c.a);
    uint64_t imm = RunSnippet([&](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      m.Int32BinaryOpWithImmediate(c.op, c.b, slow);
    });
    EXPECT_EQ(imm, c.fast ? I(c.expected).raw_bits() : kSlowMarker);
  }
  // Non-int32 inputs take the slow path.
  EXPECT_EQ(BinaryOp([](MacroAssembler& m, Label slow) { m.Int32BinaryOp(Operation::kAdd, kR0, slow); },
                     D(1.5), I(1)),
            kSlowMarker);
}

TEST_F(JitTest, NumberBinaryOpsBoxAsFromDouble) {
  const Operation ops[] = {Operation::kAdd, Operation::kSub, Operation::kMul, Operation::kDiv};
  const double values[] = {0.0, -0.0, 1, -1, 0.5, 3, 2147483647.0, -2147483648.0, 1e300, NAN, INFINITY};
  for (Operation op : ops) {
    for (double a : values) {
      for (double b : values) {
        Value expected = NumberBinaryOp(op, a, b);
        uint64_t r = BinaryOp([&](MacroAssembler& m, Label slow) { m.NumberBinaryOp(op, kR0, slow); },
                              D(a), D(b));
        EXPECT_EQ(r, expected.raw_bits()) << static_cast<int>(op) << " " << a << " " << b;
      }
    }
    fp_[kAccumulatorSlot] = D(0.75);
    uint64_t imm = RunSnippet([&](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      m.NumberBinaryOpWithImmediate(op, 4, slow);
    });
    EXPECT_EQ(imm, NumberBinaryOp(op, 0.75, 4).raw_bits());
  }
  Value str = FactoryOf(isolate_)->InternalizeAscii("s")->ToValue();
  EXPECT_EQ(BinaryOp([](MacroAssembler& m, Label slow) { m.NumberBinaryOp(Operation::kAdd, kR0, slow); },
                     str, I(1)),
            kSlowMarker);
}

TEST_F(JitTest, Comparisons) {
  const Operation ops[] = {Operation::kLessThan, Operation::kGreaterThan, Operation::kLessThanOrEqual,
                           Operation::kGreaterThanOrEqual};
  const double values[] = {-1, 0, 2, 2.5, NAN, -INFINITY};
  for (Operation op : ops) {
    for (double a : values) {
      for (double b : values) {
        bool expected = op == Operation::kLessThan      ? a < b
                        : op == Operation::kGreaterThan ? a > b
                        : op == Operation::kLessThanOrEqual ? a <= b
                                                            : a >= b;
        uint64_t r = BinaryOp([&](MacroAssembler& m, Label slow) { m.NumberCompare(op, kR0, slow); },
                              D(a), D(b));
        EXPECT_EQ(r, Value::FromBool(expected).raw_bits()) << static_cast<int>(op) << " " << a << " " << b;
        if (D(a).IsInt32() && D(b).IsInt32()) {
          uint64_t i = BinaryOp([&](MacroAssembler& m, Label slow) { m.Int32Compare(op, kR0, slow); },
                                D(a), D(b));
          EXPECT_EQ(i, Value::FromBool(expected).raw_bits());
        }
      }
    }
  }
  auto strict = [&](Value a, Value b) {
    return BinaryOp([](MacroAssembler& m, Label slow) { m.StrictEqualsByBits(kR0, slow); }, a, b);
  };
  EXPECT_EQ(strict(I(3), I(3)), Value::kTrueBits);
  EXPECT_EQ(strict(I(3), I(4)), Value::kFalseBits);
  EXPECT_EQ(strict(D(NAN), D(NAN)), kSlowMarker);
  auto same = [&](Value a, Value b) {
    return BinaryOp([](MacroAssembler& m, Label) { m.ReferenceEquals(kR0); }, a, b);
  };
  EXPECT_EQ(same(Value::Null(), Value::Null()), Value::kTrueBits);
  EXPECT_EQ(same(Value::Null(), Value::Undefined()), Value::kFalseBits);
}

TEST_F(JitTest, FeedbackGuard) {
  static Value word;
  auto guard = [&](Value feedback, int32_t bits) {
    word = feedback;
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.JumpUnlessFeedbackHas(&word, bits, slow);
      m.LoadAccImmediate(Value::kTrueBits);
    });
  };
  EXPECT_EQ(guard(I(BinaryOpHint::kSignedSmall), BinaryOpHint::kSignedSmall), Value::kTrueBits);
  EXPECT_EQ(guard(I(BinaryOpHint::kNumber), BinaryOpHint::kSignedSmall), Value::kTrueBits);
  EXPECT_EQ(guard(I(BinaryOpHint::kSignedSmall), BinaryOpHint::kNumber), kSlowMarker);
  EXPECT_EQ(guard(I(BinaryOpHint::kNone), BinaryOpHint::kSignedSmall), kSlowMarker);
  EXPECT_EQ(guard(Value::Undefined(), BinaryOpHint::kSignedSmall), kSlowMarker);
}

// -- Contexts, budget, inline caches: on real cells ---------------------------------------------

TEST_F(JitTest, ContextSlotsAndTheBudget) {
  ASSERT_TRUE(Run("function outer() { let a = 1; let b = 2; return function inner() { return a + b; }; }"
                  "var inner = outer();"));
  JSFunction* inner = JSFunction::cast(Global("inner"));
  Context* context = Context::cast(inner->context());
  fp_[kContextSlot] = context->ToValue();
  fp_[kClosureSlot] = inner->ToValue();
  uint64_t r = RunSnippet([](MacroAssembler& m, Label) {
    m.LoadContextSlot(kContextSlot, 0, 1);
    m.StoreAcc(kR0);
    m.LoadAccImmediate(I(40).raw_bits());
    m.StoreContextSlot(kContextSlot, 0, 0);
    m.LoadAcc(kR0);
  });
  EXPECT_EQ(r, I(2).raw_bits());
  EXPECT_EQ(context->GetSlot(0), I(40));
  // The budget: an int32 in the closure's feedback_cell, charged inline.
  inner->set_feedback_cell(I(100));
  auto charge = [&](int amount) {
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.ChargeBudget(amount, slow);
      m.LoadAccImmediate(Value::kTrueBits);
    });
  };
  EXPECT_EQ(charge(30), Value::kTrueBits);
  EXPECT_EQ(JSFunction::cast(Global("inner"))->feedback_cell(), I(70));
  EXPECT_EQ(charge(70), kSlowMarker);  // ran out: the slow path refills
  isolate_->RequestInterrupt();
  EXPECT_EQ(charge(1), kSlowMarker);
  isolate_->ClearInterrupt();
}

TEST_F(JitTest, NamedLoadAndStoreInline) {
  ASSERT_TRUE(Run("function getY(o) { return o.y; }"
                  "function setY(o, v) { o.y = v; }"
                  "var p = { x: 1, y: 2 }; var q = { y: 5 };"
                  "%PrepareFunctionForOptimization(getY); %PrepareFunctionForOptimization(setY);"
                  "getY(p); setY(p, 3);"));
  auto vector_of = [&](const char* name) {
    return FeedbackVector::cast(JSFunction::cast(Global(name))->shared()->feedback_vector());
  };
  // The first property slot of each function.
  const void* load = reinterpret_cast<uint8_t*>(vector_of("getY")->address()) + FeedbackVector::FeedbackOffset(0);
  fp_[kR0] = Global("p");
  EXPECT_EQ(RunSnippet([&](MacroAssembler& m, Label slow) { m.LoadNamedField(kR0, load, slow); }),
            I(3).raw_bits());
  fp_[kR0] = Global("q");  // another shape: a miss
  EXPECT_EQ(RunSnippet([&](MacroAssembler& m, Label slow) { m.LoadNamedField(kR0, load, slow); }),
            kSlowMarker);
  const void* store = reinterpret_cast<uint8_t*>(vector_of("setY")->address()) + FeedbackVector::FeedbackOffset(0);
  fp_[kR0] = Global("p");
  fp_[kAccumulatorSlot] = I(9);
  RunSnippet([&](MacroAssembler& m, Label slow) {
    m.LoadAcc(kAccumulatorSlot);
    m.StoreNamedField(kR0, store, slow);
  });
  ASSERT_TRUE(Run("var y = p.y;"));
  EXPECT_EQ(Global("y"), I(9));
  // Polymorphic: two more shapes at the load site, each found in the
  // FeedbackArray; a fourth, unseen shape misses.
  ASSERT_TRUE(Run("var r = { y: 7, r: 1 }; var s = { s: 1, t: 2, y: 8 }; getY(q); getY(r); getY(s);"
                  "var u = { u: 1, y: 0 };"));
  const void* poly = reinterpret_cast<uint8_t*>(vector_of("getY")->address()) + FeedbackVector::FeedbackOffset(0);
  const std::pair<const char*, uint64_t> cases[] = {
      {"p", I(9).raw_bits()}, {"q", I(5).raw_bits()}, {"r", I(7).raw_bits()}, {"s", I(8).raw_bits()},
      {"u", kSlowMarker}};
  for (const auto& [name, expected] : cases) {
    fp_[kR0] = Global(name);
    EXPECT_EQ(RunSnippet([&](MacroAssembler& m, Label slow) { m.LoadNamedField(kR0, poly, slow); }),
              expected)
        << name;
  }
}

TEST_F(JitTest, KeyedElementsInline) {
  ASSERT_TRUE(Run("function getK(a, i) { return a[i]; } function setK(a, i, v) { a[i] = v; }"
                  "%PrepareFunctionForOptimization(getK); %PrepareFunctionForOptimization(setK);"
                  "var arr = [10, 20, 30]; var holey = [1, , 3]; getK(arr, 0); setK(arr, 0, 11);"));
  auto slot0 = [&](const char* name) -> const void* {
    auto* vector = FeedbackVector::cast(JSFunction::cast(Global(name))->shared()->feedback_vector());
    return reinterpret_cast<uint8_t*>(vector->address()) + FeedbackVector::FeedbackOffset(0);
  };
  const void* load = slot0("getK");
  auto load_at = [&](Value index) {
    fp_[kR0] = Global("arr");
    fp_[kAccumulatorSlot] = index;
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      m.LoadKeyedElement(kR0, load, slow);
    });
  };
  EXPECT_EQ(load_at(I(0)), I(11).raw_bits());
  EXPECT_EQ(load_at(I(2)), I(30).raw_bits());
  EXPECT_EQ(load_at(I(3)), kSlowMarker);   // out of bounds: the helper
  EXPECT_EQ(load_at(I(-1)), kSlowMarker);
  EXPECT_EQ(load_at(D(1.5)), kSlowMarker);
  const void* store = slot0("setK");
  auto store_at = [&](Value index, Value value) {
    fp_[kR0] = Global("arr");
    fp_[kR1] = index;
    fp_[kAccumulatorSlot] = value;
    return RunSnippet([&](MacroAssembler& m, Label slow) {
      m.LoadAcc(kAccumulatorSlot);
      m.StoreKeyedElement(kR0, kR1, store, slow);
    });
  };
  EXPECT_EQ(store_at(I(1), I(21)), I(21).raw_bits());
  EXPECT_EQ(store_at(I(3), I(40)), kSlowMarker);  // growth: the helper
  EXPECT_EQ(store_at(I(1), D(0.5)), kSlowMarker);  // a double into SMI elements: the helper
  ASSERT_TRUE(Run("var second = arr[1], length = arr.length;"));
  EXPECT_EQ(Global("second"), I(21));
  EXPECT_EQ(Global("length"), I(3));
}

TEST_F(JitTest, GlobalCellInline) {
  ASSERT_TRUE(Run("var gv = 7; function readGv() { return gv; } %PrepareFunctionForOptimization(readGv); readGv();"));
  auto* vector = FeedbackVector::cast(JSFunction::cast(Global("readGv"))->shared()->feedback_vector());
  const void* feedback = reinterpret_cast<uint8_t*>(vector->address()) + FeedbackVector::FeedbackOffset(0);
  auto load = [&]() {
    return RunSnippet([&](MacroAssembler& m, Label slow) { m.LoadGlobalCell(feedback, slow); });
  };
  EXPECT_EQ(load(), I(7).raw_bits());
  ASSERT_TRUE(Run("gv = 'changed';"));
  EXPECT_EQ(load(), Global("gv").raw_bits());
  ASSERT_TRUE(Run("delete globalThis.gv;"));  // var is not deletable: still a value
  EXPECT_NE(load(), kSlowMarker);
  static Value not_a_cell = I(3);
  EXPECT_EQ(RunSnippet([&](MacroAssembler& m, Label slow) { m.LoadGlobalCell(&not_a_cell, slow); }),
            kSlowMarker);
}

TEST_F(JitTest, BumpAllocation) {
  Shape* shape = Shape::cast(*isolate_->roots().slot(RootIndex::kJSObjectShape));
  int size = shape->instance_size();
  Address top = isolate_->isolate_data()->new_space_top;
  uint64_t r = RunSnippet([&](MacroAssembler& m, Label slow) { m.AllocateJSObject(shape, size, slow); });
  ASSERT_TRUE(IsJSObject(Value::FromRawBits(r)));
  JSObject* object = JSObject::cast(Value::FromRawBits(r));
  EXPECT_EQ(object->address(), top);
  EXPECT_EQ(isolate_->isolate_data()->new_space_top, top + size);
  EXPECT_EQ(object->shape(), shape);
  EXPECT_EQ(object->elements(), isolate_->roots().empty_fixed_array()->ToValue());
  for (int offset = JSObject::kHeaderSize; offset < size; offset += kTaggedSize) {
    EXPECT_EQ(object->field(offset), Value::Undefined());
  }
  // A full new space (the limit at the top, as --gc-stress keeps it): the
  // slow path, and nothing allocated.
  Address limit = isolate_->isolate_data()->new_space_limit;
  isolate_->isolate_data()->new_space_limit = isolate_->isolate_data()->new_space_top;
  EXPECT_EQ(RunSnippet([&](MacroAssembler& m, Label slow) { m.AllocateJSObject(shape, size, slow); }),
            kSlowMarker);
  EXPECT_EQ(isolate_->isolate_data()->new_space_top, top + size);
  isolate_->isolate_data()->new_space_limit = limit;
}

// -- Whole functions -------------------------------------------------------------------------------

TEST_F(JitTest, PcTableRoundTripsAndCoversEveryInstruction) {
  ASSERT_TRUE(Run("function f(a, b) { let s = 0; for (let i = 0; i < a; i++) { s += i * b; if (s > 1e6) break; }"
                  "  try { if (s < 0) throw 1; } catch (e) { s = -1; } return s; }"
                  "%CompileBaseline(f); var r = f(10, 3);"));
  EXPECT_EQ(Global("r"), I(135));
  JSFunction* f = JSFunction::cast(Global("f"));
  ASSERT_TRUE(IsCode(f->code()));
  Code* code = Code::cast(f->code());
  BytecodeArray* bytecode = BytecodeArray::cast(f->shared()->function_data());
  int instructions = 0;
  int64_t previous_pc = -1;
  for (BytecodeIterator it(bytecode->GetFirstBytecodeAddress(), bytecode->length()); !it.done(); it.Advance()) {
    int64_t pc = jit::PcForBytecodeOffset(code, it.current_offset());
    ASSERT_GE(pc, 0) << "no code for @" << it.current_offset();
    EXPECT_GE(pc, previous_pc);
    EXPECT_LT(pc, static_cast<int64_t>(code->instruction_size()));
    // Round trip, unless the instruction emitted no code of its own (its pc
    // is its successor's).
    int32_t back = jit::BytecodeOffsetForPc(code, static_cast<uint32_t>(pc));
    EXPECT_GE(back, it.current_offset() - 0);
    EXPECT_EQ(jit::PcForBytecodeOffset(code, back), pc);
    previous_pc = pc;
    instructions++;
  }
  EXPECT_GT(instructions, 10);
  EXPECT_EQ(jit::PcForBytecodeOffset(code, bytecode->length() + 5), -1);
}

TEST_F(JitTest, TierUpAfterTheBudgetAndSharedCode) {
  Flags flags;
  flags.allow_natives_syntax = true;
  flags.interrupt_budget = 1000;
  Restart(flags);
  ASSERT_TRUE(Run("function make() { return function (x) { return x + 1; }; }"
                  "var a = make(); var b = make(); var t = 0;"
                  "for (let i = 0; i < 5000; i++) t = a(t);"
                  "var statusA = %GetOptimizationStatus(a); b(1); var statusB = %GetOptimizationStatus(b);"));
  EXPECT_EQ(Global("t"), I(5000));
  EXPECT_EQ(Global("statusA").AsInt32() & (1 << 15), 1 << 15);
  // The second closure of the same literal found the shared code on its
  // first call through the generic entry.
  EXPECT_EQ(Global("statusB").AsInt32() & (1 << 15), 1 << 15);
  EXPECT_EQ(JSFunction::cast(Global("a"))->code(), JSFunction::cast(Global("b"))->code());
}

TEST_F(JitTest, NoJitMeansNoCode) {
  Flags flags;
  flags.allow_natives_syntax = true;
  flags.jit = false;
  Restart(flags);
  ASSERT_TRUE(Run("function f(x) { return x * 2; } %CompileBaseline(f); var r = f(21);"));
  EXPECT_EQ(Global("r"), I(42));
  EXPECT_TRUE(JSFunction::cast(Global("f"))->code().IsUndefined());
}

}  // namespace
}  // namespace lucid
