#pragma once
// The factories of the built-in rules; rules/Registry.cpp lists them.
#include <memory>

namespace cppsec {
class Rule;
class ModelIndex;

std::unique_ptr<Rule> makeHardcodedCredential(const ModelIndex &models);
std::unique_ptr<Rule> makeUnboundedRequestBody(const ModelIndex &models);
std::unique_ptr<Rule> makeSqlStringBuilt(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakRandom(const ModelIndex &models);
std::unique_ptr<Rule> makeSensitiveDataLogged(const ModelIndex &models);
std::unique_ptr<Rule> makeSecretCompareTiming(const ModelIndex &models);

}  // namespace cppsec
