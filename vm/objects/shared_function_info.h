// Copyright 2025 the Lucid authors. MIT license.
// SharedFunctionInfo: what all closures of one function literal share.

#ifndef LUCID_VM_OBJECTS_SHARED_FUNCTION_INFO_H_
#define LUCID_VM_OBJECTS_SHARED_FUNCTION_INFO_H_

#include "vm/objects/heap_object.h"

namespace lucid {

// V(Name) -- what kind of function a literal is; decides [[Construct]],
// `this` binding, the prototype property and the initial shape.
#define FUNCTION_KIND_LIST(V)     \
  V(NormalFunction)               \
  V(ArrowFunction)                \
  V(ConciseMethod)                \
  V(GetterFunction)               \
  V(SetterFunction)               \
  V(BaseConstructor)              \
  V(DerivedConstructor)           \
  V(DefaultBaseConstructor)       \
  V(DefaultDerivedConstructor)    \
  V(GeneratorFunction)            \
  V(AsyncFunction)                \
  V(AsyncArrowFunction)           \
  V(AsyncGeneratorFunction)       \
  V(ClassFieldsInitializer)       \
  V(TopLevel)                     \
  V(Builtin)

enum class FunctionKind : uint8_t {
#define V(Name) k##Name,
  FUNCTION_KIND_LIST(V)
#undef V
};

// SharedFunctionInfo: body kind Fixed, kSize = 96, raw_tail_words = 3,
// metadata space.
//
//   +0   shape                   shared_function_info_shape
//   +8   name                    String (empty for anonymous)
//   +16  function_data           BytecodeArray once compiled; int32 builtin
//                                id for builtins; undefined before compilation
//   +24  script                  Script or undefined
//   +32  scope_info              ScopeInfo or undefined
//   +40  feedback_metadata       ByteArray: one FeedbackSlotKind per feedback
//                                slot (vm/interpreter/feedback_metadata.h),
//                                or undefined (builtins, no slots)
//   +48  class_boilerplate       Value for class constructors, or undefined
//   +56  feedback_vector         FeedbackVector once the budget first ran
//                                out (vm/objects/feedback_vector.h), or
//                                undefined
//   +64  baseline_code           Code of the baseline JIT (jit/), shared by
//                                every closure, or undefined
//   -- raw tail --
//   +72  flags:32                kind:5 strict:1 native:1 has_simple_params:1
//                                is_class_constructor:1 has_duplicate_params:1
//                                jit_refused:1 receiver_conversion:1
//                                global_receiver:1
//        formal_parameter_count:16 (stored in the high half)
//   +78  jit_ticks:16             budget interrupts since the feedback vector
//                                (tier-up at --jit-threshold)
//   +80  start_position:32 end_position:32   source range (UTF-16 offsets)
//   +88  expected_nof_properties:16 function_literal_id:16 trace_id:32
//        ("F3" ids, 0 = not yet named)
class SharedFunctionInfo : public HeapObject {
 public:
  static constexpr int kNameOffset = 8;
  static constexpr int kFunctionDataOffset = 16;
  static constexpr int kScriptOffset = 24;
  static constexpr int kScopeInfoOffset = 32;
  static constexpr int kFeedbackMetadataOffset = 40;
  static constexpr int kClassBoilerplateOffset = 48;
  static constexpr int kFeedbackVectorOffset = 56;
  static constexpr int kBaselineCodeOffset = 64;
  static constexpr int kFlagsOffset = 72;                 // uint32
  static constexpr int kFormalParameterCountOffset = 76;  // uint16
  static constexpr int kJitTicksOffset = 78;              // uint16
  static constexpr int kStartPositionOffset = 80;         // int32
  static constexpr int kEndPositionOffset = 84;           // int32
  static constexpr int kExpectedNofPropertiesOffset = 88; // uint16
  static constexpr int kFunctionLiteralIdOffset = 90;     // uint16
  static constexpr int kTraceIdOffset = 92;               // uint32
  static constexpr int kSize = 96;
  static constexpr int kRawTailWords = 3;

  // Flag bits.
  static constexpr uint32_t kKindMask = 0x1F;
  static constexpr uint32_t kStrictBit = 1u << 5;
  static constexpr uint32_t kNativeBit = 1u << 6;
  static constexpr uint32_t kHasSimpleParametersBit = 1u << 7;
  static constexpr uint32_t kIsClassConstructorBit = 1u << 8;
  static constexpr uint32_t kHasDuplicateParametersBit = 1u << 9;
  static constexpr uint32_t kJitRefusedBit = 1u << 10;
  // A primitive receiver becomes an object on entry (sloppy, not an arrow).
  static constexpr uint32_t kReceiverConversionBit = 1u << 11;
  // ... and a null or undefined one the global object. OPTIMIZATION: set
  // only when the function reads `this` (Lucid has no eval, so that is
  // static): otherwise nothing sees the difference (stack traces name both
  // receivers the same), and the call skips the global object load. A
  // primitive receiver is still converted, for its stack-trace type name.
  static constexpr uint32_t kGlobalReceiverBit = 1u << 12;

  static SharedFunctionInfo* cast(Value value) {
    DCHECK(lucid::IsSharedFunctionInfo(value));
    return static_cast<SharedFunctionInfo*>(value.heap_object());
  }

#define SFI_TAGGED(name, offset)                 \
  Value name() const { return field(offset); }   \
  void set_##name(Value v) { set_field(offset, v); }
  SFI_TAGGED(name, kNameOffset)
  SFI_TAGGED(function_data, kFunctionDataOffset)
  SFI_TAGGED(script, kScriptOffset)
  SFI_TAGGED(scope_info, kScopeInfoOffset)
  SFI_TAGGED(feedback_metadata, kFeedbackMetadataOffset)
  SFI_TAGGED(class_boilerplate, kClassBoilerplateOffset)
  SFI_TAGGED(feedback_vector, kFeedbackVectorOffset)
  SFI_TAGGED(baseline_code, kBaselineCodeOffset)
#undef SFI_TAGGED

  uint32_t flags() const { return raw_field<uint32_t>(kFlagsOffset); }
  void set_flags(uint32_t f) { set_raw_field<uint32_t>(kFlagsOffset, f); }
  FunctionKind kind() const { return static_cast<FunctionKind>(flags() & kKindMask); }
  void set_kind(FunctionKind kind) {
    set_flags((flags() & ~kKindMask) | static_cast<uint32_t>(kind));
  }
  bool is_strict() const { return (flags() & kStrictBit) != 0; }
  void set_is_strict(bool v) { set_flags(v ? flags() | kStrictBit : flags() & ~kStrictBit); }
  bool is_native() const { return (flags() & kNativeBit) != 0; }
  bool has_simple_parameters() const { return (flags() & kHasSimpleParametersBit) != 0; }
  bool is_class_constructor() const { return (flags() & kIsClassConstructorBit) != 0; }
  bool converts_receiver() const { return (flags() & kReceiverConversionBit) != 0; }
  bool has_global_receiver() const { return (flags() & kGlobalReceiverBit) != 0; }

  int formal_parameter_count() const { return raw_field<uint16_t>(kFormalParameterCountOffset); }
  void set_formal_parameter_count(int n) {
    set_raw_field<uint16_t>(kFormalParameterCountOffset, static_cast<uint16_t>(n));
  }
  // The baseline JIT refused this function (jit/jit.cc says why, once).
  bool jit_refused() const { return (flags() & kJitRefusedBit) != 0; }
  void set_jit_refused() { set_flags(flags() | kJitRefusedBit); }
  int jit_ticks() const { return raw_field<uint16_t>(kJitTicksOffset); }
  void set_jit_ticks(int n) { set_raw_field<uint16_t>(kJitTicksOffset, static_cast<uint16_t>(n)); }
  int start_position() const { return raw_field<int32_t>(kStartPositionOffset); }
  void set_start_position(int p) { set_raw_field<int32_t>(kStartPositionOffset, p); }
  int end_position() const { return raw_field<int32_t>(kEndPositionOffset); }
  void set_end_position(int p) { set_raw_field<int32_t>(kEndPositionOffset, p); }
  // The constructor's `this.x =` count (parser estimate), before slack.
  int expected_nof_properties() const { return raw_field<uint16_t>(kExpectedNofPropertiesOffset); }
  void set_expected_nof_properties(int n) {
    set_raw_field<uint16_t>(kExpectedNofPropertiesOffset, static_cast<uint16_t>(n));
  }
  int function_literal_id() const { return raw_field<uint16_t>(kFunctionLiteralIdOffset); }
  void set_function_literal_id(int id) {
    set_raw_field<uint16_t>(kFunctionLiteralIdOffset, static_cast<uint16_t>(id));
  }
  uint32_t trace_id() const { return raw_field<uint32_t>(kTraceIdOffset); }
  void set_trace_id(uint32_t id) { set_raw_field<uint32_t>(kTraceIdOffset, id); }

  bool HasBytecodeArray() const { return lucid::IsBytecodeArray(function_data()); }
  bool IsBuiltin() const { return function_data().IsInt32(); }
  int builtin_id() const { return function_data().AsInt32(); }

  // Spec: IsConstructor for closures of this literal.
  bool IsConstructorKind() const {
    switch (kind()) {
      case FunctionKind::kNormalFunction:
      case FunctionKind::kBaseConstructor:
      case FunctionKind::kDerivedConstructor:
      case FunctionKind::kDefaultBaseConstructor:
      case FunctionKind::kDefaultDerivedConstructor:
        return true;
      default:
        return false;
    }
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_SHARED_FUNCTION_INFO_H_
