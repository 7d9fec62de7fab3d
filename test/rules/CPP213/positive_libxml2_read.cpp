// cppsec-test-flags: -I/usr/include/libxml2
// CPP213 positives: libxml2 parse calls whose options include XML_PARSE_NOENT (substitute
// entities), XML_PARSE_DTDLOAD (load the external DTD) or XML_PARSE_DTDVALID (validate
// against it): an uploaded document can then read local files (file:///etc/passwd), reach
// internal hosts or expand entities exponentially. Reported at the call, high confidence.
// Also xmlSubstituteEntitiesDefault(1), which turns substitution on for every later parse.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <string>
#include <string_view>

namespace invoice_import {

constexpr int kInvoiceParseOptions = XML_PARSE_NOENT | XML_PARSE_NONET;

struct SoapEnvelopeParser {
  static constexpr int kOptions = XML_PARSE_DTDLOAD | XML_PARSE_NOBLANKS;
  xmlDocPtr parse(std::string_view body) const;
};

// A request body parsed with entity substitution: high.
xmlDocPtr parse_invoice(const std::string& body) {
  return xmlReadMemory(body.data(), static_cast<int>(body.size()), "invoice.xml", nullptr, XML_PARSE_NOENT);  // expect: CPP213(high)
}

// The options through a namespace-scope constexpr (XML_PARSE_NONET does not stop local files): high.
xmlDocPtr parse_invoice_file(const char* path) {
  return xmlReadFile(path, nullptr, kInvoiceParseOptions);  // expect: CPP213(high)
}

// A static constexpr class member with XML_PARSE_DTDLOAD: high.
xmlDocPtr SoapEnvelopeParser::parse(std::string_view body) const {
  return xmlReadMemory(body.data(), static_cast<int>(body.size()), nullptr, "UTF-8", kOptions);  // expect: CPP213(high)
}

// xmlReadDoc validating against the document's DTD, options in a const local: high.
xmlDocPtr parse_catalog(const xmlChar* text) {
  const int options = XML_PARSE_DTDVALID | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  return xmlReadDoc(text, "catalog.xml", nullptr, options);  // expect: CPP213(high)
}

// xmlReadFd on an uploaded file, options in a local assigned once: high.
xmlDocPtr parse_upload(int fd) {
  int options = XML_PARSE_NOENT | XML_PARSE_DTDLOAD;
  return xmlReadFd(fd, nullptr, nullptr, options);  // expect: CPP213(high)
}

// xmlReadIO with read callbacks over a network stream: high, on the line the call begins.
xmlDocPtr parse_stream(xmlInputReadCallback read_cb, xmlInputCloseCallback close_cb, void* stream) {
  return xmlReadIO(  // expect: CPP213(high)
      read_cb, close_cb, stream, "stream.xml", nullptr,
      XML_PARSE_NOENT | XML_PARSE_HUGE);
}

// The streaming reader over memory: high.
xmlTextReaderPtr open_feed_reader(const std::string& feed) {
  return xmlReaderForMemory(feed.data(), static_cast<int>(feed.size()), "feed.xml", nullptr,  // expect: CPP213(high)
                            XML_PARSE_DTDLOAD | XML_PARSE_DTDVALID);
}

// The streaming reader over a file: high.
xmlTextReaderPtr open_export_reader(const char* path) {
  return xmlReaderForFile(path, nullptr, XML_PARSE_NOENT);  // expect: CPP213(high)
}

// Global switch: every later xmlParse* call substitutes entities: high.
void init_xml_library() {
  xmlInitParser();
  xmlSubstituteEntitiesDefault(1);  // expect: CPP213(high)
}

}  // namespace invoice_import
