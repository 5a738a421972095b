// Copyright the Lucid authors. MIT license.

#include "vm/objects/feedback_vector.h"

#include "vm/isolate.h"
#include "vm/objects/shared_function_info.h"

namespace lucid {

Handle<FeedbackVector> FeedbackVector::New(Isolate* isolate, Handle<SharedFunctionInfo> shared) {
  Value kinds = (*shared)->feedback_metadata();
  int slots = lucid::IsByteArray(kinds) ? ByteArray::cast(kinds)->length() : 0;
  int length = kSlotsStart + kEntriesPerSlot * slots;
  HeapObject* cell = isolate->heap()->Allocate(
      isolate->roots().shape_layout_at(RootIndex::kFeedbackVectorShape), FixedArray::SizeFor(length),
      AllocationType::kMetadata, length);
  auto* vector = static_cast<FeedbackVector*>(cell);
  vector->set(kSharedIndex, (*shared)->ToValue());
  vector->set(kKindsIndex, (*shared)->feedback_metadata());
  return Handle<FeedbackVector>(vector, isolate);
}

SharedFunctionInfo* FeedbackVector::shared() const {
  return SharedFunctionInfo::cast(get(kSharedIndex));
}

FeedbackSlotKind FeedbackVector::kind(int slot) const {
  return static_cast<FeedbackSlotKind>(ByteArray::cast(get(kKindsIndex))->data_start()[slot]);
}

Handle<FeedbackArray> FeedbackArray::New(Isolate* isolate, int entries) {
  int length = 2 * entries;
  HeapObject* cell = isolate->heap()->Allocate(
      isolate->roots().shape_layout_at(RootIndex::kFeedbackArrayShape), FixedArray::SizeFor(length),
      AllocationType::kOld, length);
  return Handle<FeedbackArray>(static_cast<FeedbackArray*>(cell), isolate);
}

Handle<DataHandler> DataHandler::New(Isolate* isolate, int32_t smi_handler,
                                     Handle<Value> validity_cell, Handle<Value> holder,
                                     Handle<Value> data) {
  HeapObject* cell = isolate->heap()->Allocate(
      isolate->roots().shape_layout_at(RootIndex::kDataHandlerShape), kSize, AllocationType::kOld);
  cell->set_field(kSmiHandlerOffset, Value::FromInt32(smi_handler), SKIP_WRITE_BARRIER);
  cell->set_field(kValidityCellOffset, *validity_cell);
  cell->set_field(kHolderOffset, *holder);
  cell->set_field(kDataOffset, *data);
  return Handle<DataHandler>(static_cast<DataHandler*>(cell), isolate);
}

}  // namespace lucid
