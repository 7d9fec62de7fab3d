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
std::unique_ptr<Rule> makeBindAllInterfaces(const ModelIndex &models);
std::unique_ptr<Rule> makeFormatString(const ModelIndex &models);
std::unique_ptr<Rule> makeXmlExternalEntities(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakFilePermissions(const ModelIndex &models);
std::unique_ptr<Rule> makeInsecureTempFile(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakHash(const ModelIndex &models);
std::unique_ptr<Rule> makeTlsInsecure(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakRsaKey(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakCipher(const ModelIndex &models);
std::unique_ptr<Rule> makeHardcodedIvNonce(const ModelIndex &models);
std::unique_ptr<Rule> makeBannedFunction(const ModelIndex &models);
std::unique_ptr<Rule> makeCommandInjection(const ModelIndex &models);
std::unique_ptr<Rule> makeOpenRedirect(const ModelIndex &models);
std::unique_ptr<Rule> makeSsrf(const ModelIndex &models);
std::unique_ptr<Rule> makePathTraversal(const ModelIndex &models);
std::unique_ptr<Rule> makeErrorDetailExposed(const ModelIndex &models);
std::unique_ptr<Rule> makeInsecureCookie(const ModelIndex &models);
std::unique_ptr<Rule> makeWeakPasswordHash(const ModelIndex &models);
std::unique_ptr<Rule> makeJwtUnverified(const ModelIndex &models);

}  // namespace cppsec
