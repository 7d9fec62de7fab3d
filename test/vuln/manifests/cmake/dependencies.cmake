CPMAddPackage("gh:libuv/libuv@1.46.0")
CPMAddPackage(
  NAME protobuf
  GITHUB_REPOSITORY protocolbuffers/protobuf
  GIT_TAG v3.21.5
)
