// Copyright the Lucid authors. MIT license.
// BytecodeGenerator: generator functions, yield and yield* (V8's scheme;
// docs/bytecode.md "Generators").
//
// A generator function's bytecode:
//
//     SwitchOnGeneratorState r_gen, [resume points]   r_gen undefined: fall through
//     ...prologue (contexts, parameters, declarations)...
//     CallRuntime CreateJSGeneratorObject(<closure>, <this>); Star r_gen
//     SuspendGenerator r_gen, r0-rK, [0]               `g = f()` returns the object
//   resume_0:
//     ResumeGenerator r_gen, r0-rK                     acc = the value sent in
//     <resume dispatch>                                next: go on; throw: throw it;
//     ...body...                                       return: return it (finally runs)
//
// Every suspend saves the live registers (r0 up to the allocator's current
// index: temporaries above it are dead at a yield) plus the parameters and
// the context into the generator object; nothing of the frame lives
// anywhere else, so resuming is "push a frame, run from the entry".

#include <cassert>

#include "vm/interpreter/bytecode_generator.h"
#include "vm/interpreter/bytecode_generator_scopes.h"

namespace lucid {

namespace {
constexpr int32_t kResumeModeNext = 0;
constexpr int32_t kResumeModeReturn = 1;
constexpr int32_t kResumeModeThrow = 2;
}  // namespace

void BytecodeGenerator::BuildGeneratorPrologue() {
  generator_object_ = NewRegister();
  builder_.EmitSwitchOnGeneratorState(generator_object_);
  BuildPrologue();
  {
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.MoveRegister(Register::FunctionClosure(), args[0]);
    builder_.MoveRegister(Register::Receiver(), args[1]);
    builder_.CallRuntime(RuntimeFunctionId::kCreateJSGeneratorObject, args);
    builder_.StoreAccumulatorInRegister(generator_object_);
  }
  // The initial yield: the call returns the generator object; the first
  // next() resumes here (return()/throw() on a fresh generator act here too,
  // outside any try, so they simply complete it). V8 reports a throw() into
  // a fresh generator at the parameter list's `(`: the function scope's start.
  builder_.SetExpressionPosition(scope_->start_position());
  BuildSuspendPoint();
  BuildResumeDispatch();
}

// acc = the value to hand to the resumer. Suspends, and on resume leaves acc
// = the value sent in (the resume mode is read by BuildResumeDispatch).
void BytecodeGenerator::BuildSuspendPoint() {
  RegisterList live(0, registers()->next_register_index());
  BytecodeLabel resume = builder_.NewLabel();
  int32_t suspend_id = builder_.AddResumePoint(resume);
  builder_.Emit(Bytecode::kSuspendGenerator,
                {generator_object_, live.first(), live.count(), suspend_id});
  builder_.Bind(resume);
  builder_.Emit(Bytecode::kResumeGenerator, {generator_object_, live.first(), live.count()});
}

// acc = the value sent in. next: acc stays; throw: throw it at the yield;
// return: return it through every enclosing finally.
void BytecodeGenerator::BuildResumeDispatch() {
  RegisterAllocationScope rs(registers());
  Register input = NewRegister();
  builder_.StoreAccumulatorInRegister(input);
  builder_.CallRuntime(RuntimeFunctionId::kGeneratorGetResumeMode, generator_object_);
  BytecodeLabel on_return = builder_.NewLabel(), on_throw = builder_.NewLabel();
  BytecodeLabel done = builder_.NewLabel();
  builder_.EmitSwitchOnSmi({on_return, on_throw}, kResumeModeReturn);
  builder_.LoadAccumulatorWithRegister(input);
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(on_return);
  builder_.LoadAccumulatorWithRegister(input);
  control_scope_->PerformCommand(ControlScope::Command::kReturn, nullptr);
  builder_.Bind(on_throw);
  builder_.LoadAccumulatorWithRegister(input);
  builder_.Emit(Bytecode::kThrow);
  builder_.Bind(done);
}

// yield expr: suspend with {value: expr, done: false}.
void BytecodeGenerator::VisitYield(Yield* node) {
  if (async_generator_) {
    // yield e: await e, settle the head request with {value, done: false},
    // suspend (docs/bytecode.md "Async generators").
    if (node->expression() != nullptr) {
      VisitForAccumulatorValue(node->expression());
    } else {
      builder_.LoadUndefined();
    }
    BuildAwait(node->position());
    {
      RegisterAllocationScope rs(registers());
      RegisterList args = registers()->NewRegisterList(2);
      builder_.StoreAccumulatorInRegister(args[1]);
      builder_.MoveRegister(generator_object_, args[0]);
      builder_.CallRuntime(RuntimeFunctionId::kAsyncGeneratorYield, args);
    }
    BuildSuspendPoint();
    BuildAsyncGeneratorResumeDispatch();
    return;
  }
  {
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(2);
    if (node->expression() != nullptr) {
      VisitForAccumulatorValue(node->expression());
    } else {
      builder_.LoadUndefined();
    }
    builder_.StoreAccumulatorInRegister(args[0]);
    builder_.LoadBoolean(false);
    builder_.StoreAccumulatorInRegister(args[1]);
    builder_.SetExpressionPosition(node->position());
    builder_.CallRuntime(RuntimeFunctionId::kCreateIterResultObject, args);
  }
  BuildSuspendPoint();
  BuildResumeDispatch();
}

// yield* iterable (ES2023 14.4.14, sync generators):
//
//   r_iter, r_next = GetIterator iterable; received = undefined; mode = next
//   loop: switch (mode)
//     next:   output = r_next.call(r_iter, received)
//     return: m = r_iter.return; if m is null/undefined → return received
//             output = m.call(r_iter, received)
//     throw:  m = r_iter.throw; if m is null/undefined → close r_iter,
//             throw TypeError; output = m.call(r_iter, received)
//     output must be an object; if output.done → leave the loop
//     suspend handing output itself to the resumer (no re-wrapping)
//     received = the value sent in; mode = the resume mode; JumpLoop loop
//   done: value = output.value; mode return → return value; else acc = value
//   In an async generator (ES2023 15.5.5, generatorKind async) the iterator
//   comes from GetAsyncIterator, every inner call's result is awaited, and
//   each inner value is handed on by AsyncGeneratorYield (not awaited again)
//   before the suspend.
void BytecodeGenerator::VisitYieldStar(YieldStar* node) {
  const bool is_async = async_generator_;
  RegisterAllocationScope rs(registers());
  Register iterable = NewRegister();
  VisitForAccumulatorValue(node->expression());
  builder_.StoreAccumulatorInRegister(iterable);
  RegisterList record = registers()->NewRegisterList(2);
  {
    RegisterAllocationScope args_scope(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.MoveRegister(iterable, args[0]);
    // How V8's call printer renders the operand in "... is not iterable".
    Expression* operand = node->expression();
    int32_t rendering = operand->IsCall() || operand->IsProperty()      ? 1
                        : operand->IsYield() || operand->IsYieldStar() ? 2
                                                                         : 0;
    builder_.LoadSmi(rendering);
    builder_.StoreAccumulatorInRegister(args[1]);
    builder_.SetExpressionPosition(node->position());
    builder_.CallRuntime(is_async ? RuntimeFunctionId::kYieldStarGetAsyncIterator
                                  : RuntimeFunctionId::kYieldStarGetIterator,
                         args);
  }
  builder_.StoreAccumulatorInRegister(record[0]);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {record[0], builder_.constant_pool()->AddString(u"next"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.StoreAccumulatorInRegister(record[1]);
  Register mode = NewRegister();
  Register output = NewRegister();
  Register method = NewRegister();
  RegisterList call_args = registers()->NewRegisterList(2);  // iterator, received
  builder_.MoveRegister(record[0], call_args[0]);
  builder_.LoadUndefined();
  builder_.StoreAccumulatorInRegister(call_args[1]);
  builder_.LoadSmi(kResumeModeNext);
  builder_.StoreAccumulatorInRegister(mode);

  BytecodeLabel loop = builder_.NewLabel(), check = builder_.NewLabel();
  BytecodeLabel on_return = builder_.NewLabel(), on_throw = builder_.NewLabel();
  BytecodeLabel return_direct = builder_.NewLabel(), throw_missing = builder_.NewLabel();
  BytecodeLabel is_object = builder_.NewLabel(), finished = builder_.NewLabel();
  builder_.Bind(loop);
  builder_.LoadAccumulatorWithRegister(mode);
  builder_.EmitSwitchOnSmi({on_return, on_throw}, kResumeModeReturn);
  // next
  builder_.Emit(Bytecode::kCallProperty,
                {record[1], call_args.first(), call_args.count(), Slot(FeedbackSlotKind::kCallIC)});
  builder_.EmitJump(Bytecode::kJump, check);
  // return
  builder_.Bind(on_return);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {record[0], builder_.constant_pool()->AddString(u"return"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, return_direct);
  builder_.StoreAccumulatorInRegister(method);
  builder_.Emit(Bytecode::kCallProperty,
                {method, call_args.first(), call_args.count(), Slot(FeedbackSlotKind::kCallIC)});
  builder_.EmitJump(Bytecode::kJump, check);
  builder_.Bind(return_direct);
  builder_.LoadAccumulatorWithRegister(call_args[1]);
  if (is_async) BuildAwait(-1);
  control_scope_->PerformCommand(ControlScope::Command::kReturn, nullptr);
  // throw
  builder_.Bind(on_throw);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {record[0], builder_.constant_pool()->AddString(u"throw"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.EmitJump(Bytecode::kJumpIfUndefinedOrNull, throw_missing);
  builder_.StoreAccumulatorInRegister(method);
  builder_.Emit(Bytecode::kCallProperty,
                {method, call_args.first(), call_args.count(), Slot(FeedbackSlotKind::kCallIC)});
  builder_.EmitJump(Bytecode::kJump, check);
  builder_.Bind(throw_missing);
  // IteratorClose, or in an async generator AsyncIteratorClose, which
  // awaits return()'s result (and checks it is an object) before the
  // TypeError.
  BuildIteratorClose(record[0], false, is_async);
  builder_.CallRuntime(RuntimeFunctionId::kThrowThrowMethodMissing);
  // output must be an object; done?
  builder_.Bind(check);
  if (is_async) BuildAwait(-1);
  builder_.StoreAccumulatorInRegister(output);
  builder_.EmitJump(Bytecode::kJumpIfJSReceiver, is_object);
  builder_.CallRuntime(RuntimeFunctionId::kThrowIteratorResultNotAnObject, output);
  builder_.Bind(is_object);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {output, builder_.constant_pool()->AddString(u"done"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.EmitJump(Bytecode::kJumpIfToBooleanTrue, finished);
  if (is_async) {
    builder_.Emit(Bytecode::kGetNamedProperty,
                  {output, builder_.constant_pool()->AddString(u"value"),
                   Slot(FeedbackSlotKind::kLoadIC)});
    RegisterAllocationScope args_scope(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.StoreAccumulatorInRegister(args[1]);
    builder_.MoveRegister(generator_object_, args[0]);
    builder_.CallRuntime(RuntimeFunctionId::kAsyncGeneratorYield, args);
  } else {
    builder_.LoadAccumulatorWithRegister(output);
  }
  BuildSuspendPoint();
  builder_.StoreAccumulatorInRegister(call_args[1]);
  builder_.CallRuntime(RuntimeFunctionId::kGeneratorGetResumeMode, generator_object_);
  builder_.StoreAccumulatorInRegister(mode);
  builder_.EmitJumpLoop(loop, loop_depth_, Slot(FeedbackSlotKind::kJumpLoop));
  // The inner iterator is done: its value is the result of yield*, or the
  // generator's return value when we were forwarding a return().
  builder_.Bind(finished);
  builder_.Emit(Bytecode::kGetNamedProperty,
                {output, builder_.constant_pool()->AddString(u"value"),
                 Slot(FeedbackSlotKind::kLoadIC)});
  builder_.StoreAccumulatorInRegister(output);
  BytecodeLabel was_return = builder_.NewLabel(), done = builder_.NewLabel();
  builder_.LoadAccumulatorWithRegister(mode);
  builder_.EmitSwitchOnSmi({was_return}, kResumeModeReturn);
  builder_.LoadAccumulatorWithRegister(output);
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(was_return);
  builder_.LoadAccumulatorWithRegister(output);
  control_scope_->PerformCommand(ControlScope::Command::kReturn, nullptr);
  builder_.Bind(done);
}

// -- Async functions (docs/bytecode.md "Async functions") ------------------------
//
//     SwitchOnGeneratorState r_gen, [resume points]   r_gen undefined: fall through
//     CallRuntime AsyncFunctionEnter(<closure>, <this>); Star r_gen
//     Mov <context>, r_ctx
//   try_begin:
//     ...prologue (contexts, parameters, declarations)...
//     ...body...                                      return e: AsyncFunctionResolve(r_gen, e); Return
//     LdaUndefined; AsyncFunctionResolve; Return
//   try_end
//   handler:                                          acc = the exception
//     Star r_e; LdaTheHole; SetPendingMessage
//     CallRuntime AsyncFunctionReject(r_gen, r_e); Return
//
// Every exit returns the function's promise: a body that throws (a default
// parameter included) rejects it instead of throwing at the caller.
void BytecodeGenerator::BuildAsyncFunctionBody() {
  async_function_ = true;
  generator_object_ = NewRegister();
  builder_.EmitSwitchOnGeneratorState(generator_object_);
  {
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.MoveRegister(Register::FunctionClosure(), args[0]);
    builder_.MoveRegister(Register::Receiver(), args[1]);
    builder_.CallRuntime(RuntimeFunctionId::kAsyncFunctionEnter, args);
    builder_.StoreAccumulatorInRegister(generator_object_);
  }
  Register context = NewRegister();
  builder_.MoveRegister(Register::CurrentContext(), context);
  int32_t handler = builder_.NewHandlerEntry(context, HandlerPrediction::kCaught);
  builder_.MarkTryBegin(handler);
  BuildPrologue();
  VisitStatements(literal_->body());
  if (!builder_.IsDeadCode()) {
    builder_.SetStatementPosition(literal_->end_position() > 0 ? literal_->end_position() - 1 : 0);
    builder_.LoadUndefined();
    BuildAsyncReturn();
  }
  builder_.MarkTryEnd(handler);
  builder_.MarkHandler(handler);
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(2);
  builder_.StoreAccumulatorInRegister(args[1]);
  builder_.LoadTheHole();
  builder_.Emit(Bytecode::kSetPendingMessage);
  builder_.MoveRegister(generator_object_, args[0]);
  builder_.CallRuntime(RuntimeFunctionId::kAsyncFunctionReject, args);
  builder_.Emit(Bytecode::kReturn);
}

// acc = the return value: resolve the function's promise with it and
// return the promise.
void BytecodeGenerator::BuildAsyncReturn() {
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(2);
  builder_.StoreAccumulatorInRegister(args[1]);
  builder_.MoveRegister(generator_object_, args[0]);
  builder_.CallRuntime(RuntimeFunctionId::kAsyncFunctionResolve, args);
  builder_.Emit(Bytecode::kReturn);
}

// await e: AsyncFunctionAwait(r_gen, e) subscribes the frame to e's
// promise and leaves the function's promise in acc, which the suspend
// hands to whoever ran the frame; on resume acc = the fulfilled value, or
// the rejection is thrown here.
void BytecodeGenerator::VisitAwait(Await* node) {
  VisitForAccumulatorValue(node->expression());
  BuildAwait(node->position());
}

void BytecodeGenerator::BuildAwait(int position) {
  {
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.StoreAccumulatorInRegister(args[1]);
    builder_.MoveRegister(generator_object_, args[0]);
    if (position >= 0) builder_.SetExpressionPosition(position);
    builder_.CallRuntime(async_generator_ ? RuntimeFunctionId::kAsyncGeneratorAwait
                                          : RuntimeFunctionId::kAsyncFunctionAwait,
                         args);
  }
  BuildSuspendPoint();
  BuildResumeDispatch();
}

// -- Async generators (docs/bytecode.md "Async generators") ---------------------
//
//     SwitchOnGeneratorState r_gen, [resume points]   r_gen undefined: fall through
//     ...prologue (contexts, parameters, declarations)...
//     CallRuntime AsyncGeneratorEnter(<closure>, <this>); Star r_gen
//     SuspendGenerator r_gen, ..., [0]                 `g = f()` returns the object
//   resume_0:                                          (always a next(): return()/throw()
//     ResumeGenerator r_gen, ...                        at the start never resume it)
//     Mov <context>, r_ctx
//   try_begin:
//     ...body...                                       return e: await e;
//                                                      AsyncGeneratorResolve(r_gen, e); Return
//     LdaUndefined; AsyncGeneratorResolve; Return
//   try_end
//   handler:                                           acc = the exception
//     Star r_e; LdaTheHole; SetPendingMessage
//     CallRuntime AsyncGeneratorReject(r_gen, r_e); Return
//
// The parameters are evaluated before the first suspend, so their errors
// throw at the call, as the spec's EvaluateAsyncGeneratorBody does. The
// frame's return value is never looked at: the requests' promises carry
// every result (runtime/builtins_async_generator.cc).
void BytecodeGenerator::BuildAsyncGeneratorBody() {
  async_generator_ = true;
  generator_object_ = NewRegister();
  builder_.EmitSwitchOnGeneratorState(generator_object_);
  BuildPrologue();
  {
    RegisterAllocationScope rs(registers());
    RegisterList args = registers()->NewRegisterList(2);
    builder_.MoveRegister(Register::FunctionClosure(), args[0]);
    builder_.MoveRegister(Register::Receiver(), args[1]);
    builder_.CallRuntime(RuntimeFunctionId::kAsyncGeneratorEnter, args);
    builder_.StoreAccumulatorInRegister(generator_object_);
  }
  builder_.SetExpressionPosition(scope_->start_position());
  BuildSuspendPoint();
  Register context = NewRegister();
  builder_.MoveRegister(Register::CurrentContext(), context);
  int32_t handler = builder_.NewHandlerEntry(context, HandlerPrediction::kCaught);
  builder_.MarkTryBegin(handler);
  VisitStatements(literal_->body());
  if (!builder_.IsDeadCode()) {
    builder_.SetStatementPosition(literal_->end_position() > 0 ? literal_->end_position() - 1 : 0);
    builder_.LoadUndefined();
    BuildAsyncGeneratorReturn();
  }
  builder_.MarkTryEnd(handler);
  builder_.MarkHandler(handler);
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(2);
  builder_.StoreAccumulatorInRegister(args[1]);
  builder_.LoadTheHole();
  builder_.Emit(Bytecode::kSetPendingMessage);
  builder_.MoveRegister(generator_object_, args[0]);
  builder_.CallRuntime(RuntimeFunctionId::kAsyncGeneratorReject, args);
  builder_.Emit(Bytecode::kReturn);
}

// acc = the (already awaited) return value: close the generator, settle
// the head request with {value, done: true}, leave the frame.
void BytecodeGenerator::BuildAsyncGeneratorReturn() {
  RegisterAllocationScope rs(registers());
  RegisterList args = registers()->NewRegisterList(2);
  builder_.StoreAccumulatorInRegister(args[1]);
  builder_.MoveRegister(generator_object_, args[0]);
  builder_.CallRuntime(RuntimeFunctionId::kAsyncGeneratorResolve, args);
  builder_.Emit(Bytecode::kReturn);
}

// After a yield's suspend, acc = the value sent in. next: acc stays; throw:
// throw it at the yield; return: await it, then return it through every
// enclosing finally (ES2023 AsyncGeneratorUnwrapYieldResumption).
void BytecodeGenerator::BuildAsyncGeneratorResumeDispatch() {
  RegisterAllocationScope rs(registers());
  Register input = NewRegister();
  builder_.StoreAccumulatorInRegister(input);
  builder_.CallRuntime(RuntimeFunctionId::kGeneratorGetResumeMode, generator_object_);
  BytecodeLabel on_return = builder_.NewLabel(), on_throw = builder_.NewLabel();
  BytecodeLabel done = builder_.NewLabel();
  builder_.EmitSwitchOnSmi({on_return, on_throw}, kResumeModeReturn);
  builder_.LoadAccumulatorWithRegister(input);
  builder_.EmitJump(Bytecode::kJump, done);
  builder_.Bind(on_return);
  builder_.LoadAccumulatorWithRegister(input);
  BuildAwait(-1);
  control_scope_->PerformCommand(ControlScope::Command::kReturn, nullptr);
  builder_.Bind(on_throw);
  builder_.LoadAccumulatorWithRegister(input);
  builder_.Emit(Bytecode::kThrow);
  builder_.Bind(done);
}

}  // namespace lucid
