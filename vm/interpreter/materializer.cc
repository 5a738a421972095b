// Copyright the Lucid authors. MIT license.
//
// BytecodeUnit -> metadata-space cells.

// NOTE: parser/ast.h and vm/objects/shared_function_info.h both define
// `lucid::FunctionKind` (and FUNCTION_KIND_LIST). This is the one file that
// needs both, so the parser's is renamed for this translation unit. Remove
// once one of the two is renamed (requested in the integration report).
#define FunctionKind ParserFunctionKind
#include "vm/interpreter/bytecode_unit.h"
#undef FunctionKind
#undef FUNCTION_KIND_LIST

#include "vm/interpreter/materializer.h"

#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "vm/isolate.h"
#include "vm/conversions.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/factory.h"
#include "vm/objects/script.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/string.h"

namespace lucid {
namespace {

FunctionKind ToObjectKind(ParserFunctionKind kind) {
  switch (kind) {
    case ParserFunctionKind::kNormalFunction: return FunctionKind::kNormalFunction;
    case ParserFunctionKind::kGeneratorFunction:
    case ParserFunctionKind::kConciseGeneratorMethod: return FunctionKind::kGeneratorFunction;
    case ParserFunctionKind::kAsyncFunction:
    case ParserFunctionKind::kAsyncConciseMethod: return FunctionKind::kAsyncFunction;
    case ParserFunctionKind::kAsyncGeneratorFunction:
    case ParserFunctionKind::kAsyncConciseGeneratorMethod:
      return FunctionKind::kAsyncGeneratorFunction;
    case ParserFunctionKind::kArrowFunction: return FunctionKind::kArrowFunction;
    case ParserFunctionKind::kAsyncArrowFunction: return FunctionKind::kAsyncArrowFunction;
    case ParserFunctionKind::kConciseMethod: return FunctionKind::kConciseMethod;
    case ParserFunctionKind::kGetterFunction: return FunctionKind::kGetterFunction;
    case ParserFunctionKind::kSetterFunction: return FunctionKind::kSetterFunction;
    case ParserFunctionKind::kBaseConstructor: return FunctionKind::kBaseConstructor;
    case ParserFunctionKind::kDerivedConstructor: return FunctionKind::kDerivedConstructor;
    case ParserFunctionKind::kDefaultBaseConstructor: return FunctionKind::kDefaultBaseConstructor;
    case ParserFunctionKind::kDefaultDerivedConstructor:
      return FunctionKind::kDefaultDerivedConstructor;
    case ParserFunctionKind::kClassMembersInitializer:
    case ParserFunctionKind::kClassStaticInitializer: return FunctionKind::kClassFieldsInitializer;
    case ParserFunctionKind::kScript:
    case ParserFunctionKind::kCommonJSModule: return FunctionKind::kTopLevel;
  }
  return FunctionKind::kNormalFunction;
}

bool IsClassConstructorKind(ParserFunctionKind kind) {
  return kind == ParserFunctionKind::kBaseConstructor ||
         kind == ParserFunctionKind::kDerivedConstructor ||
         kind == ParserFunctionKind::kDefaultBaseConstructor ||
         kind == ParserFunctionKind::kDefaultDerivedConstructor;
}

class Materializer {
 public:
  Materializer(Isolate* isolate, const CompiledScript& script, Handle<Script> script_cell)
      : isolate_(isolate), factory_(FactoryOf(isolate)), script_(script),
        script_cell_(script_cell) {}

  Handle<Value> ScriptScopeInfo() {
    const auto& scope = script_.units[0].metadata.script_scope;
    if (!scope.has_value()) return Handle<Value>(Value::Undefined(), isolate_);
    return ScopeInfo(*scope);
  }

  Handle<SharedFunctionInfo> Run() {
    int n = static_cast<int>(script_.units.size());
    // SharedFunctionInfos first, so constant pools can name any unit.
    sfis_ = factory_->NewFixedArray(n, AllocationType::kOld);
    for (int i = 0; i < n; i++) {
      HandleScope scope(isolate_);
      Handle<SharedFunctionInfo> sfi = NewSharedFunctionInfo(script_.units[i], i);
      (*sfis_)->set(i, sfi.value());
    }
    for (int i = 0; i < n; i++) {
      HandleScope scope(isolate_);
      Handle<SharedFunctionInfo> sfi(Handle<SharedFunctionInfo>::cast(
          Handle<Value>(HandleScope::CreateHandle(isolate_, (*sfis_)->get(i)))));
      Handle<Value> bytecode = NewBytecodeArray(script_.units[i]);
      (*sfi)->set_function_data(bytecode.value());
    }
    return Handle<SharedFunctionInfo>::cast(
        Handle<Value>(HandleScope::CreateHandle(isolate_, (*sfis_)->get(0))));
  }

 private:
  Handle<String> Str(const std::u16string& s) {
    return factory_->InternalizeTwoByte(
        std::span<const uint16_t>(reinterpret_cast<const uint16_t*>(s.data()), s.size()));
  }

  Handle<SharedFunctionInfo> NewSharedFunctionInfo(const BytecodeUnit& unit, int index) {
    const FunctionMetadata& m = unit.metadata;
    // The parser records a binding's name (`const f = function () {}`,
    // `{ m() {} }`) as the inferred name; it is the function's `name` unless
    // it is a dotted path ("o.f", only for stack traces).
    const std::u16string& name =
        m.name.empty() && m.inferred_name.find(u'.') == std::u16string::npos ? m.inferred_name : m.name;
    Handle<SharedFunctionInfo> sfi = factory_->NewSharedFunctionInfo(Str(name), ToObjectKind(m.kind));
    SharedFunctionInfo* s = *sfi;
    uint32_t flags = s->flags() & SharedFunctionInfo::kKindMask;
    if (m.strict) flags |= SharedFunctionInfo::kStrictBit;
    if (m.has_simple_parameters) flags |= SharedFunctionInfo::kHasSimpleParametersBit;
    if (IsClassConstructorKind(m.kind)) flags |= SharedFunctionInfo::kIsClassConstructorBit;
    if (!m.strict && s->kind() != FunctionKind::kArrowFunction && s->kind() != FunctionKind::kAsyncArrowFunction) {
      flags |= SharedFunctionInfo::kReceiverConversionBit;
      if (m.uses_this) flags |= SharedFunctionInfo::kGlobalReceiverBit;
    }
    flags |= EncodeFunctionLength(m.length);
    s->set_flags(flags);
    s->set_formal_parameter_count(unit.parameter_count);
    s->set_start_position(m.source_start);
    s->set_end_position(m.source_end);
    s->set_expected_nof_properties(m.expected_property_count);
    s->set_function_literal_id(index);
    s->set_script(script_cell_.value());
    // The slot kinds: FeedbackVector::New copies this reference, the ICs
    // and the traces read a slot's kind from it.
    int slots = unit.feedback_metadata.slot_count();
    if (slots > 0) {
      ByteArray* kinds = isolate_->heap()->AllocateByteArray(slots, AllocationType::kMetadata);
      for (int i = 0; i < slots; i++) {
        kinds->data_start()[i] = static_cast<uint8_t>(unit.feedback_metadata.slots[i]);
      }
      (*sfi)->set_feedback_metadata(kinds->ToValue());
    }
    return sfi;
  }

  Value LiteralToValue(const LiteralValue& v) {
    switch (v.kind) {
      case LiteralValue::Kind::kUndefined: return Value::Undefined();
      case LiteralValue::Kind::kNull: return Value::Null();
      case LiteralValue::Kind::kTrue: return Value::True();
      case LiteralValue::Kind::kFalse: return Value::False();
      case LiteralValue::Kind::kTheHole: return Value::TheHole();
      case LiteralValue::Kind::kNumber: return Value::FromDouble(v.number);
      case LiteralValue::Kind::kString: return Str(v.string).value();
      case LiteralValue::Kind::kComputed: return Value::Undefined();
    }
    return Value::Undefined();
  }

  // A key of an object boilerplate: an int32 for canonical index strings.
  Value KeyToValue(const std::u16string& key) {
    uint32_t index;
    if (StringToArrayIndex(std::span<const uint16_t>(
                               reinterpret_cast<const uint16_t*>(key.data()), key.size()),
                           &index) &&
        index <= 0x7FFFFFFF) {
      return Value::FromInt32(static_cast<int32_t>(index));
    }
    return Str(key).value();
  }

  Handle<FixedArray> NewMetadataArray(int length) {
    return factory_->NewFixedArray(length, AllocationType::kMetadata);
  }

  Handle<Value> ScopeInfo(const ScopeInfoDescriptor& d) {
    int n = d.context_slot_count();
    int length = ScopeInfoLayout::kFirstSlotIndex + ScopeInfoLayout::kEntrySize * n;
    Heap* heap = isolate_->heap();
    HeapObject* raw = heap->Allocate(isolate_->roots().ShapeLayoutFor(InstanceType::kScopeInfo),
                                     FixedArray::SizeFor(length), AllocationType::kMetadata,
                                     length);
    Handle<FixedArray> info(static_cast<FixedArray*>(raw), isolate_);
    (*info)->set(ScopeInfoLayout::kFlagsIndex,
                 Value::FromInt32(static_cast<int>(d.type) | (d.strict ? 1 << 8 : 0)));
    (*info)->set(ScopeInfoLayout::kSlotCountIndex, Value::FromInt32(n));
    for (int i = 0; i < n; i++) {
      Value name = Str(d.slot_names[i]).value();
      int base = ScopeInfoLayout::kFirstSlotIndex + ScopeInfoLayout::kEntrySize * i;
      (*info)->set(base, name);
      (*info)->set(base + 1, Value::FromInt32(static_cast<int>(d.slot_modes[i])));
    }
    return info;
  }

  Handle<Value> ObjectBoilerplate(const ObjectLiteralBoilerplate& b) {
    int n = static_cast<int>(b.properties.size());
    Handle<FixedArray> a = NewMetadataArray(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * n);
    (*a)->set(BoilerplateLayout::kObjectPropertyCountIndex, Value::FromInt32(b.property_count));
    (*a)->set(BoilerplateLayout::kObjectFlagsIndex, Value::FromInt32(b.has_null_prototype ? 1 : 0));
    (*a)->set(BoilerplateLayout::kObjectCountIndex, Value::FromInt32(n));
    for (int i = 0; i < n; i++) {
      Value key = KeyToValue(b.properties[i].key);
      (*a)->set(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i, key);
      // A computed value (stored by the DefineNamedOwnProperty that
      // follows) is the hole: CreateObjectLiteral adds its field
      // uninitialized, as V8's boilerplates do.
      Value value = b.properties[i].value.kind == LiteralValue::Kind::kComputed
                        ? Value::TheHole()
                        : LiteralToValue(b.properties[i].value);
      (*a)->set(BoilerplateLayout::kObjectFirstPropertyIndex + 2 * i + 1, value);
    }
    return a;
  }

  Handle<Value> ArrayBoilerplate(const ArrayLiteralBoilerplate& b) {
    int n = static_cast<int>(b.elements.size());
    Handle<FixedArray> a = NewMetadataArray(n);
    for (int i = 0; i < n; i++) {
      Value v = LiteralToValue(b.elements[i]);
      (*a)->set(i, v);
    }
    return a;
  }

  Handle<Value> TemplateDescriptor(const TemplateObjectDescriptor& t) {
    int n = static_cast<int>(t.raw.size());
    Handle<FixedArray> cooked = NewMetadataArray(n);
    Handle<FixedArray> raw = NewMetadataArray(n);
    for (int i = 0; i < n; i++) {
      Value c = t.cooked[i].has_value() ? Str(*t.cooked[i]).value() : Value::Undefined();
      (*cooked)->set(i, c);
      Value r = Str(t.raw[i]).value();
      (*raw)->set(i, r);
    }
    Handle<FixedArray> d = NewMetadataArray(3);
    (*d)->set(0, Value::FromInt32(BoilerplateLayout::kTemplateMarker));
    (*d)->set(1, cooked.value());
    (*d)->set(2, raw.value());
    return d;
  }

  Value Constant(const ConstantPoolEntry& entry) {
    HandleScope scope(isolate_);
    if (auto* s = std::get_if<std::u16string>(&entry)) return Str(*s).value();
    if (auto* d = std::get_if<double>(&entry)) return Value::FromDouble(*d);
    if (auto* f = std::get_if<FunctionRef>(&entry)) return (*sfis_)->get(f->unit_index);
    if (auto* si = std::get_if<ScopeInfoDescriptor>(&entry)) return ScopeInfo(*si).value();
    if (auto* o = std::get_if<ObjectLiteralBoilerplate>(&entry)) {
      return ObjectBoilerplate(*o).value();
    }
    if (auto* a = std::get_if<ArrayLiteralBoilerplate>(&entry)) return ArrayBoilerplate(*a).value();
    if (auto* t = std::get_if<TemplateObjectDescriptor>(&entry)) {
      return TemplateDescriptor(*t).value();
    }
    if (auto* j = std::get_if<JumpTableEntry>(&entry)) return Value::FromInt32(j->delta);
    return Value::Undefined();
  }

  Handle<Value> Int32Table(const std::vector<int32_t>& words) {
    int bytes = static_cast<int>(words.size() * sizeof(int32_t));
    if (bytes == 0) return Handle<Value>(isolate_->roots().slot(RootIndex::kEmptyByteArray));
    ByteArray* array = isolate_->heap()->AllocateByteArray(bytes, AllocationType::kMetadata);
    std::memcpy(array->data_start(), words.data(), bytes);
    return Handle<Value>(array->ToValue(), isolate_);
  }

  Handle<Value> NewBytecodeArray(const BytecodeUnit& unit) {
    int n = static_cast<int>(unit.constant_pool.size());
    Handle<FixedArray> pool = NewMetadataArray(n);
    for (int i = 0; i < n; i++) {
      Value v = Constant(unit.constant_pool[i]);
      (*pool)->set(i, v);
    }
    Handle<BytecodeArray> bytecode = factory_->NewBytecodeArray(
        std::span<const uint8_t>(unit.bytecode.data(), unit.bytecode.size()), pool,
        unit.register_count, unit.parameter_count + 1, unit.feedback_metadata.slot_count());
    (*bytecode)->set_incoming_new_target_or_generator_register(unit.generator_register);
    std::vector<int32_t> handlers;
    for (const HandlerTableEntry& e : unit.handler_table) {
      handlers.insert(handlers.end(), {e.start, e.end, e.handler, e.context_register,
                                       static_cast<int32_t>(e.prediction)});
    }
    Handle<Value> handler_table = Int32Table(handlers);
    (*bytecode)->set_handler_table(handler_table.value());
    std::vector<int32_t> positions;
    positions.push_back(static_cast<int32_t>(unit.source_positions.size()));
    for (const SourcePositionEntry& e : unit.source_positions) {
      positions.push_back(e.bytecode_offset);
      positions.push_back(e.source_position);
    }
    positions.push_back(static_cast<int32_t>(unit.call_sites.size()));
    for (const CallSiteEntry& e : unit.call_sites) {
      positions.insert(positions.end(), {e.bytecode_offset, e.callee_start, e.callee_end});
    }
    Handle<Value> position_table = Int32Table(positions);
    (*bytecode)->set_source_position_table(position_table.value());
    return bytecode;
  }

  Isolate* isolate_;
  Factory* factory_;
  const CompiledScript& script_;
  Handle<Script> script_cell_;
  Handle<FixedArray> sfis_;
};

const int32_t* Int32Words(Value table, int* count) {
  ByteArray* array = ByteArray::cast(table);
  *count = array->length() / 4;
  return reinterpret_cast<const int32_t*>(array->data_start());
}

}  // namespace

Handle<SharedFunctionInfo> MaterializeScript(Isolate* isolate, const CompiledScript& script,
                                             Handle<Script> script_cell,
                                             Handle<Value>* script_scope_info) {
  Materializer m(isolate, script, script_cell);
  Handle<SharedFunctionInfo> top = m.Run();
  *script_scope_info = m.ScriptScopeInfo();
  return top;
}

bool LookupHandler(const BytecodeArray* bytecode, int32_t offset, HandlerTableEntryView* out) {
  int count;
  const int32_t* w = Int32Words(bytecode->handler_table(), &count);
  bool found = false;
  for (int i = 0; i + 5 <= count; i += 5) {
    if (offset >= w[i] && offset < w[i + 1]) {
      *out = {w[i], w[i + 1], w[i + 2], w[i + 3], w[i + 4]};
      found = true;
    }
  }
  return found;
}

int32_t SourcePositionForOffset(const BytecodeArray* bytecode, int32_t offset) {
  int count;
  const int32_t* w = Int32Words(bytecode->source_position_table(), &count);
  if (count == 0) return -1;
  int n = w[0];
  int32_t result = -1;
  for (int i = 0; i < n; i++) {
    if (w[1 + 2 * i] > offset) break;
    result = w[2 + 2 * i];
  }
  return result;
}

namespace {
// The first call-site entry {offset, a, b} recorded for {offset} (a >= 0:
// the call's source range [a, b); a <= -2: error text form -2 - a, constant
// b), only error-text entries with {error_text}; or null.
const int32_t* CallSiteEntryForOffset(const BytecodeArray* bytecode, int32_t offset, bool error_text) {
  int count;
  const int32_t* w = Int32Words(bytecode->source_position_table(), &count);
  if (count == 0) return nullptr;
  int base = 1 + 2 * w[0];
  int n = w[base];
  for (int i = 0; i < n; i++) {
    const int32_t* e = &w[base + 1 + 3 * i];
    if (e[0] == offset && (!error_text || e[1] <= -2)) return e;
  }
  return nullptr;
}
}  // namespace

bool CallSiteForOffset(const BytecodeArray* bytecode, int32_t offset, int32_t* start,
                       int32_t* end) {
  const int32_t* e = CallSiteEntryForOffset(bytecode, offset, false);
  if (e == nullptr || e[1] < 0) return false;  // none, or an error text (ErrorTextForOffset)
  *start = e[1];
  *end = e[2];
  return true;
}

bool ErrorTextForOffset(const BytecodeArray* bytecode, int32_t offset, int32_t* form,
                        int32_t* constant_index) {
  const int32_t* e = CallSiteEntryForOffset(bytecode, offset, true);
  if (e == nullptr) return false;
  *form = -2 - e[1];
  *constant_index = e[2];
  return true;
}

}  // namespace lucid
