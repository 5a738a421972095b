// Copyright 2024 the Lucid authors. MIT license.
// Weak containers, the KeepDuringJob set, FinalizationRegistry lists, and
// the full GC's clearing of dead weak references.

#include "gc/weak_refs.h"

#include "vm/objects/feedback_vector.h"

#include <algorithm>

#include "gc/gc_tracer.h"
#include "gc/heap.h"
#include "vm/isolate.h"
#include "vm/objects/factory.h"
#include "vm/objects/feedback_vector.h"
#include "vm/objects/js_object.h"
#include "vm/objects/shape.h"
#include "vm/objects/string_table.h"
#include "vm/objects/transitions.h"

namespace lucid {

bool WeakRefs::IsLive(Value value) {
  if (!value.IsHeapObject()) return true;
  HeapObject* object = value.heap_object();
  return MemoryChunk::FromHeapObject(object)->IsMarked(object->address());
}

bool WeakRefs::IsWeakFeedbackTarget(Value value) {
  if (!value.IsHeapObject()) return false;
  InstanceType type = value.heap_object()->instance_type();
  return type == InstanceType::kShape || type == InstanceType::kJSFunction;
}

// -- WeakFixedArray ------------------------------------------------------------------

Handle<WeakFixedArray> WeakFixedArray::New(Isolate* isolate, int length, AllocationType type) {
  if (length > FixedArray::kMaxLength) isolate->heap()->FatalInvalidSize("invalid array length");
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().shape_layout_at(RootIndex::kWeakFixedArrayShape),
                                               FixedArray::SizeFor(length), type, length);
  return Handle<WeakFixedArray>(static_cast<WeakFixedArray*>(cell), isolate);
}

// -- EphemeronHashTable ----------------------------------------------------------------

Handle<EphemeronHashTable> EphemeronHashTable::New(Isolate* isolate, int capacity) {
  int rounded = 4;
  while (rounded < capacity) rounded *= 2;
  int length = kEntriesStart + rounded * kEntrySize;
  if (length > FixedArray::kMaxLength) isolate->heap()->FatalInvalidSize("invalid table size");
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().shape_layout_at(RootIndex::kEphemeronHashTableShape),
                                               FixedArray::SizeFor(length),
                                               AllocationType::kYoung, length);
  auto* table = static_cast<EphemeronHashTable*>(cell);
  table->set(kCountIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  table->set(kDeletedIndex, Value::FromInt32(0), SKIP_WRITE_BARRIER);
  return Handle<EphemeronHashTable>(table, isolate);
}

int EphemeronHashTable::FindEntry(const HeapObject* key, uint32_t hash) const {
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  Value wanted = key->ToValue();
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value candidate = KeyAt(static_cast<int>(entry));
    if (candidate.IsUndefined()) return -1;
    if (candidate == wanted) return static_cast<int>(entry);
  }
}

int EphemeronHashTable::FindInsertionEntry(uint32_t hash) const {
  uint32_t mask = static_cast<uint32_t>(Capacity()) - 1;
  for (uint32_t entry = hash & mask, step = 1;; entry = (entry + step++) & mask) {
    Value candidate = KeyAt(static_cast<int>(entry));
    if (candidate.IsUndefined() || candidate.IsTheHole()) return static_cast<int>(entry);
  }
}

Value EphemeronHashTable::Lookup(const HeapObject* key, uint32_t hash) const {
  int entry = FindEntry(key, hash);
  return entry < 0 ? Value::TheHole() : ValueAt(entry);
}

void EphemeronHashTable::ClearEntry(int entry) {
  int index = KeyIndex(entry);
  set(index, Value::TheHole(), SKIP_WRITE_BARRIER);
  set(index + kValueOffset, Value::TheHole(), SKIP_WRITE_BARRIER);
  set(index + kHashOffset, Value::TheHole(), SKIP_WRITE_BARRIER);
  set(kCountIndex, Value::FromInt32(NumberOfElements() - 1), SKIP_WRITE_BARRIER);
  set(kDeletedIndex, Value::FromInt32(NumberOfDeleted() + 1), SKIP_WRITE_BARRIER);
}

bool EphemeronHashTable::Remove(const HeapObject* key, uint32_t hash) {
  int entry = FindEntry(key, hash);
  if (entry < 0) return false;
  ClearEntry(entry);
  return true;
}

Handle<EphemeronHashTable> EphemeronHashTable::Put(Isolate* isolate,
                                                   Handle<EphemeronHashTable> table,
                                                   Handle<HeapObject> key, Handle<Value> value,
                                                   uint32_t hash) {
  int existing = table->FindEntry(*key, hash);
  if (existing >= 0) {
    table->set(KeyIndex(existing) + kValueOffset, *value);
    return table;
  }
  int count = table->NumberOfElements();
  if ((count + table->NumberOfDeleted() + 1) * 2 > table->Capacity()) {
    // Rehash into a table where the live entries fill at most a quarter
    // (the GC's holes are dropped on the way).
    int capacity = 4;
    while ((count + 1) * 4 > capacity) capacity *= 2;
    Handle<EphemeronHashTable> bigger = New(isolate, capacity);
    DisallowGC no_gc;
    EphemeronHashTable* from = *table;
    EphemeronHashTable* to = *bigger;
    for (int entry = 0; entry < from->Capacity(); entry++) {
      Value k = from->KeyAt(entry);
      if (k.IsUndefined() || k.IsTheHole()) continue;
      int index = from->KeyIndex(entry);
      Value h = from->get(index + kHashOffset);
      int target = KeyIndex(to->FindInsertionEntry(static_cast<uint32_t>(h.AsInt32())));
      to->set(target, k);
      to->set(target + kValueOffset, from->get(index + kValueOffset));
      to->set(target + kHashOffset, h, SKIP_WRITE_BARRIER);
    }
    to->set(kCountIndex, Value::FromInt32(count), SKIP_WRITE_BARRIER);
    table = bigger;
  }
  DisallowGC no_gc;
  EphemeronHashTable* t = *table;
  int entry = t->FindInsertionEntry(hash);
  int index = KeyIndex(entry);
  if (t->get(index).IsTheHole()) {
    t->set(kDeletedIndex, Value::FromInt32(t->NumberOfDeleted() - 1), SKIP_WRITE_BARRIER);
  }
  t->set(index, key->ToValue());
  t->set(index + kValueOffset, *value);
  t->set(index + kHashOffset, Value::FromInt32(static_cast<int32_t>(hash)), SKIP_WRITE_BARRIER);
  t->set(kCountIndex, Value::FromInt32(count + 1), SKIP_WRITE_BARRIER);
  return table;
}

// -- KeepDuringJob ---------------------------------------------------------------------------

void WeakRefs::KeepDuringJob(Isolate* isolate, Handle<HeapObject> target) {
  Roots roots = isolate->roots();
  Value list = roots.kept_objects();
  int count = 0;
  if (lucid::IsFixedArray(list)) {
    FixedArray* array = FixedArray::cast(list);
    count = array->get(0).AsInt32();
    // A loop that derefs the same WeakRef keeps adding the same target:
    // look at the last few entries first (a set in V8; a list is enough).
    for (int i = count; i >= 1 && i > count - 8; i--) {
      if (array->get(i) == target->ToValue()) return;
    }
    if (count + 1 < array->length()) {
      array->set(count + 1, target->ToValue());
      array->set(0, Value::FromInt32(count + 1), SKIP_WRITE_BARRIER);
      return;
    }
  }
  int length = std::max(16, 2 * (count + 1));
  Handle<FixedArray> grown(isolate->heap()->AllocateFixedArray(length), isolate);
  Value old = isolate->roots().kept_objects();  // Re-read: the GC may have moved it.
  if (count > 0) grown->CopyElements(1, FixedArray::cast(old), 1, count);
  grown->set(count + 1, target->ToValue());
  grown->set(0, Value::FromInt32(count + 1), SKIP_WRITE_BARRIER);
  isolate->roots().set(RootIndex::kKeptObjects, grown->ToValue());
}

int WeakRefs::KeptObjectsCount(Isolate* isolate) {
  Value list = isolate->roots().kept_objects();
  return lucid::IsFixedArray(list) ? FixedArray::cast(list)->get(0).AsInt32() : 0;
}

void Heap::ClearKeptObjects() {
  isolate_->roots().set(RootIndex::kKeptObjects, Value::Undefined());
}

// -- WeakRef and weak cells -------------------------------------------------------------------

Handle<JSWeakRef> WeakRefs::NewJSWeakRef(Isolate* isolate, Handle<HeapObject> shape,
                                         Handle<HeapObject> target) {
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectFromShape(Handle<Shape>::cast(shape));
  Handle<JSWeakRef> ref = Handle<JSWeakRef>::cast(object);
  ref->set_target(target->ToValue());
  KeepDuringJob(isolate, target);
  return ref;
}

Handle<Value> WeakRefs::Deref(Isolate* isolate, Handle<JSWeakRef> ref) {
  Value target = ref->target();
  if (!target.IsHeapObject()) return Handle<Value>(Value::Undefined(), isolate);
  Handle<HeapObject> kept(target.heap_object(), isolate);
  KeepDuringJob(isolate, kept);
  return Handle<Value>(kept.location());
}

Handle<WeakCell> WeakRefs::NewWeakCell(Isolate* isolate, Handle<HeapObject> target) {
  HeapObject* cell = isolate->heap()->Allocate(isolate->roots().shape_layout_at(RootIndex::kWeakCellShape),
                                               WeakCell::kSize, AllocationType::kYoung);
  auto* weak_cell = static_cast<WeakCell*>(cell);
  weak_cell->set_target(target->ToValue());
  return Handle<WeakCell>(weak_cell, isolate);
}

// -- FinalizationRegistry ---------------------------------------------------------------------

Handle<JSFinalizationRegistry> WeakRefs::NewJSFinalizationRegistry(
    Isolate* isolate, Handle<HeapObject> shape, Handle<Value> cleanup,
    Handle<Value> native_context) {
  Handle<JSObject> object = FactoryOf(isolate)->NewJSObjectFromShape(Handle<Shape>::cast(shape));
  Handle<JSFinalizationRegistry> registry = Handle<JSFinalizationRegistry>::cast(object);
  registry->set_native_context(*native_context);
  registry->set_cleanup(*cleanup);
  registry->set_flags(0);
  return registry;
}

void WeakRefs::Register(Isolate* isolate, Handle<JSFinalizationRegistry> registry,
                        Handle<HeapObject> target, Handle<Value> holdings,
                        Handle<Value> unregister_token) {
  Handle<WeakCell> cell = NewWeakCell(isolate, target);
  DisallowGC no_gc;
  cell->set_holdings(*holdings);
  cell->set_unregister_token(*unregister_token);
  cell->set_registry(registry->ToValue());
  Value head = registry->active_cells();
  cell->set_next(head);
  if (lucid::IsWeakCell(head)) WeakCell::cast(head)->set_prev(cell->ToValue());
  registry->set_active_cells(cell->ToValue());
}

bool WeakRefs::Unregister(Isolate* isolate, JSFinalizationRegistry* registry,
                          const HeapObject* token) {
  (void)isolate;
  DisallowGC no_gc;
  bool removed = false;
  Value wanted = token->ToValue();
  // Active list (doubly linked).
  for (Value v = registry->active_cells(); lucid::IsWeakCell(v);) {
    WeakCell* cell = WeakCell::cast(v);
    v = cell->next();
    if (cell->unregister_token() != wanted) continue;
    Value prev = cell->prev();
    Value next = cell->next();
    if (lucid::IsWeakCell(prev)) {
      WeakCell::cast(prev)->set_next(next);
    } else {
      registry->set_active_cells(next);
    }
    if (lucid::IsWeakCell(next)) WeakCell::cast(next)->set_prev(prev);
    cell->set_next(Value::Undefined(), SKIP_WRITE_BARRIER);
    cell->set_prev(Value::Undefined(), SKIP_WRITE_BARRIER);
    removed = true;
  }
  // Cleared list (singly linked): cells whose target died but whose
  // cleanup has not run yet are unregistered too (the spec's
  // [[Cells]] still holds them).
  Value prev = Value::Undefined();
  for (Value v = registry->cleared_cells(); lucid::IsWeakCell(v);) {
    WeakCell* cell = WeakCell::cast(v);
    v = cell->next();
    if (cell->unregister_token() != wanted) {
      prev = cell->ToValue();
      continue;
    }
    if (lucid::IsWeakCell(prev)) {
      WeakCell::cast(prev)->set_next(v);
    } else {
      registry->set_cleared_cells(v);
    }
    cell->set_next(Value::Undefined(), SKIP_WRITE_BARRIER);
    removed = true;
  }
  return removed;
}

Value WeakRefs::TakeDirtyFinalizationRegistry(Isolate* isolate) {
  Roots roots = isolate->roots();
  Value head = roots.dirty_js_finalization_registries();
  if (!lucid::IsJSFinalizationRegistry(head)) return Value::Undefined();
  JSFinalizationRegistry* registry = JSFinalizationRegistry::cast(head);
  roots.set(RootIndex::kDirtyJSFinalizationRegistries, registry->next_dirty());
  registry->set_next_dirty(Value::Undefined(), SKIP_WRITE_BARRIER);
  registry->set_flags(registry->flags() & ~JSFinalizationRegistry::kScheduledForCleanup);
  return head;
}

Value WeakRefs::PopClearedCellHoldings(JSFinalizationRegistry* registry) {
  Value head = registry->cleared_cells();
  if (!lucid::IsWeakCell(head)) return Value::TheHole();
  WeakCell* cell = WeakCell::cast(head);
  registry->set_cleared_cells(cell->next());
  cell->set_next(Value::Undefined(), SKIP_WRITE_BARRIER);
  cell->set_registry(Value::Undefined(), SKIP_WRITE_BARRIER);
  return cell->holdings();
}

// -- GC: clearing dead weak references ---------------------------------------------------------

namespace {

// Keeps the live edges, in order, and drops the ones whose child died.
void ClearTransitions(TransitionArray* array) {
  int count = array->count();
  int kept = 0;
  for (int i = 0; i < count; i++) {
    int from = TransitionArray::kFirstIndex + i * TransitionArray::kEntrySize;
    if (!WeakRefs::IsLive(array->get(from + 2))) continue;
    if (kept != i) {
      int to = TransitionArray::kFirstIndex + kept * TransitionArray::kEntrySize;
      for (int k = 0; k < TransitionArray::kEntrySize; k++) array->set(to + k, array->get(from + k));
    }
    kept++;
  }
  if (kept == count) return;
  for (int i = kept; i < count; i++) {
    int base = TransitionArray::kFirstIndex + i * TransitionArray::kEntrySize;
    for (int k = 0; k < TransitionArray::kEntrySize; k++) {
      array->set(base + k, Value::Undefined(), SKIP_WRITE_BARRIER);
    }
  }
  array->set(TransitionArray::kCountIndex, Value::FromInt32(kept), SKIP_WRITE_BARRIER);
}

// Dead strings leave the table: their entries become the hole (deleted),
// which lookups skip and insertions reuse.
void ClearStringTable(StringTable* table) {
  int capacity = table->Capacity();
  int cleared = 0;
  for (int entry = 0; entry < capacity; entry++) {
    Value key = table->EntryAt(entry);
    if (!key.IsHeapObject() || WeakRefs::IsLive(key)) continue;
    table->set(StringTable::kEntriesStart + entry, Value::TheHole(), SKIP_WRITE_BARRIER);
    cleared++;
  }
  if (cleared == 0) return;
  table->set(StringTable::kElementCountIndex,
             Value::FromInt32(table->NumberOfElements() - cleared), SKIP_WRITE_BARRIER);
  table->set(StringTable::kDeletedCountIndex,
             Value::FromInt32(table->NumberOfDeleted() + cleared), SKIP_WRITE_BARRIER);
}

}  // namespace

void WeakRefs::ClearDeadReferences(Heap* heap, HeapObject* host,
                                   std::vector<HeapObject*>* registries) {
  (void)heap;
  switch (host->instance_type()) {
    case InstanceType::kTransitionArray:
      ClearTransitions(static_cast<TransitionArray*>(host));
      return;
    case InstanceType::kStringTable:
      ClearStringTable(static_cast<StringTable*>(host));
      return;
    case InstanceType::kWeakFixedArray: {
      auto* array = static_cast<FixedArray*>(host);
      for (int i = 0; i < array->length(); i++) {
        if (!IsLive(array->get(i))) array->set(i, Value::Undefined(), SKIP_WRITE_BARRIER);
      }
      return;
    }
    case InstanceType::kEphemeronHashTable: {
      auto* table = static_cast<EphemeronHashTable*>(host);
      for (int entry = 0; entry < table->Capacity(); entry++) {
        Value key = table->KeyAt(entry);
        if (key.IsHeapObject() && !IsLive(key)) table->ClearEntry(entry);
      }
      return;
    }
    case InstanceType::kWeakCell: {
      auto* cell = static_cast<WeakCell*>(host);
      if (!IsLive(cell->unregister_token())) {
        cell->set_unregister_token(Value::Undefined(), SKIP_WRITE_BARRIER);
      }
      if (IsLive(cell->target())) return;
      cell->set_target(Value::Undefined(), SKIP_WRITE_BARRIER);
      Value registry = cell->registry();
      if (!lucid::IsJSFinalizationRegistry(registry)) return;
      JSFinalizationRegistry* r = JSFinalizationRegistry::cast(registry);
      if ((r->flags() & JSFinalizationRegistry::kHasNewlyClearedCells) == 0) {
        r->set_flags(r->flags() | JSFinalizationRegistry::kHasNewlyClearedCells);
        registries->push_back(r);
      }
      return;
    }
    case InstanceType::kFeedbackVector:
    case InstanceType::kFeedbackArray: {
      auto* array = static_cast<FixedArray*>(host);
      for (int i = 0; i < array->length(); i++) {
        Value v = array->get(i);
        if (IsWeakFeedbackTarget(v) && !IsLive(v)) array->set(i, Value::TheHole(), SKIP_WRITE_BARRIER);
      }
      return;
    }
    case InstanceType::kDataHandler: {
      Value data = host->field(DataHandler::kDataOffset);
      if (IsWeakFeedbackTarget(data) && !IsLive(data)) {
        host->set_field(DataHandler::kDataOffset, Value::TheHole(), SKIP_WRITE_BARRIER);
      }
      return;
    }
    case InstanceType::kJSWeakRef: {
      auto* ref = static_cast<JSWeakRef*>(host);
      if (!IsLive(ref->target())) ref->set_target(Value::Undefined(), SKIP_WRITE_BARRIER);
      return;
    }
    default:
      UNREACHABLE();
  }
}

void WeakRefs::MoveClearedCells(Heap* heap, const std::vector<HeapObject*>& registries) {
  Roots roots = heap->isolate()->roots();
  for (HeapObject* object : registries) {
    auto* registry = static_cast<JSFinalizationRegistry*>(object);
    registry->set_flags(registry->flags() & ~JSFinalizationRegistry::kHasNewlyClearedCells);
    // The active list runs newest to oldest; pushing each dead cell on the
    // batch's head leaves the batch oldest first.
    Value batch_head = Value::Undefined();
    Value batch_tail = Value::Undefined();
    for (Value v = registry->active_cells(); lucid::IsWeakCell(v);) {
      WeakCell* cell = WeakCell::cast(v);
      v = cell->next();
      if (!cell->target().IsUndefined()) continue;
      Value prev = cell->prev();
      Value next = cell->next();
      if (lucid::IsWeakCell(prev)) {
        WeakCell::cast(prev)->set_next(next);
      } else {
        registry->set_active_cells(next);
      }
      if (lucid::IsWeakCell(next)) WeakCell::cast(next)->set_prev(prev);
      cell->set_prev(Value::Undefined(), SKIP_WRITE_BARRIER);
      cell->set_next(batch_head);
      if (batch_head.IsUndefined()) batch_tail = cell->ToValue();
      batch_head = cell->ToValue();
    }
    if (batch_head.IsUndefined()) continue;
    // Append the batch after the cells still waiting from earlier GCs.
    Value waiting = registry->cleared_cells();
    if (!lucid::IsWeakCell(waiting)) {
      registry->set_cleared_cells(batch_head);
    } else {
      WeakCell* last = WeakCell::cast(waiting);
      while (lucid::IsWeakCell(last->next())) last = WeakCell::cast(last->next());
      last->set_next(batch_head);
    }
    (void)batch_tail;
    if (!registry->scheduled_for_cleanup()) {
      registry->set_flags(registry->flags() | JSFinalizationRegistry::kScheduledForCleanup);
      registry->set_next_dirty(roots.dirty_js_finalization_registries());
      roots.set(RootIndex::kDirtyJSFinalizationRegistries, registry->ToValue());
    }
    heap->tracer()->current().queued_registries++;
  }
}

}  // namespace lucid
