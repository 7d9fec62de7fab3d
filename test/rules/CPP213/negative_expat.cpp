// CPP213 negatives: expat with its default (external parameter entities are not parsed), with
// XML_PARAM_ENTITY_PARSING_NEVER set explicitly, or with a setting the analysis cannot know.
// None is reported.
#include <expat.h>

#include <string>

namespace webhooks {

// The default: never parse external parameter entities.
bool parse_event(const std::string& body) {
  XML_Parser parser = XML_ParserCreate("UTF-8");
  const bool ok = XML_Parse(parser, body.data(), static_cast<int>(body.size()), XML_TRUE) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

// NEVER spelled out.
XML_Parser make_strict_parser() {
  XML_Parser parser = XML_ParserCreateNS(nullptr, ':');
  XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
  return parser;
}

// The setting is the caller's: not spelled as one of the enumerators here.
void configure(XML_Parser parser, XML_ParamEntityParsing setting) {
  XML_SetParamEntityParsing(parser, setting);
}

// An external entity handler that refuses every entity.
int XMLCALL refuse_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*,
                                   const XML_Char*) {
  return XML_STATUS_ERROR;
}

void harden(XML_Parser parser) {
  XML_SetExternalEntityRefHandler(parser, refuse_external_entity);
}

}  // namespace webhooks
