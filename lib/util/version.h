// File: version.h
// The simaudit version, written into manifests.
#ifndef SIMAUDIT_LIB_UTIL_VERSION_H_
#define SIMAUDIT_LIB_UTIL_VERSION_H_

namespace simaudit {
inline constexpr char kVersion[] = "0.1.0";
}  // namespace simaudit

#endif  // SIMAUDIT_LIB_UTIL_VERSION_H_
