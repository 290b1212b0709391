// File: logging.h
// -----------------------------------------------------------------------------
// The one logging header (absl 20220623 has no absl/log). It keeps the LOG/VLOG/CHECK
// vocabulary so that a later switch to absl/log changes this file only.
//
// CHECK is for invariants of simaudit's own code, never for input data: bad input is
// reported through absl::Status and rejects.csv.
//
//   LOG(WARNING) << "unknown column " << name;
//   CHECK(parent.size() == rank.size());
#ifndef SIMAUDIT_LIB_UTIL_LOGGING_H_
#define SIMAUDIT_LIB_UTIL_LOGGING_H_

#include <sstream>

namespace simaudit::internal {

enum class LogSeverity { kInfo, kWarning, kError, kFatal };

// Verbosity threshold for VLOG; set from --v by binaries. Default 0.
int& VerbosityLevel();

// Collects one message and writes it to stderr when destroyed (aborts when kFatal).
class LogMessage {
 public:
  LogMessage(const char* file, int line, LogSeverity severity);
  LogMessage(const LogMessage&) = delete;
  LogMessage& operator=(const LogMessage&) = delete;
  ~LogMessage();

  std::ostream& stream() { return stream_; }

 private:
  LogSeverity severity_;
  std::ostringstream stream_;
};

// Swallows the stream expression when a VLOG or CHECK is disabled.
struct LogVoidify {
  void operator&(std::ostream&) {}
};

}  // namespace simaudit::internal

#define SIMAUDIT_LOG_INFO ::simaudit::internal::LogSeverity::kInfo
#define SIMAUDIT_LOG_WARNING ::simaudit::internal::LogSeverity::kWarning
#define SIMAUDIT_LOG_ERROR ::simaudit::internal::LogSeverity::kError
#define SIMAUDIT_LOG_FATAL ::simaudit::internal::LogSeverity::kFatal

#define LOG(severity)                                             \
  ::simaudit::internal::LogMessage(__FILE__, __LINE__,            \
                                   SIMAUDIT_LOG_##severity)       \
      .stream()

#define VLOG(level)                                                      \
  (::simaudit::internal::VerbosityLevel() < (level))                     \
      ? (void)0                                                          \
      : ::simaudit::internal::LogVoidify() &                             \
            ::simaudit::internal::LogMessage(                            \
                __FILE__, __LINE__, ::simaudit::internal::LogSeverity::kInfo) \
                .stream()

#define CHECK(condition)                                                 \
  (condition) ? (void)0                                                  \
              : ::simaudit::internal::LogVoidify() &                     \
                    ::simaudit::internal::LogMessage(                    \
                        __FILE__, __LINE__,                              \
                        ::simaudit::internal::LogSeverity::kFatal)       \
                            .stream()                                    \
                        << "Check failed: " #condition " "

#endif  // SIMAUDIT_LIB_UTIL_LOGGING_H_
