// Copyright 2025 the Lucid authors. MIT license.
// JSON Lines and text renderings of trace events (vm/trace_render.h).

#include "vm/trace_render.h"

#include <cinttypes>
#include <cmath>

#include "vm/objects/shape.h"  // NORMALIZE_REASON_LIST

namespace lucid {
namespace trace {

std::string_view CamelToSnake(std::string_view camel, char* buffer, size_t capacity) {
  size_t n = 0;
  for (size_t i = 0; i < camel.size() && n + 2 < capacity; ++i) {
    char c = camel[i];
    if (c >= 'A' && c <= 'Z') {
      if (i > 0) buffer[n++] = '_';
      c = static_cast<char>(c - 'A' + 'a');
    }
    buffer[n++] = c;
  }
  return std::string_view(buffer, n);
}

namespace {

const char* ChannelTag(TraceChannel channel) {
  static constexpr const char* kTags[] = {
#define V(Name, tag, json) tag,
      TRACE_CHANNEL_LIST(V)
#undef V
  };
  return kTags[static_cast<int>(channel)];
}

const char* NormalizeReasonToken(std::string_view reason_token, const char** text) {
  static constexpr const char* kNames[] = {
#define V(Name, text) #Name,
      NORMALIZE_REASON_LIST(V)
#undef V
  };
  static constexpr const char* kTexts[] = {
#define V(Name, text) text,
      NORMALIZE_REASON_LIST(V)
#undef V
  };
  for (size_t i = 0; i < sizeof(kNames) / sizeof(kNames[0]); ++i) {
    char buffer[64];
    if (CamelToSnake(kNames[i], buffer, sizeof(buffer)) == reason_token) {
      *text = kTexts[i];
      return kNames[i];
    }
  }
  *text = nullptr;
  return nullptr;
}

// -- JSON Lines ------------------------------------------------------------------------------

class JsonLine {
 public:
  void Begin(const char* ev, bool has_time, int64_t t, const char* op) {
    buffer_.Append("{\"ev\":");
    String(ev);
    if (has_time) buffer_.Appendf(",\"t\":%" PRId64, t);
    if (op != nullptr) {
      buffer_.Append(",\"op\":");
      String(op);
    }
  }
  void End() {
    CloseGroup();
    buffer_.Append('}');
  }
  // Writes `,"key":` — opening or closing a nested object for "a.b" keys.
  void Key(std::string_view key) {
    size_t dot = key.find('.');
    std::string_view group = dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
    std::string_view name = dot == std::string_view::npos ? key : key.substr(dot + 1);
    if (group != std::string_view(group_, group_size_)) {
      CloseGroup();
      if (!group.empty()) {
        buffer_.Append(',');
        String(group);
        buffer_.Append(":{");
        std::memcpy(group_, group.data(), std::min(group.size(), sizeof(group_)));
        group_size_ = std::min(group.size(), sizeof(group_));
        first_in_group_ = true;
      }
    }
    if (group_size_ > 0 && first_in_group_) {
      first_in_group_ = false;
    } else {
      buffer_.Append(',');
    }
    String(name);
    buffer_.Append(':');
  }
  void String(std::string_view text) {
    buffer_.Append('"');
    for (char c : text) {
      switch (c) {
        case '"': buffer_.Append("\\\""); break;
        case '\\': buffer_.Append("\\\\"); break;
        case '\n': buffer_.Append("\\n"); break;
        case '\r': buffer_.Append("\\r"); break;
        case '\t': buffer_.Append("\\t"); break;
        default:
          if (static_cast<uint8_t>(c) < 0x20) {
            buffer_.Appendf("\\u%04x", static_cast<unsigned>(static_cast<uint8_t>(c)));
          } else {
            buffer_.Append(c);
          }
      }
    }
    buffer_.Append('"');
  }
  LineBuffer& buffer() { return buffer_; }
  std::string_view view() const { return buffer_.view(); }

 private:
  void CloseGroup() {
    if (group_size_ > 0) buffer_.Append('}');
    group_size_ = 0;
  }
  LineBuffer buffer_;
  char group_[32];
  size_t group_size_ = 0;
  bool first_in_group_ = false;
};

void WriteJsonField_Shape(JsonLine* w, const char* key, TraceShapeId id) {
  if (id.value == 0) return;
  w->Key(key);
  w->buffer().Appendf("\"M%u\"", id.value);
}
void WriteJsonField_Fn(JsonLine* w, const char* key, TraceFnId id) {
  if (id.value == 0) return;
  w->Key(key);
  w->buffer().Appendf("\"F%u\"", id.value);
}
void WriteJsonField_Script(JsonLine* w, const char* key, TraceScriptId id) {
  if (id.value == 0) return;
  w->Key(key);
  w->buffer().Appendf("\"S%u\"", id.value);
}
void WriteJsonField_Code(JsonLine* w, const char* key, TraceCodeId id) {
  if (id.value == 0) return;
  w->Key(key);
  w->buffer().Appendf("\"C%u\"", id.value);
}
void WriteJsonField_Site(JsonLine* w, const char* key, const TraceSite& site) {
  if (!site.known()) return;
  w->Key(key);
  LineBuffer& b = w->buffer();
  b.Append('{');
  bool first = true;
  auto sep = [&] {
    if (!first) b.Append(',');
    first = false;
  };
  if (site.fn.value != 0) {
    sep();
    b.Appendf("\"fn\":\"F%u\"", site.fn.value);
  }
  if (site.bc >= 0) {
    sep();
    b.Appendf("\"bc\":%d", site.bc);
  }
  if (site.line > 0) {
    sep();
    b.Appendf("\"line\":%d,\"col\":%d", site.line, site.col);
  }
  b.Append('}');
}
void WriteJsonField_CStr(JsonLine* w, const char* key, const char* text) {
  if (text == nullptr) return;
  w->Key(key);
  w->String(text);
}
template <size_t N>
void WriteJsonString(JsonLine* w, const char* key, const TraceString<N>& text) {
  if (text.empty()) return;
  w->Key(key);
  w->String(text.view());
}
void WriteJsonField_Str(JsonLine* w, const char* key, const TraceShortString& text) {
  WriteJsonString(w, key, text);
}
void WriteJsonField_LongStr(JsonLine* w, const char* key, const TraceLongString& text) {
  WriteJsonString(w, key, text);
}
void WriteJsonField_StrList(JsonLine* w, const char* key, const TraceStringList& list) {
  w->Key(key);
  w->buffer().Append('[');
  for (int i = 0; i < list.count; ++i) {
    if (i > 0) w->buffer().Append(',');
    w->String(list.items[i].view());
  }
  w->buffer().Append(']');
}
void WriteJsonField_Int(JsonLine* w, const char* key, int64_t value) {
  w->Key(key);
  w->buffer().Appendf("%" PRId64, value);
}
void WriteJsonField_OptInt(JsonLine* w, const char* key, TraceOptInt value) {
  if (!value.present()) return;
  WriteJsonField_Int(w, key, value.value);
}
void WriteJsonField_Double(JsonLine* w, const char* key, double value) {
  w->Key(key);
  w->buffer().Appendf("%.3f", std::isfinite(value) ? value : 0.0);
}
void WriteJsonField_Bool(JsonLine* w, const char* key, bool value) {
  w->Key(key);
  w->buffer().Append(value ? "true" : "false");
}
void WriteJsonField_Addr(JsonLine* w, const char* key, uint64_t address) {
  if (address == 0) return;
  w->Key(key);
  w->buffer().Appendf("\"0x%" PRIx64 "\"", address);
}

// Definitions (header, script, fn) carry no time.
constexpr bool EventHasTime(TraceEventType type) {
  return type != TraceEventType::kHeader && type != TraceEventType::kScriptDef &&
         type != TraceEventType::kFunctionDef;
}

#define TRACE_FIELD_WRITE(type, name, key) WriteJsonField_##type(line, key, event.name);
#define V(Name, channel, ev, op, FIELDS)                                                \
  void WriteJsonLine(const Name##Event& event, int64_t t, JsonLine* line) {            \
    line->Begin(ev, EventHasTime(TraceEventType::k##Name), t, op);                      \
    FIELDS(TRACE_FIELD_WRITE)                                                           \
    line->End();                                                                        \
  }
TRACE_EVENT_LIST(V)
#undef V
#undef TRACE_FIELD_WRITE

// -- Text ---------------------------------------------------------------------------------------
//
// Columns of the map channel (TRACES.md format c):
//   [map]   0.986 M2 = M1 + a:smi                     transition       makeAB shapes.js:2:39   extras
//   ^0      ^8    ^14                                 ^50              ^67                     ^91
constexpr size_t kMapOpColumn = 50;
constexpr size_t kMapSiteColumn = 67;
constexpr size_t kMapSiteWidth = 24;

void BeginText(TraceChannel channel, double ms, LineBuffer* out) {
  out->Appendf("%-8s%.3f ", ChannelTag(channel), ms);
}

// Map lines: "fn file:line:col" (format c).
void AppendMapSite(const TraceSite& site, LineBuffer* out) {
  if (!site.known()) {
    out->Append("<unknown>");
    return;
  }
  out->Append(site.fn_name.view());
  out->Append(' ');
  out->Append(site.file.view());
  if (site.line > 0) out->Appendf(":%d:%d", site.line, site.col);
}

// Other channels: "file:line:col fn@bc" (format b).
void AppendCodeSite(const TraceSite& site, LineBuffer* out) {
  if (!site.known()) {
    out->Append("<unknown>");
    return;
  }
  out->Append(site.file.view());
  if (site.line > 0) out->Appendf(":%d:%d", site.line, site.col);
  out->Append("  ");
  out->Append(site.fn_name.view());
  if (site.bc >= 0) out->Appendf("@%d", site.bc);
}

// op column, site column, then the extras.
void MapColumns(const char* op, const TraceSite* site, LineBuffer* out) {
  out->PadTo(kMapOpColumn);
  out->Append(op);
  out->PadTo(kMapSiteColumn);
  if (site != nullptr) {
    AppendMapSite(*site, out);
    out->PadTo(kMapSiteColumn + kMapSiteWidth, 3);
  }
}

void MapDetails(TraceShapeId id, const TraceLongString& details, LineBuffer* out) {
  if (details.empty()) return;
  out->Appendf("\n    M%u: ", id.value);
  out->Append(details.view());
}

bool RenderLine(const HeaderEvent&, double, LineBuffer*) { return false; }
bool RenderLine(const ScriptDefEvent&, double, LineBuffer*) { return false; }
bool RenderLine(const FunctionDefEvent&, double, LineBuffer*) { return false; }
bool RenderLine(const CodeEvent&, double, LineBuffer*) { return false; }
// The --trace-gc line is gc/gc_tracer.cc's (kept byte for byte).
bool RenderLine(const GCEvent&, double, LineBuffer*) { return false; }
bool RenderLine(const GCSpaceEvent&, double, LineBuffer*) { return false; }
bool RenderLine(const SummaryEvent&, double, LineBuffer*) { return false; }

bool RenderLine(const MapExistingEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u", e.id.value);
  out->Append(e.props.view());
  MapColumns("existing", nullptr, out);
  out->Append("ctor=");
  out->Append(e.ctor.view());
  if (e.inobject > 0) out->Appendf(" inobject=%" PRId64, e.inobject);
  if (e.dictionary) out->Append(" dictionary");
  if (e.prototype) out->Append(" prototype");
  if (e.deprecated) out->Append(" deprecated");
  if (e.addr != 0) out->Appendf(" addr=0x%" PRIx64, e.addr);
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapCreateEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  std::string_view op = e.op == nullptr ? "" : e.op;
  const char* column = "copy";
  if (op == "initial_map") {
    out->Appendf("M%u = root(%s)", e.id.value, e.ctor.c_str());
    column = "initial-map";
  } else if (op == "object_literal") {
    out->Appendf("M%u = root(%s)", e.id.value, e.ctor.c_str());
    column = "object-literal";
  } else if (op == "elements") {
    out->Appendf("M%u = M%u [%s]", e.id.value, e.parent.value, e.elements == nullptr ? "?" : e.elements);
    column = "elements";
  } else if (op == "set_prototype") {
    out->Appendf("M%u = M%u with proto", e.id.value, e.parent.value);
    column = "set-prototype";
  } else if (op == "to_fast") {
    out->Appendf("M%u = fast(M%u)", e.id.value, e.parent.value);
    column = "to-fast";
  } else {
    out->Appendf("M%u = copy(M%u)", e.id.value, e.parent.value);
  }
  MapColumns(column, &e.site, out);
  if (e.inobject.present()) out->Appendf("inobject=%" PRId64 " ", e.inobject.value);
  if (!e.proto.empty()) out->Appendf("proto=%s ", e.proto.c_str());
  if (e.addr != 0) out->Appendf("addr=0x%" PRIx64, e.addr);
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapTransitionEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u = M%u + %s:%s", e.id.value, e.parent.value, e.prop.c_str(),
               e.repr == nullptr ? "?" : e.repr);
  MapColumns("transition", &e.site, out);
  if (e.attrs != nullptr && std::string_view(e.attrs) != "WEC") out->Appendf("attrs=%s ", e.attrs);
  if (e.addr != 0) out->Appendf("addr=0x%" PRIx64, e.addr);
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapNormalizeEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u = dict(M%u)", e.id.value, e.parent.value);
  MapColumns("to-dictionary", &e.site, out);
  const char* text = nullptr;
  const char* name = NormalizeReasonToken(e.reason.view(), &text);
  std::string_view reason_name = name == nullptr ? "" : name;
  if (reason_name == "DeleteNotLast" && !e.prop.empty()) {
    out->Appendf("reason=delete %s (not last)", e.prop.c_str());
  } else if (reason_name == "TooManyFastProperties" && !e.prop.empty()) {
    out->Appendf("reason=too many fast properties (adding %s)", e.prop.c_str());
  } else {
    out->Appendf("reason=%s", text != nullptr ? text : e.reason.c_str());
    if (!e.prop.empty()) out->Appendf(" (%s)", e.prop.c_str());
  }
  if (e.addr != 0) out->Appendf(" addr=0x%" PRIx64, e.addr);
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapDeprecateEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u deprecated -> M%u", e.id.value, e.replacement.value);
  MapColumns("generalize", &e.site, out);
  out->Appendf("%s: %s->%s (new shape)", e.prop.c_str(), e.from_repr, e.to_repr);
  if (e.owner.value != 0 && e.owner.value != e.id.value) out->Appendf(" branch=M%u", e.owner.value);
  MapDetails(e.replacement, e.details, out);
  return true;
}

bool RenderLine(const MapGeneralizeEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u.%s %s->%s (in place)", e.id.value, e.prop.c_str(), e.from_repr, e.to_repr);
  MapColumns("generalize", &e.site, out);
  if (e.from_const != nullptr && e.to_const != nullptr &&
      std::string_view(e.from_const) != std::string_view(e.to_const)) {
    out->Appendf("%s->%s", e.from_const, e.to_const);
  }
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapMigrateEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("obj migrated M%u -> M%u", e.from.value, e.id.value);
  MapColumns("migrate", &e.site, out);
  return true;
}

bool RenderLine(const MapPrototypeEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u = proto(M%u)", e.id.value, e.parent.value);
  MapColumns("prototype", &e.site, out);
  if (e.mode != nullptr) out->Appendf("mode=%s ", e.mode);
  if (e.addr != 0) out->Appendf("addr=0x%" PRIx64, e.addr);
  MapDetails(e.id, e.details, out);
  return true;
}

bool RenderLine(const MapInvalidateCellEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kMap, ms, out);
  out->Appendf("M%u validity cell invalidated", e.id.value);
  MapColumns("invalidate-cell", &e.site, out);
  out->Appendf("cells=%" PRId64, e.cells);
  return true;
}

// IC kinds as format b prints them.
const char* ICKindText(std::string_view op) {
  struct Entry {
    const char* op;
    const char* text;
  };
  static constexpr Entry kEntries[] = {
      {"load", "LoadIC"},
      {"store", "StoreIC"},
      {"define_own", "DefineNamedOwnIC"},
      {"keyed_load", "KeyedLoadIC"},
      {"keyed_store", "KeyedStoreIC"},
      {"global_load", "LoadGlobalIC"},
      {"global_store", "StoreGlobalIC"},
      {"call", "CallIC"},
      {"construct", "ConstructIC"},
      {"in", "KeyedHasIC"},
      {"instanceof", "InstanceOfIC"},
      {"binary", "BinaryOp"},
      {"compare", "CompareOp"},
      {"literal", "LiteralIC"},
  };
  for (const Entry& entry : kEntries) {
    if (op == entry.op) return entry.text;
  }
  return "IC";
}

const char* ICStateWord(std::string_view letter) {
  if (letter == "X") return "nofeedback";
  if (letter == "0") return "uninit";
  if (letter == "1") return "mono";
  if (letter == "^") return "recompute";
  if (letter == "P") return "poly";
  if (letter == "N") return "mega";
  if (letter == "G") return "generic";
  return "?";
}

bool RenderLine(const ICEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kIC, ms, out);
  std::string_view op = e.op == nullptr ? "" : e.op;
  out->Append(ICKindText(op));
  out->PadTo(24);
  AppendCodeSite(e.site, out);
  out->Append("  ");
  out->Appendf("slot#%" PRId64, e.slot);
  if (!e.key.empty()) {
    bool keyed = op.starts_with("keyed") || op == "in";
    out->Appendf(keyed ? " [%s]" : " .%s", e.key.c_str());
  }
  const char* from = e.from == nullptr ? "?" : e.from;
  const char* to = e.to == nullptr ? "?" : e.to;
  out->Appendf("   %s -> %s  %s->%s", from, to, ICStateWord(from), ICStateWord(to));
  if (e.map.value != 0) {
    out->Appendf("  +M%u", e.map.value);
    out->Append(e.map_props.view());
  }
  if (e.nmaps.present()) out->Appendf("  seen=%" PRId64, e.nmaps.value);
  if (e.handler != nullptr) out->Appendf("  handler=%s", e.handler);
  if (!e.extra.empty()) out->Appendf("  %s", e.extra.c_str());
  return true;
}

bool RenderLine(const OptEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kOpt, ms, out);
  out->Appendf("%-8s %s (F%u)", e.phase == nullptr ? "?" : e.phase, e.name.c_str(), e.fn.value);
  if (e.site.known() && e.site.line > 0) out->Appendf(" %s:%d:%d", e.site.file.c_str(), e.site.line, e.site.col);
  if (e.code.value != 0) out->Appendf(" C%u", e.code.value);
  if (e.ms > 0) out->Appendf(" %.3fms", e.ms);
  if (!e.reason.empty()) out->Appendf("   reason=\"%s\"", e.reason.c_str());
  if (e.ticks.present()) out->Appendf(" ticks=%" PRId64, e.ticks.value);
  if (e.bytecode_len.present()) out->Appendf(" bytecode=%" PRId64 "B", e.bytecode_len.value);
  if (e.code_size.present()) out->Appendf(" code=%" PRId64 "B", e.code_size.value);
  return true;
}

bool RenderLine(const DeoptEvent& e, double ms, LineBuffer* out) {
  BeginText(TraceChannel::kDeopt, ms, out);
  out->Appendf("%-6s %s (F%u)", e.kind == nullptr ? "?" : e.kind, e.name.c_str(), e.fn.value);
  if (e.code.value != 0) out->Appendf(" C%u", e.code.value);
  if (e.site.known()) {
    if (e.site.line > 0) out->Appendf(" %s:%d:%d", e.site.file.c_str(), e.site.line, e.site.col);
    if (e.site.bc >= 0) out->Appendf(" @bc%d", e.site.bc);
  }
  out->Appendf("  reason=\"%s\"", e.reason.c_str());
  if (e.expected.value != 0 || e.actual.value != 0) {
    out->Append("\n        ");
    if (e.expected.value != 0) out->Appendf("expected M%u%s  ", e.expected.value, e.expected_props.c_str());
    if (e.actual.value != 0) out->Appendf("got M%u%s", e.actual.value, e.actual_props.c_str());
    if (e.slot.present()) out->Appendf("   feedback slot#%" PRId64, e.slot.value);
  }
  if (!e.hint.empty() || e.resume_bc.present()) {
    out->Append("\n        ->");
    if (e.resume_bc.present()) out->Appendf(" resume interpreter at bc%" PRId64 ";", e.resume_bc.value);
    if (e.count.present()) out->Appendf(" deopts=%" PRId64 ";", e.count.value);
    if (!e.hint.empty()) out->Appendf(" %s", e.hint.c_str());
  }
  return true;
}

}  // namespace

void TrimTrailingSpaces(LineBuffer* out, LineBuffer* trimmed) {
  std::string_view text = out->view();
  // Trim spaces at the end of every line.
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    size_t stop = end;
    while (stop > start && text[stop - 1] == ' ') stop--;
    trimmed->Append(text.substr(start, stop - start));
    if (end == text.size()) break;
    trimmed->Append('\n');
    start = end + 1;
  }
}

#define V(Name, channel, ev, op, FIELDS)                                        \
  void WriteJsonEvent(const Name##Event& event, int64_t t, LineBuffer* out) {   \
    JsonLine line;                                                              \
    WriteJsonLine(event, t, &line);                                             \
    out->Append(line.view());                                                   \
  }                                                                             \
  bool RenderText(const Name##Event& event, double ms, LineBuffer* out) {       \
    return RenderLine(event, ms, out);                                          \
  }
TRACE_EVENT_LIST(V)
#undef V

}  // namespace trace
}  // namespace lucid
