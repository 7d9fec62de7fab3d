// PathFilter: which files are the project's, and Settings' defaults it depends on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

const std::string kRoot = "/src/proj";
const std::string kBuild = "/src/proj/build";

PathFilter filterWith(std::vector<std::string> excludes, bool defaultExcludes = true,
                      std::vector<std::string> includes = {}) {
  Settings settings;
  settings.excludes = std::move(excludes);
  settings.defaultExcludes = defaultExcludes;
  return PathFilter(kRoot, settings, kBuild, std::move(includes));
}

TEST(SettingsTest, Defaults) {
  Settings settings;
  EXPECT_EQ(settings.failOn, Severity::Low);
  EXPECT_FALSE(settings.noFail);
  EXPECT_EQ(settings.minConfidence, Confidence::Medium);
  EXPECT_TRUE(settings.excludes.empty());
  EXPECT_TRUE(settings.defaultExcludes);
  EXPECT_TRUE(settings.requireJustification);
  EXPECT_FALSE(settings.showSuppressed);
  EXPECT_TRUE(settings.modelFiles.empty());
  EXPECT_TRUE(settings.configFile.empty());
  EXPECT_TRUE(settings.ruleEnabled("CPP201"));
}

TEST(PathFilterTest, BuildFolderIsExcluded) {
  PathFilter filter = filterWith({});
  EXPECT_TRUE(filter.excluded("/src/proj/build/gen.cpp"));
  EXPECT_TRUE(filter.excluded("/src/proj/build/sub/moc_x.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/buildtools/a.cpp")) << "a name that starts like the build folder";
}

TEST(PathFilterTest, DefaultExcludedFoldersAnywhereUnderRoot) {
  PathFilter filter = filterWith({});
  EXPECT_TRUE(filter.excluded("/src/proj/third_party/x.h"));
  EXPECT_TRUE(filter.excluded("/src/proj/libs/vendor/y/z.cpp"));
  EXPECT_TRUE(filter.excluded("/src/proj/_deps/fmt-src/format.cc"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/a.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/vendors.cpp"));
}

TEST(PathFilterTest, DefaultExcludesLookOnlyBelowTheRoot) {
  Settings settings;
  PathFilter filter("/home/me/external/proj", settings, "", {});
  EXPECT_FALSE(filter.excluded("/home/me/external/proj/src/a.cpp"));
  EXPECT_TRUE(filter.excluded("/home/me/external/proj/external/b.cpp"));
}

TEST(PathFilterTest, InSourceBuildExcludesNothing) {
  Settings settings;
  PathFilter inRoot(kRoot, settings, kRoot, {});
  EXPECT_FALSE(inRoot.excluded("/src/proj/src/a.cpp"));
  EXPECT_FALSE(inRoot.excluded("/src/proj/a.cpp"));
  PathFilter aboveRoot(kRoot, settings, "/src", {});
  EXPECT_FALSE(aboveRoot.excluded("/src/proj/src/a.cpp"));
  PathFilter noBuild(kRoot, settings, "", {});
  EXPECT_FALSE(noBuild.excluded("/src/proj/build/a.cpp"));
}

TEST(PathFilterTest, UserFolderExcludeWithTrailingSlash) {
  PathFilter filter = filterWith({"tests/"});
  EXPECT_TRUE(filter.excluded("/src/proj/tests/t.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/testsuite.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/a.cpp"));
}

TEST(PathFilterTest, UserGlobIsMatchedAgainstTheRelativePath) {
  PathFilter filter = filterWith({"gen/*.cpp"});
  EXPECT_TRUE(filter.excluded("/src/proj/gen/a.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/gen/a.h"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/gen/a.cpp"));
}

TEST(PathFilterTest, BareNameMatchesAFolderAnywhere) {
  PathFilter filter = filterWith({"mocks"});
  EXPECT_TRUE(filter.excluded("/src/proj/mocks/m.h"));
  EXPECT_TRUE(filter.excluded("/src/proj/a/b/mocks/m.h"));
  EXPECT_FALSE(filter.excluded("/src/proj/a/mocks.cpp"));
}

TEST(PathFilterTest, PathWithSlashIsAnchoredAtTheRoot) {
  PathFilter filter = filterWith({"src/legacy"});
  EXPECT_TRUE(filter.excluded("/src/proj/src/legacy/old.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/lib/src/legacy/old.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/legacy2/new.cpp"));
}

TEST(PathFilterTest, AbsolutePlainExcludeWorks) {
  PathFilter filter = filterWith({"/src/proj/gen/"});
  EXPECT_TRUE(filter.excluded("/src/proj/gen/a.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/src/a.cpp"));
}

TEST(PathFilterTest, AbsoluteGlobExcludeWorksLikeAnAbsolutePath) {
  PathFilter filter = filterWith({"/src/proj/gen/*.cpp"});
  EXPECT_TRUE(filter.excluded("/src/proj/gen/a.cpp"));
}

TEST(PathFilterTest, DotSlashExcludeIsAnchoredAtTheRoot) {
  PathFilter filter = filterWith({"./tests"});
  EXPECT_TRUE(filter.excluded("/src/proj/tests/t.cpp"));
}

TEST(PathFilterTest, DefaultExcludesOffKeepsVendor) {
  PathFilter filter = filterWith({}, /*defaultExcludes=*/false);
  EXPECT_FALSE(filter.excluded("/src/proj/vendor/lib.cpp"));
  EXPECT_FALSE(filter.excluded("/src/proj/third_party/x.h"));
  EXPECT_FALSE(filter.excluded("/src/proj/build/gen.cpp")) << "the build folder is a default exclude too";
}

TEST(PathFilterTest, InvalidGlobIsInputError) {
  Settings settings;
  settings.excludes = {"src/[a"};
  EXPECT_THROW(PathFilter(kRoot, settings, "", {}), InputError);
}

TEST(PathFilterTest, SelectsEveryTuThatIsNotExcludedWithoutIncludes) {
  PathFilter filter = filterWith({});
  EXPECT_TRUE(filter.selectsTu("/src/proj/src/a.cpp"));
  EXPECT_TRUE(filter.selectsTu("/src/proj/tools/b.cpp"));
  EXPECT_FALSE(filter.selectsTu("/src/proj/third_party/c.cpp"));
}

TEST(PathFilterTest, SelectsOnlyTusUnderIncludes) {
  PathFilter filter = filterWith({}, true, {"/src/proj/src", "/src/proj/tools/main.cpp"});
  EXPECT_TRUE(filter.selectsTu("/src/proj/src/a.cpp"));
  EXPECT_TRUE(filter.selectsTu("/src/proj/tools/main.cpp"));
  EXPECT_FALSE(filter.selectsTu("/src/proj/tools/other.cpp"));
  EXPECT_FALSE(filter.selectsTu("/src/proj/srcx/a.cpp"));
  EXPECT_FALSE(filter.selectsTu("/src/proj/src/third_party/c.cpp")) << "excluded wins over included";
}

TEST(PathFilterTest, RelativeInsideAndOutsideRoot) {
  PathFilter filter = filterWith({});
  EXPECT_EQ(filter.root(), kRoot);
  EXPECT_EQ(filter.relative("/src/proj/src/a.cpp"), "src/a.cpp");
  EXPECT_EQ(filter.relative("/usr/include/stdio.h"), "/usr/include/stdio.h");
  EXPECT_EQ(filter.relative("/src/project2/a.cpp"), "/src/project2/a.cpp");
}

TEST(PathFilterTest, NormalisePathMakesAbsoluteAndRemovesDots) {
  EXPECT_EQ(normalisePath("../b/./c.cpp", "/src/proj/a"), "/src/proj/b/c.cpp");
  EXPECT_EQ(normalisePath("/x/./y/../z.cpp", "/ignored"), "/x/z.cpp");
  EXPECT_EQ(normalisePath("a.cpp", "/src"), "/src/a.cpp");
}

}  // namespace
}  // namespace cppsec
