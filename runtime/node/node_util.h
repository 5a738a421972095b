// Copyright the Lucid authors. MIT license.
// Helpers shared by the node-style host's builtins (runtime/event_loop.cc,
// runtime/node/): node's ERR_* errors with their message text, plain
// objects, and the byte arrays that stand in for Buffer.

#ifndef LUCID_RUNTIME_NODE_NODE_UTIL_H_
#define LUCID_RUNTIME_NODE_NODE_UTIL_H_

#include <string>
#include <string_view>

#include "gc/handles.h"
#include "vm/messages.h"
#include "vm/value.h"

namespace lucid {

class Isolate;
class JSObject;

namespace node {

// Throws a {kind} error whose `code` property is {code} (node's
// internal/errors). Returns Value::Exception().
Value ThrowNodeError(Isolate* isolate, ErrorKind kind, std::string_view code, std::string_view message);
// node's "Received ..." tail: "Received undefined", "Received type number
// (5)", "Received an instance of Object", "Received function f".
std::string DescribeReceived(Isolate* isolate, Handle<Value> value);
// TypeError [ERR_INVALID_ARG_TYPE]: The "name" argument must be of type
// {expected}. Received ...
Value ThrowInvalidArgType(Isolate* isolate, std::string_view name, std::string_view expected,
                          Handle<Value> actual);
// RangeError [ERR_OUT_OF_RANGE]: The value of "name" is out of range. It
// must be {range}. Received {received}.
Value ThrowOutOfRange(Isolate* isolate, std::string_view name, std::string_view range,
                      std::string_view received);

// A new plain object, and object[name] = value (a data property).
Handle<JSObject> NewObject(Isolate* isolate);
void Set(Isolate* isolate, Handle<JSObject> object, const char* name, Handle<Value> value);
void SetNumber(Isolate* isolate, Handle<JSObject> object, const char* name, double value);
void SetString(Isolate* isolate, Handle<JSObject> object, const char* name, std::string_view utf8);
Handle<Value> NumberValue(Isolate* isolate, double value);
Handle<Value> StringValue(Isolate* isolate, std::string_view utf8);

// Lucid's Buffer stand-in (fs.readFile without an encoding,
// crypto.randomBytes): a plain Array of byte values (numbers 0-255) with a
// non-enumerable own toString(encoding = 'utf8'), which also takes 'hex',
// 'base64' and 'latin1'.
Handle<Value> NewByteArray(Isolate* isolate, std::string_view bytes);
// The bytes of a string (UTF-8) or of an array of byte values (each
// ToNumber'd, modulo 256).
enum class BytesResult { kOk, kWrongType, kException };
BytesResult ValueToBytes(Isolate* isolate, Handle<Value> value, std::string* out);
// The text of {bytes} in {encoding} ('utf8', 'hex', 'base64', 'latin1');
// false if the encoding is unknown.
bool DecodeBytes(Isolate* isolate, std::string_view bytes, std::string_view encoding,
                 Handle<Value>* out);

}  // namespace node
}  // namespace lucid

#endif  // LUCID_RUNTIME_NODE_NODE_UTIL_H_
