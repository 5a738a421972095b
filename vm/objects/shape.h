// Copyright 2025 the Lucid authors. MIT license.
// Shape (V8: Map): the hidden class of a cell. Transitions, descriptors,
// field representations, dictionary mode, prototype shapes, slack tracking.

#ifndef LUCID_VM_OBJECTS_SHAPE_H_
#define LUCID_VM_OBJECTS_SHAPE_H_

#include "gc/handles.h"
#include "vm/objects/descriptors.h"
#include "vm/objects/elements_kind.h"
#include "vm/objects/heap_object.h"
#include "vm/objects/property_details.h"

namespace lucid {

class Isolate;
class JSObject;
class JSReceiver;
class PrototypeInfo;

// Why a property is being added: V8's TooManyFastProperties treats the two
// differently (see Shape::TooManyFastProperties).
enum class StoreOrigin : uint8_t {
  kNamed,  // o.x = v, object literals, defineProperty with a Name
  kMaybeKeyed,  // o[k] = v (a computed key)
};

// Why an object went to dictionary mode (traces print these).
// V(Name, "reason text")
#define NORMALIZE_REASON_LIST(V)                                  \
  V(DeleteNotLast, "delete (not last)")                           \
  V(TooManyFastProperties, "too many fast properties")            \
  V(Reconfigure, "attribute reconfiguration")                     \
  V(PrototypeSetup, "prototype setup mode")                       \
  V(PreventExtensions, "preventExtensions")                       \
  V(TooManyTransitions, "too many transitions")                   \
  V(GlobalObject, "global object")                                \
  V(Testing, "testing")

enum class NormalizeReason : uint8_t {
#define V(Name, text) k##Name,
  NORMALIZE_REASON_LIST(V)
#undef V
};
const char* NormalizeReasonText(NormalizeReason reason);

// Shape: the fields are ShapeLayout's (vm/objects/heap_object.h draws the
// cell); this class gives them meaning:
//
//   prototype                    the [[Prototype]] of every instance
//   constructor_or_back_pointer  parent shape, or (at a root) the
//                                constructor JSFunction / undefined
//   instance_descriptors         DescriptorArray (fast mode) or the empty one
//   raw_transitions              TransitionArray or undefined
//   prototype_info               PrototypeInfo (prototype shapes only)
//   prototype_validity_cell      Cell (prototype shapes: valid while nothing
//                                on the chain from here changes)
//   dependent_code               reserved for the JIT
//   bit_field2                   kShouldBeFastPrototypeMapBit (bit 0),
//                                kArrayLengthReadOnlyBit (bit 1)
//
// Field storage. A fast object stores field i (= descriptor i) here:
//
//   JSObject cell                                      PropertyArray
//   +--------+------------+----------+-----------+      +--------+--------+
//   | shape  | properties | elements | ...header |      | header | f[n+0] |
//   +--------+------------+----------+-----------+      |        | f[n+1] |
//   | in-object f[0] ... f[n-1]  (n = inobject_properties)         ...    |
//   +------------------------------------------------+  +-----------------+
//   ^ instance_size - 8 * n                          ^ instance_size
//
// unused_property_fields counts free in-object slots while fields fit
// in-object, then free PropertyArray slots (the array grows by
// kFieldsAdded at a time), exactly V8's bookkeeping.
class Shape : public ShapeLayout {
 public:
  // Out-of-object storage grows by this many fields at a time.
  static constexpr int kFieldsAdded = 3;
  // V8's limits for TooManyFastProperties.
  static constexpr int kMaxFastProperties = 128;
  static constexpr int kFastPropertiesSoftLimit = 12;
  // In-object slack for a constructor's initial shape (V8: estimate + 8).
  static constexpr int kSlackTrackingSlack = 8;
  // V8's kSlackTrackingCounterStart: instances shrink after 7 constructions.
  static constexpr int kSlackTrackingCounterStart = 7;
  static constexpr int kSlackTrackingCounterEnd = 1;
  // Largest in-object property count (the raw field is a byte).
  static constexpr int kMaxInObjectProperties = 252;
  // enum_length value meaning "not computed".
  static constexpr int kInvalidEnumCacheSentinel = 0x3FF;
  // bit_field2 bits.
  static constexpr uint32_t kShouldBeFastPrototypeMapBit = 1u << 0;
  // A JSArray whose "length" was made read-only (its shape is its own).
  static constexpr uint32_t kArrayLengthReadOnlyBit = 1u << 1;
  // The target of a non-extensible (preventExtensions/seal/freeze) edge:
  // constructor_or_back_pointer holds the shape it was made from.
  static constexpr uint32_t kIntegrityLevelChildBit = 1u << 2;

  static Shape* cast(Value value) {
    DCHECK(lucid::IsShape(value));
    return static_cast<Shape*>(value.heap_object());
  }
  static Shape* cast(ShapeLayout* layout) { return static_cast<Shape*>(layout); }

  // -- Basic accessors --------------------------------------------------------------
  ElementsKind elements_kind() const {
    return static_cast<ElementsKind>(ShapeLayout::elements_kind());
  }
  void set_elements_kind(ElementsKind kind) {
    ShapeLayout::set_elements_kind(static_cast<uint8_t>(kind));
  }
  bool has_fast_properties() const { return !is_dictionary_map(); }
  bool should_be_fast_prototype_map() const {
    return (bit_field2() & kShouldBeFastPrototypeMapBit) != 0;
  }
  void set_should_be_fast_prototype_map(bool value) {
    set_bit_field2(value ? bit_field2() | kShouldBeFastPrototypeMapBit
                         : bit_field2() & ~kShouldBeFastPrototypeMapBit);
  }
  bool IsJSReceiverShape() const { return lucid::IsJSReceiverType(instance_type()); }
  bool IsJSObjectShape() const { return IsJSReceiverShape(); }
  bool IsJSArrayShape() const { return instance_type() == InstanceType::kJSArray; }
  bool IsJSGlobalObjectShape() const { return instance_type() == InstanceType::kJSGlobalObject; }

  DescriptorArray* instance_descriptors_array() const {
    return DescriptorArray::cast(instance_descriptors());
  }
  // The parent in the property transition tree (the shape one property
  // shorter), or null at a root. A non-extensible shape counts as a root
  // of its own here: stepping back from it must not make an object
  // extensible again (see GetIntegrityLevelParent).
  Shape* GetBackPointer() const;
  bool is_integrity_level_child() const { return (bit_field2() & kIntegrityLevelChildBit) != 0; }
  // For the target of a non-extensible edge, the shape it was made from
  // (same properties, extensible), which its back-pointer slot keeps alive
  // as V8's frozen/sealed maps do; null otherwise.
  Shape* GetIntegrityLevelParent() const;
  // The root of this shape's property transition tree.
  Shape* FindRootShape() const;
  // The constructor stored at the root (undefined if none).
  Value GetConstructor() const;
  void SetConstructor(Value constructor);

  int NumberOfFields() const { return number_of_own_descriptors(); }
  // Byte offset of in-object field {index} (< inobject_properties()).
  int GetInObjectPropertyOffset(int index) const {
    return instance_size() - (inobject_properties() - index) * kTaggedSize;
  }
  // First byte of the in-object property area.
  int GetInObjectPropertiesStartOffset() const {
    return instance_size() - inobject_properties() * kTaggedSize;
  }
  // Descriptor index of {key}, or -1.
  int SearchDescriptor(const Name* key) const;
  PropertyDetails GetDetails(int descriptor) const {
    return instance_descriptors_array()->GetDetails(descriptor);
  }
  Name* GetKey(int descriptor) const { return instance_descriptors_array()->GetKey(descriptor); }
  // Name of the last-added property (the edge that created this shape).
  Name* LastAdded() const { return GetKey(number_of_own_descriptors() - 1); }

  // Number of enumerable own String-keyed properties (fast mode), cached in
  // enum_length.
  int EnumLength();

  // -- Creation -------------------------------------------------------------------------
  // A fresh root shape for JS objects: no properties, prototype {prototype},
  // {inobject_properties} in-object slots after a {header_size}-byte header.
  static Handle<Shape> NewJSShape(Isolate* isolate, InstanceType type, int header_size,
                                  int inobject_properties, Handle<Value> prototype,
                                  ElementsKind elements_kind = HOLEY_ELEMENTS);
  // The same layout, a new root (no descriptors, no back pointer). The
  // caller sets anything else it wants different.
  static Handle<Shape> CopyAsRoot(Isolate* isolate, Handle<Shape> shape);
  // A copy with the same descriptors (own array) and no transitions.
  static Handle<Shape> CopyWithOwnDescriptors(Isolate* isolate, Handle<Shape> shape);

  // -- Adding properties ------------------------------------------------------------
  // The shape after adding property {key} with {attributes}: the existing
  // child if this edge was taken before, otherwise a new child (linked by a
  // transition, sharing the descriptor array when this shape owns it).
  // Returns a null handle when the object should go to dictionary mode
  // instead (TooManyFastProperties, too many descriptors).
  // {representation} is the new field's (Representation::ForValue of the
  // first value; accessors use Tagged).
  static Handle<Shape> TransitionToDataProperty(Isolate* isolate, Handle<Shape> shape,
                                                Handle<Name> key, Representation representation,
                                                PropertyAttributes attributes, StoreOrigin origin);
  static Handle<Shape> TransitionToAccessorProperty(Isolate* isolate, Handle<Shape> shape,
                                                    Handle<Name> key,
                                                    PropertyAttributes attributes);
  // V8's rule: a fast object with no free field and too many out-of-object
  // fields goes to dictionary mode (see the .cc for the numbers node shows).
  bool TooManyFastProperties(StoreOrigin origin) const;

  // -- Changing properties ------------------------------------------------------------
  // Makes field {descriptor} able to hold {representation} and marks it
  // mutable if {constness} says so. In place (on the field's owner and every
  // shape below it) unless the change is into Double: then the branch is
  // deprecated and the returned shape is its replacement. Returns {shape}
  // itself when nothing had to change.
  static Handle<Shape> GeneralizeField(Isolate* isolate, Handle<Shape> shape, int descriptor,
                                       Representation representation,
                                       PropertyConstness constness);
  // The shape with descriptor {descriptor} given {kind} and {attributes}
  // (fields keep their slots): rebuilt from the root with the one change,
  // V8's MapUpdater reconfiguration. Prototype and dictionary shapes are
  // changed in place by the caller instead.
  static Handle<Shape> ReconfigureProperty(Isolate* isolate, Handle<Shape> shape, int descriptor,
                                           PropertyKind kind, PropertyAttributes attributes);
  // The live replacement of a deprecated shape (MapUpdater: replay from the
  // root with each field's most general representation). {shape} itself if
  // not deprecated.
  static Handle<Shape> Update(Isolate* isolate, Handle<Shape> shape);

  // -- Dictionary mode ------------------------------------------------------------------
  // A unique dictionary-mode shape with {shape}'s type, size, prototype and
  // elements kind, and no descriptors. {trace_key}: the property whose
  // delete or add caused it, for --trace-maps (no effect otherwise).
  static Handle<Shape> Normalize(Isolate* isolate, Handle<Shape> shape, NormalizeReason reason,
                                 const Name* trace_key = nullptr);

  // -- Elements kinds -------------------------------------------------------------------
  // The shape that differs from {shape} only in its elements kind. Elements
  // edges hang off roots; the properties are replayed from there, so arrays
  // built the same way share shapes whatever order kinds changed in.
  static Handle<Shape> TransitionElementsTo(Isolate* isolate, Handle<Shape> shape,
                                            ElementsKind kind);

  // -- Integrity levels -------------------------------------------------------------------
  // The non-extensible version of {shape} (preventExtensions, seal, freeze):
  // a copy with its own descriptors, every field Tagged (so no later store
  // needs a representation change) and is_extensible false, linked from
  // {shape} by an edge keyed by the nonextensible_transition symbol. Objects
  // built the same way and sealed or frozen the same way share it, as V8's
  // frozen/sealed maps. The edge is weak like every transition, but the
  // child's back-pointer slot holds {shape} strongly, so the pair survives a
  // full GC as long as a non-extensible object uses the child.
  static Handle<Shape> TransitionToNonExtensible(Isolate* isolate, Handle<Shape> shape);

  // -- Prototypes -------------------------------------------------------------------------
  // The shape for {shape}'s layout with prototype {prototype}: a new root
  // (transitions never change the prototype). Marks {prototype} as a
  // prototype (JSObject::OptimizeAsPrototype).
  static Handle<Shape> TransitionToPrototype(Isolate* isolate, Handle<Shape> shape,
                                             Handle<Value> prototype);
  // The validity cell guarding the chain from this prototype shape upward
  // (creates it if missing or invalid). Only for prototype shapes.
  static Value GetOrCreatePrototypeChainValidityCell(Isolate* isolate, Handle<Shape> shape);
  // The validity cell of {prototype}'s own (prototype) shape: valid while
  // nothing on the chain from {prototype} itself upward changes.
  static Value GetOrCreateValidityCellOf(Isolate* isolate, Handle<JSObject> prototype);
  // Invalidates this prototype shape's cell and, through PrototypeInfo
  // users, the cells of every prototype shape below it in any chain.
  static void InvalidatePrototypeChains(Shape* shape);

  // -- Slack tracking ---------------------------------------------------------------------
  bool IsInobjectSlackTrackingInProgress() const { return construction_counter() != 0; }
  // On a constructor's initial shape: begin counting constructions.
  void StartInobjectSlackTracking();
  // Called once per `new` on the initial shape: counts down and completes
  // tracking at the end.
  void InobjectSlackTrackingStep(Isolate* isolate);
  // Shrinks every shape in this root's tree by the least number of unused
  // in-object slots; existing instances' freed tails are fillers already
  // (JSObject::InitializeBody wrote them).
  void CompleteInobjectSlackTracking(Isolate* isolate);

  // -- Printing -------------------------------------------------------------------------
  // "{a:smi@in0, b:tagged@out0}" (traces, %DebugPrint, test failures).
  std::string DescribeProperties() const;

 private:
  static Handle<Shape> AddField(Isolate* isolate, Handle<Shape> shape, Handle<Name> key,
                                PropertyDetails details, bool insert_transition);
  static void GeneralizeFieldInPlace(Shape* owner, int descriptor, Representation representation,
                                     PropertyConstness constness);
  static Handle<Shape> ReplayFromRoot(Isolate* isolate, Handle<Shape> shape, int changed,
                                      PropertyDetails changed_details);
  static Handle<Shape> ReplayDescriptors(Isolate* isolate, Handle<Shape> start, Handle<Shape> shape,
                                         int changed, PropertyDetails changed_details);
  static void DeprecateTree(Shape* shape);
};

}  // namespace lucid

#endif  // LUCID_VM_OBJECTS_SHAPE_H_
