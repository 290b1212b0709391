// simaudit_server: serves AuditService over gRPC. main() only maps flags to Options.

#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "service/server.h"

ABSL_FLAG(std::string, address, "127.0.0.1:50051",
          "The host:port to listen on (loopback by default; put TLS in front for networks).");
ABSL_FLAG(int, max_message_mb, 512, "The largest request accepted, in MiB.");
ABSL_FLAG(bool, reject_unknown_cccd_province, false,
          "Reject a CCCD whose province code is not one of the 63 (BAD_CCCD_PROVINCE) instead "
          "of keeping it with the CCCD_UNKNOWN_PROVINCE soft check, as simaudit's "
          "--reject-unknown-cccd-province does.");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage("Serves the simaudit AuditService over gRPC.");
  absl::ParseCommandLine(argc, argv);
  simaudit::service::Server::Options options;
  options.address = absl::GetFlag(FLAGS_address);
  options.max_receive_message_bytes = absl::GetFlag(FLAGS_max_message_mb) << 20;
  options.audit.validation.unknown_cccd_province_is_soft =
      !absl::GetFlag(FLAGS_reject_unknown_cccd_province);
  simaudit::service::Server server;
  const absl::Status status = server.Start(options);
  if (!status.ok()) {
    std::cerr << "simaudit_server: " << status << "\n";
    return 1;
  }
  std::cerr << "simaudit_server listening on port " << server.port() << "\n";
  server.Wait();
  return 0;
}
