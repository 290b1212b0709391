"""C++ and gRPC code generation with Debian's protoc and grpc_cpp_plugin.

Bazel 4's native proto rules need a protobuf source repository; Debian ships only the
compiler, so this macro runs /usr/bin/protoc directly. It produces the usual triple:
`<name>` (the .proto sources), `<name_cc>` (messages) and, with grpc = True, a
`<name_grpc>` library with the service stubs.
"""

def simaudit_proto_library(name, src, deps = [], grpc = False, visibility = None):
    """Generates C++ for one .proto file.

    Args:
      name: base name; targets `name`_proto, `name`_cc_proto and `name`_cc_grpc are made.
      src: the .proto file in this package.
      deps: other simaudit_proto_library base labels this one imports.
      grpc: also generate gRPC service code.
      visibility: visibility of the generated libraries.
    """
    base = src[:-len(".proto")]
    pkg = native.package_name()
    native.filegroup(name = name + "_proto", srcs = [src] + [d + "_proto" for d in deps], visibility = visibility)
    native.genrule(
        name = name + "_cc_gen",
        srcs = [src] + [d + "_proto" for d in deps],
        outs = [base + ".pb.h", base + ".pb.cc"],
        cmd = "/usr/bin/protoc -I. -I/usr/include --cpp_out=$(GENDIR) %s/%s" % (pkg, src),
    )
    native.cc_library(
        name = name + "_cc_proto",
        srcs = [base + ".pb.cc"],
        hdrs = [base + ".pb.h"],
        deps = ["@com_google_protobuf//:protobuf"] + [d + "_cc_proto" for d in deps],
        visibility = visibility,
    )
    if grpc:
        native.genrule(
            name = name + "_grpc_gen",
            srcs = [src] + [d + "_proto" for d in deps],
            outs = [base + ".grpc.pb.h", base + ".grpc.pb.cc"],
            cmd = ("/usr/bin/protoc -I. -I/usr/include --grpc_out=$(GENDIR) " +
                   "--plugin=protoc-gen-grpc=/usr/bin/grpc_cpp_plugin %s/%s") % (pkg, src),
        )
        native.cc_library(
            name = name + "_cc_grpc",
            srcs = [base + ".grpc.pb.cc"],
            hdrs = [base + ".grpc.pb.h"],
            deps = [":" + name + "_cc_proto", "@com_github_grpc_grpc//:grpc++"],
            visibility = visibility,
        )
