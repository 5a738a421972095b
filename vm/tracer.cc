// Copyright 2025 the Lucid authors. MIT license.
// Tracer: ids, sites, the filter, the text and JSON Lines renderings of every
// TRACE_EVENT_LIST event, the map-channel hooks, and the end-of-run reports
// (--stats, the summary event, --stats-file).

#include "vm/tracer.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <cstdarg>
#include <cstring>
#include <ctime>
#include <string>
#include <unordered_map>

#include "gc/handles.h"
#include "vm/flags.h"
#include "vm/frames.h"
#include "vm/isolate.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/script.h"
#include "vm/objects/shape.h"
#include "vm/objects/shared_function_info.h"
#include "vm/objects/string.h"
#include "vm/objects/symbol.h"
#include "vm/trace_render.h"

namespace lucid {

const char* TraceEventName(TraceEventType type) {
  static constexpr const char* kNames[] = {
#define V(Name, channel, ev, op, FIELDS) #Name,
      TRACE_EVENT_LIST(V)
#undef V
  };
  return kNames[static_cast<int>(type)];
}

const char* TraceChannelName(TraceChannel channel) {
  static constexpr const char* kNames[] = {
#define V(Name, tag, json) json,
      TRACE_CHANNEL_LIST(V)
#undef V
  };
  return kNames[static_cast<int>(channel)];
}

using trace::CamelToSnake;
using trace::LineBuffer;

namespace {

constexpr const char* kTraceVmVersion = "lucid 0.1.0";
constexpr int kMaxPropertiesShown = 6;  // M17{…} lists at most this many
constexpr int kMaxKeyUnits = 48;        // a property name is cut after this
constexpr int kMaxFrameWalk = 1 << 16;


// -- Reading heap strings without allocating ----------------------------------------------

void AppendCodePoint(uint32_t c, LineBuffer* out) {
  char bytes[4];
  int n;
  if (c < 0x80) {
    bytes[0] = static_cast<char>(c);
    n = 1;
  } else if (c < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (c >> 6));
    bytes[1] = static_cast<char>(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (c >> 12));
    bytes[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | (c & 0x3F));
    n = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (c >> 18));
    bytes[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    bytes[3] = static_cast<char>(0x80 | (c & 0x3F));
    n = 4;
  }
  out->Append(std::string_view(bytes, static_cast<size_t>(n)));
}

// UTF-8 of at most {max_units} code units of {string} (lone surrogates
// become U+FFFD), "…" if cut. Works on any representation (String::Get).
void AppendString(const String* string, LineBuffer* out, int max_units) {
  int length = string->length();
  int limit = std::min(length, max_units);
  for (int i = 0; i < limit; ++i) {
    uint32_t unit = string->Get(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length) {
      uint32_t next = string->Get(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        AppendCodePoint(0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00), out);
        ++i;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) unit = 0xFFFD;
    AppendCodePoint(unit, out);
  }
  if (length > limit) out->Append("\xE2\x80\xA6");
}

void AppendName(const Name* name, LineBuffer* out) {
  if (name->IsSymbol()) {
    const Symbol* symbol = static_cast<const Symbol*>(name);
    out->Append(symbol->is_private() ? "#" : "Symbol(");
    if (IsString(symbol->description())) {
      AppendString(String::cast(symbol->description()), out, kMaxKeyUnits);
    }
    if (!symbol->is_private()) out->Append(")");
    return;
  }
  AppendString(static_cast<const String*>(name), out, kMaxKeyUnits);
}

template <size_t N>
void AssignName(const Name* name, TraceString<N>* out) {
  LineBuffer buffer;
  AppendName(name, &buffer);
  *out = buffer.view();
}

std::string_view BaseName(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The function's name as traces print it: "<top>" for a script's top level.
void AppendFunctionName(const SharedFunctionInfo* shared, LineBuffer* out) {
  Value name = shared->name();
  if (IsString(name) && String::cast(name)->length() > 0) {
    AppendString(String::cast(name), out, kMaxKeyUnits);
  } else {
    out->Append(shared->kind() == FunctionKind::kTopLevel ? "<top>" : "<anonymous>");
  }
}

// -- Shapes ----------------------------------------------------------------------------

// V8's one-letter representations (fingerprints).
char ReprLetter(Representation representation) {
  static constexpr char kLetters[] = {'v', 's', 'd', 'h', 't'};
  return kLetters[representation.kind()];
}

const char* ReprName(PropertyDetails details) {
  return details.IsAccessor() ? "accessor" : details.representation().Mnemonic();
}

const char* AttributesName(PropertyAttributes attributes) {
  static constexpr const char* kNames[] = {"WEC", "_EC", "W_C", "__C", "WE_", "_E_", "W__", "___"};
  return kNames[attributes & ALL_ATTRIBUTES_MASK];
}

const char* ElementsName(const Shape* shape) { return ElementsKindName(shape->elements_kind()); }

// The constructor's name, or a name for the instance type.
void AppendConstructorName(const Shape* shape, LineBuffer* out) {
  Value constructor = shape->GetConstructor();
  if (IsJSFunction(constructor)) {
    Value name = JSFunction::cast(constructor)->shared()->name();
    if (IsString(name) && String::cast(name)->length() > 0) {
      AppendString(String::cast(name), out, kMaxKeyUnits);
      return;
    }
  }
  switch (shape->instance_type()) {
    case InstanceType::kJSArray: out->Append("Array"); break;
    case InstanceType::kJSFunction: out->Append("Function"); break;
    case InstanceType::kJSBoundFunction: out->Append("BoundFunction"); break;
    case InstanceType::kJSError: out->Append("Error"); break;
    case InstanceType::kJSPrimitiveWrapper: out->Append("PrimitiveWrapper"); break;
    case InstanceType::kJSGlobalObject: out->Append("global"); break;
    case InstanceType::kJSArgumentsObject: out->Append("Arguments"); break;
    default: out->Append("Object"); break;
  }
}

// "Foo.prototype" for an object whose own "constructor" is Foo, "null",
// or "object".
void AppendPrototypeName(Isolate* isolate, Value prototype, LineBuffer* out) {
  if (prototype.IsNull()) {
    out->Append("null");
    return;
  }
  if (!IsJSReceiver(prototype)) {
    out->Append("object");
    return;
  }
  JSObject* object = JSObject::cast(prototype);
  const Name* key = Name::cast(isolate->roots().constructor_string());
  Value constructor = Value::Undefined();
  if (object->HasFastProperties()) {
    int descriptor = object->shape()->SearchDescriptor(key);
    if (descriptor >= 0 && !object->shape()->GetDetails(descriptor).IsAccessor()) {
      constructor = object->RawFastPropertyAt(descriptor);
    }
  } else if (IsNameDictionary(object->properties_or_hash())) {
    Dictionary* dictionary = object->property_dictionary();
    int entry = dictionary->FindEntry(key);
    if (entry >= 0 && !dictionary->DetailsAt(entry).IsAccessor()) constructor = dictionary->ValueAt(entry);
  }
  if (IsJSFunction(constructor)) {
    Value name = JSFunction::cast(constructor)->shared()->name();
    if (IsString(name) && String::cast(name)->length() > 0) {
      AppendString(String::cast(name), out, kMaxKeyUnits);
      out->Append(".prototype");
      return;
    }
  }
  // An intrinsic prototype of the native context: "type_error_prototype"
  // prints as "TypeError.prototype".
  Value native_context = isolate->roots().native_context();
  if (IsNativeContext(native_context)) {
    static constexpr const char* kFieldNames[] = {
#define V(Type, name) #name,
        NATIVE_CONTEXT_FIELDS(V)
#undef V
    };
    NativeContext* context = NativeContext::cast(native_context);
    for (int i = 0; i < NativeContext::kFieldCount; ++i) {
      std::string_view field = kFieldNames[i];
      if (!field.ends_with("_prototype")) continue;
      if (context->GetField(static_cast<NativeContext::Field>(i)) != prototype) continue;
      if (field == "uri_error_prototype" || field == "bigint_prototype") {
        out->Append(field == "bigint_prototype" ? "BigInt.prototype" : "URIError.prototype");
        return;
      }
      bool upper = true;
      for (char c : field.substr(0, field.size() - std::string_view("_prototype").size())) {
        if (c == '_') {
          upper = true;
          continue;
        }
        out->Append(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
        upper = false;
      }
      out->Append(".prototype");
      return;
    }
  }
  out->Append("object");
}

// -- Source positions ----------------------------------------------------------------------

// The source-position table the materializer writes (vm/interpreter/
// materializer.cc): a ByteArray of int32 words [n, (offset, position) × n,
// call sites...]. The position of {offset} is that of the last entry at or
// before it.
int32_t SourcePositionAt(const BytecodeArray* bytecode, int32_t offset) {
  Value table = bytecode->source_position_table();
  if (!IsByteArray(table)) return -1;
  ByteArray* array = ByteArray::cast(table);
  int count = array->length() / 4;
  if (count == 0) return -1;
  const int32_t* words = reinterpret_cast<const int32_t*>(array->data_start());
  int n = std::min(words[0], (count - 1) / 2);
  int32_t result = -1;
  for (int i = 0; i < n; ++i) {
    if (words[1 + 2 * i] > offset) break;
    result = words[2 + 2 * i];
  }
  return result;
}

// The innermost interpreted or compiled frame on the JS stack.
bool DefaultSiteResolver(Isolate* isolate, TraceFrameInfo* out) {
  Value* fp = reinterpret_cast<Value*>(isolate->js_fp());
  for (int depth = 0; fp != nullptr && depth < kMaxFrameWalk; ++depth) {
    Frame frame(fp);
    Value closure = frame.closure();
    Value bytecode = frame.bytecode_array();
    if (frame.slot(kFrameTypeSlot).IsInt32() && !frame.is_builtin_exit() && IsJSFunction(closure) &&
        IsBytecodeArray(bytecode)) {
      out->shared = JSFunction::cast(closure)->shared();
      Value offset = frame.slot(kBytecodeOffsetSlot);
      out->bytecode_offset = offset.IsInt32() ? offset.AsInt32() : -1;
      out->source_position = SourcePositionAt(BytecodeArray::cast(bytecode), out->bytecode_offset);
      return true;
    }
    fp = frame.caller_fp();
  }
  return false;
}

}  // namespace

// -- End of run: the reports and when they are made -------------------------------------------
//
// --stats (the table), the JSON Lines summary event and --stats-file all
// want the final counts, and the IC site counter (Tracer::SetICSiteCounter)
// walks feedback vectors on the heap. ~Tracer runs after ~Heap (Isolate
// destroys its members in reverse order: heap_ before tracer_), so the
// reports are made from the isolate's kTracer extension instead, whose
// deleter Isolate::Dispose runs while the heap is alive. WatchDispose
// registers it at the first event; every run that counts has one (the map
// hooks fire while the runtime bootstraps), and ~Tracer covers the rest
// without the IC counts.
struct Tracer::Sink {
  // The kTracer extension's registration and its "deleter" (the tracer is
  // the Isolate's member, not owned by the extension: nothing is freed).
  static void WatchDispose(Tracer* tracer) {
    Isolate* isolate = tracer->isolate_;
    if (LUCID_LIKELY(isolate->extension(IsolateExtension::kTracer) != nullptr)) return;
    isolate->set_extension(IsolateExtension::kTracer, tracer, &Sink::AtDispose);
  }
  static void AtDispose(void* data);
  // The final counts with the IC fields filled. False: no counter installed.
  static bool CountICSites(const Tracer* tracer, Stats* stats);
  // Every end-of-run report the flags ask for, once; then the tracer is off.
  static void Report(Tracer* tracer, const Stats& stats, bool ic_counted);
  static SummaryEvent Summary(const Tracer* tracer, const Stats& stats, bool ic_counted);
  static void PrintTable(const Tracer* tracer, const Stats& stats, bool ic_counted, FILE* out);
  static void WriteStatsFile(const Tracer* tracer, const Stats& stats, bool ic_counted,
                             const std::string& path);

  // Dictionary-mode objects by NormalizeReason.
  // NOTE: a side table keyed by tracer because Stats (vm/tracer.h) has no
  // field for it yet; it belongs in Stats as dictionary_by_reason[].
  static constexpr int kReasonCount = 0
#define V(Name, text) +1
      NORMALIZE_REASON_LIST(V)
#undef V
      ;
  struct ReasonCounts {
    int64_t count[kReasonCount] = {};
  };
  static std::unordered_map<const Tracer*, ReasonCounts>& Reasons() {
    static auto* table = new std::unordered_map<const Tracer*, ReasonCounts>();  // never freed
    return *table;
  }
  static void CountNormalize(const Tracer* tracer, NormalizeReason reason) {
    Reasons()[tracer].count[static_cast<int>(reason)]++;
  }
  static const ReasonCounts* ReasonsOf(const Tracer* tracer) {
    auto it = Reasons().find(tracer);
    return it == Reasons().end() ? nullptr : &it->second;
  }
  static void Forget(const Tracer* tracer) { Reasons().erase(tracer); }
};

// -- Tracer: configuration and output -------------------------------------------------------------

Tracer::Tracer(Isolate* isolate) : isolate_(isolate) { Configure(isolate->flags()); }

Tracer::~Tracer() {
  // Normally Sink::AtDispose has reported already and turned the hooks off.
  // If it never ran (no event ever registered it), report now, without the
  // IC site counter: the heap is gone (Isolate destroys heap_ before tracer_).
  if (hook_mask_ != 0) Sink::Report(this, stats_, /*ic_counted=*/false);
  Sink::Forget(this);
  if (out_ != nullptr) {
    if (owns_out_) {
      std::fclose(out_);
    } else {
      std::fflush(out_);
    }
  }
}

void Tracer::Configure(const Flags& flags) {
  auto bit = [](TraceChannel channel) { return 1u << static_cast<unsigned>(channel); };
  bool all = flags.trace_all;
  uint32_t render = 0;
  if (all || flags.trace_ic) render |= bit(TraceChannel::kIC);
  if (all || flags.trace_maps || flags.trace_maps_details) render |= bit(TraceChannel::kMap);
  if (all || flags.trace_opt || flags.trace_opt_verbose) render |= bit(TraceChannel::kOpt);
  if (all || flags.trace_deopt || flags.trace_deopt_verbose) render |= bit(TraceChannel::kDeopt);
  if (all || flags.trace_gc || flags.trace_gc_verbose || flags.trace_gc_nvp) render |= bit(TraceChannel::kGC);
  // Unset, the format follows the file's name: `--trace-file=out.jsonl`
  // gets JSON Lines.
  bool jsonl_file = flags.trace_file.size() > 6 && flags.trace_file.ends_with(".jsonl");
  if (flags.trace_format == "jsonl" || (flags.trace_format.empty() && jsonl_file)) {
    jsonl_ = true;
  } else {
    jsonl_ = false;
    if (flags.trace_format != "text" && !flags.trace_format.empty()) {
      std::fprintf(stderr, "lucid: unknown --trace-format=%s (text or jsonl); using text\n",
                   flags.trace_format.c_str());
    }
  }
  if (jsonl_ && render != 0) render |= bit(TraceChannel::kMeta);
  render_mask_ = render;
  stats_flag_ = flags.stats;
  uint32_t hooks = render;
  if (stats_flag_ || !flags.stats_file.empty()) {
    hooks |= bit(TraceChannel::kIC) | bit(TraceChannel::kMap) | bit(TraceChannel::kOpt) |
             bit(TraceChannel::kDeopt) | bit(TraceChannel::kGC);
  }
  hook_mask_ = hooks;
  details_ = flags.trace_maps_details;
  predictable_ = flags.predictable;
  addresses_ = flags.trace_addresses;
  filter_ = flags.trace_filter;
  match_all_ = filter_ == "*";
  file_ = flags.trace_file;
}

double Tracer::NowMs() const { return predictable_ ? 0.0 : isolate_->TimeMillisSinceInit(); }

void Tracer::OpenOutput() {
  if (out_ != nullptr) return;
  if (file_.empty()) {
    out_ = stderr;
  } else if (file_ == "-") {
    out_ = stdout;
  } else {
    out_ = std::fopen(file_.c_str(), "w");
    if (out_ == nullptr) {
      std::fprintf(stderr, "lucid: cannot open --trace-file=%s; tracing to stderr\n", file_.c_str());
      out_ = stderr;
    } else {
      owns_out_ = true;
    }
  }
}

void Tracer::WriteLine(std::string_view line) {
  OpenOutput();
  if (jsonl_ && !header_emitted_) EmitHeaderIfNeeded();
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fputc('\n', out_);
  if (out_ == stderr) std::fflush(out_);
}

void Tracer::EmitHeaderIfNeeded() {
  if (header_emitted_) return;
  header_emitted_ = true;
  HeaderEvent header;
  header.format = "lucid trace";
  header.version = 1;
  header.vm = kTraceVmVersion;
  // argv as the process got it (the CLI's own argument parsing is not ours).
  if (FILE* cmdline = std::fopen("/proc/self/cmdline", "rb")) {
    char buffer[4096];
    size_t n = std::fread(buffer, 1, sizeof(buffer), cmdline);
    std::fclose(cmdline);
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
      if (buffer[i] == '\0') {
        header.argv.Add(std::string_view(buffer + start, i - start));
        start = i + 1;
      }
    }
  }
  for (int c = 0; c < static_cast<int>(TraceChannel::kMeta); ++c) {
    if (rendering(static_cast<TraceChannel>(c))) header.channels.Add(TraceChannelName(static_cast<TraceChannel>(c)));
  }
  header.time_unit = "us";
  header.start_unix_ms = predictable_ ? 0 : static_cast<int64_t>(std::time(nullptr)) * 1000;
  header.pid = predictable_ ? 0 : static_cast<int64_t>(getpid());
  header.predictable = predictable_;
  header.filter = filter_;
  LineBuffer line;
  trace::WriteJsonEvent(header, 0, &line);
  std::fwrite(line.view().data(), 1, line.view().size(), out_);
  std::fputc('\n', out_);
}

void Tracer::Count(const OptEvent& event) {
  std::string_view phase = event.phase == nullptr ? "" : event.phase;
  if (phase == "compiled") {
    stats_.opt_compiled++;
    if (event.code_size.present()) stats_.opt_code_bytes += event.code_size.value;
    if (event.bytecode_len.present()) stats_.opt_bytecode_bytes += event.bytecode_len.value;
    stats_.opt_compile_ms += event.ms;
  } else if (phase == "refused") {
    stats_.opt_refused++;
  } else if (phase == "osr") {
    stats_.opt_osr++;
  }
}

#define V(Name, channel, ev, op, FIELDS)                                  \
  void Tracer::Emit(const Name##Event& event) {                           \
    if (TraceChannel::channel == TraceChannel::kIC) stats_.ic_events++;   \
    Count(event);                                                         \
    if (!rendering(TraceChannel::channel)) return;                        \
    double ms = NowMs();                                                  \
    LineBuffer line;                                                      \
    if (jsonl_) {                                                         \
      trace::WriteJsonEvent(event, std::llround(ms * 1000.0), &line);     \
      WriteLine(line.view());                                             \
      return;                                                             \
    }                                                                     \
    if (!trace::RenderText(event, ms, &line)) return;                     \
    LineBuffer trimmed;                                                   \
    trace::TrimTrailingSpaces(&line, &trimmed);                           \
    WriteLine(trimmed.view());                                            \
  }
TRACE_EVENT_LIST(V)
#undef V

// -- Sites, the filter, ids ------------------------------------------------------------------------

bool Tracer::GlobMatch(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  size_t star_p = std::string_view::npos, star_t = 0;
  auto match_one = [&](size_t* pp, char c) -> bool {
    // Matches one pattern element at *pp against {c}, advancing *pp.
    char pc = pattern[*pp];
    if (pc == '?') {
      (*pp)++;
      return true;
    }
    if (pc == '\\' && *pp + 1 < pattern.size()) {
      *pp += 2;
      return pattern[*pp - 1] == c;
    }
    if (pc == '[') {
      size_t q = *pp + 1;
      bool negate = q < pattern.size() && (pattern[q] == '!' || pattern[q] == '^');
      if (negate) q++;
      bool matched = false;
      bool first = true;
      while (q < pattern.size() && (first || pattern[q] != ']')) {
        first = false;
        char lo = pattern[q];
        if (q + 2 < pattern.size() && pattern[q + 1] == '-' && pattern[q + 2] != ']') {
          if (c >= lo && c <= pattern[q + 2]) matched = true;
          q += 3;
        } else {
          if (c == lo) matched = true;
          q++;
        }
      }
      if (q >= pattern.size()) {  // no closing ']': a literal '['
        (*pp)++;
        return c == '[';
      }
      *pp = q + 1;
      return matched != negate;
    }
    (*pp)++;
    return pc == c;
  };
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = p++;
      star_t = t;
      continue;
    }
    size_t next_p = p;
    if (p < pattern.size() && match_one(&next_p, text[t])) {
      p = next_p;
      t++;
      continue;
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p + 1;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') p++;
  return p == pattern.size();
}

Tracer::ScriptInfo* Tracer::InfoFor(const Script* script) {
  return &scripts_[script->id()];
}

void Tracer::LineColumn(const Script* script, int32_t position, int32_t* line, int32_t* col) {
  *line = 0;
  *col = 0;
  if (position < 0 || !IsString(script->source())) return;
  ScriptInfo* info = InfoFor(script);
  if (info->line_starts.empty()) {
    // The same line terminators as parser/source.cc (\n, \r, \r\n, U+2028/9).
    const String* source = String::cast(script->source());
    int n = source->length();
    info->line_starts.push_back(0);
    for (int i = 0; i < n; ++i) {
      uint16_t c = source->Get(i);
      if (c == '\r' && i + 1 < n && source->Get(i + 1) == '\n') {
        ++i;
        info->line_starts.push_back(i + 1);
      } else if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
        info->line_starts.push_back(i + 1);
      }
    }
  }
  auto it = std::upper_bound(info->line_starts.begin(), info->line_starts.end(), position);
  int index = static_cast<int>(it - info->line_starts.begin()) - 1;
  *line = index + 1;
  *col = position - info->line_starts[static_cast<size_t>(index)] + 1;
}

bool Tracer::ResolveSite(TraceSite* site, const SharedFunctionInfo** shared_out) {
  TraceFrameInfo info;
  bool found = resolver_ != nullptr ? resolver_(isolate_, resolver_data_, &info)
                                    : DefaultSiteResolver(isolate_, &info);
  *shared_out = nullptr;
  if (!found || info.shared == nullptr) return false;
  const SharedFunctionInfo* shared = info.shared;
  *shared_out = shared;
  site->bc = info.bytecode_offset;
  LineBuffer name;
  AppendFunctionName(shared, &name);
  site->fn_name = name.view();
  if (IsScript(shared->script())) {
    const Script* script = Script::cast(shared->script());
    if (IsString(script->name())) {
      LineBuffer path;
      AppendString(String::cast(script->name()), &path, 4096);
      site->file = BaseName(path.view());
      path_ = path.view();
    }
    LineColumn(script, info.source_position, &site->line, &site->col);
  }
  if (site->line == 0 && site->fn_name.empty()) site->fn_name = "<unknown>";
  return true;
}

bool Tracer::PassesFilter(const TraceSite& site) const {
  if (match_all_) return true;
  if (!site.known()) return false;  // default: user scripts only
  if (filter_.empty()) return true;
  return GlobMatch(filter_, site.file.view()) || GlobMatch(filter_, path_.view()) ||
         GlobMatch(filter_, site.fn_name.view());
}

bool Tracer::BeginEvent(TraceChannel channel, TraceSite* site) {
  DisallowGC no_gc;
  Sink::WatchDispose(this);
  const SharedFunctionInfo* shared = nullptr;
  path_ = std::string_view();
  bool known = ResolveSite(site, &shared);
  if (!known) site->fn_name = "<unknown>";
  if (!PassesFilter(*site)) return false;
  if (rendering(channel) && shared != nullptr) site->fn = FnRef(shared);
  return true;
}

TraceShapeId Tracer::NewShapeId(const Shape* shape) {
  if (shape == nullptr) return TraceShapeId{};
  if (shape->trace_id() == 0) const_cast<Shape*>(shape)->set_trace_id(++next_shape_id_);
  return TraceShapeId{shape->trace_id()};
}

TraceShapeId Tracer::ShapeRef(const Shape* shape) {
  if (shape == nullptr) return TraceShapeId{};
  if (shape->trace_id() != 0) return TraceShapeId{shape->trace_id()};
  TraceShapeId id = NewShapeId(shape);
  if (jsonl_ ? rendering(TraceChannel::kMeta) : rendering(TraceChannel::kMap)) {
    DisallowGC no_gc;
    MapExistingEvent e;
    e.id = id;
    FillShapeCommon(shape, &e.ctor, &e.fp, &e.addr, &e.details);
    FormatShapeProperties(shape, &e.props);
    e.nprops = shape->number_of_own_descriptors();
    e.inobject = shape->inobject_properties();
    e.elements = ElementsName(shape);
    e.dictionary = shape->is_dictionary_map();
    e.prototype = shape->is_prototype_map();
    e.deprecated = shape->is_deprecated();
    // A definition belongs to the map channel's stream even when another
    // channel mentions the shape first.
    uint32_t saved = render_mask_;
    render_mask_ |= 1u << static_cast<unsigned>(TraceChannel::kMap);
    Emit(e);
    render_mask_ = saved;
  }
  return id;
}

TraceScriptId Tracer::ScriptRef(const Script* script) {
  ScriptInfo* info = InfoFor(script);
  if (info->trace_id != 0) return TraceScriptId{info->trace_id};
  info->trace_id = ++next_script_id_;
  if (jsonl_) {
    ScriptDefEvent e;
    e.id = TraceScriptId{info->trace_id};
    if (IsString(script->name())) {
      LineBuffer path;
      AppendString(String::cast(script->name()), &path, 4096);
      e.url = path.view();
    }
    e.len = IsString(script->source()) ? String::cast(script->source())->length() : 0;
    Emit(e);
  }
  return TraceScriptId{info->trace_id};
}

TraceFnId Tracer::FnRef(const SharedFunctionInfo* shared) {
  if (shared == nullptr) return TraceFnId{};
  if (shared->trace_id() != 0) return TraceFnId{shared->trace_id()};
  DisallowGC no_gc;
  const_cast<SharedFunctionInfo*>(shared)->set_trace_id(++next_fn_id_);
  TraceFnId id{shared->trace_id()};
  if (jsonl_) {
    FunctionDefEvent e;
    e.id = id;
    LineBuffer name;
    AppendFunctionName(shared, &name);
    e.name = name.view();
    if (IsScript(shared->script())) {
      const Script* script = Script::cast(shared->script());
      e.script = ScriptRef(script);
      int32_t line, col;
      LineColumn(script, shared->start_position(), &line, &col);
      e.line = line;
      e.col = col;
    }
    e.params = shared->formal_parameter_count();
    if (shared->HasBytecodeArray()) e.bytecode_len = BytecodeArray::cast(shared->function_data())->length();
    Emit(e);
  }
  return id;
}

// -- Shape formatting --------------------------------------------------------------------------------

void Tracer::FormatShapeProperties(const Shape* shape, TraceLongString* out) {
  LineBuffer text;
  if (shape->is_dictionary_map()) {
    *out = "{dict}";
    return;
  }
  text.Append('{');
  int n = shape->number_of_own_descriptors();
  int shown = std::min(n, kMaxPropertiesShown);
  for (int i = 0; i < shown; ++i) {
    if (i > 0) text.Append(',');
    AppendName(shape->GetKey(i), &text);
    text.Append(':');
    text.Append(ReprName(shape->GetDetails(i)));
  }
  if (n > shown) text.Appendf(",\xE2\x80\xA6+%d", n - shown);
  text.Append('}');
  *out = text.view();
}

void Tracer::FormatFingerprint(const Shape* shape, TraceLongString* out) {
  // "Ctor:a:s|b:d", the property chain from the root with V8's letters;
  // "@proto" for prototype shapes, "[KIND]" for arrays. A fingerprint too
  // long for the buffer ends with "#<hash of the whole>" so it stays unique.
  LineBuffer text;
  AppendConstructorName(shape, &text);
  text.Append(':');
  uint64_t hash = 14695981039346656037ull;  // FNV-1a over what is written
  auto mix = [&hash](std::string_view s) {
    for (char c : s) hash = (hash ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  };
  if (shape->is_dictionary_map()) {
    text.Append("dict");
  } else {
    int n = shape->number_of_own_descriptors();
    for (int i = 0; i < n; ++i) {
      LineBuffer item;
      if (i > 0) item.Append('|');
      AppendName(shape->GetKey(i), &item);
      item.Append(':');
      PropertyDetails details = shape->GetDetails(i);
      item.Append(details.IsAccessor() ? 'a' : ReprLetter(details.representation()));
      mix(item.view());
      text.Append(item.view());
    }
  }
  if (shape->instance_type() == InstanceType::kJSArray) text.Appendf("[%s]", ElementsName(shape));
  if (shape->is_prototype_map()) text.Append("@proto");
  if (text.size() >= sizeof(out->data) - 1) {
    char suffix[24];
    std::snprintf(suffix, sizeof(suffix), "#%016" PRIx64, hash);
    std::string_view head = text.view().substr(0, sizeof(out->data) - 1 - 3 - std::strlen(suffix));
    while (!head.empty() && (static_cast<uint8_t>(head.back()) & 0xC0) == 0x80) head.remove_suffix(1);
    while (!head.empty() && (static_cast<uint8_t>(head.back()) & 0xC0) == 0xC0) head.remove_suffix(1);
    LineBuffer cut;
    cut.Append(head);
    cut.Append("\xE2\x80\xA6");
    cut.Append(suffix);
    *out = cut.view();
    return;
  }
  *out = text.view();
}

void Tracer::FormatDetails(const Shape* shape, TraceLongString* out) {
  // "{a:smi@in0, b:smi@out0} proto=Object.prototype inobject=4 unused=2 stable"
  LineBuffer text;
  text.Append('{');
  if (shape->is_dictionary_map()) {
    text.Append("dict");
  } else {
    int n = shape->number_of_own_descriptors();
    int inobject = shape->inobject_properties();
    for (int i = 0; i < n; ++i) {
      if (i > 0) text.Append(", ");
      AppendName(shape->GetKey(i), &text);
      PropertyDetails details = shape->GetDetails(i);
      text.Appendf(":%s", ReprName(details));
      if (details.constness() == PropertyConstness::kConst) text.Append("(const)");
      if (i < inobject) {
        text.Appendf("@in%d", i);
      } else {
        text.Appendf("@out%d", i - inobject);
      }
    }
  }
  text.Append("} proto=");
  AppendPrototypeName(isolate_, shape->prototype(), &text);
  text.Appendf(" inobject=%d unused=%d", shape->inobject_properties(), shape->unused_property_fields());
  if (shape->instance_type() == InstanceType::kJSArray) text.Appendf(" elements=%s", ElementsName(shape));
  if (shape->is_stable()) text.Append(" stable");
  if (shape->is_dictionary_map()) text.Append(" dictionary");
  if (shape->is_prototype_map()) text.Append(" prototype");
  if (shape->is_deprecated()) text.Append(" deprecated");
  if (!shape->is_extensible()) text.Append(" non-extensible");
  *out = text.view();
}

void Tracer::FillShapeCommon(const Shape* shape, TraceShortString* ctor, TraceLongString* fp,
                             uint64_t* addr, TraceLongString* details) {
  if (ctor != nullptr) {
    LineBuffer name;
    AppendConstructorName(shape, &name);
    *ctor = name.view();
  }
  if (fp != nullptr && jsonl_) FormatFingerprint(shape, fp);
  if (addr != nullptr && addresses_) *addr = reinterpret_cast<uint64_t>(shape);
  if (details != nullptr && details_) FormatDetails(shape, details);
}

// -- Map channel hooks -----------------------------------------------------------------------------

bool Tracer::BeginMapEvent(TraceSite* site) { return BeginEvent(TraceChannel::kMap, site); }

void Tracer::OnMapCreate(MapCreateKind kind, const Shape* shape, const Shape* parent) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.shapes_created++;
  if (!rendering(TraceChannel::kMap)) return;
  MapCreateEvent e;
  static constexpr const char* kOps[] = {"initial_map", "object_literal", "elements",
                                         "set_prototype", "to_fast", "copy"};
  e.op = kOps[static_cast<int>(kind)];
  e.parent = ShapeRef(parent);
  e.id = NewShapeId(shape);
  e.site = site;
  FillShapeCommon(shape, &e.ctor, &e.fp, &e.addr, &e.details);
  if (kind == MapCreateKind::kInitialMap || kind == MapCreateKind::kObjectLiteral) {
    e.inobject = shape->inobject_properties();
  }
  if (kind == MapCreateKind::kElements) e.elements = ElementsName(shape);
  if (kind == MapCreateKind::kSetPrototype || kind == MapCreateKind::kInitialMap) {
    LineBuffer proto;
    AppendPrototypeName(isolate_, shape->prototype(), &proto);
    e.proto = proto.view();
  }
  Emit(e);
}

void Tracer::OnMapTransition(const Shape* parent, const Shape* child) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.shapes_created++;
  stats_.transitions++;
  if (!rendering(TraceChannel::kMap)) return;
  MapTransitionEvent e;
  e.parent = ShapeRef(parent);
  e.id = NewShapeId(child);
  int descriptor = child->number_of_own_descriptors() - 1;
  if (descriptor >= 0) {
    AssignName(child->GetKey(descriptor), &e.prop);
    PropertyDetails details = child->GetDetails(descriptor);
    e.repr = ReprName(details);
    e.attrs = AttributesName(details.attributes());
    char loc[32];
    int inobject = child->inobject_properties();
    if (descriptor < inobject) {
      std::snprintf(loc, sizeof(loc), "inobject:%d", descriptor);
    } else {
      std::snprintf(loc, sizeof(loc), "out:%d", descriptor - inobject);
    }
    e.loc = loc;
  }
  e.site = site;
  FillShapeCommon(child, jsonl_ ? &e.ctor : nullptr, &e.fp, &e.addr, &e.details);
  Emit(e);
}

void Tracer::OnMapNormalize(const Shape* from, const Shape* to, NormalizeReason reason, const Name* key) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.shapes_created++;
  stats_.dictionary++;
  Sink::CountNormalize(this, reason);
  if (reason == NormalizeReason::kPrototypeSetup) stats_.prototypes++;
  if (!rendering(TraceChannel::kMap)) return;
  MapNormalizeEvent e;
  e.parent = ShapeRef(from);
  e.id = NewShapeId(to);
  static constexpr const char* kNames[] = {
#define V(Name, text) #Name,
      NORMALIZE_REASON_LIST(V)
#undef V
  };
  char token[64];
  e.reason = CamelToSnake(kNames[static_cast<int>(reason)], token, sizeof(token));
  if (key != nullptr) AssignName(key, &e.prop);
  e.site = site;
  FillShapeCommon(to, nullptr, nullptr, &e.addr, &e.details);
  Emit(e);
}

void Tracer::OnMapDeprecate(const Shape* deprecated, const Shape* replacement, const Shape* owner,
                            int descriptor, Representation from, Representation to) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.deprecated++;
  if (!rendering(TraceChannel::kMap)) return;
  MapDeprecateEvent e;
  e.id = ShapeRef(deprecated);
  e.owner = ShapeRef(owner);
  e.replacement = ShapeRef(replacement);
  if (descriptor >= 0 && descriptor < deprecated->number_of_own_descriptors()) {
    AssignName(deprecated->GetKey(descriptor), &e.prop);
  }
  e.from_repr = from.Mnemonic();
  e.to_repr = to.Mnemonic();
  e.site = site;
  FillShapeCommon(replacement, nullptr, nullptr, nullptr, &e.details);
  Emit(e);
}

void Tracer::OnMapGeneralize(const Shape* owner, int descriptor, Representation from, Representation to,
                             PropertyConstness from_constness, PropertyConstness to_constness) {
  // A constness-only change (a field first overwritten) is shown only with
  // --trace-maps-details: it happens to most fields.
  if (from == to && !details_) return;
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  if (from != to) stats_.generalized++;
  if (!rendering(TraceChannel::kMap)) return;
  MapGeneralizeEvent e;
  e.id = ShapeRef(owner);
  if (descriptor >= 0 && descriptor < owner->number_of_own_descriptors()) {
    AssignName(owner->GetKey(descriptor), &e.prop);
  }
  e.from_repr = from.Mnemonic();
  e.to_repr = to.Mnemonic();
  auto constness = [](PropertyConstness c) { return c == PropertyConstness::kConst ? "const" : "mutable"; };
  e.from_const = constness(from_constness);
  e.to_const = constness(to_constness);
  e.in_place = true;
  e.site = site;
  FillShapeCommon(owner, nullptr, nullptr, nullptr, &e.details);
  Emit(e);
}

void Tracer::OnMapMigrate(const Shape* from, const Shape* to) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.migrations++;
  if (!rendering(TraceChannel::kMap)) return;
  MapMigrateEvent e;
  e.from = ShapeRef(from);
  e.id = ShapeRef(to);
  e.site = site;
  Emit(e);
}

void Tracer::OnMapPrototype(const Shape* from, const Shape* to, bool setup_mode) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.shapes_created++;
  stats_.prototypes++;
  if (!rendering(TraceChannel::kMap)) return;
  MapPrototypeEvent e;
  e.parent = ShapeRef(from);
  e.id = NewShapeId(to);
  e.mode = setup_mode ? "setup" : "fast";
  e.site = site;
  FillShapeCommon(to, nullptr, nullptr, &e.addr, &e.details);
  Emit(e);
}

void Tracer::OnValidityCellsInvalidated(const Shape* prototype_shape, int cells) {
  DisallowGC no_gc;
  TraceSite site;
  if (!BeginMapEvent(&site)) return;
  stats_.invalidations += cells;
  if (!rendering(TraceChannel::kMap)) return;
  MapInvalidateCellEvent e;
  e.id = ShapeRef(prototype_shape);
  e.cells = cells;
  e.site = site;
  Emit(e);
}

// -- GC channel --------------------------------------------------------------------------------------

void Tracer::OnGC(const GCTracer::Event& event) {
  Sink::WatchDispose(this);
  bool scavenge = event.collector == GarbageCollector::kScavenger;
  int64_t pause_us = predictable_ ? 0 : std::llround((event.end_ms - event.start_ms) * 1000.0);
  if (scavenge) {
    stats_.scavenges++;
  } else {
    stats_.mark_compacts++;
  }
  stats_.gc_pause_us_total += pause_us;
  stats_.gc_max_pause_us = std::max(stats_.gc_max_pause_us, pause_us);
  gc_seq_++;
  if (!jsonl_ || !rendering(TraceChannel::kGC)) return;
  auto us = [this](double ms) -> int64_t { return predictable_ ? 0 : std::llround(ms * 1000.0); };
  GCEvent e;
  e.seq = gc_seq_;
  e.kind = scavenge ? "scavenge" : "mark_compact";
  char reason[64];
  std::string_view text = GCReasonText(event.reason);
  size_t n = std::min(text.size(), sizeof(reason) - 1);
  for (size_t i = 0; i < n; ++i) reason[i] = text[i] == ' ' || text[i] == '-' ? '_' : text[i];
  e.reason = std::string_view(reason, n);
  e.pause_us = pause_us;
  e.before_used = static_cast<int64_t>(event.size_before);
  e.before_committed = static_cast<int64_t>(event.committed_before);
  e.after_used = static_cast<int64_t>(event.size_after);
  e.after_committed = static_cast<int64_t>(event.committed_after);
  e.phase_roots_us = us(event.roots_ms);
  if (scavenge) {
    e.young_survived = static_cast<int64_t>(event.survived);
    e.young_promoted = static_cast<int64_t>(event.promoted);
    e.young_promoted_early = static_cast<int64_t>(event.promoted_early);
    e.young_semispace = static_cast<int64_t>(event.semispace);
    e.phase_copy_us = us(event.main_ms);
  } else {
    e.old_marked = static_cast<int64_t>(event.marked);
    e.old_freed = static_cast<int64_t>(event.freed);
    e.phase_mark_us = us(event.main_ms);
    e.phase_sweep_us = us(event.sweep_ms);
  }
  Emit(e);
}

// -- Statistics ----------------------------------------------------------------------------------------

namespace {

// The state columns of Stats::ic_sites: V8's letters, the words --stats
// prints, and the short keys of the summary and --stats-file.
constexpr const char* kICStateLetters[] = {"0", "1", "P", "N", "G"};
constexpr const char* kICStateWords[] = {"uninitialized", "monomorphic", "polymorphic", "megamorphic",
                                         "generic"};
constexpr const char* kICStateKeys[] = {"uninit", "mono", "poly", "mega", "generic"};
static_assert(sizeof(kICStateKeys) / sizeof(kICStateKeys[0]) == Tracer::Stats::kICStateCount);

int64_t SitesOfKind(const Tracer::Stats& s, int kind) {
  int64_t n = 0;
  for (int state = 0; state < Tracer::Stats::kICStateCount; ++state) n += s.ic_sites[kind][state];
  return n;
}

int64_t SitesInState(const Tracer::Stats& s, int state) {
  int64_t n = 0;
  for (int kind = 0; kind < kFeedbackSlotKindCount; ++kind) n += s.ic_sites[kind][state];
  return n;
}

const char* SlotKindName(int kind) { return FeedbackSlotKindName(static_cast<FeedbackSlotKind>(kind)); }

const char* NormalizeReasonName(int reason) {
  static constexpr const char* kNames[] = {
#define V(Name, text) #Name,
      NORMALIZE_REASON_LIST(V)
#undef V
  };
  return kNames[reason];
}

void AppendF(std::string* out, const char* format, ...) __attribute__((format(printf, 2, 3)));
void AppendF(std::string* out, const char* format, ...) {
  char buffer[256];
  va_list args;
  va_start(args, format);
  int n = std::vsnprintf(buffer, sizeof(buffer), format, args);
  va_end(args);
  if (n > 0) out->append(buffer, std::min(static_cast<size_t>(n), sizeof(buffer) - 1));
}

}  // namespace

void Tracer::Sink::AtDispose(void* data) {
  Tracer* tracer = static_cast<Tracer*>(data);
  if (tracer->hook_mask_ == 0) return;
  Stats stats = tracer->stats_;
  bool counted = CountICSites(tracer, &stats);
  Report(tracer, stats, counted);
}

bool Tracer::Sink::CountICSites(const Tracer* tracer, Stats* stats) {
  if (ic_site_counter_ == nullptr) return false;
  ic_site_counter_(tracer->isolate_, stats);
  return true;
}

void Tracer::Sink::Report(Tracer* tracer, const Stats& stats, bool ic_counted) {
  if (tracer->jsonl_ && tracer->render_mask_ != 0) tracer->Emit(Summary(tracer, stats, ic_counted));
  if (tracer->stats_flag_ && !tracer->stats_printed_) {
    tracer->stats_printed_ = true;
    PrintTable(tracer, stats, ic_counted, stderr);
  }
  const std::string& path = tracer->isolate_->flags().stats_file;
  if (!path.empty()) WriteStatsFile(tracer, stats, ic_counted, path);
  // The run is over: nothing more is counted or rendered.
  tracer->hook_mask_ = 0;
  tracer->render_mask_ = 0;
  tracer->Flush();
}

SummaryEvent Tracer::Sink::Summary(const Tracer* tracer, const Stats& s, bool ic_counted) {
  SummaryEvent e;
  if (tracer->enabled(TraceChannel::kMap)) {
    e.shapes_created = s.shapes_created;
    e.shapes_transitions = s.transitions;
    e.shapes_dictionary = s.dictionary;
    e.shapes_deprecated = s.deprecated;
    e.shapes_generalized = s.generalized;
    e.shapes_migrations = s.migrations;
    e.shapes_prototypes = s.prototypes;
    e.shapes_invalidations = s.invalidations;
  }
  if (tracer->enabled(TraceChannel::kIC)) {
    e.ics_events = s.ic_events;
    if (ic_counted) {
      int64_t total = 0;
      for (int state = 0; state < Stats::kICStateCount; ++state) total += SitesInState(s, state);
      e.ics_sites = total;
      e.ics_uninit = SitesInState(s, kICUninitialized);
      e.ics_mono = SitesInState(s, kICMonomorphic);
      e.ics_poly = SitesInState(s, kICPolymorphic);
      e.ics_mega = SitesInState(s, kICMegamorphic);
      e.ics_generic = SitesInState(s, kICGeneric);
      e.ics_feedback_vectors = s.feedback_vectors;
      e.ics_stub_cache_hits = s.stub_cache_hits;
      e.ics_stub_cache_misses = s.stub_cache_misses;
    }
  }
  if (tracer->enabled(TraceChannel::kOpt)) e.opt_compiled = s.opt_compiled;
  if (tracer->enabled(TraceChannel::kDeopt)) e.opt_deopts = s.deopts;
  if (tracer->enabled(TraceChannel::kGC)) {
    e.gc_scavenges = s.scavenges;
    e.gc_mark_compacts = s.mark_compacts;
    e.gc_pause_us_total = s.gc_pause_us_total;
    e.gc_max_pause_us = s.gc_max_pause_us;
  }
  return e;
}

// The --stats table (docs/traces.md "--stats"): one "label  value" row per
// counter, the IC sites as a kind × state grid (only kinds with sites).
void Tracer::Sink::PrintTable(const Tracer* tracer, const Stats& s, bool ic_counted, FILE* out) {
  auto row = [out](const char* label, int64_t value) {
    std::fprintf(out, "  %-28s%8" PRId64 "\n", label, value);
  };
  std::fflush(stdout);
  std::fprintf(out, "[stats] shapes\n");
  row("shapes created", s.shapes_created);
  row("transitions", s.transitions);
  std::fprintf(out, "  %-28s%8" PRId64, "dictionary-mode objects", s.dictionary);
  if (const ReasonCounts* reasons = ReasonsOf(tracer)) {
    const char* separator = "  (";
    for (int r = 0; r < kReasonCount; ++r) {
      if (reasons->count[r] == 0) continue;
      std::fprintf(out, "%s%s %" PRId64, separator, NormalizeReasonText(static_cast<NormalizeReason>(r)),
                   reasons->count[r]);
      separator = ", ";
    }
    if (separator[0] == ',') std::fputc(')', out);
  }
  std::fputc('\n', out);
  row("deprecations", s.deprecated);
  row("generalizations (in place)", s.generalized);
  row("migrations", s.migrations);
  row("prototype shapes", s.prototypes);
  row("validity cells invalidated", s.invalidations);

  std::fprintf(out, "[stats] inline caches\n");
  if (!ic_counted) {
    std::fprintf(out, "  %-28s%8s  (not counted: no IC site counter installed)\n", "IC sites", "-");
  } else {
    // Two header lines: V8's letters over the words, right-aligned.
    std::fprintf(out, "  %-24s", "sites by kind and state");
    for (const char* letter : kICStateLetters) std::fprintf(out, "%15s", letter);
    std::fprintf(out, "%9s\n  %-24s", "total", "");
    for (const char* word : kICStateWords) std::fprintf(out, "%15s", word);
    std::fputc('\n', out);
    auto grid_row = [out](const char* label, const int64_t* by_state, int64_t total) {
      std::fprintf(out, "  %-24s", label);
      for (int state = 0; state < Stats::kICStateCount; ++state) {
        std::fprintf(out, "%15" PRId64, by_state[state]);
      }
      std::fprintf(out, "%9" PRId64 "\n", total);
    };
    int64_t totals[Stats::kICStateCount] = {};
    int64_t all = 0;
    for (int kind = 0; kind < kFeedbackSlotKindCount; ++kind) {
      int64_t n = SitesOfKind(s, kind);
      if (n == 0) continue;
      grid_row(SlotKindName(kind), s.ic_sites[kind], n);
      for (int state = 0; state < Stats::kICStateCount; ++state) totals[state] += s.ic_sites[kind][state];
      all += n;
    }
    grid_row("all kinds", totals, all);
    row("feedback vectors", s.feedback_vectors);
    row("megamorphic probes: hits", s.stub_cache_hits);
    row("megamorphic probes: misses", s.stub_cache_misses);
  }

  std::fprintf(out, "[stats] jit\n");
  row("compiled (baseline)", s.opt_compiled);
  row("refused", s.opt_refused);
  row("on-stack replacements", s.opt_osr);
  row("machine code (bytes)", s.opt_code_bytes);
  row("bytecode compiled (bytes)", s.opt_bytecode_bytes);
  std::fprintf(out, "  compile time (ms)           %8.3f\n", s.opt_compile_ms);

  std::fprintf(out, "[stats] async\n");
  row("awaits (frames parked)", s.async_suspends);
  row("async frames suspended", s.async_frames_parked);
  row("async frames peak", s.async_frames_peak);

  std::fprintf(out, "[stats] gc\n");
  row("scavenges", s.scavenges);
  row("mark-compacts", s.mark_compacts);
  std::fprintf(out,
               "  total pause (ms)            %8.3f\n"
               "  max pause (ms)              %8.3f\n",
               static_cast<double>(s.gc_pause_us_total) / 1000.0,
               static_cast<double>(s.gc_max_pause_us) / 1000.0);
  std::fflush(out);
}

// The --stats-file object (docs/traces.md "--stats-file"): the same counts
// as the table, nested, one group per line. Keys are only ever added.
void Tracer::Sink::WriteStatsFile(const Tracer* tracer, const Stats& s, bool ic_counted,
                                  const std::string& path) {
  std::string json;
  AppendF(&json, "{\"format\":\"lucid stats\",\"version\":1,\"vm\":\"%s\",\"predictable\":%s,\"ms\":%.3f,\n",
          kTraceVmVersion, tracer->predictable_ ? "true" : "false", tracer->NowMs());
  AppendF(&json,
          " \"shapes\":{\"created\":%" PRId64 ",\"transitions\":%" PRId64 ",\"dictionary\":%" PRId64
          ",\"dictionary_reasons\":{",
          s.shapes_created, s.transitions, s.dictionary);
  if (const ReasonCounts* reasons = ReasonsOf(tracer)) {
    const char* separator = "";
    for (int r = 0; r < kReasonCount; ++r) {
      if (reasons->count[r] == 0) continue;
      char token[64];
      std::string_view name = CamelToSnake(NormalizeReasonName(r), token, sizeof(token));
      AppendF(&json, "%s\"%.*s\":%" PRId64, separator, static_cast<int>(name.size()), name.data(),
              reasons->count[r]);
      separator = ",";
    }
  }
  AppendF(&json,
          "},\"deprecated\":%" PRId64 ",\"generalized\":%" PRId64 ",\"migrations\":%" PRId64
          ",\"prototypes\":%" PRId64 ",\"invalidations\":%" PRId64 "},\n",
          s.deprecated, s.generalized, s.migrations, s.prototypes, s.invalidations);
  AppendF(&json, " \"ics\":{\"counted\":%s,\"events\":%" PRId64, ic_counted ? "true" : "false", s.ic_events);
  int64_t all = 0;
  for (int state = 0; state < Stats::kICStateCount; ++state) all += SitesInState(s, state);
  AppendF(&json, ",\"sites\":%" PRId64, all);
  for (int state = 0; state < Stats::kICStateCount; ++state) {
    AppendF(&json, ",\"%s\":%" PRId64, kICStateKeys[state], SitesInState(s, state));
  }
  AppendF(&json,
          ",\"feedback_vectors\":%" PRId64 ",\"stub_cache_hits\":%" PRId64 ",\"stub_cache_misses\":%" PRId64
          ",\n  \"by_kind\":{",
          s.feedback_vectors, s.stub_cache_hits, s.stub_cache_misses);
  const char* separator = "";
  for (int kind = 0; kind < kFeedbackSlotKindCount; ++kind) {
    int64_t n = SitesOfKind(s, kind);
    if (n == 0) continue;
    AppendF(&json, "%s\"%s\":{\"sites\":%" PRId64, separator, SlotKindName(kind), n);
    for (int state = 0; state < Stats::kICStateCount; ++state) {
      AppendF(&json, ",\"%s\":%" PRId64, kICStateKeys[state], s.ic_sites[kind][state]);
    }
    json += '}';
    separator = ",";
  }
  AppendF(&json,
          "}},\n \"opt\":{\"compiled\":%" PRId64 ",\"deopts\":%" PRId64 ",\"refused\":%" PRId64
          ",\"osr\":%" PRId64 ",\"code_bytes\":%" PRId64 ",\"bytecode_bytes\":%" PRId64
          ",\"compile_ms\":%.3f},\n",
          s.opt_compiled, s.deopts, s.opt_refused, s.opt_osr, s.opt_code_bytes, s.opt_bytecode_bytes,
          s.opt_compile_ms);
  AppendF(&json,
          " \"gc\":{\"scavenges\":%" PRId64 ",\"mark_compacts\":%" PRId64 ",\"pause_us_total\":%" PRId64
          ",\"max_pause_us\":%" PRId64 "},\n",
          s.scavenges, s.mark_compacts, s.gc_pause_us_total, s.gc_max_pause_us);
  AppendF(&json,
          " \"async\":{\"awaits\":%" PRId64 ",\"suspended\":%" PRId64 ",\"peak\":%" PRId64 "}}\n",
          s.async_suspends, s.async_frames_parked, s.async_frames_peak);
  bool to_stdout = path == "-";
  FILE* file = to_stdout ? stdout : std::fopen(path.c_str(), "w");
  if (file == nullptr) {
    std::fprintf(stderr, "lucid: cannot write --stats-file=%s: %s\n", path.c_str(), std::strerror(errno));
    return;
  }
  std::fwrite(json.data(), 1, json.size(), file);
  if (to_stdout) {
    std::fflush(file);
  } else if (std::fclose(file) != 0) {
    std::fprintf(stderr, "lucid: cannot write --stats-file=%s: %s\n", path.c_str(), std::strerror(errno));
  }
}

SummaryEvent Tracer::MakeSummary() const {
  Stats stats = stats_;
  bool counted = Sink::CountICSites(this, &stats);
  return Sink::Summary(this, stats, counted);
}

void Tracer::PrintStats(FILE* out) {
  if (stats_printed_) return;
  stats_printed_ = true;
  Stats stats = stats_;
  bool counted = Sink::CountICSites(this, &stats);
  Sink::PrintTable(this, stats, counted, out);
}

// -- Async functions ---------------------------------------------------------------------

namespace {
std::string AsyncFunctionName(const SharedFunctionInfo* shared) {
  Value name = shared->name();
  if (IsString(name) && String::cast(name)->length() > 0) return String::cast(name)->ToUTF8();
  return "<anonymous>";
}
}  // namespace

void Tracer::OnAsyncSuspend(const SharedFunctionInfo* shared) {
  DisallowGC no_gc;
  stats_.async_suspends++;
  stats_.async_frames_parked++;
  if (stats_.async_frames_parked > stats_.async_frames_peak) {
    stats_.async_frames_peak = stats_.async_frames_parked;
  }
  if (!isolate_->flags().trace_async) return;
  std::string line = "[async] suspend " + AsyncFunctionName(shared) +
                     " (suspended: " + std::to_string(stats_.async_frames_parked) + ")";
  WriteLine(line);
}

void Tracer::OnAsyncResume(const SharedFunctionInfo* shared, bool rejected) {
  DisallowGC no_gc;
  stats_.async_frames_parked--;
  if (!isolate_->flags().trace_async) return;
  std::string line = std::string("[async] resume ") + AsyncFunctionName(shared) +
                     (rejected ? " (throw)" : " (next)") +
                     " (suspended: " + std::to_string(stats_.async_frames_parked) + ")";
  WriteLine(line);
}

}  // namespace lucid
