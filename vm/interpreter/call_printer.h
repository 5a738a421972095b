// Copyright the Lucid authors. MIT license.
//
// CallPrinter: an expression rendered the way V8's CallPrinter renders the
// node an error points at, for messages that quote the program ("Cannot
// destructure property 'x' of 'o.g(...)'", "{} is not iterable"). The
// bytecode generator renders at compile time and passes the text to the
// runtime error as a constant; nothing here touches the heap.
//
// V8 prints from the AST, not from the source text: `o['y']` is "o.y",
// arguments are "(...)", operators are parenthesized ("(u ?? null)"), and
// what it does not spell out is "(intermediate value)".

#ifndef LUCID_VM_INTERPRETER_CALL_PRINTER_H_
#define LUCID_VM_INTERPRETER_CALL_PRINTER_H_

#include <string>

namespace lucid {

class Expression;

// The text V8 prints for {expr} when it is the node an error names (UTF-16).
std::u16string PrintExpressionForError(const Expression* expr);

// How V8 reports "not iterable" for an array pattern whose value is {expr}:
// it finds the value in the AST only for some node kinds (literals,
// identifiers, unary operators, conditionals, function and object literals);
// calls and `new` name their callee ("o.f is not a function or its return
// value is not iterable"); for the rest it falls back to describing the value
// at run time ("number 1 is not iterable (cannot read property ...)").
enum class IteratorErrorForm { kFound, kCall, kDefault };
IteratorErrorForm IteratorErrorFormOf(const Expression* expr, std::u16string* text);
// The same for a for-of subject or a spread argument, which V8 always finds:
// a call or `new` names its callee, anything else prints.
IteratorErrorForm IterableErrorFormOf(const Expression* expr, std::u16string* text);

}  // namespace lucid

#endif  // LUCID_VM_INTERPRETER_CALL_PRINTER_H_
