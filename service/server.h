// File: server.h
// -----------------------------------------------------------------------------
// The simaudit gRPC server process: AuditService on one listening address.
//
//   Server server;
//   Server::Options options;
//   options.address = "127.0.0.1:50051";
//   SIMAUDIT_RETURN_IF_ERROR(server.Start(options));
//   server.Wait();
#ifndef SIMAUDIT_SERVICE_SERVER_H_
#define SIMAUDIT_SERVICE_SERVER_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "grpcpp/server.h"
#include "lib/audit/batch_audit.h"
#include "service/audit_service.h"

namespace simaudit::service {

class Server {
 public:
  struct Options {
    // host:port to listen on; port 0 picks a free port (see port()). Empty: no listening
    // port, in-process channels only (tests).
    std::string address = "127.0.0.1:50051";
    // Largest accepted request. A 1 M-row batch is about 300 MB.
    int max_receive_message_bytes = 512 << 20;
    BatchAuditOptions audit;
  };

  Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();

  // Returns Unavailable if the address cannot be bound.
  absl::Status Start(const Options& options);
  // The bound port (after Start).
  int port() const { return port_; }
  // An in-process channel for tests.
  std::shared_ptr<grpc::Channel> InProcessChannel();
  void Wait();
  void Shutdown();

 private:
  std::unique_ptr<AuditServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
};

}  // namespace simaudit::service

#endif  // SIMAUDIT_SERVICE_SERVER_H_
