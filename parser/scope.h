// Copyright the Lucid authors. MIT license.
//
// Scopes and variables, and the static scope analysis that runs after parsing.
//
// The parser creates the scopes and declares every binding as it goes (so that
// redeclaration errors come out at the right position). ScopeAnalysis then
// (1) resolves every VariableProxy to its Variable, walking outwards through
// the scope chain; (2) allocates every variable — parameter, stack register,
// heap-context slot or global — deciding "captured by an inner closure ⇒
// context slot" per variable, as V8 does; (3) stores in each VariableProxy the
// resolution the bytecode generator needs: where the variable lives, how many
// contexts to hop, and whether a TDZ hole check is needed.
//
// Lucid has no `eval` and no `with`, so all of this is static: a name that no
// scope declares is a global lookup by name (kUnresolvedGlobal).
//
// Contexts. A scope "needs a context" iff at least one of its variables is
// context-allocated (or it is a classic script with top-level lexical
// declarations: the script context). The bytecode generator pushes a context
// for such a scope when it enters it (functions: in the prologue; blocks,
// catch, class, loop heads: on entry) and pops it on exit. Context slot
// indices are 0-based among the variables of that scope; the VM adds its own
// header size (previous context, scope info, ...).

#ifndef LUCID_PARSER_SCOPE_H_
#define LUCID_PARSER_SCOPE_H_

#include <cstdint>

#include "parser/arena.h"
#include "parser/ast_string.h"

namespace lucid {

class ClassLiteral;
class FunctionLiteral;
class VariableProxy;
class AstStringTable;

// Format: V(Name)
#define SCOPE_TYPE_LIST(V)                                                   \
  V(Script)      /* top level of a classic script (--script, -e) */          \
  V(Function)    /* any function: normal, arrow, method, the CommonJS        \
                    wrapper, class member initializers */                    \
  V(Block)       /* { } with lexical declarations, for/switch heads */       \
  V(Catch)       /* the catch parameter's scope; the body is a Block */      \
  V(Class)       /* class name binding, private names, home objects */       \
  V(StaticBlock) /* class static { }: a var scope that is not a function */

enum class ScopeType : uint8_t {
#define LUCID_SCOPE_TYPE_ENUM(name) k##name,
  SCOPE_TYPE_LIST(LUCID_SCOPE_TYPE_ENUM)
#undef LUCID_SCOPE_TYPE_ENUM
};
const char* ScopeTypeName(ScopeType type);

// How a binding was declared.
enum class VariableMode : uint8_t {
  kVar,        // var (hoisted to the declaration scope, initialized undefined)
  kLet,        // let (TDZ until its declaration runs)
  kConst,      // const (TDZ; assignment throws "Assignment to constant variable.")
  kFunction,   // function declaration: var-like in a function/script scope,
               // let-like in a block; initialized at scope entry (hoisting)
  kClass,      // class declaration's outer binding (let-like, TDZ)
  kParameter,  // formal parameter
  kCatch,      // catch (e) binding (simple identifier form)
  kInternal,   // implicit/hidden: see VariableKind
};
const char* VariableModeName(VariableMode mode);

// What an implicit (kInternal) variable stands for; kNormal for user bindings.
// The bytecode generator initializes the implicit ones in the prologue of the
// function whose scope declares them (only those that exist: they are
// declared on demand, when referenced).
enum class VariableKind : uint8_t {
  kNormal,
  kThis,                       // the receiver. In a derived constructor it starts
                               // as the hole and super() initializes it.
  kNewTarget,                  // new.target (undefined for [[Call]])
  kArguments,                  // the arguments object (see Scope::arguments_is_mapped)
  kThisFunction,               // the running closure (super() needs it to find
                               // the parent constructor, also from arrows)
  kHomeObject,                 // the method's [[HomeObject]] (for super.x)
  kFunctionName,               // a named function expression's own name:
                               // immutable; assignment is ignored in sloppy code
                               // and a TypeError in strict code
  kClassName,                  // a class's inner name binding (immutable, TDZ
                               // until the class is defined)
  kPrivateName,                // #x: holds the private symbol (fields) or the
                               // private method/accessor (see PrivateNameKind)
  kInstanceMembersInitializer, // class scope: the synthetic function that
                               // defines instance fields/private methods
  kComputedFieldKey,           // class scope: a field's evaluated computed key
  kPrivateMethod,              // class scope: a private instance method's closure
};

enum class PrivateNameKind : uint8_t { kNone, kField, kMethod, kGetter, kSetter, kAccessor };

// Where a variable lives after allocation. Also the "kind" of a resolved
// reference (VariableProxy::location()).
enum class VariableLocation : uint8_t {
  kUnallocated,       // not allocated (never referenced implicit variable, or
                      // analysis not yet run)
  kParameter,         // index = parameter index (0-based); kReceiverIndex is `this`
  kLocal,             // index = register index in the function's frame
  kContext,           // index = slot in the heap context of variable->scope()
  kScriptContext,     // classic-script top-level let/const/class: slot in the
                      // script context (a context like any other, reached with
                      // the same depth/index; other scripts see it by name)
  kGlobal,            // classic-script top-level var/function: a property of
                      // the global object, by name
  kUnresolvedGlobal,  // (references only) no declaration: global lookup by name
};
const char* VariableLocationName(VariableLocation location);

class Scope;

class Variable {
 public:
  static constexpr int kReceiverIndex = -1;

  Variable(Scope* scope, const AstString* name, VariableMode mode, VariableKind kind,
           int position)
      : name_(name), scope_(scope), mode_(mode), kind_(kind), position_(position) {}

  const AstString* name() const { return name_; }
  Scope* scope() const { return scope_; }
  VariableMode mode() const { return mode_; }
  VariableKind kind() const { return kind_; }
  // Source position of the declaring identifier.
  int position() const { return position_; }

  VariableLocation location() const { return location_; }
  // Parameter index, register index or context slot; -1 when not applicable.
  int index() const { return index_; }
  bool IsStackAllocated() const {
    return location_ == VariableLocation::kLocal || location_ == VariableLocation::kParameter;
  }
  bool IsContextSlot() const {
    return location_ == VariableLocation::kContext ||
           location_ == VariableLocation::kScriptContext;
  }
  bool IsGlobal() const { return location_ == VariableLocation::kGlobal; }

  // let, const, class and the class inner name: bindings with a TDZ.
  bool IsLexical() const {
    return mode_ == VariableMode::kLet || mode_ == VariableMode::kConst ||
           mode_ == VariableMode::kClass || kind_ == VariableKind::kClassName;
  }
  // Assignment fails: const and class inner names (TypeError), named function
  // expression names (TypeError in strict code, ignored in sloppy code).
  bool IsImmutable() const {
    return mode_ == VariableMode::kConst || kind_ == VariableKind::kClassName ||
           kind_ == VariableKind::kFunctionName;
  }
  // True when the binding must start out as the hole: the generator stores
  // the hole into it on scope entry (lexical bindings; `this` of derived
  // constructors).
  bool NeedsHoleInitialization() const {
    return IsLexical() || (kind_ == VariableKind::kThis && is_derived_this_);
  }

  // Referenced from an inner closure (function or arrow) — forces a context slot.
  bool is_captured() const { return is_captured_; }
  bool is_used() const { return is_used_; }
  // Assigned anywhere after its declaration (not counting the initializer).
  bool maybe_assigned() const { return maybe_assigned_; }

  // The function declaration to instantiate at scope entry (hoisting). Set on
  // kFunction variables, and on a var/parameter a function declaration of
  // the same name shares (the last declaration wins).
  FunctionLiteral* function() const { return function_; }
  // For lexical bindings: the source offset where initialization has
  // completed (end of the declarator / class); references in the same
  // closure at or after it need no hole check.
  int initializer_end_position() const { return initializer_end_position_; }
  // kPrivateName only.
  PrivateNameKind private_name_kind() const { return private_name_kind_; }
  bool is_static_private() const { return is_static_private_; }

  // --- Mutators used by the parser and ScopeAnalysis. ---
  void set_function(FunctionLiteral* function) { function_ = function; }
  void set_initializer_end_position(int position) { initializer_end_position_ = position; }
  void set_private_name_kind(PrivateNameKind kind) { private_name_kind_ = kind; }
  void set_is_static_private(bool value) { is_static_private_ = value; }
  void set_is_derived_this(bool value) { is_derived_this_ = value; }
  void set_is_captured() { is_captured_ = true; }
  void set_is_used() { is_used_ = true; }
  // Some reference to it has needs_hole_check() (a parameter of a non-simple
  // list then starts out as the hole).
  bool has_hole_checked_use() const { return has_hole_checked_use_; }
  void set_has_hole_checked_use() { has_hole_checked_use_ = true; }
  void set_maybe_assigned() { maybe_assigned_ = true; }
  void Allocate(VariableLocation location, int index) {
    location_ = location;
    index_ = index;
  }

 private:
  const AstString* name_;
  Scope* scope_;
  FunctionLiteral* function_ = nullptr;
  VariableMode mode_;
  VariableKind kind_;
  VariableLocation location_ = VariableLocation::kUnallocated;
  PrivateNameKind private_name_kind_ = PrivateNameKind::kNone;
  bool is_captured_ = false;
  bool is_used_ = false;
  bool has_hole_checked_use_ = false;
  bool maybe_assigned_ = false;
  bool is_static_private_ = false;
  bool is_derived_this_ = false;
  int position_;
  int index_ = -1;
  int initializer_end_position_ = -1;
};

class Scope {
 public:
  Scope(AstArena* arena, Scope* outer, ScopeType type);

  ScopeType type() const { return type_; }
  Scope* outer_scope() const { return outer_; }
  // Inner scopes in source order.
  const ArenaVector<Scope*>& inner_scopes() const { return inner_scopes_; }

  bool is_script_scope() const { return type_ == ScopeType::kScript; }
  bool is_function_scope() const { return type_ == ScopeType::kFunction; }
  bool is_block_scope() const { return type_ == ScopeType::kBlock; }
  bool is_catch_scope() const { return type_ == ScopeType::kCatch; }
  bool is_class_scope() const { return type_ == ScopeType::kClass; }
  // Scopes that receive `var` declarations: script, function, static block,
  // and the body block of a function with parameter expressions.
  bool is_declaration_scope() const {
    return type_ == ScopeType::kScript || type_ == ScopeType::kFunction ||
           type_ == ScopeType::kStaticBlock || is_function_body_scope_;
  }
  // The Block scope of the body of a function whose parameter list is not
  // simple (defaults, patterns, rest): the spec's separate var environment,
  // so closures in parameter defaults cannot see body vars. It is the scope
  // of the single Block that FunctionLiteral::body() then holds; a body `var`
  // named like a parameter starts with the parameter's value (the parser
  // puts `x = x` assignments, bound to the two variables, first in the block).
  bool is_function_body_scope() const { return is_function_body_scope_; }
  // Scopes with their own frame (register file): script and function.
  bool is_closure_scope() const {
    return type_ == ScopeType::kScript || type_ == ScopeType::kFunction;
  }
  bool is_strict() const { return is_strict_; }
  // Arrow function scope (no own this/arguments/new.target/super).
  bool is_arrow_scope() const { return is_arrow_; }

  Scope* GetDeclarationScope();
  // Nearest script/function scope: the frame the scope's registers live in.
  Scope* GetClosureScope();
  // Nearest non-arrow function scope, or the script scope (this/arguments/
  // new.target/super come from it).
  Scope* GetReceiverScope();

  // The function this scope belongs to (closure scopes only; null for a
  // classic script's scope, whose FunctionLiteral is the top level anyway).
  FunctionLiteral* function() const { return function_; }

  // Source range of the scope ([start, end), UTF-16 offsets).
  int start_position() const { return start_position_; }
  int end_position() const { return end_position_; }

  // Declarations, in declaration order (parameters first in function scopes).
  const ArenaVector<Variable*>& variables() const { return variables_; }
  Variable* LookupLocal(const AstString* name) const;

  // --- Allocation results (valid after ScopeAnalysis). ---
  bool needs_context() const { return num_context_slots_ > 0 || force_context_; }
  int num_context_slots() const { return num_context_slots_; }

  // Closure scopes: registers r0..r[num_stack_locals-1] hold stack-allocated
  // variables of this function (including those of its inner block scopes);
  // the generator's temporaries come after them.
  int num_stack_locals() const { return num_stack_locals_; }

  // Function scopes. With simple parameters (plain identifiers only: no
  // default, rest or pattern), parameter(i) is formal i's Variable, allocated
  // kParameter(i) or, when captured, kContext (the prologue copies argument i
  // into the slot); a repeated sloppy name appears at each of its positions
  // and lives at the last one. Otherwise parameter(i) lists every name the
  // parameter list binds (mode kParameter, allocated kLocal or kContext) and
  // the generator initializes them in the prologue by evaluating
  // FunctionLiteral::parameters() (argument i, default, pattern) in order.
  int num_parameters() const { return parameters_.size(); }
  Variable* parameter(int index) const { return parameters_[index]; }
  bool has_simple_parameters() const { return has_simple_parameters_; }
  bool has_rest_parameter() const { return has_rest_parameter_; }

  // Implicit variables of a non-arrow function scope (or the script scope for
  // `this`); null unless referenced by this function or an arrow inside it.
  Variable* receiver() const { return receiver_; }
  Variable* new_target_var() const { return new_target_var_; }
  Variable* arguments_var() const { return arguments_var_; }
  Variable* this_function_var() const { return this_function_var_; }
  Variable* home_object_var() const { return home_object_var_; }
  // Named function expression: the function's own name binding.
  Variable* function_var() const { return function_var_; }
  // Mapped (sloppy, simple parameters: aliases the parameters, which are then
  // all context-allocated) or unmapped arguments object.
  bool arguments_is_mapped() const { return arguments_is_mapped_; }

  // Class scopes: the inner name binding (null for anonymous classes) and the
  // class literal.
  Variable* class_variable() const { return class_variable_; }
  ClassLiteral* class_literal() const { return class_literal_; }

  // Block scopes that are a for(let/const ...;;) head: each iteration gets a
  // fresh copy of the context (when needs_context()).
  bool is_loop_head_scope() const { return is_loop_head_scope_; }
  // Block scope of a switch body (every lexical reference gets a hole check).
  bool is_switch_scope() const { return is_switch_scope_; }

  // --- Building (parser) ---
  // Declares `name` in this scope. Returns null when an existing binding
  // conflicts (the caller reports "Identifier 'x' has already been declared").
  Variable* Declare(AstArena* arena, const AstString* name, VariableMode mode,
                    VariableKind kind, int position);
  // Declares without a conflict check, or returns the existing variable.
  Variable* DeclareOrLookup(AstArena* arena, const AstString* name, VariableMode mode,
                            VariableKind kind, int position);
  void AddParameter(AstArena* arena, Variable* parameter) {
    parameters_.Add(parameter, arena);
  }
  void AddInnerScope(AstArena* arena, Scope* inner) { inner_scopes_.Add(inner, arena); }
  void set_outer_scope(Scope* outer) { outer_ = outer; }
  void set_strict(bool strict) { is_strict_ = strict; }
  void set_is_arrow(bool arrow) { is_arrow_ = arrow; }
  void set_function(FunctionLiteral* function) { function_ = function; }
  void set_positions(int start, int end) {
    start_position_ = start;
    end_position_ = end;
  }
  void set_start_position(int start) { start_position_ = start; }
  void set_end_position(int end) { end_position_ = end; }
  void set_has_simple_parameters(bool value) { has_simple_parameters_ = value; }
  void set_has_rest_parameter(bool value) { has_rest_parameter_ = value; }
  void set_is_loop_head_scope() { is_loop_head_scope_ = true; }
  void set_is_switch_scope() { is_switch_scope_ = true; }
  void set_is_function_body_scope() { is_function_body_scope_ = true; }
  void set_class_variable(Variable* var) { class_variable_ = var; }
  void set_class_literal(ClassLiteral* literal) { class_literal_ = literal; }
  void set_function_var(Variable* var) { function_var_ = var; }
  // Returns (declaring on first use) the implicit variable of `kind` in this
  // receiver scope.
  Variable* EnsureImplicit(AstArena* arena, AstStringTable* strings, VariableKind kind);
  void set_is_derived_constructor(bool value) { is_derived_constructor_ = value; }
  bool is_derived_constructor() const { return is_derived_constructor_; }
  // The script scope of a classic script always gets a context when it has
  // top-level lexical declarations.
  void set_force_context() { force_context_ = true; }

  // Block scopes a `var` was hoisted through (a later let/const of the same
  // name in them is a redeclaration).
  void RecordVarName(AstArena* arena, const AstString* name) { var_names_.Add(name, arena); }
  bool HasVarName(const AstString* name) const {
    for (const AstString* n : var_names_) {
      if (n == name) return true;
    }
    return false;
  }
  // For a ScopeAnalysis walk that rebuilds the tree (arrow heads are parsed
  // before their scope exists).
  void ClearInnerScopes() { inner_scopes_.Clear(); }

  // --- Allocation (ScopeAnalysis) ---
  int AllocateContextSlot() { return num_context_slots_++; }
  void set_num_stack_locals(int count) { num_stack_locals_ = count; }
  void set_arguments_is_mapped(bool value) { arguments_is_mapped_ = value; }

 private:
  void AddToMap(AstArena* arena, Variable* var);

  ScopeType type_;
  Scope* outer_;
  FunctionLiteral* function_ = nullptr;
  ClassLiteral* class_literal_ = nullptr;
  ArenaVector<Scope*> inner_scopes_;
  ArenaVector<Variable*> variables_;
  ArenaVector<Variable*> parameters_;
  ArenaVector<const AstString*> var_names_;
  // Open-addressing map AstString* -> Variable*, in the arena.
  Variable** map_ = nullptr;
  uint32_t map_capacity_ = 0;
  Variable* receiver_ = nullptr;
  Variable* new_target_var_ = nullptr;
  Variable* arguments_var_ = nullptr;
  Variable* this_function_var_ = nullptr;
  Variable* home_object_var_ = nullptr;
  Variable* function_var_ = nullptr;
  Variable* class_variable_ = nullptr;
  int start_position_ = 0;
  int end_position_ = 0;
  int num_context_slots_ = 0;
  int num_stack_locals_ = 0;
  bool is_strict_ = false;
  bool is_arrow_ = false;
  bool has_simple_parameters_ = true;
  bool has_rest_parameter_ = false;
  bool arguments_is_mapped_ = false;
  bool is_loop_head_scope_ = false;
  bool is_switch_scope_ = false;
  bool is_function_body_scope_ = false;
  bool is_derived_constructor_ = false;
  bool force_context_ = false;
};

// Runs resolution and allocation over a parsed top-level function literal.
// Called by ParseScript; exposed for tests. Reports no errors (the parser
// found them all), except that a private name no class declares is a
// SyntaxError the parser checks at class end.
class ScopeAnalysis {
 public:
  static void Analyze(AstArena* arena, AstStringTable* strings, FunctionLiteral* top_level);
};

}  // namespace lucid

#endif  // LUCID_PARSER_SCOPE_H_
