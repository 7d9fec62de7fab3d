#pragma once
// A thin layer over LLVM's YAML parser that turns every problem into an InputError naming
// file:line:col, so config and model files give users errors they can act on.
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace cppsec {

class YamlFile {
 public:
  // Parses text (named path in messages); throws InputError on a syntax error.
  YamlFile(std::string path, std::string_view text);

  // The first document's root, or nullptr for an empty file.
  llvm::yaml::Node *root() { return root_; }
  const std::string &path() const { return path_; }

  [[noreturn]] void fail(const llvm::yaml::Node *node, const std::string &message) const;
  std::string where(const llvm::yaml::Node *node) const;  // "file:line:col"
  std::pair<unsigned, unsigned> lineAndColumn(const llvm::yaml::Node *node) const;
  // Where a scalar's text starts, and the indentation its later lines lose: a `|` or `>`
  // block starts on the next non-empty line, at its indentation.
  struct TextStart {
    unsigned line = 0, column = 0, indent = 0;
  };
  TextStart textStart(const llvm::yaml::Node *node) const;

  std::string scalar(llvm::yaml::Node *node) const;
  unsigned unsignedInt(llvm::yaml::Node *node) const;
  bool boolean(llvm::yaml::Node *node) const;
  // A scalar or a sequence of scalars.
  std::vector<std::string> scalarList(llvm::yaml::Node *node) const;
  llvm::yaml::MappingNode *mapping(llvm::yaml::Node *node) const;
  llvm::yaml::SequenceNode *sequence(llvm::yaml::Node *node) const;
  // Calls visit for each key of a mapping; an unknown key is an error that lists the known.
  void forEachKey(llvm::yaml::Node *node, std::initializer_list<std::string_view> allowed,
                  const std::function<void(const std::string &, llvm::yaml::Node *)> &visit) const;

 private:
  std::string path_;
  llvm::SourceMgr sources_;
  std::unique_ptr<llvm::yaml::Stream> stream_;
  llvm::yaml::Node *root_ = nullptr;
};

}  // namespace cppsec
