// Copyright the Lucid authors. MIT license.
// util.inspect and util.format as node prints them: the formatting behind
// console.log (docs/library.md "inspect").

#ifndef LUCID_RUNTIME_LIBRARY_INSPECT_H_
#define LUCID_RUNTIME_LIBRARY_INSPECT_H_

#include <string>

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class String;

// node's inspect options that Lucid honours (node's defaults).
struct InspectOptions {
  // Nesting levels shown before [Object] / [Array]; -1 = unlimited (null).
  int depth = 2;
  // Non-enumerable properties too (%o): arrays show [length].
  bool show_hidden = false;
  // The line width the single-line rule fits entries into.
  int break_length = 80;
  // Up to this many inner levels are combined on one line (node's compact=3).
  int compact = 3;
  int max_array_length = 100;
  int max_string_length = 10000;
};

// util.inspect(value, options). Returns false with an exception pending if
// a getter it had to run (err.stack, constructor.name...) threw.
bool InspectValue(Isolate* isolate, Handle<Value> value, const InspectOptions& options,
                  std::u16string* out);
MaybeHandle<String> Inspect(Isolate* isolate, Handle<Value> value,
                            const InspectOptions& options = InspectOptions());

// util.format(...args): format specifiers (%s %d %i %f %j %o %O %c %%) in a
// leading string, the rest joined by spaces, strings raw, other values
// inspected.
bool FormatArguments(Isolate* isolate, int argc, const Handle<Value>* argv, std::u16string* out);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_INSPECT_H_
