#include "service/server.h"

#include "absl/strings/str_cat.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"

namespace simaudit::service {

Server::~Server() { Shutdown(); }

absl::Status Server::Start(const Options& options) {
  service_ = std::make_unique<AuditServiceImpl>(options.audit);
  grpc::ServerBuilder builder;
  if (!options.address.empty()) {
    builder.AddListeningPort(options.address, grpc::InsecureServerCredentials(), &port_);
  }
  builder.SetMaxReceiveMessageSize(options.max_receive_message_bytes);
  builder.RegisterService(service_.get());
  server_ = builder.BuildAndStart();
  if (server_ == nullptr || (!options.address.empty() && port_ == 0)) {
    return absl::UnavailableError(absl::StrCat("cannot listen on ", options.address));
  }
  return absl::OkStatus();
}

std::shared_ptr<grpc::Channel> Server::InProcessChannel() {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(-1);
  return server_->InProcessChannel(args);
}

void Server::Wait() {
  if (server_ != nullptr) server_->Wait();
}

void Server::Shutdown() {
  if (server_ != nullptr) {
    server_->Shutdown();
    server_.reset();
  }
}

}  // namespace simaudit::service
