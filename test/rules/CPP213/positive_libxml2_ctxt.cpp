// cppsec-test-flags: -I/usr/include/libxml2
// CPP213 positives: libxml2's parser-context API (xmlCtxtRead*, xmlCtxtUseOptions,
// xmlCtxtSetOptions) with XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_DTDVALID.
// High confidence, at the call.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>

#include <string>

// xmlCtxtSetOptions is declared by libxml2 2.13 and later; this machine has 2.9, so the
// declaration is repeated here with the 2.13 signature.
#if LIBXML_VERSION < 21300
extern "C" int xmlCtxtSetOptions(xmlParserCtxtPtr ctxt, int options);
#endif

namespace sso {

constexpr int kMetadataOptions = XML_PARSE_DTDLOAD | XML_PARSE_NONET;

class SamlParser {
 public:
  SamlParser() : ctxt_(xmlNewParserCtxt()) {}
  ~SamlParser() { xmlFreeParserCtxt(ctxt_); }

  // A SAML response from the browser, parsed with entity substitution: high.
  xmlDocPtr parse_response(const std::string& xml) {
    return xmlCtxtReadMemory(ctxt_, xml.data(), static_cast<int>(xml.size()), "response.xml", nullptr,  // expect: CPP213(high)
                             XML_PARSE_NOENT | XML_PARSE_NONET);
  }

  // IdP metadata from disk with the external DTD loaded: high.
  xmlDocPtr parse_metadata_file(const char* path) {
    return xmlCtxtReadFile(ctxt_, path, nullptr, kMetadataOptions);  // expect: CPP213(high)
  }

  // xmlCtxtReadDoc validating against the DTD: high.
  xmlDocPtr parse_assertion(const xmlChar* text) {
    return xmlCtxtReadDoc(ctxt_, text, nullptr, "UTF-8", XML_PARSE_DTDVALID);  // expect: CPP213(high)
  }

  // xmlCtxtReadFd, options in a const local: high.
  xmlDocPtr parse_from_socket(int fd) {
    const int options = XML_PARSE_NOENT | XML_PARSE_NOBLANKS;
    return xmlCtxtReadFd(ctxt_, fd, nullptr, nullptr, options);  // expect: CPP213(high)
  }

  // xmlCtxtReadIO with callbacks: high.
  xmlDocPtr parse_io(xmlInputReadCallback read_cb, xmlInputCloseCallback close_cb, void* ctx) {
    return xmlCtxtReadIO(ctxt_, read_cb, close_cb, ctx, nullptr, nullptr, XML_PARSE_DTDLOAD);  // expect: CPP213(high)
  }

  // Options set on the context before a push parse: high.
  void enable_entities() {
    xmlCtxtUseOptions(ctxt_, XML_PARSE_NOENT | XML_PARSE_RECOVER);  // expect: CPP213(high)
  }

  // The libxml2 2.13 replacement of xmlCtxtUseOptions: high.
  void enable_dtd_validation() {
    xmlCtxtSetOptions(ctxt_, XML_PARSE_DTDVALID | XML_PARSE_DTDLOAD);  // expect: CPP213(high)
  }

 private:
  xmlParserCtxtPtr ctxt_;
};

}  // namespace sso
