#include "util/Yaml.h"

#include <optional>

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

struct FirstDiagnostic {
  std::string text;
};

void recordDiagnostic(const llvm::SMDiagnostic &diag, void *context) {
  auto *first = static_cast<FirstDiagnostic *>(context);
  if (first->text.empty())
    first->text = diag.getFilename().str() + ":" + std::to_string(diag.getLineNo()) + ":" +
                  std::to_string(diag.getColumnNo() + 1) + ": " + diag.getMessage().str();
}

}  // namespace

YamlFile::YamlFile(std::string path, std::string_view text) : path_(std::move(path)) {
  sources_.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, path_), llvm::SMLoc());
  FirstDiagnostic first;
  sources_.setDiagHandler(recordDiagnostic, &first);
  {
    // A full pass first: LLVM's parser is lazy and reports syntax errors as it goes.
    llvm::yaml::Stream check(sources_.getMemoryBuffer(1)->getMemBufferRef(), sources_);
    for (auto &document : check) document.skip();
    if (check.failed()) throw InputError(first.text.empty() ? path_ + ": invalid YAML" : first.text);
  }
  // The text is known to be valid YAML now; what the parser might still say comes from a
  // mapping left half-read after an error of ours, which is reported instead.
  sources_.setDiagHandler([](const llvm::SMDiagnostic &, void *) {}, nullptr);
  stream_ = std::make_unique<llvm::yaml::Stream>(sources_.getMemoryBuffer(1)->getMemBufferRef(), sources_);
  auto document = stream_->begin();
  if (document != stream_->end()) {
    root_ = document->getRoot();
    if (root_ && llvm::isa<llvm::yaml::NullNode>(root_)) root_ = nullptr;
  }
}

std::string YamlFile::where(const llvm::yaml::Node *node) const {
  if (!node) return path_;
  auto [line, column] = sources_.getLineAndColumn(node->getSourceRange().Start, 1);
  return path_ + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::pair<unsigned, unsigned> YamlFile::lineAndColumn(const llvm::yaml::Node *node) const {
  if (!node) return {0, 0};
  return sources_.getLineAndColumn(node->getSourceRange().Start, 1);
}

YamlFile::TextStart YamlFile::textStart(const llvm::yaml::Node *node) const {
  auto [line, column] = lineAndColumn(node);
  if (!node) return {line, column, 0};
  const char *at = node->getSourceRange().Start.getPointer();
  const char *end = sources_.getMemoryBuffer(sources_.getMainFileID())->getBufferEnd();
  if (!llvm::isa<llvm::yaml::BlockScalarNode>(node)) {
    bool quoted = at < end && (*at == '"' || *at == '\'');
    return {line, column + (quoted ? 1 : 0), 0};
  }
  // The node may start at its `|` or `>` indicator, or at its text: from the indicator, the
  // first line with text; its leading spaces are the indent.
  if (at < end && *at != '|' && *at != '>') {
    unsigned indent = 0;
    while (at + indent < end && at[indent] == ' ') ++indent;
    return {line, column + indent, column - 1 + indent};
  }
  while (at < end && *at != '\n') ++at;
  while (at < end) {
    ++at;  // past the newline
    ++line;
    unsigned indent = 0;
    while (at + indent < end && at[indent] == ' ') ++indent;
    if (at + indent < end && at[indent] != '\n') return {line, indent + 1, indent};
    at += indent;
  }
  return {line, column, 0};
}

void YamlFile::fail(const llvm::yaml::Node *node, const std::string &message) const {
  throw InputError(where(node) + ": " + message);
}

std::string YamlFile::scalar(llvm::yaml::Node *node) const {
  // `key: |` and `key: >` blocks are values too: long matchers and messages are written so.
  if (auto *block = llvm::dyn_cast_or_null<llvm::yaml::BlockScalarNode>(node)) return block->getValue().str();
  auto *scalarNode = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(node);
  if (!scalarNode) fail(node, "expected a single value");
  llvm::SmallString<64> storage;
  return scalarNode->getValue(storage).str();
}

unsigned YamlFile::unsignedInt(llvm::yaml::Node *node) const {
  std::string text = scalar(node);
  unsigned value = 0;
  if (text.empty() || llvm::StringRef(text).getAsInteger(10, value))
    fail(node, "expected a non-negative integer, got '" + text + "'");
  return value;
}

bool YamlFile::boolean(llvm::yaml::Node *node) const {
  std::string text = scalar(node);
  if (text == "true" || text == "yes" || text == "on") return true;
  if (text == "false" || text == "no" || text == "off") return false;
  fail(node, "expected true or false, got '" + text + "'");
}

std::vector<std::string> YamlFile::scalarList(llvm::yaml::Node *node) const {
  if (llvm::isa_and_nonnull<llvm::yaml::ScalarNode, llvm::yaml::BlockScalarNode>(node)) return {scalar(node)};
  std::vector<std::string> out;
  for (auto &item : *sequence(node)) out.push_back(scalar(&item));
  return out;
}

llvm::yaml::MappingNode *YamlFile::mapping(llvm::yaml::Node *node) const {
  auto *map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(node);
  if (!map) fail(node, "expected a mapping (key: value lines)");
  return map;
}

llvm::yaml::SequenceNode *YamlFile::sequence(llvm::yaml::Node *node) const {
  auto *list = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(node);
  if (!list) fail(node, "expected a list");
  return list;
}

void YamlFile::forEachKey(llvm::yaml::Node *node, std::initializer_list<std::string_view> allowed,
                          const std::function<void(const std::string &, llvm::yaml::Node *)> &visit) const {
  // LLVM's parser reads as it iterates: a mapping left half-read breaks every node after
  // it. So the first error is kept, the rest of the mapping is read (skipped), and only then
  // is the error thrown.
  std::optional<InputError> first;
  for (auto &entry : *mapping(node)) {
    try {
      std::string key = scalar(entry.getKey());
      bool known = false;
      for (std::string_view name : allowed) known = known || name == key;
      if (!known) {
        std::string expected;
        for (std::string_view name : allowed) expected.append(expected.empty() ? "" : ", ").append(name);
        fail(entry.getKey(), "unknown key '" + key + "' (expected one of: " + expected + ")");
      }
      visit(key, entry.getValue());
    } catch (const InputError &error) {
      if (!first) first = error;
      if (auto *value = entry.getValue()) value->skip();
    }
  }
  if (first) throw *first;
}

}  // namespace cppsec
