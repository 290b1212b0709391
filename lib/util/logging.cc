#include "lib/util/logging.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace simaudit::internal {

int& VerbosityLevel() {
  static int level = 0;
  return level;
}

LogMessage::LogMessage(const char* file, int line, LogSeverity severity)
    : severity_(severity) {
  static constexpr char kLetters[] = {'I', 'W', 'E', 'F'};
  const char* base = std::strrchr(file, '/');
  stream_ << kLetters[static_cast<int>(severity)] << ' '
          << (base != nullptr ? base + 1 : file) << ':' << line << "] ";
}

LogMessage::~LogMessage() {
  stream_ << '\n';
  const std::string text = stream_.str();
  std::fwrite(text.data(), 1, text.size(), stderr);
  if (severity_ == LogSeverity::kFatal) {
    std::fflush(stderr);
    std::abort();
  }
}

}  // namespace simaudit::internal
