// Copyright 2025 the Lucid authors. MIT license.
// Feedback slot kinds and the heap-free FeedbackMetadata a BytecodeUnit carries.

#ifndef LUCID_VM_INTERPRETER_FEEDBACK_METADATA_H_
#define LUCID_VM_INTERPRETER_FEEDBACK_METADATA_H_

#include <cstdint>
#include <vector>

namespace lucid {

// One entry per kind of IC site. The FeedbackVector allocated for a
// SharedFunctionInfo has one slot per FeedbackMetadata entry, in order; the
// slot operand of a bytecode indexes it. The trace name is what
// --print-bytecode and the [ic] trace print.
//
// V(Name, trace name)
#define FEEDBACK_SLOT_KIND_LIST(V)                                            \
  V(LoadIC, "LoadIC")                     /* GetNamedProperty(+FromSuper) */  \
  V(KeyedLoadIC, "KeyedLoadIC")           /* GetKeyedProperty */              \
  V(LoadGlobalIC, "LoadGlobalIC")         /* LdaGlobal */                     \
  V(LoadGlobalInsideTypeofIC, "LoadGlobalInsideTypeofIC")                     \
  V(StoreIC, "StoreIC")                   /* SetNamedProperty */              \
  V(KeyedStoreIC, "KeyedStoreIC")         /* SetKeyedProperty */              \
  V(DefineNamedOwnIC, "DefineNamedOwnIC") /* DefineNamedOwnProperty */        \
  V(DefineKeyedOwnIC, "DefineKeyedOwnIC") /* DefineKeyedOwnProperty */        \
  V(StoreGlobalIC, "StoreGlobalIC")       /* StaGlobal */                     \
  V(StoreInArrayLiteralIC, "StoreInArrayLiteralIC")                           \
  V(CallIC, "CallIC")                     /* Call*, Construct* */             \
  V(BinaryOp, "BinaryOp")                 /* Add.., Inc, Negate, ToNumeric */ \
  V(CompareOp, "CompareOp")               /* TestEqual.. */                   \
  V(Literal, "Literal")                   /* Create*Literal, templates */     \
  V(JumpLoop, "JumpLoop")                 /* back-edges (OSR state) */        \
  V(InstanceOf, "InstanceOf")             /* TestInstanceOf */                \
  V(In, "In")                             /* TestIn (KeyedHasIC) */           \
  V(ForIn, "ForIn")                       /* ForInPrepare/ForInNext */

enum class FeedbackSlotKind : uint8_t {
#define V(Name, trace_name) k##Name,
  FEEDBACK_SLOT_KIND_LIST(V)
#undef V
};

constexpr int kFeedbackSlotKindCount = 0
#define V(Name, trace_name) +1
    FEEDBACK_SLOT_KIND_LIST(V)
#undef V
    ;

inline const char* FeedbackSlotKindName(FeedbackSlotKind kind) {
  switch (kind) {
#define V(Name, trace_name)       \
  case FeedbackSlotKind::k##Name: \
    return trace_name;
    FEEDBACK_SLOT_KIND_LIST(V)
#undef V
  }
  return "?";
}

// The ordered slot kinds of one function. A later step materializes it into
// the metadata-space FeedbackMetadata cell.
struct FeedbackMetadata {
  std::vector<FeedbackSlotKind> slots;

  int slot_count() const { return static_cast<int>(slots.size()); }
  // Appends a slot of {kind} and returns its index.
  int AddSlot(FeedbackSlotKind kind) {
    slots.push_back(kind);
    return static_cast<int>(slots.size()) - 1;
  }
};

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_FEEDBACK_METADATA_H_
