// CPP101 positives by format. A literal shaped like a known secret (cloud access key id,
// GitHub/GitLab/Slack/Stripe/Google token, PEM private key, JWT) is reported (high) whatever
// its name and wherever it is used. A random-looking literal (16+ characters, no whitespace,
// entropy >= 3.5 bits/char) under a weak word (token, key, auth, bearer, jwt) is reported (medium).
// Every secret below is FAKE: well-formed for the pattern, not a real credential.
#include <map>
#include <string>
#include <vector>

namespace formats {

// ---- Known formats: any name, any use ----------------------------------------------------

// An AWS access key id (AWS's documented example). The name even holds a qualifier (id):
// the format alone decides.
const char* kAwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";  // expect: CPP101(high)

class S3Client {
 public:
  void set_region(const std::string& region);
  void set_access_key(const std::string& value);
};

// A temporary (STS) key id given to a setter whose parameter is neutral.
void configure_archive(S3Client& s3) {
  s3.set_region("eu-west-1");
  s3.set_access_key("ASIAFAKE0EXAMPLE0KEY");  // expect: CPP101(high)
}

// GitHub tokens in a table; the map's keys ("release", "mirror") are not secrets.
const std::map<std::string, std::string> kCiTokens = {
    {"release", "ghp_FAKEfake0000FAKEfake0000FAKEfake0000"},  // expect: CPP101(high)
    {"mirror", "gho_0000FAKE0000fake0000FAKE0000fake0000"},  // expect: CPP101(high)
};

// A fine-grained GitHub token appended to a header; the header text itself is not reported.
std::vector<std::string> github_headers() {
  std::vector<std::string> headers;
  headers.push_back(std::string("Authorization: token ") +
                    "github_pat_11FAKE0000_fake0000FAKE0000fake");  // expect: CPP101(high)
  return headers;
}

// A GitLab personal access token under a neutral name.
const std::string gitlab_mirror = "glpat-FAKE-fake_0000-FAKE0";  // expect: CPP101(high)

// A Slack bot token passed straight to a call.
void post_alert(const std::string& workspace, const std::string& channel, const std::string& text);

void notify_oncall(const std::string& text) {
  post_alert("xoxb-000000000000-0000000000000-FAKEfakeFAKEfake", "#oncall", text);  // expect: CPP101(high)
}

// Stripe live keys: returned from a function, and in a list of restricted keys.
std::string stripe_fallback() {
  return "sk_live_FAKE0000fake0000FAKE0000";  // expect: CPP101(high)
}

const std::vector<std::string> kRestricted = {
    "rk_live_FAKE0000fake0000FAKE0000fake",  // expect: CPP101(high)
};

// A Google API key glued onto a URL: only the key literal is reported, not the URL.
std::string geocode_url(const std::string& address) {
  return std::string("https://maps.googleapis.com/maps/api/geocode/json?key=") +
         "AIzaFAKE_fake-0000_FAKE-fake_0000_FAKE-" +  // expect: CPP101(high)
         "&address=" + address;
}

// PEM private keys. A key split over adjacent literals is one literal, reported where it starts.
static const char kTlsIdentity[] =
    "-----BEGIN PRIVATE KEY-----\n"  // expect: CPP101(high)
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n"
    "-----END PRIVATE KEY-----\n";

// Other PEM variants, each on one line.
const std::vector<const char*> kTestIdentities = {
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAFAKEFAKE\n-----END RSA PRIVATE KEY-----\n",  // expect: CPP101(high)
    "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFAKEFAKE\n-----END EC PRIVATE KEY-----\n",  // expect: CPP101(high)
    "-----BEGIN DSA PRIVATE KEY-----\nMIIBuwIBAAKBgQFAKEFAKE\n-----END DSA PRIVATE KEY-----\n",  // expect: CPP101(high)
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqFAKEFAKE\n-----END ENCRYPTED PRIVATE KEY-----\n",  // expect: CPP101(high)
};

// A raw string literal spanning lines: reported on the line where it starts.
const char* kDeployKey = R"(-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABFAKEFAKEFAKE
-----END OPENSSH PRIVATE KEY-----
)";  // expect@-3: CPP101(high)

// A JWT (the jwt.io sample token) used as a fixed service credential.
std::string claims_of(const std::string& jwt_text);

std::string service_identity() {
  return claims_of("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");  // expect: CPP101(high)
}

// A strong name and a known format on the same literal: still one finding.
const char* kStripeSecretKey = "sk_live_FAKE1111fake1111FAKE1111";  // expect: CPP101(high)

// Near misses by format (not reported): public material and non-live keys under neutral names.
const char* kCaBundle = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEFAKE\n-----END CERTIFICATE-----\n";
const char* kVerifierPem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAFAKEFAKE\n-----END PUBLIC KEY-----\n";
const char* stripe_publishable = "pk_live_FAKE0000fake0000FAKE0000";

// ---- Weak words with random-looking literals: medium ---------------------------------------

// The spec's example: service / token, 32 hex characters.
const char* kServiceToken = "f3a9c1e07b5d4e2a9c8b7d6e5f4a3b2c";  // expect: CPP101(medium)

// A Stripe *test* key is not a listed format, but under a name with "key" it looks random: medium.
const char* kStripeTestKey = "sk_test_51FakeT3stK3yQ9wErTy7uIo";  // expect: CPP101(medium)

// webhook / key.
const std::string webhook_key = "q7Zr2LmX9vTb4NcK8pWd";  // expect: CPP101(medium)

// upstream / auth: a base64 basic-auth value.
static const std::string kUpstreamAuth = "b3JkZXJzOlM0bHQtUGVwcGVyLTIwMjQ=";  // expect: CPP101(medium)

// internal / bearer.
const char* kInternalBearer = "Zx81kLqPmN2vR7tY0wBc";  // expect: CPP101(medium)

// jwt / hs256: the shared HMAC secret for tokens, kept in a constant.
const std::string kJwtHs256 = "Jw7Hs256Mx9Qp2Lz4Vb8";  // expect: CPP101(medium)

// A function-local: session / key.
std::string legacy_session_material() {
  const std::string session_key = "7d9e2f4a1c8b6e3d5f0a";  // expect: CPP101(medium)
  return session_key;
}

// Near misses for the weak words (not reported):
const std::string routing_key = "tenant-eu-west-1";  // 16 characters but low entropy (about 3.0 bits/char)
const char* kPartnerKey = "q7Zr2LmX9vTb4Nc";         // random-looking but only 15 characters
const std::string cache_key = "user:42";             // short, not random
const char* kChaosMonkeySeed = "q7Zr2LmX9vTb4NcK8pWd";  // "monkey" is not the word "key"

}  // namespace formats
