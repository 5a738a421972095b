// Copyright 2025 the Lucid authors. MIT license.
// Control and context scopes of the BytecodeGenerator (internal to its .cc files).

#ifndef LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_SCOPES_H_
#define LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_SCOPES_H_

#include <cassert>
#include <vector>

#include "vm/interpreter/bytecode_generator.h"

namespace lucid {

// -- Control scopes ---------------------------------------------------------------
//
// A chain of ControlScopes mirrors the statements that break, continue,
// return and rethrow can leave. A command walks the chain outwards until a
// scope handles it; a try-finally intercepts every command so the finally
// block runs first (V8's ControlScope / DeferredCommands design).

class BytecodeGenerator::ControlScope {
 public:
  enum class Command : uint8_t { kBreak, kContinue, kReturn };

  explicit ControlScope(BytecodeGenerator* generator)
      : generator_(generator), outer_(generator->control_scope_),
        context_depth_(generator->context_depth()) {
    generator_->control_scope_ = this;
  }
  virtual ~ControlScope() { generator_->control_scope_ = outer_; }
  ControlScope(const ControlScope&) = delete;
  ControlScope& operator=(const ControlScope&) = delete;

  // Emits code for {command} aimed at {target}; acc holds the return value
  // for kReturn.
  void PerformCommand(Command command, Statement* target) {
    for (ControlScope* s = this; s != nullptr; s = s->outer_) {
      if (s->Execute(command, target)) return;
    }
    assert(false && "unhandled control command");
  }

  ControlScope* outer() const { return outer_; }

 protected:
  virtual bool Execute(Command command, Statement* target) = 0;
  BytecodeGenerator* generator() const { return generator_; }
  BytecodeArrayBuilder* builder() const { return &generator_->builder_; }
  int32_t context_depth() const { return context_depth_; }

 private:
  BytecodeGenerator* generator_;
  ControlScope* outer_;
  int32_t context_depth_;
};

// The function body: return leaves the frame.
class BytecodeGenerator::ControlScopeForTopLevel final : public ControlScope {
 public:
  using ControlScope::ControlScope;

 protected:
  bool Execute(Command command, Statement*) override {
    if (command != Command::kReturn) return false;
    if (generator()->is_async_function()) {
      generator()->BuildAsyncReturn();  // resolve the function's promise
    } else if (generator()->is_async_generator()) {
      generator()->BuildAsyncGeneratorReturn();  // settle the head request
    } else {
      builder()->Emit(Bytecode::kReturn);
    }
    return true;
  }
};

// A labeled statement or switch: break jumps past it.
class BytecodeGenerator::ControlScopeForBreakable final : public ControlScope {
 public:
  ControlScopeForBreakable(BytecodeGenerator* generator, Statement* statement,
                           BytecodeLabel break_label)
      : ControlScope(generator), statement_(statement), break_label_(break_label) {}

 protected:
  bool Execute(Command command, Statement* target) override {
    if (command != Command::kBreak || target != statement_) return false;
    generator()->PopContextsTo(context_depth());
    builder()->EmitJump(Bytecode::kJump, break_label_);
    return true;
  }

 private:
  Statement* statement_;
  BytecodeLabel break_label_;
};

// A loop: break and continue.
class BytecodeGenerator::ControlScopeForIteration final : public ControlScope {
 public:
  ControlScopeForIteration(BytecodeGenerator* generator, Statement* statement,
                           BytecodeLabel break_label, BytecodeLabel continue_label)
      : ControlScope(generator), statement_(statement), break_label_(break_label),
        continue_label_(continue_label) {}

 protected:
  bool Execute(Command command, Statement* target) override {
    if (target != statement_ || command == Command::kReturn) return false;
    generator()->PopContextsTo(context_depth());
    builder()->EmitJump(Bytecode::kJump,
                        command == Command::kBreak ? break_label_ : continue_label_);
    return true;
  }

 private:
  Statement* statement_;
  BytecodeLabel break_label_;
  BytecodeLabel continue_label_;
};

// try { } finally { }: every command that leaves the try block becomes a
// token in {token} (with the return value in {result}) and a jump to the
// finally block, which dispatches on the token afterwards.
class BytecodeGenerator::ControlScopeForTryFinally final : public ControlScope {
 public:
  static constexpr int32_t kFallthroughToken = -1;
  static constexpr int32_t kRethrowToken = 0;

  struct Deferred {
    Command command;
    Statement* target;
    int32_t token;
  };

  ControlScopeForTryFinally(BytecodeGenerator* generator, Register token, Register result,
                            BytecodeLabel finally_entry)
      : ControlScope(generator), token_(token), result_(result), finally_entry_(finally_entry) {}

  const std::vector<Deferred>& deferred() const { return deferred_; }

 protected:
  bool Execute(Command command, Statement* target) override {
    int32_t token = -2;
    for (const Deferred& d : deferred_) {
      if (d.command == command && d.target == target) token = d.token;
    }
    if (token == -2) {
      token = static_cast<int32_t>(deferred_.size()) + 1;
      deferred_.push_back({command, target, token});
    }
    // The context of the try block is restored by the finally path itself.
    generator()->PopContextsTo(context_depth());
    if (command == Command::kReturn) {
      builder()->StoreAccumulatorInRegister(result_);
    } else {
      builder()->LoadUndefined();
      builder()->StoreAccumulatorInRegister(result_);
    }
    builder()->LoadSmi(token);
    builder()->StoreAccumulatorInRegister(token_);
    builder()->EmitJump(Bytecode::kJump, finally_entry_);
    return true;
  }

 private:
  Register token_;
  Register result_;
  BytecodeLabel finally_entry_;
  std::vector<Deferred> deferred_;
};

// Pushes the context of {scope} (if it needs one) for its lifetime.
class BytecodeGenerator::ContextScope {
 public:
  ContextScope(BytecodeGenerator* generator, Scope* scope) : generator_(generator) {
    if (scope == nullptr || !scope->needs_context()) return;
    pushed_ = true;
    BytecodeArrayBuilder* b = &generator->builder_;
    b->Emit(Bytecode::kCreateBlockContext, {generator->ScopeInfoConstant(scope)});
    Register saved = generator->NewRegister();
    b->Emit(Bytecode::kPushContext, {saved});
    generator->context_saves_.push_back(saved);
  }
  ~ContextScope() {
    if (!pushed_) return;
    Register saved = generator_->context_saves_.back();
    generator_->context_saves_.pop_back();
    generator_->builder_.Emit(Bytecode::kPopContext, {saved});
  }
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  BytecodeGenerator* generator_;
  bool pushed_ = false;
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_BYTECODE_GENERATOR_SCOPES_H_
