// CPP213 positives: expat told to parse external parameter entities (and so the external DTD)
// with XML_PARAM_ENTITY_PARSING_ALWAYS or XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE.
// Expat still needs an external entity handler to fetch them, so this is medium confidence.
#include <expat.h>

#include <string>

namespace feeds {

// Always parse parameter entities: medium.
XML_Parser make_feed_parser() {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_ALWAYS);  // expect: CPP213(medium)
  return parser;
}

// Unless the document says standalone="yes": medium.
bool parse_opml(const std::string& body) {
  XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE);  // expect: CPP213(medium)
  const bool ok = XML_Parse(parser, body.data(), static_cast<int>(body.size()), XML_TRUE) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

// Inside a class, split over two lines: reported where the call begins, medium.
class SitemapReader {
 public:
  SitemapReader() : parser_(XML_ParserCreate(nullptr)) {
    XML_SetParamEntityParsing(  // expect: CPP213(medium)
        parser_, XML_PARAM_ENTITY_PARSING_ALWAYS);
  }
  ~SitemapReader() { XML_ParserFree(parser_); }

 private:
  XML_Parser parser_;
};

}  // namespace feeds
