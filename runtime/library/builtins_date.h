// Copyright the Lucid authors. MIT license.
// What other library files need from Date (builtins_date.cc).

#ifndef LUCID_RUNTIME_LIBRARY_BUILTINS_DATE_H_
#define LUCID_RUNTIME_LIBRARY_BUILTINS_DATE_H_

#include <string>

namespace lucid {

// util.inspect's rendering of a Date's time value: toISOString's form, or
// "Invalid Date".
std::string DateToISOStringForInspect(double time_value);

}  // namespace lucid

#endif  // LUCID_RUNTIME_LIBRARY_BUILTINS_DATE_H_
