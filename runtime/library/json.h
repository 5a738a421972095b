// Copyright the Lucid authors. MIT license.
// JSON.stringify and JSON.parse (ECMA-262 25.5) with V8's error messages.

#ifndef LUCID_RUNTIME_LIBRARY_JSON_H_
#define LUCID_RUNTIME_LIBRARY_JSON_H_

#include <string>

#include "gc/handles.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class String;

// Spec: JSON.stringify(value, replacer, space). The result is a String or
// undefined (nothing serializable); empty = exception pending (a cycle is a
// TypeError with V8's "Converting circular structure to JSON" message).
MaybeHandle<Value> JsonStringify(Isolate* isolate, Handle<Value> value, Handle<Value> replacer,
                                 Handle<Value> space);

// Spec: JSON.parse(text, reviver). Iterative: nesting depth is bounded by
// the heap, not the native stack. Errors are V8's SyntaxErrors ("Unexpected
// end of JSON input", "Expected ',' or ']' after array element in JSON at
// position 4", ...).
MaybeHandle<Value> JsonParse(Isolate* isolate, Handle<String> text, Handle<Value> reviver);

// util.format's %j: JSON.stringify, but a cycle prints "[Circular]".
// *undefined is set when the result was undefined.
bool JsonStringifyForFormat(Isolate* isolate, Handle<Value> value, std::u16string* out,
                            bool* undefined);

// JSON's Quote(value) (25.5.2.3) appended to {out}: escapes ", \, control
// characters and lone surrogates.
void JsonQuote(std::u16string_view text, std::u16string* out);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_JSON_H_
