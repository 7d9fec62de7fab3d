#pragma once
// Models are data: which library function plays which role (sink, propagator) and the
// named lists rules consult (weak generators, sensitive words). The built-in ones are the
// YAML files under rules/models/, compiled into the binary; users add theirs the same way.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppsec {

// Where a value sits at a call: the object, the result, or an argument (0-based, the
// object not counted). RestFrom means "argument index and every later one".
struct ArgRef {
  enum class Kind { This, Return, Index, RestFrom };
  Kind kind = Kind::Index;
  unsigned index = 0;
  bool covers(unsigned argIndex) const {
    return (kind == Kind::Index && argIndex == index) || (kind == Kind::RestFrom && argIndex >= index);
  }
};

// A condition on one argument of a call. `when: {arg: 1, one-of: [CURLOPT_PASSWORD, ...]}`
// matches the enumerator's or macro's name, or a string literal's text; `one-of: $list`
// names a model list. The other tests look at the argument's known integer value, the string
// literals it is built from, the call that produced it, or whether it is constant at all.
// Every test given must hold.
struct ArgCondition {
  std::optional<unsigned> arg;
  std::vector<std::string> oneOf;
  std::vector<std::string> noneOf;  // holds also when the call has no such argument
  std::optional<long long> equals, below, above;
  std::optional<long long> notEquals;  // holds unless the value is known and equal (read's fd not 0)
  std::optional<unsigned long long> anyBits, lacksBits;
  std::string matches;               // POSIX extended regex, case-insensitive, searched
  std::string notMatches;            // no literal the argument is built from matches (or none at all)
  std::vector<std::string> named;    // built from a variable, field or getter named with these words
  std::vector<std::string> typeOf;   // the argument's class is one of these (jwt::algorithm::none)
  std::vector<std::string> callOf;   // the argument is the result of a call to one of these
  std::optional<bool> constantData;  // points to data fixed in the program (an IV literal)
  std::optional<bool> notConstant;   // not a constant (a format read at run time)
  bool needsValue() const { return equals || below || above || anyBits || lacksBits; }
};

// Which overloads a model means, from `function: acme::Db::exec(const char *, int)`: the
// parameter types as declared (`const` and `&` may be left out); `...` last accepts any
// further parameters. Without it, every overload.
struct Signature {
  std::vector<std::string> params;
  bool open = false;
};

struct SinkModel {
  std::string function;                // qualified name without template arguments: pqxx::transaction_base::exec
  std::optional<Signature> signature;  // only these overloads
  unsigned arg = 0;                    // the argument that must not be built from untrusted parts
  bool restFrom = false;               // `arg: N..`: argument N and every later one (printf-style loggers)
  std::string kind;                    // sql, log, credential, allocation-size, ...
  bool fragment = false;  // the argument is a piece of the text (SOCI's stream): any non-constant value counts
  ArgCondition when;
  std::string origin;  // file:line, for messages
  bool covers(unsigned argIndex) const { return argIndex == arg || (restFrom && argIndex > arg); }
};

// A function whose result (or output argument) carries data of some kind into the program:
// request data (recv's buffer, a request header), a secret (an HMAC output).
struct SourceModel {
  std::string function;
  std::optional<Signature> signature;  // only these overloads
  std::string kind;
  ArgRef to{ArgRef::Kind::Return, 0};
  ArgCondition when;
  std::string origin;
};

// A literal format that is a secret wherever it appears (an AWS key id, a PEM private key).
struct SecretFormat {
  std::string name;       // "AWS access key id"
  std::string pattern;    // POSIX extended regular expression, matched against the whole literal
  double minEntropy = 0;  // bits per character the literal must reach, when set
  std::string origin;
};

// A function that moves a value from some arguments to its result or to another argument.
struct PropagatorModel {
  std::string function;
  std::optional<Signature> signature;  // only these overloads
  std::optional<unsigned> arity;       // only for overloads with this many parameters (str() vs str(s))
  std::vector<ArgRef> from;
  ArgRef to;
  bool concat = false;  // the target is built by joining the sources (vs. a plain copy)
  // Whether writing to `to` replaces its old contents (strcpy, snprintf) or adds to them
  // (append, strcat). Default: copies replace, concatenations add.
  std::optional<bool> overwrites;
  // printf-style functions: the format argument, and the conversions that escape the value
  // they take (SQLite's %q, %Q, %w), whose arguments are then not sources.
  std::optional<unsigned> format;
  std::string escapes;  // conversion letters
  std::string origin;
};

// A function whose result (or output argument) is safe for one kind of sink: an escaping
// or quoting function.
struct SanitizerModel {
  std::string function;
  std::optional<Signature> signature;  // only these overloads
  std::string kind;
  ArgRef to{ArgRef::Kind::Return, 0};
  std::string origin;
};

// A call that is a finding by itself when its conditions hold (SSL_CTX_set_verify with
// SSL_VERIFY_NONE, RSA keys under 2048 bits): `call-checks:` entries.
struct CallCheck {
  std::string rule;                    // the rule that reports it (CPP402)
  std::string function;                // qualified name, or $list for every function of a model list
  std::optional<Signature> signature;  // only these overloads
  std::vector<ArgCondition> when;
  std::string message;                    // may hold {callee} and {arg} (the first condition's argument)
  std::optional<std::string> confidence;  // overrides the rule's: high, medium, low
  std::string unless;                     // a named exception the rule knows (literal-fits)
  std::string origin;
};

// A rule a pack defines (`rules:`): its metadata, and what makes its findings: call-checks
// naming it (kind calls), a taint flow between model kinds (kind taint), or an AST matcher
// in clang-query syntax (kind pattern).
struct RuleDefinition {
  std::string id, name, description, fullDescription, help;
  std::vector<unsigned> cwes;
  std::string severity = "medium", confidence = "high";
  std::vector<std::string> tags;
  enum class Kind { Calls, Taint, Pattern } kind = Kind::Calls;
  // taint
  std::string sinkKind;
  std::vector<std::string> sourceKinds;
  std::string what, fix;
  bool builtText = false, checksSilence = false;
  // pattern
  std::string match;                                      // the matcher expression
  std::vector<std::pair<std::string, std::string>> lets;  // `let` bindings, in order
  std::string report;                                     // the bound node reported (default: the root)
  std::string message;                                    // may quote bound nodes: {name}
  std::vector<std::string> paths, pathsIgnore;            // globs the finding's file must / must not match
  unsigned matchLine = 0, matchColumn = 0;                // where the expression starts in the file
  unsigned matchIndent = 0;                               // a block's indentation (later lines)
  struct TextAt {
    unsigned line = 0, column = 0, indent = 0;
  };
  std::vector<TextAt> letsAt;  // where each `let` expression starts
  // Matchers that excuse a match: it is dropped when one of them matches the reported node.
  std::vector<std::string> unless;
  std::vector<TextAt> unlessAt;
  std::string origin;  // file:line:col of the entry
  std::string file;    // the pack file
};

struct ModelSet {
  std::vector<SinkModel> sinks;
  std::vector<PropagatorModel> propagators;
  std::vector<SanitizerModel> sanitizers;
  std::vector<SourceModel> sources;
  std::vector<SecretFormat> secretFormats;
  std::vector<CallCheck> callChecks;
  std::vector<RuleDefinition> ruleDefinitions;
  std::map<std::string, std::vector<std::string>> lists;

  // Reads one model file's text into this set; throws InputError with file:line:col. With
  // `errors`, a bad entry is recorded there and the others are still read (rules --check).
  void load(const std::string &path, std::string_view text, std::vector<std::string> *errors = nullptr);
  // The built-in models compiled into the binary.
  static ModelSet builtIn();
  const std::vector<std::string> &list(const std::string &name) const;
  // References that resolve to nothing, each as "origin: message": `$name` lists no file
  // defines (a call-check's function, a condition's names), and taint rules whose sink kind
  // no sink has. Checked once every file is loaded: a pack may use what another defines.
  std::vector<std::string> unresolvedLists() const;
};

}  // namespace cppsec
