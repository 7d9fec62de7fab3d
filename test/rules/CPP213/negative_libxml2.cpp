// cppsec-test-flags: -I/usr/include/libxml2
// CPP213 negatives: libxml2 parse calls without XML_PARSE_NOENT, XML_PARSE_DTDLOAD or
// XML_PARSE_DTDVALID (libxml2 then neither substitutes external entities nor loads the
// external DTD), options the analysis cannot know, xmlSubstituteEntitiesDefault(0), and the
// HTML parser, whose option bit 1<<2 means something else. None is reported.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <string>

namespace orders {

constexpr int kSafeOptions = XML_PARSE_NONET | XML_PARSE_NOBLANKS;

// XML_PARSE_NONET alone: the recommended options for untrusted input.
xmlDocPtr parse_order(const std::string& body) {
  return xmlReadMemory(body.data(), static_cast<int>(body.size()), "order.xml", nullptr, XML_PARSE_NONET);
}

// No options at all.
xmlDocPtr parse_order_defaults(const std::string& body) {
  return xmlReadMemory(body.data(), static_cast<int>(body.size()), nullptr, nullptr, 0);
}

// Formatting options only.
xmlDocPtr load_template(const char* path) {
  return xmlReadFile(path, nullptr, XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA);
}

// Quiet parsing: NOERROR and NOWARNING.
xmlDocPtr parse_quietly(const xmlChar* text) {
  return xmlReadDoc(text, nullptr, "UTF-8", XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET);
}

// A constexpr constant without the dangerous bits.
xmlDocPtr parse_fd(int fd) {
  return xmlReadFd(fd, nullptr, nullptr, kSafeOptions);
}

// The options are the caller's: unknown here, not reported.
xmlDocPtr parse_io(xmlInputReadCallback read_cb, xmlInputCloseCallback close_cb, void* ctx, int options) {
  return xmlReadIO(read_cb, close_cb, ctx, nullptr, nullptr, options);
}

// Context API with recover/nsclean/compact.
xmlDocPtr parse_with_context(xmlParserCtxtPtr ctxt, const std::string& body, const char* path) {
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NSCLEAN);
  if (path != nullptr) return xmlCtxtReadFile(ctxt, path, nullptr, XML_PARSE_NONET | XML_PARSE_COMPACT);
  return xmlCtxtReadMemory(ctxt, body.data(), static_cast<int>(body.size()), nullptr, nullptr,
                           XML_PARSE_RECOVER | XML_PARSE_NONET);
}

// Streaming readers without entity options.
xmlTextReaderPtr open_reader(const std::string& body) {
  return xmlReaderForMemory(body.data(), static_cast<int>(body.size()), nullptr, nullptr, XML_PARSE_NONET);
}

xmlTextReaderPtr open_file_reader(const char* path) {
  return xmlReaderForFile(path, nullptr, 0);
}

// Turning global substitution off is the fix.
void init_xml() {
  xmlInitParser();
  xmlSubstituteEntitiesDefault(0);
}

// The HTML parser: HTML_PARSE_NODEFDTD is 1<<2 (the value of XML_PARSE_DTDLOAD), but
// htmlReadMemory does not load external entities and is not a checked function.
htmlDocPtr parse_html_fragment(const std::string& html) {
  return htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                        HTML_PARSE_NODEFDTD | HTML_PARSE_NOERROR | HTML_PARSE_NONET);
}

}  // namespace orders
