// Copyright 2025 the Lucid authors. MIT license.
// Factory: allocation of object-model cells, and the object model's
// bootstrap.
#include "vm/objects/factory.h"

#include <cstring>
#include <vector>

#include "vm/conversions.h"
#include "vm/isolate.h"
#include "vm/objects/accessor_pair.h"
#include "vm/objects/bytecode_array.h"
#include "vm/objects/context.h"
#include "vm/objects/descriptors.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/dictionary.h"
#include "vm/objects/elements.h"
#include "vm/objects/js_array.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_object.h"
#include "vm/objects/js_promise.h"
#include "vm/objects/property_cell.h"
#include "vm/objects/prototype_info.h"
#include "vm/objects/script.h"
#include "vm/objects/shape.h"
#include "vm/objects/string.h"
#include "vm/objects/string_table.h"
#include "vm/objects/symbol.h"
#include "vm/objects/transitions.h"

namespace lucid {

namespace {

void DeleteFactory(void* data) { delete static_cast<Factory*>(data); }

// A new handle on a native context field. (Never a Handle onto the field's
// own slot: the context is an ordinary cell and moves.)
Handle<Value> NativeContextField(Isolate* isolate, NativeContext::Field field) {
  return handle(NativeContext::cast(isolate->roots().native_context())->GetField(field), isolate);
}

// Decodes UTF-8 into UTF-16 units; malformed input yields U+FFFD per
// maximal invalid subsequence (the WHATWG decoder's rule, which node uses).
std::vector<uint16_t> DecodeUtf8(std::string_view utf8) {
  std::vector<uint16_t> units;
  units.reserve(utf8.size());
  size_t i = 0, n = utf8.size();
  auto byte = [&](size_t k) { return static_cast<uint8_t>(utf8[k]); };
  while (i < n) {
    uint8_t b0 = byte(i);
    if (b0 < 0x80) {
      units.push_back(b0);
      ++i;
      continue;
    }
    int needed;
    uint32_t code_point;
    uint8_t lower = 0x80, upper = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      needed = 1;
      code_point = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      needed = 2;
      code_point = b0 & 0x0F;
      if (b0 == 0xE0) lower = 0xA0;
      if (b0 == 0xED) upper = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      needed = 3;
      code_point = b0 & 0x07;
      if (b0 == 0xF0) lower = 0x90;
      if (b0 == 0xF4) upper = 0x8F;
    } else {
      units.push_back(0xFFFD);
      ++i;
      continue;
    }
    size_t k = i + 1;
    bool ok = true;
    for (int j = 0; j < needed; ++j, ++k) {
      if (k >= n || byte(k) < lower || byte(k) > upper) {
        ok = false;
        break;
      }
      code_point = (code_point << 6) | (byte(k) & 0x3F);
      lower = 0x80;
      upper = 0xBF;
    }
    if (!ok) {
      units.push_back(0xFFFD);
      i = k;  // resume at the byte that broke the sequence
      continue;
    }
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      units.push_back(static_cast<uint16_t>(0xD800 + (code_point >> 10)));
      units.push_back(static_cast<uint16_t>(0xDC00 + (code_point & 0x3FF)));
    } else {
      units.push_back(static_cast<uint16_t>(code_point));
    }
    i = k;
  }
  return units;
}

// The internal cell types the object model owns, with (instance_size,
// raw_tail_words). Types owned by others (feedback, code, scope info, job
// queue) get their shapes from their owners.
struct InternalShapeSpec {
  InstanceType type;
  int instance_size;
  int raw_tail_words;
};
constexpr InternalShapeSpec kInternalShapes[] = {
    {InstanceType::kSeqOneByteString, String::kHeaderSize, 0},
    {InstanceType::kSeqTwoByteString, String::kHeaderSize, 0},
    {InstanceType::kConsString, ConsString::kSize, 0},
    {InstanceType::kThinString, ThinString::kSize, 0},
    {InstanceType::kSlicedString, 40, 0},
    {InstanceType::kInternalizedOneByteString, String::kHeaderSize, 0},
    {InstanceType::kInternalizedTwoByteString, String::kHeaderSize, 0},
    {InstanceType::kSymbol, Symbol::kSize, 0},
    {InstanceType::kPropertyArray, PropertyArray::kHeaderSize, 0},
    {InstanceType::kDescriptorArray, FixedArray::kHeaderSize, 0},
    {InstanceType::kTransitionArray, FixedArray::kHeaderSize, 0},
    {InstanceType::kNameDictionary, FixedArray::kHeaderSize, 0},
    {InstanceType::kNumberDictionary, FixedArray::kHeaderSize, 0},
    {InstanceType::kGlobalDictionary, FixedArray::kHeaderSize, 0},
    {InstanceType::kOrderedHashMap, FixedArray::kHeaderSize, 0},
    {InstanceType::kOrderedHashSet, FixedArray::kHeaderSize, 0},
    {InstanceType::kStringTable, FixedArray::kHeaderSize, 0},
    {InstanceType::kNativeContext, FixedArray::kHeaderSize, 0},
    {InstanceType::kScriptContext, FixedArray::kHeaderSize, 0},
    {InstanceType::kFunctionContext, FixedArray::kHeaderSize, 0},
    {InstanceType::kBlockContext, FixedArray::kHeaderSize, 0},
    {InstanceType::kCatchContext, FixedArray::kHeaderSize, 0},
    {InstanceType::kScriptContextTable, FixedArray::kHeaderSize, 0},
    {InstanceType::kSharedFunctionInfo, SharedFunctionInfo::kSize, SharedFunctionInfo::kRawTailWords},
    {InstanceType::kBytecodeArray, BytecodeArray::kHeaderSize, 0},
    {InstanceType::kScript, Script::kSize, 0},
    {InstanceType::kPropertyCell, PropertyCell::kSize, 0},
    {InstanceType::kCell, Cell::kSize, 0},
    {InstanceType::kPrototypeInfo, PrototypeInfo::kSize, 0},
    {InstanceType::kAccessorPair, AccessorPair::kSize, 0},
    {InstanceType::kFeedbackVector, FixedArray::kHeaderSize, 0},
    {InstanceType::kFeedbackArray, FixedArray::kHeaderSize, 0},
    {InstanceType::kDataHandler, DataHandler::kSize, 0},
    {InstanceType::kPromiseReaction, PromiseReaction::kSize, 0},
    {InstanceType::kPromiseReactionJobTask, PromiseReactionJobTask::kSize, 0},
    {InstanceType::kPromiseResolveThenableJobTask, PromiseResolveThenableJobTask::kSize, 0},
};

}  // namespace

Factory* FactoryOf(Isolate* isolate) {
  return static_cast<Factory*>(isolate->extension(IsolateExtension::kFactory));
}

Factory::Factory(Isolate* isolate) : isolate_(isolate) {
  const Flags& flags = isolate->flags();
  uint64_t seed;
  if (flags.predictable || flags.random_seed != 0) {
    seed = static_cast<uint64_t>(flags.random_seed) * 0x9E3779B97F4A7C15ull + 0x5DEECE66Dull;
  } else {
    std::random_device device;
    seed = (static_cast<uint64_t>(device()) << 32) | device();
  }
  hash_seed_ = seed;
  rng_.seed(seed ^ 0xA5A5A5A5A5A5A5A5ull);
}

uint32_t Factory::NextHash() {
  while (true) {
    uint32_t hash = static_cast<uint32_t>(rng_());
    if (hash != 0) return hash;
  }
}

// -- Strings --------------------------------------------------------------------------

Handle<String> Factory::empty_string() {
  return Handle<String>(isolate_->roots().slot(RootIndex::k_empty_string));
}

Handle<SeqOneByteString> Factory::NewRawOneByteString(int length, AllocationType type) {
  CHECK(length >= 0);
  // Callers check and throw RangeError "Invalid string length"; one that
  // did not gets node's fatal OOM exit, never a crash.
  if (length > String::kMaxLength) isolate_->heap()->FatalInvalidSize("invalid string length");
  Roots roots = isolate_->roots();
  HeapObject* cell = isolate_->heap()->Allocate(roots.seq_one_byte_string_shape(),
                                                SeqOneByteString::SizeFor(length), type, length);
  auto* string = static_cast<SeqOneByteString*>(cell);
  string->set_raw_hash_field(0);
  return Handle<SeqOneByteString>(string, isolate_);
}

Handle<SeqTwoByteString> Factory::NewRawTwoByteString(int length, AllocationType type) {
  CHECK(length >= 0);
  // Callers check and throw RangeError "Invalid string length"; one that
  // did not gets node's fatal OOM exit, never a crash.
  if (length > String::kMaxLength) isolate_->heap()->FatalInvalidSize("invalid string length");
  Roots roots = isolate_->roots();
  HeapObject* cell = isolate_->heap()->Allocate(roots.seq_two_byte_string_shape(),
                                                SeqTwoByteString::SizeFor(length), type, length);
  auto* string = static_cast<SeqTwoByteString*>(cell);
  string->set_raw_hash_field(0);
  return Handle<SeqTwoByteString>(string, isolate_);
}

Handle<String> Factory::NewStringFromOneByte(std::span<const uint8_t> chars, AllocationType type) {
  if (chars.empty()) return empty_string();
  Handle<SeqOneByteString> result = NewRawOneByteString(static_cast<int>(chars.size()), type);
  std::memcpy(result->GetChars(), chars.data(), chars.size());
  return result;
}

Handle<String> Factory::NewStringFromAscii(std::string_view ascii, AllocationType type) {
  return NewStringFromOneByte(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(ascii.data()), ascii.size()), type);
}

Handle<String> Factory::NewStringFromTwoByte(std::span<const uint16_t> units, AllocationType type) {
  if (units.empty()) return empty_string();
  bool one_byte = true;
  for (uint16_t unit : units) one_byte &= unit <= 0xFF;
  int length = static_cast<int>(units.size());
  if (one_byte) {
    Handle<SeqOneByteString> result = NewRawOneByteString(length, type);
    uint8_t* chars = result->GetChars();
    for (int i = 0; i < length; ++i) chars[i] = static_cast<uint8_t>(units[i]);
    return result;
  }
  Handle<SeqTwoByteString> result = NewRawTwoByteString(length, type);
  std::memcpy(result->GetChars(), units.data(), units.size() * 2);
  return result;
}

Handle<String> Factory::NewStringFromUtf8(std::string_view utf8, AllocationType type) {
  bool ascii = true;
  for (char c : utf8) ascii &= static_cast<uint8_t>(c) < 0x80;
  if (ascii) return NewStringFromAscii(utf8, type);
  std::vector<uint16_t> units = DecodeUtf8(utf8);
  return NewStringFromTwoByte(units, type);
}

void Factory::ThrowError(MessageTemplate message, std::initializer_list<std::string_view> args) {
  Handle<JSError> error = NewError(message, args);
  isolate_->Throw(error->ToValue());
}

MaybeHandle<String> Factory::NewConsString(Handle<String> left, Handle<String> right) {
  int left_length = left->length();
  int right_length = right->length();
  if (left_length == 0) return right;
  if (right_length == 0) return left;
  int64_t length = int64_t{left_length} + right_length;
  if (length > String::kMaxLength) return Throw<String>(MessageTemplate::kInvalidStringLength);
  bool two_byte = left->HasTwoByteStorage() || right->HasTwoByteStorage();
  int n = static_cast<int>(length);
  if (n < String::kMinConsLength) {
    // Short: copy flat, no rope.
    if (!two_byte) {
      Handle<SeqOneByteString> result = NewRawOneByteString(n);
      DisallowGC no_gc;
      String::WriteToFlat(*left, result->GetChars(), 0, left_length);
      String::WriteToFlat(*right, result->GetChars() + left_length, 0, right_length);
      return result;
    }
    Handle<SeqTwoByteString> result = NewRawTwoByteString(n);
    DisallowGC no_gc;
    String::WriteToFlat(*left, result->GetChars(), 0, left_length);
    String::WriteToFlat(*right, result->GetChars() + left_length, 0, right_length);
    return result;
  }
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().cons_string_shape(),
                                                ConsString::kSize, AllocationType::kYoung);
  auto* cons = static_cast<ConsString*>(cell);
  cons->set_length(n);
  cons->set_raw_hash_field(two_byte ? StringHasher::kTwoByteLeafBit : 0);
  cons->set_first(*left);
  cons->set_second(*right);
  return Handle<String>(cons, isolate_);
}

Handle<String> Factory::NewSubString(Handle<String> string, int begin, int end) {
  DCHECK(0 <= begin && begin <= end && end <= string->length());
  if (begin == end) return empty_string();
  if (begin == 0 && end == string->length()) return string;
  Handle<String> flat = String::Flatten(isolate_, string);
  int n = end - begin;
  bool one_byte = flat->GetFlatChars().is_one_byte;
  if (!one_byte) {
    // Narrow when the slice happens to be Latin-1 only.
    String::FlatContent content = flat->GetFlatChars();
    one_byte = true;
    for (int i = begin; i < end && one_byte; ++i) one_byte = content.two_byte[i] <= 0xFF;
  }
  if (one_byte) {
    Handle<SeqOneByteString> result = NewRawOneByteString(n);
    DisallowGC no_gc;
    String::WriteToFlat(*flat, result->GetChars(), begin, end);
    return result;
  }
  Handle<SeqTwoByteString> result = NewRawTwoByteString(n);
  DisallowGC no_gc;
  String::WriteToFlat(*flat, result->GetChars(), begin, end);
  return result;
}

Handle<String> Factory::LookupSingleCharacterString(uint16_t unit) {
  // OPTIMIZATION: internalized, so repeated charAt()s share one cell; the
  // units below 256 are cached in a root table (V8's
  // single_character_string_table), sparing the string table's hashing.
  constexpr int kCacheSize = 256;
  Roots roots = isolate_->roots();
  if (unit < kCacheSize && IsFixedArray(roots.single_character_string_cache())) {
    Value cached = FixedArray::cast(roots.single_character_string_cache())->get(unit);
    if (IsString(cached)) return Handle<String>(String::cast(cached), isolate_);
  }
  Handle<String> result = InternalizeTwoByte(std::span<const uint16_t>(&unit, 1));
  if (unit >= kCacheSize) return result;
  if (!IsFixedArray(roots.single_character_string_cache())) {
    Handle<FixedArray> cache = NewFixedArray(kCacheSize, AllocationType::kOld);
    cache->FillWith(0, kCacheSize, Value::Undefined());
    *isolate_->roots().slot(RootIndex::kSingleCharacterStringCache) = cache->ToValue();
  }
  FixedArray::cast(isolate_->roots().single_character_string_cache())->set(unit, result->ToValue());
  return result;
}

Handle<String> Factory::NumberToString(Handle<Value> number) {
  char buffer[kDoubleToCStringBufferSize];
  std::string_view text = number->IsInt32() ? IntToCString(number->AsInt32(), buffer)
                                            : DoubleToCString(number->Number(), buffer);
  return NewStringFromAscii(text);
}

Handle<String> Factory::Uint32ToString(uint32_t value) {
  char buffer[kDoubleToCStringBufferSize];
  return NewStringFromAscii(DoubleToCString(static_cast<double>(value), buffer));
}

Handle<String> Factory::InternalizeString(Handle<String> string) {
  if (string->IsInternalizedString()) return string;
  return StringTable::LookupString(isolate_, string);
}

Handle<String> Factory::InternalizeAscii(std::string_view ascii) {
  return StringTable::LookupOneByte(
      isolate_, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(ascii.data()), ascii.size()));
}

Handle<String> Factory::InternalizeUtf8(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii &= static_cast<uint8_t>(c) < 0x80;
  if (ascii) return InternalizeAscii(utf8);
  std::vector<uint16_t> units = DecodeUtf8(utf8);
  return InternalizeTwoByte(units);
}

Handle<String> Factory::InternalizeTwoByte(std::span<const uint16_t> units) {
  return StringTable::LookupTwoByte(isolate_, units);
}

// -- Symbols --------------------------------------------------------------------------

Handle<Symbol> Factory::NewSymbol(Handle<Value> description) {
  // Old space: symbols are usually long-lived keys held by shapes.
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().symbol_shape(), Symbol::kSize,
                                                AllocationType::kOld);
  auto* symbol = static_cast<Symbol*>(cell);
  symbol->set_flags(0);
  symbol->set_raw_hash_field(StringHasher::kHashComputedBit | NextHash());
  symbol->set_description(*description);
  symbol->set_brand_class(Value::Undefined());
  return Handle<Symbol>(symbol, isolate_);
}

Handle<Symbol> Factory::NewPrivateSymbol(Handle<Value> description) {
  Handle<Symbol> symbol = NewSymbol(description);
  symbol->set_flags(Symbol::kIsPrivate);
  return symbol;
}

// -- Arrays and tables ------------------------------------------------------------------

Handle<FixedArray> Factory::NewFixedArray(int length, AllocationType type) {
  if (length == 0) return Handle<FixedArray>(isolate_->roots().slot(RootIndex::kEmptyFixedArray));
  return Handle<FixedArray>(isolate_->heap()->AllocateFixedArray(length, type), isolate_);
}

Handle<FixedArray> Factory::NewFixedArrayWithHoles(int length) {
  Handle<FixedArray> array = NewFixedArray(length);
  if (length > 0) array->FillWith(0, length, Value::TheHole());
  return array;
}

Handle<FixedArray> Factory::CopyFixedArrayAndGrow(Handle<FixedArray> source, int new_length,
                                                  Value filler, AllocationType type) {
  // (NewFixedArray -> Heap::AllocateFixedArray exits with node's fatal
  // "invalid array length" past FixedArray::kMaxLength.)
  Handle<FixedArray> result = NewFixedArray(new_length, type);
  if (new_length == 0) return result;
  int copy = std::min(source->length(), new_length);
  if (copy > 0) result->CopyElements(0, *source, 0, copy);
  if (new_length > copy) result->FillWith(copy, new_length, filler);
  return result;
}

Handle<PropertyArray> Factory::NewPropertyArray(int length) {
  if (length == 0) return Handle<PropertyArray>(isolate_->roots().slot(RootIndex::kEmptyPropertyArray));
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().property_array_shape(),
                                                PropertyArray::SizeFor(length),
                                                AllocationType::kYoung, length);
  return Handle<PropertyArray>(static_cast<PropertyArray*>(cell), isolate_);
}

Handle<PropertyArray> Factory::CopyPropertyArrayAndGrow(Handle<PropertyArray> source, int grow_by) {
  int old_length = source->length();
  Handle<PropertyArray> result = NewPropertyArray(old_length + grow_by);
  DisallowGC no_gc;
  PropertyArray* from = *source;
  PropertyArray* to = *result;
  for (int i = 0; i < old_length; ++i) to->set(i, from->get(i));
  to->set_hash(from->hash());
  return result;
}

Handle<Dictionary> Factory::NewNameDictionary(int at_least) {
  return Dictionary::New(isolate_, InstanceType::kNameDictionary, at_least);
}
Handle<Dictionary> Factory::NewNumberDictionary(int at_least) {
  return Dictionary::New(isolate_, InstanceType::kNumberDictionary, at_least);
}
Handle<Dictionary> Factory::NewGlobalDictionary(int at_least) {
  return Dictionary::New(isolate_, InstanceType::kGlobalDictionary, at_least);
}

// -- Small cells --------------------------------------------------------------------------

Handle<AccessorPair> Factory::NewAccessorPair(Handle<Value> getter, Handle<Value> setter) {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().accessor_pair_shape(),
                                                AccessorPair::kSize, AllocationType::kYoung);
  auto* pair = static_cast<AccessorPair*>(cell);
  pair->set_getter(*getter);
  pair->set_setter(*setter);
  return Handle<AccessorPair>(pair, isolate_);
}

Handle<PropertyCell> Factory::NewPropertyCell(Handle<Name> name, Handle<Value> value,
                                              PropertyDetails details) {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().property_cell_shape(),
                                                PropertyCell::kSize, AllocationType::kMetadata);
  auto* property_cell = static_cast<PropertyCell*>(cell);
  property_cell->set_name(name->ToValue());
  property_cell->set_value(*value);
  property_cell->set_details(details);
  return Handle<PropertyCell>(property_cell, isolate_);
}

Handle<Cell> Factory::NewCell(Value value) {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().cell_shape(), Cell::kSize,
                                                AllocationType::kMetadata);
  static_cast<Cell*>(cell)->set_value(value);
  return Handle<Cell>(static_cast<Cell*>(cell), isolate_);
}

Handle<PrototypeInfo> Factory::NewPrototypeInfo() {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().prototype_info_shape(),
                                                PrototypeInfo::kSize, AllocationType::kMetadata);
  auto* info = static_cast<PrototypeInfo*>(cell);
  info->set_registry_slot(-1);
  return Handle<PrototypeInfo>(info, isolate_);
}

// -- Objects ---------------------------------------------------------------------------

Handle<JSObject> Factory::NewJSObjectFromShape(Handle<Shape> shape, AllocationType type) {
  DCHECK(shape->IsJSReceiverShape());
  DCHECK(!shape->is_deprecated());
  Handle<Value> properties(isolate_->roots().slot(RootIndex::kEmptyPropertyArray));
  if (shape->is_dictionary_map()) {
    properties = shape->IsJSGlobalObjectShape() ? Handle<Value>(NewGlobalDictionary(16))
                                                : Handle<Value>(NewNameDictionary(4));
  }
  HeapObject* cell = isolate_->heap()->Allocate(*shape, shape->instance_size(), type);
  auto* object = static_cast<JSObject*>(cell);
  object->InitializeBody(*shape, *properties, isolate_->roots().empty_fixed_array()->ToValue());
  Handle<JSObject> result(object, isolate_);
  if (shape->IsInobjectSlackTrackingInProgress() && shape->GetBackPointer() == nullptr) {
    shape->InobjectSlackTrackingStep(isolate_);
  }
  return result;
}

Handle<JSObject> Factory::NewJSObject() {
  Handle<Shape> shape(isolate_->roots().slot(RootIndex::kJSObjectShape));
  return NewJSObjectFromShape(shape);
}

Handle<JSObject> Factory::NewJSObjectWithPrototype(Handle<Value> prototype) {
  if (prototype->IsNull()) {
    Handle<Shape> shape = Handle<Shape>::cast(NativeContextField(isolate_, NativeContext::k_slow_object_with_null_prototype_shape));
    return NewJSObjectFromShape(shape);
  }
  DCHECK(lucid::IsJSReceiver(*prototype));
  Handle<JSObject> proto_object = Handle<JSObject>::cast(prototype);
  JSObject::OptimizeAsPrototype(isolate_, proto_object);
  Handle<PrototypeInfo> info(PrototypeInfo::cast(proto_object->shape()->prototype_info()), isolate_);
  if (lucid::IsShape(info->object_create_shape())) {
    Handle<Shape> cached(Shape::cast(info->object_create_shape()), isolate_);
    return NewJSObjectFromShape(cached);
  }
  Handle<Shape> base(isolate_->roots().slot(RootIndex::kJSObjectShape));
  Handle<Shape> shape = Shape::TransitionToPrototype(isolate_, base, prototype);
  // Re-read the info: TransitionToPrototype may have given the prototype a
  // fresh prototype shape.
  PrototypeInfo::cast(proto_object->shape()->prototype_info())->set_object_create_shape(shape->ToValue());
  return NewJSObjectFromShape(shape);
}

Handle<Shape> Factory::ObjectLiteralShapeFor(int property_count) {
  Handle<FixedArray> cache = Handle<FixedArray>::cast(NativeContextField(isolate_, NativeContext::k_object_literal_shape_cache));
  // `{}` is the Object function's initial shape (4 in-object slots), as V8.
  if (property_count == 0) return Handle<Shape>(isolate_->roots().slot(RootIndex::kJSObjectShape));
  int count = std::min(property_count, Shape::kMaxInObjectProperties);
  if (count < cache->length() && lucid::IsShape(cache->get(count))) {
    return handle(Shape::cast(cache->get(count)), isolate_);
  }
  Handle<Value> prototype = Handle<Value>::cast(NativeContextField(isolate_, NativeContext::k_object_prototype));
  Handle<Shape> shape =
      Shape::NewJSShape(isolate_, InstanceType::kJSObject, JSObject::kHeaderSize, count, prototype);
  if (count >= cache->length()) {
    cache = CopyFixedArrayAndGrow(cache, std::max(count + 1, cache->length() * 2), Value::Undefined(),
                                  AllocationType::kOld);
    native_context()->set_object_literal_shape_cache(cache->ToValue());
  }
  cache->set(count, shape->ToValue());
  if (Tracer* tracer = isolate_->tracer()->If(TraceChannel::kMap)) {
    tracer->OnMapCreate(Tracer::MapCreateKind::kObjectLiteral, *shape, nullptr);
  }
  return shape;
}

Handle<JSObject> Factory::NewJSObjectForConstruct(Handle<JSFunction> constructor,
                                                  Handle<JSFunction> new_target) {
  Handle<Shape> shape = constructor.is_identical_to(new_target)
                            ? JSFunction::EnsureInitialShape(isolate_, constructor)
                            : JSFunction::GetDerivedShape(isolate_, constructor, new_target);
  return NewJSObjectFromShape(shape);
}

// -- Arrays --------------------------------------------------------------------------

Handle<Shape> Factory::JSArrayShapeFor(ElementsKind kind) {
  DCHECK(lucid::IsFastElementsKind(kind));
  FixedArray* shapes = FixedArray::cast(native_context()->js_array_shapes());
  return handle(Shape::cast(shapes->get(static_cast<int>(kind))), isolate_);
}

Handle<JSArray> Factory::NewJSArray(ElementsKind kind, uint32_t length, uint32_t capacity) {
  if (capacity > static_cast<uint32_t>(FixedArrayBase::kMaxLength)) {
    isolate_->heap()->FatalInvalidSize("invalid array length");
  }
  Handle<FixedArray> elements = NewFixedArrayWithHoles(static_cast<int>(capacity));
  Handle<Shape> shape = JSArrayShapeFor(kind);
  Handle<JSObject> object = NewJSObjectFromShape(shape);
  Handle<JSArray> array = Handle<JSArray>::cast(object);
  array->set_elements(elements->ToValue());
  array->set_length(length);
  return array;
}

Handle<JSArray> Factory::NewJSArrayWithElements(Handle<FixedArray> elements) {
  ElementsKind kind = PACKED_SMI_ELEMENTS;
  for (int i = 0; i < elements->length(); ++i) {
    Value v = elements->get(i);
    kind = GeneralizeElementsKind(kind, v.IsTheHole() ? HOLEY_SMI_ELEMENTS : Elements::KindForValue(v));
  }
  Handle<JSArray> array = Handle<JSArray>::cast(NewJSObjectFromShape(JSArrayShapeFor(kind)));
  array->set_elements(elements->ToValue());
  array->set_length(static_cast<uint32_t>(elements->length()));
  return array;
}

// -- Functions and code ---------------------------------------------------------------

Handle<SharedFunctionInfo> Factory::NewSharedFunctionInfo(Handle<String> name, FunctionKind kind) {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().shared_function_info_shape(),
                                                SharedFunctionInfo::kSize, AllocationType::kMetadata);
  auto* shared = static_cast<SharedFunctionInfo*>(cell);
  shared->set_name(name->ToValue());
  shared->set_kind(kind);
  return Handle<SharedFunctionInfo>(shared, isolate_);
}

Handle<JSFunction> Factory::NewJSFunction(Handle<SharedFunctionInfo> shared, Handle<Value> context,
                                          Handle<Shape> shape) {
  if (shape.is_null()) {
    NativeContext::Field field = shared->is_strict() ? NativeContext::k_strict_function_shape
                                                     : NativeContext::k_sloppy_function_shape;
    shape = Handle<Shape>::cast(NativeContextField(isolate_, field));
  }
  Handle<JSObject> object = NewJSObjectFromShape(shape);
  Handle<JSFunction> function = Handle<JSFunction>::cast(object);
  function->set_shared(*shared);
  function->set_context(*context);
  function->set_prototype_or_initial_shape(Value::TheHole());
  // The interrupt budget (ChargeBudget, vm/interpreter/frame_state.h).
  function->set_feedback_cell(
      Value::FromInt32(static_cast<int32_t>(isolate_->flags().interrupt_budget_for_feedback_allocation)));
  return function;
}

Handle<JSBoundFunction> Factory::NewJSBoundFunction(Handle<Value> target, Handle<Value> bound_this,
                                                    Handle<FixedArray> bound_arguments) {
  Handle<Shape> shape = Handle<Shape>::cast(NativeContextField(isolate_, NativeContext::k_bound_function_shape));
  Handle<JSBoundFunction> function = Handle<JSBoundFunction>::cast(NewJSObjectFromShape(shape));
  function->set_bound_target_function(*target);
  function->set_bound_this(*bound_this);
  function->set_bound_arguments(bound_arguments->ToValue());
  return function;
}

Handle<BytecodeArray> Factory::NewBytecodeArray(std::span<const uint8_t> bytecodes,
                                                Handle<FixedArray> constant_pool, int register_count,
                                                int parameter_count, int feedback_slot_count) {
  int length = static_cast<int>(bytecodes.size());
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().bytecode_array_shape(),
                                                BytecodeArray::SizeFor(length),
                                                AllocationType::kMetadata, length);
  auto* array = static_cast<BytecodeArray*>(cell);
  std::memcpy(array->GetFirstBytecodeAddress(), bytecodes.data(), bytecodes.size());
  array->set_constant_pool(constant_pool->ToValue());
  array->set_handler_table(isolate_->roots().empty_byte_array()->ToValue());
  array->set_source_position_table(isolate_->roots().empty_byte_array()->ToValue());
  array->set_register_count(register_count);
  array->set_parameter_count(parameter_count);
  array->set_feedback_slot_count(feedback_slot_count);
  array->set_incoming_new_target_or_generator_register(-1);
  return Handle<BytecodeArray>(array, isolate_);
}

Handle<Script> Factory::NewScript(Handle<String> source, Handle<String> name) {
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().script_shape(), Script::kSize,
                                                AllocationType::kMetadata);
  auto* script = static_cast<Script*>(cell);
  script->set_source(source->ToValue());
  script->set_name(name->ToValue());
  script->set_id(static_cast<int>(NextHash() & 0x3FFFFFFF));
  script->set_flags(0);
  return Handle<Script>(script, isolate_);
}

Handle<Context> Factory::NewContext(InstanceType type, Handle<Value> scope_info,
                                    Handle<Value> previous, int variable_count) {
  DCHECK(lucid::IsContextType(type));
  int length = Context::kHeaderSlots + variable_count;
  HeapObject* cell = isolate_->heap()->Allocate(isolate_->roots().ShapeLayoutFor(type),
                                                FixedArray::SizeFor(length), AllocationType::kYoung,
                                                length);
  auto* context = static_cast<Context*>(cell);
  context->set(Context::kScopeInfoIndex, *scope_info);
  context->set(Context::kPreviousIndex, *previous);
  return Handle<Context>(context, isolate_);
}

// -- Wrappers, errors, the global object ----------------------------------------------

Handle<JSPrimitiveWrapper> Factory::NewJSPrimitiveWrapper(Handle<Value> primitive) {
  NativeContext::Field field = NativeContext::k_object_prototype;
  if (lucid::IsString(*primitive)) field = NativeContext::k_string_prototype;
  else if (primitive->IsNumber()) field = NativeContext::k_number_prototype;
  else if (primitive->IsBoolean()) field = NativeContext::k_boolean_prototype;
  else if (lucid::IsSymbol(*primitive)) field = NativeContext::k_symbol_prototype;
  Handle<Value> prototype = Handle<Value>::cast(NativeContextField(isolate_, field));
  Handle<Shape> base = Handle<Shape>::cast(NativeContextField(isolate_, NativeContext::k_primitive_wrapper_shape));
  Handle<Shape> shape = Shape::TransitionToPrototype(isolate_, base, prototype);
  Handle<JSPrimitiveWrapper> wrapper = Handle<JSPrimitiveWrapper>::cast(NewJSObjectFromShape(shape));
  wrapper->set_value(*primitive);
  return wrapper;
}

Handle<JSError> Factory::NewError(ErrorKind kind, std::string_view message) {
  NativeContext::Field field = NativeContext::k_error_prototype;
  switch (kind) {
    case ErrorKind::kError: field = NativeContext::k_error_prototype; break;
    case ErrorKind::kTypeError: field = NativeContext::k_type_error_prototype; break;
    case ErrorKind::kRangeError: field = NativeContext::k_range_error_prototype; break;
    case ErrorKind::kReferenceError: field = NativeContext::k_reference_error_prototype; break;
    case ErrorKind::kSyntaxError: field = NativeContext::k_syntax_error_prototype; break;
    case ErrorKind::kEvalError: field = NativeContext::k_eval_error_prototype; break;
    case ErrorKind::kURIError: field = NativeContext::k_uri_error_prototype; break;
  }
  Handle<Value> prototype = Handle<Value>::cast(NativeContextField(isolate_, field));
  Handle<Shape> base = Handle<Shape>::cast(NativeContextField(isolate_, NativeContext::k_error_shape));
  Handle<Shape> shape = Shape::TransitionToPrototype(isolate_, base, prototype);
  Handle<JSObject> error = NewJSObjectFromShape(shape);
  if (!message.empty()) {
    Handle<String> text = NewStringFromUtf8(message);
    Handle<Name> key(isolate_->roots().slot(RootIndex::k_message_string));
    JSObject::AddProperty(isolate_, error, key, text, DONT_ENUM);
  }
  return Handle<JSError>::cast(error);
}

Handle<JSError> Factory::NewError(MessageTemplate message, std::initializer_list<std::string_view> args) {
  return NewError(MessageErrorKind(message), FormatMessage(message, args));
}

Handle<JSGlobalObject> Factory::NewJSGlobalObject(Handle<Value> prototype) {
  Handle<Shape> shape = Shape::NewJSShape(isolate_, InstanceType::kJSGlobalObject,
                                          JSGlobalObject::kHeaderSize, 0, prototype);
  shape = Shape::Normalize(isolate_, shape, NormalizeReason::kGlobalObject);
  Handle<JSGlobalObject> global = Handle<JSGlobalObject>::cast(
      NewJSObjectFromShape(shape, AllocationType::kOld));
  return global;
}

// -- Shapes ----------------------------------------------------------------------------

Handle<Shape> Factory::NewShape(InstanceType type, int instance_size, int raw_tail_words) {
  ShapeLayout* layout = isolate_->heap()->AllocateShape(type, instance_size, raw_tail_words);
  Shape* shape = Shape::cast(layout);
  shape->set_instance_descriptors(isolate_->roots().empty_descriptor_array());
  shape->set_enum_length(Shape::kInvalidEnumCacheSentinel);
  return Handle<Shape>(shape, isolate_);
}

Handle<DescriptorArray> Factory::empty_descriptor_array() {
  return Handle<DescriptorArray>(isolate_->roots().slot(RootIndex::kEmptyDescriptorArray));
}

Handle<NativeContext> Factory::native_context() {
  return Handle<NativeContext>(isolate_->roots().slot(RootIndex::kNativeContext));
}

// -- Bootstrap ---------------------------------------------------------------------------

namespace {

// A plain object with {prototype}, made a (fast) prototype-capable object.
Handle<JSObject> NewIntrinsicObject(Isolate* isolate, InstanceType type, int header_size,
                                    Handle<Value> prototype) {
  Handle<Shape> shape = Shape::NewJSShape(isolate, type, header_size, 0, prototype);
  return FactoryOf(isolate)->NewJSObjectFromShape(shape, AllocationType::kOld);
}

void SetUpNativeContext(Isolate* isolate) {
  Factory* factory = FactoryOf(isolate);
  Roots roots = isolate->roots();
  Handle<Value> undefined = handle(Value::Undefined(), isolate);
  Handle<Context> context_cell = factory->NewContext(InstanceType::kNativeContext, undefined,
                                                     undefined, NativeContext::kFieldCount);
  roots.set(RootIndex::kNativeContext, context_cell->ToValue());
  Handle<NativeContext> context = factory->native_context();
  auto set = [&](NativeContext::Field field, Handle<Value> value) {
    context->SetField(field, *value);
  };
  Handle<Value> null = handle(Value::Null(), isolate);

  // Object.prototype: [[Prototype]] null, immutable prototype.
  Handle<JSObject> object_prototype =
      NewIntrinsicObject(isolate, InstanceType::kJSObject, JSObject::kHeaderSize, null);
  set(NativeContext::k_object_prototype, object_prototype);
  JSObject::OptimizeAsPrototype(isolate, object_prototype, false);
  object_prototype->shape()->set_is_immutable_prototype(true);

  // `{}`: 4 in-object slots, as node's Object function initial map.
  Handle<Shape> object_shape = Shape::NewJSShape(isolate, InstanceType::kJSObject,
                                                 JSObject::kHeaderSize, 4, object_prototype);
  roots.set(RootIndex::kJSObjectShape, object_shape->ToValue());
  set(NativeContext::k_object_literal_shape_cache, factory->NewFixedArray(16, AllocationType::kOld));

  Handle<Shape> null_shape = Shape::NewJSShape(isolate, InstanceType::kJSObject, JSObject::kHeaderSize, 0, null);
  null_shape = Shape::Normalize(isolate, null_shape, NormalizeReason::kTesting);
  set(NativeContext::k_slow_object_with_null_prototype_shape, null_shape);

  // Function.prototype is itself a function (Spec: it is callable); the
  // builtins give it its behaviour.
  Handle<Shape> proto_function_shape = Shape::NewJSShape(
      isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize, 0, object_prototype);
  Handle<SharedFunctionInfo> empty_shared =
      factory->NewSharedFunctionInfo(factory->empty_string(), FunctionKind::kBuiltin);
  Handle<JSObject> function_prototype = factory->NewJSObjectFromShape(proto_function_shape, AllocationType::kOld);
  Handle<JSFunction>::cast(function_prototype)->set_shared(*empty_shared);
  Handle<JSFunction>::cast(function_prototype)->set_prototype_or_initial_shape(Value::TheHole());
  set(NativeContext::k_function_prototype, function_prototype);
  JSObject::OptimizeAsPrototype(isolate, function_prototype, false);
  for (auto field : {NativeContext::k_sloppy_function_shape, NativeContext::k_strict_function_shape}) {
    set(field, Shape::NewJSShape(isolate, InstanceType::kJSFunction, JSFunction::kHeaderSize, 0,
                                 function_prototype));
  }
  set(NativeContext::k_bound_function_shape,
      Shape::NewJSShape(isolate, InstanceType::kJSBoundFunction, JSBoundFunction::kHeaderSize, 0,
                        function_prototype));

  // Array.prototype is an Array (Spec: an Array exotic object).
  Handle<Shape> array_proto_shape = Shape::NewJSShape(isolate, InstanceType::kJSArray, JSArray::kHeaderSize,
                                                      0, object_prototype, PACKED_SMI_ELEMENTS);
  Handle<JSObject> array_prototype = factory->NewJSObjectFromShape(array_proto_shape, AllocationType::kOld);
  Handle<JSArray>::cast(array_prototype)->set_length(0);
  set(NativeContext::k_array_prototype, array_prototype);
  JSObject::OptimizeAsPrototype(isolate, array_prototype, false);
  Handle<FixedArray> array_shapes = factory->NewFixedArray(kFastElementsKindCount, AllocationType::kOld);
  set(NativeContext::k_js_array_shapes, array_shapes);
  Handle<Shape> packed_smi = Shape::NewJSShape(isolate, InstanceType::kJSArray, JSArray::kHeaderSize, 0,
                                               array_prototype, PACKED_SMI_ELEMENTS);
  roots.set(RootIndex::kJSArrayShape, packed_smi->ToValue());
  for (int kind = 0; kind < kFastElementsKindCount; ++kind) {
    Handle<Shape> shape = Shape::TransitionElementsTo(isolate, packed_smi, static_cast<ElementsKind>(kind));
    array_shapes->set(kind, shape->ToValue());
  }

  // Primitive wrappers' prototypes (String.prototype is a String wrapper).
  Handle<Shape> wrapper_shape = Shape::NewJSShape(isolate, InstanceType::kJSPrimitiveWrapper,
                                                  JSPrimitiveWrapper::kHeaderSize, 0, object_prototype);
  set(NativeContext::k_primitive_wrapper_shape, wrapper_shape);
  struct Wrapped {
    NativeContext::Field field;
    Value value;
  };
  for (const Wrapped& w : {Wrapped{NativeContext::k_string_prototype, roots.empty_string()},
                           Wrapped{NativeContext::k_number_prototype, Value::FromInt32(0)},
                           Wrapped{NativeContext::k_boolean_prototype, Value::False()}}) {
    Handle<Value> inner = handle(w.value, isolate);
    Handle<JSObject> proto = factory->NewJSObjectFromShape(wrapper_shape, AllocationType::kOld);
    Handle<JSPrimitiveWrapper>::cast(proto)->set_value(*inner);
    set(w.field, proto);
    JSObject::OptimizeAsPrototype(isolate, proto, false);
  }
  for (auto field : {NativeContext::k_symbol_prototype, NativeContext::k_bigint_prototype,
                     NativeContext::k_error_prototype, NativeContext::k_iterator_prototype,
                     NativeContext::k_promise_prototype}) {
    Handle<JSObject> proto = NewIntrinsicObject(isolate, InstanceType::kJSObject, JSObject::kHeaderSize,
                                                object_prototype);
    set(field, proto);
    JSObject::OptimizeAsPrototype(isolate, proto, false);
  }
  Handle<Value> iterator_prototype = Handle<Value>::cast(NativeContextField(isolate, NativeContext::k_iterator_prototype));
  for (auto field : {NativeContext::k_array_iterator_prototype, NativeContext::k_string_iterator_prototype,
                     NativeContext::k_generator_prototype}) {
    Handle<JSObject> proto = NewIntrinsicObject(isolate, InstanceType::kJSObject, JSObject::kHeaderSize,
                                                iterator_prototype);
    set(field, proto);
    JSObject::OptimizeAsPrototype(isolate, proto, false);
  }
  // %GeneratorFunction.prototype%: an ordinary object under
  // Function.prototype; every generator function's [[Prototype]].
  Handle<JSObject> generator_function_prototype =
      NewIntrinsicObject(isolate, InstanceType::kJSObject, JSObject::kHeaderSize, function_prototype);
  set(NativeContext::k_generator_function_prototype, generator_function_prototype);
  JSObject::OptimizeAsPrototype(isolate, generator_function_prototype, false);
  Handle<Value> error_prototype = Handle<Value>::cast(NativeContextField(isolate, NativeContext::k_error_prototype));
  for (auto field : {NativeContext::k_type_error_prototype, NativeContext::k_range_error_prototype,
                     NativeContext::k_reference_error_prototype, NativeContext::k_syntax_error_prototype,
                     NativeContext::k_eval_error_prototype, NativeContext::k_uri_error_prototype}) {
    Handle<JSObject> proto = NewIntrinsicObject(isolate, InstanceType::kJSObject, JSObject::kHeaderSize,
                                                error_prototype);
    set(field, proto);
    JSObject::OptimizeAsPrototype(isolate, proto, false);
  }
  set(NativeContext::k_error_shape, Shape::NewJSShape(isolate, InstanceType::kJSError, JSError::kHeaderSize,
                                                      2, error_prototype));

  // arguments: in-object "length" (and "callee" for sloppy), DONT_ENUM;
  // the bootstrapper adds @@iterator once Array.prototype.values exists.
  Handle<Name> length_key(roots.slot(RootIndex::k_length_string));
  Handle<Name> callee_key(roots.slot(RootIndex::k_callee_string));
  for (bool sloppy : {true, false}) {
    Handle<Shape> shape = Shape::NewJSShape(isolate, InstanceType::kJSArgumentsObject,
                                            JSArgumentsObject::kHeaderSize, 3,
                                            object_prototype, HOLEY_ELEMENTS);
    shape = Shape::TransitionToDataProperty(isolate, shape, length_key, Representation::Tagged(), DONT_ENUM,
                                            StoreOrigin::kNamed);
    if (sloppy) {
      shape = Shape::TransitionToDataProperty(isolate, shape, callee_key, Representation::Tagged(),
                                              DONT_ENUM, StoreOrigin::kNamed);
    }
    set(sloppy ? NativeContext::k_sloppy_arguments_shape : NativeContext::k_strict_arguments_shape, shape);
  }

  // The global object: dictionary mode, PropertyCells, Object.prototype.
  Handle<JSGlobalObject> global = factory->NewJSGlobalObject(object_prototype);
  global->set_native_context(context->ToValue());
  set(NativeContext::k_global_object, global);
  context->set_extension(global->ToValue());
  roots.set(RootIndex::kGlobalObject, global->ToValue());
}

}  // namespace

void InitializeObjectModel(Isolate* isolate) {
  CHECK(FactoryOf(isolate) == nullptr);
  auto* factory = new Factory(isolate);
  isolate->set_extension(IsolateExtension::kFactory, factory, DeleteFactory);
  Heap* heap = isolate->heap();
  Roots roots = isolate->roots();
  HandleScope scope(isolate);

  // 1. Shapes of the internal cells this model owns.
  for (const InternalShapeSpec& spec : kInternalShapes) {
    RootIndex index = static_cast<RootIndex>(spec.type);
    if (!roots.at(index).IsUndefined()) continue;
    ShapeLayout* shape = heap->AllocateShape(spec.type, spec.instance_size, spec.raw_tail_words);
    roots.set(index, shape->ToValue());
  }

  // 2. Empty arrays the object model shares.
  HeapObject* empty_descriptors = heap->Allocate(roots.descriptor_array_shape(),
                                                 FixedArray::SizeFor(DescriptorArray::kFirstIndex),
                                                 AllocationType::kMetadata, DescriptorArray::kFirstIndex);
  DescriptorArray::cast(empty_descriptors->ToValue())->set_number_of_descriptors(0);
  roots.set(RootIndex::kEmptyDescriptorArray, empty_descriptors->ToValue());
  HeapObject* empty_properties =
      heap->Allocate(roots.property_array_shape(), PropertyArray::SizeFor(0), AllocationType::kOld, 0);
  roots.set(RootIndex::kEmptyPropertyArray, empty_properties->ToValue());
  // Shapes made before the empty descriptor array existed get it now.
  for (int i = 0; i <= static_cast<int>(RootIndex::kLastShapeRoot); ++i) {
    Value shape = roots.at(static_cast<RootIndex>(i));
    if (lucid::IsShape(shape)) {
      Shape::cast(shape)->set_instance_descriptors(empty_descriptors->ToValue());
      Shape::cast(shape)->set_enum_length(Shape::kInvalidEnumCacheSentinel);
    }
  }

  // 3. The empty string and the string table.
  HeapObject* empty = heap->Allocate(roots.internalized_one_byte_string_shape(),
                                     SeqOneByteString::SizeFor(0), AllocationType::kOld, 0);
  static_cast<String*>(empty)->set_raw_hash_field(
      StringHasher::HashField(static_cast<const uint8_t*>(nullptr), 0, factory->hash_seed()));
  roots.set(RootIndex::k_empty_string, empty->ToValue());
  Handle<StringTable> table = StringTable::New(isolate, StringTable::kInitialCapacity);
  roots.set(RootIndex::kStringTable, table->ToValue());
  factory->InternalizeString(factory->empty_string());

  // 4. Root strings and symbols.
#define V(name, contents) \
  roots.set(RootIndex::k_##name##_string, factory->InternalizeAscii(contents)->ToValue());
  INTERNALIZED_STRING_LIST(V)
#undef V
#define V(name, description)                                                         \
  {                                                                                  \
    std::string_view text(description);                                              \
    Handle<Value> desc = factory->InternalizeAscii(text);                            \
    Handle<Symbol> symbol = text[0] == '#' ? factory->NewPrivateSymbol(desc)         \
                                           : factory->NewSymbol(desc);               \
    if (text[0] != '#') symbol->set_flags(Symbol::kIsWellKnown);                     \
    roots.set(RootIndex::k_##name##_symbol, symbol->ToValue());                      \
  }
  SYMBOL_ROOT_LIST(V)
#undef V

  // 5. Protector cells (valid until someone breaks the assumption).
  for (RootIndex protector : {RootIndex::kArrayProtector, RootIndex::kArrayIteratorProtector,
                              RootIndex::kStringIteratorProtector, RootIndex::kNoElementsProtector}) {
    roots.set(protector, factory->NewCell(Value::FromInt32(Cell::kValid))->ToValue());
  }

  // 6. The realm's intrinsic objects.
  SetUpNativeContext(isolate);
}

}  // namespace lucid
