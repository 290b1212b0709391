// File: key_value.h
// -----------------------------------------------------------------------------
// "name=value" settings, as the CLI's --set and --option take them, and the typed reading
// of a setting's value that the generator's and the detector's options share.
#ifndef SIMAUDIT_LIB_UTIL_KEY_VALUE_H_
#define SIMAUDIT_LIB_UTIL_KEY_VALUE_H_

#include <cmath>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
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

// InvalidArgument: option `name` expects `what`, got `value`.
inline absl::Status OptionExpects(absl::string_view name, absl::string_view what,
                                  absl::string_view value) {
  return absl::InvalidArgumentError(
      absl::StrCat("option ", name, " expects ", what, ", got \"", value, "\""));
}

// Reads `value` into `field` (a finite number, true/false, or an integer of the field's
// type); on error leaves `field` as it was and names the option.
inline absl::Status SetOptionValue(absl::string_view name, absl::string_view value,
                                   double& field) {
  double v;
  if (!absl::SimpleAtod(value, &v) || !std::isfinite(v)) {
    return OptionExpects(name, "a number", value);
  }
  field = v;
  return absl::OkStatus();
}

inline absl::Status SetOptionValue(absl::string_view name, absl::string_view value,
                                   bool& field) {
  if (value == "true") {
    field = true;
  } else if (value == "false") {
    field = false;
  } else {
    return OptionExpects(name, "true or false", value);
  }
  return absl::OkStatus();
}

template <typename Int,
          typename = std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>>>
absl::Status SetOptionValue(absl::string_view name, absl::string_view value, Int& field) {
  Int v;
  if (!absl::SimpleAtoi(value, &v)) {
    return OptionExpects(name, std::is_signed_v<Int> ? "an integer" : "a non-negative integer",
                         value);
  }
  field = v;
  return absl::OkStatus();
}

}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_KEY_VALUE_H_
