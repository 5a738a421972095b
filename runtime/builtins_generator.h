// Copyright the Lucid authors. MIT license.
//
// Resuming a parked generator frame: the one sequence %GeneratorPrototype%
// next/return/throw, async functions' await and async generators' await
// and request queue all go through (runtime/builtins_generator.cc).

#ifndef LUCID_RUNTIME_BUILTINS_GENERATOR_H_
#define LUCID_RUNTIME_BUILTINS_GENERATOR_H_

#include "gc/handles.h"
#include "vm/objects/js_function.h"
#include "vm/objects/js_generator.h"

namespace lucid {

class Isolate;

// A generator-like object of {shape} (a generator, an async function's or
// an async generator's object) for a fresh call of {function} with
// {receiver}: a saved-frame store sized for the function's parameters and
// registers, resume mode next, state executing. Allocates; the caller sets
// the fields its kind adds.
Handle<JSGeneratorObject> NewGeneratorObjectForCall(Isolate* isolate, Handle<JSFunction> function,
                                                    Handle<Value> receiver, Handle<Shape> shape);

// {function}.prototype, read with [[Get]] (it may be a getter, or not an
// object): what a generator's or async generator's object inherits from.
// False with an exception pending.
bool GetGeneratorFunctionPrototype(Isolate* isolate, Handle<JSFunction> function, Handle<Value>* prototype);

// Marks {generator} closed and drops its saved frame.
void CloseGenerator(Isolate* isolate, JSGeneratorObject* generator);

// Resumes {generator}'s parked frame with {value} as the result of the
// yield or await it is parked at and {mode} (next, return, throw) as the
// way to continue, and runs it to its next suspension or its end
// (ResumeGeneratorFrame pushes the frame; SwitchOnGeneratorState and
// ResumeGenerator restore it). Returns what the activation returned: the
// value it suspended with, the body's return value, or Exception. An
// activation that ended without suspending (the body returned, or an
// exception left it) closes the generator; an async body has closed it
// already, settling its promise. A frame that could not even be pushed
// (stack overflow: Exception, the generator not running) stays as it was.
Value ResumeParkedGenerator(Isolate* isolate, Handle<JSGeneratorObject> generator,
                            Handle<Value> value, JSGeneratorObject::ResumeMode mode);

}  // namespace lucid

#endif  // LUCID_RUNTIME_BUILTINS_GENERATOR_H_
