// Copyright 2024 the Lucid authors. MIT license.
// ObjectVisitor (Value fields of a cell) and RootVisitor (Values outside the
// heap): the two interfaces the GC walks the object graph through.

#ifndef LUCID_VM_OBJECTS_OBJECT_VISITOR_H_
#define LUCID_VM_OBJECTS_OBJECT_VISITOR_H_

#include "vm/value.h"

namespace lucid {

// Where a root lives; printed by --verify-heap and heap snapshots.
// V(Name, description)
#define ROOT_KIND_LIST(V)                                    \
  V(RootsTable, "(isolate roots)")                           \
  V(HandleScope, "(handle scopes)")                          \
  V(GlobalHandles, "(global handles)")                       \
  V(JSStack, "(JS stack)")                                   \
  V(PendingException, "(pending exception)")                 \
  V(IsolateData, "(isolate data)")                           \
  V(External, "(external roots)")                            \
  V(OldToYoung, "(old to young slots)")

enum class Root : uint8_t {
#define V(Name, description) k##Name,
  ROOT_KIND_LIST(V)
#undef V
};

const char* RootDescription(Root root);

// Visits the Value fields of cells. `host` is the cell holding [start, end);
// visitors may overwrite the slots (the scavenger forwards pointers).
class ObjectVisitor {
 public:
  virtual ~ObjectVisitor() = default;
  virtual void VisitPointers(HeapObject* host, Value* start, Value* end) = 0;
  void VisitPointer(HeapObject* host, Value* slot) {
    VisitPointers(host, slot, slot + 1);
  }
};

// Visits Values that live outside the heap: the roots table, handle blocks,
// global handles, the JS stack, the pending exception, external roots.
class RootVisitor {
 public:
  virtual ~RootVisitor() = default;
  virtual void VisitRootPointers(Root root, Value* start, Value* end) = 0;
  void VisitRootPointer(Root root, Value* slot) {
    VisitRootPointers(root, slot, slot + 1);
  }
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_OBJECT_VISITOR_H_
