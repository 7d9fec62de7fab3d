// ModelSet: the built-in models and the errors a bad model file gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "models/Models.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

const SinkModel *findSink(const ModelSet &models, const std::string &function) {
  for (const auto &sink : models.sinks)
    if (sink.function == function) return &sink;
  return nullptr;
}

const PropagatorModel *findPropagator(const ModelSet &models, const std::string &function) {
  for (const auto &propagator : models.propagators)
    if (propagator.function == function) return &propagator;
  return nullptr;
}

bool contains(const std::vector<std::string> &list, const std::string &value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Loads text as model file "m.yaml" and returns the InputError's message, or "" if none.
std::string loadError(const std::string &text) {
  ModelSet models;
  try {
    models.load("m.yaml", text);
  } catch (const InputError &error) {
    return error.what();
  }
  return "";
}

// "m.yaml:LINE:COL:" where COL is the 1-based column of `word` on that line of the text.
std::string whereIs(const std::string &text, unsigned line, const std::string &word) {
  size_t start = 0;
  for (unsigned i = 1; i < line; ++i) start = text.find('\n', start) + 1;
  std::string lineText = text.substr(start, text.find('\n', start) - start);
  return "m.yaml:" + std::to_string(line) + ":" + std::to_string(lineText.find(word) + 1) + ":";
}

bool startsWith(const std::string &text, const std::string &prefix) {
  return text.rfind(prefix, 0) == 0;
}

TEST(ModelsTest, BuiltInHasSqliteExecSinkOnSecondArgument) {
  ModelSet models = ModelSet::builtIn();
  const SinkModel *sink = findSink(models, "sqlite3_exec");
  ASSERT_NE(sink, nullptr);
  EXPECT_EQ(sink->arg, 1u);
  EXPECT_EQ(sink->kind, "sql");
  EXPECT_FALSE(sink->fragment);
  EXPECT_TRUE(startsWith(sink->origin, "rules/models/")) << sink->origin;
}

TEST(ModelsTest, BuiltInHasSociSinks) {
  ModelSet models = ModelSet::builtIn();
  // `sql << text` starts a statement: the text itself is the sink.
  const SinkModel *session = findSink(models, "soci::session::operator<<");
  ASSERT_NE(session, nullptr);
  EXPECT_EQ(session->arg, 0u);
  EXPECT_EQ(session->kind, "sql");
  // Every further `<< x` of the statement appends a fragment of SQL text.
  const SinkModel *more = findSink(models, "soci::details::once_temp_type::operator<<");
  ASSERT_NE(more, nullptr);
  EXPECT_TRUE(more->fragment);
  EXPECT_EQ(more->kind, "sql");
  const SinkModel *prepared = findSink(models, "soci::details::prepare_temp_type::operator<<");
  ASSERT_NE(prepared, nullptr);
  EXPECT_TRUE(prepared->fragment);
}

TEST(ModelsTest, BuiltInHasEscapingSanitizers) {
  ModelSet models = ModelSet::builtIn();
  auto find = [&](const std::string &function) -> const SanitizerModel * {
    for (const auto &sanitizer : models.sanitizers)
      if (sanitizer.function == function) return &sanitizer;
    return nullptr;
  };
  const SanitizerModel *literal = find("PQescapeLiteral");
  ASSERT_NE(literal, nullptr);
  EXPECT_EQ(literal->kind, "sql");
  EXPECT_EQ(literal->to.kind, ArgRef::Kind::Return);
  const SanitizerModel *conn = find("PQescapeStringConn");
  ASSERT_NE(conn, nullptr);
  EXPECT_EQ(conn->to.kind, ArgRef::Kind::Index);
  EXPECT_EQ(conn->to.index, 1u);
}

TEST(ModelsTest, BuiltInStringAppendConcatenatesIntoThis) {
  ModelSet models = ModelSet::builtIn();
  const PropagatorModel *append = findPropagator(models, "std::basic_string::append");
  ASSERT_NE(append, nullptr);
  EXPECT_TRUE(append->concat);
  EXPECT_EQ(append->to.kind, ArgRef::Kind::This);
  ASSERT_EQ(append->from.size(), 1u);
  EXPECT_EQ(append->from[0].kind, ArgRef::Kind::RestFrom);
  EXPECT_EQ(append->from[0].index, 0u);

  const PropagatorModel *cStr = findPropagator(models, "std::basic_string::c_str");
  ASSERT_NE(cStr, nullptr);
  EXPECT_FALSE(cStr->concat);
  EXPECT_EQ(cStr->to.kind, ArgRef::Kind::Return);
}

TEST(ModelsTest, BuiltInListsWeakRandomFunctionsAndSensitiveWords) {
  ModelSet models = ModelSet::builtIn();
  EXPECT_TRUE(contains(models.list("weak-random-functions"), "rand"));
  EXPECT_TRUE(contains(models.list("sensitive-words"), "token"));
  EXPECT_FALSE(contains(models.list("sensitive-words"), "monkey"));
  EXPECT_TRUE(models.list("no-such-list").empty());
}

TEST(ModelsTest, ArgRefCoversIndexAndRest) {
  ArgRef index{ArgRef::Kind::Index, 2};
  EXPECT_TRUE(index.covers(2));
  EXPECT_FALSE(index.covers(3));
  ArgRef rest{ArgRef::Kind::RestFrom, 1};
  EXPECT_FALSE(rest.covers(0));
  EXPECT_TRUE(rest.covers(1));
  EXPECT_TRUE(rest.covers(7));
  EXPECT_FALSE((ArgRef{ArgRef::Kind::This, 0}).covers(0));
}

TEST(ModelsTest, LoadReadsSinksPropagatorsAndMergesLists) {
  ModelSet models;
  models.load("a.yaml",
              "sinks:\n"
              "  - { function: my::run, arg: 2, kind: command }\n"
              "propagators:\n"
              "  - { function: my::join, from: [this, 1..], to: 0, mode: copy }\n"
              "lists:\n"
              "  words: [alpha]\n");
  models.load("b.yaml", "lists:\n  words:\n    - beta\n");

  ASSERT_EQ(models.sinks.size(), 1u);
  EXPECT_EQ(models.sinks[0].function, "my::run");
  EXPECT_EQ(models.sinks[0].arg, 2u);
  EXPECT_EQ(models.sinks[0].kind, "command");
  EXPECT_EQ(models.sinks[0].origin, "a.yaml:2:7");  // a flow mapping starts at its first key

  ASSERT_EQ(models.propagators.size(), 1u);
  const PropagatorModel &join = models.propagators[0];
  ASSERT_EQ(join.from.size(), 2u);
  EXPECT_EQ(join.from[0].kind, ArgRef::Kind::This);
  EXPECT_EQ(join.from[1].kind, ArgRef::Kind::RestFrom);
  EXPECT_EQ(join.from[1].index, 1u);
  EXPECT_EQ(join.to.kind, ArgRef::Kind::Index);
  EXPECT_EQ(join.to.index, 0u);
  EXPECT_FALSE(join.concat);

  EXPECT_EQ(models.list("words"), (std::vector<std::string>{"alpha", "beta"}));
}

// `words: a, b` would silently be the one name "a, b".
TEST(ModelsTest, ListWrittenAsOneValueIsAnError) {
  std::string error = loadError("lists:\n  words: alpha, beta\n");
  EXPECT_NE(error.find("2:10: list 'words' must be a YAML list"), std::string::npos) << error;
}

TEST(ModelsTest, SinkWithoutArgIsAnError) {
  std::string text = "sinks:\n  - { function: f, kind: sql }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "function"))) << error;
  EXPECT_NE(error.find("missing required key 'arg'"), std::string::npos) << error;
}

TEST(ModelsTest, SinkRoleMustBeTextOrFragment) {
  std::string text = "sinks:\n  - { function: f, arg: 0, kind: sql, role: piece }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "piece"))) << error;
  EXPECT_NE(error.find("role must be text or fragment"), std::string::npos) << error;
}

TEST(ModelsTest, UnknownKeyInEntryIsAnError) {
  std::string text =
      "sinks:\n  - { function: f, arg: 0, kind: sql }\n  - { function: g, arg: 0, kind: sql, colour: red }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 3, "colour"))) << error;
  EXPECT_NE(error.find("unknown key 'colour'"), std::string::npos) << error;
}

TEST(ModelsTest, UnknownSectionIsAnError) {
  std::string text = "sinks: []\nsauces:\n  - { function: getenv }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, "m.yaml:2:1:")) << error;
}

TEST(ModelsTest, VariadicSinkCoversLaterArguments) {
  ModelSet models;
  models.load("m.yaml", "sinks:\n  - { function: log_it, arg: 1.., kind: log }\n");
  ASSERT_EQ(models.sinks.size(), 1u);
  const SinkModel &sink = models.sinks[0];
  EXPECT_FALSE(sink.covers(0));
  EXPECT_TRUE(sink.covers(1));
  EXPECT_TRUE(sink.covers(7));
}

TEST(ModelsTest, SinkConditionNamesArgumentAndConstants) {
  ModelSet models;
  models.load("m.yaml",
              "sinks:\n  - function: setopt\n    arg: 2\n    kind: credential\n"
              "    when: { arg: 1, one-of: [OPT_PASSWORD, OPT_USERPWD] }\n");
  ASSERT_EQ(models.sinks.size(), 1u);
  EXPECT_EQ(models.sinks[0].when.arg, 1u);
  EXPECT_EQ(models.sinks[0].when.oneOf, (std::vector<std::string>{"OPT_PASSWORD", "OPT_USERPWD"}));
}

TEST(ModelsTest, ConditionWithoutConstantsIsAnError) {
  std::string text = "sinks:\n  - { function: f, arg: 0, kind: k, when: { arg: 1 } }\n";
  EXPECT_NE(loadError(text).find("'when' needs 'arg' and a test"), std::string::npos) << loadError(text);
}

TEST(ModelsTest, CallChecksReadConditionsMessageAndConfidence) {
  ModelSet models;
  models.load("m.yaml",
              "call-checks:\n"
              "  - { rule: CPP302, function: chmod, when: { arg: 1, any-bits: 0o002 }, message: m1 }\n"
              "  - rule: CPP402\n"
              "    function: curl_easy_setopt\n"
              "    when: [{ arg: 1, one-of: $opts }, { arg: 2, below: 0x2, above: -1 }]\n"
              "    message: m2\n"
              "    confidence: medium\n"
              "  - { rule: CPP501, function: strcpy, unless: literal-fits, message: m3 }\n"
              "  - { rule: CPP302, function: umask, when: { arg: 0, lacks-bits: 0644, none-of: [X] }, message: m4 }\n");
  ASSERT_EQ(models.callChecks.size(), 4u);
  EXPECT_EQ(models.callChecks[0].rule, "CPP302");
  ASSERT_EQ(models.callChecks[0].when.size(), 1u);
  EXPECT_EQ(models.callChecks[0].when[0].anyBits, 2u);
  ASSERT_EQ(models.callChecks[1].when.size(), 2u);
  EXPECT_EQ(models.callChecks[1].when[0].oneOf, std::vector<std::string>{"$opts"});
  EXPECT_EQ(models.callChecks[1].when[1].below, 2);
  EXPECT_EQ(models.callChecks[1].when[1].above, -1);
  EXPECT_EQ(models.callChecks[1].confidence, std::optional<std::string>("medium"));
  EXPECT_TRUE(models.callChecks[2].when.empty());
  EXPECT_EQ(models.callChecks[2].unless, "literal-fits");
  EXPECT_EQ(models.callChecks[3].when[0].lacksBits, 0644u);  // a leading 0 is octal, as in C
  EXPECT_EQ(models.callChecks[3].when[0].noneOf, std::vector<std::string>{"X"});
}

TEST(ModelsTest, CallCheckErrorsNameTheProblem) {
  EXPECT_NE(loadError("call-checks:\n  - { rule: R, function: f }\n").find("missing required key 'message'"),
            std::string::npos);
  EXPECT_NE(loadError("call-checks:\n  - { rule: R, function: f, message: m, when: { arg: 0, below: ten } }\n")
                .find("expected an integer"),
            std::string::npos);
  EXPECT_NE(loadError("call-checks:\n  - { rule: R, function: f, message: m, when: { arg: 0, matches: '(' } }\n")
                .find("invalid regular expression"),
            std::string::npos);
  EXPECT_NE(loadError("call-checks:\n  - { rule: R, function: f, message: m, confidence: sure }\n")
                .find("confidence is high, medium or low"),
            std::string::npos);
  EXPECT_NE(loadError("call-checks:\n  - { rule: R, function: f, message: m, when: { arg: 0, one-of: x } }\n")
                .find("$list-name"),
            std::string::npos);
}

TEST(ModelsTest, SourcesReadKindTargetAndCondition) {
  ModelSet models;
  models.load("m.yaml",
              "sources:\n  - { function: recv, kind: request, to: 1 }\n"
              "  - { function: getenv, kind: request, to: return, when: { arg: 0, one-of: [CONTENT_LENGTH] } }\n");
  ASSERT_EQ(models.sources.size(), 2u);
  EXPECT_EQ(models.sources[0].to.kind, ArgRef::Kind::Index);
  EXPECT_EQ(models.sources[0].to.index, 1u);
  EXPECT_EQ(models.sources[1].to.kind, ArgRef::Kind::Return);
  EXPECT_EQ(models.sources[1].when.oneOf, std::vector<std::string>{"CONTENT_LENGTH"});
}

TEST(ModelsTest, SecretFormatWithBadRegexIsAnErrorAtThePattern) {
  std::string text = "secret-formats:\n  - { name: broken, pattern: 'AKIA[0-9' }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "'AKIA"))) << error;
  EXPECT_NE(error.find("invalid regular expression"), std::string::npos) << error;
}

TEST(ModelsTest, SecretFormatEntropyMustBeBitsPerCharacter) {
  std::string text = "secret-formats:\n  - { name: x, pattern: 'a+', min-entropy: 9 }\n";
  EXPECT_NE(loadError(text).find("min-entropy"), std::string::npos) << loadError(text);
}

TEST(ModelsTest, BuiltInSecretFormatsAllCompile) {
  ModelSet models = ModelSet::builtIn();
  EXPECT_GE(models.secretFormats.size(), 10u);
  for (const auto &format : models.secretFormats) EXPECT_FALSE(format.pattern.empty()) << format.name;
}

TEST(ModelsTest, BadFromIsAnError) {
  std::string text = "propagators:\n  - { function: g, from: x1, to: return }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "x1"))) << error;
  EXPECT_NE(error.find("got 'x1'"), std::string::npos) << error;

  std::string inList = "propagators:\n  - { function: g, from: [0, ..], to: return }\n";
  EXPECT_TRUE(startsWith(loadError(inList), whereIs(inList, 2, ".."))) << loadError(inList);
}

TEST(ModelsTest, ToCannotBeARest) {
  std::string text = "propagators:\n  - { function: g, from: 0, to: 1.. }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "1.."))) << error;
}

TEST(ModelsTest, PropagatorNeedsFromAndTo) {
  EXPECT_NE(loadError("propagators:\n  - { function: g, to: return }\n").find("missing required key 'from'"),
            std::string::npos);
  EXPECT_NE(loadError("propagators:\n  - { function: g, from: 0 }\n").find("missing required key 'to'"),
            std::string::npos);
  EXPECT_NE(loadError("propagators:\n  - { function: g, from: 0, to: return, mode: glue }\n").find("mode must be"),
            std::string::npos);
}

TEST(ModelsTest, SanitizerWritesToOnePlace) {
  EXPECT_EQ(loadError("sanitizers:\n  - { function: clear, kind: sql, to: this }\n"), "");
  std::string text = "sanitizers:\n  - { function: esc, kind: sql, to: 1.. }\n";
  std::string error = loadError(text);
  EXPECT_TRUE(startsWith(error, whereIs(text, 2, "1.."))) << error;
  EXPECT_NE(loadError("sanitizers:\n  - { function: esc }\n").find("missing required key 'kind'"), std::string::npos);
}

TEST(ModelsTest, NegativeArgIsAnError) {
  std::string text = "sinks:\n  - { function: f, arg: -1, kind: sql }\n";
  EXPECT_TRUE(startsWith(loadError(text), whereIs(text, 2, "-1"))) << loadError(text);
}

TEST(ModelsTest, YamlSyntaxErrorNamesFileAndLine) {
  std::string error = loadError("sinks:\n  - { function: f, arg: 0\n");
  EXPECT_TRUE(startsWith(error, "m.yaml:")) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

}  // namespace
}  // namespace cppsec
