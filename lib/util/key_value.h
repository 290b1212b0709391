// File: key_value.h
// -----------------------------------------------------------------------------
// "name=value" settings, as the CLI's --set and --option take them.
#ifndef SIMAUDIT_LIB_UTIL_KEY_VALUE_H_
#define SIMAUDIT_LIB_UTIL_KEY_VALUE_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace simaudit {

// Splits at the first '=' into (key, value); the value may be empty or hold more '='.
// InvalidArgument when there is no '=' or the key is empty.
inline absl::StatusOr<std::pair<absl::string_view, absl::string_view>> SplitKeyValue(
    absl::string_view key_value) {
  const size_t eq = key_value.find('=');
  if (eq == absl::string_view::npos || eq == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("expected key=value, got \"", key_value, "\""));
  }
  return std::make_pair(key_value.substr(0, eq), key_value.substr(eq + 1));
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_KEY_VALUE_H_
