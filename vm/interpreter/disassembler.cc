// Copyright 2025 the Lucid authors. MIT license.
// Renders BytecodeUnits as V8-style listings with resolved operands.

#include "vm/interpreter/disassembler.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "vm/interpreter/bytecode_iterator.h"
#include "vm/interpreter/runtime_function_ids.h"

namespace lucid {

namespace {
std::string ToUtf8(std::u16string_view s);
}  // namespace

namespace {

const char* ScopeTypeText(ScopeType type) {
  switch (type) {
#define V(Name)            \
  case ScopeType::k##Name: \
    return #Name;
    SCOPE_TYPE_LIST(V)
#undef V
  }
  return "?";
}

const char* TypeOfLiteralName(int64_t value) {
  switch (static_cast<TypeOfLiteral>(value)) {
#define V(Name, string)          \
  case TypeOfLiteral::k##Name: \
    return string;
    TYPEOF_LITERAL_LIST(V)
#undef V
  }
  return "?";
}

std::string NumberToString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return std::signbit(d) ? "-0" : "0";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

std::string Quote(const std::u16string& s) {
  std::string out = "\"";
  for (char c : ToUtf8(s)) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string ListRegisters(Register first, int64_t count) {
  if (count <= 0) return "()";
  if (count == 1) return first.ToString();
  return first.ToString() + "-" + Register(first.index() + static_cast<int32_t>(count) - 1).ToString();
}

// Operand text and the "; ..." notes it contributes.
void FormatOperands(const BytecodeIterator& it, std::string* text, std::vector<int64_t>* consts,
                    std::vector<Register>* params) {
  Bytecode b = it.current_bytecode();
  bool first = true;
  auto sep = [&] {
    *text += first ? " " : ", ";
    first = false;
  };
  for (int i = 0; i < OperandCount(b); ++i) {
    OperandType type = OperandTypeOf(b, i);
    int64_t v = it.GetOperand(i);
    switch (type) {
      case OperandType::kReg:
      case OperandType::kRegOut: {
        Register r = it.GetRegister(i);
        sep();
        *text += r.ToString();
        if (r.is_parameter()) params->push_back(r);
        break;
      }
      case OperandType::kRegList:
      case OperandType::kRegOutList:
        sep();
        *text += ListRegisters(it.GetRegister(i), it.GetOperand(i + 1));
        break;
      case OperandType::kRegCount:
        break;  // folded into the list
      case OperandType::kRegPair:
        sep();
        *text += ListRegisters(it.GetRegister(i), 2);
        break;
      case OperandType::kRegOutTriple:
        sep();
        *text += ListRegisters(it.GetRegister(i), 3);
        break;
      case OperandType::kConst:
        sep();
        *text += "[" + std::to_string(v) + "]";
        consts->push_back(v);
        break;
      case OperandType::kJump:
        sep();
        *text += "[" + std::to_string(v) + "] (->" + std::to_string(it.GetJumpTarget()) + ")";
        break;
      case OperandType::kRuntimeId:
        sep();
        *text += "[";
        *text += v < kRuntimeFunctionCount ? kRuntimeFunctionInfo[v].name : "?";
        *text += "]";
        break;
      case OperandType::kFlag8:
        sep();
        *text += "#";
        *text += b == Bytecode::kTestTypeOf ? TypeOfLiteralName(v) : std::to_string(v);
        break;
      default:  // immediates, indices, slots, depths
        sep();
        *text += "[" + std::to_string(v) + "]";
        break;
    }
  }
}

std::string HexBytes(const uint8_t* p, int32_t n) {
  std::string s;
  char buf[4];
  for (int32_t i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", p[i]);
    if (i) s += ' ';
    s += buf;
  }
  return s;
}

void PadTo(std::string* s, size_t width) {
  if (s->size() < width) s->append(width - s->size(), ' ');
}

std::string Position(int32_t source_position, const DisassemblerOptions& options) {
  if (!options.line_column) return "@" + std::to_string(source_position);
  LineColumn lc = options.line_column(source_position);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string FunctionDisplayName(const BytecodeUnit& unit) {
  const FunctionMetadata& m = unit.metadata;
  if (m.kind == FunctionKind::kScript || m.kind == FunctionKind::kCommonJSModule) {
    return "<top-level>";
  }
  if (!m.name.empty()) return ToUtf8(m.name);
  if (!m.inferred_name.empty()) return ToUtf8(m.inferred_name);
  return "<anonymous>";
}

}  // namespace

namespace {

std::string ToUtf8(std::u16string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace

std::string DescribeConstant(const ConstantPoolEntry& entry, const CompiledScript* script) {
  if (auto* s = std::get_if<std::u16string>(&entry)) return Quote(*s);
  if (auto* d = std::get_if<double>(&entry)) return NumberToString(*d);
  if (auto* f = std::get_if<FunctionRef>(&entry)) {
    std::string name = "#" + std::to_string(f->unit_index);
    if (script && f->unit_index >= 0 && f->unit_index < static_cast<int32_t>(script->units.size())) {
      name = FunctionDisplayName(script->units[f->unit_index]) + " " + name;
    }
    return "<function " + name + ">";
  }
  if (auto* scope = std::get_if<ScopeInfoDescriptor>(&entry)) {
    std::string s = "<ScopeInfo ";
    s += ScopeTypeText(scope->type);
    s += " [";
    for (size_t i = 0; i < scope->slot_names.size(); ++i) {
      if (i) s += ", ";
      s += ToUtf8(scope->slot_names[i]);
    }
    return s + "]>";
  }
  if (auto* o = std::get_if<ObjectLiteralBoilerplate>(&entry)) {
    std::string s = "<ObjectBoilerplate {";
    for (size_t i = 0; i < o->properties.size(); ++i) {
      if (i) s += ", ";
      s += ToUtf8(o->properties[i].key);
    }
    return s + "} properties=" + std::to_string(o->property_count) + ">";
  }
  if (auto* a = std::get_if<ArrayLiteralBoilerplate>(&entry)) {
    return "<ArrayBoilerplate length=" + std::to_string(a->elements.size()) + ">";
  }
  if (auto* t = std::get_if<TemplateObjectDescriptor>(&entry)) {
    return "<TemplateObject strings=" + std::to_string(t->raw.size()) + ">";
  }
  if (auto* j = std::get_if<JumpTableEntry>(&entry)) {
    return "<JumpTable +" + std::to_string(j->delta) + ">";
  }
  return "?";
}

std::string FormatInstruction(const uint8_t* bytes, int32_t length, int32_t offset) {
  BytecodeIterator it(bytes, length);
  while (!it.done() && it.current_offset() < offset) it.Advance();
  std::string text = BytecodeName(it.current_bytecode());
  if (it.current_scale() == OperandScale::kDouble) text += ".Wide";
  if (it.current_scale() == OperandScale::kQuadruple) text += ".ExtraWide";
  std::vector<int64_t> consts;
  std::vector<Register> params;
  FormatOperands(it, &text, &consts, &params);
  return text;
}

std::string DisassembleUnit(const BytecodeUnit& unit, int32_t unit_index,
                            const DisassemblerOptions& options, const CompiledScript* script) {
  const FunctionMetadata& m = unit.metadata;
  std::string out = "[bytecode] " + FunctionDisplayName(unit);
  if (options.function_id) out += " (" + options.function_id(unit_index) + ")";
  out += " ";
  if (!options.file_name.empty()) out += options.file_name + ":";
  out += Position(m.source_start, options);
  out += "  params=" + std::to_string(unit.parameter_count) + "(+this)";
  out += " registers=" + std::to_string(unit.register_count);
  out += " frame=" + std::to_string(unit.frame_size_bytes()) + "B";
  out += "  feedback:";
  if (unit.feedback_metadata.slots.empty()) out += " (none)";
  for (int i = 0; i < unit.feedback_metadata.slot_count(); ++i) {
    out += i ? ", " : " ";
    out += "slot#" + std::to_string(i) + " " + FeedbackSlotKindName(unit.feedback_metadata.slots[i]);
  }
  out += "\n   pos         off  bytes          instruction                        ; resolved\n";

  size_t next_position = 0;
  for (BytecodeIterator it(unit.bytecode); !it.done(); it.Advance()) {
    int32_t offset = it.current_offset();
    std::string line = "   ";
    while (next_position < unit.source_positions.size() &&
           unit.source_positions[next_position].bytecode_offset < offset) {
      ++next_position;
    }
    std::string pos;
    if (next_position < unit.source_positions.size() &&
        unit.source_positions[next_position].bytecode_offset == offset) {
      const SourcePositionEntry& e = unit.source_positions[next_position];
      pos = Position(e.source_position, options) + (e.is_statement ? " S>" : " E>");
    }
    PadTo(&pos, 10);
    line += pos;
    std::string off = std::to_string(offset);
    line += std::string(off.size() < 5 ? 5 - off.size() : 0, ' ') + off + "  ";
    std::string bytes = HexBytes(unit.bytecode.data() + offset, it.current_size());
    PadTo(&bytes, 13);
    line += bytes + "  ";
    std::string text = BytecodeName(it.current_bytecode());
    if (it.current_scale() == OperandScale::kDouble) text += ".Wide";
    if (it.current_scale() == OperandScale::kQuadruple) text += ".ExtraWide";
    std::vector<int64_t> consts;
    std::vector<Register> params;
    FormatOperands(it, &text, &consts, &params);
    std::string notes;
    for (Register p : params) {
      int32_t i = p.ToParameterIndex();
      if (i < static_cast<int32_t>(m.parameter_names.size()) && !m.parameter_names[i].empty()) {
        notes += "  " + p.ToString() + "=" + ToUtf8(m.parameter_names[i]);
      }
    }
    if (it.current_bytecode() == Bytecode::kSwitchOnGeneratorState) {
      // The whole table: suspend id -> the offset of its ResumeGenerator.
      notes += "  resume";
      for (int64_t id = 0; id < it.GetOperand(2); ++id) {
        size_t k = static_cast<size_t>(it.GetOperand(1) + id);
        const auto* entry = k < unit.constant_pool.size()
                                ? std::get_if<JumpTableEntry>(&unit.constant_pool[k])
                                : nullptr;
        if (entry == nullptr) continue;
        notes += (id ? ", " : " ") + std::to_string(id) + "->" + std::to_string(offset + entry->delta);
      }
      consts.clear();
    }
    for (int64_t k : consts) {
      if (k >= 0 && k < static_cast<int64_t>(unit.constant_pool.size())) {
        notes += "  k[" + std::to_string(k) + "]=" + DescribeConstant(unit.constant_pool[k], script);
      }
    }
    if (!notes.empty()) {
      PadTo(&text, 34);
      text += " ; " + notes.substr(2);
    }
    line += text;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }

  out += "   constants:";
  if (unit.constant_pool.empty()) out += " (none)";
  for (size_t k = 0; k < unit.constant_pool.size(); ++k) {
    out += k ? ", " : " ";
    out += "k[" + std::to_string(k) + "]=" + DescribeConstant(unit.constant_pool[k], script);
  }
  out += "\n   handlers:";
  if (unit.handler_table.empty()) out += " (none)";
  out += "\n";
  for (const HandlerTableEntry& h : unit.handler_table) {
    out += "     [" + std::to_string(h.start) + ", " + std::to_string(h.end) + ") -> " +
           std::to_string(h.handler) + "  context=" + Register(h.context_register).ToString() +
           (h.prediction == HandlerPrediction::kCaught ? "  caught\n" : "  finally\n");
  }
  return out;
}

std::string DisassembleScript(const CompiledScript& script, const DisassemblerOptions& options) {
  std::string out;
  for (size_t i = 0; i < script.units.size(); ++i) {
    if (i) out += "\n";
    out += DisassembleUnit(script.units[i], static_cast<int32_t>(i), options, &script);
  }
  return out;
}

}  // namespace lucid
