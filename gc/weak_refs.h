// Copyright 2024 the Lucid authors. MIT license.
// Weak references: the GC-owned weak containers (WeakFixedArray,
// EphemeronHashTable, WeakCell), the layouts of the JS weak objects
// (JSWeakRef, JSWeakMap/JSWeakSet, JSFinalizationRegistry), the
// KeepDuringJob set and the full GC's clearing of dead weak references.

#ifndef LUCID_GC_WEAK_REFS_H_
#define LUCID_GC_WEAK_REFS_H_

#include <vector>

#include "gc/handles.h"
#include "vm/objects/fixed_array.h"

namespace lucid {

// How weakness works (docs/gc.md "Weak processing"): the types in
// WEAK_BODY_TYPE_LIST (vm/objects/body_descriptors.h) have weak fields.
// Scavenges treat them as strong (a young weak target lives until the next
// full GC). The full GC marks their strong fields only and records the
// cell; once marking (with the ephemeron fixpoint) is done, it clears each
// weak field whose target is unmarked, per type, before anything is swept
// or moved. Nothing here runs JS: FinalizationRegistry callbacks are queued
// for a host task.

// -- WeakFixedArray ----------------------------------------------------------------
//
// WeakFixedArray: body kind TaggedArray, the FixedArray layout, every
// element weak. A dead element becomes undefined. Used for lists that must
// not keep their members alive: PrototypeInfo users, Shape dependent_code.
// Non-cell elements (an int32 count in [0], say) are left alone.
class WeakFixedArray : public FixedArray {
 public:
  static WeakFixedArray* cast(Value value) {
    DCHECK(lucid::IsWeakFixedArray(value));
    return static_cast<WeakFixedArray*>(value.heap_object());
  }
  // A WeakFixedArray of `length` undefineds.
  static Handle<WeakFixedArray> New(Isolate* isolate, int length,
                                    AllocationType type = AllocationType::kYoung);
};

// -- EphemeronHashTable -------------------------------------------------------------
//
// The backing store of WeakMap and WeakSet: an entry's value is live only as
// long as its key is (an ephemeron), and the table holds neither. Open
// addressing, linear probing with growing steps, power-of-two capacity, at
// most half full. Keys are compared by identity; the caller hashes them
// (JSReceiver::GetOrCreateIdentityHash, Symbol hash), and the hash is stored
// so growing never needs the key's hash again (no address is ever a hash).
//
//   +0   shape          ephemeron_hash_table_shape
//   +8   length         int32 Value: 2 + 3 * capacity
//   +16  [0] count      int32 Value: live entries
//   +24  [1] deleted    int32 Value: entries that are the hole
//   +32  [2 + 3i]       key: JSReceiver or Symbol; undefined (empty) or the
//                       hole (deleted, by Remove or by the GC)
//        [3 + 3i]       value (WeakSet: true)
//        [4 + 3i]       hash: int32 Value
//
// Marking (gc/mark_compact.cc): a value is marked when its key is; entries
// whose key is still white are revisited until a round marks nothing new;
// then entries with dead keys are cleared to the hole.
class EphemeronHashTable : public FixedArray {
 public:
  static constexpr int kCountIndex = 0;
  static constexpr int kDeletedIndex = 1;
  static constexpr int kEntriesStart = 2;
  static constexpr int kEntrySize = 3;
  static constexpr int kKeyOffset = 0;
  static constexpr int kValueOffset = 1;
  static constexpr int kHashOffset = 2;
  static constexpr int kInitialCapacity = 8;

  static EphemeronHashTable* cast(Value value) {
    DCHECK(lucid::IsEphemeronHashTable(value));
    return static_cast<EphemeronHashTable*>(value.heap_object());
  }

  int Capacity() const { return (length() - kEntriesStart) / kEntrySize; }
  int NumberOfElements() const { return get(kCountIndex).AsInt32(); }
  int NumberOfDeleted() const { return get(kDeletedIndex).AsInt32(); }
  static int KeyIndex(int entry) { return kEntriesStart + entry * kEntrySize + kKeyOffset; }
  Value KeyAt(int entry) const { return get(KeyIndex(entry)); }
  Value ValueAt(int entry) const { return get(KeyIndex(entry) + kValueOffset); }

  static Handle<EphemeronHashTable> New(Isolate* isolate, int capacity = kInitialCapacity);
  // Sets key -> value; returns the table to use from now on (a bigger copy
  // when it had to grow: the owner stores it back).
  static Handle<EphemeronHashTable> Put(Isolate* isolate, Handle<EphemeronHashTable> table,
                                        Handle<HeapObject> key, Handle<Value> value,
                                        uint32_t hash);
  // The value for `key`, or the hole when absent.
  Value Lookup(const HeapObject* key, uint32_t hash) const;
  // Removes `key`; false if absent.
  bool Remove(const HeapObject* key, uint32_t hash);
  // Entry of `key`, or -1.
  int FindEntry(const HeapObject* key, uint32_t hash) const;

  // Clears an entry to the hole (Remove and the GC).
  void ClearEntry(int entry);

 private:
  int FindInsertionEntry(uint32_t hash) const;
};

// -- WeakCell ---------------------------------------------------------------------------
//
// A weak box. Plain (registry undefined): C++ holds a target without keeping
// it alive. A FinalizationRegistry registration: when the target dies the GC
// moves the cell from the registry's active list to its cleared list and
// queues the registry (roots.dirty_js_finalization_registries); the host's
// cleanup task then calls the callback with each cleared cell's holdings.
//
// WeakCell: body kind Fixed, kSize = 56, young or old.
//   +0   shape              weak_cell_shape
//   +8   target             WEAK: JSReceiver or Symbol; undefined once dead
//   +16  holdings           strong: the value the cleanup callback receives
//   +24  unregister_token   WEAK: JSReceiver/Symbol or undefined
//   +32  registry           strong: JSFinalizationRegistry or undefined
//   +40  next               strong: next cell of the active/cleared list
//   +48  prev               strong: previous cell of the active list
class WeakCell : public HeapObject {
 public:
  static constexpr int kTargetOffset = 8;
  static constexpr int kHoldingsOffset = 16;
  static constexpr int kUnregisterTokenOffset = 24;
  static constexpr int kRegistryOffset = 32;
  static constexpr int kNextOffset = 40;
  static constexpr int kPrevOffset = 48;
  static constexpr int kSize = 56;

  static WeakCell* cast(Value value) {
    DCHECK(lucid::IsWeakCell(value));
    return static_cast<WeakCell*>(value.heap_object());
  }
#define WEAK_CELL_FIELD(name, offset)                                            \
  Value name() const { return field(offset); }                                   \
  void set_##name(Value v, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {       \
    set_field(offset, v, mode);                                                  \
  }
  WEAK_CELL_FIELD(target, kTargetOffset)
  WEAK_CELL_FIELD(holdings, kHoldingsOffset)
  WEAK_CELL_FIELD(unregister_token, kUnregisterTokenOffset)
  WEAK_CELL_FIELD(registry, kRegistryOffset)
  WEAK_CELL_FIELD(next, kNextOffset)
  WEAK_CELL_FIELD(prev, kPrevOffset)
#undef WEAK_CELL_FIELD
};

// -- JS weak objects (layouts the GC reads; the builtins make their shapes) -------
//
// Each is a JSObject: shape, properties_or_hash, elements, then the fields
// below, then in-object properties (a subclass instance's instance_size may
// be larger than kSize; the fields after kSize are ordinary strong Values).

// JSWeakRef: WeakRef instances.
//   +24  target      WEAK: JSReceiver or Symbol; undefined once dead
class JSWeakRef : public HeapObject {
 public:
  static constexpr int kTargetOffset = 24;
  static constexpr int kSize = 32;
  static JSWeakRef* cast(Value value) {
    DCHECK(lucid::IsJSWeakRef(value));
    return static_cast<JSWeakRef*>(value.heap_object());
  }
  Value target() const { return field(kTargetOffset); }
  void set_target(Value v, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kTargetOffset, v, mode);
  }
};

// JSWeakCollection: WeakMap and WeakSet instances (JSWeakMap, JSWeakSet).
//   +24  table       strong: EphemeronHashTable (the table is what is weak)
class JSWeakCollection : public HeapObject {
 public:
  static constexpr int kTableOffset = 24;
  static constexpr int kSize = 32;
  Value table() const { return field(kTableOffset); }
  void set_table(Value v, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {
    set_field(kTableOffset, v, mode);
  }
};

// JSFinalizationRegistry.
//   +24  native_context  strong: the realm the cleanup task runs in
//   +32  cleanup         strong: the callback
//   +40  active_cells    strong: WeakCell list (next/prev) or undefined
//   +48  cleared_cells   strong: cells whose target died, not yet cleaned up
//                        (linked by next), or undefined
//   +56  next_dirty      strong: next registry of the dirty list, or undefined
//   +64  flags           int32 Value: kScheduledForCleanup
class JSFinalizationRegistry : public HeapObject {
 public:
  static constexpr int kNativeContextOffset = 24;
  static constexpr int kCleanupOffset = 32;
  static constexpr int kActiveCellsOffset = 40;
  static constexpr int kClearedCellsOffset = 48;
  static constexpr int kNextDirtyOffset = 56;
  static constexpr int kFlagsOffset = 64;
  static constexpr int kSize = 72;
  static constexpr int kScheduledForCleanup = 1;  // On the dirty list.
  static constexpr int kHasNewlyClearedCells = 2;  // GC-internal, within one GC.

  static JSFinalizationRegistry* cast(Value value) {
    DCHECK(lucid::IsJSFinalizationRegistry(value));
    return static_cast<JSFinalizationRegistry*>(value.heap_object());
  }
#define REGISTRY_FIELD(name, offset)                                             \
  Value name() const { return field(offset); }                                   \
  void set_##name(Value v, WriteBarrierMode mode = UPDATE_WRITE_BARRIER) {       \
    set_field(offset, v, mode);                                                  \
  }
  REGISTRY_FIELD(native_context, kNativeContextOffset)
  REGISTRY_FIELD(cleanup, kCleanupOffset)
  REGISTRY_FIELD(active_cells, kActiveCellsOffset)
  REGISTRY_FIELD(cleared_cells, kClearedCellsOffset)
  REGISTRY_FIELD(next_dirty, kNextDirtyOffset)
#undef REGISTRY_FIELD
  int flags() const { return field(kFlagsOffset).IsInt32() ? field(kFlagsOffset).AsInt32() : 0; }
  void set_flags(int flags) {
    set_field(kFlagsOffset, Value::FromInt32(flags), SKIP_WRITE_BARRIER);
  }
  bool scheduled_for_cleanup() const { return (flags() & kScheduledForCleanup) != 0; }
};

// -- The API the builtins and the host use ----------------------------------------------

class WeakRefs {
 public:
  // -- KeepDuringJob (WeakRef) --
  // Adds `target` to the set kept alive until Heap::ClearKeptObjects (the
  // end of the current job). new WeakRef(t) and ref.deref() call it.
  static void KeepDuringJob(Isolate* isolate, Handle<HeapObject> target);
  // Number of entries (tests).
  static int KeptObjectsCount(Isolate* isolate);

  // -- WeakRef --
  // A WeakRef instance of `shape` (the builtin's initial shape, or a
  // subclass's) targeting `target`; the target is kept for this job.
  static Handle<JSWeakRef> NewJSWeakRef(Isolate* isolate, Handle<HeapObject> shape,
                                        Handle<HeapObject> target);
  // WeakRef.prototype.deref: the target (kept for this job) or undefined.
  static Handle<Value> Deref(Isolate* isolate, Handle<JSWeakRef> ref);

  // -- Plain weak boxes --
  static Handle<WeakCell> NewWeakCell(Isolate* isolate, Handle<HeapObject> target);

  // -- FinalizationRegistry --
  // A registry of `shape` with `cleanup` (its realm: `native_context`).
  static Handle<JSFinalizationRegistry> NewJSFinalizationRegistry(
      Isolate* isolate, Handle<HeapObject> shape, Handle<Value> cleanup,
      Handle<Value> native_context);
  // register(target, holdings, token): a new cell at the head of the active
  // list. `unregister_token` is undefined or a JSReceiver/Symbol.
  static void Register(Isolate* isolate, Handle<JSFinalizationRegistry> registry,
                       Handle<HeapObject> target, Handle<Value> holdings,
                       Handle<Value> unregister_token);
  // unregister(token): drops every cell (active or cleared but not yet
  // cleaned up) registered with `token`. True if there was one.
  static bool Unregister(Isolate* isolate, JSFinalizationRegistry* registry,
                         const HeapObject* token);
  // The host's cleanup task: the next registry with cleared cells (its
  // scheduled flag cleared), or undefined when there is none.
  static Value TakeDirtyFinalizationRegistry(Isolate* isolate);
  // Pops the oldest-registered cleared cell of `registry` and returns its
  // holdings; the hole when none is left. The task calls cleanup(holdings)
  // for each, in a loop, with a HandleScope around each call.
  static Value PopClearedCellHoldings(JSFinalizationRegistry* registry);
  // True when `registry` has cleared cells waiting.
  static bool HasClearedCells(const JSFinalizationRegistry* registry) {
    return !registry->cleared_cells().IsUndefined();
  }

  // -- GC side (gc/mark_compact.cc) --
  // Clears the dead weak references of `host` (a marked cell of a type in
  // WEAK_BODY_TYPE_LIST) once marking is complete. A FinalizationRegistry
  // cell whose target died gets its target cleared and its registry added
  // to `registries` (once per GC).
  static void ClearDeadReferences(Heap* heap, HeapObject* host,
                                  std::vector<HeapObject*>* registries);
  // Then, for each such registry: moves the cleared cells from the active
  // list to the cleared list (oldest registration first) and queues the
  // registry on roots.dirty_js_finalization_registries.
  static void MoveClearedCells(Heap* heap, const std::vector<HeapObject*>& registries);
  // True if `value` is not a cell, or a marked (live) one. Only meaningful
  // between marking and sweeping of a full GC.
  static bool IsLive(Value value);
  // True for the elements a FeedbackVector/FeedbackArray holds weakly
  // (Shapes and JSFunctions; vm/objects/feedback_vector.h).
  static bool IsWeakFeedbackTarget(Value value);
};

}  // namespace lucid

#endif  // LUCID_GC_WEAK_REFS_H_
