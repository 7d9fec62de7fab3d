// CPP110 across TUs: a helper defined in request_util.cpp returns the client's Content-Length;
// handler.cpp uses it to size a buffer. Each .cpp is analysed separately, then the results are merged.
#pragma once
#include <httplib.h>

#include <cstddef>

namespace upload {

// request_util.cpp: the Content-Length header parsed with std::stoul, no upper bound.
std::size_t content_length(const httplib::Request& req);

}  // namespace upload
