// vulncheck's parts that need no Clang: versions and ranges, the library catalogue, the OSV
// database (including every entry we ship, checked strictly), and matching calls against
// advisories over a hand-made inventory.
#include <gtest/gtest.h>

#include "util/InputError.h"
#include "vuln/Database.h"
#include "vuln/Libraries.h"
#include "vuln/Manifests.h"
#include "vuln/VulnReport.h"

namespace cppsec {
namespace {

int upstream(const char *a, const char *b) {
  return compareVersions(a, b, VersionScheme::Upstream);
}
int debian(const char *a, const char *b) {
  return compareVersions(a, b, VersionScheme::Debian);
}

TEST(VersionsTest, UpstreamOrdersNumbersPatchLettersAndPreReleases) {
  EXPECT_LT(upstream("1.2.9", "1.2.13"), 0);
  EXPECT_LT(upstream("1.1.1", "1.1.1a"), 0);
  EXPECT_LT(upstream("1.1.1w", "1.1.1za"), 0);
  EXPECT_LT(upstream("1.1.1za", "3.0.0"), 0);
  EXPECT_LT(upstream("3.0.0-alpha1", "3.0.0"), 0);
  EXPECT_EQ(upstream("8.4.0", "8.4.0"), 0);
  EXPECT_GT(upstream("8.4.0", "8.4"), 0);
}

TEST(VersionsTest, DebianFollowsDpkg) {
  EXPECT_LT(debian("7.88.1-10+deb12u4", "7.88.1-10+deb12u15"), 0);
  EXPECT_LT(debian("3.0.11-1~deb12u1", "3.0.11-1"), 0);
  EXPECT_GT(debian("1:1.2.13.dfsg-1", "2.0-1"), 0);  // the epoch wins
  EXPECT_EQ(debian("15.5-0+deb12u1", "15.5-0+deb12u1"), 0);
  EXPECT_EQ(upstreamOfDebianVersion("1:1.2.13.dfsg-1"), "1.2.13");
  EXPECT_EQ(upstreamOfDebianVersion("2.9.14+dfsg-1.3~deb12u1"), "2.9.14");
  EXPECT_EQ(upstreamOfDebianVersion("15.18-0+deb12u1"), "15.18");
}

TEST(VersionsTest, RangesPerBranchAndTheirFixes) {
  using Kind = VersionEvent::Kind;
  std::vector<VersionRange> ranges{{{{Kind::Introduced, "3.1.0"}, {Kind::Fixed, "3.1.1"}}},
                                   {{{Kind::Introduced, "1.1.1"}, {Kind::Fixed, "1.1.1u"}}},
                                   {{{Kind::Introduced, "3.0.0"}, {Kind::Fixed, "3.0.9"}}}};
  EXPECT_TRUE(isAffected("3.0.8", ranges, {}, VersionScheme::Upstream));
  EXPECT_FALSE(isAffected("3.0.9", ranges, {}, VersionScheme::Upstream));
  EXPECT_TRUE(isAffected("1.1.1t", ranges, {}, VersionScheme::Upstream));
  EXPECT_FALSE(isAffected("1.1.0", ranges, {}, VersionScheme::Upstream));
  EXPECT_EQ(fixedVersionFor("3.0.8", ranges, VersionScheme::Upstream), "3.0.9");
  EXPECT_EQ(fixedVersionFor("1.1.1t", ranges, VersionScheme::Upstream), "1.1.1u");
  std::vector<VersionRange> lastAffected{{{{Kind::Introduced, "0"}, {Kind::LastAffected, "2.5.0"}}}};
  EXPECT_TRUE(isAffected("2.5.0", lastAffected, {}, VersionScheme::Upstream));
  EXPECT_FALSE(isAffected("2.5.1", lastAffected, {}, VersionScheme::Upstream));
  EXPECT_TRUE(isAffected("9.9", {}, {"9.9"}, VersionScheme::Upstream));
}

MacroLookup lookupOf(std::map<std::string, MacroValue> macros) {
  return [macros = std::move(macros)](const std::string &name) -> std::optional<MacroValue> {
    auto found = macros.find(name);
    if (found == macros.end()) return std::nullopt;
    return found->second;
  };
}

TEST(LibrariesTest, VersionsFromEachEncoding) {
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  const LibrarySpec *curl = catalogue.find("libcurl");
  ASSERT_NE(curl, nullptr);
  auto fromNumber =
      detectVersion(*curl, lookupOf({{"LIBCURL_VERSION_NUM", {"0x075801", "/usr/include/curl/curlver.h", 3}}}));
  ASSERT_TRUE(fromNumber);
  EXPECT_EQ(fromNumber->version, "7.88.1");
  // A macro of the same name defined outside the library's headers does not count.
  EXPECT_FALSE(detectVersion(*curl, lookupOf({{"LIBCURL_VERSION", {"\"9.9.9\"", "/src/mine.h", 1}}})));
  auto openssl = catalogue.find("openssl");
  auto text = detectVersion(
      *openssl,
      lookupOf({{"OPENSSL_VERSION_TEXT", {"\"OpenSSL 1.1.1za  26 Jun 2024\"", "/x/openssl/opensslv.h", 40}}}));
  ASSERT_TRUE(text);
  EXPECT_EQ(text->version, "1.1.1za");
  auto expat =
      detectVersion(*catalogue.find("expat"), lookupOf({{"XML_MAJOR_VERSION", {"2", "/usr/include/expat.h", 1}},
                                                        {"XML_MINOR_VERSION", {"5", "/usr/include/expat.h", 2}},
                                                        {"XML_MICRO_VERSION", {"0", "/usr/include/expat.h", 3}}}));
  ASSERT_TRUE(expat);
  EXPECT_EQ(expat->version, "2.5.0");
  auto protobuf =
      detectVersion(*catalogue.find("protobuf"),
                    lookupOf({{"GOOGLE_PROTOBUF_VERSION", {"3021012", "/i/google/protobuf/stubs/common.h", 85}}}));
  ASSERT_TRUE(protobuf);
  EXPECT_EQ(protobuf->version, "3.21.12");
}

TEST(LibrariesTest, HeadersAndForks) {
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  auto none = lookupOf({});
  const LibrarySpec *owner = catalogue.libraryOf("/usr/include/x86_64-linux-gnu/openssl/opensslconf.h", none);
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->name, "openssl");
  owner = catalogue.libraryOf(
      "/opt/libressl/include/openssl/ssl.h",
      lookupOf({{"LIBRESSL_VERSION_NUMBER", {"0x3080000fL", "/opt/libressl/include/openssl/opensslv.h", 1}}}));
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->name, "libressl");  // never matched against OpenSSL's advisories
  owner = catalogue.libraryOf("/usr/include/spdlog/fmt/bundled/core.h", none);
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->name, "fmt");
  EXPECT_EQ(owner->bundledIn, "spdlog");
  EXPECT_EQ(catalogue.libraryOf("/src/app/handlers.h", none), nullptr);
  // A library an advisory describes joins the catalogue with its globs compiled.
  LibrarySpec acme;
  acme.name = "acme-crypto";
  acme.headers = {"acme/*.h"};
  catalogue.add(acme);
  owner = catalogue.libraryOf("/work/include/acme/crypto.h", none);
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->name, "acme-crypto");
  EXPECT_EQ(catalogue.find("zlib")->apiName("z_deflate"), "deflate");
}

TEST(ManifestsTest, VersionsFromTagsAndNamesFromManifests) {
  EXPECT_EQ(versionFromTag("v1.2.13"), "1.2.13");
  EXPECT_EQ(versionFromTag("curl-8_4_0"), "8.4.0");
  EXPECT_EQ(versionFromTag("R_2_5_0"), "2.5.0");
  EXPECT_EQ(versionFromTag("cares-1_19_1"), "1.19.1");
  EXPECT_EQ(versionFromTag("9c5f1b1e2d3a4b5c6d7e8f90a1b2c3d4e5f6a7b8"), "");  // a commit, not a version
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  EXPECT_EQ(catalogue.byManifestName("curl")->name, "libcurl");
  EXPECT_EQ(catalogue.byRepository("https://github.com/yhirose/cpp-httplib.git")->name, "cpp-httplib");
  EXPECT_EQ(catalogue.byRepository("https://GitHub.com/madler/zlib")->name, "zlib");
  EXPECT_EQ(catalogue.byManifestName("fmt")->bundledIn, "");
}

TEST(DatabaseTest, EveryShippedEntryPassesTheStrictCheck) {
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  Database database = loadDatabase(std::string(CPPSEC_SOURCE_DIR) + "/data/vulndb", catalogue, /*strict=*/true);
  EXPECT_GE(database.advisories.size(), 30u);
  std::set<std::string> packages;
  for (const auto &advisory : database.advisories) {
    EXPECT_FALSE(advisory.cveId().empty()) << advisory.file;
    EXPECT_FALSE(advisory.advisoryUrl().empty()) << advisory.file;
    for (const auto &affected : advisory.affected) packages.insert(affected.name);
  }
  for (const char *library : {"openssl", "libcurl", "zlib", "expat", "libxml2", "sqlite3", "libpq", "c-ares", "libuv",
                              "cpp-httplib", "protobuf"})
    EXPECT_TRUE(packages.count(library)) << library << " has no advisory";
  // The built-in copy is the same data.
  EXPECT_EQ(builtInDatabase(catalogue).advisories.size(), database.advisories.size());
}

TEST(DatabaseTest, ProblemsNameTheFileAndJsonPath) {
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  std::vector<std::string> errors;
  auto parsed = parseAdvisory("x.json", R"({"id": "X-1", "modified": "yesterday", "affected": [
      {"package": {"ecosystem": "ConanCenter", "name": "libcurl"},
       "ranges": [{"type": "ECOSYSTEM", "events": [{"fixed": "8.4.0"}]}],
       "ecosystem_specific": {"cppsec": {"symbols": ["a"], "conditions": {"some-of": []}}}}]})",
                              catalogue, false, errors);
  EXPECT_FALSE(parsed);
  std::string all;
  for (const auto &error : errors) all += error + "\n";
  EXPECT_NE(all.find("x.json: /modified: expected an RFC 3339 time"), std::string::npos) << all;
  EXPECT_NE(all.find("x.json: /affected/0/ranges/0/events: a range needs an \"introduced\" event"), std::string::npos)
      << all;
  EXPECT_NE(all.find("/affected/0/ecosystem_specific/cppsec/conditions: expected"), std::string::npos) << all;
  EXPECT_NE(all.find("/affected/0/ecosystem_specific/cppsec: missing \"evidence\""), std::string::npos) << all;
}

// A hand-made inventory: main -> handler -> configure, which sets options on a library.
VulnTuResult inventory(std::vector<LibraryCall> calls) {
  VulnTuResult tu;
  tu.file = "/p/a.cpp";
  tu.libraries.push_back({"openssl", "", "/usr/include/openssl/ssl.h",
                          DetectedVersion{"3.0.8", "OPENSSL_FULL_VERSION_STR", "/usr/include/openssl/opensslv.h", 93}});
  tu.functions = {{"c:@F@main", "main", {"/p/a.cpp", 30, 1}, true, true},
                  {"c:@F@handler", "handler", {"/p/a.cpp", 20, 1}, false, true},
                  {"c:@F@configure", "configure", {"/p/a.cpp", 10, 1}, false, true}};
  tu.edges = {{"c:@F@main", "c:@F@handler", {"/p/a.cpp", 31, 3}},
              {"c:@F@handler", "c:@F@configure", {"/p/a.cpp", 21, 3}}};
  for (auto &call : calls) {
    call.caller = "c:@F@configure";
    tu.calls.push_back(std::move(call));
  }
  return tu;
}

Database policyAdvisory(const LibraryCatalogue &catalogue) {
  std::vector<std::string> errors;
  auto advisory = parseAdvisory("p.json", R"({"id": "CVE-2023-0464", "modified": "2023-03-22T00:00:00Z",
    "affected": [{"package": {"ecosystem": "ConanCenter", "name": "openssl"},
      "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.0.0"}, {"fixed": "3.0.9"}]}],
      "ecosystem_specific": {"cppsec": {"symbols": [], "evidence": "test",
        "conditions": {"any-of": [{"symbol": "X509_VERIFY_PARAM_set_flags", "args": {"1": {"any-bits": [128]}}}]}}}}]})",
                                catalogue, false, errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front());
  Database database;
  database.advisories.push_back(*advisory);
  return database;
}

VulnReport evaluate(const Database &database, std::vector<LibraryCall> calls) {
  VulnInputs inputs;
  inputs.database = &database;
  inputs.today = "2026-11-23";
  inputs.root = "/p";
  std::vector<VulnTuResult> tus;
  tus.push_back(inventory(std::move(calls)));
  return evaluateVulnerabilities(std::move(tus), inputs);
}

LibraryCall setFlags(ArgValue flags) {
  LibraryCall call;
  call.symbol = "X509_VERIFY_PARAM_set_flags";
  call.site = {"/p/a.cpp", 11, 3};
  call.args = {{"param", std::nullopt, std::nullopt}, std::move(flags)};
  return call;
}

TEST(ReachabilityTest, FlagBitsDecideAndThePathStartsAtMain) {
  LibraryCatalogue catalogue = LibraryCatalogue::builtIn();
  Database database = policyAdvisory(catalogue);
  VulnReport set =
      evaluate(database, {setFlags({"X509_V_FLAG_POLICY_CHECK | X509_V_FLAG_CRL_CHECK", 0x84, std::nullopt})});
  ASSERT_EQ(set.findings.size(), 1u);
  EXPECT_EQ(set.findings[0].status, VulnStatus::Affected);
  EXPECT_EQ(set.findings[0].fixedVersion, "3.0.9");
  ASSERT_EQ(set.findings[0].sites.size(), 1u);
  const auto &trace = set.findings[0].sites[0].trace;
  ASSERT_EQ(trace.size(), 3u);
  EXPECT_EQ(trace[0].function, "main");
  EXPECT_EQ(trace[0].pos.line, 31u);
  EXPECT_EQ(trace[2].function, "configure");

  VulnReport other = evaluate(database, {setFlags({"X509_V_FLAG_CRL_CHECK", 0x4, std::nullopt})});
  EXPECT_EQ(other.findings.at(0).status, VulnStatus::NotCalled);
  VulnReport unknown = evaluate(database, {setFlags({"config.flags", std::nullopt, std::nullopt})});
  EXPECT_EQ(unknown.findings.at(0).status, VulnStatus::PossiblyAffected);
  VulnReport none = evaluate(database, {});
  EXPECT_EQ(none.findings.at(0).status, VulnStatus::NotCalled);
}

}  // namespace
}  // namespace cppsec
